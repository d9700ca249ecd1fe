"""Forms of UK / Irish call-centre speech the blind split dev_aj showed leaking, end to end through the redactor: an
agent reading a name back ("so i've got ... is that right", "let me just read that back ...", "I have ... on the
account"), "treble" for three of a digit, a relative named after "my mother" / "my father", a capitalized name after a
relation noun in chat, a hesitation between a cue and a name or inside a name, and names spelled right after their label
("the surname's ... that's ...", "surname HYL AND,"). Sentences written for this test."""
from __future__ import annotations

import pytest

from tests.conftest import found_by_turn


@pytest.mark.parametrize("turns, turn, expected", [
    # an agent reading a name back, hesitations and an engine's tag inside
    (["so i've got dobrzanski is that right"], 0, ["dobrzanski"]),
    (["so um i've got okoroafo like is that [noise] right"], 0, ["okoroafo"]),
    (["let me just read i mean that back pilkinsen"], 0, ["pilkinsen"]),
    (["let um me just read that like back mbaeze"], 0, ["mbaeze"]),
    (["I have Hardgreave on the account, is that correct?"], 0, ["Hardgreave"]),
    # a relative after "my mother" / "my father", and a capitalized word after a relation noun in chat
    (["hello", "you can ring my mother precious on the landline"], 1, ["precious"]),
    (["hello", "just my father wojciech they do the paperwork"], 1, ["wojciech"]),
    (["hello", "its for my wife Precious actually, she's away"], 1, ["Precious"]),
    # a hesitation between the cue and the name, and inside the name
    (["hello", "it's erm blessing er walker calling about the bins"], 1, ["blessing er walker"]),
    (["hello", "thanks erm hope"], 1, ["hope"]),
    # a name spelled right after its label, however the engine chunked it
    (["hello", "the surname's bunting that's b un t i ng"], 1, ["bunting", "b un t i ng"]),
    (["hello", "the surname's ho that's h o"], 1, ["ho", "h o"]),
    (["hello", "surname BE LL, first name anya"], 1, ["BE LL", "anya"]),
    (["hello", "surname K. O. H., first name mei"], 1, ["K. O. H.", "mei"]),
])
def test_real_caller_name_is_found_whole(redactor, turns, turn, expected):
    assert sorted(found_by_turn(redactor, turns)[turn]) == sorted(expected)


@pytest.mark.parametrize("turns, turn", [
    (["so i've got the twelfth of may is that right"], 0),
    (["so i've got london is that right"], 0),
    (["let me read that back to you"], 0),
    (["can you read that back again"], 0),
    (["i have two cards on the account"], 0),
    (["hello", "my mother said it was fine"], 1),
    (["hello", "my father passed away last year"], 1),
    (["good afternoon uh tidewell water how can i help"], 0),
    (["hello", "it's um about my bill"], 1),
    (["hello", "Name: THE BEST CAFE"], 1),
    (["hello", "my name is on the card, that's it"], 1),
])
def test_everyday_words_in_those_forms_stay(redactor, turns, turn):
    assert found_by_turn(redactor, turns)[turn] == []


@pytest.mark.parametrize("turns, turn, expected", [
    (["what's the account number", "sort code twenty one forty three sixty five and the account is four oh treble "
      "two six one eight"], 1, "four oh treble two six one eight"),
    (["what's the best number", "it's oh one six one four nine six treble eight two"], 1,
     "oh one six one four nine six treble eight two"),
])
def test_treble_is_three_of_a_digit(redactor, turns, turn, expected):
    out = redactor.redact_conversation([{"speaker": "agent" if i % 2 == 0 else "customer", "text": t}
                                        for i, t in enumerate(turns)])[turn]
    assert expected in [turns[turn][f.start:f.end] for f in out.findings]
