"""The ``dev_an`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its seven groups, phones valid per home country (eleven), passport numbers, postcodes and
references in their shapes, recognizer noise on name words, names without a cue phrase, sign-offs and lists of people,
and the look-alikes never gold."""
import random
import re

import phonenumbers
import pytest

from benchmarks._build_names_dev_an import greek_latin, patronymic
from benchmarks._homes_dev_an import HOME, PASSPORT, home_address, home_phone, reference, region
from benchmarks._names_dev_an import ORIGINS, NameSourceAN, greek_feminine, icelandic_form, irish_form, tables
from benchmarks._profile_dev_an import HEARD, ProfileAN, fold
from benchmarks.generate_transcripts import generate_conversations, generate_fairness


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_an", 80)


def _said(conv):
    return [(t, t["text"][s["start"]:s["end"]], s) for t in conv["turns"] for s in t["spans"]]


def test_dev_an_name_tables():
    t = tables()
    assert "Lakshmi" in t["south_indian"]["female"] and "Nair" in t["south_indian"]["surname"]
    assert "Venkatasubramanian" in t["south_indian"]["long"] and "Raghavan" in t["south_indian"]["father"]
    assert "Konstantinos" in t["greek"]["male"] and t["greek"]["nick"]["Konstantinos"] == "Kostas" and "Eleni" in t["greek"]["female"]
    assert "Maria Grazia" in t["italian"]["compound_female"] and "D'Angelo" in t["italian"]["particle"]
    assert "Niamh" in t["irish"]["female"] and ["Ó Briain", "Ní Bhriain"] in t["irish"]["gaelic"]
    assert "Guðrún" in t["nordic"]["is_female"] and "Korhonen" in t["nordic"]["fi_surname"] and "Søren" in t["nordic"]["sc_male"]
    assert "Nagy" in t["hungarian"]["surname"] and "Eszter" in t["hungarian"]["female"]
    assert "Hollingsworth" in t["english_reference"]["surname"]


@pytest.mark.parametrize("make, given, expected", [
    (greek_latin, "Κωνσταντίνος", "Konstantinos"), (greek_latin, "Ευτυχία", "Eftychia"), (greek_latin, "Ευάγγελος", "Evangelos"),
    (greek_feminine, "Papadopoulos", "Papadopoulou"), (greek_feminine, "Papadakis", "Papadaki"), (greek_feminine, "Georgiou", "Georgiou"),
    (lambda s: irish_form(s, False), "Ó Briain", "Ní Bhriain"), (lambda s: irish_form(s, True), "Nic Aodha", "Mac Aodha"),
    (lambda s: patronymic(s, True), "Ólafur", "Ólafsson"), (lambda s: patronymic(s, False), "Sigurður", "Sigurðardóttir"),
    (lambda s: patronymic(s, True), "Magnús", "Magnússon"), (lambda s: icelandic_form(s, False), "Ólafsson", "Ólafsdóttir"),
])
def test_dev_an_name_rules(make, given, expected):
    assert make(given) == expected


@pytest.mark.parametrize("origin, pattern", [
    ("south_indian", r"^[A-Z]\. [A-Z][a-z]+$"), ("south_indian", r"^[A-Z]\.? [A-Z]\.? \S+$"), ("south_indian", r"^(Sree|Sri) "),
    ("greek", r"(opoulou|aki|ou)$"), ("italian", r" (Di|De|Della|Lo|La) [A-Z]|D'[A-Z]"), ("italian", r"^(Gian|Pier|Maria|Anna) \S+ \S+"),
    ("irish", r" (Ní|Nic) [A-Z]"), ("irish", r" O'[A-Z]"), ("irish", r"[áéíóú]"), ("nordic", r"(son|dóttir)$"),
    ("nordic", r"[øåæ]"), ("nordic", r"nen$"), ("hungarian", r"^\S+ \S+ \S+$"), ("english_reference", r" [A-Z]\.? "),
])
def test_dev_an_forms_occur(origin, pattern):
    names = NameSourceAN(5)
    assert any(re.search(pattern, names.name(origin).full) for _ in range(600)), (origin, pattern)


@pytest.mark.parametrize("origin, pattern", [("english_reference", r"[^\x00-\x7f]"), ("irish", r"(son|dóttir)$"),
                                             ("hungarian", r"^(Sree|Gian) "), ("greek", r" (Ní|Di) ")])
def test_dev_an_forms_stay_in_their_group(origin, pattern):
    names = NameSourceAN(6)
    assert not any(re.search(pattern, names.name(origin).full) for _ in range(300))


def test_dev_an_hungarians_at_home_write_the_surname_first():
    names = NameSourceAN(8)
    people = [names.name("hungarian", "HU") for _ in range(100)]
    assert all(p.surname_first and p.full.startswith(p.surname + " ") for p in people)


@pytest.mark.parametrize("country", HOME)
def test_dev_an_phones_are_valid_numbers_of_their_country(country):
    rng = random.Random(7)
    for _ in range(300):
        parsed = phonenumbers.parse(home_phone(rng, country), region(country))
        assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region(country)


@pytest.mark.parametrize("country, pattern", [
    ("UK", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}"), ("IE", r"[A-Z]\d[\dW] [A-Z\d]{4}"), ("US", r"\d{5}"),
    ("CA", r"[A-Z]\d[A-Z] \d[A-Z]\d"), ("AU", r"\d{4}"), ("IN", r"[1-8]\d{5}"), ("GR", r"\d{3} \d{2}"), ("IT", r"\d{5}"),
    ("HU", r"[1-9]\d{3}"), ("SE", r"\d{3} \d{2}"), ("NO", r"\d{4}")])
def test_dev_an_postcodes_in_their_shapes(country, pattern):
    rng = random.Random(5)
    assert all(re.fullmatch(pattern, home_address(rng, country)[2]) for _ in range(100))


@pytest.mark.parametrize("country, pattern", [("UK", r"\d{9}"), ("US", r"\d{9}"), ("IE", r"[A-Z]{2}\d{7}"), ("IN", r"[A-Z]\d{7}"),
                                              ("GR", r"[A-Z]{2}\d{7}"), ("IT", r"Y[A-Z]\d{7}"), ("HU", r"B[A-Z]\d{7}"),
                                              ("CA", r"[A-Z]{2}\d{6}"), ("AU", r"[A-Z]{2}\d{7}"), ("SE", r"\d{8}"), ("NO", r"\d{8}")])
def test_dev_an_passport_numbers_in_their_shapes(country, pattern):
    rng = random.Random(4)
    assert all(re.fullmatch(pattern, PASSPORT[country](rng)) for _ in range(50))


@pytest.mark.parametrize("kind, pattern", [("pnr", r"[A-HJ-NP-Z2-9]{6}"), ("flyer", r"(NW|CB)\d{8}"), ("hotel", r"HV\d{7}"),
                                           ("event", r"EVT-\d{6}"), ("rail", r"GB\d{6}"), ("policy", r"TIP\d{8}")])
def test_dev_an_references_in_their_shapes(kind, pattern):
    rng = random.Random(9)
    assert all(re.fullmatch(pattern, reference(rng, kind)) for _ in range(50))


def test_dev_an_noise_is_there_and_in_range():
    names = NameSourceAN(11)
    changed = words = 0
    for i in range(2100):
        asr = ProfileAN.make(names, "asr", random.Random(i), ORIGINS[i % 7], False)
        clean = fold(asr.customer.full).lower().replace("-", " ").replace(".", "").replace("'", "").split()
        said = asr.person("NAME").split()
        joined = {a + b for a, b in zip(said, said[1:])}  # "o brien" is how "O'Brien" is said, not noise
        changed += sum(w not in said and w not in joined for w in clean)
        words += len(clean)
        assert said and " ".join(said).isascii() and not re.search(r"[\d.,'-]", " ".join(said))
    assert 0.10 < changed / words < 0.14, changed / words
    assert "are" in HEARD["r"] and fold("Søren Ní Bhriain Szőllősi") == "Soren Ni Bhriain Szollosi"


def test_dev_an_names_without_a_cue_phrase_are_there(convs):
    cue = re.compile(r"(\b(my name is|name's|i'm|this is|called|mr|mrs|ms|miss|dr|doctor|dear|hi|thanks|thank you|cheers|"
                     r"under|for|with|read|reads|says|about)\W*)$", re.I)
    bare = sum(1 for conv in convs for turn, _, span in _said(conv)
               if span["label"] == "PERSON" and not cue.search(turn["text"][:span["start"]]))
    assert bare >= 150


def test_dev_an_sign_offs_lists_and_passport_forms_are_there(convs):
    texts = [t["text"] for c in convs for t in c["turns"]]
    assert sum(bool(re.search(r"(cheers|thank you|thanks|regards|best wishes)\W+\S", t, re.I)) for t in texts) >= 30
    assert any(re.search(r"\n- \S", t) for t in texts) and any("> On " in t for t in texts)
    assert any(re.search(r"SURNAME: \S", t) for t in texts) and any(re.search(r"[A-Z]{3,} [A-Z]{3,} (MR|MS|MRS)\b", t) for t in texts)
    lists = [t for c in convs for t in c["turns"] if len([s for s in t["spans"] if s["label"] == "PERSON"]) >= 3]
    assert len(lists) >= 10


def test_dev_an_spelled_runs_are_one_span(convs):
    runs = [text for c in convs for _, text, s in _said(c) if s["label"] == "PERSON" and re.fullmatch(r"([a-z]( |$)|[a-z]+ )+", text + " ")
            and len(text.split()) >= 4 and c["style"] == "asr"]
    assert len(runs) >= 5 and any(re.search(r"\b(as in|for|like) [a-z]+", r) for r in runs)


def test_dev_an_lookalikes_are_present_and_never_gold(convs):
    kinds = {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]}
    assert {"place", "brand", "date", "role", "phrase", "flight", "month"} <= kinds
    assert [text for c in convs for _, text, s in _said(c) if s["label"] == "NEUTRAL"]
    for c in convs:
        for t in c["turns"]:
            gold = [(s["start"], s["end"]) for s in t["spans"] if s["label"] != "NEUTRAL"]
            for m in re.finditer(r"\b(grace period|the bill|purser|concierge|aer lingus|ryanair|hilton|dublin|athens|heathrow)\b", t["text"].lower()):
                assert not any(a < m.end() and m.start() < b for a, b in gold), t["text"]


def test_dev_an_fairness_frames_are_single_turns():
    records = generate_fairness("dev_an", 140)
    assert all(len(r["text"].split()) <= 14 and len(r["spans"]) == 1 for r in records)
    assert {r["style"] for r in records} == {"asr", "chat"}
