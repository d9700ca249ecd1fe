"""The ``dev_j`` family: reproducible whole-call flows, its own name source, every label it promises, unlabelled
look-alikes, spoken digits and check digits that can be checked by hand."""
import random
import re

import pytest

from benchmarks import _places_dev_j as P
from benchmarks import _values_dev_j as J
from benchmarks._templates_values import luhn_valid
from benchmarks._names_dev_j import ORIGINS, NameSourceJ, tables, tidy
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_fairness_balanced, assert_lookalikes_never_gold


def test_dev_j_is_reproducible_and_uses_its_own_name_source():
    assert generate_conversations("dev_j", 6) == generate_conversations("dev_j", 6)
    assert generate_fairness("dev_j", 20) == generate_fairness("dev_j", 20)
    assert _kit("dev_j")[1] is NameSourceJ
    convs = generate_conversations("dev_j", 80)
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"CARD_EXPIRY", "CARD_CVV", "AUTH_CODE", "CREDIT_CARD", "ACCOUNT_NUMBER", "STREET_ADDRESS", "POSTCODE",
            "NATIONAL_ID", "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "IBAN_CODE"} <= labels
    for conv in convs:
        assert 12 <= len(conv["turns"]) <= 30
        speakers = [t["speaker"] for t in conv["turns"]]
        assert all(a != b for a, b in zip(speakers, speakers[1:]))
        for turn in conv["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])
            if conv["style"] == "asr":
                assert turn["text"] == turn["text"].lower() and turn["text"].isascii()
                assert not re.search(r"[,.?!@]", turn["text"]), turn["text"]


def test_dev_j_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_j", {"money", "event", "time", "percent"})


def test_dev_j_fairness_is_balanced_over_the_frequency_bands():
    assert_fairness_balanced("dev_j", ORIGINS)


@pytest.mark.parametrize("origin", ORIGINS)
def test_dev_j_names_are_plain_latin(origin):
    parts = tables()[origin]
    assert all(len(p) >= 100 for p in parts)
    for name in sum(parts, ()):
        assert name.isascii() and name[0].isupper() and all(c.isalpha() or c in "'-" for c in name), name


@pytest.mark.parametrize(("raw", "tidied"), [("Mcdonald", "McDonald"), ("O'neal", "O'Neal"), ("Macias", "Macias"),
                                             ("Mc", "Mc"), ("Smith", "Smith")])
def test_dev_j_tidies_census_capitals(raw, tidied):
    assert tidy(raw) == tidied


@pytest.mark.parametrize(("digit", "words"), [("1", {"1", "one", "won"}), ("4", {"4", "four", "for"}),
                                              ("8", {"8", "eight", "ate"}), ("0", {"0", "oh", "o", "zero", "nought"}),
                                              ("7", {"7", "seven"})])
def test_dev_j_spoken_digits_are_words_homophones_or_digits(digit, words):
    rng = random.Random(3)
    seen = {J.spoken(digit, rng) for _ in range(300)}
    assert seen <= words and len(seen) > 1


@pytest.mark.parametrize(("number", "valid"), [("4111111111111111", True), ("4111111111111112", False)])
def test_dev_j_luhn_reference(number, valid):
    assert luhn_valid(number) is valid


@pytest.mark.parametrize(("run", "clean"), [("5577", "double five double seven"), ("000", "triple oh"),
                                            ("1213", "one two one three")])
def test_dev_j_clean_runs_use_double_and_triple(run, clean):
    assert J.say_run(run, random.Random(0), clean=True) == clean


def test_dev_j_check_digits():
    rng = random.Random(8)
    for _ in range(30):
        kind, value = P.make_natid(rng)
        if kind == "pps":
            total = sum(int(d) * (8 - i) for i, d in enumerate(value[:7]))
            assert "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == value[7]
        if kind == "sin":
            assert sum(sum(divmod(int(d) * (1 + i % 2), 10)) for i, d in enumerate(value)) % 10 == 0
        assert luhn_valid("".join(P.make_card(rng)))


@pytest.mark.parametrize(("kind", "shape"), [("uk", r"[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}"),
                                             ("ie", r"[A-Z]\d\d [A-Z]\d[A-Z]\d"), ("ca", r"[A-Z]\d[A-Z] \d[A-Z]\d"),
                                             ("nl", r"\d{4} [A-Z]{2}")])
def test_dev_j_postcode_shapes(kind, shape):
    rng, seen = random.Random(4), 0
    for _ in range(200):
        pc = P.make_postcode(rng)
        if pc[0] == kind:
            seen += 1
            assert re.fullmatch(shape, f"{pc[1]} {pc[2]}"), pc
    assert seen


def test_dev_j_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_j.jsonl")[:40] == generate_conversations("dev_j", 300)[:40]
    assert read_jsonl(DATA_DIR / "fairness_dev_j.jsonl")[:80] == generate_fairness("dev_j", 2000)[:80]
