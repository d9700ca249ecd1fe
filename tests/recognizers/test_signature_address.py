"""A writer's address under their signed name: the lines with a digit after the sign-off and the name line are a
STREET_ADDRESS, a line of one short code a POSTCODE; a line of words between two of them is part of the address; a
phone, an e-mail or a labelled field ends the address, and without a sign-off and a name line nothing is found.
Addresses written for this test."""
from __future__ import annotations

import pytest

from recognizers.entities import POSTCODE, STREET_ADDRESS
from recognizers.signature_address import SignatureAddressRecognizer

RECOGNIZER = SignatureAddressRecognizer()


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[r.start:r.end], r.entity_type) for r in RECOGNIZER.analyze(text, [STREET_ADDRESS, POSTCODE], None)]


@pytest.mark.parametrize("text, found", [
    ("Thanks for your help.\n\nKind regards,\nDara Chhun\nno. 12, street 310, sangkat boeung keng kang\n120102",
     [("no. 12, street 310, sangkat boeung keng kang", STREET_ADDRESS), ("120102", POSTCODE)]),
    ("yours sincerely,\nsato hiroshi\n3-14-1 asagaya-kita\n〒166-0001",
     [("3-14-1 asagaya-kita", STREET_ADDRESS), ("〒166-0001", POSTCODE)]),
    ("Best,\nHelga Jonsdottir\nLaugavegur 77\nReykjavik\n101",
     [("Laugavegur 77", STREET_ADDRESS), ("Reykjavik", STREET_ADDRESS), ("101", POSTCODE)]),
    ("Regards,\nKa Vang\n2231 Maple Ave, Apt 4\nSt Paul MN 55104",
     [("2231 Maple Ave, Apt 4", STREET_ADDRESS), ("St Paul MN 55104", STREET_ADDRESS)]),
    ("Cheers,\nTom Hale\n14 Mill Lane\n\nP.S. call me", [("14 Mill Lane", STREET_ADDRESS)]),   # a blank line ends it
    # a sign-off opening its own line under other text
    ("See you Monday.\n\nKind regards,\nNora Vella\n12, Triq il-Mitħna\nRBT 2040",
     [("12, Triq il-Mitħna", STREET_ADDRESS), ("RBT 2040", POSTCODE)]),
    ("Thanks again.\nBest wishes,\nHarpal Gill\nPlot 7, Phase 3B\n141001",
     [("Plot 7, Phase 3B", STREET_ADDRESS), ("141001", POSTCODE)]),
])
def test_address_lines_under_a_signed_name(text, found):
    assert _found(text) == found


@pytest.mark.parametrize("text", [
    "Kind regards,\nDara Chhun\nCustomer Care",                          # no digit: a role, a team
    "Kind regards,\nDara Chhun\n+44 161 555 0101",                       # a phone line: the phone recognizer's
    "Kind regards,\nDara Chhun\ndara.chhun@example.com\n14 Mill Lane",   # an e-mail line ends the block
    "Kind regards,\nDara Chhun\nMember no: 55102\n14 Mill Lane",          # a labelled field ends the block
    "Kind regards,\nTeam 4 Support\n14 Mill Lane",                       # the signed line holds a digit: no name
    "my address is 14 Mill Lane\nand the code is 120102",                # no sign-off
    "thanks\n14 Mill Lane",                                              # no name line
])
def test_no_signature_address(text):
    assert _found(text) == []
