"""The ``dev_m`` family: reproducible, its own name source and origin groups, every label it promises,
unlabelled look-alikes, diarized call exports with IVR turns and after-call notes, WhatsApp exports, Nigerian
check digits and number shapes, no template shared with any other family."""
import random
import re

import pytest
from stdnum import luhn

from benchmarks import _templates_dev_m as T
from benchmarks import _values_dev_m as K
from benchmarks._names_dev_m import ORIGINS, NameSourceM, tables
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_shares_no_template, assert_fairness_balanced, assert_lookalikes_never_gold


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_m", 60)


def test_dev_m_is_reproducible_and_uses_its_own_name_source(convs):
    assert generate_conversations("dev_m", 6) == convs[:6]
    assert generate_fairness("dev_m", 20) == generate_fairness("dev_m", 20)
    assert _kit("dev_m")[1] is NameSourceM
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"PERSON", "POSTCODE", "PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD", "STREET_ADDRESS", "EMAIL_ADDRESS",
            "CARD_EXPIRY", "CARD_CVV", "ACCOUNT_NUMBER", "NATIONAL_ID", "AUTH_CODE"} <= labels
    assert all(s.get("origin") in ORIGINS for c in convs for t in c["turns"] for s in t["spans"] if s["label"] == "PERSON")


def test_dev_m_turns_stamps_and_notes(convs):
    for conv in convs:
        assert 10 <= len(conv["turns"]) <= 36
        for turn in conv["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])
            note = turn["text"].startswith(("[after-call notes]", "📝 Internal note"))
            if conv["style"] == "asr" and not note:
                assert re.match(r"\[\d\d:\d\d:\d\d\] [\w ]+: ", turn["text"]), turn["text"]
            if conv["style"] == "chat" and not note:
                assert re.match(r"\[\d\d:\d\d, \d\d/\d\d/2026\] ", turn["text"]), turn["text"]
    texts = [t["text"] for c in convs for t in c["turns"]]
    assert any(t.startswith("[after-call notes]") for t in texts) and any("📝 Internal note" in t for t in texts)
    assert any("] IVR: " in t for t in texts) and any("[DTMF " in t for t in texts)
    asr = " ".join(t["text"] for c in convs if c["style"] == "asr" for t in c["turns"])
    assert re.search(r"\bdouble \w+", asr) and "[noise]" in asr


def test_dev_m_chat_display_names_are_labelled(convs):
    for conv in (c for c in convs if c["style"] == "chat"):
        for turn in conv["turns"]:
            if turn["speaker"] == "customer":
                first = turn["spans"][0]
                assert first["label"] in ("PERSON", "PHONE_NUMBER") and first["start"] == len("[00:00, 00/00/2026] ")


def test_dev_m_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_m", {"money", "time", "date", "qty", "span", "bank", "stamp", "helpline"})


def test_dev_m_fairness_is_balanced_over_the_origin_groups():
    assert_fairness_balanced("dev_m", ORIGINS)


@pytest.mark.parametrize("origin", ORIGINS)
def test_dev_m_name_tables(origin):
    t = tables()[origin]
    assert len(t["surnames"]) >= 20 and len(t["male"] + t["female"]) >= 45
    for name in sum(t.values(), ()):
        assert name[0].isupper() and all(c.isalpha() or c in "'-" for c in name), name


def test_dev_m_shares_no_template_with_any_other_family():
    assert_shares_no_template("dev_m", T)


def test_dev_m_check_digits_and_shapes():
    rng = random.Random(5)
    for _ in range(100):
        card = K.card(rng)
        assert luhn.is_valid(card) and len(card) in (16, 19)
        bank, acct = K.nuban(rng)
        code = {v: k for k, v in K.BANKS.items()}[bank]
        weights = (3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3)
        assert len(acct) == 10 and (sum(int(c) * w for c, w in zip(code + acct[:9], weights)) + int(acct[9])) % 10 == 0
        assert re.fullmatch(r"22\d{9}", K.bvn(rng)) and re.fullmatch(r"[1-9]\d{10}", K.nin(rng))
        city = rng.choice(sorted(K.CITIES))
        assert re.fullmatch(r"\d{6}", K.postcode(city, rng))


def test_dev_m_phones_are_valid_nigerian_numbers():
    phonenumbers = pytest.importorskip("phonenumbers")
    rng = random.Random(6)
    for _ in range(200):
        assert phonenumbers.is_valid_number(phonenumbers.parse(K.phone(rng), "NG"))


def test_dev_m_speech_numbers():
    rng = random.Random(0)
    assert K.spoken_digits(["0803"], rng, True) == "0803"
    assert K.year_words(1988) == "nineteen eighty-eight" and K.year_words(2003) == "two thousand and three"
    assert K.ordinal_words(23) == "twenty-third" and K.ordinal_words(30) == "thirtieth"
    assert K.spoken_digits(["7765"], random.Random(1), False) in ("double seven six five", "seven seven six five")


def test_dev_m_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_m.jsonl")[:40] == generate_conversations("dev_m", 120)[:40]
    assert read_jsonl(DATA_DIR / "fairness_dev_m.jsonl")[:80] == generate_fairness("dev_m", 1000)[:80]
