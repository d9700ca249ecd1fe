"""Names around money: a given name that is an everyday word after a relation before a surname ("my dad ace hunt is
..."), after "it's" before a surname ("it's sterling hale"); whom a loan, an estate or a power of attorney names ("the
guarantor is X", "the loans officer X", "the other attorney is X"); a form's field for a person ("Payee: X", "Joint
account holders: X"); who rings the caller or used their card ("so X rings me", "X used my card"), whom money was sent
("i sent it to X"); a short surname that is a function word, capitalized, ending a name ("Zoua Lor"); and the same
words around no name. Sentences written for this test; four positive rows ("my mum honor blake,", "the disputes
adviser", "Guarantor:", "so raivo rings me") passed before and stay as guards."""

import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("it's about my mum honor blake, she's guaranteeing it", ["honor blake"]),
    ("my dad ace turner is the guarantor", ["ace turner"]),
    ("yeah of course it's sterling hale", ["sterling hale"]),
    ("the guarantor is honor blake", ["honor blake"]),
    ("the guarantor um is fortune blake that's my aunt", ["fortune blake"]),
    ("hi it's ranger moatt", ["ranger moatt"]),
    ("the disputes adviser tovo lambert said it was fine", ["tovo lambert"]),
    ("the donor is my aunt Pa Yang and the other attorney is Nou Xiong", ["Pa Yang", "Nou Xiong"]),
    ("Payee: Fortune Blake", ["Fortune Blake"]),
    ("Guarantor: Rado Rakoto", ["Rado Rakoto"]),
    ("so raivo rings me and says he's from the bank", ["raivo"]),
    ("so haven rings me every night", ["haven"]),
    ("Willow used my card without asking.", ["Willow"]),
    ("i sent it to ratsimba on friday", ["ratsimba"]),
    ("we wired it to rakotobe last week", ["rakotobe"]),
    ("Joint account holders: me and Mai Lor", ["Mai Lor"]),
    ("Kind regards,\nPa Lor\nDisputes Team", ["Pa Lor"]),
    # negative rows
    ("the executor is my brother", []),
    ("this is broken glass", []),
    ("i sent it to my email", []),
    ("we sent it to hmrc", []),
    ("i paid it to the bank", []),
    ("it's about klarna", []),
    ("my mum is guaranteeing it", []),
    ("it's rose hill road", []),
    ("the bank rings me every day", []),
    ("someone used my card", []),
    ("the app used my location", []),
    ("payee: the gas company", []),
    ("Thanks Sam And see you", ["Sam"]),
    ("Payment To Sam For Rent", ["Sam"]),
])
def test_money_frames(text, names):
    assert _found(text) == names
