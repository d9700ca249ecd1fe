"""An everyday word before a surname found alone is its given name where the words around say so (name completion)."""
from __future__ import annotations

import pytest

from pipeline.detection.name_completion import complete_names
from pipeline.records import Finding


def _grown(text: str, found: str) -> list[str]:
    start = text.index(found)
    finding = Finding(start, start + len(found), "PERSON", 0.8, "test.v1", "name_list")
    return [text[f.start:f.end] for f in complete_names(text, [finding])]


@pytest.mark.parametrize("text, found, whole", [
    ("the policy is in pebble hargreaves's name", "hargreaves's", "pebble hargreaves's"),   # after a preposition
    ("we rented the flat from thistle worsley", "worsley", "thistle worsley"),
    ("the driver that day was comet ashworth", "ashworth", "comet ashworth"),            # after a form of "be"
    ("our tenant is harbour sowerby and she pays on time", "sowerby", "harbour sowerby"),
    ("we got the sofa off saddle brierley last spring", "brierley", "saddle brierley"),
    ("marble sutcliffe moved out in may", "sutcliffe", "marble sutcliffe"),                           # a sentence's subject
    ("so. kestrel pennock was driving it", "pennock", "kestrel pennock"),
    ("quill ackroyd has the other key", "ackroyd", "quill ackroyd"),
    ("Second witness: ember lumb", "lumb", "ember lumb"),                                 # a form field's value
])
def test_everyday_word_before_a_surname_is_its_given_name(text, found, whole):
    assert _grown(text, found) == [whole]


@pytest.mark.parametrize("text, found", [
    ("can you ask hargreaves to ring me", "hargreaves"),      # a verb after a pronoun: an object
    ("please call worsley back tomorrow", "worsley"),         # a verb opening a request ... "back"
    ("thank ashworth for the flowers", "ashworth"),           # ... a preposition after the name
    ("email sowerby the forms", "sowerby"),                   # ... a determiner after it
    ("it was called brierley at the time", "brierley"),       # a verb form before the name
    ("the letter went to the old oddie address", "oddie"),    # a determiner two words back: an adjective
    ("i spoke with nurse pennock", "pennock"),                # a person noun, not a given name
    ("my cousin ackroyd rang", "ackroyd"),                    # a cue phrase ends with the word
    ("that's with mr lumb now", "lumb"),                      # a title
    ("we moved here in march hargreaves said", "hargreaves"), # a month ends names
    ("no you've been brilliant worsley bye now", "worsley"),  # "be" after a pronoun: an adjective, then a vocative
    ("it was lovely brierley thanks", "brierley"),
    ("fine sowerby can sign for it", "sowerby"),              # an acknowledgement opening the sentence
    ("the billing and refunds oddie speaking", "oddie"),      # "and": a team's name before an agent's
    ("i'll send it over and copy ashworth in", "ashworth"),   # "and", then a verb
    ("we paid at mama ackroyd last night", "ackroyd"),        # "at": a place
    ("only sutcliffe is on the lease", "sutcliffe"),          # an adverb opening the sentence
    ("marble sutcliffe you know it's me", "sutcliffe"),      # a pronoun after the pair
])
def test_words_that_are_not_a_given_name_stay(text, found):
    assert _grown(text, found) == [found]
