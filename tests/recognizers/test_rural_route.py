"""Tests for recognizers.rural_route (Canadian rural routes with a site or compartment)."""
from __future__ import annotations

import pytest

from recognizers.entities import STREET_ADDRESS
from recognizers.rural_route import RuralRouteRecognizer

REC = RuralRouteRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in REC.analyze(text, [STREET_ADDRESS]) if r.score >= 0.5]


def answered(text: str) -> list[str]:
    return [text[r.start:r.end] for r in REC.analyze_answer(text, STREET_ADDRESS)]


@pytest.mark.parametrize("text, value", [
    ("send it to my parents instead, Site 15, RR 8, Guelph", "Site 15, RR 8, Guelph"),
    ("the install address is RR#5 Site 38 - Zwolle.", "RR#5 Site 38 - Zwolle"),
    ("it goes to site 3 rural route one kamloops", "site 3 rural route one kamloops"),
    ("comp 12 site 4 rr 2 please", "comp 12 site 4 rr 2"),
    ("site three 4 rural route seven", "site three 4 rural route seven"),   # spoken numbers
])
def test_rural_route_with_site_and_town(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "take route 66 to the site 4 building",
    "the rr 5 train is late",
    "rural route planning is hard",
    "",
])
def test_rural_route_needs_route_and_site(text):
    assert found(text) == []


def test_rural_route_alone_as_an_answer():
    assert answered("rr 7 near the church") == ["rr 7"]
