"""The ``dev_p`` family: reproducible, its own name source and origin groups, every label it promises, unlabelled
look-alikes, JSON segment exports and HTML ticket threads with quoted copies, Gulf / Egypt / Jordan number shapes,
no template shared with any other family."""
import json
import random
import re

import pytest
from stdnum import iban, luhn

from benchmarks import _templates_dev_p as T
from benchmarks import _values_dev_p as K
from benchmarks._build_names_dev_p import arabizi
from benchmarks._names_dev_p import ORIGINS, NameSourceP, tables
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_shares_no_template, assert_fairness_balanced, assert_lookalikes_never_gold


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_p", 40)


def test_dev_p_is_reproducible_and_uses_its_own_name_source(convs):
    assert generate_conversations("dev_p", 6) == convs[:6]
    assert generate_fairness("dev_p", 18) == generate_fairness("dev_p", 18)
    assert _kit("dev_p")[1] is NameSourceP
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"PERSON", "POSTCODE", "PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD", "STREET_ADDRESS", "EMAIL_ADDRESS",
            "CARD_EXPIRY", "ACCOUNT_NUMBER", "NATIONAL_ID", "AUTH_CODE", "IBAN_CODE"} <= labels
    assert all(s.get("origin") in ORIGINS for c in convs for t in c["turns"] for s in t["spans"] if s["label"] == "PERSON")


def test_dev_p_json_segments_and_html_tickets(convs):
    for conv in convs:
        turns = conv["turns"]
        for turn in turns:
            verify(turn["text"], turn["spans"] + turn["distractors"])
        if conv["style"] == "asr":
            assert 10 <= len(turns) <= 36
            whole = json.loads(",\n".join(t["text"] for t in turns))  # the export, flattened one turn per record
            segs = whole.get("Transcript") or whole.get("phrases")
            assert len(segs) >= len(turns)
            for turn in turns:
                assert all('"' not in turn["text"][s["start"]:s["end"]] for s in turn["spans"])
        else:
            assert 4 <= len(turns) <= 12
            assert turns[0]["text"].startswith("<h2>Ticket #")
            for i, turn in enumerate(turns):
                assert '<div class="comment">' in turn["text"] and turn["text"].endswith("</div>")
                mails = [s for s in turn["spans"] if s["label"] == "EMAIL_ADDRESS"]
                assert any(turn["text"][s["start"] - 7:s["start"]] == "mailto:" for s in mails) or not mails
                if i:
                    quoted = turn["text"].split("<blockquote", 1)[1]
                    start = len(turn["text"]) - len(quoted)
                    assert any(s["start"] >= start for s in turn["spans"])  # the quoted copy is labelled


def test_dev_p_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_p", {"money", "date", "span", "stamp", "helpline", "order"})


def test_dev_p_fairness_is_balanced_over_the_origin_groups():
    assert_fairness_balanced("dev_p", ORIGINS)


def test_dev_p_name_tables():
    t = tables()
    assert len(t["arab_family"]) >= 200 and len(t["arab_gulf_family"]) >= 100 and len(t["pakistani_family"]) >= 100
    for key in ("arab_male", "arab_female", "pakistani_male", "pakistani_female", "indian_male", "indian_female"):
        assert len(t[key]) >= 100, key
    names = NameSourceP(3)
    gulf = [names.name("arab", "AE").full for _ in range(40)]
    assert any(re.search(r" (bin|bint) ", n) for n in gulf) and all(re.search(r"\b(Al|al)[ -]\w+$", n) for n in gulf)
    assert re.fullmatch(r"(Abu|Umm) \w+", names.name("arab").kunya)


@pytest.mark.parametrize("english,arabic,expected", [("Hamad", "حمد", "7amad"), ("Ali", "علي", "3li"),
                                                     ("Saeed", "سعيد", "sa3eed"), ("Khaled", "خالد", "5aled"),
                                                     ("Omar", "عمر", "3omar"), ("Nada", "ندى", None)])
def test_dev_p_arabizi_spelling(english, arabic, expected):
    assert arabizi(english, arabic) == expected


def test_dev_p_shares_no_template_with_any_other_family():
    assert_shares_no_template("dev_p", T)


def test_dev_p_identifier_shapes():
    rng = random.Random(5)
    for _ in range(100):
        year, month, day = birth = K.dob(rng)
        eid = K.emirates_id(rng, year)
        assert re.fullmatch(rf"784-{year}-\d{{7}}-\d", eid) and luhn.is_valid(eid.replace("-", ""))
        sid = K.saudi_id(rng, True)
        assert re.fullmatch(r"1\d{9}", sid) and luhn.is_valid(sid)
        egy = K.egypt_id(rng, birth, True)
        assert re.fullmatch(r"[23]\d{13}", egy) and egy[1:7] == f"{year % 100:02d}{month:02d}{day:02d}"
        assert int(egy[12]) % 2 == 1
        assert luhn.is_valid(K.card(rng))
        for country in K.COUNTRIES:
            number = K.iban_for(rng, country)[1]
            assert number.startswith(country) and iban.is_valid(number)
    assert K.hijri((1990, 3, 1)) in ((1410, 8, 4), (1410, 8, 5), (1410, 8, 3))


def test_dev_p_phones_are_valid_for_their_region():
    phonenumbers = pytest.importorskip("phonenumbers")
    rng = random.Random(6)
    mobile = phonenumbers.PhoneNumberType.MOBILE
    for _ in range(100):
        for country in K.COUNTRIES:
            for number, mob in ((K.mobile(rng, country), True), (K.landline(rng, country), False)):
                parsed = phonenumbers.parse(K.CODES[country] + number)
                assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == country, number
                assert (phonenumbers.number_type(parsed) == mobile) == mob, number


def test_dev_p_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_p.jsonl")[:20] == generate_conversations("dev_p", 80)[:20]
    assert read_jsonl(DATA_DIR / "fairness_dev_p.jsonl")[:60] == generate_fairness("dev_p", 810)[:60]
