"""The ``dev_av`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its eight groups, phones valid per home country (eight), tax and national numbers, postcodes and
references in their shapes, recognizer noise on name words, Hungarian letters folded, names without a cue phrase,
sign-offs, forms and lists of people, the look-alikes never gold."""
import datetime
import json
import random
import re

import phonenumbers
import pytest
from stdnum import luhn
from stdnum.au import tfn

from benchmarks._names_dev_av import ORIGINS, NameSourceAV, kazakh_surname, tables
from benchmarks._profile_dev_av import HEARD, ProfileAV
from benchmarks._services_dev_av import HOME, home_address, home_phone, national_id, reference, region
from benchmarks.generate_transcripts import generate_conversations, generate_fairness


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_av", 80)


def _said(conv):
    return [(t, t["text"][s["start"]:s["end"]], s) for t in conv["turns"] for s in t["spans"]]


def test_dev_av_name_tables():
    t = tables()
    assert "Keoni" in t["hawaiian"]["male"] and "Kealoha" in t["hawaiian"]["surname"]
    assert "Aigerim" in t["kazakh"]["female"] and "Serik" in t["kazakh"]["father"]
    assert "Gqola" in t["xhosa"]["surname"] and not {"Mandela", "Mbeki"} & set(t["xhosa"]["surname"])
    assert "Zoltán" in t["hungarian"]["male"] and "Orbán" not in t["hungarian"]["surname"]
    assert "Wickramasinghe" in t["sinhalese"]["surname"] and "Rajapaksa" not in t["sinhalese"]["surname"]
    assert "Ghebrehiwet" in t["tigrinya"]["father"] and "Afwerki" not in t["tigrinya"]["father"]
    word = set(t["word_given"]["male"]) | set(t["word_given"]["female"])
    assert {"Honey", "Birch", "Chance"} <= word
    assert not word & {"Honor", "Merit", "Cash", "Sky", "Harmony", "Precious", "Justice", "Sunny"}
    for split in ("at", "au"):  # none of dev_at's or dev_au's word given names
        old = json.load(open(f"benchmarks/data/dev_{split}_names.json", encoding="utf-8"))["word_given"]
        assert not word & (set(old["male"]) | set(old["female"])), split
    assert "Honey" not in t["english_reference"]["female"]


def test_dev_av_kazakh_surnames_follow_the_sex():
    assert kazakh_surname("Omarov", False) == "Omarova" and kazakh_surname("Omarova", True) == "Omarov"
    assert kazakh_surname("Serikuly", False) == "Serikqyzy" and kazakh_surname("Serikqyzy", True) == "Serikuly"


@pytest.mark.parametrize("origin, pattern", [
    ("hungarian", r"^(Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss) "), ("hungarian", r"[őű]"),
    ("kazakh", r"(ova|eva|qyzy)$"), ("kazakh", r"uly$"), ("sinhalese", r"^[A-Z] ([A-Z] )?[A-Z][a-z]+ \S+$"),
    ("sinhalese", r" \S{13,}$"), ("xhosa", r"\b(Gq|Qw|Xa|Ngx|Gx|Qh)"), ("tigrinya", r" (Ghebre|Wolde|Tekle)"),
    ("word_given", r"^(Honey|Birch|Chance|Coral|Wolf) "), ("hawaiian", r"^\S+ Ka"),
])
def test_dev_av_forms_occur(origin, pattern):
    names = NameSourceAV(5)
    assert any(re.search(pattern, names.name(origin).full) for _ in range(800)), (origin, pattern)


@pytest.mark.parametrize("origin", ("english_reference", "hawaiian", "kazakh", "xhosa", "sinhalese", "tigrinya"))
def test_dev_av_forms_stay_ascii(origin):
    names = NameSourceAV(6)
    assert all(names.name(origin).full.isascii() for _ in range(300))


@pytest.mark.parametrize("country", HOME)
def test_dev_av_phones_are_valid_numbers_of_their_country(country):
    rng = random.Random(7)
    for _ in range(300):
        parsed = phonenumbers.parse(home_phone(rng, country), region(country))
        assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region(country)


@pytest.mark.parametrize("country, pattern", [
    ("UK", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}"), ("US", r"\d{5}"), ("CA", r"[A-Z]\d[A-Z] \d[A-Z]\d"), ("KZ", r"\d{6}"),
    ("ZA", r"\d{4}"), ("HU", r"\d{4}"), ("LK", r"\d{5}"), ("AU", r"\d{4}")])
def test_dev_av_postcodes_in_their_shapes(country, pattern):
    rng = random.Random(5)
    assert all(re.fullmatch(pattern, home_address(rng, country)[2]) for _ in range(100))


def test_dev_av_national_numbers():
    rng = random.Random(3)
    for _ in range(100):
        za = national_id(rng, "ZA", (1984, 3, 9), True).replace(" ", "")
        assert re.fullmatch(r"840309[5-9]\d{3}08\d", za) and luhn.is_valid(za)
        hu = national_id(rng, "HU", (1970, 1, 1))
        assert hu.startswith("8") and int(hu[1:6]) == (datetime.date(1970, 1, 1) - datetime.date(1867, 1, 1)).days
        assert sum(int(c) * w for c, w in zip(hu, range(1, 10))) % 11 == int(hu[9])
        lk = national_id(rng, "LK", (1995, 2, 1), False)
        assert re.fullmatch(r"1995532\d{5}", lk)
        assert re.fullmatch(r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]", national_id(rng, "UK", (1980, 1, 1)))
        sin = re.sub(r"\D", "", national_id(rng, "CA", (1980, 1, 1)))
        assert len(sin) == 9 and luhn.is_valid(sin)
        assert tfn.is_valid(national_id(rng, "AU", (1980, 1, 1)).replace(" ", ""))
        assert re.fullmatch(r"\d{12}", national_id(rng, "KZ", (1980, 5, 6), True))
        assert national_id(rng, "US", (1980, 1, 1)) is None


@pytest.mark.parametrize("kind, pattern", [("client", r"CL-\d{5}|C\d{6}"), ("matter", r"MAT-\d{6}|CV\d{5}"),
                                           ("job", r"JOB-\d{6}|J\d{7}"), ("quote", r"Q-\d{5}|QT\d{6}"),
                                           ("booking", r"BKG-\d{6}|INT\d{6}")])
def test_dev_av_references_in_their_shapes(kind, pattern):
    rng = random.Random(9)
    assert all(re.fullmatch(pattern, reference(rng, kind)) for _ in range(60))


def test_dev_av_folding_of_hungarian_letters():
    names = NameSourceAV(4)
    for i in range(200):
        p = ProfileAV.make(names, "asr", random.Random(i), "hungarian", False)
        p.speaker = "customer"
        assert p.value("ADDR").isascii() and p.person("NAME").isascii()


def test_dev_av_noise_is_there_and_in_range():
    names = NameSourceAV(11)
    changed = words = 0
    for i in range(2400):
        asr = ProfileAV.make(names, "asr", random.Random(i), ORIGINS[i % 8], False)
        clean = ProfileAV.fold(asr.customer.full).lower().replace("-", " ").replace(".", "").replace("'", "").split()
        said = asr.person("NAME").split()
        changed += sum(w not in said for w in clean)
        words += len(clean)
        assert said and " ".join(said).isascii() and not re.search(r"[\d.,'-]", " ".join(said))
    assert 0.06 < changed / words < 0.20, changed / words
    assert "gola" in HEARD["gqola"]


def test_dev_av_national_numbers_and_references_are_gold(convs):
    labels = {s["label"] for c in convs for _, _, s in _said(c)}
    assert {"NATIONAL_ID", "ACCOUNT_NUMBER", "DATE_OF_BIRTH", "ZIP_CODE", "POSTCODE", "NEUTRAL"} <= labels


def test_dev_av_names_without_a_cue_phrase_are_there(convs):
    cue = re.compile(r"(\b(my name is|name's|i'm|it's|this is|called|mr|mrs|ms|miss|dr|dear|hi|thanks|thank you|cheers|"
                     r"for|with|from|by|solicitor|interpreter|nanny|bookkeeper|locksmith|foreman|seller|buyer|client|"
                     r"me|and|is|to|of|husband|wife|partner|brother|sister|mum|dad|about|as|was|yeah|worker)\W*)$", re.I)
    bare = sum(1 for conv in convs for turn, _, span in _said(conv)
               if span["label"] == "PERSON" and not cue.search(turn["text"][:span["start"]]))
    assert bare >= 60


def test_dev_av_sign_offs_forms_lists_and_roles_are_there(convs):
    texts = [t["text"] for c in convs for t in c["turns"]]
    assert sum(bool(re.search(r"(thanks|thank you|regards|cheers|wishes|pair of us)\W+\S", t, re.I)) for t in texts) >= 30
    assert any(re.search(r"(Seller|Client): \S", t, re.I) for t in texts)
    assert any(re.search(r"\b(their solicitor|the interpreter|the locksmith|the foreman|our nanny)\b", t, re.I) for t in texts)
    lists = [t for c in convs for t in c["turns"] if len([s for s in t["spans"] if s["label"] == "PERSON"]) >= 3]
    assert len(lists) >= 3


def test_dev_av_spelled_runs_are_one_span(convs):
    runs = [text for c in convs for _, text, s in _said(c) if s["label"] == "PERSON" and re.fullmatch(r"([a-z]( |$)|[a-z]+ )+", text + " ")
            and len(text.split()) >= 4 and c["style"] == "asr"]
    assert len(runs) >= 5 and any(re.search(r"\b(as in|for|like) [a-z]+", r) for r in runs)


def test_dev_av_the_same_person_is_named_several_ways(convs):
    forms = 0
    for c in convs:
        said = {text for _, text, s in _said(c) if s["label"] == "PERSON"}
        forms += any(a != b and a in b.split(" ") for a in said for b in said)
    assert forms >= 20


def test_dev_av_lookalikes_are_present_and_never_gold(convs):
    kinds = {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]}
    assert {"place", "firm", "slot", "money", "role", "phrase", "venue", "product"} <= kinds
    for c in convs:
        for t in c["turns"]:
            gold = [(s["start"], s["end"]) for s in t["spans"] if s["label"] != "NEUTRAL"]
            for d in t["distractors"]:
                assert not any(a < d["end"] and d["start"] < b for a, b in gold), t["text"]


def test_dev_av_fairness_frames_are_single_turns():
    records = generate_fairness("dev_av", 160)
    assert all(len(r["text"].split()) <= 20 and len(r["spans"]) == 1 for r in records)
    assert {r["style"] for r in records} == {"asr", "chat"} and {r["origin"] for r in records} == set(ORIGINS)
