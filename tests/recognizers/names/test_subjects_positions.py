"""The subject rules act only at their key words (``recognizers.names.subjects.positions``): each rule still fires,
and nothing fires without its key word."""
import pytest

from recognizers.names.subjects import bracketed, positions, subjects
from recognizers.names.tokens import tokenize


def _found(text: str) -> list[str]:
    tokens = tokenize(text)[0]
    return [text[tokens[c.first].start:tokens[c.last].end] for c in subjects(text, tokens) + bracketed(tokens)]


@pytest.mark.parametrize("text,names", [
    ("could kushal pick up the keys", ["kushal"]),                     # a modal opens the question
    ("put sienna lee down as the contact", ["sienna lee"]),            # "put ... down"
    ("Tomomi lives on Elm road", ["Tomomi"]),                          # a verb only people do
    ("adaeze was born in enugu", ["adaeze"]),                          # a verb pair
    ("is priya about", ["priya"]),                                     # a presence word
    ("yeah aktan said the panels were fine", ["aktan"]),               # a verb of speech
    ("it was shawn who took the call", ["shawn"]),                     # a cleft
    ("gates and the first name micheal", ["gates"]),                   # the surname before the first name
    ("pun uh is uh the you know surname", ["pun"]),                    # a named part, fillers inside
    ("ward is the family name, then young gin", ["ward", "young gin"]),
    ("add bola birthday", ["bola"]),                                   # an occasion
    ("what year was bill pullman born", ["bill pullman"]),             # a biography question
    # negative rows: the key word is missing or the rule's other words do not hold
    ("could you pick up the keys", []),
    ("the manager who called", []),
    ("happy birthday", []),
    ("the problem is my surname", []),
    ("she lives on elm road", []),
    ("kushal the keys shawn took gates micheal bola pullman", []),
])
def test_each_rule_fires_at_its_key_word_only(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("keys,wanted,first,stop,expected", [
    (["a", "who", "b", "who"], {"who"}, 0, None, [1, 3]),
    (["who", "b", "who"], {"who"}, 1, None, [2]),
    (["and", "and", "x", "and"], {"and"}, 1, 3, [1]),
    (["x", "y"], {"who"}, 0, None, []),
    ([], {"who"}, 0, None, []),
    (["is", "that", "thats"], {"is", "thats"}, 0, -1, []),           # as range(): a negative stop leaves none
])
def test_positions(keys, wanted, first, stop, expected):
    assert positions(keys, frozenset(wanted), first, stop) == expected
