"""The ``dev_o`` family: reproducible, its own name source and origin groups, every label it promises, unlabelled
look-alikes, WebVTT exports and e-mail threads with quoted copies, Singapore / Malaysia number shapes, no template
shared with any other family."""
import random
import re

import pytest
from stdnum import luhn
from stdnum.my import nric as mykad

from benchmarks import _templates_dev_o as T
from benchmarks import _values_dev_o as K
from benchmarks._names_dev_o import ORIGINS, NameSourceO, tables
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_shares_no_template, assert_fairness_balanced, assert_lookalikes_never_gold

_CUE = re.compile(r"\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}\n<v [^>]+>")


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_o", 40)


def test_dev_o_is_reproducible_and_uses_its_own_name_source(convs):
    assert generate_conversations("dev_o", 6) == convs[:6]
    assert generate_fairness("dev_o", 18) == generate_fairness("dev_o", 18)
    assert _kit("dev_o")[1] is NameSourceO
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"PERSON", "POSTCODE", "PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD", "STREET_ADDRESS", "EMAIL_ADDRESS",
            "CARD_EXPIRY", "ACCOUNT_NUMBER", "NATIONAL_ID", "AUTH_CODE"} <= labels
    assert all(s.get("origin") in ORIGINS for c in convs for t in c["turns"] for s in t["spans"] if s["label"] == "PERSON")


def test_dev_o_webvtt_cues_and_email_threads(convs):
    for conv in convs:
        turns = conv["turns"]
        for turn in turns:
            verify(turn["text"], turn["spans"] + turn["distractors"])
        if conv["style"] == "asr":
            assert turns[0]["text"].startswith("WEBVTT") and 10 <= len(turns) <= 36
            for turn in turns:
                body = turn["text"].split("\n\n", 1)[1] if turn is turns[0] else turn["text"]
                body = re.sub(r"^(Kind|Language): .*\n", "", body, flags=re.M).lstrip("\n")
                assert all(_CUE.match(cue) for cue in body.split("\n\n")), turn["text"]
                assert all("\n\n" not in turn["text"][s["start"]:s["end"]] for s in turn["spans"])
        else:
            assert 4 <= len(turns) <= 12
            for i, turn in enumerate(turns):
                assert re.match(r"From: .+\nSent: .+\nTo: .+\nSubject: .+\n\n", turn["text"]), turn["text"][:200]
                if i:
                    assert " wrote:\n> " in turn["text"]
                    quoted = turn["text"].split(" wrote:\n", 1)[1]
                    start = len(turn["text"]) - len(quoted)
                    assert any(s["start"] >= start for s in turn["spans"])  # the quoted copy is labelled


def test_dev_o_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_o", {"money", "time", "date", "span", "stamp", "helpline", "order"})


def test_dev_o_fairness_is_balanced_over_the_origin_groups():
    assert_fairness_balanced("dev_o", ORIGINS)


def test_dev_o_name_tables():
    t = tables()
    assert len(t["chinese_surnames"]) >= 80 and len(t["malay_fathers"]) >= 60 and len(t["indian_fathers"]) >= 30
    for key in ("chinese_male", "chinese_female", "malay_male", "malay_female", "indian_male", "indian_female"):
        assert len(t[key]) >= 20, key
    names = NameSourceO(3)
    assert re.fullmatch(r"[A-Z][\w' ]+ (bin|binti|binte|bt|b\.) [A-Z][\w']+", names.name("malay").full)
    assert re.fullmatch(r"[A-Z]\w+ (s/o|d/o|a/l|a/p) [A-Z]\w+", names.name("indian").full)


def test_dev_o_shares_no_template_with_any_other_family():
    assert_shares_no_template("dev_o", T)


def test_dev_o_check_letters_and_shapes():
    rng = random.Random(5)
    assert K.nric_check("S", "1234567") == "D" and K.nric_check("T", "1234567") == "J"
    assert K.nric_check("F", "1234567") == "N" and K.nric_check("G", "1234567") == "X"
    for _ in range(100):
        assert luhn.is_valid(K.card(rng))
        assert re.fullmatch(r"[STFG]\d{7}[A-Z]", K.nric(rng, rng.randint(1960, 2004)))
        assert mykad.is_valid(K.mykad(rng, K.dob(rng)))
        street, unit, post = K.sg_address(rng)
        assert re.fullmatch(r"\d{6}", post) and post.endswith(re.search(r"\d+", street).group(0))
        assert re.fullmatch(r"\d{5}", K.my_address(rng)[1])


def test_dev_o_phones_are_valid_mobiles():
    phonenumbers = pytest.importorskip("phonenumbers")
    rng = random.Random(6)
    for _ in range(200):
        for number, region in ((K.sg_mobile(rng), "SG"), (K.my_mobile(rng), "MY")):
            parsed = phonenumbers.parse(number, region)
            assert phonenumbers.is_valid_number(parsed), number
            assert phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE, number


def test_dev_o_speech_numbers():
    assert K.spoken_digits(["8123"], random.Random(0), local=False) == "eight one two three"
    assert K.year_words(1988) == "nineteen eighty-eight" and K.year_words(2004) == "two thousand and four"
    assert K.spoken_digits(["5551"], random.Random(1), True) in ("triple five one", "double five five one",
                                                                "five double five one", "five five five one")


def test_dev_o_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_o.jsonl")[:20] == generate_conversations("dev_o", 80)[:20]
    assert read_jsonl(DATA_DIR / "fairness_dev_o.jsonl")[:60] == generate_fairness("dev_o", 810)[:60]
