"""Registry contract of the structured-identifier recognizers: names, explanations, no leaks."""
from __future__ import annotations

import importlib
import logging

import pytest

from recognizers import base

# Imported directly (not through registry discovery) so an unrelated broken module elsewhere in the
# package cannot fail these tests.
MODULES = {"phone.v1": "phone", "payment_card.v1": "payment_card", "ssn.v1": "ssn", "dates.v2": "dates",
           "email.v1": "email", "zip_code.v2": "zip_code", "postcode.v1": "postcode", "card_details.v1": "card_details", "account_number.v1": "account_number",
           "auth_code.v1": "auth_code", "iban.v1": "iban", "ip_address.v1": "ip_address"}
NAMES = list(MODULES)


def _create(name: str) -> base.TranscriptRecognizer:
    importlib.import_module(f"recognizers.{MODULES[name]}")
    return base._REGISTRY[name]()
TURN = ("yeah so my card is four two four two four two four two four two four two four two four two "
        "and my zip is nine oh two one oh, call me at four one five five five five zero one three two, "
        "email j o h n at gmail dot com, born march third eighty five, social is one two three four five "
        "six seven eight nine, account number four four seven two one nine, the verification code is four "
        "eight two nine one three, iban GB82 WEST 1234 5698 7654 32, my ip is one nine two dot one six "
        "eight dot one dot one, postcode s w one a one a a, expires 09/27, cvv 123")


@pytest.mark.parametrize("name", NAMES)
def test_registry_creates_each_recognizer(name):
    recognizer = _create(name)
    assert recognizer.name == name and recognizer.supported_entities


@pytest.mark.parametrize("name", NAMES)
def test_recognizer_results_are_explained_and_in_bounds(name):
    results = _create(name).analyze(TURN, None)
    assert results, name
    for result in results:
        assert 0 <= result.start < result.end <= len(TURN)
        assert result.analysis_explanation.recognizer == name
        assert result.analysis_explanation.textual_explanation in ("pattern", "context")
        assert result.entity_type in _create(name).supported_entities


@pytest.mark.parametrize("name", NAMES)
def test_recognizer_honours_requested_entities(name):
    assert _create(name).analyze(TURN, ["NOT_A_TYPE"]) == []


@pytest.mark.parametrize("name", NAMES)
def test_recognizer_handles_empty_text(name):
    assert _create(name).analyze("", None) == []


def test_recognizers_log_no_values(caplog):
    caplog.set_level(logging.DEBUG)
    for name in NAMES:
        _create(name).analyze(TURN, None)
    assert "four" not in caplog.text and "gmail" not in caplog.text
