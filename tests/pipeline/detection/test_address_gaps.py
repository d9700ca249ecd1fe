"""pipeline.detection.address_gaps: the words between the pieces of one address belong to it. Addresses written for
this test."""
from __future__ import annotations

import re

import pytest

from pipeline.detection.address_gaps import fill_address_gaps
from pipeline.records import Finding
from recognizers.entities import ACCOUNT_NUMBER, PERSON, POSTCODE, STREET_ADDRESS, ZIP_CODE


def _at(text: str, piece: str, entity_type: str) -> Finding:
    start = text.index(piece)
    return Finding(start, start + len(piece), entity_type, 0.8, "test.v1", "pattern")


def _filled(text: str, pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out = fill_address_gaps(text, [_at(text, piece, kind) for piece, kind in pieces])
    return [(text[f.start:f.end], f.entity_type) for f in out]


@pytest.mark.parametrize("text, pieces, expected", [
    # a locality between the street and its postcode
    ("twelve kandy road nugegoda west one zero two five zero",
     [("twelve kandy road", STREET_ADDRESS), ("one zero two five zero", ZIP_CODE)],
     [("twelve kandy road nugegoda west", STREET_ADDRESS), ("one zero two five zero", ZIP_CODE)]),
    # a particle the street pattern stopped before
    ("eight rue des lilas blancs three one zero zero zero",
     [("eight rue", STREET_ADDRESS), ("three one zero zero zero", ZIP_CODE)],
     [("eight rue des lilas blancs", STREET_ADDRESS), ("three one zero zero zero", ZIP_CODE)]),
    # two pieces of one street joined over a spoken slash's remainder
    ("forty stroke two mill lane", [("forty stroke", STREET_ADDRESS), ("mill lane", STREET_ADDRESS)],
     [("forty stroke two mill lane", STREET_ADDRESS)]),
    # a locality taken for a name between the street and the code
    ("9 Via Roma scala b Tregnago 21100",
     [("9 Via Roma", STREET_ADDRESS), ("Tregnago", PERSON), ("21100", ZIP_CODE)],
     [("9 Via Roma scala b Tregnago", STREET_ADDRESS), ("21100", ZIP_CODE)]),
    # a known town ends the gap: it stays outside (with its own finding, if any)
    ("9 Via Roma scala b Varese 21100",
     [("9 Via Roma", STREET_ADDRESS), ("Varese", PERSON), ("21100", ZIP_CODE)],
     [("9 Via Roma scala b", STREET_ADDRESS), ("Varese", PERSON), ("21100", ZIP_CODE)]),
    ("forty one jalan pudu lama kuala lumpur five five one zero zero",
     [("forty one jalan pudu", STREET_ADDRESS), ("five five one zero zero", POSTCODE)],
     [("forty one jalan pudu lama", STREET_ADDRESS), ("five five one zero zero", POSTCODE)]),
    # a word after a particle is the street's, even a known place
    ("4 rue de paris 75002", [("4 rue de", STREET_ADDRESS), ("75002", POSTCODE)],
     [("4 rue de paris", STREET_ADDRESS), ("75002", POSTCODE)]),
    # a PO box's number after the town
    ("plot 4 avenue kasa-vubu matadi po box 7712",
     [("plot 4 avenue", STREET_ADDRESS), ("7712", ACCOUNT_NUMBER)],
     [("plot 4 avenue kasa-vubu matadi", STREET_ADDRESS), ("7712", ACCOUNT_NUMBER)]),
    # a comma is no break
    ("Address: 4 Rue Vieille, Kerbrat 29000", [("4 Rue Vieille", STREET_ADDRESS), ("29000", POSTCODE)],
     [("4 Rue Vieille, Kerbrat", STREET_ADDRESS), ("29000", POSTCODE)]),
    # a flat's number after the house number's spoken slash, up to the next value
    ("ulica branilaca grada forty two stroke seven seven one zero zero zero",
     [("ulica branilaca grada forty two", STREET_ADDRESS), ("seven one zero zero zero", ACCOUNT_NUMBER)],
     [("ulica branilaca grada forty two stroke seven", STREET_ADDRESS), ("seven one zero zero zero", ACCOUNT_NUMBER)]),
    ("it's kerkweg nine slash two", [("kerkweg nine", STREET_ADDRESS)], [("kerkweg nine slash two", STREET_ADDRESS)]),
    # a street named with no type word, taken for a name, then its house number and a code
    ("kralja tvrtka forty one 71000", [("kralja tvrtka", PERSON), ("71000", ZIP_CODE)],
     [("kralja tvrtka forty one", STREET_ADDRESS), ("71000", ZIP_CODE)]),
    # a block number after the street; a house number and a postcode after the address's commas
    ("plot nine korangi block six b", [("plot nine korangi", STREET_ADDRESS)], [("plot nine korangi block six b", STREET_ADDRESS)]),
    ("Bole Road, house 17, 1000", [("Bole Road, house", STREET_ADDRESS)],
     [("Bole Road, house 17", STREET_ADDRESS), ("1000", POSTCODE)]),
    ("maršala tita sixty stroke four seven one zero zero zero",
     [("maršala tita", PERSON), ("seven one zero zero zero", ACCOUNT_NUMBER)],
     [("maršala tita sixty stroke four", STREET_ADDRESS), ("seven one zero zero zero", ACCOUNT_NUMBER)]),
])
def test_fill_address_gaps_grows_the_street_over_the_gap(text, pieces, expected):
    assert _filled(text, pieces) == expected


@pytest.mark.parametrize("text, pieces", [
    ("I live at 12 Elm Road and my zip is 90210", [("12 Elm Road", STREET_ADDRESS), ("90210", ZIP_CODE)]),
    ("12 Elm Road. The postcode is SW1A 1AA", [("12 Elm Road", STREET_ADDRESS), ("SW1A 1AA", POSTCODE)]),
    ("it's 3 oak close yes please send it there 4000", [("3 oak close", STREET_ADDRESS), ("4000", POSTCODE)]),
    ("5 park row near the old mill by the river bridge 2010", [("5 park row", STREET_ADDRESS), ("2010", POSTCODE)]),
    ("twelve mill road in kerbrat one two three four five", [("twelve mill road", STREET_ADDRESS),
                                                             ("one two three four five", ZIP_CODE)]),   # a preposition
    ("Rua Nova, 12, Centro, Tregnago - MG, CEP 30130-000", [("Rua Nova, 12", STREET_ADDRESS), ("30130-000", POSTCODE)]),
    ("4 Rue Vieille, Nantes 44000", [("4 Rue Vieille", STREET_ADDRESS), ("44000", POSTCODE)]),  # only a known town
    ("12 Elm Road, ref 55120", [("12 Elm Road", STREET_ADDRESS), ("55120", ACCOUNT_NUMBER)]),   # no PO box
    ("Jo Bell at 12 Elm Road", [("Jo Bell", PERSON), ("12 Elm Road", STREET_ADDRESS)]),       # a name before it
    ("12 Elm Road ask for Jo Bell", [("12 Elm Road", STREET_ADDRESS), ("Jo Bell", PERSON)]),  # no code after the name
    ("twelve elm road stroke two", [("twelve elm road", STREET_ADDRESS)]),  # a slash after the street word: no flat
    ("it's john smith 90210", [("john smith", PERSON), ("90210", ZIP_CODE)]),                  # no house number
    ("12 Elm Road, 2300 pounds a month", [("12 Elm Road", STREET_ADDRESS)]),                  # an amount after the comma
    ("ask for amra. twelve 71000", [("amra", PERSON), ("71000", ZIP_CODE)]),                   # a sentence break
    ("amra forty one two three four five", [("amra", PERSON), ("two three four five", ACCOUNT_NUMBER)]),  # no slash
])
def test_fill_address_gaps_leaves_separate_values(text, pieces):
    assert _filled(text, pieces) == [(piece, kind) for piece, kind in pieces]


# Digits said as words: a surrogate's own digits say them too.
_NUMBER_WORDS = frozenset("zero one two three four five six seven eight nine twenty forty".split())


@pytest.mark.parametrize("answer", [
    "yes forty one jalan bukit bintang wilayah five five one zero zero",
    "no twenty two stroke seven station road kurunegala six zero zero zero zero",
])
def test_address_answer_leaves_no_original_word(redactor, answer):
    out = redactor.redact_conversation([{"speaker": "agent", "text": "and what's the address please"},
                                        {"speaker": "customer", "text": answer}])[1]
    words = [w for w in re.findall(r"[a-z]{3,}", answer.split(" ", 1)[1]) if w not in _NUMBER_WORDS]
    kept = [w for w in words if re.search(rf"\b{w}\b", out.text)]
    assert kept == [], out.text
