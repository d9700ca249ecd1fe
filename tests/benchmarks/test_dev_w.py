"""The ``dev_w`` family: reproducible, its own name source and six origin groups (mainland Chinese two-syllable and
one-syllable given names, Japanese, Korean, English given names with East Asian surnames, an English reference),
every label it promises, unlabelled look-alikes, lower-case ASR turns without punctuation, gold spans equal to their
generated values, the name forms it promises, no template shared with any other family."""
import random
import re

import pytest

from benchmarks import _templates_dev_w as T
from benchmarks._build_names_dev_w import hiragana_to_wapuro, wapuro_to_hepburn
from benchmarks._names_dev_w import ORIGINS, NameSourceW, tables
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_shares_no_template, assert_fairness_balanced, assert_lookalikes_never_gold


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_w", 40)


def test_dev_w_is_reproducible_and_uses_its_own_name_source(convs):
    assert generate_conversations("dev_w", 6) == convs[:6]
    assert generate_fairness("dev_w", 20) == generate_fairness("dev_w", 20)
    assert _kit("dev_w")[1] is NameSourceW
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"PERSON", "PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD", "STREET_ADDRESS", "EMAIL_ADDRESS", "CARD_EXPIRY",
            "ACCOUNT_NUMBER", "AUTH_CODE", "POSTCODE", "ZIP_CODE"} <= labels
    assert all(s.get("origin") in ORIGINS for c in convs for t in c["turns"] for s in t["spans"] if s["label"] == "PERSON")


def test_dev_w_asr_turns_are_lower_case_without_punctuation_or_digits(convs):
    for conv in convs:
        for turn in conv["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])
            if conv["style"] == "asr":
                text = turn["text"]
                assert text == text.lower() and not re.search(r"[,.?!;:\d-]", text), text
                assert "  " not in text and text.isascii(), text


def test_dev_w_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_w", {"money", "date", "helpline", "order", "place", "venue", "product", "phrase"})


def test_dev_w_fairness_is_balanced_over_the_six_origin_groups():
    assert_fairness_balanced("dev_w", ORIGINS)
    assert len(ORIGINS) == 6 and T.FAIRNESS_ORIGINS == ORIGINS and "english" in ORIGINS


def test_dev_w_romanization_rules():
    assert hiragana_to_wapuro("さとう") == "satou" and wapuro_to_hepburn("satou") == "sato"
    assert wapuro_to_hepburn(hiragana_to_wapuro("いのうえ")) == "inoue"  # u + e, no long vowel
    assert wapuro_to_hepburn(hiragana_to_wapuro("ゆうき")) == "yuki"
    assert hiragana_to_wapuro("しょうた") == "shouta" and hiragana_to_wapuro("はっとり") == "hattori"
    assert hiragana_to_wapuro("きょうこ") == "kyouko" and hiragana_to_wapuro("じゅん") == "jun"


def test_dev_w_name_tables_and_forms():
    t = tables()
    assert {"li", "wang", "zhang", "liu", "chen"} <= {s for s, _ in t["mandarin"]["surnames"]}
    assert {"ouyang", "sima", "zhuge"} <= set(t["mandarin"]["compound"])
    assert ["Sato", "Satou"] in t["japanese"]["surnames"] and len(t["japanese"]["male"]) > 500
    assert {"Kim", "Lee", "Park", "Choi"} <= set(t["korean"]["family_names"])
    assert {"Kevin", "Grace", "Michael"} <= set(t["english"]["male"] + t["english"]["female"])
    assert "Smith" in t["english"]["surnames"] and not {"Lee", "Kim", "Chan", "Garcia"} & set(t["english"]["surnames"])
    names = NameSourceW(5)
    people = {o: [names.name(o) for _ in range(300)] for o in ORIGINS}
    given = [p.given for p in people["mandarin"]]
    assert any(re.fullmatch(r"[A-Z][a-z]+", g) for g in given) and any(" " in g for g in given) and any("-" in g for g in given)
    assert any(p.surname_first for p in people["mandarin"]) and any(not p.surname_first for p in people["mandarin"])
    assert all(len(p.given.split()) == 1 and "-" not in p.given for p in people["mandarin_short"])
    assert any(p.surname.lower() in t["mandarin"]["compound"] for p in people["mandarin_short"])
    assert any(re.search(r"(ou|uu|oh)", p.full) for p in people["japanese"]) and any(p.surname_first for p in people["japanese"])
    assert any(re.fullmatch(r"[A-Z][a-z]+-[a-z]+", p.given) for p in people["korean"])
    assert any(p.style == "english_asian_middle" for p in people["anglo_asian"])
    assert all(p.style.startswith("english") for p in people["english"])
    assert any(p.syllables for p in people["mandarin"] + people["korean"])


def test_dev_w_asr_prints_joined_given_names_by_syllable_now_and_then():
    from benchmarks._profile_dev_w import ProfileW

    rng, names, split = random.Random(4), NameSourceW(2), 0
    for _ in range(200):
        p = ProfileW.make(names, "asr", rng, "mandarin")
        p.speaker = "customer"
        if p.customer.syllables:
            spaced = p.customer.syllables[0][1]
            split += f" {spaced} " in f" {p.person('NAME')} "
    assert split > 10


def test_dev_w_gold_spans_hold_their_generated_values():
    from benchmarks._assemble_dev_w import render_turn
    from benchmarks._profile_dev_w import ProfileW

    profile = ProfileW.make(NameSourceW(1), "asr", random.Random(2), "korean")
    text, spans, _ = render_turn("It's {NAME}, spelled {SPELT}, phone {TEL}.", profile, random.Random(3))
    assert all("_value" not in s for s in spans) and len(spans) == 3 and text.isascii()


def test_dev_w_shares_no_template_with_any_other_family():
    assert_shares_no_template("dev_w", T)


def test_dev_w_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_w.jsonl")[:20] == generate_conversations("dev_w", 80)[:20]
    assert read_jsonl(DATA_DIR / "fairness_dev_w.jsonl")[:60] == generate_fairness("dev_w", 816)[:60]
