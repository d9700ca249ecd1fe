"""Ghana Post GPS digital addresses: in their written shape, named, or answering an address question."""
from __future__ import annotations

import pytest

from recognizers.entities import POSTCODE, STREET_ADDRESS
from recognizers.ghana_digital_address import GhanaDigitalAddressRecognizer

RECOGNIZER = GhanaDigitalAddressRecognizer()


def _found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in RECOGNIZER.analyze(text, [POSTCODE], None)]


@pytest.mark.parametrize("text, code", [
    ("12 ring road, Kumasi AK-039-5028", "AK-039-5028"),             # the written shape, anywhere
    ("house 136, ring road east, ga-546-2707", "ga-546-2707"),        # ... in any case
    ("deliver to GA-1838-164 no wait GA-183-8164", "GA-183-8164"),
    ("my digital address is ga 183 8164 thanks", "ga 183 8164"),      # named: any case, blanks
    ("GhanaPost GPS: VH0524411", "VH0524411"),
])
def test_a_digital_address_is_a_postcode(text, code):
    assert _found(text) == [code]


@pytest.mark.parametrize("text", [
    "ticket ZZ-123-4567 please",          # no region starts with Z
    "call 020-123-4567 tomorrow",         # digits only: a phone number's business
    "AK-039-50281",                       # a fifth digit: another shape
    "the gps was off, about 10-15 min",   # named, but no code
])
def test_no_digital_address_without_its_shape(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, found", [("CC2083751", ["CC2083751"]), ("cc2083751", []), ("the blue house", [])])
def test_answer_to_an_address_question(text, found):
    assert [text[h.start:h.end] for h in RECOGNIZER.find_answer(text, STREET_ADDRESS)] == found


@pytest.mark.parametrize("text, may", [
    ("my digital address is GA-183-8164", True), ("GPS code GA1838164", True), ("Ghana Post GPS ga 183 8164", True),
    ("DIGITAL ADDRESS: GA-183-8164", True), ("gps", True), ("ghanapost GA1838164", True), ("the code is GA-183-8164", False), ("", False),
    ("dígital address GA-183-8164", True),  # not ASCII: no gate
])
def test_named_gate(text, may):
    from recognizers.ghana_digital_address import _NAMED, _may_be_named
    assert _may_be_named(text, text.lower()) is may
    assert may or _NAMED.search(text) is None
