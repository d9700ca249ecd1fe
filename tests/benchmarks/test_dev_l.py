"""The ``dev_l`` family: reproducible, its own name source and origin groups, every label it promises,
unlabelled look-alikes, raw telephony speech, pasted e-mails and forms in chat, check digits by hand, no
template shared with any other family."""
import random
import re

import pytest
from stdnum import iban, luhn, verhoeff

from benchmarks import _speech_dev_l as S
from benchmarks import _templates_dev_l as T
from benchmarks import _values_dev_l as K
from benchmarks._names_dev_l import ORIGINS, NameSourceL, tables
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_shares_no_template, assert_fairness_balanced, assert_lookalikes_never_gold


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_l", 80)


def test_dev_l_is_reproducible_and_uses_its_own_name_source(convs):
    assert generate_conversations("dev_l", 6) == convs[:6]
    assert generate_fairness("dev_l", 20) == generate_fairness("dev_l", 20)
    assert _kit("dev_l")[1] is NameSourceL
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"PERSON", "POSTCODE", "ZIP_CODE", "PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD", "STREET_ADDRESS",
            "EMAIL_ADDRESS", "CARD_EXPIRY", "CARD_CVV", "ACCOUNT_NUMBER", "NATIONAL_ID", "US_SSN", "AUTH_CODE",
            "IBAN_CODE"} <= labels


def test_dev_l_turns_and_styles(convs):
    for conv in convs:
        assert 12 <= len(conv["turns"]) <= 30
        speakers = [t["speaker"] for t in conv["turns"]]
        if conv["style"] == "asr":
            assert all(a != b for a, b in zip(speakers, speakers[1:]))  # one side's stages that meet are one turn
        for turn in conv["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])
            if conv["style"] == "asr":
                assert "\n" not in turn["text"] and "  " not in turn["text"]
                assert not re.search(r"[,.?!;:]", turn["text"]), turn["text"]
    asr_text = " ".join(t["text"] for c in convs if c["style"] == "asr" for t in c["turns"])
    assert "<unk>" in asr_text and "[inaudible]" in asr_text and "mm-hmm" in asr_text
    assert re.search(r"\b(no sorry|no wait|sorry i mean|no no|actually)\b", asr_text)


def test_dev_l_chat_has_threads_forms_and_signatures(convs):
    chat = [t for c in convs if c["style"] == "chat" for t in c["turns"]]
    assert any("\n" in t["text"] and len(t["spans"]) >= 3 for t in chat)
    assert any(t["text"].startswith("> On ") or "\n> On " in t["text"] for t in chat)
    assert any(" = " in t["text"] and t["spans"] for t in chat) and any("| Name |" in t["text"] for t in chat)


def test_dev_l_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_l", {"money", "time", "date", "qty", "model", "word"})


def test_dev_l_fairness_is_balanced_over_the_origin_groups():
    assert_fairness_balanced("dev_l", ORIGINS)


@pytest.mark.parametrize("origin", ORIGINS)
def test_dev_l_name_tables(origin):
    t = tables()[origin]
    assert len(t["surnames"]) >= 30 and len(t["male"] + t["female"]) >= 100
    for name in sum(t.values(), ()):
        assert name[0].isupper() and all(c.isalpha() or c in "'-" for c in name), name


def test_dev_l_shares_no_template_with_any_other_family():
    assert_shares_no_template("dev_l", T)


def test_dev_l_check_digits():
    rng = random.Random(5)
    for _ in range(50):
        assert luhn.is_valid("".join(K.card(rng))) and luhn.is_valid(K.sin(rng))
        assert verhoeff.is_valid(K.aadhaar(rng)) and iban.is_valid(K.ie_iban(rng))
        pps = K.pps(rng)
        assert pps[7] == "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(c) * w for c, w in zip(pps[:7], range(8, 1, -1))) % 23]
        aba = K.aba(rng)
        assert sum(int(c) * w for c, w in zip(aba, (3, 7, 1) * 3)) % 10 == 0
        assert re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", K.nino(rng))
        ssn = K.ssn(rng)
        assert ssn[:3] not in ("000", "666") and ssn[:1] != "9" and ssn[3:5] != "00" and ssn[5:] != "0000"


@pytest.mark.parametrize(("country", "shape"), [("us", r"\d{5}"), ("ca", r"[A-Z]\d[A-Z] \d[A-Z]\d"), ("in", r"[1-8]\d{5}"),
                                                ("ie", r"[A-Z]\d{2} [0-9ACDEFHKNPRTVWXY]{4}"), ("sc", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}")])
def test_dev_l_postcode_shapes(country, shape):
    rng = random.Random(4)
    for _ in range(100):
        assert re.fullmatch(shape, K.postcode(country, rng))


@pytest.mark.parametrize(("country", "region"), [("us", "US"), ("ca", "CA"), ("in", "IN"), ("ie", "IE"), ("sc", "GB")])
def test_dev_l_phones_are_valid_numbers(country, region):
    phonenumbers = pytest.importorskip("phonenumbers")
    rng = random.Random(6)
    for _ in range(100):
        assert phonenumbers.is_valid_number(phonenumbers.parse("".join(K.phone(country, rng)), region))


def test_dev_l_speech_numbers():
    rng = random.Random(0)
    assert S.year(1987, rng) == "nineteen eighty seven" and S.year(1905, rng) == "nineteen oh five"
    assert S.ordinal(23) == "twenty third" and S.ordinal(12) == "twelfth" and S.ordinal(30) == "thirtieth"
    assert S.num(2005) == "two thousand and five" and S.num(120) == "one hundred and twenty"
    assert S.digits(["777"], random.Random(1), "digits") == "7 7 7"
    assert S.spell("Ross", random.Random(2)).endswith("double s")


def test_dev_l_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_l.jsonl")[:40] == generate_conversations("dev_l", 200)[:40]
    assert read_jsonl(DATA_DIR / "fairness_dev_l.jsonl")[:80] == generate_fairness("dev_l", 1500)[:80]
