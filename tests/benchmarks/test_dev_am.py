"""The ``dev_am`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its seven groups, phones valid per home country (UK, Ireland) and abroad (Philippines, Turkey,
Poland, Israel, US), NHS / PPS numbers and postcodes / Eircodes valid or in their shapes, recognizer noise on name
words, names without a cue phrase, sign-offs and lists of people, and the look-alikes never gold."""
import random
import re

import phonenumbers
import pytest
from stdnum.gb import nhs
from stdnum.ie import pps

from benchmarks._homes_dev_am import home_address, home_phone, reference, region
from benchmarks._homes_dev_aj import nhs_number, pps_number
from benchmarks._names_dev_am import ORIGINS, NameSourceAM, feminine_slavic, tables
from benchmarks._profile_dev_am import HEARD, ProfileAM, fold
from benchmarks.generate_transcripts import generate_conversations, generate_fairness


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_am", 80)


def _said(conv):
    return [(t, t["text"][s["start"]:s["end"]], s) for t in conv["turns"] for s in t["spans"]]


def test_dev_am_name_tables():
    t = tables()
    assert "Dela Cruz" in t["filipino"]["surname"] and "Dizon" in t["filipino"]["surname"] and "Jun-Jun" in t["filipino"]["nick_male"]
    assert "Reza" in t["persian"]["male"] and "Hosseini" in t["persian"]["surname"] and "zadeh" in t["persian"]["suffix"]
    assert "Ayşe" in t["turkish"]["female"] and "Yılmaz" in t["turkish"]["surname"] and "Öztürk" in t["turkish"]["surname"]
    assert "Tomasz" in t["slavic"]["pl_male"] and "Oksana" in t["slavic"]["ua_female"] and "Popescu" in t["slavic"]["ro_surname"]
    assert "Ivanov" in t["slavic"]["bg_surname"] and "Georgi" in t["slavic"]["bg_male"]
    assert "Delroy" in t["caribbean"]["male"] and "Ramnarine" in t["caribbean"]["surname"]
    assert "Yael" in t["hebrew"]["female"] and "Ben-David" in t["hebrew"]["surname"] and t["hebrew"]["nick"]["Yitzhak"] == "Itzik"
    assert "Siobhan" in t["english_reference"]["female"]


@pytest.mark.parametrize("origin, pattern", [
    ("filipino", r"^\S+ \S+ \S+$"), ("filipino", r" (dela|de|del|delos) [A-Z]"), ("filipino", r" [A-Z]\. "),
    ("persian", r"^Seyed "), ("persian", r"(zadeh|pour|nia)$"), ("turkish", r"[ışğüöçİ]"), ("turkish", r"^\S+ \S+ \S+$"),
    ("slavic", r"(ska|cka)$"), ("slavic", r"(enko|chuk|yk)$"), ("slavic", r"escu$"), ("slavic", r"(ova|eva)$"),
    ("caribbean", r" (Ramnarine|Persaud|Maharaj|Rampersad)$"), ("hebrew", r" Ben-[A-Z]"),
])
def test_dev_am_forms_occur(origin, pattern):
    names = NameSourceAM(5)
    assert any(re.search(pattern, names.name(origin).full) for _ in range(500)), (origin, pattern)


@pytest.mark.parametrize("origin, pattern", [("english_reference", r"[^\x00-\x7f]"), ("caribbean", r"^Seyed "),
                                             ("hebrew", r"(zadeh|pour)$"), ("slavic", r"^(Seyed|Yael) ")])
def test_dev_am_forms_stay_in_their_group(origin, pattern):
    names = NameSourceAM(6)
    assert not any(re.search(pattern, names.name(origin).full) for _ in range(300))


@pytest.mark.parametrize("surname, kind, woman", [("Kowalski", "pl", "Kowalska"), ("Ivanov", "bg", "Ivanova"),
                                                  ("Shevchenko", "ua", "Shevchenko"), ("Popescu", "ro", "Popescu")])
def test_dev_am_slavic_surnames_take_the_womans_form(surname, kind, woman):
    assert feminine_slavic(surname, kind) == woman


@pytest.mark.parametrize("country", ("UK", "IE", "PH", "TR", "PL", "IL", "US"))
def test_dev_am_phones_are_valid_numbers_of_their_country(country):
    rng = random.Random(7)
    for _ in range(300):
        parsed = phonenumbers.parse(home_phone(rng, country), region(country))
        assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region(country)


@pytest.mark.parametrize("make, check", [(nhs_number, nhs.is_valid), (pps_number, pps.is_valid)])
def test_dev_am_national_numbers_are_valid(make, check):
    rng = random.Random(3)
    assert all(check(make(rng)) for _ in range(200))


@pytest.mark.parametrize("country, pattern", [("UK", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}"), ("IE", r"[A-Z]\d[\dW] [A-Z\d]{4}")])
def test_dev_am_postcodes_in_their_shapes(country, pattern):
    rng = random.Random(5)
    assert all(re.fullmatch(pattern, home_address(rng, country)[2]) for _ in range(200))


@pytest.mark.parametrize("kind, pattern", [("tenancy", r"TEN\d{6}"), ("hospital", r"RX\d{6}"), ("energy", r"\d{10}"),
                                           ("complaint", r"CMP\d{7}"), ("booking", r"BK\d{6}"), ("pupil", r"P\d{5}")])
def test_dev_am_references_in_their_shapes(kind, pattern):
    rng = random.Random(9)
    assert all(re.fullmatch(pattern, reference(rng, kind)) for _ in range(50))


def test_dev_am_noise_is_there_and_in_range():
    names = NameSourceAM(11)
    changed = words = 0
    for i in range(2100):
        asr = ProfileAM.make(names, "asr", random.Random(i), ORIGINS[i % 7], False)
        clean = fold(asr.customer.full).lower().replace("-", " ").replace(".", "").split()
        said = asr.person("NAME").split()
        changed += sum(w not in said for w in clean)
        words += len(clean)
        assert said and " ".join(said).isascii() and not re.search(r"[\d.,'-]", " ".join(said))
    assert 0.10 < changed / words < 0.14, changed / words
    assert "dyson" in HEARD["dizon"] and fold("Yılmaz Paweł") == "Yilmaz Pawel"


def test_dev_am_names_without_a_cue_phrase_are_there(convs):
    cue = re.compile(r"(\b(my name is|name's|i'm|this is|called|mr|mrs|ms|miss|dr|doctor|dear|hi|thanks|thank you|cheers|"
                     r"said|under|for|with|neighbour|about)\W*)$", re.I)
    bare = 0
    for conv in convs:
        for turn, text, span in _said(conv):
            if span["label"] == "PERSON" and not cue.search(turn["text"][:span["start"]]):
                bare += 1
    assert bare >= 150


def test_dev_am_sign_offs_and_lists_of_people_are_there(convs):
    texts = [t["text"] for c in convs for t in c["turns"]]
    assert sum(bool(re.search(r"(cheers|thank you|thanks|regards)\W+\S", t, re.I)) for t in texts) >= 30
    assert any(re.search(r"\n- \S", t) for t in texts) and any("> On " in t for t in texts)
    lists = [t for c in convs for t in c["turns"] if len([s for s in t["spans"] if s["label"] == "PERSON"]) >= 2
             and re.search(r"\band\b", t["text"], re.I)]
    assert len(lists) >= 10


def test_dev_am_lookalikes_are_present_and_never_gold(convs):
    kinds = {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]}
    assert {"venue", "place", "date", "role", "phrase"} <= kinds
    neutral = [text for c in convs for _, text, s in _said(c) if s["label"] == "NEUTRAL"]
    assert neutral
    for c in convs:
        for t in c["turns"]:
            gold = [(s["start"], s["end"]) for s in t["spans"] if s["label"] != "NEUTRAL"]
            for m in re.finditer(r"\b(grace period|the bill|duty manager|housing officer|currys|argos|dyson)\b", t["text"].lower()):
                assert not any(a < m.end() and m.start() < b for a, b in gold), t["text"]


def test_dev_am_fairness_frames_are_single_turns():
    records = generate_fairness("dev_am", 140)
    assert all(len(r["text"].split()) <= 14 and len(r["spans"]) == 1 for r in records)
    assert {r["style"] for r in records} == {"asr", "chat"}
