"""street_end_windows: the "spoken" street pattern tried before street words only gives the pattern's matches."""
import random

import pytest

from recognizers.loose_twin import LooseTwin
from recognizers.street_address import StreetAddressRecognizer
from recognizers.street_end_windows import WindowedTwin, match_windows

SPOKEN = next(pattern for name, pattern, *_ in StreetAddressRecognizer.PATTERNS if name == "spoken")
TWIN = StreetAddressRecognizer.TWINS["spoken"]
LONG_HOUSE = ("house number double seventeen hundred and seventeen thousand and seventeen hundred and seventeen a, "
              "big old oak street")


def test_the_spoken_pattern_is_windowed():
    # fails when the pattern or its pieces change: read the module docstring again, then its SPOKEN_FINGERPRINT
    assert isinstance(TWIN, WindowedTwin)


@pytest.mark.parametrize("text, found", [
    ("i live at twelve oak street", ["twelve oak street"]),
    ("it is twelve big old oak street thanks", ["twelve big old oak street"]),  # three name chunks
    ("one two three street", ["one two three street"]),  # "three" is a name here
    ("house number one hundred and six,\tglen\nmoor\x1cpark drive", [  # any blank between chunks
        "house number one hundred and six,\tglen\nmoor\x1cpark drive"]),
    ("x-one oak lane", ["one oak lane"]),  # the first chunk holds more than the match
    ("my number is one two three and my street is oak street", ["one two three and my street"]),
    ("twelve thirty four five six seven eight nine ten one two three four five six seven green road",
     ["eight nine ten one two three four five six seven green road"]),  # seven number words at most
    ("call me on five five five one two three four about the park view road",
     ["five five five one two three four about the park view"]),
    ("lorem ipsum dolor " * 8 + "forty-two-one sandpiper walk", ["forty-two-one sandpiper walk"]),
    (LONG_HOUSE, [LONG_HOUSE]),  # starts 100 characters before the street word
    ("well hello there " + LONG_HOUSE, [LONG_HOUSE]),  # ... after a chunk read only once the look grew
    ("TWELVE OAK STREET and Forty Two Elm Rd", ["TWELVE OAK STREET", "Forty Two Elm Rd"]),
    ("block thirteen, lot seven b, green park road", ["block thirteen, lot seven b, green park road"]),
    # no match
    ("twelve very big old oak street", []),  # four name chunks
    ("the one on the left", []),
    ("twelve oak streets", []),
    ("so (forty two a, carrick terrace", []),
])
def test_windowed_twin_gives_the_pattern_matches(text, found):
    assert [m.group() for m in SPOKEN.finditer(text)] == found
    assert [(m.span(), m.groups()) for m in TWIN.finditer(text, text.lower())] == [
        (m.span(), m.groups()) for m in SPOKEN.finditer(text)]


@pytest.mark.parametrize("text, windows", [
    ("i live at twelve oak street", [(2, 21)]),  # from the chunk before the house chunks to the street word
    ("well hello there " + LONG_HOUSE, [(11, 129)]),
    ("twelve oak street, forty two elm road", [(0, 33)]),  # overlapping windows joined
    ("no street word here, one two three", [(0, 3)]),  # any chunk before a street word
    ("one two three, no street word here", [(0, 18)]),
    ("streetwise twelve", []),  # a street word must open a chunk
])
def test_match_windows(text, windows):
    assert match_windows(text.lower()) == windows


WORDS = ("one two three four seven eleven twenty thirty hundred thousand and oh double slash a b h i house number no "
         "no. # plot lot blk block 13 13a 4b , - -one one-two oak main the is park green view street road st. rd "
         "lane way nagar marg walk close avenue west nw apt 4 x-one (one five, a, Street ROAD").split(" ")


def test_windowed_twin_on_random_word_soups():
    rnd = random.Random(45)
    loose = LooseTwin(TWIN.pattern, TWIN.twin)
    for _ in range(3000):
        text = "".join(rnd.choice(WORDS) + rnd.choice((" ", " ", "  ", ", ", "\n", "-", " \t"))
                       for _ in range(rnd.randint(1, 40)))
        assert [m.span() for m in TWIN.finditer(text, text.lower())] == [
            m.span() for m in loose.finditer(text, text.lower())], text
