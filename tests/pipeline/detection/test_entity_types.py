"""Type accuracy: addresses and multi-word places are not PERSON; overlapping types keep the widest."""
from __future__ import annotations

import pytest

from pipeline.detection.detector import merge_overlaps
from pipeline.detection.entity_types import correct_types
from pipeline.records import Finding


def _finding(text: str, piece: str, entity_type: str = "PERSON", score: float = 0.8) -> Finding:
    start = text.index(piece)
    return Finding(start, start + len(piece), entity_type, score, "test.v1", "name_list")


@pytest.mark.parametrize("text, piece", [
    ("Ship it to 4410 Marlow Avenue, Tacoma.", "4410 Marlow Avenue, Tacoma"),
    ("the parcel went to 77b harrow lane", "77b harrow lane"),
])
def test_correct_types_makes_a_person_with_digits_an_address(text, piece):
    out = correct_types(text, [_finding(text, piece)])
    assert [(f.entity_type, text[f.start:f.end]) for f in out] == [("STREET_ADDRESS", piece)]


@pytest.mark.parametrize("text, number, piece", [
    ("The restaurant is at 9816 214 Pavlou Drandaki", "9816 214 ", "Pavlou Drandaki"),
    ("she lives at 34 Mira Tolic now", "34 ", "Mira Tolic"),
    ("my address is: 7b Rua Joao", "7b ", "Rua Joao"),
])
def test_correct_types_makes_a_person_after_a_house_number_an_address(text, number, piece):
    out = correct_types(text, [_finding(text, piece)])
    assert [(f.entity_type, text[f.start:f.end]) for f in out] == [("STREET_ADDRESS", number + piece)]


@pytest.mark.parametrize("text, piece, whole", [
    ("petőfi sándor utca 67, 6720", "petőfi sándor utca", "petőfi sándor utca 67, 6720"),   # a street word ends it
    ("ANDRÁSSY ÚT 52", "ANDRÁSSY ÚT", "ANDRÁSSY ÚT 52"),
])
def test_correct_types_makes_a_person_ending_in_a_street_word_before_a_number_an_address(text, piece, whole):
    out = correct_types(text, [_finding(text, piece)])
    assert [(f.entity_type, text[f.start:f.end]) for f in out] == [("STREET_ADDRESS", whole)]


def test_correct_types_keeps_a_person_before_a_number_without_a_street_word():
    text = "table for sándor 67"
    out = correct_types(text, [_finding(text, "sándor")])
    assert [(f.entity_type, text[f.start:f.end]) for f in out] == [("PERSON", "sándor")]


@pytest.mark.parametrize("text, piece", [
    ("agent 4471 Marta speaking", "Marta"),             # no place preposition
    ("I paid 40 John Smith took the rest", "John Smith"),
    ("we met at 10 with Anna", "Anna"),                   # a word between
    ("the 3 of us and Priya", "Priya"),
    ("call me back at 5 Sarah", "Sarah"),                 # a time
])
def test_correct_types_keeps_a_person_after_other_numbers(text, piece):
    finding = _finding(text, piece)
    assert correct_types(text, [finding]) == [finding]


@pytest.mark.parametrize("text, piece", [
    ("it is Chidera Obi, 12 October 1987", "Chidera Obi, 12 October 1987"),   # a name and a date
    ("agent 4471 Marta speaking", "4471 Marta"),
])
def test_correct_types_leaves_other_persons_with_digits_to_the_type_rules(text, piece):
    finding = _finding(text, piece)
    assert correct_types(text, [finding]) == [finding]


@pytest.mark.parametrize("text, piece", [
    ("I moved to San Francisco in May.", "San Francisco"),
    ("we drove to santa clara yesterday", "santa clara"),
    ("They live in New York.", "New York"),
    ("the branch in Los Angeles closed", "Los Angeles"),
])
def test_correct_types_drops_a_multi_word_place(text, piece):
    assert correct_types(text, [_finding(text, piece)]) == []


@pytest.mark.parametrize("text, number, piece", [
    ("Please return to 94941 2505 Heatherleigh Suite 620", "94941 ", "2505 Heatherleigh Suite 620"),
    ("it is in 675 224 Forrest Hill Road", "675 ", "224 Forrest Hill Road"),
    ("we're in ward nine four jhapa road", "ward ", "nine four jhapa road"),  # a Nepali ward
])
def test_correct_types_takes_a_unit_number_before_an_address(text, number, piece):
    out = correct_types(text, [_finding(text, piece, "STREET_ADDRESS")])
    assert [(f.entity_type, text[f.start:f.end]) for f in out] == [("STREET_ADDRESS", number + piece)]


def test_correct_types_leaves_a_time_before_an_address():
    text = "see you at 5 12 Main Street"
    finding = _finding(text, "12 Main Street", "STREET_ADDRESS")
    assert correct_types(text, [finding]) == [finding]


@pytest.mark.parametrize("text, piece", [
    ("my wallet shows UGX 2,500 less", "UGX"),
    ("a charge at the spot for GH₵120", "GH"),
    ("they took NGN5,000 from me", "NGN"),
])
def test_correct_types_drops_a_currency_code_before_an_amount(text, piece):
    assert correct_types(text, [_finding(text, piece, score=0.6)]) == []


@pytest.mark.parametrize("text, piece", [
    ("sorry, i'm near Wanjala Hardware right now", "Wanjala"),          # a business named after a person
    ("im at the achieng salon till 5", "achieng"),
    ("I'm outside the Boateng Coffee House", "Boateng Coffee House"),    # the shop's noun inside the finding
])
def test_correct_types_drops_a_business_named_after_a_person(text, piece):
    assert correct_types(text, [_finding(text, piece, score=0.7)]) == []


@pytest.mark.parametrize("text, piece", [
    ("i'm at Wanjala's Hardware", "Wanjala's"),          # a possessive: the owner
    ("Wanjala hardware was shut", "Wanjala"),            # no place preposition before it
    ("i spoke to Wanjala at the shop", "Wanjala"),       # the shop's noun not right after the name
])
def test_correct_types_keeps_a_name_beside_a_shop(text, piece):
    finding = _finding(text, piece, score=0.7)
    assert correct_types(text, [finding]) == [finding]


@pytest.mark.parametrize("text, piece", [
    ("thanks AMY 2 days ago you helped me", "AMY"),     # a given name in capitals
    ("it was UGX who called", "UGX"),                  # no amount after it
    ("Lee 25 years a customer", "Lee"),                # not all capitals
])
def test_correct_types_keeps_capitals_that_are_no_currency_code(text, piece):
    finding = _finding(text, piece, score=0.6)
    assert correct_types(text, [finding]) == [finding]


@pytest.mark.parametrize("text, piece, score", [
    ("my name is florence", "florence", 0.9),        # a one-word place is also a given name
    ("send it to jordan please", "jordan", 0.7),
    ("my name is san jose", "san jose", 0.9),        # a strong cue: a name, whatever else it is
    ("I spoke to Maria Lopez.", "Maria Lopez", 0.8),
])
def test_correct_types_keeps_names(text, piece, score):
    finding = _finding(text, piece, score=score)
    assert correct_types(text, [finding]) == [finding]


def test_merge_overlaps_keeps_the_widest_type_when_types_conflict():
    text = "My address is 1842 Lotus Court, Apt 5B, San Jose, CA 95112."
    address = _finding(text, "1842 Lotus Court, Apt 5B, San Jose, CA 95112", "STREET_ADDRESS", 0.75)
    person = _finding(text, "San Jose", "PERSON", 0.8)
    merged = merge_overlaps([address, person])
    assert [(f.entity_type, f.start, f.end, f.score) for f in merged] == [
        ("STREET_ADDRESS", address.start, address.end, 0.8)]


def test_merge_overlaps_keeps_the_strongest_when_types_agree():
    text = "this is anna maria lopez"
    a, b = _finding(text, "anna maria", score=0.9), _finding(text, "maria lopez", score=0.6)
    merged = merge_overlaps([a, b])
    assert [(f.start, f.end, f.score, f.entity_type) for f in merged] == [(a.start, b.end, 0.9, "PERSON")]


@pytest.mark.parametrize("text, piece, speaker", [
    ("SkyMiles Club, Benazir speaking, how can I help?", "SkyMiles Club", "Benazir"),  # an agent's opening
    ("Good afternoon, Northway Car Finance, Ines speaking.", "Northway Car", "Ines"),
    ("Brightwatt smart meter team, this is Jan, who have I got?", "Brightwatt", "Jan"),
    ("I'm Fasih from GadgetGuard, who am I chatting with?", "GadgetGuard", "Fasih"),      # a CamelCase brand
])
def test_correct_types_drops_businesses(text, piece, speaker):
    person = _finding(text, speaker)
    assert correct_types(text, [_finding(text, piece, score=0.7), person]) == [person]


@pytest.mark.parametrize("text, piece, speaker", [
    ("Sarah Lee, John Smith speaking", "Sarah Lee", "John Smith"),     # a given name opens: a person
    ("Hi Sarah, John here", "Sarah", "John"),                          # a greeting before it
    ("I spoke to Ronald McDonald yesterday", "Ronald McDonald", None),  # a name prefix with a capital
    ("ask for DeShawn at the desk", "DeShawn", None),
    ("Hi, I'm JiHoon, calling about my order", "JiHoon", None),       # romanized syllables written as one
    ("I've brought up ShepherdeBradley, is that you?", "ShepherdeBradley", None),
])
def test_correct_types_keeps_people_in_openings_and_inner_capitals(text, piece, speaker):
    findings = [_finding(text, piece, score=0.7)] + ([_finding(text, speaker)] if speaker else [])
    assert correct_types(text, findings) == findings


@pytest.mark.parametrize("text, street, whole", [
    ("tanglewood 34 quarry close", "34 quarry close", "tanglewood 34 quarry close"),   # a house name opens it
    ("Willow Barn, 127 Foundry Walk", "127 Foundry Walk", "Willow Barn, 127 Foundry Walk"),
    ("yes 34 quarry close", "34 quarry close", "34 quarry close"),                     # a function word
    ("it's 34 quarry close", "34 quarry close", "34 quarry close"),
    ("please send it to 34 quarry close", "34 quarry close", "34 quarry close"),      # not the turn's opening
])
def test_correct_types_grows_a_street_over_its_house_name(text, street, whole):
    out = correct_types(text, [_finding(text, street, "STREET_ADDRESS", 0.7)])
    assert [text[f.start:f.end] for f in out] == [whole]


@pytest.mark.parametrize("text, piece", [
    ("[00:02:43] Speaker 1: it's logged now", "00:02:43"),       # a finding with no letters opening the turn
    ("-- , Ada Obi speaking", "-- ,"),
])
def test_correct_types_survives_a_person_finding_without_letters(text, piece):
    out = correct_types(text, [_finding(text, piece)])
    assert [text[f.start:f.end] for f in out] == [piece]
