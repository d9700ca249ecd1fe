"""The ``dev_u`` family: reproducible, its own name source and six origin groups (five East Asian, one English
reference), every label it promises, unlabelled look-alikes, lower-case ASR turns without punctuation, gold spans
equal to their generated values, the name forms it promises, no template shared with any other family."""
import random
import re

import pytest

from benchmarks import _templates_dev_u as T
from benchmarks._build_names_dev_u import mccune, split_pinyin, wade_giles
from benchmarks._names_dev_u import ORIGINS, NameSourceU, tables
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_shares_no_template, assert_fairness_balanced, assert_lookalikes_never_gold


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_u", 40)


def test_dev_u_is_reproducible_and_uses_its_own_name_source(convs):
    assert generate_conversations("dev_u", 6) == convs[:6]
    assert generate_fairness("dev_u", 20) == generate_fairness("dev_u", 20)
    assert _kit("dev_u")[1] is NameSourceU
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"PERSON", "PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD", "STREET_ADDRESS", "EMAIL_ADDRESS", "CARD_EXPIRY",
            "ACCOUNT_NUMBER", "AUTH_CODE", "POSTCODE", "ZIP_CODE"} <= labels
    assert all(s.get("origin") in ORIGINS for c in convs for t in c["turns"] for s in t["spans"] if s["label"] == "PERSON")


def test_dev_u_asr_turns_are_lower_case_without_punctuation_or_digits(convs):
    for conv in convs:
        for turn in conv["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])
            if conv["style"] == "asr":
                assert turn["text"] == turn["text"].lower() and not re.search(r"[,.?!;:\d]", turn["text"]), turn["text"]
                assert "  " not in turn["text"]


def test_dev_u_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_u", {"money", "date", "helpline", "order", "place", "venue", "product", "phrase"})


def test_dev_u_fairness_is_balanced_over_the_six_origin_groups():
    assert_fairness_balanced("dev_u", ORIGINS)
    assert len(ORIGINS) == 6 and T.FAIRNESS_ORIGINS == ORIGINS and "english" in ORIGINS


def test_dev_u_romanisation_rules():
    assert [mccune(s) for s in "박서연"] == ["pak", "so", "yon"] and mccune("시") == "shi"
    assert split_pinyin("Yinuo", 2) == ["yi", "nuo"] and split_pinyin("Jianguo", 2) == ["jian", "guo"]
    assert [wade_giles(s) for s in ("xie", "zhang", "cai", "jia", "xin", "zhong", "zi", "shi", "guo", "ye")] == \
        ["hsieh", "chang", "tsai", "chia", "hsin", "chung", "tzu", "shih", "kuo", "yeh"]


def test_dev_u_name_tables_and_forms():
    t = tables()
    assert {g: len(t[g]["surnames"]) >= 60 for g in ORIGINS} == {g: True for g in ORIGINS}
    assert {"kim", "lee", "park"} <= {r[2] for r in t["korean"]["surnames"]}
    assert {"hsieh", "tsai", "chang"} <= {r[2][0] for r in t["taiwanese"]["surnames"]}
    assert {"chan", "wong", "cheung"} <= {x for r in t["cantonese"]["surnames"] for x in r[2][0]}
    names = NameSourceU(5)
    people = {o: [names.name(o) for _ in range(200)] for o in ORIGINS}
    assert any(re.fullmatch(r"\w+ (Thi|Van) \w+", p.full) for p in people["vietnamese"])
    assert any(p.surname_first for p in people["korean"]) and any("-" in p.given for p in people["korean"])
    assert any(len(p.given) >= 6 and " " not in p.given and "-" not in p.given for p in people["korean"])
    assert any(re.fullmatch(r"[A-Z]\w+ [A-Z]\w+ \w+ \w+", p.full) for p in people["cantonese"])  # Kevin Chan Wai Man
    assert any(re.fullmatch(r"\w+-\w+ \w+", p.full) for p in people["taiwanese"])
    assert any(re.fullmatch(r"\w+ Ah \w+", p.full) for p in people["hokkien"])
    assert {"tan", "lim", "ng"} <= {x for r in t["hokkien"]["surnames"] for x in r[2][0]}
    assert all(p.style.startswith("english") for p in people["english"])


def test_dev_u_gold_spans_hold_their_generated_values():
    from benchmarks._assemble_dev_u import render_turn
    from benchmarks._profile_dev_u import ProfileU

    profile = ProfileU.make(NameSourceU(1), "asr", random.Random(2))
    text, spans, _ = render_turn("It's {NAME}, spelled {SPELT}, phone {TEL}.", profile, random.Random(3))
    assert all("_value" not in s for s in spans) and len(spans) == 3


def test_dev_u_shares_no_template_with_any_other_family():
    assert_shares_no_template("dev_u", T)


def test_dev_u_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_u.jsonl")[:20] == generate_conversations("dev_u", 80)[:20]
    assert read_jsonl(DATA_DIR / "fairness_dev_u.jsonl")[:60] == generate_fairness("dev_u", 816)[:60]
