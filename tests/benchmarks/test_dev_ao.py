"""The ``dev_ao`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its seven groups, phones valid per home country (eleven), national numbers, IBANs, postcodes and
references in their shapes, recognizer noise on name words, names without a cue phrase, sign-offs, claim forms and
lists of people, and the look-alikes never gold."""
import random
import re

import phonenumbers
import pytest
from stdnum import iban
from stdnum.ie import pps
from stdnum.pl import pesel
from stdnum.za import idnr

from benchmarks._build_names_dev_ao import polish_feminine
from benchmarks._homes_dev_ao import HOME, bank, home_address, home_phone, national_id, reference, region
from benchmarks._names_dev_ao import ORIGINS, NameSourceAO, korean_given, tables
from benchmarks._profile_dev_ao import HEARD, ProfileAO, fold
from benchmarks.generate_transcripts import generate_conversations, generate_fairness


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_ao", 80)


def _said(conv):
    return [(t, t["text"][s["start"]:s["end"]], s) for t in conv["turns"] for s in t["spans"]]


def test_dev_ao_name_tables():
    t = tables()
    assert "Oluwaseun" in t["west_african"]["yoruba_male"] and t["west_african"]["nick"]["Chukwuemeka"] == "Emeka"
    assert "Kwabena" in t["west_african"]["akan_male"] and "Adjoa" in t["west_african"]["akan_female"]
    assert "dela Cruz" in t["filipino"]["surname"] and "Ma. Cristina" in t["filipino"]["compound_female"]
    assert "Małgorzata" in t["polish"]["female"] and "Kowalski" in t["polish"]["surname"] and "Mykola" not in t["polish"]["male"]
    assert "Janse van Rensburg" in t["afrikaans"]["surname"] and t["afrikaans"]["nick"]["Jacobus"] == "Kobus"
    assert "Aroha" in t["maori_pacific"]["maori_female"] and "Tuilagi" in t["maori_pacific"]["pacific_surname"]
    assert ["Lee", "Yi", "Rhee"] in t["korean"]["surname"] and "Ji-woo" in t["korean"]["given_female"]
    assert "Featherstonehaugh" in t["english_reference"]["surname"]


@pytest.mark.parametrize("make, given, expected", [
    (polish_feminine, "Kowalski", "Kowalska"), (polish_feminine, "Nowacki", "Nowacka"), (polish_feminine, "Nowak", "Nowak"),
    (lambda g: korean_given(g, "joined"), "Ji-woo", "Jiwoo"), (lambda g: korean_given(g, "spaced"), "Ji-woo", "Ji Woo"),
    (lambda g: korean_given(g, "hyphen"), "Ji-woo", "Ji-woo"), (fold, "Michał Wójcik-Łęcka", "Michal Wojcik-Lecka"),
    (fold, "Tāne Hēnare", "Tane Henare"),
])
def test_dev_ao_name_rules(make, given, expected):
    assert make(given) == expected


@pytest.mark.parametrize("origin, pattern", [
    ("west_african", r"^(Grace|Blessing|Emmanuel|Samuel|Comfort|Patience|Joy|Esther|Deborah|Mercy|Faith|Gifty|Godwin|Ebenezer|Michael|Isaac|Daniel|Solomon|Victor|Felix) \S+ \S+$"),
    ("west_african", r" \S+-\S+$"), ("west_african", r"^Oluwa"), ("filipino", r"^Ma\. "), ("filipino", r" [A-Z]\. "),
    ("filipino", r" (dela|de los|del|de|delos) [A-Z]"), ("polish", r"(ska|cka)$"), ("polish", r"[łśżąęćń]"),
    ("polish", r"\S+-\S+$"), ("afrikaans", r" (van der|du|le|van|de) [A-Z]"), ("afrikaans", r"^\S+ \S+ \S+"),
    ("maori_pacific", r"[āēīōū]"), ("maori_pacific", r"'"), ("maori_pacific", r" Te [A-Z]"), ("korean", r"-[a-z]"),
    ("korean", r"^(Lee|Yi|Rhee|Kim|Park|Pak|Choi|Jung|Chung) "), ("korean", r"^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+ [A-Z]"),
])
def test_dev_ao_forms_occur(origin, pattern):
    names = NameSourceAO(5)
    assert any(re.search(pattern, names.name(origin).full) for _ in range(600)), (origin, pattern)


@pytest.mark.parametrize("origin, pattern", [("english_reference", r"[^\x00-\x7f]"), ("korean", r"(ski|ska)$"),
                                             ("polish", r"^(Oluwa|Ma\. )"), ("afrikaans", r"[āēōū]")])
def test_dev_ao_forms_stay_in_their_group(origin, pattern):
    names = NameSourceAO(6)
    assert not any(re.search(pattern, names.name(origin).full) for _ in range(300))


def test_dev_ao_polish_relatives_take_the_family_surname_in_their_own_form():
    names = NameSourceAO(8)
    for _ in range(200):
        p = names.name("polish")
        kin = names.relative(p)
        if kin.surname.rstrip("ia") == p.surname.rstrip("ia") and p.surname.endswith(("ski", "ska")):
            assert kin.surname.endswith("ski" if kin.male else "ska")


@pytest.mark.parametrize("country", HOME)
def test_dev_ao_phones_are_valid_numbers_of_their_country(country):
    rng = random.Random(7)
    for _ in range(300):
        parsed = phonenumbers.parse(home_phone(rng, country), region(country))
        assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region(country)


@pytest.mark.parametrize("country, pattern", [
    ("UK", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}"), ("IE", r"[A-Z]\d[\dW] [A-Z\d]{4}"), ("US", r"\d{5}"),
    ("CA", r"[A-Z]\d[A-Z] \d[A-Z]\d"), ("AU", r"\d{4}"), ("NZ", r"\d{4}"), ("ZA", r"\d{4}"), ("NG", r"\d{6}"),
    ("GH", r"[A-Z]{2}-\d{3}-\d{4}"), ("PH", r"\d{4}"), ("PL", r"\d{2}-\d{3}")])
def test_dev_ao_postcodes_in_their_shapes(country, pattern):
    rng = random.Random(5)
    assert all(re.fullmatch(pattern, home_address(rng, country)[2]) for _ in range(100))


@pytest.mark.parametrize("country, valid", [
    ("UK", lambda n: re.fullmatch(r"[A-Z]{2} \d{2} \d{2} \d{2} [A-D]", n)), ("IE", pps.is_valid),
    ("US", lambda n: re.fullmatch(r"(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}", n)), ("ZA", idnr.is_valid), ("PL", pesel.is_valid)])
def test_dev_ao_national_numbers_are_valid(country, valid):
    rng = random.Random(3)
    assert all(valid(national_id(rng, country, (1980 + k % 30, 1 + k % 12, 1 + k % 28), k % 2 == 0)[1]) for k in range(100))
    assert national_id(rng, "NG", (1980, 1, 1), True) is None


@pytest.mark.parametrize("country, keys", [("UK", {"SORT", "ACCT"}), ("IE", {"IBAN"}), ("PL", {"IBAN"}), ("NG", {"ACCT"})])
def test_dev_ao_payout_details(country, keys):
    rng = random.Random(2)
    for _ in range(50):
        details = bank(rng, country)
        assert set(details) == keys
        if "IBAN" in details:
            assert iban.is_valid(details["IBAN"]) and details["IBAN"].startswith(country)
        if "SORT" in details:
            assert re.fullmatch(r"\d{2}-\d{2}-\d{2}", details["SORT"]) and re.fullmatch(r"\d{8}", details["ACCT"])


@pytest.mark.parametrize("kind, claim, pattern", [("motor", False, r"MTR-\d{7}"), ("life", False, r"LIF-\d{7}"),
                                                  ("pet", True, r"CL2[2-6][A-Z]{2}\d{5}")])
def test_dev_ao_references_in_their_shapes(kind, claim, pattern):
    rng = random.Random(9)
    assert all(re.fullmatch(pattern, reference(rng, kind, claim)) for _ in range(50))


def test_dev_ao_noise_is_there_and_in_range():
    names = NameSourceAO(11)
    changed = words = 0
    for i in range(2100):
        asr = ProfileAO.make(names, "asr", random.Random(i), ORIGINS[i % 7], False)
        clean = fold(asr.customer.full).lower().replace("-", " ").replace(".", "").replace("'", "").split()
        said = asr.person("NAME").split()
        joined = {a + b for a, b in zip(said, said[1:])}  # "fa amausili" is how "Fa'amausili" is said, not noise
        changed += sum(w not in said and w not in joined for w in clean)
        words += len(clean)
        assert said and " ".join(said).isascii() and not re.search(r"[\d.,'-]", " ".join(said))
    assert 0.10 < changed / words < 0.14, changed / words
    assert "jay" in HEARD["j"] and "kobus" in HEARD


def test_dev_ao_names_without_a_cue_phrase_are_there(convs):
    cue = re.compile(r"(\b(my name is|name's|i'm|it's|this is|called|mr|mrs|ms|miss|dr|doctor|dear|hi|thanks|thank you|cheers|"
                     r"under|for|with|from|says|about|policyholder|claimant|client)\W*)$", re.I)
    bare = sum(1 for conv in convs for turn, _, span in _said(conv)
               if span["label"] == "PERSON" and not cue.search(turn["text"][:span["start"]]))
    assert bare >= 120


def test_dev_ao_sign_offs_claim_forms_and_lists_are_there(convs):
    texts = [t["text"] for c in convs for t in c["turns"]]
    assert sum(bool(re.search(r"(cheers|thank you|thanks|regards|faithfully|appreciated)\W+\S", t, re.I)) for t in texts) >= 30
    assert any(re.search(r"Policyholder: [A-ZÀ-Ž'-]{2,}", t) for t in texts) and any("> On " in t for t in texts)
    assert any(re.search(r"\n(Senior Claims Handler|Claims and Recoveries Executive)", t) for t in texts)
    lists = [t for c in convs for t in c["turns"] if len([s for s in t["spans"] if s["label"] == "PERSON"]) >= 3]
    assert len(lists) >= 5


def test_dev_ao_spelled_runs_are_one_span(convs):
    runs = [text for c in convs for _, text, s in _said(c) if s["label"] == "PERSON" and re.fullmatch(r"([a-z]( |$)|[a-z]+ )+", text + " ")
            and len(text.split()) >= 4 and c["style"] == "asr"]
    assert len(runs) >= 5 and any(re.search(r"\b(as in|for|like) [a-z]+", r) for r in runs)


def test_dev_ao_lookalikes_are_present_and_never_gold(convs):
    kinds = {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]}
    assert {"place", "brand", "date", "role", "phrase", "venue", "firm", "pet", "car", "reg"} <= kinds
    assert [text for c in convs for _, text, s in _said(c) if s["label"] == "NEUTRAL"]
    for c in convs:
        for t in c["turns"]:
            gold = [(s["start"], s["end"]) for s in t["spans"] if s["label"] != "NEUTRAL"]
            for d in t["distractors"]:
                assert not any(a < d["end"] and d["start"] < b for a, b in gold), t["text"]
            for m in re.finditer(r"\b(loss adjuster|registrar|excess|aviva|allianz|st vincent's|lagos|manila|gdańsk|kia sportage)\b", t["text"].lower()):
                assert not any(a < m.end() and m.start() < b for a, b in gold), t["text"]


def test_dev_ao_fairness_frames_are_single_turns():
    records = generate_fairness("dev_ao", 140)
    assert all(len(r["text"].split()) <= 14 and len(r["spans"]) == 1 for r in records)
    assert {r["style"] for r in records} == {"asr", "chat"}
