"""Tests for recognizers.national_id."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from recognizers.entities import ACCOUNT_NUMBER, NATIONAL_ID
from recognizers.national_id import SCHEMES, NationalIdRecognizer

RECOGNIZER = NationalIdRecognizer()


def found(text: str) -> list[tuple[str, str, float]]:
    return [(text[r.start:r.end], r.analysis_explanation.pattern_name, r.score)
            for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5 and r.entity_type == NATIONAL_ID]


@pytest.mark.parametrize("text, value, scheme", [
    ("my itin is 912-70-3456", "912-70-3456", "us_itin"),
    ("the company's ein is 04-1234567", "04-1234567", "us_ein"),
    ("my sin is 123 456 782", "123 456 782", "ca_sin"),
    ("social insurance number 123-456-782", "123-456-782", "ca_sin"),
    ("aadhaar 2341 2341 2346", "2341 2341 2346", "in_aadhaar"),
    ("my pan is ABCPE1234F", "ABCPE1234F", "in_pan"),
    ("pan card number abcpe1234f", "abcpe1234f", "in_pan"),
    ("nhs number 943 476 5919", "943 476 5919", "gb_nhs"),
    ("national insurance number ab 12 34 56 c", "ab 12 34 56 c", "gb_nino"),
    ("my ni number is a b one two three four five six c", "a b one two three four five six c", "gb_nino"),
    ("mijn bsn is 111 222 333", "111 222 333", "nl_bsn"),
    ("bsn 1112.22.333", "1112.22.333", "nl_bsn"),
])
def test_national_id_finds_valid_numbers_next_to_their_words(text, value, scheme):
    assert found(text) == [(value, scheme, 0.95)]


@pytest.mark.parametrize("text, value, scheme", [
    ("912-70-3456", "912-70-3456", "us_itin"),
    ("ABCPE1234F", "ABCPE1234F", "in_pan"),
    ("AB 12 34 56 C", "AB 12 34 56 C", "gb_nino"),
    ("the letter has it as jt994124d", "jt994124d", "gb_nino"),     # typed lower-case as one word
    ("it's PALME612038RD9XY", "PALME612038RD9XY", "gb_driving_licence"),   # a GB driving licence, a woman's month 61
    ("LEE99704221J99AB", "LEE99704221J99AB", "gb_driving_licence"),        # short surname and initials padded by 9
])
def test_national_id_reports_specific_formats_without_words_at_a_low_score(text, value, scheme):
    assert found(text) == [(value, scheme, 0.55)]


@pytest.mark.parametrize("text", [
    "my itin is 912-93-4567",             # ITIN group 93 is never issued
    "the ein is 00-1234567",              # no IRS campus uses prefix 00
    "my sin is 123 456 789",              # fails Luhn
    "aadhaar 2341 2341 2345",             # fails Verhoeff
    "my pan is ABCXE1234F",               # X is no PAN holder type
    "nhs number 943 476 5910",            # fails mod 11
    "national insurance QQ 12 34 56 C",   # QQ prefix is never issued
    "04-1234567",                         # an EIN needs its words
    "123 456 782",                        # a SIN needs its words
    "2341 2341 2346",                     # an Aadhaar number needs its words
    "abcpe1234f",                         # lower case PAN without words: could be any code
    "the frying pan costs 1299",
    "we sold AB123456 units",
    "ref qq123456c",                      # a NINO prefix never issued
    "ab 12 34 56 c",                      # lower case and spaced without words: any code
    "bsn 5111 222 333",                   # every shape's edges hold in every branch: digits before ...
    "bsn x111 222 333",                   # ... a letter before ...
    "bsn 1112.22.3334",                   # ... or digits after are a longer number
    "PALME613238RD9XY",                   # a driving licence shape with no month 32 ...
    "PALME612405RD9XY",                   # ... or day 40
])
def test_national_id_rejects_invalid_numbers_and_bare_generic_shapes(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value, detail", [
    ("my social insurance number is 046 454 287", "046 454 287", "ca_sin_near_valid"),
    ("aadhaar 2341 2341 2345", "2341 2341 2345", "in_aadhaar_near_valid"),
    ("nhs number 943 476 5910", "943 476 5910", "gb_nhs_near_valid"),
])
def test_national_id_flags_failing_numbers_next_to_their_words_as_account_numbers(text, value, detail):
    results = [r for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]
    assert [(text[r.start:r.end], r.entity_type, r.analysis_explanation.pattern_name, r.score)
            for r in results] == [(value, ACCOUNT_NUMBER, detail, 0.6)]


@pytest.mark.parametrize("text", ["046 454 287", "2341 2341 2345 is the total", "943 476 5910"])
def test_national_id_does_not_flag_failing_numbers_without_words(text):
    assert [r for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5] == []


@pytest.mark.parametrize("text, value", [
    ("is my pps needed? it's 2468013N", "2468013N"),
    ("PPSN: 5550912SA", "5550912SA"),                        # two letters (post-2013 numbers)
    ("here's my pps no 9081726j", "9081726j"),              # typed lower-case
    ("personal public service number 2468013WA", "2468013WA"),
])
def test_national_id_finds_irish_pps_numbers_after_their_words(text, value):
    assert (value, "ie_pps", 0.95) in found(text)


@pytest.mark.parametrize("text, value", [
    ("my bvn is 221 0456 7781", "221 0456 7781"),
    ("NIN: 70213348651, thanks", "70213348651"),
    ("bank verification number 2210-4567-781", "2210-4567-781"),
])
def test_national_id_finds_nigerian_nin_and_bvn_after_their_words(text, value):
    assert (value, "ng_nin_bvn", 0.95) in found(text)


@pytest.mark.parametrize("text, value, scheme", [
    ("my id number is 8605065397083", "8605065397083", "za_idnr"),       # birth date, Luhn
    ("SA ID: 860506 5397 083", "860506 5397 083", "za_idnr"),
    ("my kra pin is A012345678M", "A012345678M", "ke_pin"),
    ("NIN: CM90012345ABCD", "CM90012345ABCD", "ug_nin"),
    ("my national id is cf88123456wxyz", "cf88123456wxyz", "ug_nin"),
])
def test_national_id_finds_african_numbers_after_their_words(text, value, scheme):
    assert (value, scheme, 0.95) in found(text)


@pytest.mark.parametrize("text", [
    "my id number is 8605065397084",      # fails the Luhn check
    "the order is 8605065397083",         # no words naming the scheme
    "NIN: CMABCDEFGHIJKL",                # a NIN has its digits
])
def test_national_id_african_numbers_need_words_and_their_checks(text):
    assert [v for v in found(text) if v[1] in ("za_idnr", "ug_nin")] == []


@pytest.mark.parametrize("text", [
    "my bvn is 221 0456 778",             # ten digits
    "call 0803 456 7781 for the agent",   # eleven digits, no words naming the scheme
])
def test_national_id_nigerian_numbers_need_words_and_eleven_digits(text):
    assert [v for v in found(text) if v[1] == "ng_nin_bvn"] == []


@pytest.mark.parametrize("text", [
    "2468013N",                           # a PPS number needs its words
    "is my pps needed? it's 2468013K",    # wrong check letter: not a valid PPS number
    "order 5550912J is on its way",
])
def test_national_id_irish_pps_needs_words_and_the_check_letter(text):
    assert [v for v in found(text) if v[1] == "ie_pps"] == []


@pytest.mark.parametrize("scheme", [s for s in SCHEMES if s.needs is not None], ids=lambda s: s.name)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(data=st.data())
def test_national_id_prefilter_holds_in_every_shape_match(scheme, data):
    # (a case-folded shape: drawn from the pattern it searches with, found by its lower-case twin)
    text = data.draw(st.from_regex(re.compile(scheme.shape.pattern, scheme.shape.flags)))
    assert scheme.shape.search(text) and scheme.needs.search(text)


@pytest.mark.parametrize("scheme_name, text", [
    ("us_itin", "my itin is 912 70 3456 thanks"), ("in_pan", "pan ABCPE1234F"), ("gb_nino", "ni AB 12 34 56 C"),
    ("gb_nino", "ni ab123456c"),
])
def test_national_id_prefilter_passes_real_numbers(scheme_name, text):
    scheme = next(s for s in SCHEMES if s.name == scheme_name)
    assert scheme.shape.search(text) and scheme.needs.search(text)


@pytest.mark.parametrize("scheme_name, text", [
    ("us_itin", "order 812-70-3456"), ("in_pan", "code ABCPE 1234"), ("gb_nino", "ab 12 34 5 c"),
])
def test_national_id_prefilter_rules_out_other_shapes(scheme_name, text):
    scheme = next(s for s in SCHEMES if s.name == scheme_name)
    assert not scheme.needs.search(text) and not scheme.shape.search(text)


@pytest.mark.parametrize("text, value", [
    ("P R um oh one eight six one five C", "P R um oh one eight six one five C"),  # any scheme, letters spelled
    ("it's 1234567TA", "1234567TA"),
    ("tea en eight seven six two three six see", "tea en eight seven six two three six see"),
])
def test_national_id_answer_takes_letters_and_digits(text, value):
    results = NationalIdRecognizer().analyze_answer(text, "NATIONAL_ID")
    assert [text[r.start:r.end] for r in results] == [value]


@pytest.mark.parametrize("text, expected", [("not sure", []), ("it's 123", [])])
def test_national_id_answer_needs_five_digits(text, expected):
    assert NationalIdRecognizer().analyze_answer(text, "NATIONAL_ID") == expected


def test_national_id_after_its_words_whatever_the_scheme():
    text = "so your ni number reads why aitch six zero zero three eight six C"
    found = [text[r.start:r.end] for r in NationalIdRecognizer().analyze(text)]
    assert found == ["why aitch six zero zero three eight six C"]


@pytest.mark.parametrize("scheme", [s for s in SCHEMES if s.needs_first is not None], ids=lambda s: s.name)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_national_id_shared_gate_holds_in_every_prefilter_match(scheme, data):
    text = data.draw(st.from_regex(re.compile(scheme.needs.pattern, scheme.needs.flags)))
    assert scheme.needs.search(text) and scheme.needs_first.search(text)


@pytest.mark.parametrize("scheme_name, text, passes", [
    ("in_pan", "pan ABCPE1234F", True), ("in_pan", "code 1234 F", False),
    ("ie_pps", "pps 1234567T", True), ("ke_pin", "pin A123456789B", True), ("mx_curp", "x 123 456H", False),
    ("es_dni", "dni 12345678-Z", True), ("es_dni", "dni 123456 Z", False), ("es_nie", "nie X-1234567-L", True),
    ("sg_nric", "nric S1234567D", True), ("sg_nric", "nric S 123456 D", False),
])
def test_national_id_shared_gate_rows(scheme_name, text, passes):
    scheme = next(s for s in SCHEMES if s.name == scheme_name)
    assert (scheme.needs_first.search(text) is not None) is passes
    assert passes or not scheme.needs.search(text)


@pytest.mark.parametrize("scheme", [s for s in SCHEMES if s.whole_word], ids=lambda s: s.name)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_national_id_whole_word_gate_holds_in_every_shape_match(scheme, data):
    from recognizers.spoken_aware import words_of
    ascii_only = data.draw(st.booleans())  # (the gate reads ASCII text only)
    text = data.draw(st.from_regex(re.compile(scheme.shape.pattern, scheme.shape.flags),
                                   alphabet=st.characters(max_codepoint=127) if ascii_only else None))
    assert scheme.shape.search(text) and not scheme.longer_than_words(text, words_of(text))


@pytest.mark.parametrize("text, scanned, found", [
    ("codice fiscale: MRTMTT91D08F205J", True, True), ("cf MRTMTT91D08F205J grazie", True, True),
    ("codice fiscale MRTMTT 91D08F205J call 1234", False, False),  # no word of sixteen: not scanned
    ("codice fiscale mrtmtt91d08f205 1234", False, False), ("fiscale MRTMTT91D08F205J\u00e0 1234", True, False),
])
def test_national_id_codice_fiscale_scanned_only_with_a_word_of_its_length(text, scanned, found):
    from recognizers.spoken_aware import words_of
    scheme = next(s for s in SCHEMES if s.name == "it_codice_fiscale")
    assert scheme.longer_than_words(text, words_of(text)) is not scanned
    assert any(r.entity_type == "NATIONAL_ID" for r in NationalIdRecognizer().analyze(text)) is found


@pytest.mark.parametrize("scheme_name, text, passes", [
    ("my_nric", "ic 900101-14-5678", True), ("my_nric", "ic 900101 1 45678", False),
    ("mx_rfc", "rfc GODE561231GR8", True), ("mx_rfc", "rfc GODE 561231", False),
    ("fi_hetu", "hetu 131052-308T", True), ("fi_hetu", "hetu 131052 308T", False),
])
def test_national_id_class_gate_rows(scheme_name, text, passes):
    scheme = next(s for s in SCHEMES if s.name == scheme_name)
    assert bool(scheme.needs_first.search(text)) is passes
    assert passes or not scheme.needs.search(text)


@pytest.mark.parametrize("text, scanned", [("national id CM12345678ABCD", True), ("national id CM1234567 8ABCD", False)])
def test_national_id_ugandan_nin_scanned_only_with_a_word_of_its_length(text, scanned):
    from recognizers.spoken_aware import words_of
    scheme = next(s for s in SCHEMES if s.name == "ug_nin")
    assert scheme.longer_than_words(text, words_of(text)) is not scanned
    assert bool(scheme.shape.search(text)) is scanned
