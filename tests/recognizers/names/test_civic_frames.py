"""Names in the frames of council, register office and court calls and their forms: an agent "X on registrations", "X
from the benefits team," opening a sentence, "much appreciated X", "the summons came for X last week", "is that X on
the line", "looks after X every day", "X's payslips / application", "in X Y's name", "the account holder was X",
numbered and annotated form fields ("Witness 2:", "Claimant on the form:"), the sponsor or informant by role, "X moved
in / out", "X still gets post here", "X came with me", "X started a job"; and the same words around no name. Sentences
written for this test."""
import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("eastbrook council aizada on registrations", ["aizada"]),
    ("Thanks for waiting. Tornike from the housing team, I have your file open.", ["Tornike"]),
    ("Much appreciated Gulnara!", ["Gulnara"]),
    ("the letter came for mirlan osmonov yesterday", ["mirlan osmonov"]),
    ("Is that Ninwe on the line?", ["Ninwe"]),
    ("she looks after zhyldyz every day", ["zhyldyz"]),
    ("we need dawit's payslips for march", ["dawit's"]),
    ("it's still in kadri tamm's name", ["kadri tamm's"]),
    ("the account holder was aivar kask, who passed away", ["aivar kask"]),
    ("Witness 2: Elif Marsh", ["Elif Marsh"]),
    ("claimant on the form: anzor dudayev", ["anzor dudayev"]),
    ("the informant is shamil basayev.", ["shamil basayev"]),
    ("zaurbek moved out in may", ["zaurbek"]),
    ("Temirlan still gets post here.", ["Temirlan"]),
    ("aibek sadyrov came with me to the office", ["aibek sadyrov"]),
    ("bakyt started a job last month", ["bakyt"]),
    # negative rows
    ("eastbrook council errors on registrations", []),
    ("Thanks. Someone from the council tax team, will call.", []),
    ("much appreciated thanks", []),
    ("the parcel came for a walk", []),
    ("is that it on the line", []),
    ("she looks after the garden every day", []),
    ("you're sorted look after yourself now", []),
    ("is it in the company's name", []),
    ("the tenant moved out", []),
    ("it still gets cold here", []),
    ("it came with a charger", []),
])
def test_civic_frames(text, names):
    assert _found(text) == names
