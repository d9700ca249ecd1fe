"""Tests for recognizers.account_number."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from recognizers.account_number import AccountNumberRecognizer, looks_like_id
from recognizers.entities import ACCOUNT_NUMBER

RECOGNIZER = AccountNumberRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]


@pytest.mark.parametrize("value, ok", [
    ("12345", True), ("1234", True), ("AB123", True), ("123", False), ("A12", False), ("ORD-48213", True),
])
def test_looks_like_id_needs_enough_digits(value, ok):
    assert looks_like_id(value) is ok


@pytest.mark.parametrize("text, value", [
    ("my account number is 12345678", "12345678"),
    ("Done, I've logged it under RQ-2026-448190 for you", "RQ-2026-448190"),   # an agent filing the case
    ("i've filed your complaint under t k seven seven four one two nine", "t k seven seven four one two nine"),
    ("order #ORD-48213 hasn't arrived", "ORD-48213"),
    ("policy: AB1234567", "AB1234567"),
    ("my member id is four four seven two one nine", "four four seven two one nine"),
    ("the ticket number is uh 99812", "99812"),
    ("and his candidate number is 4838", "4838"),                       # an exam candidate's, an applicant's
    ("my applicant number is five four seven one", "five four seven one"),
    ("My driver's license number is F162823540116", "F162823540116"),
    ("my driver's license number is 2270-66-1551", "2270-66-1551"),
    ("confirmation number 7HX2941", "7HX2941"),
    ("account ending in 4321", "4321"),
    ("case 1234 5678", "1234 5678"),
    ("my sort code is 20-45-12", "20-45-12"),
    ("acc no 31554902 sort 223209 for the refund", "223209"),      # a sort code after its one-word label
    ("and sort one six five eight four eight", "one six five eight four eight"),
    ("funeral plan 2899 00 was paid off in 2021", "2899 00"),           # a long number after a plan's name
    ("Funeral plan JT2918864 was paid off", "JT2918864"),
    # Chat spellings of the cue, brackets and "=" before the value, slash references, letter suffixes.
    ("my acc is 12345678 and it's locked", "12345678"),
    ("accnt 12345678", "12345678"),
    ("a/c 12345678 please check", "12345678"),
    ("my account (12345678) was charged", "12345678"),
    ("account=12345678", "12345678"),
    ("Ref: ABC/123/456", "ABC/123/456"),
    ("my customer ref is CUS-88213-B", "CUS-88213-B"),
    ("writing about account ending 5678", "5678"),
    ("Noted on booking LNZUQJ, no charge for that.", "LNZUQJ"),   # a letters-only code in capitals
    ("confirmation code: HRZNJP", "HRZNJP"),
    ("my acct is 9170.0433 and it was charged twice", "9170.0433"),     # groups joined by a dot
    ("the support bot says to quote U-148440436.", "U-148440436"),      # the reference to quote
    ("yeah, 60277463.", "60277463"),                                   # a turn that is only a long number
    ("okay so keep the one ending 7669 and stop the other", "7669"),   # the last four of some identifier
    ("okay so keep the one ending 7 6 6 9 and stop the other", "7 6 6 9"),
    ("my account ending in 2024", "2024"),
    ("it begins 2221 and ends in 8384 the one i lost", "2221"),        # the first four of the same number
    ("the last four of the card are 7890", "7890"),
    ("last 4 digits: 7890", "7890"),
    ("pay the refund into 9477 4933 sort 45 84 14 pls", "9477 4933"),       # the account money goes into
    ("sort code 4 9 then 6 4 then 0 5 please", "4 9 then 6 4 then 0 5"),
    ("I've got the account as 7284 3175, yes?", "7284 3175"),
    ("agreement no is CLM629323", "CLM629323"),
    ("Your complaint reference em, is QRT/31/550217.", "QRT/31/550217"),   # a filler and a comma after the cue
    ("my account number eh is 40518832", "40518832"),
    ("it starts with 4532 and then ends with 9921", "4532"),
    ("it starts 4539 and the rest is 1488123456", "4539"),
    ("Can you confirm your parking permit number is QK 480215?", "QK 480215"),   # a noun-only cue word
    ("my pension no. is PN77310288", "PN77310288"),
    ("my meter number na 6120 884 3019 abeg", "6120 884 3019"),   # Pidgin "na" ("is"): no letter prefix
])
def test_account_number_finds_ids_after_cues(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text, values", [
    ("I have two accounts, 12345678 and 87654321", ["12345678", "87654321"]),
    ("order 55512345, 55512346 or 55512347", ["55512345", "55512346", "55512347"]),
    ("account 12345678 and 2 cards", ["12345678"]),          # a count after "and" is no identifier
])
def test_account_number_reads_every_listed_id(text, values):
    assert found(text) == values


@pytest.mark.parametrize("text", [
    "my order from 12/03/2024 was late",                    # digits-first slashes: a date
    "my account is fine thanks",
    "your booking CONFIRMED email is on its way",           # an English word in capitals
    "BOOKING REFERENCE PLEASE",                             # shouting, not a code
    "order 112.40 please",                                  # a price, not dotted groups
    "the quote was 150000 for the roof",                    # a price quote
    "yes 2024",                                             # a short number alone
    "the contract ending in 2025 is fine",                  # a year
    "the lease ends in 2026",
])
def test_account_number_leaves_dates_and_words_after_cues(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "my order is late",
    "i want to order 2 pizzas",
    "order 1500 dollars worth",
    "the permit is 2500 a year",
    "a loan of 15000 over five years",
    "the account balance is 1250",
    "policy changes in 2024",
    "ticket prices went up",
    "12345678 is a number",
    "it costs forty nine ninety nine",
    "the case is closed",
    "order of 5000 units",
    "can you sort 2 of them",
    "sort 12 boxes by size",
    "our plan is 2999 a month",
    "it begins at 1030 and ends at 1130",
    "the last four years were 2020 to 2024",
    "put 2000 into savings",
    "i paid 20 into the machine",
    "the offer starts 2025 and runs for a year",
    "the plan costs 120000 dollars",
    "the model is WH1000XM4",              # letters and fewer than five digits
    "write to abc12345@example.org",       # an e-mail address
    "see shop12345.com for details",
    "I logged it under 2024 expenses last year",   # a year after "logged under"
])
def test_account_number_ignores_numbers_without_id_cue(text):
    assert found(text) == []


@pytest.mark.parametrize("text, values", [
    ("sure it's four four seven two one nine", ["four four seven two one nine"]),
    ("AB-12345", ["AB-12345"]),
    ("twenty dollars", []),
    ("about 5 minutes", []),
    # Booking codes with five to seven letters before the first digit.
    ("QRTMZ8", ["QRTMZ8"]),
    ("yes it's pdkwnr4x", ["pdkwnr4x"]),
    ("BCDFGHJK9", []),  # eight letters before the digit: no booking code
    ("qrtmz", []),  # no digit
    # Digits written spaced out, as ASR renders a number read digit by digit.
    ("4 5 6 7 8 9 1 2", ["4 5 6 7 8 9 1 2"]),
    ("yeah it's 45 67 89 12", ["45 67 89 12"]),
    ("it's 1 2 3", []),  # three digits: no identifier
    ("it's jh 12 34 56 c", ["jh 12 34 56 c"]),  # a national insurance number read in its groups
    ("HDFC 0123 456 / 50100234567", ["HDFC 0123 456", "50100234567"]),  # a bank branch code (IFSC), then the account
    ("OKAY 1234 567", ["1234 567"]),  # no zero after the four letters: no branch code
    ("hello", []),
])
def test_account_number_answer_accepts_bare_ids(text, values):
    assert [text[r.start:r.end] for r in RECOGNIZER.analyze_answer(text, ACCOUNT_NUMBER)] == values


@pytest.mark.parametrize("text, value", [
    ("My ticket number from last time is #2437379.", "2437379"),
    ("my ticket number from last time is i n c five oh five zero six four six",
     "i n c five oh five zero six four six"),
    ("the member id on my card is XJK123456789", "XJK123456789"),
    ("the claim number they gave me was CLM-4759257", "CLM-4759257"),
    ("my policy number with you guys is like AB-1234567", "AB-1234567"),
    ("Ref from my last chat: KT42 8813 5", "KT42 8813 5"),             # a label's colon ends the clause
    ("case number from before: DMX7 4402 91", "DMX7 4402 91"),
    ("ticket from yesterday = 55120943", "55120943"),
])
def test_account_number_allows_a_short_clause_before_the_value(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "my order total was 1500",
    "the claim amount was 4500",
    "my policy deductible is 1000",
    "my account balance is 1200",
    "the order i placed last week was 2 days late",
    "my order from last week: 3 items",
    "the order total: 1500",
])
def test_account_number_clause_rejects_quantities(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("rx number r x four six five five nine nine eight", "r x four six five five nine nine eight"),
    ("prescription number is 7712345", "7712345"),
    ("my group you know number is a b eight seven eight five nine eight", "a b eight seven eight five nine eight"),
    ("the work order number 443322", "443322"),
])
def test_account_number_finds_pharmacy_and_insurance_identifiers(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "our premium annual plan is 2999 a month",          # "plan" names an identifier only with a noun
    "the group is 12 people",
    "my return is 3 days late",
    "our family share plan is seventy nine ninety nine a month",
])
def test_account_number_noun_only_cues_need_the_noun(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("ORDER NUMBER IS 12345678", "12345678"),                   # lower-cased fast path
    ("İstanbul ORDER NUMBER IS 12345678", "12345678"),          # lower() changes the length: IGNORECASE twin
])
def test_account_number_matches_any_case_on_both_paths(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text, values", [
    ("my account is 44120987, sorry, wrong one, 4412 0988", ["44120987", "4412 0988"]),
    ("account number 3310 sorry 33105527 and 66104421", ["3310", "33105527", "66104421"]),
    ("account is 55120931 um and 77301945", ["55120931", "77301945"]),
])
def test_account_number_more_values_after_a_correction_or_a_list(text, values):
    assert all(v in found(text) for v in values)


@pytest.mark.parametrize("text, value", [
    ("my account is 44120987 and 2 cards", "44120987"),
    ("account 44120987 sorry 10 pounds", "44120987"),
])
def test_account_number_more_values_need_an_identifier(text, value):
    assert found(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("my account number is 5521/0934", "5521/0934"),
    ("the order was 71/66203/11938, can you check", "71/66203/11938"),
    ("policy number 7731.0042.18.", "7731.0042.18"),
    ("reference: KV/55120934.", "KV/55120934"),
    ("your case reference is QRM 661203984.", "QRM 661203984"),
    ("the claim is ref-abc-550129874", "abc-550129874"),
    ("accounts 33105527 and 4412.0977, both mine", "4412.0977"),
])
def test_account_number_written_with_slashes_dots_or_a_letter_prefix(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "my order was placed on 16/02/2025",        # a date
    "the order total was 112.00",               # a price
    "my account is 12/2025 expiry",
    "the order is for 12345678 dollars",
])
def test_account_number_dates_and_prices_are_no_slashed_ids(text):
    assert all("/" not in v and "." not in v and "for" not in v for v in found(text))


@pytest.mark.parametrize("text, value", [
    ("the reference is see five five one two zero nine three", "see five five one two zero nine three"),
    ("your policy number is why four four one two nine zero", "why four four one two nine zero"),
])
def test_account_number_letter_spelled_between_cue_and_digits(text, value):
    assert value in found(text)


def _answers(text: str) -> list[str]:
    return [text[r.start:r.end] for r in RECOGNIZER.analyze_answer(text, ACCOUNT_NUMBER)]


@pytest.mark.parametrize("text, value", [
    ("it's 55 12 09 31", "55 12 09 31"),
    ("right 4412 0987", "4412 0987"),
    ("seven one hang on double four", "seven one hang on double four"),
])
def test_account_number_answer_in_groups_or_with_a_pause(text, value):
    assert value in _answers(text)


@pytest.mark.parametrize("text", ["give me 10 20 minutes", "it's 2 3 of them", "hang on 2 secs"])
def test_account_number_answer_groups_need_an_identifier(text):
    assert _answers(text) == []


@pytest.mark.parametrize("text, value", [("QRT 55120934 17", "QRT 55120934 17"), ("yep 55120934", "55120934")])
def test_account_number_answer_letters_typed_apart_only_in_capitals(text, value):
    assert _answers(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("the new provider wants another one too, DN427434", "DN427434"),
    ("Is your reference on the statement MANEJ98457?", "MANEJ98457"),
    ("they gave me GWF922884246 last time", "GWF922884246"),
    ("the old one was TR-7730215 i think", "TR-7730215"),          # after a dash
    ("quoted 12KLM40417 on the letter", "12KLM40417"),              # between digits
    ("it's PLQ/8802/T from before", "PLQ/8802/T"),                  # letters, digits and a group, by slashes
    ("write down HJ-6614-W2 please", "HJ-6614-W2"),
])
def test_account_number_letters_glued_to_five_digits_anywhere(text, value):
    assert value in found(text)


def test_account_number_scheme_number_with_a_clause():
    text = "the pension scheme number they gave me was 71710 16812"
    assert found(text) == ["71710 16812"]


@pytest.mark.parametrize("text, values", [
    ("srd1", ["srd1"]),                           # a short code that is the whole answer
    ("Hang on, it starts DN54", ["DN54"]),        # the first piece of the identifier
    ("2nd", []),
    ("it starts at 9 tomorrow", []),
])
def test_account_number_answer_short_codes_and_first_pieces(text, values):
    assert [text[r.start:r.end] for r in RECOGNIZER.analyze_answer(text, ACCOUNT_NUMBER)] == values


@pytest.mark.parametrize("text, value", [
    ("IFSC code: HDFC 0123 456", "HDFC 0123 456"),
    ("ifsc is sbin0004321", "sbin0004321"),
    ("IFSC = ICIC-0009 876", "ICIC-0009 876"),
])
def test_account_number_finds_an_ifsc_after_its_name(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "what is an ifsc code?",
    "ifsc: HDFC 1123 456",        # an IFSC has a zero after its four letters
    "ifsc code HDFC 0123",        # too short
])
def test_account_number_ifsc_needs_its_shape(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("my member no is WKT/4471829", "WKT/4471829"),       # letters joined by a slash belong to the reference
    ("the claim ref is zq-5528190 ok", "zq-5528190"),
])
def test_account_number_takes_the_letters_joined_to_the_digits(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text, value", [
    ("ref 4471829 and/5528190", "4471829"),                # a word before the slash is no prefix
    ("the ref is 4471829", "4471829"),
])
def test_account_number_no_letter_prefix(text, value):
    assert value in found(text)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_mixed_code_gate_holds_in_every_match(data):
    text = data.draw(st.from_regex(AccountNumberRecognizer.MIXED))
    assert AccountNumberRecognizer.MIXED.search(text) and AccountNumberRecognizer.MIXED_GATE.search(text)


@pytest.mark.parametrize("text, values", [
    # answers with a digit: read by the digit patterns
    ("hang on, it starts DN54", ["DN54"]), ("srd1", ["srd1"]), ("it's 12345678", ["12345678"]),
    ("ab-12345 thanks", ["ab-12345"]), ("it's jh 12 34 56 c", ["jh 12 34 56 c"]),
    # answers without one: only a reference in capitals (the digit patterns are skipped)
    ("HRZNJP", ["HRZNJP"]), ("yes it is HRZNJP", ["HRZNJP"]), ("no idea sorry", []), ("SURE THING", []),
])
def test_answer_digit_patterns_only_on_answers_with_a_digit(text, values):
    results = AccountNumberRecognizer().analyze_answer(text, ACCOUNT_NUMBER)
    assert [text[r.start:r.end] for r in results] == values


@pytest.mark.parametrize("name, text, values", [
    ("MIXED", "ref GWF922884246 or MK-2246139 or 55DON62929 or ALM/3595/M", ["GWF922884246", "MK-2246139", "55DON62929", "ALM/3595/M"]),
    ("MIXED", "model AB1234 at 10am, no reference here", []),
    ("MIXED", "it's TQ5521-0873, or QX70214-559", ["TQ5521-0873", "QX70214-559"]),  # a dash in the digits
    ("MIXED", "the A4-2231 road and M62-113 exit, 2024-1125", []),
    ("MIXED", "It's CL23GC14158, or C2GC14158", ["CL23GC14158", "C2GC14158"]),  # letters, digits, letters, digits
    ("MIXED", "my phone is a SM-G991B, flight EI154", []),
    ("ANSWER", "it's SBIN0001234, or VWLHG2, or jh 12 34 56 c", ["SBIN0001234", "VWLHG2", "jh 12 34 56 c"]),
    ("ANSWER", "no digits in this answer", []),
])
def test_patterns_tried_before_digit_runs_only(name, text, values):
    from recognizers.digit_groups import matches_before_digits
    pattern, offsets = getattr(AccountNumberRecognizer, name), getattr(AccountNumberRecognizer, name + "_OFFSETS")
    found = [m.group(m.re.groupindex.get("value", 0)) for m in matches_before_digits(pattern, text, offsets)]
    assert found == values == [m.group(m.re.groupindex.get("value", 0)) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text, value", [
    ("it's 432187650V", "432187650V"),                          # a Sri Lankan NIC of the old form, sent alone
    ("my old card says 870112345x thanks", "870112345x"),
    ("id 7712093K.", "7712093K"),
    ("ok so 998877665v and the new one later", "998877665v"),
    ("one sec it's K58TR71QA", "K58TR71QA"),                    # letters and digits in turn, in capitals
    ("the code was A1B2C3D4 on the letter", "A1B2C3D4"),
])
def test_account_number_seven_digits_or_more_with_a_letter_after(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "we sold 1200000 units",                   # no letter after
    "the 12345th caller",                      # an ordinal: few digits
    "model 123456A",                           # six digits only
    "write to 12345678a@example.org",          # an e-mail address
    "see 12345678a.com",                       # a web address
    "99887766554433v",                         # more digits than any such ID
    "my headphones are WH1000XM4",             # two letter groups: a model
    "the RTX4090TI card",
    "K58TR71QA7654321",                        # longer than twelve characters
])
def test_account_number_digits_and_a_letter_need_the_shape(text):
    assert found(text) == []
