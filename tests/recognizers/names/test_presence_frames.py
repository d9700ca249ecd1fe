"""Names opening a sentence before what is said of a person in a home or a job ("X will be in to let the installer
in", "X has the spare key", "so X goes up to check the boiler", "X thinks the meter is running", "X is on leave"), a
role named with "today is" ("your engineer today is X"), a housing or a repairs role ("the housing officer X"); and the
same words around no name. Sentences written for this test."""
import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("Zhanerke will be in to let the plumber in.", ["Zhanerke"]),
    ("mirzokhid has the spare key if i'm at work", ["mirzokhid"]),
    ("so oyindamola goes up to look at the tank", ["oyindamola"]),
    ("tsvetelina thinks the boiler is leaking again", ["tsvetelina"]),
    ("mirzokhid is on leave until friday", ["mirzokhid"]),
    ("oyindamola was the one who took the reading", ["oyindamola"]),
    ("zhanerke should have it", ["zhanerke"]),
    ("your engineer today is mirzokhid he'll ring before", ["mirzokhid"]),
    ("Your surveyor tomorrow is Tsvetelina.", ["Tsvetelina"]),
    ("the repairs surveyor oyindamola said it was booked", ["oyindamola"]),
    ("the neighbour upstairs mirzokhid had a leak", ["mirzokhid"]),
    # negative rows
    ("so the rent goes up in april", []),
    ("the engineer will be in touch", []),
    ("it will be in the post", []),
    ("someone has the key", []),
    ("nobody thinks that", []),
    ("my landlord thinks so", []),
    ("your engineer today is running late", []),
    ("the repairs surveyor said it was booked", []),
    ("the neighbour upstairs had a leak", []),
])
def test_presence_frames(text, names):
    assert _found(text) == names
