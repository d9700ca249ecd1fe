"""Hypothesis fuzzing of the parts that see arbitrary text: the spoken-form offset map, every registered
recognizer and every redaction operator.

Bounded by default (CI runs it in the suite budget); raise ``PII_FUZZ_EXAMPLES`` for a long run.
"""
from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from pipeline.privacy.keys import PseudonymKey
from pipeline.redaction.operators import OPERATORS, RedactionPolicy, ValueToReplace, plan_replacements
from pipeline.records import Finding
from pipeline.redaction.splice import apply_replacements
from recognizers import base as recognizer_registry
from recognizers import entities as E

pytestmark = pytest.mark.fuzz

EXAMPLES = int(os.environ.get("PII_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="PII_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
KEY = PseudonymKey(b"\x11" * 32)

_VOCAB = ("zero oh o one two three four five six seven eight nine ten eleven twelve thirteen twenty thirty "
          "forty fifty ninety hundred thousand double triple dot at underscore dash point gmail com org "
          "a b c d e f g j k x z as in kilo alpha victor my name is its this social security card number "
          "street avenue lane apt suite po box zip code date of birth march third fifteenth nineteen "
          "eighty five uh um yeah okay priya raghunathan gonzalez maria de la cruz o'connor the and i "
          "spell last four digits account routing ip address iban gb de").split()
_PUNCT = ["", ",", ".", "-", "@", "/", ":", "'", "?", "  "]
word_soup = st.lists(st.tuples(st.sampled_from(_VOCAB), st.sampled_from(_PUNCT)), max_size=40).map(
    lambda ws: " ".join(w + p for w, p in ws))
digits_soup = st.from_regex(r"[0-9 ()+./@:-]{0,60}", fullmatch=True)
any_text = st.one_of(st.text(max_size=120), word_soup, digits_soup,
                     st.text(alphabet=st.characters(codec="utf-8"), max_size=60))


def _names() -> list[str]:
    return recognizer_registry.registered_names()


@pytest.fixture(scope="module")
def recognizer_objects():
    return {name: recognizer_registry.create(name) for name in _names()}


def _in_bounds(results, text: str) -> bool:
    return all(0 <= r.start < r.end <= len(text) for r in results)


@pytest.mark.parametrize("name", _names())
def test_recognizer_fuzz_no_exception_spans_in_bounds(recognizer_objects, name):
    recognizer = recognizer_objects[name]
    cues = sorted(set(recognizer.supported_entities) | {E.EXPECT_SSN_LAST4, E.EXPECT_SPELLED_NAME})

    @FUZZ
    @given(text=any_text, cue=st.sampled_from(cues))
    def check(text, cue):
        results = recognizer.analyze(text, entities=list(recognizer.supported_entities), nlp_artifacts=None)
        assert _in_bounds(results, text)
        assert all(r.entity_type in recognizer.supported_entities for r in results)
        assert _in_bounds(recognizer.analyze_answer(text, cue), text)

    check()


def test_spoken_view_fuzz_offsets_map_into_original():
    from recognizers.spoken import view as spoken_view

    @FUZZ
    @given(text=st.one_of(word_soup, st.text(max_size=80)))
    def check(text):
        view = spoken_view.SpokenView.of(text)
        assert view.original == text
        if not view.changed:
            assert view.text == text
        for i in range(len(view.text)):
            start, end = view.to_original(i, i + 1)
            assert 0 <= start < end <= len(text)
        for seg in view.segments:
            assert 0 <= seg.start < seg.end <= len(view.text)
            start, end = view.to_original(seg.start, seg.end)
            assert 0 <= start < end <= len(text)
        if view.text:
            with pytest.raises(ValueError):
                view.to_original(0, len(view.text) + 1)

    check()


VALUE_BY_TYPE = {
    E.PERSON: st.from_regex(r"[A-Z][a-z]{2,9} [A-Z][a-z]{3,11}|[a-z]{3,9} [a-z]{4,11}", fullmatch=True),
    E.PHONE_NUMBER: st.from_regex(r"\(?\d{3}\)? ?\d{3}-\d{4}", fullmatch=True),
    E.EMAIL_ADDRESS: st.from_regex(r"[a-z]{3,8}\.[a-z]{3,8}@example\.(com|org)", fullmatch=True),
    E.CREDIT_CARD: st.from_regex(r"\d{4} \d{4} \d{4} \d{4}", fullmatch=True),
    E.US_SSN: st.from_regex(r"\d{3}-\d{2}-\d{4}", fullmatch=True),
    E.DATE_OF_BIRTH: st.from_regex(r"(0[1-9]|1[0-2])/(0[1-9]|1\d|2[0-8])/(19[5-9]\d|200\d)", fullmatch=True),
    E.STREET_ADDRESS: st.from_regex(r"\d{2,4} [A-Z][a-z]{3,8} (Street|Lane|Avenue)", fullmatch=True),
    E.ZIP_CODE: st.from_regex(r"\d{5}", fullmatch=True),
    E.ACCOUNT_NUMBER: st.from_regex(r"\d{8,12}", fullmatch=True),
    E.AUTH_CODE: st.from_regex(r"\d{6}", fullmatch=True),
    E.IBAN_CODE: st.just("GB82 WEST 1234 5698 7654 32"),
    E.IP_ADDRESS: st.from_regex(r"(1\d\d|2[0-4]\d)\.\d{1,2}\.\d{1,2}\.\d{2,3}", fullmatch=True),
}
SPOKEN = st.lists(st.sampled_from("zero one two three four five six seven eight nine oh".split()),
                  min_size=4, max_size=12).map(" ".join)


def _leaks(value: str, replacement: str) -> bool:
    """The original value (or its digits) survives inside the replacement."""
    if len(value.strip()) < 4:
        return False
    if value.casefold() in replacement.casefold():
        return True
    digits = re.sub(r"\D", "", value)
    return len(digits) >= 6 and digits in re.sub(r"\D", "", replacement)


@pytest.mark.parametrize("operator", sorted(OPERATORS))
def test_operator_fuzz_output_well_formed_and_value_gone(operator):
    @FUZZ
    @given(etype=st.sampled_from(sorted(VALUE_BY_TYPE)), data=st.data(),
           prefix=st.text(max_size=20), suffix=st.text(max_size=20), conv=st.text(min_size=1, max_size=8))
    def check(etype, data, prefix, suffix, conv):
        value = data.draw(st.one_of(VALUE_BY_TYPE[etype], SPOKEN))
        policy = RedactionPolicy(operators={etype: operator})
        text = f"{prefix} {value} {suffix}"
        start = len(prefix) + 1
        finding = Finding(start, start + len(value), etype, 0.9, "fuzz")
        (plan,) = plan_replacements([ValueToReplace(value, etype, 0)], policy, KEY, conv)
        red = apply_replacements(text, [finding], [plan])
        assert isinstance(red.text, str)
        if operator.startswith("drop_"):
            assert red.dropped
            return
        assert red.text.startswith(prefix) and red.text.endswith(suffix)
        (ann,) = red.annotations
        assert 0 <= ann.start <= ann.end <= len(red.text) and ann.entity_type == etype
        replaced = red.text[ann.start:ann.end]
        assert replaced == plan.text
        if operator.startswith("date_shift") and etype not in (E.DATE, E.DATE_OF_BIRTH):
            return  # date shifting falls back to another operator outside dates
        assert not _leaks(value, replaced), (operator, etype)

    check()
