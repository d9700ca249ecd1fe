"""The ``dev_t`` family: reproducible, its own name source and five origin groups, every label it promises, unlabelled
look-alikes, lower-case ASR text inside Contact Lens / Genesys JSON, Zendesk comment JSON for chats (each export
parses as JSON once a conversation's turns are joined), gold spans equal to their generated values, valid phones and
ids, no template shared with any other family."""
import json
import random
import re

import pytest
from stdnum import luhn
from stdnum.ke import pin as ke_pin
from stdnum.za import idnr

from benchmarks import _templates_dev_t as T
from benchmarks._export_dev_t import escaped, json_utf8, mailto
from benchmarks._names_dev_t import ORIGINS, NameSourceT, tables
from benchmarks._profile_dev_t import card, national_id, phone
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_shares_no_template, assert_fairness_balanced, assert_lookalikes_never_gold


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_t", 40)


def test_dev_t_is_reproducible_and_uses_its_own_name_source(convs):
    assert generate_conversations("dev_t", 6) == convs[:6]
    assert generate_fairness("dev_t", 20) == generate_fairness("dev_t", 20)
    assert _kit("dev_t")[1] is NameSourceT
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"PERSON", "PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD", "STREET_ADDRESS", "EMAIL_ADDRESS", "CARD_EXPIRY",
            "ACCOUNT_NUMBER", "AUTH_CODE", "POSTCODE", "NATIONAL_ID"} <= labels
    assert all(s.get("origin") in ORIGINS for c in convs for t in c["turns"] for s in t["spans"] if s["label"] == "PERSON")


def test_dev_t_exports_are_json_and_spans_sit_in_them(convs):
    kinds = set()
    for conv in convs:
        for turn in conv["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])
        whole = json.loads("".join(t["text"] for t in conv["turns"]))
        kinds.add(next(iter(whole)))
        if conv["style"] == "asr":
            items = whole.get("Transcript") or whole["transcripts"][0]["phrases"]
            assert len(items) == len(conv["turns"])
            for item in items:
                said = item.get("Content", item.get("text"))
                assert said == said.lower() and not re.search(r"[,.?!;:\d]", said) and "  " not in said, said
            starts = [i.get("BeginOffsetMillis", i.get("startTimeMs")) for i in items]
            assert starts == sorted(starts)
        else:
            assert len(whole["comments"]) == len(conv["turns"]) and whole["count"] == len(conv["turns"])
            for comment in whole["comments"]:
                assert comment["body"] == comment["plain_body"] and comment["html_body"].startswith("<div class=\"zd-comment\"")
    assert kinds == {"AccountId", "organizationId", "comments"}


def test_dev_t_escapes_move_and_check_spans():
    turn = {"text": "it's \"a\" b@c.co\nok", "spans": [{"start": 9, "end": 15, "label": "EMAIL_ADDRESS", "value": "b@c.co"}],
            "distractors": []}
    out = escaped(turn, json_utf8)
    assert out["text"][out["spans"][0]["start"]:out["spans"][0]["end"]] == "b@c.co"
    linked = mailto(turn)
    assert [linked["text"][s["start"]:s["end"]] for s in linked["spans"]] == ["b@c.co", "b@c.co"]
    with pytest.raises(AssertionError):
        escaped(dict(turn, spans=[dict(turn["spans"][0], value="x@c.co")]), json_utf8)


def test_dev_t_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_t", {"money", "date", "helpline", "order", "place", "venue", "product", "phrase",
                                           "token", "stamp"})


def test_dev_t_fairness_is_balanced_over_the_five_origin_groups():
    assert_fairness_balanced("dev_t", ORIGINS)
    assert len(ORIGINS) == 5 and T.FAIRNESS_ORIGINS == ORIGINS


def test_dev_t_name_tables():
    t = tables()
    assert set(ORIGINS) <= set(t) and all(len(t[o]["surnames"]) >= 30 and len(t[o]["male"]) >= 30 for o in ORIGINS)
    names = NameSourceT(5)
    people = [names.name(o) for o in ORIGINS for _ in range(80)]
    assert any(p.surname_first for p in people) and any(len(p.full.split()) == 3 for p in people)


def test_dev_t_value_shapes():
    phonenumbers = pytest.importorskip("phonenumbers")
    rng = random.Random(3)
    for _ in range(100):
        assert luhn.is_valid(card(rng))
        for country in ("ZA", "KE", "GH", "UG", "TZ"):
            number = phonenumbers.parse(phone(rng, country), country)
            assert phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == country
        dob = (rng.randint(1952, 2004), rng.randint(1, 12), rng.randint(1, 28))
        assert idnr.is_valid(national_id(rng, "ZA", dob, True))
        assert ke_pin.is_valid(national_id(rng, "KE", dob, False))
        assert re.fullmatch(r"GHA-\d{9}-\d", national_id(rng, "GH", dob, True))
        assert re.fullmatch(r"C[MF]\d{5}\d{3}[A-Z]{4}", national_id(rng, "UG", dob, False))
        assert re.fullmatch(r"\d{8}-\d{5}-\d{5}-\d{2}", national_id(rng, "TZ", dob, True))


def test_dev_t_shares_no_template_with_any_other_family():
    assert_shares_no_template("dev_t", T)


def test_dev_t_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_t.jsonl")[:20] == generate_conversations("dev_t", 80)[:20]
    assert read_jsonl(DATA_DIR / "fairness_dev_t.jsonl")[:60] == generate_fairness("dev_t", 800)[:60]
