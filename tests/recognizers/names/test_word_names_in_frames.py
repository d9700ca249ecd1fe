"""Given names that are everyday words, and names a speech engine broke with a dictionary word: a word given name
thanked before "that's ..." ("cheers honor that's great"), a given name with "and me / and i" opening a sentence before
a verb ("summer and me swapped shifts"), a word given name before "is the shift lead" / "is my supervisor", a word seldom
said before a surname after "i'm" ("i'm ocean turner"), an everyday word between a given name and a surname no list
or dictionary holds ("done by gul mural amiri at ..."); and the same words around no name. Sentences written for this
test; four positive rows ("thank you harmony", "summer and me", "BLESSING AND ME", "my guarantor is") passed before and
stay as guards, and four more ("tom via paypal", "hall weddings holgerth", "north depot anitha", "hamid picks sammi")
guard the names' edges against the new rules."""
import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("cheers honor that's great", ["honor"]),
    ("thanks justice that's all done", ["justice"]),
    ("thank you harmony that's lovely", ["harmony"]),
    ("summer and me swapped shifts on friday", ["summer"]),
    ("so precious and i went to the branch", ["precious"]),
    ("BLESSING AND ME SHARED THE ACCOUNT", ["BLESSING"]),
    ("i'm not sure but honor and me both signed", ["honor"]),
    ("through you precious is the shift lead", ["precious"]),
    ("justice is my supervisor there", ["justice"]),
    ("no that's wrong i'm ocean turner", ["ocean turner"]),
    ("hi this is ocean baker from the depot", ["ocean baker"]),
    ("i spoke to ruth marble ezeokafor at the branch", ["ruth marble ezeokafor"]),
    ("my guarantor is sara temple mbeki and", ["sara temple mbeki"]),
    # negative rows
    ("this is progress that's great", []),
    ("it's progress that's great", []),
    ("thanks mate that's great", []),
    ("thanks love that's great", []),
    ("thanks so much that's great", []),
    ("coffee and me went out", []),
    ("the kids and me went out", []),
    ("mum and me went to the bank", []),
    ("so bread and i went off", []),
    ("patience is the key here", []),
    ("the lead is the shift lead", []),
    ("hiya the shift lead is off", []),
    ("honesty is my policy", []),
    ("i'm sorry baker street is closed", []),
    ("it's stormy weather here", []),
    ("so i'm entering zero six seven", []),
    ("the hall weddings holgerth speaking", ["holgerth"]),
    ("north depot anitha on the line", ["anitha"]),
    ("hamid picks sammi up at six, can you note it", ["hamid", "sammi"]),
    ("i sent it to tom via paypal and", ["tom"]),
])
def test_word_names_in_frames(text, names):
    assert _found(text) == names
