"""Tests for recognizers.phone."""
from __future__ import annotations

import pytest

from recognizers.entities import PHONE_NUMBER, REASON_CROSS_TURN
from recognizers.phone import TranscriptPhoneRecognizer

RECOGNIZER = TranscriptPhoneRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]


@pytest.mark.parametrize("text, value", [
    ("call me at (415) 555-0132.", "(415) 555-0132"),
    ("my mobile's 07700, um, 900 461 now", "07700, um, 900 461"),          # a hesitation between the groups
    ("my number is 0-4-1-2, 5-5-5, 0-1-9 thanks", "0-4-1-2, 5-5-5, 0-1-9"),  # dictated digit by digit
    ("my cell is 415.555.0132", "415.555.0132"),
    ("reach me on +44 20 7946 0958 any time", "+44 20 7946 0958"),
    ("Desk: +1-903-140-4508x769", "+1-903-140-4508x769"),
    ("Phone:\n60-56-85-91", "60-56-85-91"),
    ("They're not answering at 78 651 450", "78 651 450"),
    ("sure the number is four one five five five five zero one three two",
     "four one five five five five zero one three two"),
    ("you can call me back on four one five, uh, five five five, oh one three two",
     "four one five, uh, five five five, oh one three two"),
    ("text me at five five five zero one three two", "five five five zero one three two"),
    ("it's 2125551234", "2125551234"),
    ("I'll text the confirmation to the mobile ending 7896.", "7896"),    # the last four
    ("your number ending in 0738 is that right", "0738"),
    ("We've got 2143 6602 as your number, is that still right?", "2143 6602"),   # named after the digits
])
def test_phone_finds_written_and_spoken_numbers(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "the phone call ended in 2024",                 # "ended", not a number ending
    "it costs forty nine ninety nine",
    "that's $1,299.99 plus tax",
    "i was born in nineteen eighty five and moved in two thousand one",
    "my account number is 4155550132",
    "order number 4155550132 has shipped",
    "my card is 4111 1111 1111 1111",
    "the date was 2023-01-15",
    "server at 192.168.1.1",
    "press two for billing",
    "wait twenty minutes",
    "the iphone fifteen costs nine ninety nine",
    "my social is 123-45-6789",
    "we have 1234567 customers",
    "we have 2143 6602 as the order number",
])
def test_phone_ignores_ordinary_numbers_and_other_identifiers(text):
    assert found(text) == []


def test_phone_answer_accepts_unvalidated_digits_with_cross_turn_reason():
    text = "yeah it's 60 56 85 91"
    results = RECOGNIZER.analyze_answer(text, PHONE_NUMBER)
    assert [(text[r.start:r.end], r.analysis_explanation.textual_explanation) for r in results] == [
        ("60 56 85 91", REASON_CROSS_TURN)]


def test_phone_answer_ignores_other_cues():
    assert RECOGNIZER.analyze_answer("it's 60 56 85 91", "ZIP_CODE") == []


@pytest.mark.parametrize("text, value", [
    ("use (643) 964-5006 instead", "(643) 964-5006"),                 # area code not assigned, NANP shape
    ("the number on my account is six seven oh two oh five four seven four nine",
     "six seven oh two oh five four seven four nine"),
    ("the number on file is old the new one is 568.956.9721", "568.956.9721"),
    ("if we get disconnected it's three nine eight five three five oh five three six",
     "three nine eight five three five oh five three six"),
])
def test_phone_accepts_north_american_shapes_and_account_owned_numbers(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "my account is 5725353743",                 # the account itself, named right before the digits
    "member id 5725353743",
    "order: 572-535-3743",
    "the code is 1234567",
    "(143) 964-5006",                           # area code cannot start with 1, invalid, no context
])
def test_phone_leaves_other_identifiers_and_impossible_shapes(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("my international one is 91-415-555-0132", "91-415-555-0132"),    # country code without "+"
    ("44 20 7946 0958 is the office", "44 20 7946 0958"),
    ("090-1234-5678", "090-1234-5678"),                                  # Japan, trunk 0
    ("ring 0161 496 0000 after six", "0161 496 0000"),                    # UK
    ("020 7946 0958", "020 7946 0958"),
    ("my sister, on 0765432198", "0765432198"),                          # an Irish VoIP reading gives way to
    ("ring 0761239876 after six", "0761239876"),                         # a Ugandan mobile
    ("my brother, 0912 345 678", "0912 345 678"),                        # a Vietnamese mobile
    ("her mobile is 010-9876-5432", "010-9876-5432"),                    # a Korean mobile
    ("the number is 082 640 1937", "082 640 1937"),                     # French shared cost, South African mobile
])
def test_phone_validates_international_without_plus_and_national_numbers_by_region(text, value):
    assert found(text) == [value]


@pytest.mark.parametrize("text", [
    "07805-1121",                 # nine digits with a 0: a ZIP+4 shape, not guessed as a phone
    "078-051121",
    "01 234 5678",
    "0961 2345 6760",             # valid only in Germany's open plan, which is not guessed
    "10.0.19045",
    "99-415-555-0132",            # 99 is no country calling code
    "our freephone is 0800 123 4567",   # a company's freephone in the first region that reads it
])
def test_phone_region_guesses_reject_short_and_open_plan_numbers(text):
    assert found(text) == []


@pytest.mark.parametrize("text, values", [
    ("and my other one is415-555-0132", ["415-555-0132"]),
    ("tel(415) 555-0132", ["(415) 555-0132"]),
    ("SKU4155550132", []),                     # no separators: a code, not a glued phone number
    ("v415-555-0132.5", []),
])
def test_phone_finds_formatted_numbers_glued_to_the_word_before(text, values):
    assert set(values) <= set(found(text)) and (values or found(text) == [])


@pytest.mark.parametrize("text, parts", [
    ("it's 07951", ["07951"]),
    ("then 442 618", ["442 618"]),
    ("oh seven nine five one", ["oh seven nine five one"]),
    ("0161, no sorry, 0208 446 1932", ["0161", "0208 446 1932"]),
])
def test_phone_answer_accepts_part_of_a_number_and_false_starts(text, parts):
    assert [text[r.start:r.end] for r in RECOGNIZER.analyze_answer(text, PHONE_NUMBER)] == parts


@pytest.mark.parametrize("text", [
    "any time after 1730 hours",
    "it's 12",
    "I'm out until 1400 but my husband is home all afternoon so you can try him then",
])
def test_phone_answer_part_needs_four_digits_in_a_short_answer(text):
    assert RECOGNIZER.analyze_answer(text, PHONE_NUMBER) == []


@pytest.mark.parametrize("text", ["there's a charge of 4995 on it", "they took 1250 twice"])
def test_phone_answer_part_is_not_an_amount(text):
    assert RECOGNIZER.analyze_answer(text, PHONE_NUMBER) == []


@pytest.mark.parametrize("text, value", [
    ("ok so that's oh seven nine one one two two three three four four", "oh seven nine one one two two three three four four"),
    ("right, 01632960511 it is", "01632960511"),
    ("zero two nine two one eight seven six five four three", "zero two nine two one eight seven six five four three"),
    ("text (+33) 6 12 34 56 78 tonight", "(+33) 6 12 34 56 78"),
])
def test_phone_finds_a_national_number_in_one_run_or_a_bracketed_country_code(text, value):
    assert found(text) == [value]


@pytest.mark.parametrize("text", [
    "their freephone is oh eight oh oh one one one two two two three",   # a freephone line
    "the helpline 03001234567 was engaged",                                            # non-geographic
    "order 0001234567 is late",
    "it came to 120 pounds",
])
def test_phone_leaves_company_lines_and_other_numbers_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "for bookings ring 0800 640 2211 any time",
    "call our team on 0345 900 1122",
    "ring the claims line on 0330 018 4455",
    "phone 1-877-555-0123 for support",
    "or ring oh eight double oh six four oh two two one one",
])
def test_phone_leaves_freephone_and_non_geographic_company_lines_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("you can reach me at 3485698058", "3485698058"),
    ("call me on 0161 555 0199 after six", "0161 555 0199"),
    ("my mobile is 090-1234-5678", "090-1234-5678"),
])
def test_phone_keeps_personal_lines_next_to_the_company_line_rule(text, value):
    assert found(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("Mobile: 0345 118 2290", "0345 118 2290"),
    ("my work number is 0800 640 2211", "0800 640 2211"),
    ("We'd text you on 0805 881022, still current?", "0805 881022"),     # said to be the caller's line
    ("my mobile's changed actually, it's 0825800690 now", "0825800690"),
    ("and we'll ring 0821907498 tomorrow", "0821907498"),
])
def test_phone_keeps_a_company_range_number_labelled_as_someones_own(text, value):
    assert found(text) == [value]


@pytest.mark.parametrize("text, parts", [
    ("417", ["417"]),
    ("oh two oh", ["oh two oh"]),
    ("905?", ["905"]),
    ("it was 150 quid", []),
    ("42", []),
    ("the 3 of us", []),
])
def test_phone_answer_takes_a_turn_of_one_three_digit_group(text, parts):
    assert [text[r.start:r.end] for r in RECOGNIZER.analyze_answer(text, PHONE_NUMBER)] == parts


@pytest.mark.parametrize("text, value", [
    ("my mobile is 07911 erm 123456 thanks", "07911 erm 123456"),      # a hesitation between written groups
    ("try 020 um 7946 uh 0958 after six", "020 um 7946 uh 0958"),
])
def test_phone_reads_written_digits_through_a_hesitation(text, value):
    found = [text[r.start:r.end] for r in RECOGNIZER.analyze(text, ["PHONE_NUMBER"])]
    assert value in found


@pytest.mark.parametrize("text", ["i was born in 1985 um 12 of us came", "room 12 erm 14 is free"])
def test_phone_hesitation_between_short_numbers_is_no_phone(text):
    assert RECOGNIZER.analyze(text, ["PHONE_NUMBER"]) == []


@pytest.mark.parametrize("text, value", [
    ("my aunt, reachable on 8412905 most days", "8412905"),              # a 7-digit island number after "reachable"
    ("she is reachable at 774 3018", "774 3018"),
])
def test_phone_reachable_makes_a_short_local_number_a_phone(text, value):
    assert found(text) == [value]


def test_phone_seven_digits_without_phone_words_stay():
    assert found("the parcel weighed in as item 8412905 today") == []


@pytest.mark.parametrize("text, values", [
    ("call +44 20 7946 0958 or (+44) 20 7946 0959", ["+44 20 7946 0958", "(+44) 20 7946 0959"]),
    ("it's 0044 20 7946 0958, ext. 12 no: (020) 7946 0958 x12", ["0044 20 7946 0958", "(020) 7946 0958 x12"]),
    ("a(555) 123-4567 or 12/345 67890", ["123-4567"]),  # "(555)" after a letter, "345 67890" after a slash: none
    ("no digits at all", []),
])
def test_candidates_tried_before_digit_runs_only(text, values):
    from recognizers.digit_groups import matches_before_digits
    from recognizers.phone import TranscriptPhoneRecognizer
    pattern, offsets = TranscriptPhoneRecognizer.CANDIDATE, TranscriptPhoneRecognizer.CANDIDATE_OFFSETS
    assert [m.group() for m in matches_before_digits(pattern, text, offsets)] == values == \
        [m.group() for m in pattern.finditer(text)]
