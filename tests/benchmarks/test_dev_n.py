"""The ``dev_n`` family: reproducible, its own name source and origin groups, every label it promises,
unlabelled look-alikes, SRT caption exports and Viber CSV exports, Philippine number shapes, no template shared
with any other family."""
import random
import re

import pytest
from stdnum import luhn

from benchmarks import _templates_dev_n as T
from benchmarks import _values_dev_n as K
from benchmarks._names_dev_n import ORIGINS, NameSourceN, tables
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_shares_no_template, assert_fairness_balanced, assert_lookalikes_never_gold

_CUE = re.compile(r"\d+\n\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}\n")


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_n", 60)


def test_dev_n_is_reproducible_and_uses_its_own_name_source(convs):
    assert generate_conversations("dev_n", 6) == convs[:6]
    assert generate_fairness("dev_n", 20) == generate_fairness("dev_n", 20)
    assert _kit("dev_n")[1] is NameSourceN
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"PERSON", "POSTCODE", "PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD", "STREET_ADDRESS", "EMAIL_ADDRESS",
            "CARD_EXPIRY", "CARD_CVV", "ACCOUNT_NUMBER", "NATIONAL_ID", "AUTH_CODE"} <= labels
    assert all(s.get("origin") in ORIGINS for c in convs for t in c["turns"] for s in t["spans"] if s["label"] == "PERSON")


def test_dev_n_caption_cues_and_csv_rows(convs):
    for conv in convs:
        assert 10 <= len(conv["turns"]) <= 36
        for turn in conv["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])
            if conv["style"] == "asr":
                cues = turn["text"].split("\n\n")
                assert all(_CUE.match(cue) and cue.count("\n") <= 3 for cue in cues), turn["text"]
                for s in turn["spans"]:  # a value never crosses a cue boundary
                    assert "\n\n" not in turn["text"][s["start"]:s["end"]]
            else:
                assert re.match(r'\d\d/\d\d/2026,\d{1,2}:\d\d [AP]M,[^,]+,[^,]*,".*"$', turn["text"], re.S), turn["text"]
    asr = " ".join(t["text"] for c in convs if c["style"] == "asr" for t in c["turns"])
    assert re.search(r"\b(sero|isa|dalawa|siyam)\b", asr) and re.search(r"\bdouble \w+", asr) and " --> " in asr
    assert any("\n" in t["text"][s["start"]:s["end"]] for c in convs for t in c["turns"] for s in t["spans"])
    chat = " ".join(t["text"] for c in convs if c["style"] == "chat" for t in c["turns"])
    assert "[Reply to: " in chat and "Sent from my iPhone" in chat


def test_dev_n_chat_senders_are_labelled(convs):
    for conv in (c for c in convs if c["style"] == "chat"):
        for turn in conv["turns"]:
            if turn["speaker"] == "customer":
                first = turn["spans"][0]
                assert first["label"] == "PERSON" and first["start"] == turn["text"].index(",", 11) + 1  # after date, time


def test_dev_n_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_n", {"money", "time", "date", "span", "stamp", "helpline", "promo", "place"})


def test_dev_n_fairness_is_balanced_over_the_origin_groups():
    assert_fairness_balanced("dev_n", ORIGINS)


@pytest.mark.parametrize("origin", ORIGINS)
def test_dev_n_name_tables(origin):
    t = tables()[origin]
    assert len(t["surnames"]) >= 30 and len(t["male"] + t["female"]) >= 45
    for name in sum(t.values(), ()):
        assert all(c.isalpha() or c in "'- " for c in name) and name[-1].isalpha(), name


def test_dev_n_shares_no_template_with_any_other_family():
    assert_shares_no_template("dev_n", T)


def test_dev_n_check_digits_and_shapes():
    rng = random.Random(5)
    for _ in range(100):
        assert luhn.is_valid(K.card(rng))
        assert re.fullmatch(r"[1-9]\d{8}00[0-2]", K.tin(rng)) and re.fullmatch(r"\d{10}", K.sss(rng))
        assert re.fullmatch(r"\d{12}", K.philhealth(rng)) and re.fullmatch(r"[1-9]\d{15}", K.psn(rng))
        bank, acct = K.bank_account(rng)
        assert len(acct) == (12 if bank in ("BDO", "Metrobank", "UnionBank") else 10)
        city = rng.choice(sorted(K.CITIES))
        assert re.fullmatch(r"\d{4}", K.address(city, rng)[3])


def test_dev_n_phones_are_valid_philippine_mobiles():
    phonenumbers = pytest.importorskip("phonenumbers")
    rng = random.Random(6)
    for _ in range(200):
        number = phonenumbers.parse(K.phone(rng), "PH")
        assert phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE


def test_dev_n_speech_numbers():
    rng = random.Random(0)
    assert K.spoken_digits(["0917"], rng, "numerals") == "0917"
    assert K.spoken_digits(["0917"], rng, "tagalog") == "sero siyam isa pito"
    assert K.year_words(1988) == "nineteen eighty-eight" and K.year_words(2003) == "two thousand three"
    assert K.spoken_digits(["5551"], random.Random(1), "english") in ("triple five one", "double five five one",
                                                                      "five double five one", "five five five one")


def test_dev_n_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_n.jsonl")[:40] == generate_conversations("dev_n", 80)[:40]
    assert read_jsonl(DATA_DIR / "fairness_dev_n.jsonl")[:80] == generate_fairness("dev_n", 800)[:80]
