"""Tests for recognizers.digit_groups: anchored at digit-group starts, the same matches as a plain finditer."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

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
