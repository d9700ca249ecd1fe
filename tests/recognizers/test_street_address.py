"""Tests for recognizers.street_address."""
import pytest
from hypothesis import given, settings, strategies as st

from recognizers.base import create
from recognizers.entities import STREET_ADDRESS
from recognizers.street_address import StreetAddressRecognizer

REC = StreetAddressRecognizer()


def spans(text):
    return [text[r.start:r.end] for r in REC.analyze(text, [STREET_ADDRESS]) if r.score >= 0.5]


@pytest.mark.parametrize("text,expected", [
    ("The title refers to 1668 Glyn St street", "1668 Glyn St"),
    ("send it to 14 Crown Street please", "14 Crown Street"),
    ("I live at Brucker Bundesstrasse 31 now", "Brucker Bundesstrasse 31"),
    ("it is Laukaantie 80", "Laukaantie 80"),
    ("office: Ringvej 144", "Ringvej 144"),
    ("rue du centre 320", "rue du centre 320"),
    ("meet at 33 avenue de Provence", "33 avenue de Provence"),
    ("Via delle Coste 41", "Via delle Coste 41"),
    ("my flat is Apt 4B", "Apt 4B"),
    ("Suite 501", "Suite 501"),
    ("PSC 0413, Box 8144", "PSC 0413, Box 8144"),
    ("P.O. Box 211", "P.O. Box 211"),
    ("it's twelve thirty four main street", "twelve thirty four main street"),
    ("He lives on Allika 46.", "Allika 46"),
    ("20789 Allika 46\n Suite 501\n Riisa", "20789 Allika 46\n Suite 501\n Riisa"),
    ("2202 Rissik St Apt. 050 Coalville South Africa", "2202 Rissik St Apt. 050 Coalville South Africa"),
])
def test_street_address_positive(text, expected):
    assert expected in spans(text)


@pytest.mark.parametrize("text", [
    "I live in Canada",
    "we moved to Paris last year",
    "call me at five pm",
    "it takes 20 minutes",
    "windows 10 crashed",
    "one way or another",
    "i have two green tea bags",
    "",
])
def test_street_address_negative(text):
    assert spans(text) == []


def test_street_address_registered_and_entity_filter():
    rec = create("street_address.v1")
    assert rec.analyze("14 Crown Street", ["PERSON"]) == []
    assert [r.entity_type for r in rec.analyze("14 Crown Street", [STREET_ADDRESS])] == [STREET_ADDRESS]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_street_address_spans_in_bounds(text):
    for r in REC.analyze(text, [STREET_ADDRESS]):
        assert 0 <= r.start < r.end <= len(text)
