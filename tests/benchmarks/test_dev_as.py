"""The ``dev_as`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its eight groups, phones valid per home country (ten), IBANs, postcodes, cards and references in
their shapes, recognizer noise on name words, Icelandic letters folded as typed, Burmese names said whole, names
without a cue phrase, sign-offs, forms and lists of people, and the look-alikes never gold."""
import random
import re

import phonenumbers
import pytest
from stdnum import iban, luhn

from benchmarks._names_dev_as import ORIGINS, NameSourceAS, tables
from benchmarks._profile_dev_as import HEARD, ProfileAS, fold
from benchmarks._money_dev_as import HOME, bank, home_address, home_phone, payee_account, reference, region
from benchmarks.generate_transcripts import generate_conversations, generate_fairness


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_as", 80)


def _said(conv):
    return [(t, t["text"][s["start"]:s["end"]], s) for t in conv["turns"] for s in t["spans"]]


def test_dev_as_name_tables():
    t = tables()
    assert "Aung" in t["burmese"]["male"] and "Khin" in t["burmese"]["female"] and not t["burmese"]["surname"]
    assert "Sok" in t["khmer"]["surname"] and "Sreymom" in t["khmer"]["female"]
    assert "Rakotomalala" in t["malagasy"]["surname"] and "Hery" in t["malagasy"]["male"]
    assert ["Jónsson", "Jónsdóttir"] in t["icelandic"]["patronymic"] and "Guðrún" in t["icelandic"]["female"]
    assert {"Désir", "Lamour", "Fils-Aimé"} <= set(t["haitian"]["surname"]) and "Jean-Robert" in t["haitian"]["male"]
    assert {"Her", "Lee", "Xiong"} <= set(t["hmong"]["surname"]) and "Pa" in t["hmong"]["female"]
    assert {"Sterling", "Penny", "Honor"} <= set(t["word_given"]["male"]) | set(t["word_given"]["female"])
    assert "Penny" not in t["english_reference"]["female"] and "Percival" in t["english_reference"]["male"]


@pytest.mark.parametrize("given, expected", [("Guðrún", "Gudrun"), ("Þórður", "Thordur"), ("Hafnarstræti", "Hafnarstraeti"),
                                             ("Désir", "Desir"), ("Naïka", "Naika"), ("Björk", "Bjork")])
def test_dev_as_folding(given, expected):
    assert fold(given) == expected


@pytest.mark.parametrize("origin, pattern", [
    ("burmese", r"^\w+ \w+( \w+){0,2}$"), ("burmese", r"^(\w+) \1 "), ("khmer", r"^(Sok|Chan|Keo|Heng|Chea|Lim|Ly|Meas|Prak|Seng|Touch) "),
    ("malagasy", r" \S{13,}$"), ("malagasy", r"^(Jean|Eric|Marie|Nathalie|Olivier|Patrick|Christian) "),
    ("icelandic", r"sson$"), ("icelandic", r"dóttir$"), ("icelandic", r"[ðþæ]"),
    ("haitian", r"^(Jean|Marie|Rose|Pierre)-"), ("haitian", r"(Désir|Lamour|Innocent|Délice|Cadet|Jeune)$"),
    ("hmong", r"^Mai \w+ "), ("hmong", r" (Her|Lee|Vang)$"),
    ("word_given", r"^(Sterling|Penny|Honor|Merit|Chance|Cash|Bliss) "),
])
def test_dev_as_forms_occur(origin, pattern):
    names = NameSourceAS(5)
    assert any(re.search(pattern, names.name(origin).full) for _ in range(800)), (origin, pattern)


@pytest.mark.parametrize("origin, pattern", [("english_reference", r"[^\x00-\x7f]"), ("hmong", r"[^\x00-\x7f]"),
                                             ("khmer", r"(sson|dóttir)$"), ("burmese", r"-")])
def test_dev_as_forms_stay_in_their_group(origin, pattern):
    names = NameSourceAS(6)
    assert not any(re.search(pattern, names.name(origin).full) for _ in range(300))


def test_dev_as_icelandic_siblings_share_the_fathers_name():
    names = NameSourceAS(8)
    for _ in range(100):
        who = names.name("icelandic")
        if who.style == "patronymic":
            sib = names.name("icelandic", who.country, who.surname)
            stem = who.surname[:-3] if who.surname.endswith("son") else who.surname[:-6]
            assert sib.surname.startswith(stem.rstrip("ar")[:3])


@pytest.mark.parametrize("country", HOME)
def test_dev_as_phones_are_valid_numbers_of_their_country(country):
    rng = random.Random(7)
    for _ in range(300):
        parsed = phonenumbers.parse(home_phone(rng, country), region(country))
        assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region(country)


@pytest.mark.parametrize("country, pattern", [
    ("UK", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}"), ("US", r"\d{5}"), ("CA", r"[A-Z]\d[A-Z] \d[A-Z]\d"), ("FR", r"\d{5}"),
    ("IS", r"\d{3}"), ("MG", r"\d{3}"), ("KH", r"\d{6}"), ("MM", r"\d{5}"), ("TH", r"\d{5}"), ("HT", r"HT\d{4}")])
def test_dev_as_postcodes_in_their_shapes(country, pattern):
    rng = random.Random(5)
    assert all(re.fullmatch(pattern, home_address(rng, country)[2]) for _ in range(100))


@pytest.mark.parametrize("country, keys", [("UK", {"SORT", "ACCT"}), ("FR", {"IBAN"}), ("IS", {"IBAN"}), ("US", {"ACCT"}),
                                           ("MG", {"ACCT"}), ("HT", {"ACCT"}), ("KH", {"ACCT"})])
def test_dev_as_account_details(country, keys):
    rng = random.Random(2)
    for _ in range(50):
        details = bank(rng, country)
        assert set(details) == keys
        if "IBAN" in details:
            assert iban.is_valid(details["IBAN"]) and details["IBAN"].startswith(country)
        if "SORT" in details:
            assert re.fullmatch(r"\d{2}-\d{2}-\d{2}", details["SORT"]) and re.fullmatch(r"\d{8}", details["ACCT"])
        assert re.fullmatch(r"\d{8}|\d{10}|\d{12}", payee_account(rng, country))


@pytest.mark.parametrize("kind, pattern", [("case", r"FR-\d{7}|DSP\d{6}|C\d{8}"), ("member", r"M\d{6}|\d{7}|CU-\d{5}"),
                                           ("transfer", r"\d{10}")])
def test_dev_as_references_in_their_shapes(kind, pattern):
    rng = random.Random(9)
    assert all(re.fullmatch(pattern, reference(rng, kind)) for _ in range(60))


def test_dev_as_cards_are_luhn_valid_and_codes_are_gold(convs):
    cards = [re.sub(r"\D", "", text) for c in convs for _, text, s in _said(c) if s["label"] == "CREDIT_CARD" and c["style"] == "chat"]
    assert cards and all(luhn.is_valid(n) for n in cards if len(n) > 4)
    labels = {s["label"] for c in convs for _, _, s in _said(c)}
    assert {"CREDIT_CARD", "CARD_EXPIRY", "AUTH_CODE", "IBAN_CODE", "ZIP_CODE", "NEUTRAL"} <= labels


def test_dev_as_noise_is_there_and_in_range():
    names = NameSourceAS(11)
    changed = words = 0
    for i in range(2400):
        asr = ProfileAS.make(names, "asr", random.Random(i), ORIGINS[i % 8], False)
        clean = fold(asr.customer.full).lower().replace("-", " ").replace(".", "").replace("'", "").split()
        said = asr.person("NAME").split()
        changed += sum(w not in said for w in clean)
        words += len(clean)
        assert said and " ".join(said).isascii() and not re.search(r"[\d.,'-]", " ".join(said))
    assert 0.07 < changed / words < 0.16, changed / words
    assert "johnson" in HEARD["jonsson"] and "her" in HEARD


def test_dev_as_burmese_names_are_said_whole_for_a_surname():
    names = NameSourceAS(12)
    for i in range(40):
        p = ProfileAS.make(names, "chat", random.Random(i), "burmese", False)
        p.speaker = "agent"
        assert p.person("SURNAME") == p.customer.full


def test_dev_as_names_without_a_cue_phrase_are_there(convs):
    cue = re.compile(r"(\b(my name is|name's|i'm|it's|this is|called|mr|mrs|ms|miss|dr|dear|hi|thanks|thank you|cheers|"
                     r"for|with|from|says|about|payee|holder|by|officer|investigator|executor|solicitor|guarantor|me|and|"
                     r"is|to|of|mum|dad|brother|sister|wife|husband|partner|son|daughter|uncle|aunt|nan|grandad)\W*)$", re.I)
    bare = sum(1 for conv in convs for turn, _, span in _said(conv)
               if span["label"] == "PERSON" and not cue.search(turn["text"][:span["start"]]))
    assert bare >= 100


def test_dev_as_sign_offs_forms_lists_and_roles_are_there(convs):
    texts = [t["text"] for c in convs for t in c["turns"]]
    assert sum(bool(re.search(r"(cheers|thank you|thanks|regards|sincerely|both of us)\W+\S", t, re.I)) for t in texts) >= 30
    assert any(re.search(r"(Account holder|Applicant|Name of the deceased): \S", t, re.I) for t in texts)
    assert any(re.search(r"\n(Fraud Investigator|Bereavement Case Manager|Lending Officer|Customer Care)\b", t) for t in texts)
    assert any(re.search(r"\b(fraud investigator|loans officer|executor|solicitor|guarantor)\b", t, re.I) for t in texts)
    lists = [t for c in convs for t in c["turns"] if len([s for s in t["spans"] if s["label"] == "PERSON"]) >= 3]
    assert len(lists) >= 3


def test_dev_as_spelled_runs_are_one_span(convs):
    runs = [text for c in convs for _, text, s in _said(c) if s["label"] == "PERSON" and re.fullmatch(r"([a-z]( |$)|[a-z]+ )+", text + " ")
            and len(text.split()) >= 4 and c["style"] == "asr"]
    assert len(runs) >= 5 and any(re.search(r"\b(as in|for|like) [a-z]+", r) for r in runs)


def test_dev_as_the_same_person_is_named_several_ways(convs):
    forms = 0
    for c in convs:
        said = {text for _, text, s in _said(c) if s["label"] == "PERSON"}
        forms += any(a != b and a in b.split(" ") for a in said for b in said)
    assert forms >= 20


def test_dev_as_lookalikes_are_present_and_never_gold(convs):
    kinds = {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]}
    assert {"place", "brand", "merchant", "money", "date", "role", "phrase", "venue", "product"} <= kinds
    assert [text for c in convs for _, text, s in _said(c) if s["label"] == "NEUTRAL"]
    for c in convs:
        for t in c["turns"]:
            gold = [(s["start"], s["end"]) for s in t["spans"] if s["label"] != "NEUTRAL"]
            for d in t["distractors"]:
                assert not any(a < d["end"] and d["start"] < b for a, b in gold), t["text"]
            for m in re.finditer(r"\b(western union|moneygram|paypal|remitly|yangon|phnom penh|reykjavik|port au prince|"
                                 r"a penny short|pounds sterling|on merit|just by chance|the fraud team)\b", t["text"].lower()):
                assert not any(a < m.end() and m.start() < b for a, b in gold), t["text"]


def test_dev_as_fairness_frames_are_single_turns():
    records = generate_fairness("dev_as", 160)
    assert all(len(r["text"].split()) <= 20 and len(r["spans"]) == 1 for r in records)
    assert {r["style"] for r in records} == {"asr", "chat"} and {r["origin"] for r in records} == set(ORIGINS)
