"""Names in the frames of calls to professional and household services (agencies, interpreters, tradespeople,
conveyancing): frames that bracket a name ("the paperwork is for X and you're the contact", "pass our best on to X", "a
mobile for X in case", "the kids adore X so", "ask X about", "ask for X again", "note X as the contact", "speak soon
X", "send X back"), what only a person does ("X picks the children up", "X came out last time", "X is free to go",
"X will let the electrician in"), a role's name ("the locksmith X changed"), a form's parties ("Instructing client:",
"Seller:", "Joint buyer:") and an agent "in placements"; and the same words around no name. Sentences written for this
test."""
import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("so the file is for anwuli and you're the contact", ["anwuli"]),
    ("please pass our best on to mekdes", ["mekdes"]),
    ("pass our best on to thunder", ["thunder"]),                          # an everyday word in a frame said of people
    ("so the paperwork is for meadow and you're the contact", ["meadow"]),
    ("is there a mobile for siosaia in case we need him", ["siosaia"]),
    ("the kids adore tsehay so it's a shame", ["tsehay"]),
    ("i'll ask dinara about the hours", ["dinara"]),
    ("I can ask for Zenebech again if she's free.", ["Zenebech"]),
    ("great i'll note nomvula as the contact on site", ["nomvula"]),
    ("speak soon lindiwe", ["lindiwe"]),
    ("I'll send Kalani back at no charge.", ["Kalani"]),
    ("kealoha picks the children up on fridays", ["kealoha"]),
    ("I'll see if Aigerim is free to go back.", ["Aigerim"]),
    ("Yerlan will let the plumber in on Monday.", ["Yerlan"]),
    ("Instructing client: Noelani Kahale", ["Noelani Kahale"]),
    ("Seller: Zsofia Kertesz", ["Zsofia Kertesz"]),
    ("city nanny agency lwazi in placements how can i help", ["lwazi"]),
    # negative rows
    ("so the file is for billing and you're the contact", []),
    ("pass it on to the team", []),
    ("give our best to everyone", []),
    ("is there a number for billing in case", []),
    ("we adore it so much", []),
    ("i'll ask them about it", []),
    ("i'll note that as the reason", []),
    ("speak soon", []),
    ("please send it back", []),
    ("if the room is free", []),
    ("it came out wrong", []),
    ("the rain picks up later", []),
    ("this will let the air in", []),
    ("Seller: the council", []),
])
def test_services_frames(text, names):
    assert _found(text) == names
