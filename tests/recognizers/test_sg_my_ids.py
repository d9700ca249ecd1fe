"""Singapore NRIC / FIN, Malaysian MyKad and SG / MY phone numbers, written and spoken (issue 12, dev_o)."""
from __future__ import annotations

import pytest
from stdnum.my import nric as my_nric

from recognizers.checksums import sg_nric_check_letter, sg_nric_valid
from recognizers.entities import ACCOUNT_NUMBER, NATIONAL_ID, PHONE_NUMBER
from recognizers.national_id import NationalIdRecognizer
from recognizers.phone import TranscriptPhoneRecognizer
from recognizers.question_cues import expected_entities

IDS = NationalIdRecognizer()
PHONES = TranscriptPhoneRecognizer()


def nric(series: str, digits: str) -> str:
    return series + digits + sg_nric_check_letter(series, digits)


def wrong_letter(value: str) -> str:
    return value[:-1] + ("A" if value[-1] != "A" else "B")


def ids(text: str) -> list[tuple[str, str]]:
    return [(text[r.start:r.end], r.entity_type) for r in IDS.analyze(text, None) if r.score >= 0.5]


def phones(text: str) -> list[str]:
    return [text[r.start:r.end] for r in PHONES.analyze(text, None)
            if r.score >= 0.5 and r.entity_type == PHONE_NUMBER]


@pytest.mark.parametrize("value", ["S1234567D", "T1234567J", "F1234567N", "G1234567X", "M1234567K"])
def test_sg_nric_check_letter_known_answers(value):
    assert sg_nric_valid(value) and sg_nric_valid(value.lower())
    assert not sg_nric_valid(wrong_letter(value))


@pytest.mark.parametrize("value", ["A1234567D", "S123456D", "S12345678", "S1234５67D", ""])
def test_sg_nric_rejects_other_shapes(value):
    assert not sg_nric_valid(value)


SG_A, SG_B, SG_C = nric("S", "3141592"), nric("T", "0271828"), nric("G", "5772156")
MYKAD = "850315-10-5123"


@pytest.mark.parametrize("text, value", [
    (f"Policy holder IC: {SG_A}", SG_A),
    (f"my nric is {SG_B.lower()} lah", SG_B.lower()),
    (f"{SG_C}", SG_C),                                                     # alone: a valid check letter
    (f"can use {SG_A[0]} {SG_A[1:8]} {SG_A[8]} or not", f"{SG_A[0]} {SG_A[1:8]} {SG_A[8]}"),
    (f"MyKad no. {MYKAD} ya", MYKAD),
    (f"My IC number {MYKAD.replace('-', '')}", MYKAD.replace("-", "")),  # one run: needs its words
])
def test_sg_my_ids_written(text, value):
    assert my_nric.is_valid(MYKAD)
    assert ids(text) == [(value, NATIONAL_ID)]


NATO = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima "
                                                 "Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor "
                                                 "Whiskey Xray Yankee Zulu".split()))


def _said(digits: str) -> str:
    words = "zero one two three four five six seven eight nine".split()
    return " ".join(words[int(d)] for d in digits)


@pytest.mark.parametrize("text, value", [
    (f"ic is {SG_A[0].lower()} {_said(SG_A[1:8])} {SG_A[8].lower()}", f"{SG_A[0].lower()} {_said(SG_A[1:8])} "
                                                                      f"{SG_A[8].lower()}"),
    (f"okay my nric, T for Tango, zero two seven one, eight two eight, {SG_B[8]} for {NATO[SG_B[8]]}", None),
])
def test_sg_nric_spoken(text, value):
    found = ids(text)
    assert len(found) == 1 and found[0][1] == NATIONAL_ID
    if value is not None:
        assert found[0][0] == value
    assert found[0][0].endswith(text.rstrip(".")[-1])  # the check letter (and its word) is inside


@pytest.mark.parametrize("text", [
    wrong_letter(SG_A),                          # no words, wrong check letter
    f"order A{SG_A[1:]} shipped",                # no NRIC series letter
    "850345-10-5123",                            # no such date
    "reference 850315105123 for your order",     # twelve digits in one run, no IC words
    "the fin of the fish was torn",
])
def test_sg_my_ids_negatives(text):
    assert [v for v, entity in ids(text) if entity == NATIONAL_ID] == []


@pytest.mark.parametrize("text", [f"NRIC {wrong_letter(SG_A)}", f"my IC is {wrong_letter(SG_B)}"])
def test_near_valid_nric_next_to_its_words_is_still_flagged(text):
    assert ids(text) == [(text.split()[-1], ACCOUNT_NUMBER)]


@pytest.mark.parametrize("text, value", [
    ("HP: 9123 4567", "9123 4567"),
    ("Warm regards,\nWei Jie\n81234567\n", "81234567"),                 # alone on its signature line
    ("> 98765432", "98765432"),                                        # ... in a quoted copy
    ("whatsapp me at nine one two three, four five six seven", "nine one two three, four five six seven"),
    ("my handphone is double eight one two, three four five six", "double eight one two, three four five six"),
    ("Contact +65 6123 4567 ext office", "+65 6123 4567"),
    ("boleh call me on 012-345 6789", "012-345 6789"),
    ("hp +60 11-2345 6789", "+60 11-2345 6789"),
    ("can text oh one two, triple three, four five six seven", "oh one two, triple three, four five six seven"),
])
def test_sg_my_phone_numbers(text, value):
    assert phones(text) == [value]


@pytest.mark.parametrize("text", [
    "the order number 91234567 is late",       # another identifier named
    "scores were 1234 5678 this round",        # no Singapore range
    "we bought 91234567 in total last year, in one line with words",
])
def test_sg_phone_negatives(text):
    assert phones(text) == []


@pytest.mark.parametrize("question, expected", [
    ("For verification, may I have your IC number?", {NATIONAL_ID}),
    ("And your NRIC please?", {NATIONAL_ID}),
    ("What is your FIN no.?", {NATIONAL_ID}),
    ("Boleh bagi MyKad number?", {NATIONAL_ID}),
    ("Can I have your full name as in your IC?", set()),  # the name on the card, not its number
])
def test_ic_questions(question, expected):
    assert set(expected_entities(question)) & {NATIONAL_ID} == expected


@pytest.mark.parametrize("text", [
    f"IC: {SG_A}",
    f"ic is {SG_A[0]} for Sugar, {_said(SG_A[1:8])}, {SG_A[8]} for {NATO[SG_A[8]]}",
    f"NRIC {wrong_letter(SG_B)}",
    f"MyKad {MYKAD}",
])
def test_sg_my_ids_leave_no_digit_run_or_letter_word_in_the_output(redactor, text):
    out = redactor.redact(text).text
    for part in ("3141592", "0271828", "850315", "5123", "Sugar", NATO[SG_A[8]], _said(SG_A[1:8])):
        assert part not in out


def test_an_answer_to_an_ic_question_skips_the_mail_time_stamp():
    reply = "Sent: Tue, 3 Mar 2026 18:42\nSubject: RE: bill\n\nMy IC is 850315105123."
    found = [reply[h.start:h.end] for h in IDS.find_answer(reply, NATIONAL_ID)]
    assert len(found) == 1 and found[0].endswith("850315105123")  # (a two-letter word before may join it)


@pytest.mark.parametrize("text, value", [
    ("Please do not hesitate to contact us at 6123 4567 if needed.", None),   # the company's line
    ("> Feel free to call us on 6123 4567 anytime.", None),
    ("you can call us at home on 6123 4567", "6123 4567"),                   # the caller's household
    ("my number, contact us at 9123 4567 lah", "9123 4567"),                   # said as the caller's own
])
def test_the_writers_company_line_names_nobody(text, value):
    assert phones(text) == ([value] if value else [])


@pytest.mark.parametrize("text", ["for help ring 1800 345 6789 lah", "our hotline 1-300-22-5566 can call",
                                  "the toll free line is 1800-77-4321"])
def test_singapore_and_malaysian_freephone_lines_name_nobody(text):
    assert phones(text) == []
