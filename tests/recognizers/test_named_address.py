"""Tests for recognizers.named_address: addresses without a house number, where an address is expected."""
import pytest

from recognizers.entities import STREET_ADDRESS
from recognizers.street_address import StreetAddressRecognizer

REC = StreetAddressRecognizer()


def spans(text):
    return [text[r.start:r.end] for r in REC.analyze(text, [STREET_ADDRESS]) if r.score >= 0.5]


def answer_spans(text):
    return [text[r.start:r.end] for r in REC.analyze_answer(text, STREET_ADDRESS)]


@pytest.mark.parametrize("text,expected", [
    ("please post it to rose cottage, marsh lane, great bardfield thanks", "rose cottage, marsh lane, great bardfield"),
    ("Could you send them to The Old Vicarage, Church Street, Much Wenlock?", "The Old Vicarage, Church Street, Much Wenlock"),
    ("the parcel went to my old place lower grange farm tilshead", "lower grange farm tilshead"),
    ("she lives at the coach house, sandy lane", "the coach house, sandy lane"),
    ("we have the delivery address as ivy barn, hollow lane, brampton", "ivy barn, hollow lane, brampton"),
    ("can it go to my mum's instead larch cottage kiln road wenlock", "larch cottage kiln road wenlock"),
    ("can you send so it to meadow view little haddon instead", "meadow view little haddon"),  # a filler first
    ("deliver it to orchard view, wickham bishops instead", "orchard view, wickham bishops"),
    ("deliver the lenses to Holly Barn, Belvedere Gardens, Ripon pls", "Holly Barn, Belvedere Gardens, Ripon"),
    ("the new card will reach Ivy Cottage, Mill Lane, Settle in 2 days", "Ivy Cottage, Mill Lane, Settle"),
    ("the engineer should come to rowan house priory way so", "rowan house priory way"),
    ("so the engineer's going to larch cottage saltash way skipton", "larch cottage saltash way skipton"),
    ("the courier is heading to the old forge, mill lane, hexham", "the old forge, mill lane, hexham"),
])
def test_unnumbered_address_after_a_cue(text, expected):
    assert expected in spans(text)


@pytest.mark.parametrize("text", [
    "send it to my email please",
    "i'd go to my parents instead of waiting",
    "send it to the farm",
    "send it to head office",
    "can you send it to the lane",
    "please forward this to the billing team",
    "we went to the old place for dinner",
    "i'll send it to you tomorrow",
    "the house is lovely, the lane is quiet",   # no cue
])
def test_no_address_without_a_cue_or_a_street_or_house_word(text):
    assert spans(text) == []


@pytest.mark.parametrize("text,expected", [
    ("it's hawthorn cottage, mill road, east knoyle", "hawthorn cottage, mill road, east knoyle"),
    ("um yeah the granary, brinkworth", "the granary, brinkworth"),
    ("via garibaldi fifty nine two oh one two one", "via garibaldi fifty nine"),   # the street before the number
    ("Andrássy út 52, 1061", "Andrássy út 52, 1061"),
    ("thorvald meyers gate one hundred seventeen", "thorvald meyers gate one hundred seventeen"),
    ("ermou forty four", "ermou forty four"),
])
def test_unnumbered_address_answering_the_address_question(text, expected):
    assert expected in answer_spans(text)


@pytest.mark.parametrize("text", ["it's the same as before", "yeah that's right", "no I moved last year",
                                  "find one in santa clara"])
def test_answer_without_a_street_or_house_word(text):
    assert answer_spans(text) == []


@pytest.mark.parametrize("text,expected", [
    ("send it to flat nine forty two ashdown walk", ["flat nine forty two ashdown walk"]),
    ("it's one one four penhallow view", ["one one four penhallow view"]),
    ("it is a two minute walk from the station", []),
    ("five minutes walk", []),
    ("one green park", []),
])
def test_spoken_walk_view_park_after_a_street_name(text, expected):
    assert spans(text) == expected
