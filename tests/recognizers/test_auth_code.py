"""Tests for recognizers.auth_code."""
from __future__ import annotations

import pytest

from recognizers.auth_code import AuthCodeRecognizer, generic_matches
from recognizers.entities import AUTH_CODE
from recognizers.spoken_aware import words_of

RECOGNIZER = AuthCodeRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]


@pytest.mark.parametrize("text, value", [
    ("the verification code is 482913", "482913"),
    ("my pin is 1234", "1234"),
    ("OTP: 559102", "559102"),
    ("my code is 482 913", "482 913"),            # six digits shown in two groups, as apps show them
    ("the verification code is 482-913", "482-913"),
    ("the one-time passcode i got is four eight two nine one three", "four eight two nine one three"),
    ("ok the code is 7731", "7731"),
    ("The one-time code you sent is 482913.", "482913"),
    ("my pin is uh one nine nine oh", "one nine nine oh"),
    ("my memorable number is 491827", "491827"),         # telephone banking
    ("the telephone banking passcode is 82914", "82914"),
    ("yeah the code's 482913", "482913"),                 # "code's": the contraction
    ("i got a text with 482913 in it", "482913"),
    ("The code 99 9714 only came after it expired", "99 9714"),     # two groups, a blank or a dot between
    ("the code like is 555650", "555650"),                          # an ASR filler after the cue
    ("teh code is 792.28742", "792.28742"),
])
def test_auth_code_finds_codes_after_cues(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "my zip code is 90210",
    "area code 415",
    "use promo code 2024 at checkout",
    "error code 5004 again",
    "the card security code is 1234",       # a CVV: left to the card recognizer
    "i have 1234 reasons",
    "the code of conduct",
    "pin it on the wall 12 times",
    "the code costs 12.99 a month",          # a price: two digits after the dot
])
def test_auth_code_ignores_non_secret_codes(text):
    assert found(text) == []


@pytest.mark.parametrize("text, values", [
    ("four eight two nine one three", ["four eight two nine one three"]),
    ("it's 123", []),
    ("482 913", ["482 913"]),
    ("yeah its 529242MRD", ["529242MRD"]),         # a porting code: digits and three letters
    ("Yeah it's 772486/BHA", ["772486/BHA"]),
    ("1234 and that's it", ["1234"]),
    ("yep 441299", ["441299"]),                     # a backchannel is no letters of the code
    ("482913 isn't it", ["482913"]),
    ("48 29", []),
    ("$4500", []),
])
def test_auth_code_answer_accepts_bare_digits(text, values):
    assert [text[r.start:r.end] for r in RECOGNIZER.analyze_answer(text, AUTH_CODE)] == values


@pytest.mark.parametrize("text, value", [
    ("the code you sent me is seven four five oh one four", "seven four five oh one four"),
    ("the code uh you sent is five six nine ... oh four one", "five six nine ... oh four one"),
    ("the text says eight five three zero four three", "eight five three zero four three"),
    ("the sms said 48 29 13", "48 29 13"),
    ("the text had 839201 in it", "839201"),
    ("security number six four two one", "six four two one"),
    ("jus come through, 04533963", "04533963"),                       # a code arriving
    ("the code was 37889 but it timed out, I've a new one, 21555", "21555"),
    ("got it on the lock screen, 208893", "208893"),
    ("So I'm typing J87C37, correct?", "J87C37"),                     # read back while typing it
    ("so i'm typing e seven seven l one two correct", "e seven seven l one two"),
    ("the uh text you know says forty four forty two seventy nine", "forty four forty two seventy nine"),
    ("verification code you know twenty two oh three twenty seven", "twenty two oh three twenty seven"),
    ("i got a code, it's 5519", "5519"),
    ("he had me read the code off my phone and i did, it was 730114", "730114"),   # said a clause after the code
    ("the code from the bank that said 2291", "2291"),
    ("they asked for the code it's six one four four", "six one four four"),
])
def test_auth_code_finds_codes_shortly_after_specific_cues(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "my password expired in 2023",
    "the verification took 1440 minutes",
    "i entered the pin 3 times",
    "the text says your bill of 4500 dollars is due",
    "the message had 3 photos",
    "i'm typing a message to my son",
    "it's come through the door today",
    "security number of staff 12",
    "the card security code is 1234",
    "my zip code, it was 90210 back then",   # a code that is no secret, said a clause later
    "the area code it was 0161",
    "the code it was about 2000 dollars",
])
def test_auth_code_near_cue_rejects_years_quantities_and_cvvs(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("THE VERIFICATION CODE IS 482913", "482913"),
    ("İ got it, THE CODE YOU SENT IS 482913", "482913"),       # lower() changes the length: IGNORECASE twin
])
def test_auth_code_matches_any_case_on_both_paths(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text, values", [
    ("K9D42X", ["K9D42X"]),
    ("it says RQT 518", ["RQT 518"]),
    ("m four x two two b", ["m four x two two b"]),
    ("3HJ-7K2", ["3HJ-7K2"]),
])
def test_auth_code_answer_accepts_codes_of_letters_and_digits(text, values):
    assert [text[r.start:r.end] for r in RECOGNIZER.analyze_answer(text, AUTH_CODE)] == values


@pytest.mark.parametrize("text", ["about 250ml", "flat 4b", "sure, it's on the screen", "IBAN GB29 please", "at 10am"])
def test_auth_code_answer_leaves_amounts_and_labels_alone(text):
    assert not [r for r in RECOGNIZER.analyze_answer(text, AUTH_CODE) if not text[r.start:r.end].isdigit()]


@pytest.mark.parametrize("text, value", [
    ("kay four ess twelve dee", "kay four ess twelve dee"),
    ("it's jay six double you one one", "jay six double you one one"),
    ("aitch 3 gee 71 zed", "aitch 3 gee 71 zed"),
])
def test_auth_code_answer_accepts_letters_said_by_their_names(text, value):
    assert value in [text[r.start:r.end] for r in RECOGNIZER.analyze_answer(text, AUTH_CODE)]


@pytest.mark.parametrize("text", ["see you at 5", "twenty quid on the 5th", "are you there"])
def test_auth_code_answer_leaves_letter_name_words_alone(text):
    assert not RECOGNIZER.analyze_answer(text, AUTH_CODE)


@pytest.mark.parametrize("text,values", [
    ("code 529242MRD", ["529242MRD"]), ("ABC 123456 is it", ["ABC 123456"]), ("the one and 482 913", ["482 913"]),
    ("for 1234 and 99 9714", ["1234", "99 9714"]), ("and 123456", ["123456"]), ("no digits here", []),
    ("price 12.99", []),
])
def test_answer_pattern_values(text, values):
    """The ANSWER pattern's lookahead (a digit, or three letters then a digit) keeps every branch's matches."""
    assert [m["value"] for m in AuthCodeRecognizer.ANSWER.finditer(text)] == values


@pytest.mark.parametrize("text, values", [
    ("the code is 482913 thanks", ["482913"]),                       # the word before "code" opens the match
    ("code 771204 and then code 660213", ["771204", "660213"]),      # "code" first, then again after a value
    ("ok   code\tis um 552201", ["552201"]),                        # blanks of any kind before and after "code"
    ("my access_code is 998877", []),                                # "_" is a word character: no "code" word
    ("it's the barcode 123456 on the box", []),                      # "code" inside a word is no "code"
    ("zip code 90210 and the code 4471 too", ["90210", "4471"]),     # the scan finds both (NOT_SECRET is later)
    ("no such word here 123456", []),                                # no "code": nothing tried
    ("código code 31337 ya", ["31337"]),                             # a non-ASCII word before
])
def test_generic_code_matches_are_the_full_scans(text, values):
    """The generic cue tried only around each "code" finds exactly what the full scan finds."""
    low = text.lower()
    pattern = AuthCodeRecognizer.GENERIC_LOWER
    got = [(m.span(), m.groupdict()) for m in generic_matches(pattern, low)]
    assert got == [(m.span(), m.groupdict()) for m in pattern.finditer(low)]
    assert [m["value"] for m in generic_matches(pattern, low)] == values


@pytest.mark.parametrize("text, values", [
    ("your one-time code is 482913", ["482913"]),                    # a cue word: tried there, found
    ("the passnumber 4471 and my pass number 5566", ["4471", "5566"]),  # "pass ?number" glued or not
    ("2fa code 112233 then authorisation code 998877", ["112233", "998877"]),
    ("my phone banking pin is 7788", ["7788"]),
    ("the spinning top 123456 and a toppin 4455", []),                # cue words only inside other words
    ("nothing to see 123456", []),                                     # no cue word: nothing tried
])
def test_specific_cue_anchored_finds_what_the_full_scan_finds(text, values):
    low = text.lower()
    got = [(m.span(), m.groupdict()) for m in AuthCodeRecognizer.SPECIFIC_ANCHORED.finditer(low, words_of(text))]
    assert got == [(m.span(), m.groupdict()) for m in AuthCodeRecognizer.SPECIFIC_LOWER.finditer(low)]
    assert [groups["value"] for _, groups in got] == values


@pytest.mark.parametrize("text, values", [
    ("the code is 482913 thanks", ["482913"]),            # at a digit
    ("porting code ALB-207084 ok", ["ALB-207084"]),       # three letters and a dash before the digits
    ("it's ABC123456", ["ABC123456"]),                     # three letters right before them
    ("use xyz 123456 now", ["xyz 123456"]),
    ("$482913 or word482913 or 4829134567891", []),        # no match starts there
    ("no digits in this turn at all", []),
])
def test_answer_matches_tries_only_where_a_match_can_start(text, values):
    from recognizers.auth_code import AuthCodeRecognizer
    from recognizers.digit_groups import matches_before_digits
    pattern = AuthCodeRecognizer.ANSWER
    found = [m.group("value") for m in matches_before_digits(pattern, text, AuthCodeRecognizer.ANSWER_OFFSETS)]
    assert found == values == [m.group("value") for m in pattern.finditer(text)]
