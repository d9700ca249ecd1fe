"""The ``dev_y`` family: reproducible, its own name source and six origin groups (Persian, Turkish, Nepali, Sinhala,
English given names with one of those surnames, an English reference), every label it promises, unlabelled
look-alikes, lower-case ASR turns without punctuation, gold spans equal to their generated values, the name forms
it promises, valid home-country phones, no template shared with any other family."""
import random
import re

import phonenumbers
import pytest

from benchmarks import _templates_dev_y as T
from benchmarks._names_dev_y import ORIGINS, NameSourceY, tables
from benchmarks._profile_dev_y import HOME, home_phone
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_shares_no_template, assert_fairness_balanced, assert_lookalikes_never_gold


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_y", 40)


def test_dev_y_is_reproducible_and_uses_its_own_name_source(convs):
    assert generate_conversations("dev_y", 6) == convs[:6]
    assert generate_fairness("dev_y", 20) == generate_fairness("dev_y", 20)
    assert _kit("dev_y")[1] is NameSourceY
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"PERSON", "PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD", "STREET_ADDRESS", "EMAIL_ADDRESS", "CARD_EXPIRY",
            "ACCOUNT_NUMBER", "AUTH_CODE", "POSTCODE", "ZIP_CODE"} <= labels
    assert all(s.get("origin") in ORIGINS for c in convs for t in c["turns"] for s in t["spans"] if s["label"] == "PERSON")


def test_dev_y_asr_turns_are_lower_case_without_punctuation_digits_or_accents(convs):
    for conv in convs:
        for turn in conv["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])
            if conv["style"] == "asr":
                text = turn["text"]
                assert text == text.lower() and not re.search(r"[,.?!;:\d]", text), text
                assert "  " not in text and text.isascii(), text


def test_dev_y_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_y", {"money", "date", "helpline", "order", "place", "venue", "product", "phrase"})


def test_dev_y_fairness_is_balanced_over_the_six_origin_groups():
    assert_fairness_balanced("dev_y", ORIGINS)
    assert len(ORIGINS) == 6 and T.FAIRNESS_ORIGINS == ORIGINS and "english" in ORIGINS


def test_dev_y_name_tables_and_forms():
    t = tables()
    assert {"Reza", "Maryam"} <= set(t["persian"]["male"] + t["persian"]["female"]) and "Ahmadzadeh" in t["persian"]["surname"]
    assert "Yılmaz" in t["turkish"]["surname"] and "Ayşe" in t["turkish"]["female"]
    assert {"Gurung", "Shrestha", "Tamang"} <= set(t["nepali"]["surname"]) and "Brahmin" not in t["nepali"]["surname"]
    assert {"Wickramasinghe", "Gunasekara"} <= set(t["sinhala"]["surname"]) and "Kasun" in t["sinhala"]["male"]
    assert len(t["english"]["surname"]) > 900 and "Smith" in t["english"]["surname"]
    native = {n for o in ("persian", "turkish", "nepali", "sinhala") for v in t[o].values() for n in v}
    assert not set(t["english"]["male"] + t["english"]["female"] + t["english"]["surname"]) & native
    names = NameSourceY(5)
    people = {o: [names.name(o) for _ in range(300)] for o in ORIGINS}
    assert any(p.style == "khan" for p in people["persian"]) and any(p.style == "two_given" for p in people["persian"])
    assert any(" Bahadur " in p.full for p in people["nepali"]) and any(" Kumari " in p.full for p in people["nepali"])
    assert any(len(p.surname) >= 12 for p in people["sinhala"]) and any(p.surname_first for p in people["sinhala"])
    assert any(p.style == "two_given" for p in people["turkish"]) and any(p.surname_first for p in people["turkish"])
    assert any(p.style == "native_middle" for p in people["diaspora"])
    assert all(p.style.startswith("english") for p in people["english"])
    assert {p.country for p in people["nepali"]} >= {"NP", "UK", "AU"} and not set(HOME) & {p.country for p in people["english"]}


def test_dev_y_home_phones_are_valid_numbers():
    rng = random.Random(7)
    for country in HOME:
        for _ in range(600):
            assert phonenumbers.is_valid_number(phonenumbers.parse(home_phone(rng, country), country))


def test_dev_y_gold_spans_hold_their_generated_values():
    from benchmarks._assemble_dev_y import render_turn
    from benchmarks._profile_dev_y import ProfileY

    profile = ProfileY.make(NameSourceY(1), "asr", random.Random(2), "sinhala")
    text, spans, _ = render_turn("It's {NAME}, spelled {SPELT}, phone {TEL}.", profile, random.Random(3))
    assert all("_value" not in s for s in spans) and len(spans) == 3 and text.isascii()


def test_dev_y_shares_no_template_with_any_other_family():
    assert_shares_no_template("dev_y", T)


def test_dev_y_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_y.jsonl")[:20] == generate_conversations("dev_y", 80)[:20]
    assert read_jsonl(DATA_DIR / "fairness_dev_y.jsonl")[:60] == generate_fairness("dev_y", 816)[:60]
