"""Names the blind splits dev_ah and dev_ai showed leaking, end to end through the redactor: an unsure answer to "who
did you speak to" in a long turn ("it was a ... i think, ..."), a name said whole again after it was found whole, the
agent asking which part a word is, read-backs with a hesitation, a name signed under a text, initials printed on a card
before an everyday word, an everyday surname before "how can i help", letters spelled after "let me spell it", and a
surname's "-er" heard as "her" once the surname was found; from dev_ad, two names run together after "under" and speech's
"a" between "this is" and a name. Sentences written for this test."""
from __future__ import annotations

import pytest

from pipeline.detection.repeated_names import grow_repeated_names
from pipeline.records import Finding
from recognizers.entities import PERSON
from tests.conftest import found_by_turn


@pytest.mark.parametrize("turns, turn, expected", [
    # an unsure answer to "who did you speak to", however long the turn goes on after it
    (["do you know who you dealt with last time", "it was a wattanapong i think um or something like that "
      "the line was so bad i could barely hear a thing"], 1, ["wattanapong"]),
    (["who did you speak to before", "it was a kobuszewski i believe but the line kept dropping out on me so i "
      "never got to ask anything else about it"], 1, ["kobuszewski"]),
    (["who were you dealing with", "um it was a tendai rusere i guess or something"], 1, ["tendai rusere"]),
    # a name found whole is found whole again, its everyday word and initial too
    (["the booking is under what name", "it's under hope r okonjo", "thanks",
      "hope r okonjo is the name it's been on since day one"], 3, ["hope r okonjo"]),
    # the agent asking which part of the name a word is
    (["sorry is yeo your surname or your first name"], 0, ["yeo"]),
    (["so is ong um your first name"], 0, ["ong"]),
    # a read-back with a hesitation inside "is that right"
    (["okay so i've put pemberwick is uh that right"], 0, ["pemberwick"]),
    # a name signed under a text
    (["hello", "i got a text signed off as trix saying it was sorted"], 1, ["trix"]),
    # initials printed on a card before an everyday word
    (["what name is on the card", "on the card it's printed m kettle"], 1, ["m kettle"]),
    # an everyday surname after a clear given name, before the agent's offer of help
    (["lakeside water you're speaking with nkechi bay how can i help"], 0, ["nkechi bay"]),
    # letters spelled after "let me spell it": three letters are enough after that cue
    (["hello", "no it's yoo let me spell it y o o"], 1, ["yoo", "y o o"]),
    # a given name and a surname run together by the speech engine, after "under"; speech's "a" after "this is"
    (["hello", "um it's under nadiaokafor the router keeps dropping"], 1, ["nadiaokafor"]),
    (["northgate water good morning this is a tserendulam uh who am i speaking with"], 0, ["tserendulam"]),
    # a surname's "-er" heard as "her", once the surname was found
    (["who am i speaking with", "it's tamsin porter", "thanks", "yes tamsin port her here"], 3, ["tamsin port her"]),
])
def test_name_is_found_whole(redactor, turns, turn, expected):
    assert sorted(found_by_turn(redactor, turns)[turn]) == sorted(expected)


@pytest.mark.parametrize("turns, turn", [
    (["who did you speak to before", "it was the manager i think or something like that and she said it would "
      "all be sorted by friday but it never was"], 1),
    (["who did you speak to", "it was a lady i think but she never gave a name and the line kept cutting out"], 1),
    (["is this your first name or a nickname"], 0),
    (["okay so i've put the payment through is uh that right"], 0),
    (["hello", "the letter was signed off as urgent"], 1),
    (["hello", "it's printed on the card"], 1),
    (["hello", "i'll spell it out for you"], 1),
    (["hello", "can you play rahman music how can i turn it up"], 1),
    (["who am i speaking with", "it's tamsin porter", "thanks", "i told her about it"], 3),
    (["hello", "it's under warranty still"], 1),
    (["hello", "it's a broadband problem"], 1),
    (["hello", "the frame cracked and it's a kalkhoff"], 1),
    (["your room is booked this is a non-smoking floor"], 0),
])
def test_everyday_words_stay(redactor, turns, turn):
    assert found_by_turn(redactor, turns)[turn] in ([], ["rahman"])


def _at(text: str, value: str) -> Finding:
    start = text.index(value)
    return Finding(start, start + len(value), PERSON, 0.85, "test", "cue_phrase")


@pytest.mark.parametrize("seed, text, found, expected", [
    ("joy m tablac", "joy m tablac it's been under that name", "tablac", "joy m tablac"),
    ("joy m. tablac", "it's joy m. tablac yes", "tablac", "joy m. tablac"),
    ("ana de souza", "ana de souza speaking", "souza", "ana de souza"),
])
def test_a_name_said_whole_again_grows_whole(seed, text, found, expected):
    out = grow_repeated_names([seed, text], [[_at(seed, seed)], [_at(text, found)]])
    assert [text[f.start:f.end] for f in out[1]] == [expected]


@pytest.mark.parametrize("seed, text, found", [
    ("joy m tablac", "tablac with joy m", "tablac"),            # other words, another order
    ("joy m tablac", "joy, m tablac", "tablac"),                 # a comma between: not the name said again
    ("joy m tablac", "joy m\ntablac", "tablac"),                 # across a line
    ("tablac", "joy m tablac", "tablac"),                        # a one-word seed says nothing of the words beside it
    ("gift aid", "add the gift aid", "aid"),                     # everyday words only: no name to say again
])
def test_other_words_beside_a_found_name_stay(seed, text, found):
    out = grow_repeated_names([seed, text], [[_at(seed, seed)], [_at(text, found)]])
    assert [text[f.start:f.end] for f in out[1]] == [found]


def test_a_name_never_grows_into_another_finding():
    seed, text = "joy m tablac", "joy m tablac"
    other = Finding(0, 3, "NRP", 0.9, "test", "test")
    out = grow_repeated_names([seed, text], [[_at(seed, seed)], [other, _at(text, "tablac")]])
    assert [(f.start, f.end) for f in out[1]] == [(0, 3), (6, 12)]
