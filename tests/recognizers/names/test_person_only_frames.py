"""Names before what is said only of a person (a diet, an allergy, an age, an order placed, a parcel taken in), before
the role they hold ("X Y the technician rang"), and between a thanks and a farewell; and the same words around no
name. Sentences written for this test."""
import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("oats is coeliac and kestrel won't touch anything with egg", ["oats", "kestrel"]),   # everyday words as names
    ("juniper uh is allergic to sesame", ["juniper"]),                                    # a hesitation before it
    ("pebble is nine and spent forty pounds on my card", ["pebble"]),                     # an age
    ("so the party's for wren she turns seven on friday and tansy is six and", ["tansy"]),
    ("Cobalt placed the order from my phone.", ["Cobalt"]),
    ("tamsin took it in for me when i was out", ["tamsin"]),
    ("fennel ashdown the kitchen manager sent me home", ["fennel ashdown"]),             # before a role
    ("marlow okonkwo the technician called about the screen", ["marlow okonkwo"]),
    ("thanks lark see you on friday", ["lark"]),                                          # between thanks and farewell
    ("cheers quill appreciate it bye", ["quill"]),
    # negative rows
    ("my son is coeliac", []),
    ("the kids won't touch it", []),
    ("dog is allergic to chicken", []),
    ("the total is eleven and change", []),
    ("it is eleven and i'm tired", []),
    ("i placed the order on monday", []),
    ("customer service the manager said no", []),
    ("yesterday the engineer came", []),
    ("thanks anyway bye", []),
    ("thanks loads see you", []),
    ("thanks so much bye", []),
    ("please get in touch", []),
])
def test_person_only_frames(text, names):
    assert _found(text) == names
