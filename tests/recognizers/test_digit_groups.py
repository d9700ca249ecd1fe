"""Tests for recognizers.digit_groups: anchored at digit-group starts, the same matches as a plain finditer."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from recognizers.digit_groups import GroupAnchored, group_anchored, group_starts
from recognizers.national_id import SCHEMES
from recognizers.start_set import compile_fast

TEXTS = ["", "no digits here", "call 912-70-3456 or 912 70 3456", "x123 456-789 .123 _12 a-1 1.5 2,345,678",
         "ids 123456789012, 12.345.678-5 and +44 7700 900461", "٣٤٥ 123 ١٢٣٤٥٦٧٨٩", "12345678901234567890"]


@pytest.mark.parametrize("source, anchored", [
    (r"(?<![\w\-.])\d{3}-?\d{2}", True),
    (r"(?<![\w\-.])9\d{2}([\- ]?)\d{2}", True),
    (r"(?<![\w\-.])[12] ?\d{2}", True),
    (r"(?<![\w\-.])(?:19|20)?\d{6}", True),
    (r"(?<![\w\-.])[0-9]{4}", True),
    (r"(?<![\w\-.])\d{4}\.?\d{2}|\d{3} ?\d{3}", False),  # top-level "|": the lookbehind guards one branch
    (r"(?<![\w\-.])[A-Z]{2}\d{4}", False),  # starts with a letter
    (r"(?<![\w\-.])[\dA]\d{4}", False),  # may start with a letter
    (r"(?<![\w\-.])\d?", False),  # may match empty
    (r"(?<![\w\-.])\w\d", False),  # \w: letters too
    (r"(?<![\w\-])\d{4}", False),  # another lookbehind
    (r"\d{4}", False),
])
def test_only_patterns_of_the_form_are_anchored(source, anchored):
    pattern = group_anchored(compile_fast(source))
    assert isinstance(pattern, GroupAnchored) is anchored
    for text in TEXTS:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in re.finditer(source, text)]


@pytest.mark.parametrize("text, starts", [
    ("a 12 b3 -4 .5 _6 (7) 8.9 10", (2, 18, 21, 25)),
    ("no digits", ()),
    ("٣ 4", (0, 2)),
])
def test_group_starts(text, starts):
    assert group_starts(text) == starts


def test_national_id_digit_schemes_are_anchored():
    anchored = {s.name for s in SCHEMES if isinstance(s.shape, GroupAnchored)}
    # nl_bsn's two shapes are one group since the boundary checks cover both branches
    assert {"us_ein", "ca_sin", "se_personnummer", "cl_rut", "nl_bsn"} <= anchored


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 -./,+kKa_", max_size=40))
def test_every_anchored_scheme_matches_as_its_pattern(text):
    for scheme in SCHEMES:
        if isinstance(scheme.shape, GroupAnchored):
            plain = scheme.shape.pattern_object
            assert [m.span() for m in scheme.shape.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("source, fewest", [
    (r"\d{3}-\d{4}", 7), (r"9\d{2}", 3), (r"[0-9]+x", 1), (r"\d?\d", 1), (r"\d{2}|\d{5}", 2), (r"(?:\d\d){2,4}", 4),
    (r"[\dkK]{3}", 0), (r"(?=\d{5})\w", 0), (r"[^\D]", 0), (r"(\d)\1", 1), (r"[a-z]+", 0),
])
def test_fewest_digits(source, fewest):
    from recognizers.digit_groups import fewest_digits
    assert fewest_digits(re.compile(source)) == fewest


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_no_national_id_scheme_matches_with_fewer_digits_than_it_counts(data):
    from recognizers.national_id import NationalIdRecognizer
    for scheme, fewest in zip(SCHEMES, NationalIdRecognizer.SCHEME_DIGITS):
        shape = getattr(scheme.shape, "pattern_object", scheme.shape)
        text = data.draw(st.from_regex(re.compile(shape.pattern, shape.flags)))
        assert all(sum(map(str.isdigit, m.group())) >= fewest for m in re.finditer(shape.pattern, text, shape.flags))


@pytest.mark.parametrize("text, found", [
    ("my sin is 123 456 782", True),     # nine digits: the Canadian SIN scheme is tried and finds it
    ("my sin is 123 456", False),        # six: fewer than any SIN holds, the scheme is not tried
])
def test_national_id_tries_a_scheme_only_with_its_digits(text, found):
    from recognizers.national_id import NationalIdRecognizer
    assert any(h.detail == "ca_sin" for h in NationalIdRecognizer().find(text)) is found


@pytest.mark.parametrize("source, offsets, text, spans", [
    # the IBAN candidate: two letters, maybe a blank or dash, two digits
    (r"(?<![A-Za-z0-9])[A-Za-z]{2}[ \-]?\d{2}(?=[ \-]?[A-Za-z0-9])", (2, 3), "iban es 70 2003 or GB82 WEST", [(5, 10), (19, 23)]),
    (r"(?<![A-Za-z0-9])[A-Za-z]{2}[ \-]?\d{2}(?=[ \-]?[A-Za-z0-9])", (2, 3), "no digits here at all", []),
    (r"(?<!\d)(?=\d)\d*?", (0,), "ab 12 c 7", [(3, 3), (3, 4), (8, 8), (8, 9)]),  # empty matches: as finditer
])
def test_matches_before_digits(source, offsets, text, spans):
    from recognizers.digit_groups import matches_before_digits
    pattern = re.compile(source)
    assert [m.span() for m in matches_before_digits(pattern, text, offsets)] == spans == \
        [m.span() for m in pattern.finditer(text)]


def _tried_before_digits():
    """Every pattern the recognizers try only before runs of digits, with the offsets they state."""
    import recognizers.latam_postcode as latam
    import recognizers.postcode as postcode
    from recognizers.account_number import AccountNumberRecognizer as account
    from recognizers.auth_code import AuthCodeRecognizer as auth
    from recognizers.iban import TranscriptIbanRecognizer as iban
    from recognizers.payment_card import PaymentCardRecognizer as card
    from recognizers.phone import TranscriptPhoneRecognizer as phone
    return [(auth.ANSWER, auth.ANSWER_OFFSETS), (iban.CANDIDATE, iban.CANDIDATE_OFFSETS),
            (postcode.SPACED_LOWER, postcode.SPACED_LOWER_OFFSETS), (postcode.COMPACT, postcode.COMPACT_OFFSETS),
            (account.MIXED, account.MIXED_OFFSETS), (account.ANSWER, account.ANSWER_OFFSETS),
            (phone.CANDIDATE, phone.CANDIDATE_OFFSETS), (card.NUMBER, (0,)), (latam._CPA_WRITTEN, (1,)),
            (latam._ANSWER, (0, 1))]


@pytest.mark.parametrize("k", range(10))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(data=st.data())
def test_every_pattern_tried_before_digit_runs_finds_what_finditer_finds(k, data):
    """A pattern edited so that a match may start elsewhere fails here (its offsets no longer hold)."""
    from recognizers.digit_groups import matches_before_digits
    pattern, offsets = _tried_before_digits()[k]
    plain = re.compile(pattern.pattern, pattern.flags)
    text = data.draw(st.from_regex(plain)) + data.draw(st.sampled_from(["", " ", "1", "a", "-", " x1"]))
    assert [m.span() for m in matches_before_digits(pattern, text, offsets)] == [m.span() for m in plain.finditer(text)]
