"""Tests for recognizers.postcode: UK, Canadian, Irish and Dutch postcodes, written and in ASR chunks."""
from __future__ import annotations

import pytest

from recognizers.entities import POSTCODE, REASON_CROSS_TURN, ZIP_CODE
from recognizers.postcode import PostcodeRecognizer, is_postcode

RECOGNIZER = PostcodeRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]


def answered(text: str, expected: str = ZIP_CODE) -> list[str]:
    results = RECOGNIZER.analyze_answer(text, expected)
    assert all(r.entity_type == POSTCODE and r.analysis_explanation.textual_explanation == REASON_CROSS_TURN
               for r in results)
    return [text[r.start:r.end] for r in results]


@pytest.mark.parametrize("code, valid", [
    ("SW1A1AA", True), ("M11AE", True), ("B338TH", True), ("CR26XH", True), ("DN551PT", True),
    ("EC1A1BB", True), ("W1A0AX", True), ("K1A0B1", True), ("M5V3L9", True), ("D02X285", True),
    ("A65F4E2", True), ("1234AB", True), ("SWIA1AA", False), ("QA11AA", False), ("1234SS", False),
    ("0234AB", False), ("D02X28", False), ("12345", False), ("SW1A", False),
])
def test_postcode_shapes_follow_the_official_formats(code, valid):
    assert is_postcode(code) is valid


@pytest.mark.parametrize("text, value", [
    ("my postcode is b n 3 7 q r", "b n 3 7 q r"),
    ("the post code is Lima Sierra 2 4 Hotel Tango", "Lima Sierra 2 4 Hotel Tango"),
    ("postcode is s w one a one a a", "s w one a one a a"),
    ("postcode n one nine a b", "n one nine a b"),
    ("the eircode is D02 X285", "D02 X285"),
    ("postal code k1a 0b1", "k1a 0b1"),
    ("zip: 7412 SL", "7412 SL"),
    ("London SW1A 1AA", "SW1A 1AA"),
    ("Toronto ON M5V 3L9", "M5V 3L9"),
    ("it's at Kilo Tango 4 2 Bravo Delta I think", "Kilo Tango 4 2 Bravo Delta"),
    # after the street and a flat or unit, no postcode cue
    ("it goes to nine orchard lane flat twenty b one zero one seven x romeo", "one zero one seven x romeo"),
    ("deliver to 8 hill road unit 4 d zero two x two eight five", "d zero two x two eight five"),
    # typed in lower case with its space, no cue
    ("delivery to ls6 2ab please", "ls6 2ab"),
    ("is there an engineer in m5v 3l9", "m5v 3l9"),
    ("dublin d02 x285", "d02 x285"),
    ("it's in leeds el ess six two ay bee", "el ess six two ay bee"),   # letter names, no cue
    # country letters that are part of the official form
    ("Brivibas iela 12-4, LV-1050 Riga", "LV-1050"),
    ("Gedimino pr. 20, lt-01103 Vilnius", "lt-01103"),
    ("str. Puskin 5, MD-2012 Chisinau", "MD-2012"),
    ("Nizami kucasi 40, AZ1005 Baku", "AZ1005"),
])
def test_postcode_finds_written_spelled_and_cued_postcodes(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "it's at 1234 AM",                   # a time, no cue
    "my postcode is the same as before",
    "the postcode is in the letter",
    "so it is a b c",                    # letters only
    "i'll call at 5 pm",
    "flight BA 2490 to Rome",
    "the postcode ends in 4 b",          # too short to be a postcode
    "it is 4 mill road flat two and that is all",  # a flat, then no code
    "selling my ps4 2nd hand",           # an ordinal is no inward code
    "room b4 1st floor",
    "the model is AZ 1000 series",       # spaced country letters: only a typed code
    "flight LV-10501",                   # more digits than the country's code
])
def test_postcode_ignores_non_postcodes(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("w10 a d", "w10 a d"),
    ("HP 4 2 x z", "HP 4 2 x z"),
    ("Bravo Romeo 7 1 Echo Yankee", "Bravo Romeo 7 1 Echo Yankee"),
    ("yeah it's n e 6 5 q why", "n e 6 5 q why"),         # "why" for Y
    ("SE 14 for LL", "SE 14 for LL"),                       # "for" for 4
    ("p l 3 is 5 a g", "p l 3 is 5 a g"),                   # "is" inside the code
    ("g41", "g41"),                                        # outward code alone
    ("uh Mike 2 3 uniform x-ray", "Mike 2 3 uniform x-ray"),
    ("2511 cv", "2511 cv"),
    ("double you 3 7 n q", "double you 3 7 n q"),         # "double you" is W
    ("l s 1 double 0 x", "l s 1 double 0 x"),             # "double 0" is 00
    ("9R6", "9R6"),                                        # the second half alone: Canadian LDU
    ("one foxtrot november", "one foxtrot november"),      # ... UK inward code
    ("seven w z", "seven w z"),
    ("foxtrot five hotel won", "foxtrot five hotel won"),  # "won" heard for one
    ("three one double four x ray bravo", "three one double four x ray bravo"),  # "x ray" said as two words
    ("x ray m four", "x ray m four"),
    ("k for kilo t", "k for kilo t"),                       # the letters half of a Dutch postcode
    ("sierra r yes and after that you need the house number", "sierra r"),
])
def test_postcode_answer_takes_the_whole_spoken_code(text, value):
    assert value in answered(text)


@pytest.mark.parametrize("text", ["yes", "sorry what", "i don't know it", "it's 45", "a b c", "it's on 2nd",
                                  "3 kids", "i had an x ray", "b for brilliant thanks", "well a b c d e f g"])
def test_postcode_answer_rejects_answers_without_a_code(text):
    assert answered(text) == []


@pytest.mark.parametrize("text, value", [
    ("And the code there is D as in Dog, R, 5, W as in Whisky, J, yeah.", "D as in Dog, R, 5, W as in Whisky, J"),
    ("um it's g as in golf k 4 z t as in tom i think", "g as in golf k 4 z t as in tom"),
])
def test_postcode_answer_takes_a_dictated_code_whatever_its_shape(text, value):
    assert answered(text) == [value]


@pytest.mark.parametrize("text", [
    "the postcode for that is G, K as in King, 4, Z, T as in Tom.",
])
def test_postcode_cue_takes_a_dictated_code(text):
    assert set(found(text)) == {"G, K as in King, 4, Z, T as in Tom"}


@pytest.mark.parametrize("text", [
    "my postcode, B as in Bob, is on the letter",          # no digit: nothing dictated
    "postcode? it's in the email, c as in cat 4 you",      # three units
])
def test_postcode_cue_needs_a_whole_dictated_code(text):
    assert found(text) == []


def test_postcode_dictated_without_a_cue_takes_five_units():
    text = "two elms, rothbury, k for kilo 7 d 2 r w as in william thanks"
    assert found(text) == ["k for kilo 7 d 2 r w as in william"]
    assert found("it's b as in bob 4 c please") == []


def test_postcode_answer_only_for_postcode_questions():
    assert RECOGNIZER.analyze_answer("w10 a d", "PERSON") == []
    assert answered("w10 a d", POSTCODE) == ["w10 a d"]


@pytest.mark.parametrize("text, value", [
    ("my postcode is s for sierra w one a one a as in alpha a", "s for sierra w one a one a as in alpha a"),
    ("post code k like kilo one a zero b as in bravo one", "k like kilo one a zero b as in bravo one"),
    ("the postcode is m five vee right three l nine", "m five vee right three l nine"),
    ("postcode is l as in london s one one five d for david g", "l as in london s one one five d for david g"),  # any word
    ("new address is 64C Weavers Drive Skipton RW20  0QJ", "RW20  0QJ"),      # two blanks inside
])
def test_postcode_spelled_with_as_in_letters_and_a_pause_word(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "my postcode is s for sale",                      # "for" before a word that spells no letter
    "postcode? i'll look for it right now",
    "the postcode is b for bravo right",              # a letter alone is no postcode
])
def test_postcode_as_in_needs_a_whole_code(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("new one is kay twenty f d a eight and the old one was g one", "kay twenty f d a eight"),  # long spelled code
    ("the first is one aitch two x p four five and that's all i know", "aitch two x p four five"),
])
def test_postcode_answer_in_a_longer_turn_takes_a_long_spelled_code(text, value):
    assert value in answered(text, POSTCODE)


@pytest.mark.parametrize("text", [
    "well it is a b c and then two three i think for the flat",      # no long code
    "i think it's two b or not two b honestly",
])
def test_postcode_answer_in_a_longer_turn_needs_a_code(text):
    assert answered(text, POSTCODE) == []


@pytest.mark.parametrize("text, value", [
    ("so that's em five vee three el nine lovely", "em five vee three el nine"),     # read back, no cue
    ("twelve orchard view ess double you one a one a a", "ess double you one a one a a"),
])
def test_postcode_read_back_or_after_a_street_found_without_a_cue(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text, value", [
    ("ok so the parcel's going to g h two one k m then", "g h two one k m"),     # a letter no inward code has
    ("and that's the visit at c eight one f two w five yeah", "c eight one f two w five"),   # an eircode
])
def test_postcode_spelled_shape_found_without_a_cue(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "my reference is a two four six eight one two",      # eircode-shaped digits, one letter: a reference
    "the flight is b a two four six and gate c four",
    "row b seat four then row c seat six",
])
def test_postcode_spelled_shape_needs_the_whole_shape(text):
    assert found(text) == []


@pytest.mark.parametrize("text", ["i see you at two on tuesday bee there", "a lovely view of the hills"])
def test_postcode_letter_words_alone_are_no_postcode(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("new postcode is N5X 4QY, thanks", "N5X 4QY"),           # UK shape, letters no real postcode has
    ("post code q1x 2ww", "q1x 2ww"),
])
def test_postcode_after_a_cue_takes_the_shape_with_any_letters(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", ["my postcode is on the letter 12345678", "postcode changed in 2024 to ab"])
def test_postcode_loose_shape_needs_the_whole_shape(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    # one unit of one character is no answer alone (skipped unread) ...
    ("a", []), ("i", []), ("one", []), ("x", []), ("a b", []), ("so a i d", []),
    # ... but still a part of the runs around it
    ("i i i a a one", ["i i i a a one"]), ("it's a w one a one a a i think", ["a w one a one a a i"]),
    ("7 f y", ["7 f y"]), ("p for papa s", ["p for papa s"]), ("yeah it's sw1a 1aa a", ["sw1a 1aa a"]),
])
def test_answer_skips_single_character_runs_only(text, expected):
    assert answered(text) == expected


@pytest.mark.parametrize("text", ["it's SW1A 1AA x-ray", "o’brien’s flat 4", "", "Ünïcode 12 ab’cd"])
def test_word_count_counts_the_token_words(text):
    from recognizers.postcode_runs import TOKEN, word_count
    assert word_count(text) == len(TOKEN.findall(text))


@pytest.mark.parametrize("text, spaced, compact", [
    ("send it to ls6 2ab please", ["ls6 2ab"], []),
    ("it's m5v 3l9 or d02 x285", ["m5v 3l9", "d02 x285"], []),
    ("postcode sw1a1aa and m5v3l9", [], ["sw1a1aa", "m5v3l9"]),
    ("abcdefg1 and a1 1st and 12345", [], []),      # no match starts before those digits
    ("no digits at all", [], []),
])
def test_lower_postcodes_tried_before_digit_runs_only(text, spaced, compact):
    from recognizers.digit_groups import matches_before_digits
    from recognizers.postcode import COMPACT, COMPACT_OFFSETS, SPACED_LOWER, SPACED_LOWER_OFFSETS
    for pattern, offsets, values in ((SPACED_LOWER, SPACED_LOWER_OFFSETS, spaced), (COMPACT, COMPACT_OFFSETS, compact)):
        found = [m.group() for m in matches_before_digits(pattern, text, offsets)]
        assert found == values == [m.group() for m in pattern.finditer(text)]
