"""Names in the frames of health and care calls: a clinician by role with a modifier ("the practice nurse X", "the
ward sister X"), a role with "we want / we saw" before "is" / "was", a given name and a rarely said word closed by
the sentence's end or a person's verb, a neighbour "from next door", someone who "will collect" it, and the frames
that bracket a name on both sides (``bracket_frames``: "book X in", "is that X I'm speaking with", "reach X on",
"give our best to X", "bye for now X", "X that's my grandad"); and the same words around no name. Sentences written
for this test."""
import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("the ward sister holly bramble said to wait", ["holly bramble"]),  # a role with its modifier
    ("the district nurse orlaith mcbrearty said she'd come tuesday", ["orlaith mcbrearty"]),
    ("the carer we want is river stone", ["river stone"]),
    ("the hygienist we saw was marigold thwaite.", ["marigold thwaite"]),
    ("clover from next door picks it up for me", ["clover"]),
    ("Heather will collect the tablets tomorrow.", ["Heather"]),
    ("can you book hazel brook in for thursday", ["hazel brook"]),
    ("Is that Linnea I'm speaking with?", ["Linnea"]),
    ("is this goldie am i speaking to", ["goldie"]),
    ("what's a good number to reach sterling on", ["sterling"]),
    ("please give our best to rowan", ["rowan"]),
    ("ok bye for now ember", ["ember"]),
    ("the tablets are for rusty hale that's my grandad", ["rusty hale"]),
    ("it's for autumn who's my niece", ["autumn"]),
    ("can you book tractor okonjo in for monday", ["tractor okonjo"]),     # a given name misheard, a surname after
    ("the practice nurse tegwen core said to ring", ["tegwen core"]),      # two words, then a person's verb
    ("doctor blossom kendrew changed the dose", ["doctor blossom kendrew"]),
    ("preferred carer: marisol quaye", ["marisol quaye"]),
    ("i'm phoning on behalf of rocky prentice", ["rocky prentice"]),
    # negative rows
    ("the district nurse said she'd come tuesday", []),
    ("the ward sister told us to wait", []),
    ("someone from next door picks it up", []),
    ("noise from next door kept me up", []),
    ("the courier will collect it tomorrow", []),
    ("can you book it in for thursday", []),
    ("can you book the car in for a service", []),
    ("what's the best number to reach you on", []),
    ("give my love to the kids", []),
    ("all the best to you", []),
    ("ok bye for now then", []),
    ("i bought flowers that's my mum", []),
    ("it's for the dentist that's my mum's", []),
    ("my friend rose quickly said no", []),
    ("can you book caravan storage in for june", []),
    ("the doctor then said", []),
    ("and his sister Maren got paid last month", ["Maren"]),
    ("i'm calling on behalf of the school", []),

])
def test_care_frames(text, names):
    assert _found(text) == names
