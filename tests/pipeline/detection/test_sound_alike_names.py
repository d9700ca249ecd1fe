"""Tests for pipeline.detection.sound_alike_names: a name a speech engine wrote as other words that sound like it,
right next to a name found, once the name was found elsewhere in the call. Sentences written for this test."""
from __future__ import annotations

import pytest

from pipeline.detection.sound_alike_names import find_sound_alike_mentions
from pipeline.records import Finding
from recognizers.entities import PERSON, PHONE_NUMBER


def _at(text: str, value: str, entity_type: str = PERSON) -> Finding:
    start = text.index(value)
    return Finding(start, start + len(value), entity_type, 0.8, "test", "name_list")


def _grown(text: str, found: list[str], seeds: set[str], others: tuple[tuple[str, str], ...] = ()) -> list[str]:
    turn = [_at(text, v) for v in found] + [_at(text, v, t) for v, t in others]
    out = find_sound_alike_mentions([text], [turn], seeds)[0]
    return [text[f.start:f.end] for f in out if f.entity_type == PERSON]


@pytest.mark.parametrize("text, found, seeds, expected", [
    ("yes kenji naka moora here", ["kenji"], {"nakamura"}, ["kenji naka moora"]),        # after the name
    ("abba bay tesfaye speaking", ["tesfaye"], {"abebe"}, ["abba bay tesfaye"]),        # before it
    ("it's ana rod regus thanks", ["ana rod"], {"rodriguez"}, ["ana rod regus"]),       # with the found word's letters
    ("bonny face okafor on the line", ["okafor"], {"boniface"}, ["bonny face okafor"]),
    ("my aunt lena has sun", ["lena"], {"hassan"}, ["lena has sun"]),                   # a short word is a syllable too
    ("ask for wan geekoo please", ["wan"], {"wanjiku"}, ["wan geekoo"]),
    ("yes kenji" + " " * 60 + "naka moora", ["kenji"], {"nakamura"}, ["kenji" + " " * 60 + "naka moora"]),  # far apart
    ("abba" + " " * 60 + "bay tesfaye here", ["tesfaye"], {"abebe"}, ["abba" + " " * 60 + "bay tesfaye"]),
    ("hi it's lena cart her calling", ["lena"], {"carter"}, ["lena cart her"]),  # "-er" heard as "her"
    ("yes gina pot her here", ["gina"], {"potter"}, ["gina pot her"]),
    ("my dad sibusiso coo mallow is", ["sibusiso"], {"khumalo"}, ["sibusiso coo mallow"]),  # an H heard apart
    ("it's under mumbi mangy yes", ["mumbi"], {"mwangi"}, ["mumbi mangy"]),                # a W left out
])
def test_sound_alike_words_beside_a_name_join_it(text, found, seeds, expected):
    assert _grown(text, found, seeds) == expected


@pytest.mark.parametrize("text, found, seeds", [
    ("ask john my son knows", ["john"], {"mason"}),                  # a pronoun starts a new phrase
    ("ben carter uh called", ["ben carter"], {"carter"}),            # a hesitation adds no syllable
    ("kenji. naka moora", ["kenji"], {"nakamura"}),                   # across a sentence's end
    ("kenji\nnaka moora", ["kenji"], {"nakamura"}),                   # across a line
    ("ama kof e", ["ama"], {"kofi"}),                                 # a seed too short to key safely
    ("kenji naka moora", ["kenji"], {"okafor"}),                      # no seed sounds like the words
    ("kenji naka moo ra", ["kenji"], {"nakamura"}),                   # more words than a name is heard as
    ("yes kenji nakamura", ["kenji"], {"nakamura"}),                  # the name itself: propagation's job
    ("people just say dasa", ["dasa"], {"stacey"}),                   # one key, letters too unlike
    ("jo someone will ring", ["jo"], {"simon"}),                      # one everyday word is that word
    ("call ken on the mobile", ["ken"], {"kennon"}),                  # a function word is no last syllable
    ("i told gina pot her plants died", ["gina"], {"potts"}),         # "her" spells no seed with the word before
    ("ask gina her potter friend", ["gina"], {"potter"}),             # "her" first: a pronoun
    ("her pot gina", ["gina"], {"potter"}),                           # before a name "her" is a pronoun
    ("ask sibusiso coo mallow", ["sibusiso"], {"khama"}),              # without H, still another key
    ("ask mumbi hang", ["mumbi"], {"mwangi"}),                         # one everyday word is that word
    ("thank you laurie holl really", ["laurie holl"], {"laurieholl"}),  # the words heard keep their H: no "lrl"
])
def test_other_words_beside_a_name_stay(text, found, seeds):
    assert _grown(text, found, seeds) == found


def test_a_name_never_grows_into_another_finding():
    text = "kenji naka moora"
    assert _grown(text, ["kenji"], {"nakamura"}, others=(("naka moora", PHONE_NUMBER),)) == ["kenji"]


def test_turns_without_a_person_finding_are_left():
    text = "naka moora is a station"
    assert find_sound_alike_mentions([text], [[]], {"nakamura"}) == [[]]


@pytest.mark.parametrize("turns, turn, leaked", [
    # the surname spelled, then misheard beside the given name
    (["who am i speaking with", "it's chidi okafor", "can you spell the surname", "o k a f o r", "thanks",
      "so that's chidi oak offer"], 5, "offer"),
    # the given name misheard before the surname
    (["can i take your name", "my name is abebe alemu", "thank you", "it's for abba bay alemu yes"], 3, "bay"),
])
def test_misheard_name_leaves_nothing_in_the_output(redactor, turns, turn, leaked):
    out = redactor.redact_conversation([{"speaker": "agent" if i % 2 == 0 else "customer", "text": t}
                                        for i, t in enumerate(turns)])
    assert leaked not in out[turn].text.lower().split()
