"""Names at work: a role after a team's word ("the warehouse manager X", "my line manager X", "the shift lead today is
X"), a word seldom used before a surname no list holds after a role, a given name (even an everyday word) between a
thanks and "that's ...", a subject after a word that opens a clause ("... and X signed the sheet", "i'll note that X
agreed"), a name before "in payroll" or "copied in", the word an agent asks to have spelled, whom a reference is for,
whom the caller chases, checks or works with, who covers a shift or signs a timesheet; and the same words around no
name. Sentences written for this test; two positive rows ("check with", "is covering") passed before and stay as
guards."""
import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("the warehouse manager oyatillo said i could leave early", ["oyatillo"]),
    ("the area manager davron said it was fine", ["davron"]),
    ("the shift lead today is nodirbek", ["nodirbek"]),
    ("the depot manager fiesta dolidze said no", ["fiesta dolidze"]),
    ("cheers sunny that's great", ["sunny"]),
    ("thanks rocky that's lovely", ["rocky"]),
    ("so ravshan couldn't come in and oyatillo signed the sheet", ["oyatillo"]),
    ("i'll note that zebuniso agreed", ["zebuniso"]),
    ("the van broke down and davron said to call you", ["davron"]),
    ("has patience in payroll been in touch", ["patience"]),
    ("do you want rakhimova copied in", ["rakhimova"]),
    ("and how do you spell davron", ["davron"]),
    ("how is faith spelt", ["faith"]),
    ("i'm calling for a reference for gulnoza", ["gulnoza"]),
    ("reference request for shahlo", ["shahlo"]),
    ("we chased mehriniso twice", ["mehriniso"]),
    ("i've been working with gulnoza on it", ["gulnoza"]),
    ("i'll check with sardor why it went", ["sardor"]),
    ("Bobur is covering my Sunday.", ["Bobur"]),
    ("precious hasn't signed my timesheet yet", ["precious"]),       # a given name that is a word, said of a worker
    # negative rows
    ("the night nurse said it was fine", []),
    ("the depot manager said no", []),
    ("my line manager is off today", []),
    ("thanks lovely that's great", []),
    ("cheers mate that's great", []),
    ("thanks again that's great", []),
    ("and the bank said they would call", []),
    ("and evri said they lost it", []),
    ("and the app said error", []),
    ("there are errors in payroll", []),
    ("nothing in accounts yet", []),
    ("i work in payroll", []),
    ("do you want me copied in", []),
    ("how do you spell that", []),
    ("how is that spelled", []),
    ("a reference for the job", []),
    ("i'll chase it up", []),
    ("does it work with my phone", []),
    ("it works with alexa", []),
    ("i'll check with the manager", []),
    ("the insurance is covering my costs", []),
    ("nobody is covering my shift", []),
    ("my manager hasn't signed my timesheet", []),
])
def test_work_frames(text, names):
    assert _found(text) == names
