"""The ``dev_at`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its eight groups, phones valid per home country (ten), health-service numbers, postcodes and
references in their shapes, recognizer noise on name words, Maltese and German letters folded, names without a cue
phrase, sign-offs, forms and lists of people, and the look-alikes never gold."""
import random
import re

import phonenumbers
import pytest
from stdnum import luhn
from stdnum.gb import nhs
from stdnum.se import personnummer

from benchmarks._care_dev_at import HOME, health_number, home_address, home_phone, reference, region
from benchmarks._names_dev_at import ORIGINS, NameSourceAT, tables
from benchmarks._profile_dev_at import HEARD, ProfileAT
from benchmarks.generate_transcripts import generate_conversations, generate_fairness


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_at", 80)


def _said(conv):
    return [(t, t["text"][s["start"]:s["end"]], s) for t in conv["turns"] for s in t["spans"]]


def test_dev_at_name_tables():
    t = tables()
    assert "Rebwar" in t["kurdish"]["male"] and "Zebari" in t["kurdish"]["surname"]
    assert {"Krasniqi", "Çela"} <= set(t["albanian"]["surname"]) and "Shpëtim" in t["albanian"]["male"]
    assert "Souvannavong" in t["lao"]["surname"] and "Bounmy" in t["lao"]["male"]
    assert "Gurpreet" in t["punjabi_sikh"]["male"] and "Gurpreet" in t["punjabi_sikh"]["female"]
    assert {"Mamani", "Quispe", "Condori"} <= set(t["andean"]["surname"]) and "Juan Carlos" in t["andean"]["compound_male"]
    assert "Ġużeppi" in t["maltese"]["male"] and "Xuereb" in t["maltese"]["surname"]
    word = set(t["word_given"]["male"]) | set(t["word_given"]["female"])
    assert {"Faith", "Hunter", "Poppy"} <= word
    assert not word & {"Honor", "Merit", "Cash", "Sky", "Harmony", "Precious", "Justice", "Sunny"}
    assert "Faith" not in t["english_reference"]["female"] and "Bartholomew" in t["english_reference"]["male"]


@pytest.mark.parametrize("origin, pattern", [
    ("punjabi_sikh", r"^\w+ Singh \w+$"), ("punjabi_sikh", r"^\w+ Kaur$"), ("andean", r"^(Juan Carlos|Luz Marina|José Luis|María Elena) "),
    ("andean", r" (Mamani|Quispe|Condori|Huanca|Choque|Apaza|Ticona) \w+$"), ("maltese", r"[ġċż]"), ("albanian", r"[ëç]"),
    ("lao", r" \S{11,}$"), ("kurdish", r"[êî]"), ("word_given", r"^(Faith|Hunter|Poppy|Forrest|Mercy|Patience) "),
])
def test_dev_at_forms_occur(origin, pattern):
    names = NameSourceAT(5)
    assert any(re.search(pattern, names.name(origin).full, re.I) for _ in range(800)), (origin, pattern)


@pytest.mark.parametrize("origin, pattern", [("english_reference", r"[^\x00-\x7f]"), ("lao", r"[^\x00-\x7f]"),
                                             ("punjabi_sikh", r"[^\x00-\x7f]"), ("maltese", r"ħ")])
def test_dev_at_forms_stay_in_their_group(origin, pattern):
    names = NameSourceAT(6)
    assert not any(re.search(pattern, names.name(origin).full) for _ in range(300))


@pytest.mark.parametrize("country", HOME)
def test_dev_at_phones_are_valid_numbers_of_their_country(country):
    rng = random.Random(7)
    for _ in range(300):
        parsed = phonenumbers.parse(home_phone(rng, country), region(country))
        assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region(country)


@pytest.mark.parametrize("country, pattern", [
    ("UK", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}"), ("US", r"\d{5}"), ("CA", r"[A-Z]\d[A-Z] \d[A-Z]\d"), ("DE", r"\d{5}"),
    ("SE", r"\d{3} \d{2}"), ("AU", r"\d{4}"), ("MT", r"[A-Z]{3} \d{4}"), ("PE", r"\d{5}"), ("LA", r"\d{5}"), ("IN", r"\d{6}")])
def test_dev_at_postcodes_in_their_shapes(country, pattern):
    rng = random.Random(5)
    assert all(re.fullmatch(pattern, home_address(rng, country)[2]) for _ in range(100))


def test_dev_at_health_numbers():
    rng = random.Random(3)
    for _ in range(100):
        assert nhs.is_valid(health_number(rng, "UK", (1950, 1, 2)).replace(" ", ""))
        se = health_number(rng, "SE", (1948, 7, 9))
        assert personnummer.is_valid(se[-11:]) and se.replace("19", "", 1).startswith("480709")
        ca = re.sub(r"\D", "", health_number(rng, "CA", None))
        assert len(ca) == 10 and luhn.is_valid(ca)
        au = re.sub(r"\D", "", health_number(rng, "AU", None))
        assert sum(int(c) * w for c, w in zip(au, (1, 3, 7, 9, 1, 3, 7, 9))) % 10 == int(au[8])
        assert re.fullmatch(r"\d{5,6}[MG]", health_number(rng, "MT", None))
        assert re.fullmatch(r"\d{8}", health_number(rng, "PE", None))
        assert re.fullmatch(r"91-\d{4}-\d{4}-\d{4}", health_number(rng, "IN", None))
        assert health_number(rng, "DE", None) is None and health_number(rng, "US", None) is None


@pytest.mark.parametrize("kind, pattern", [("patient", r"H\d{7}|RX\d{6}K|\d{8}"), ("prescription", r"PR-\d{7}|\d{4}-\d{4}"),
                                           ("booking", r"PTS\d{6}|CL-\d{5}|B\d{7}")])
def test_dev_at_references_in_their_shapes(kind, pattern):
    rng = random.Random(9)
    assert all(re.fullmatch(pattern, reference(rng, kind)) for _ in range(60))


def test_dev_at_folding_of_maltese_and_german_letters():
    names = NameSourceAT(4)
    for i in range(200):
        p = ProfileAT.make(names, "asr", random.Random(i), "maltese", False)
        p.speaker = "customer"
        assert p.value("ADDR").isascii() and p.person("NAME").isascii()
    p = ProfileAT.make(names, "asr", random.Random(1), "kurdish", False)
    p.raw["ADDR"] = "Keupstraße 41"
    assert "keupstrasse" in p.value("ADDR")


def test_dev_at_noise_is_there_and_in_range():
    names = NameSourceAT(11)
    changed = words = 0
    for i in range(2400):
        asr = ProfileAT.make(names, "asr", random.Random(i), ORIGINS[i % 8], False)
        clean = ProfileAT.fold(asr.customer.full).lower().replace("-", " ").replace(".", "").replace("'", "").split()
        said = asr.person("NAME").split()
        changed += sum(w not in said for w in clean)
        words += len(clean)
        assert said and " ".join(said).isascii() and not re.search(r"[\d.,'-]", " ".join(said))
    assert 0.06 < changed / words < 0.18, changed / words
    assert "sing" in HEARD["singh"]


def test_dev_at_health_numbers_and_references_are_gold(convs):
    labels = {s["label"] for c in convs for _, _, s in _said(c)}
    assert {"NATIONAL_ID", "ACCOUNT_NUMBER", "DATE_OF_BIRTH", "ZIP_CODE", "POSTCODE", "NEUTRAL"} <= labels


def test_dev_at_names_without_a_cue_phrase_are_there(convs):
    cue = re.compile(r"(\b(my name is|name's|i'm|it's|this is|called|mr|mrs|ms|miss|dr|doctor|dear|hi|thanks|thank you|"
                     r"for|with|from|by|nurse|pharmacist|optometrist|dentist|sister|carer|patient|client|contact|me|and|"
                     r"is|to|of|mum|dad|brother|nan|grandad|son|daughter|wife|husband|saw|keep|about|as)\W*)$", re.I)
    bare = sum(1 for conv in convs for turn, _, span in _said(conv)
               if span["label"] == "PERSON" and not cue.search(turn["text"][:span["start"]]))
    assert bare >= 60


def test_dev_at_sign_offs_forms_lists_and_roles_are_there(convs):
    texts = [t["text"] for c in convs for t in c["turns"]]
    assert sum(bool(re.search(r"(thanks|thank you|wishes|both of us)\W+\S", t, re.I)) for t in texts) >= 30
    assert any(re.search(r"(Patient|Client): \S", t) for t in texts)
    assert any(re.search(r"\b(practice nurse|pharmacist|optometrist|district nurse|ward sister|doctor)\b", t, re.I) for t in texts)
    lists = [t for c in convs for t in c["turns"] if len([s for s in t["spans"] if s["label"] == "PERSON"]) >= 3]
    assert len(lists) >= 3


def test_dev_at_spelled_runs_are_one_span(convs):
    runs = [text for c in convs for _, text, s in _said(c) if s["label"] == "PERSON" and re.fullmatch(r"([a-z]( |$)|[a-z]+ )+", text + " ")
            and len(text.split()) >= 4 and c["style"] == "asr"]
    assert len(runs) >= 5 and any(re.search(r"\b(as in|for|like) [a-z]+", r) for r in runs)


def test_dev_at_the_same_person_is_named_several_ways(convs):
    forms = 0
    for c in convs:
        said = {text for _, text, s in _said(c) if s["label"] == "PERSON"}
        forms += any(a != b and a in b.split(" ") for a in said for b in said)
    assert forms >= 20


def test_dev_at_lookalikes_are_present_and_never_gold(convs):
    kinds = {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]}
    assert {"place", "medicine", "slot", "money", "role", "phrase", "venue", "product"} <= kinds
    for c in convs:
        for t in c["turns"]:
            gold = [(s["start"], s["end"]) for s in t["spans"] if s["label"] != "NEUTRAL"]
            for d in t["distractors"]:
                assert not any(a < d["end"] and d["start"] < b for a, b in gold), t["text"]


def test_dev_at_fairness_frames_are_single_turns():
    records = generate_fairness("dev_at", 160)
    assert all(len(r["text"].split()) <= 20 and len(r["spans"]) == 1 for r in records)
    assert {r["style"] for r in records} == {"asr", "chat"} and {r["origin"] for r in records} == set(ORIGINS)
