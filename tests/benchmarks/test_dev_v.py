"""The ``dev_v`` family: reproducible, its own name source and six origin groups (Senegalese, francophone
Senegalese, Ethiopian / Eritrean, African-American, English-word given names, an English reference), every label it promises, unlabelled
look-alikes, lower-case ASR turns without punctuation, gold spans equal to their generated values, the name forms
it promises, valid home-country phones, no template shared with any other family."""
import random
import re

import phonenumbers
import pytest

from benchmarks import _templates_dev_v as T
from benchmarks._names_dev_v import ORIGINS, NameSourceV, tables
from benchmarks._profile_dev_v import home_phone
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_shares_no_template, assert_fairness_balanced, assert_lookalikes_never_gold


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_v", 40)


def test_dev_v_is_reproducible_and_uses_its_own_name_source(convs):
    assert generate_conversations("dev_v", 6) == convs[:6]
    assert generate_fairness("dev_v", 20) == generate_fairness("dev_v", 20)
    assert _kit("dev_v")[1] is NameSourceV
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"PERSON", "PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD", "STREET_ADDRESS", "EMAIL_ADDRESS", "CARD_EXPIRY",
            "ACCOUNT_NUMBER", "AUTH_CODE", "POSTCODE", "ZIP_CODE"} <= labels
    assert all(s.get("origin") in ORIGINS for c in convs for t in c["turns"] for s in t["spans"] if s["label"] == "PERSON")


def test_dev_v_asr_turns_are_lower_case_without_punctuation_digits_or_accents(convs):
    for conv in convs:
        for turn in conv["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])
            if conv["style"] == "asr":
                text = turn["text"]
                assert text == text.lower() and not re.search(r"[,.?!;:\d]", text), text
                assert "  " not in text and text.isascii(), text


def test_dev_v_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_v", {"money", "date", "helpline", "order", "place", "venue", "product", "phrase"})


def test_dev_v_fairness_is_balanced_over_the_six_origin_groups():
    assert_fairness_balanced("dev_v", ORIGINS)
    assert len(ORIGINS) == 6 and T.FAIRNESS_ORIGINS == ORIGINS and "english" in ORIGINS


def test_dev_v_name_tables_and_forms():
    t = tables()
    assert {"Diop", "Ndiaye", "Sarr", "Mendy", "Diatta"} <= set(t["wolof"]["surnames"])
    assert {"Blessing", "Precious", "Memory", "Gift", "Given"} <= set(t["word"]["female"] + t["word"]["male"])
    assert {"Deshawn", "Latoya", "Jamarcus"} <= {n for k in ("male", "female") for n, _ in t["african_american"][k]}
    assert len(t["surnames_en"]) > 1000 and "Smith" in t["surnames_en"]
    names = NameSourceV(5)
    people = {o: [names.name(o) for _ in range(300)] for o in ORIGINS}
    wolof = [p.full for p in people["wolof"]]
    assert any(re.match(r"(Ndeye|Mame|Adja|Adjaratou|Pape|Serigne|El Hadji) ", n) for n in wolof)
    assert any(len(n.split()) >= 4 for n in wolof) and any(p.surname_first for p in people["wolof"])
    assert any(re.fullmatch(r"(Jean|Marie)-\w+ \w+", p.full) for p in people["francophone"])
    assert any(re.match(r"(De|La|Ja|Da)[A-Z]", p.given) for p in people["african_american"])
    assert all(p.style.startswith("word") for p in people["word_given"])
    habesha = [p.full for p in people["habesha"]]
    assert any(len(n.split()) == 3 for n in habesha) and any(re.search(r"\b(Gebre|Welde|Haile|Tekle)[ -]?[A-Z]", n) for n in habesha)
    assert {"Tesfaye", "Tigist", "Dawit"} <= {r[0] for k in ("male", "female") for r in t["habesha"][k]}
    assert all(p.style.startswith("english") for p in people["english"])
    assert {p.country for p in people["wolof"]} >= {"SN", "US"} and "ZM" in {p.country for p in people["word_given"]}


def test_dev_v_home_phones_are_valid_numbers():
    rng = random.Random(7)
    for country in ("SN", "ZM", "ET"):
        for _ in range(200):
            assert phonenumbers.is_valid_number(phonenumbers.parse(home_phone(rng, country), country))


def test_dev_v_gold_spans_hold_their_generated_values():
    from benchmarks._assemble_dev_v import render_turn
    from benchmarks._profile_dev_v import ProfileV

    profile = ProfileV.make(NameSourceV(1), "asr", random.Random(2), "wolof")
    text, spans, _ = render_turn("It's {NAME}, spelled {SPELT}, phone {TEL}.", profile, random.Random(3))
    assert all("_value" not in s for s in spans) and len(spans) == 3 and text.isascii()


def test_dev_v_shares_no_template_with_any_other_family():
    assert_shares_no_template("dev_v", T)


def test_dev_v_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_v.jsonl")[:20] == generate_conversations("dev_v", 80)[:20]
    assert read_jsonl(DATA_DIR / "fairness_dev_v.jsonl")[:60] == generate_fairness("dev_v", 816)[:60]
