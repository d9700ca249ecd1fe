"""A form field's value filling its line is the whole name whatever the lists say of its words ("ITEM RETURNED BY:
LANCE CAMBERS"), and a word opening "<word> is my wife / son / mum" is a name, an everyday word too ("so ward is my
spouse"); the same words where they are no name. Sentences written for this test."""
import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("ITEM RETURNED BY: PERCY GABLES", ["PERCY GABLES"]),           # "gables": an everyday word in capitals
    ("PLAYER: HUGO MARBLES", ["HUGO MARBLES"]),
    ("Item collected by: dora thimbles", ["dora thimbles"]),
    ("Seller: Ada Crumbles\nBuyer: Tom Ward", ["Ada Crumbles", "Tom Ward"]),
    ("Applicant: CRUMBLES, Ada\nRef: 4471", ["CRUMBLES, Ada"]),          # surname first, a comma
    ("so ward is my spouse", ["ward"]),
    ("yes sunny is my son and he drives it", ["sunny"]),
    ("it's fine, honestly rain is her daughter", ["rain"]),
    ("and Glory is my mum, she's on the policy", ["Glory"]),
    # negative rows
    ("Contact: email only", []),
    ("PLAYER: TO BE CONFIRMED", []),                                  # function words: no name line
    ("Item returned by: the front desk team today", []),              # more words than a name
    ("the registered keeper is my wife", []),
    ("and keeper is my wife", []),
    ("everything is my fault", []),
    ("this one is my son", []),
    ("so mum is my carer", []),
    ("the car is my wife's", []),
])
def test_form_lines_and_kin_statements(text, names):
    assert _found(text) == names
