"""Tests for recognizers.address_tail: what follows a street belongs to the address, the sentence after it does not."""
import pytest

from recognizers import address_tail
from recognizers.entities import STREET_ADDRESS
from recognizers.street_address import StreetAddressRecognizer

REC = StreetAddressRecognizer()


def spans(text):
    return [text[r.start:r.end] for r in REC.analyze(text, [STREET_ADDRESS]) if r.score >= 0.5]


@pytest.mark.parametrize("text,expected", [
    # the part of a street its name ends with (Irish, British)
    ("it's 125 Phibsborough Road Upper, Dublin 7", "125 Phibsborough Road Upper, Dublin 7"),
    ("forty two leeson street lower please", "forty two leeson street lower"),
    # lowercase towns, regions and countries after commas
    ("deliver to 9 kirkgate 14, tórshavn, faroe islands", "9 kirkgate 14, tórshavn, faroe islands"),
    ("ship to 31 linden road, winnipeg, manitoba", "31 linden road, winnipeg, manitoba"),
    ("it's 8 ferry street, ryde, ne 40211", "8 ferry street, ryde, ne 40211"),
    # a part no list can place, before one that is a place
    ("post it to 77 rua nova 3, sé, angola", "77 rua nova 3, sé, angola"),
    # town words on the unit's line, lowercase, with particles and compass words
    ("my address is 40 cedar avenue suite 9 halifax nova scotia", "40 cedar avenue suite 9 halifax nova scotia"),
    ("44 trg mladosti 2 apt. 7 novo mesto na krki slovenia", "44 trg mladosti 2 apt. 7 novo mesto na krki slovenia"),
    # capitalized parts with lowercase particles, and the postal code after the country
    ("81 Oak Road Apt. 2, Villanueva de la Serena, Spain 06700, and the rest",
     "81 Oak Road Apt. 2, Villanueva de la Serena, Spain 06700"),
    # the place, then the sentence goes on
    ("bill 12 Elm Street, Tartu, Latvia for this order please", "12 Elm Street, Tartu, Latvia"),
    ("send it to 5 mill lane, leeds please", "5 mill lane, leeds"),
    # a blank line before a line ending in a postal code
    ("Ilse Berg\n\n77 Harbour Road\n Apt. 3\n Coldwater\n\n Iceland 10450\n", "77 Harbour Road\n Apt. 3\n Coldwater\n\n Iceland 10450"),
    # a country line longer than the address part rule, cut before the sentence goes on
    ("Return to 19 Birch Lane\n, KR\n Norway 10293 if nobody is home.", "19 Birch Lane\n, KR\n Norway 10293"),
    # "St" before more street words is Saint
    ("Mail: 338 17 St Aldates Road, Oxfordshire", "338 17 St Aldates Road, Oxfordshire"),
    ("a postcode line before the box: 45818 P.O. Box 242", "45818 P.O. Box 242"),
    ("post it to 12 Av Hassan Segundo street", "12 Av Hassan Segundo street"),
    # The town said right after the street, no comma (speech).
    ("send it to forty one brackley row in omagh please", "forty one brackley row in omagh"),
    ("it's twelve ferndale gardens um ilkley", "twelve ferndale gardens um ilkley"),
    ("the card goes to 5 wren close wadebridge today", "5 wren close wadebridge"),
    ("it's six chantry lane market harborough please", "six chantry lane market harborough"),  # a known place
    ("new address is five weavers drive tewkesbury from monday", "five weavers drive tewkesbury"),  # a rare word
    ("it's 9 quarry row bognor regis thanks", "9 quarry row bognor regis"),     # a word that ends a town's name
    ("the card goes to 7 tanner walk stretton magna today", "7 tanner walk stretton magna"),
    ("it reaches 3 mill court ashby de la zouch soon", "3 mill court ashby de la zouch"),  # a given name, particles
    # A punctuating speech engine: the pause and "in" before the town.
    ("It's 18 Carrick Rd., uh, in Bray.", "18 Carrick Rd., uh, in Bray"),
    ("It's 4 Chapel Street, Flat 9, um, in Cobh.", "4 Chapel Street, Flat 9, um, in Cobh"),
    ("Seven Harbour Rd., Kinsale. And that's it", "Seven Harbour Rd., Kinsale"),
    # A town, then its region or a multi-word place name, no comma (speech).
    ("it's 40 birchwood drive savannah georgia 31401", "40 birchwood drive savannah georgia 31401"),
    ("four one two quarry lane lincoln nebraska", "four one two quarry lane lincoln nebraska"),
    ("send it to 88 marsh road albany new york", "88 marsh road albany new york"),
    # A pasted table: the cell border ends the town as a line end does.
    ("| Address | 7 Leith Walk, Glasgow |\n| Phone | none |", "7 Leith Walk, Glasgow"),
    ("|Address|4 Mill Lane, Cork|", "4 Mill Lane, Cork"),
    # A city's district number with its leading zero ("Colombo 05"), not the phone number after it.
    ("send it to 12 galle road colombo zero four today", "12 galle road colombo zero four"),
    # A known place, then a word that ends a place's name (Vietnam's districts, said or typed).
    ("it's forty two ly thai to street ba dinh district in hanoi", "forty two ly thai to street ba dinh district"),
    ("it's eighty one nguyen trai street thanh xuan district", "eighty one nguyen trai street thanh xuan district"),
    # A house number said with its alley's number ("12/45 Le Loi Street").
    ("it's one two slash four five le loi street in saigon", "one two slash four five le loi street in saigon"),
    # A road's numbered section (Taiwan).
    ("it's 88 zhongshan road section three taipei", "88 zhongshan road section three taipei"),
    # A six-digit PIN on the line below an Indian address.
    ("Asha Rao\n42 Sector 9 Block D, Pune\n411014\n\nSent from my phone", "42 Sector 9 Block D, Pune\n411014"),
    # A barangay or subdivision abbreviated before its name: no sentence ends there.
    ("it's 12 Mabini Street, Brgy. San Roque, Marikina", "12 Mabini Street, Brgy. San Roque, Marikina"),
    ("12 Acacia Road, Subd. Villa Verde, Imus", "12 Acacia Road, Subd. Villa Verde, Imus"),
])
def test_address_continues(text, expected):
    assert expected in spans(text)


@pytest.mark.parametrize("text,expected", [
    ("i live at 12 oak street, thanks so much", "12 oak street"),
    ("ship it to 4 elm road, john will sign for it", "4 elm road"),
    ("it's 12 high street, so yeah that's it", "12 high street"),
    ("send it to 14 mill lane, and call me when it ships", "14 mill lane"),
    ("Ilse Berg\n\n77 Harbour Road\n Apt. 3\n\nThanks again, Ilse", "77 Harbour Road\n Apt. 3"),
    ("The title refers to 1668 Glyn St street", "1668 Glyn St"),
    ("we're at 22 Main St, is that right", "22 Main St"),
    ("send it to 42 high street in the morning please", "42 high street"),
    ("it's 12 oak road tomorrow is fine", "12 oak road"),
    ("it's 12 oak road dave will sign", "12 oak road"),                # a given name is no town
    ("it's 12 oak road maria de la cruz will sign", "12 oak road"),   # a given name, particles, a listed name
    ("it's 12 oak road spa days are fine", "12 oak road"),           # a town closer needs a town before it
    ("it's 12 oak road district nurse calls", "12 oak road"),        # ... a district too
    ("it's 12 oak road the twelve slash five slot", "12 oak road"),   # "slash" joins a house number only
    ("it's 12 oak road about the bill", "12 oak road"),               # an everyday word is no town
    ("It's 12 Oak Road, uh, in the evening I'm home", "12 Oak Road"),    # "in" then no town
    ("it's 12 oak road maybe texas will do", "12 oak road"),            # a region after an everyday word
    ("| Address | 7 Leith Walk | Glasgow ok |", "7 Leith Walk"),           # the next cell is not the town
    ("send it to 42 Elm Road in Leeds on monday", "42 Elm Road in Leeds"),  # a weekday is no town
    ("Come to 23B Heron Gardens, Hexham, I'm in after six.", "23B Heron Gardens, Hexham"),  # a pronoun, no town
    ("it's 9 oak lane in ludlow in july ok", "9 oak lane in ludlow"),
    ("it's 9 galle road colombo oh seven seven one two three", "9 galle road colombo"),  # a phone number follows
])
def test_address_stops_where_the_sentence_goes_on(text, expected):
    assert spans(text) == [expected]


@pytest.mark.parametrize("part,expected", [
    ("calgary alberta", True), ("Mora de Rubielos", True), ("mp 35739", True), ("south africa", True),
    ("Cyprus (Greek) 13475", True), ("nan", True),
    ("thanks so much", False), ("and call me", False), ("for this card", False), ("south", False),
    ("please", False),
])
def test_place_like(part, expected):
    assert address_tail.place_like(part) is expected
