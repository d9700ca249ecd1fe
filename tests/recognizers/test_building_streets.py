"""A British flat's building name and street after the unit (``recognizers.building_streets``), through the
street address recognizer; and what is no building."""
import pytest

from recognizers.street_address import StreetAddressRecognizer

REC = StreetAddressRecognizer()


def _found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in REC.analyze(text, ["STREET_ADDRESS"])]


@pytest.mark.parametrize("text,address", [
    ("it's flat 12, ormonde mansions, tidal basin road", "flat 12, ormonde mansions, tidal basin road"),
    ("send it to flat 3, kestrel court, abbey lane please", "flat 3, kestrel court, abbey lane"),
    ("apartment 6, ely house, station road", "apartment 6, ely house, station road"),
])
def test_building_and_street_after_a_unit(text, address):
    assert address in _found(text)


@pytest.mark.parametrize("text,not_in", [
    ("4 elm road house is the blue one", "4 elm road house is"),          # no unit: no building
    ("flat 3, kestrel court, and then the lift", "and then"),             # no street-type word
])
def test_no_building_run_without_a_street(text, not_in):
    assert all(not_in not in found for found in _found(text))
