"""Names in the frames of motoring calls and the forms they quote: "Driver:", "Registered keeper:", "Named driver:"
fields, "the mechanic was X", "X was driving", "X parked it", "drive safely X", "tell X we said", "as X would say", a possessive before
what only a person has after "what's" ("what's X's date of birth") or in "in X's name", an agent's "X here" opening a
sentence, Amazigh and Maghrebi particles ("id", "ait", "ould") and a self-introduction's words up to the sentence's
end; and the same words around no name. Sentences written for this test."""
import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("Driver: Meadow Ashcombe", ["Meadow Ashcombe"]),
    ("REGISTERED KEEPER: BRAMBLE OXLEY", ["BRAMBLE OXLEY"]),
    ("named driver: sky penhallow", ["sky penhallow"]),
    ("the mechanic was harlan gethin i think", ["harlan gethin"]),
    ("wolfgang brenner was driving when the tyre went", ["wolfgang brenner"]),
    ("kasimir ottley parked it round the back", ["kasimir ottley"]),
    ("drive safely nodir", ["nodir"]),
    ("drive safely hawk", ["hawk"]),                                    # an everyday word in a closing
    ("tell marlowe we said thanks", ["marlowe"]),
    ("a proper roast as Tiger would say", ["Tiger"]),                   # looked at for its capital
    ("a proper roast as tinzar would say", ["tinzar"]),                 # ... or a word no list holds
    ("what's sparrow's date of birth please", ["sparrow's"]),
    ("the loan is going in fable's name", ["fable's"]),
    ("Sorry for the delay. Izem here, I can help with that.", ["Izem"]),
    ("it's registered to tiziri ait ouali", ["tiziri ait ouali"]),
    ("the keeper is mohamed ould cheikh", ["mohamed ould cheikh"]),
    ("hello my name's grant pickles", ["grant pickles"]),               # "pickles": an everyday word, the sentence's end
    # negative rows
    ("Driver: to be confirmed", []),
    ("the mechanic was great honestly", []),
    ("the car was driving fine until monday", []),
    ("i parked it round the back", []),
    ("drive safely home", []),
    ("drive safely now", []),
    ("tell them we said thanks", []),
    ("as people would say", []),
    ("what's the driver's date of birth", []),
    ("is it in the company's name", []),
    ("I live here. Nothing here works.", []),
    ("my id number is on the card", []),
    ("my name is sam calling about the car", ["sam"]),                   # more talk after the name: only the name
])
def test_motoring_frames(text, names):
    assert _found(text) == names
