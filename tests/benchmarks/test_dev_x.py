"""The ``dev_x`` family: reproducible, its own name source and six origin groups (Yoruba, Igbo, Hausa, English given
names with a Nigerian surname, short Nigerian names, an English reference), every label it promises, unlabelled
look-alikes, lower-case ASR turns without punctuation, gold spans equal to their generated values, the name forms
it promises, valid home-country phones, no template shared with any other family."""
import random
import re

import phonenumbers
import pytest

from benchmarks import _templates_dev_x as T
from benchmarks._names_dev_x import ORIGINS, NameSourceX, tables
from benchmarks._profile_dev_x import home_phone
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_shares_no_template, assert_fairness_balanced, assert_lookalikes_never_gold


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_x", 40)


def test_dev_x_is_reproducible_and_uses_its_own_name_source(convs):
    assert generate_conversations("dev_x", 6) == convs[:6]
    assert generate_fairness("dev_x", 20) == generate_fairness("dev_x", 20)
    assert _kit("dev_x")[1] is NameSourceX
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"PERSON", "PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD", "STREET_ADDRESS", "EMAIL_ADDRESS", "CARD_EXPIRY",
            "ACCOUNT_NUMBER", "AUTH_CODE", "POSTCODE", "ZIP_CODE"} <= labels
    assert all(s.get("origin") in ORIGINS for c in convs for t in c["turns"] for s in t["spans"] if s["label"] == "PERSON")


def test_dev_x_asr_turns_are_lower_case_without_punctuation_digits_or_accents(convs):
    for conv in convs:
        for turn in conv["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])
            if conv["style"] == "asr":
                text = turn["text"]
                assert text == text.lower() and not re.search(r"[,.?!;:\d]", text), text
                assert "  " not in text and text.isascii(), text


def test_dev_x_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_x", {"money", "date", "helpline", "order", "place", "venue", "product", "phrase"})


def test_dev_x_fairness_is_balanced_over_the_six_origin_groups():
    assert_fairness_balanced("dev_x", ORIGINS)
    assert len(ORIGINS) == 6 and T.FAIRNESS_ORIGINS == ORIGINS and "english" in ORIGINS


def test_dev_x_name_tables_and_forms():
    t = tables()
    assert {"Oluwaseun", "Adebayo", "Olumide"} <= set(t["yoruba"]["first"]) and "Ogunleye" in t["yoruba"]["surname"]
    assert {"Chukwuemeka", "Nnamdi", "Ifeanyichukwu"} <= set(t["igbo"]["first"]) and "Okonkwo" in t["igbo"]["surname"]
    assert {"Abubakar", "Hadiza"} <= set(t["hausa"]["first"])
    assert all(len(n) <= 4 for n in t["short"]["first"]) and {"Ojo", "Eze", "Bello"} <= set(t["short"]["surname"])
    assert len(t["english"]["surnames"]) > 400 and "Smith" in t["english"]["surnames"]
    assert not set(t["english"]["male"] + t["english"]["female"]) & set(t["yoruba"]["first"] + t["igbo"]["first"])
    names = NameSourceX(5)
    people = {o: [names.name(o) for _ in range(300)] for o in ORIGINS}
    assert any(len(p.given) >= 10 for p in people["yoruba"]) and any(p.surname_first for p in people["yoruba"])
    assert any(len(p.full.split()) == 3 for p in people["igbo"])
    assert any(p.style == "three_part" for p in people["hausa"]) and any(not p.male for p in people["hausa"])
    assert any(p.style == "native_middle" for p in people["christian"])
    assert all(len(p.given) <= 4 for p in people["short"])
    assert all(p.style.startswith("english") for p in people["english"])
    assert {p.country for p in people["yoruba"]} >= {"NG", "UK"} and "NG" not in {p.country for p in people["english"]}


def test_dev_x_home_phones_are_valid_numbers():
    rng = random.Random(7)
    for country in ("NG",):
        for _ in range(600):
            assert phonenumbers.is_valid_number(phonenumbers.parse(home_phone(rng, country), country))


def test_dev_x_gold_spans_hold_their_generated_values():
    from benchmarks._assemble_dev_x import render_turn
    from benchmarks._profile_dev_x import ProfileX

    profile = ProfileX.make(NameSourceX(1), "asr", random.Random(2), "yoruba")
    text, spans, _ = render_turn("It's {NAME}, spelled {SPELT}, phone {TEL}.", profile, random.Random(3))
    assert all("_value" not in s for s in spans) and len(spans) == 3 and text.isascii()


def test_dev_x_shares_no_template_with_any_other_family():
    assert_shares_no_template("dev_x", T)


def test_dev_x_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_x.jsonl")[:20] == generate_conversations("dev_x", 80)[:20]
    assert read_jsonl(DATA_DIR / "fairness_dev_x.jsonl")[:60] == generate_fairness("dev_x", 816)[:60]
