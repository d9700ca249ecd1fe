"""The ``dev_h`` family: reproducible, its own name source, every label it promises, unlabelled look-alikes,
value renderings that can be checked by hand."""
import random
import re

import pytest

from benchmarks import _places_dev_h as P
from benchmarks import _values_dev_h as H
from benchmarks._names_dev_h import ORIGINS, NameSourceH, tables
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_fairness_balanced, assert_lookalikes_never_gold


def test_dev_h_is_reproducible_and_uses_its_own_name_source():
    assert generate_conversations("dev_h", 6) == generate_conversations("dev_h", 6)
    assert generate_fairness("dev_h", 16) == generate_fairness("dev_h", 16)
    assert _kit("dev_h")[1] is NameSourceH
    convs = generate_conversations("dev_h", 60)
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"CARD_EXPIRY", "AUTH_CODE", "CARD_CVV", "CREDIT_CARD", "ACCOUNT_NUMBER", "STREET_ADDRESS", "POSTCODE",
            "NATIONAL_ID", "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"} <= labels
    for conv in convs:
        for turn in conv["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])
            if conv["style"] == "asr":
                assert turn["text"] == turn["text"].lower()


def test_dev_h_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_h", {"gbp", "appt", "slot", "helpline", "hours", "minutes", "reading"})


def test_dev_h_fairness_is_balanced_over_the_source_origins():
    assert_fairness_balanced("dev_h", ORIGINS)


@pytest.mark.parametrize("origin", ORIGINS)
def test_dev_h_names_are_latin_script(origin):
    male, female, surnames = tables()[origin]
    assert male and female and surnames
    for name in male + female + surnames:
        assert all(c.isalpha() or c in " -'" for c in name) and all(ord(c) < 0x1F00 for c in name), name


@pytest.mark.parametrize(("digits", "said"), [("4477", "double four double seven"), ("0900", "oh nine double oh"),
                                              ("1112", "triple one two"), ("5678", "five six seven eight")])
def test_dev_h_says_repeated_digits_double_and_triple(digits, said):
    assert H.run(digits, random.Random(0), "oh", doubles=1.0) == said


@pytest.mark.parametrize(("mm", "year", "words"), [("03", "2028", {"march", "28", "twenty eight", "three", "oh three",
                                                                     "mar", "third", "two eight", "2028", "03"})])
def test_dev_h_expiry_always_holds_the_month_and_the_year(mm, year, words):
    rng = random.Random(1)
    for _ in range(200):
        said = H.say_expiry(mm, year, rng)
        assert any(w in said for w in ("march", "three", "third", "mar", "03", "3")), said
        assert any(w in said for w in ("eight", "28")), said
    for _ in range(50):
        typed = H.type_expiry(mm, year, rng)
        assert re.search(r"3|mar", typed, re.I) and "28" in typed, typed


@pytest.mark.parametrize(("number", "valid"), [("9434765919", True), ("9434765918", False)])
def test_dev_h_nhs_numbers_carry_a_valid_check_digit(number, valid):
    body, check = number[:9], int(number[9])
    expected = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
    assert ((expected % 11) == check) is valid
    rng = random.Random(3)
    for _ in range(20):
        n = P.make_nhs(rng)
        assert (11 - sum(int(d) * (10 - i) for i, d in enumerate(n[:9])) % 11) % 11 == int(n[9])


def test_dev_h_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_h.jsonl")[:40] == generate_conversations("dev_h", 300)[:40]
    assert read_jsonl(DATA_DIR / "fairness_dev_h.jsonl")[:80] == generate_fairness("dev_h", 2000)[:80]
