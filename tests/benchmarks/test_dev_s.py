"""The ``dev_s`` family: reproducible, its own name source and five origin groups, every label it promises, unlabelled
look-alikes, lower-case ASR turns without punctuation, gold spans equal to their generated values, no template
shared with any other family."""
import random
import re

import pytest
from stdnum import luhn

from benchmarks import _templates_dev_s as T
from benchmarks._names_dev_s import ORIGINS, NameSourceS, tables
from benchmarks._profile_dev_s import card, phone, postcode, spoken_digits
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_shares_no_template, assert_fairness_balanced, assert_lookalikes_never_gold


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_s", 40)


def test_dev_s_is_reproducible_and_uses_its_own_name_source(convs):
    assert generate_conversations("dev_s", 6) == convs[:6]
    assert generate_fairness("dev_s", 20) == generate_fairness("dev_s", 20)
    assert _kit("dev_s")[1] is NameSourceS
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"PERSON", "PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD", "STREET_ADDRESS", "EMAIL_ADDRESS", "CARD_EXPIRY",
            "ACCOUNT_NUMBER", "AUTH_CODE", "POSTCODE", "ZIP_CODE"} <= labels
    assert all(s.get("origin") in ORIGINS for c in convs for t in c["turns"] for s in t["spans"] if s["label"] == "PERSON")


def test_dev_s_asr_turns_are_lower_case_without_punctuation_or_digits(convs):
    for conv in convs:
        for turn in conv["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])
            if conv["style"] == "asr":
                assert turn["text"] == turn["text"].lower() and not re.search(r"[,.?!;:\d]", turn["text"]), turn["text"]
                assert "  " not in turn["text"]


def test_dev_s_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_s", {"money", "date", "helpline", "order", "place", "venue", "product", "phrase"})


def test_dev_s_fairness_is_balanced_over_the_five_origin_groups():
    assert_fairness_balanced("dev_s", ORIGINS)
    assert len(ORIGINS) == 5 and T.FAIRNESS_ORIGINS == ORIGINS


def test_dev_s_name_tables_and_orders():
    t = tables()
    assert len(t["japanese_surnames"]) >= 300 and len(t["japanese_male"]) >= 300 and len(t["japanese_female"]) >= 200
    assert {"chan", "wong", "ng", "cheung"} <= set(t["chinese_cantonese_surnames"])
    assert {"hsu", "chiang"} <= set(t["chinese_taiwanese_surnames"])
    assert {"kim", "lee", "park", "pak"} <= set(t["korean_surnames"])
    assert {"nguyen", "tran", "le", "pham", "vo", "do"} <= set(t["vietnamese_surnames"])
    names = NameSourceS(5)
    people = [names.name(o) for o in ORIGINS for _ in range(80)]
    assert any(p.surname_first for p in people if p.origin == "korean")
    assert any(re.fullmatch(r"\w+ (Thi|Van) \w+", p.full) for p in people if p.origin == "vietnamese")
    assert any("-" in p.given for p in people if p.origin == "korean")


def test_dev_s_value_shapes():
    rng = random.Random(3)
    phonenumbers = pytest.importorskip("phonenumbers")
    for _ in range(100):
        assert luhn.is_valid(card(rng))
        for country, region in (("US", "US"), ("CA", "CA"), ("UK", "GB"), ("AU", "AU")):
            number = phonenumbers.parse(phone(rng, country), region)
            assert phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region
    assert re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", postcode(rng, "UK"))
    assert re.fullmatch(r"[A-Z]\d[A-Z] \d[A-Z]\d", postcode(rng, "CA"))
    assert spoken_digits("0770", random.Random(1), True) in ("zero double seven zero", "oh double seven oh",
                                                           "zero seven seven zero", "oh seven seven oh")


def test_dev_s_gold_spans_hold_their_generated_values():
    from benchmarks._assemble_dev_s import render_turn
    from benchmarks._staged_assembly import check as _check
    from benchmarks._profile_dev_s import ProfileS

    _check("hi ng wai", [{"start": 3, "end": 9, "_value": "ng wai"}])
    with pytest.raises(AssertionError):
        _check("hi ng wai", [{"start": 3, "end": 8, "_value": "ng wai"}])
    profile = ProfileS.make(NameSourceS(1), "asr", random.Random(2))
    text, spans, _ = render_turn("My name is, uh, {NAME}, phone {TEL}.", profile, random.Random(3))
    assert all("_value" not in s for s in spans)


def test_dev_s_shares_no_template_with_any_other_family():
    assert_shares_no_template("dev_s", T)


def test_dev_s_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_s.jsonl")[:20] == generate_conversations("dev_s", 80)[:20]
    assert read_jsonl(DATA_DIR / "fairness_dev_s.jsonl")[:60] == generate_fairness("dev_s", 810)[:60]
