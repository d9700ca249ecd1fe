"""The ``dev_ar`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its eight groups, phones valid per home country (thirteen), IBANs, postcodes, NI / PPS numbers
and references in their shapes, recognizer noise on name words, names without a cue phrase, sign-offs, forms and
lists of people, and the look-alikes never gold."""
import random
import re

import phonenumbers
import pytest
from stdnum import iban
from stdnum.ie import pps

from benchmarks._names_dev_ar import ORIGINS, NameSourceAR, long_vowel, tables
from benchmarks._profile_dev_ar import HEARD, ProfileAR, chunks, short_vowels
from benchmarks._profile_dev_aq import fold
from benchmarks._work_dev_ar import HOME, bank, home_address, home_phone, national_number, reference, region
from benchmarks.generate_transcripts import generate_conversations, generate_fairness


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_ar", 80)


def _said(conv):
    return [(t, t["text"][s["start"]:s["end"]], s) for t in conv["turns"] for s in t["spans"]]


def test_dev_ar_name_tables():
    t = tables()
    assert "Thiruchelvam" in t["tamil"]["surname"] and "Kumaran" in t["tamil"]["male"]
    assert "Nilufar" in t["bangladeshi"]["female"] and "Md" in t["bangladeshi"]["muslim_mark"] and "Begum" in t["bangladeshi"]["surname"]
    assert "Stanikzai" in t["afghan"]["surname"] and "Gul" in t["afghan"]["part"]
    assert "Gelashvili" in t["georgian"]["surname"] and "Nino" in t["georgian"]["female"] and "Anahit" in t["armenian"]["female"]
    assert "Heikki" in t["finnish"]["male"] and "Tuuli" in t["finnish"]["female"] and "Aalto" in t["finnish"]["surname"]
    assert "Satou" in t["japanese"]["surname"] and "Kenji" in t["japanese"]["male"] and t["japanese"]["nick"]["Kenji"] == "Ken"
    assert {"Hope", "Precious", "Blessing"} <= set(t["word_given"]["female"]) and "Royal" in t["word_given"]["male"]
    assert "Hope" not in t["english_reference"]["female"] and "Gareth" in t["english_reference"]["male"]


@pytest.mark.parametrize("make, given, expected", [
    (lambda s: long_vowel(s, "ou"), "Satou", "Satou"), (lambda s: long_vowel(s, "o"), "Satou", "Sato"),
    (lambda s: long_vowel(s, "oh"), "Satou", "Satoh"), (lambda s: long_vowel(s, "o"), "Yuuki", "Yuki"),
    (short_vowels, "kondou", "kondo"), (short_vowels, "satoh", "sato"), (short_vowels, "kenji", "kenji"),
    (fold, "Hämäläinen", "Hamalainen"), (fold, "Kōenji", "Koenji"),
])
def test_dev_ar_name_rules(make, given, expected):
    assert make(given) == expected


@pytest.mark.parametrize("word", ["sivasubramaniam", "khutsishvili", "hovhannisyan", "thiruchelvam"])
def test_dev_ar_long_surnames_heard_in_chunks(word):
    rng = random.Random(4)
    parts = [chunks(word, rng) for _ in range(30)]
    assert all("".join(p) == word for p in parts) and any(2 <= len(p) <= 3 for p in parts)


@pytest.mark.parametrize("origin, pattern", [
    ("tamil", r"^[A-Z]\. [A-Z][a-z]+$"), ("tamil", r" \S{12,}$"),
    ("bangladeshi", r"^(Mohammed|Mohammad|Md) "), ("bangladeshi", r" (Begum|Khatun|Akter)$"), ("bangladeshi", r" (Das|Saha|Roy)$"),
    ("afghan", r"^[A-Z][a-z]+$"), ("afghan", r"zai$"), ("afghan", r"\b(Gul|Jan|Khan)\b"),
    ("caucasus", r"(shvili|dze|ia)$"), ("caucasus", r"yan$"), ("caucasus", r"ian$"),
    ("finnish", r"[äö]"), ("finnish", r"nen$"), ("japanese", r"ou\b"), ("japanese", r"oh\b"),
    ("word_given", r"^(Hope|Precious|Storm|Royal|Summer|Justice|Blessing|Rain|Sky|Sunny) "),
])
def test_dev_ar_forms_occur(origin, pattern):
    names = NameSourceAR(5)
    assert any(re.search(pattern, names.name(origin).full) for _ in range(800)), (origin, pattern)


@pytest.mark.parametrize("origin, pattern", [("english_reference", r"[^\x00-\x7f]"), ("tamil", r"(zai|shvili|nen)$"),
                                             ("japanese", r"[^\x00-\x7f]"), ("finnish", r"(yan|dze)$")])
def test_dev_ar_forms_stay_in_their_group(origin, pattern):
    names = NameSourceAR(6)
    assert not any(re.search(pattern, names.name(origin).full) for _ in range(300))


def test_dev_ar_japanese_nicknames_and_surname_first():
    names = NameSourceAR(9)
    people = [names.name("japanese") for _ in range(400)]
    assert 0.04 < sum(p.called in tables()["japanese"]["nick"].values() for p in people) / 400 < 0.3
    assert 0.2 < sum(p.surname_first for p in people) / 400 < 0.5


@pytest.mark.parametrize("country", HOME)
def test_dev_ar_phones_are_valid_numbers_of_their_country(country):
    rng = random.Random(7)
    for _ in range(300):
        parsed = phonenumbers.parse(home_phone(rng, country), region(country))
        assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region(country)


@pytest.mark.parametrize("country, pattern", [
    ("UK", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}"), ("IE", r"[A-Z]\d[\dW] [A-Z\d]{4}"), ("US", r"\d{5}"), ("CA", r"[A-Z]\d[A-Z] \d[A-Z]\d"),
    ("AU", r"\d{4}"), ("NZ", r"\d{4}"), ("IN", r"[1-8]\d{5}"), ("LK", r"\d{5}"), ("BD", r"\d{4}"), ("JP", r"\d{3}-\d{4}"),
    ("FI", r"\d{5}"), ("GE", r"\d{4}"), ("AM", r"\d{4}")])
def test_dev_ar_postcodes_in_their_shapes(country, pattern):
    rng = random.Random(5)
    assert all(re.fullmatch(pattern, home_address(rng, country)[2]) for _ in range(100))


@pytest.mark.parametrize("country, keys", [("UK", {"SORT", "ACCT"}), ("FI", {"IBAN"}), ("GE", {"IBAN"}), ("IN", {"ACCT"}),
                                           ("JP", {"ACCT"}), ("AM", {"ACCT"}), ("US", {"ACCT"})])
def test_dev_ar_pay_details(country, keys):
    rng = random.Random(2)
    for _ in range(50):
        details = bank(rng, country)
        assert set(details) == keys
        if "IBAN" in details:
            assert iban.is_valid(details["IBAN"]) and details["IBAN"].startswith(country)
        if "SORT" in details:
            assert re.fullmatch(r"\d{2}-\d{2}-\d{2}", details["SORT"]) and re.fullmatch(r"\d{8}", details["ACCT"])


@pytest.mark.parametrize("kind, pattern", [("employee", r"EMP-\d{6}|E\d{7}|\d{6}"), ("payroll", r"PR\d{6}|P-\d{5}|\d{8}"),
                                           ("agency", r"AW/\d{5}|AWR-\d{6}|T\d{6}")])
def test_dev_ar_references_in_their_shapes(kind, pattern):
    rng = random.Random(9)
    assert all(re.fullmatch(pattern, reference(rng, kind)) for _ in range(60))


@pytest.mark.parametrize("country, pattern", [("UK", r"[A-Z]{2} \d{2} \d{2} \d{2} [A-D]"), ("IE", r"\d{7}[A-W]"),
                                              ("FI", None), ("IN", None), ("US", None)])
def test_dev_ar_national_numbers_only_from_uk_and_ireland(country, pattern):
    rng = random.Random(3)
    for _ in range(40):
        number = national_number(rng, country)
        assert (number is None) if pattern is None else bool(re.fullmatch(pattern, number))
        if country == "IE":
            assert pps.is_valid(number)


def test_dev_ar_noise_is_there_and_in_range():
    names = NameSourceAR(11)
    changed = words = 0
    for i in range(2400):
        asr = ProfileAR.make(names, "asr", random.Random(i), ORIGINS[i % 8], False)
        clean = fold(asr.customer.full).lower().replace("-", " ").replace(".", "").replace("'", "").split()
        said = asr.person("NAME").split()
        changed += sum(w not in said for w in clean)  # a word split, merged, misheard or missing a letter
        words += len(clean)
        assert said and " ".join(said).isascii() and not re.search(r"[\d.,'-]", " ".join(said))
    assert 0.10 < changed / words < 0.14, changed / words
    assert "chowdry" in HEARD["chowdhury"] and "sato" in HEARD["satou"]


def test_dev_ar_names_without_a_cue_phrase_are_there(convs):
    cue = re.compile(r"(\b(my name is|name's|i'm|it's|this is|called|mr|mrs|ms|miss|dr|dear|hi|thanks|thank you|cheers|ta|"
                     r"for|with|from|says|about|worker|by|lead|supervisor|manager|officer|neighbour|contact|me|and|rota|"
                     r"is|kin|uncle|aunt|mum|dad|brother|sister|wife|husband)\W*)$", re.I)
    bare = sum(1 for conv in convs for turn, _, span in _said(conv)
               if span["label"] == "PERSON" and not cue.search(turn["text"][:span["start"]]))
    assert bare >= 100


def test_dev_ar_sign_offs_forms_lists_and_roles_are_there(convs):
    texts = [t["text"] for c in convs for t in c["turns"]]
    assert sum(bool(re.search(r"(cheers|thank you|thanks|regards|ta)\W+\S", t, re.I)) for t in texts) >= 30
    assert any(re.search(r"Worker: [A-ZÀ-Ž'-]{2,}", t, re.I) for t in texts)
    assert any(re.search(r"\n(Recruitment Consultant|Payroll Officer|HR Business Partner|Branch Manager|Depot Supervisor)\b", t) for t in texts)
    assert any(re.search(r"\b(shift lead|supervisor|payroll officer|depot manager)\b", t, re.I) for t in texts)
    lists = [t for c in convs for t in c["turns"] if len([s for s in t["spans"] if s["label"] == "PERSON"]) >= 3]
    assert len(lists) >= 3


def test_dev_ar_spelled_runs_are_one_span(convs):
    runs = [text for c in convs for _, text, s in _said(c) if s["label"] == "PERSON" and re.fullmatch(r"([a-z]( |$)|[a-z]+ )+", text + " ")
            and len(text.split()) >= 4 and c["style"] == "asr"]
    assert len(runs) >= 5 and any(re.search(r"\b(as in|for|like) [a-z]+", r) for r in runs)


def test_dev_ar_the_same_person_is_named_several_ways(convs):
    forms = 0
    for c in convs:
        said = {text for _, text, s in _said(c) if s["label"] == "PERSON"}
        forms += any(a != b and a in b.split(" ") for a in said for b in said)
    assert forms >= 20


def test_dev_ar_lookalikes_are_present_and_never_gold(convs):
    kinds = {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]}
    assert {"place", "brand", "courier", "taxcode", "role", "phrase", "venue", "product"} <= kinds
    assert [text for c in convs for _, text, s in _said(c) if s["label"] == "NEUTRAL"]
    for c in convs:
        for t in c["turns"]:
            gold = [(s["start"], s["end"]) for s in t["spans"] if s["label"] != "NEUTRAL"]
            for d in t["distractors"]:
                assert not any(a < d["end"] and d["start"] < b for a, b in gold), t["text"]
            for m in re.finditer(r"\b(amazon|hays|reed|tesco|deliveroo|nokia|toyota|dpd|royal mail|jaffna|chennai|sylhet|"
                                 r"kabul|tbilisi|yerevan|tampere|osaka|the shift lead|i hope so|summer shifts)\b", t["text"].lower()):
                assert not any(a < m.end() and m.start() < b for a, b in gold), t["text"]


def test_dev_ar_fairness_frames_are_single_turns():
    records = generate_fairness("dev_ar", 160)
    assert all(len(r["text"].split()) <= 20 and len(r["spans"]) == 1 for r in records)
    assert {r["style"] for r in records} == {"asr", "chat"} and {r["origin"] for r in records} == set(ORIGINS)
