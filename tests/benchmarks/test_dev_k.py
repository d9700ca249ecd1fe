"""The ``dev_k`` family: reproducible, its own name source and origin groups, every label it promises,
unlabelled look-alikes, cased and punctuated speech, chat messages in runs, check digits by hand, no
template shared with any other family."""
import random
import re

import pytest

from benchmarks import _speech_dev_k as S
from benchmarks import _templates_dev_k as T
from benchmarks import _values_dev_k as K
from benchmarks._names_dev_k import ORIGINS, NameSourceK, tables
from benchmarks._templates_values import luhn_valid
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_shares_no_template, assert_fairness_balanced, assert_lookalikes_never_gold


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_k", 80)


def test_dev_k_is_reproducible_and_uses_its_own_name_source(convs):
    assert generate_conversations("dev_k", 6) == convs[:6]
    assert generate_fairness("dev_k", 20) == generate_fairness("dev_k", 20)
    assert _kit("dev_k")[1] is NameSourceK
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"PERSON", "POSTCODE", "ZIP_CODE", "PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD", "STREET_ADDRESS",
            "EMAIL_ADDRESS", "CARD_EXPIRY", "CARD_CVV", "ACCOUNT_NUMBER", "NATIONAL_ID", "US_SSN"} <= labels


def test_dev_k_turns_and_styles(convs):
    runs = 0
    for conv in convs:
        assert 12 <= len(conv["turns"]) <= 30
        speakers = [t["speaker"] for t in conv["turns"]]
        same = sum(a == b for a, b in zip(speakers, speakers[1:]))
        if conv["style"] == "asr":
            assert not same  # one side's stages that meet are one spoken turn
        runs += same
        for turn in conv["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])
            if conv["style"] == "asr":
                assert "\n" not in turn["text"] and "||" not in turn["text"] and "  " not in turn["text"]
    asr_text = " ".join(t["text"] for c in convs if c["style"] == "asr" for t in c["turns"])
    assert re.search(r"[.?,]", asr_text) and re.search(r"\d", asr_text) and " as in " in asr_text
    assert runs > len(convs)  # chat customers send several short messages in a row


def test_dev_k_chat_has_forms_and_links_with_personal_data(convs):
    chat = [t for c in convs if c["style"] == "chat" for t in c["turns"]]
    assert any("\n" in t["text"] and len(t["spans"]) >= 3 for t in chat)
    linked = [t for t in chat if "http" in t["text"] and t["spans"]]
    assert linked and all(t["text"].index("http") < t["spans"][0]["start"] for t in linked)


def test_dev_k_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_k", {"money", "time", "appt", "duration"})


def test_dev_k_fairness_is_balanced_over_the_origin_groups():
    assert_fairness_balanced("dev_k", ORIGINS)


@pytest.mark.parametrize("origin", ORIGINS)
def test_dev_k_name_tables(origin):
    t = tables()[origin]
    assert len(t["surnames"]) >= 100 and len(t["male"] + t["female"] + t["given"]) >= 100
    for name in sum(t.values(), ()):
        assert name[0].isupper() and all(c.isalpha() or c in "'-" for c in name), name


def test_dev_k_shares_no_template_with_any_other_family():
    assert_shares_no_template("dev_k", T)


def test_dev_k_check_digits():
    rng = random.Random(5)
    for _ in range(50):
        assert luhn_valid("".join(K.card(rng)))
        dob = K.dob(rng)
        za = K.za_id(rng, dob)
        assert len(za) == 13 and luhn_valid(za) and za[:6] == f"{dob[2] % 100:02d}{dob[1]:02d}{dob[0]:02d}"
        tfn = K.national_id("au", rng, dob)[1]
        assert sum(int(c) * w for c, w in zip(tfn, (1, 4, 3, 7, 5, 8, 6, 9, 10))) % 11 == 0
        ird = K.ird(rng).zfill(9)
        r = sum(int(c) * w for c, w in zip(ird[:8], (3, 2, 7, 6, 5, 4, 3, 2))) % 11
        assert int(ird[8]) == (0 if r == 0 else 11 - r)


@pytest.mark.parametrize(("country", "shape"), [("uk", r"[A-Z]{1,2}\d{1,2}A? \d[A-Z]{2}"), ("us", r"\d{5}"),
                                                ("au", r"[2-7]\d{3}"), ("nz", r"\d{4}"), ("za", r"\d{4}")])
def test_dev_k_postcode_shapes(country, shape):
    rng = random.Random(4)
    for _ in range(100):
        assert re.fullmatch(shape, K.postcode(country, rng)[1])


@pytest.mark.parametrize(("country", "shape"), [("uk", r"07\d{9}"), ("us", r"[1-9]\d{2}[1-9]\d{6}"), ("au", r"04\d{8}"),
                                                ("nz", r"02[127]\d{7}"), ("za", r"0[678]\d{8}")])
def test_dev_k_phone_shapes(country, shape):
    rng = random.Random(6)
    for _ in range(100):
        assert re.fullmatch(shape, "".join(K.phone(country, rng)[1]))


def test_dev_k_speech_spells_with_as_in_words():
    assert S.spell("Lee", random.Random(0), as_in=0.0) == "L-E-E"
    assert S.num(61) == "sixty-one" and S.ordinal(23) == "23rd"


def test_dev_k_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_k.jsonl")[:40] == generate_conversations("dev_k", 300)[:40]
    assert read_jsonl(DATA_DIR / "fairness_dev_k.jsonl")[:80] == generate_fairness("dev_k", 2000)[:80]
