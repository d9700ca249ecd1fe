"""Names in the frames of leisure and community calls (clubs, gyms, libraries, lessons): a coach or an instructor by
role ("the head coach X said"), a form's person fields ("Player:", "Returned by:"), frames that bracket a name
("reach X on directly", "say hello to X from us", "move X to another instructor", "i've got X down for", "go with X
instead", "put X on the team sheet", "we've had X as instructor"), what only a person does ("X dropped the books
back", "X will give you a call", "X is back on monday", "if X has said so"), "X is the member", what only a person
has ("X's diary", "X's pupils"), Welsh "ap" / "ab"; and the same words around no name. Sentences written for this
test."""
import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("the head coach marlow fenwick said she's ready", ["coach marlow fenwick"]),  # a title, redacted with the name
    ("the swimming instructor juno blackett keeps cancelling", ["juno blackett"]),
    ("Player: Wren Ashdown", ["Wren Ashdown"]),                             # a form's person field
    ("ITEM RETURNED BY: Okonkwo", ["Okonkwo"]),
    ("Adult contact: Meinir Hopkin", ["Meinir Hopkin"]),
    ("what number can we reach tegwen on directly", ["tegwen"]),
    ("say hello to branwen from us", ["branwen"]),
    ("i can move caradog to another instructor", ["caradog"]),
    ("i've got eluned down for the tuesday class", ["eluned"]),
    ("can he go with idwal instead", ["idwal"]),
    ("can you put meirion on the team sheet", ["meirion"]),
    ("we've had teleri as instructor for a year", ["teleri"]),
    ("the guest pass is for beacon ashworth", ["beacon ashworth"]),          # a misheard given name, then a surname
    ("gwilym dropped the keys back for us", ["gwilym"]),                   # what only a person does
    ("Marigold will give you a call after the class.", ["Marigold"]),
    ("Tamsin is back on Monday, yes.", ["Tamsin"]),
    ("If Ottoline has said so, I'll add him.", ["Ottoline"]),
    ("so rhiannedd is the member and you're the contact", ["rhiannedd"]),  # a role statement
    ("let me check eiluned's diary", ["eiluned's"]),                       # what only a person has
    ("can someone cover anwyl's pupils", ["anwyl's"]),
    ("Carys ap Rhodri is bringing the music", ["Carys ap Rhodri"]),        # Welsh "ap" / "ab"
    ("my name is dafydd ab owain", ["dafydd ab owain"]),
    # negative rows
    ("the coach leaves at nine", []),
    ("the tennis coach said no", []),
    ("our driving instructor is great", []),
    ("i'll move money to another account", []),
    ("i've got nothing down for that", []),
    ("can you put it on the list", []),
    ("put money on the card", []),
    ("we've had problems as well", []),
    ("the discount is for students", []),
    ("Owner: the council", []),                                          # a field with no name in it
    ("the parcel is for flat nine", []),
    ("the refund is for twenty pounds", []),
    ("the price dropped the next day", []),
    ("the power is back on now", []),
    ("the gym is the owner of the building", []),
    ("email is the contact we use", []),
    ("May I have the account holder's name?", []),
    ("and the lead passenger's date of birth", []),
    ("what's your company's name", []),
])
def test_leisure_frames(text, names):
    assert _found(text) == names
