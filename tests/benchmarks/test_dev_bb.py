"""The ``dev_bb`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its eight groups, phones valid per home country (eight), national numbers, postcodes and
references in their shapes, recognizer noise on name words, Breton and Frisian letters folded, names without a cue
phrase, sign-offs, forms and lists of people, one person named several ways (a ticket or railcard name, a passport
name), stations, trains and ships, operators and venues as look-alikes never gold."""
import json
import random
import re

import phonenumbers
import pytest
from stdnum.nl import bsn
from stdnum.ru import inn

from benchmarks._names_dev_bb import ORIGINS, NameSourceBB, tables
from benchmarks._profile_dev_bb import FIGURES, HEARD, ProfileBB, fold
from benchmarks._transport_dev_bb import HOME, home_address, home_phone, national_id, reference, region
from benchmarks.generate_transcripts import generate_conversations, generate_fairness


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_bb", 80)


def _said(conv):
    return [(t, t["text"][s["start"]:s["end"]], s) for t in conv["turns"] for s in t["spans"]]


def _all(t):
    return {n for group in t.values() for v in group.values() if isinstance(v, list) for n in v}


def test_dev_bb_name_tables():
    t = tables()
    every = _all(t)
    assert not {"Dzasokhov", "Mamsurov", "Kokoity", "Bibilov", "Gagloev", "Gergiev", "Dzagoev", "Gazzaev", "Pliev",
                "Ilyumzhinov", "Khasikov", "Gorodovikov", "Dijkstra", "Hoekstra", "Zijlstra", "Le Pen", "Le Drian",
                "Tabarly", "Koroma", "Kabbah", "Momoh", "Bio", "Margai", "Begaye", "Nez", "Nygren", "Shirley", "Zah",
                "Shelly"} & every
    assert "Dzhioev" in t["ossetian"]["surname"] and "Gabaraty" in t["ossetian"]["native"]
    assert "Ochirov" in t["kalmyk"]["surname"] and "Le Floc'h" in t["breton"]["surname"]
    assert "Wiersma" in t["frisian"]["surname"] and "Kallon" in t["mende"]["surname"] and "Yazzie" in t["navajo"]["surname"]
    word = set(t["word_given"]["male"]) | set(t["word_given"]["female"])
    assert {"Badger", "Damson", "Teasel"} <= word
    for split in ("ar", "as", "at", "au", "av", "aw", "ax", "ay", "az", "ba"):  # none of the earlier word given names
        old = json.load(open(f"benchmarks/data/dev_{split}_names.json", encoding="utf-8"))["word_given"]
        assert not word & (set(old["male"]) | set(old["female"])), split
    for figure in FIGURES:  # no public figure's surname among the names
        assert figure.split()[-1] not in every


@pytest.mark.parametrize("origin, pattern", [
    ("ossetian", r"(ova|eva)$"), ("ossetian", r"ty$"), ("kalmyk", r"(ova|eva)$"), ("frisian", r"(stra|sma|inga|a)$"),
    ("frisian", r" (de|van der) "), ("frisian", r"sen$"), ("breton", r" (Le|Ker)"), ("breton", r"[ëïé]"),
    ("mende", r"^\S+ \S+ \S+$"), ("navajo", r" (Begay|Yazzie|Benally|Tsinajinnie)$"),
    ("word_given", r"^(Badger|Damson|Teasel|Otter|Nettle) "),
])
def test_dev_bb_forms_occur(origin, pattern):
    names = NameSourceBB(5)
    assert any(re.search(pattern, names.name(origin).full) for _ in range(800)), (origin, pattern)


def test_dev_bb_surnames_follow_the_sex():
    names = NameSourceBB(6)
    for origin in ("ossetian", "kalmyk"):
        for _ in range(200):
            who = names.name(origin)
            if not who.surname.endswith("ty"):
                assert who.surname.endswith(("ova", "eva")) != who.male, who.full


@pytest.mark.parametrize("country", HOME)
def test_dev_bb_phones_are_valid_numbers_of_their_country(country):
    rng = random.Random(7)
    for _ in range(300):
        parsed = phonenumbers.parse(home_phone(rng, country), region(country))
        assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region(country)


@pytest.mark.parametrize("country, pattern", [
    ("RU", r"(36|35|11)\d{4}"), ("GE", r"\d{4}"), ("NL", r"\d{4} [A-Z]{2}"), ("DE", r"25\d{3}"), ("FR", r"(29|35|56)\d{3}"),
    ("US", r"\d{5}"), ("UK", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}"), ("SL", r"[A-Z][A-Za-z ]+")])
def test_dev_bb_postcodes_in_their_shapes(country, pattern):
    rng = random.Random(5)
    assert all(re.fullmatch(pattern, home_address(rng, country)[2]) for _ in range(100))


def test_dev_bb_national_numbers():
    rng = random.Random(3)
    for _ in range(100):
        assert inn.is_valid(national_id(rng, "RU", (1984, 3, 9)))
        assert bsn.is_valid(national_id(rng, "NL", (1984, 3, 9)))
        assert re.fullmatch(r"\d{11}", national_id(rng, "GE", (1984, 3, 9)))
        assert re.fullmatch(r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]", national_id(rng, "UK", (1984, 3, 9)))
        assert national_id(rng, "DE", (1984, 3, 9)) and national_id(rng, "FR", (1984, 3, 9), True)
        assert all(national_id(rng, c, (1980, 1, 1)) is None for c in ("SL", "US"))


@pytest.mark.parametrize("kind, pattern", [("claim", r"DR-\d{8}|DRC\d{7}"), ("ticket", r"[A-Z]{2}\d{6}|TKT-\d{7}"),
                                           ("railcard", r"RC\d{8}|ST-\d{6}"), ("ferry", r"FRY-\d{6}|CB\d{7}"),
                                           ("lost", r"LP-\d{7}|LPO\d{6}"), ("assist", r"PA-\d{6}|ASST\d{6}"),
                                           ("badge", r"PH\d{5}|HC-\d{5}"), ("school", r"STP-\d{6}|SCH\d{7}")])
def test_dev_bb_references_in_their_shapes(kind, pattern):
    rng = random.Random(9)
    assert all(re.fullmatch(pattern, reference(rng, kind)) for _ in range(60))


@pytest.mark.parametrize("origin", ("breton", "frisian", "ossetian", "navajo"))
def test_dev_bb_folding_of_letters(origin):
    names = NameSourceBB(4)
    for i in range(200):
        p = ProfileBB.make(names, "asr", random.Random(i), origin, False)
        p.speaker = "customer"
        assert p.value("ADDR").isascii() and p.person("NAME").isascii() and p.value("POST").isascii()
        assert p.person("KINBORN").isascii() and p.person("KINDISP").isascii()
    assert fold("Gwenaëlle Maïwenn Kerhervé Wâtse") == "Gwenaelle Maiwenn Kerherve Watse"


def test_dev_bb_noise_is_there_and_in_range():
    names = NameSourceBB(11)
    changed = words = 0
    for i in range(2400):
        asr = ProfileBB.make(names, "asr", random.Random(i), ORIGINS[i % 8], False)
        clean = fold(asr.customer.full).lower().replace("-", " ").replace(".", "").replace("'", "").split()
        said = asr.person("NAME").split()
        changed += sum(w not in said for w in clean)
        words += len(clean)
        assert said and " ".join(said).isascii() and not re.search(r"[\d.,'-]", " ".join(said))
    assert 0.06 < changed / words < 0.22, changed / words
    assert "marchbanks" in HEARD["marjoribanks"]


def test_dev_bb_national_numbers_and_references_are_gold(convs):
    labels = {s["label"] for c in convs for _, _, s in _said(c)}
    assert {"NATIONAL_ID", "ACCOUNT_NUMBER", "DATE_OF_BIRTH", "ZIP_CODE", "POSTCODE", "NEUTRAL"} <= labels


def test_dev_bb_names_without_a_cue_phrase_are_there(convs):
    cue = re.compile(r"(\b(my name is|name's|i'm|it's|this is|called|mr|mrs|ms|miss|dr|dear|hi|thanks|thank you|cheers|"
                     r"for|with|from|by|passenger|owner|companion|pupil|parent|escort|driver|carer|is|to|of|husband|"
                     r"wife|brother|sister|mum|dad|son|daughter|partner|about|as|was|under|me|and|regards|says|"
                     r"hiya|hello|speaking|are|in)\W*)$", re.I)
    bare = sum(1 for conv in convs for turn, _, span in _said(conv)
               if span["label"] == "PERSON" and not cue.search(turn["text"][:span["start"]]))
    assert bare >= 40


def test_dev_bb_sign_offs_forms_lists_and_roles_are_there(convs):
    texts = [t["text"] for c in convs for t in c["turns"]]
    assert sum(bool(re.search(r"(thanks|thank you|cheers|regards|wishes)\W+\S", t, re.I)) for t in texts) >= 30
    assert any(re.search(r"(Lead passenger|Owner|Found by|Passenger|Pupil|Escort): \S", t) for t in texts)
    lists = [t for c in convs for t in c["turns"] if len([s for s in t["spans"] if s["label"] == "PERSON"]) >= 3]
    assert len(lists) >= 3


def test_dev_bb_spelled_runs_are_one_span(convs):
    runs = [text for c in convs for _, text, s in _said(c) if s["label"] == "PERSON" and re.fullmatch(r"([a-z]( |$)|[a-z]+ )+", text + " ")
            and len(text.split()) >= 4 and c["style"] == "asr"]
    assert len(runs) >= 5 and any(re.search(r"\b(as in|for|like) [a-z]+", r) for r in runs)


def test_dev_bb_the_same_person_is_named_several_ways(convs):
    forms = other = 0
    for c in convs:
        said = {text for _, text, s in _said(c) if s["label"] == "PERSON"}
        forms += any(a != b and a in b.split(" ") for a in said for b in said)
        other += any(re.search(r"(says \S+ \S+ but|passport (still )?says|shows \S+ \S+ but|is in \S+ \S+ because|is still \S)", t["text"], re.I)
                     for t in c["turns"])
    assert forms >= 20 and other >= 5


def test_dev_bb_lookalikes_are_present_and_never_gold(convs):
    kinds = {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]}
    assert {"station", "train", "firm", "money", "role", "phrase", "venue", "product"} <= kinds
    for c in convs:
        for t in c["turns"]:
            gold = [(s["start"], s["end"]) for s in t["spans"] if s["label"] != "NEUTRAL"]
            for d in t["distractors"]:
                assert not any(a < d["end"] and d["start"] < b for a, b in gold), t["text"]


def test_dev_bb_fairness_frames_are_single_turns():
    records = generate_fairness("dev_bb", 160)
    assert all(len(r["text"].split()) <= 20 and len(r["spans"]) == 1 for r in records)
    assert {r["style"] for r in records} == {"asr", "chat"} and {r["origin"] for r in records} == set(ORIGINS)
