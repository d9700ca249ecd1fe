"""A name read back and confirmed opening the turn ("tursunoy yes that's right"), a name opening the turn before "and
my brother" (a relation or a role after a possessive), one after "me" before "and my ..." without a comma, names ending
in "-es" that no English plural is ("tarnes": "tarn" is a word, "tarnes" no plural); and the same words around no
name; a rare word before a well-known given name after "it's (me)" ("it's me nabokov oliver": surname first)."""
import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("tursunoy yes that's right", ["tursunoy"]),
    ("so bakhyt yeah that's correct", ["bakhyt"]),
    ("qudratillo yes correct", ["qudratillo"]),
    ("Tursunoy, yes that's it.", ["Tursunoy"]),
    ("bakhyt and my brother came round", ["bakhyt"]),
    ("qudratillo and our landlord sorted it", ["qudratillo"]),
    ("it was me tursunoy and my sister", ["tursunoy"]),
    ("no problem so it's tarnes in reception", ["tarnes"]),       # "-es" after no sibilant: no English plural
    ("hornes keeps saying he has no one to sit with", ["hornes"]),
    ("i'll email yenes on our side", ["yenes"]),
    ("hi it's me nabokov oliver", ["nabokov oliver"]),   # a rare word before a well-known given name: surname first
    ("it's tolstoy mark speaking", ["tolstoy mark"]),
    # negative rows
    ("lovely yes that's right", []),
    ("okey yes thats right", []),
    ("gotcha yes that's correct", []),
    ("perfect yes that's right", []),
    ("tuesday yes that's right", []),
    ("yes that's right", []),
    ("sorry and my husband", []),
    ("thanks and my wife says hi", []),
    ("me too and my brother", []),
    ("me again and my wife", []),
    ("the boxes are under the stairs", []),
    ("it's wishes for the new year", []),
    ("it's only mark", []),
])
def test_confirmations_and_kin_lists(text, names):
    assert _found(text) == names
