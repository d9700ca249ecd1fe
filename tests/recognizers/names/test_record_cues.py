"""Names a record is under or for, names copied or mentioned in typed chat, names said to the caller or opening a
clause before what the person does ("it's under X", "the parcel was for X", "cc X", "Re: X's account", "@X", "X you
there", "X is dealing with it", "X from the office rang", a line "Surname, Given"); and the same words around no name."""
import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("it's under oyindamola the booking", ["oyindamola"]),
    ("they're all booked under mirzokhid", ["mirzokhid"]),
    ("it was under zhanerke i think", ["zhanerke"]),
    ("the parcel was for oyindamola", ["oyindamola"]),
    ("the flowers are meant for zhanerke", ["zhanerke"]),
    ("cc Mirzokhid", ["Mirzokhid"]),
    ("cc: Oyindamola", ["Oyindamola"]),
    ("Re: Zhanerke's account", ["Zhanerke's"]),
    ("i'm calling about oyindamola's booking", ["oyindamola's"]),
    ("@Mirzokhid thanks!", ["Mirzokhid"]),
    ("cc @oyin_dam on this", ["oyin_dam"]),
    ("zhanerke you there", ["zhanerke"]),
    ("mirzokhid are you still there", ["mirzokhid"]),
    ("oyindamola is dealing with it now", ["oyindamola"]),
    ("zhanerke will call you back tomorrow", ["zhanerke"]),
    ("yeah so uh mirzokhid from the office rang", ["mirzokhid"]),     # openers and a hesitation before the subject
    ("Oyindamola from billing called me", ["Oyindamola"]),
    ("Mirzaeva, Zhanerke", ["Mirzaeva, Zhanerke"]),                    # a typed line of only a name
    ("Thanks!\nOyelowo, Tsvetelina\nAccount holder", ["Oyelowo, Tsvetelina"]),
    ("Zhanerke (Mirzaeva)", ["Zhanerke (Mirzaeva"]),  # its words (the conversation's name_lines takes the bracket)
    ("hi its under Oyindamola Mirzaeva tv package wont load", ["Oyindamola Mirzaeva"]),  # "tv" is no name word
    # negative rows
    ("it's under warranty", []),
    ("waiting for a parcel for twenty-four hours", []),              # frequent words joined by a hyphen
    ("the parcel was for follow-up", []),
    ("it's under the sofa", []),
    ("it's all under control", []),
    ("the parcel was for tomorrow", []),
    ("cc the team", []),
    ("Re: your account", []),
    ("i'm calling about the company's booking", []),
    ("mail me at jo@mail.com", []),
    ("it's @ 5pm", []),
    ("hello are you there", []),
    ("um you there", []),
    ("which ones are you after", []),
    ("the council is dealing with it", []),
    ("support will call you back", []),
    ("someone will call you back", []),
    ("i got a letter from the office", []),
    ("a friend from work", []),
    ("Thanks, Team", []),
    ("Hi, there", []),
    ("Zhanerke, Ontario", []),                                        # a place no name list holds
    ("Brightwater, Dublin", []),
])
def test_record_cues(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("key,unknown", [
    ("twenty-four", False), ("follow-up", False), ("nun-hel", True), ("ji-hoon", True), ("tv", False),
])
def test_hyphenated_frequent_words_are_not_unknown(key, unknown):
    from recognizers.names.lexicon import lexicon
    assert lexicon().is_unknown(key) is unknown
