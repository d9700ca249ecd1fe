"""The ``dev_i`` family: reproducible, its own name source, every label it promises, unlabelled look-alikes,
check digits and name folding that can be checked by hand."""
import random

import pytest

from benchmarks import _places_dev_i as P
from benchmarks import _values_dev_i as I
from benchmarks._names_dev_i import ORIGINS, NameSourceI, fold, tables
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_fairness_balanced, assert_lookalikes_never_gold


def test_dev_i_is_reproducible_and_uses_its_own_name_source():
    assert generate_conversations("dev_i", 6) == generate_conversations("dev_i", 6)
    assert generate_fairness("dev_i", 20) == generate_fairness("dev_i", 20)
    assert _kit("dev_i")[1] is NameSourceI
    convs = generate_conversations("dev_i", 80)
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"CARD_EXPIRY", "AUTH_CODE", "CREDIT_CARD", "ACCOUNT_NUMBER", "STREET_ADDRESS", "POSTCODE",
            "NATIONAL_ID", "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "IBAN_CODE"} <= labels
    for conv in convs:
        for turn in conv["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])
            if conv["style"] == "asr":
                assert turn["text"] == turn["text"].lower() and turn["text"].isascii()


def test_dev_i_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_i", {"money", "event", "time", "percent", "days"})


def test_dev_i_fairness_is_balanced_over_the_source_origins():
    assert_fairness_balanced("dev_i", ORIGINS)


@pytest.mark.parametrize("origin", ORIGINS)
def test_dev_i_names_are_latin_script_and_fold_to_ascii(origin):
    parts = tables()[origin]
    assert all(parts)
    for name in sum(parts, ()):
        assert all(c.isalpha() or c in " -'" for c in name) and all(ord(c) < 0x0250 or c in "əƏ" for c in name), name
        assert fold(name).isascii(), name


@pytest.mark.parametrize(("name", "folded"), [("Ağaoğlu", "Agaoglu"), ("Þórdís", "Thordis"), ("Søren", "Soren"),
                                              ("Łukasz", "Lukasz"), ("Tünzalə", "Tunzale"), ("Ægir", "Aegir"),
                                              ("Kovač", "Kovac"), ("Zhao", "Zhao")])
def test_dev_i_folds_names_as_an_engine_prints_them(name, folded):
    assert fold(name) == folded


@pytest.mark.parametrize(("number", "valid"), [("1234567T", True), ("1234567A", False)])
def test_dev_i_pps_check_letter(number, valid):
    total = sum(int(d) * (8 - i) for i, d in enumerate(number[:7]))
    assert ("WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == number[7]) is valid
    rng = random.Random(5)
    for _ in range(20):
        pps = P.make_pps(rng)
        assert "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(d) * (8 - i) for i, d in enumerate(pps[:7])) % 23] == pps[7]


@pytest.mark.parametrize(("number", "valid"), [("046454286", True), ("046454287", False)])
def test_dev_i_sin_luhn_and_bsn_eleven_test(number, valid):
    luhn = sum(sum(divmod(int(d) * (1 + i % 2), 10)) for i, d in enumerate(number)) % 10 == 0
    assert luhn is valid
    rng = random.Random(6)
    for _ in range(20):
        sin, bsn = P.make_sin(rng), P.make_bsn(rng)
        assert sum(sum(divmod(int(d) * (1 + i % 2), 10)) for i, d in enumerate(sin)) % 10 == 0
        assert sum(int(d) * w for d, w in zip(bsn, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


@pytest.mark.parametrize(("digits", "words"), [("4", {"4", "four", "for"}), ("2", {"2", "two", "to", "too"}),
                                               ("0", {"0", "zero", "oh", "o"}), ("7", {"7", "seven"})])
def test_dev_i_heard_digits_are_words_homophones_or_digits(digits, words):
    rng = random.Random(2)
    seen = {I.heard(digits, rng) for _ in range(200)}
    assert seen <= words and len(seen) > 1


def test_dev_i_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_i.jsonl")[:40] == generate_conversations("dev_i", 300)[:40]
    assert read_jsonl(DATA_DIR / "fairness_dev_i.jsonl")[:80] == generate_fairness("dev_i", 2000)[:80]
