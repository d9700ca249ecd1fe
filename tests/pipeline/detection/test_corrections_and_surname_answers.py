"""Names the read split dev_aj showed leaking, end to end through the redactor: a caller's correction of a name the
agent read back ("no it's with an i ..."), the agent's acknowledgement that repeats it, a one-word answer to the
surname question that is an everyday word, and a false start before a name ("sea sean ..."); from dev_ak, an everyday
surname ending the turn after "my name is"; from dev_al, a one-word answer to "who do you want to call". Sentences
written for this test."""
from __future__ import annotations

import pytest

from tests.conftest import found_by_turn


@pytest.mark.parametrize("turns, turn, expected", [
    # the caller corrects the name the agent read back; the word sounds like the one read back
    (["let me just read that back sutt", "no it's double o soot"], 1, ["soot"]),
    (["just reading it back wite", "not quite it's white with an h"], 1, ["white"]),
    # ... letter by letter, each letter spelled with a word for it; a name in two words taken whole
    (["i have written pettersen is it okay", "not like that not e a like alpha so pattersen"], 1,
     ["a like alpha", "pattersen"]),
    (["so okonkwa yes", "not a u as in uniform"], 1, ["u as in uniform"]),
    (["i have noted vanderberg is it ok", "no it's van der berg slowly"], 1, ["van der berg"]),
    # the agent's read-back "so X yes"
    (["so mbwambo yes"], 0, ["mbwambo"]),
    # ... a read-back of a name found in the call, with a slip (a word in a list of places or brands too)
    (["who's calling", "it's anke vogt", "so i've got voigt is that right"], 2, ["voigt"]),
    (["who's calling", "it's ralf kellner", "i have written kellog is it okay"], 2, ["kellog"]),
    # ... and the agent's short acknowledgement repeats it
    (["let me just read that back holl", "no it's hall with an a", "apologies hall noted"], 2, ["hall"]),
    (["just reading it back wite", "not quite it's white with an h", "sorry about that white got it now"], 2,
     ["white"]),
    # a one-word answer to the surname question, whatever word it is
    (["and the surname", "erm it's lamb"], 1, ["lamb"]),
    (["and your family name", "uh yeah it's chalk"], 1, ["chalk"]),
    (["could i take your last name please", "Ladder."], 1, ["Ladder"]),
    # a one-word answer to an assistant's or a bot's question for a contact, whatever word it is
    (["who would you like to text", "hunter"], 1, ["hunter"]),
    (["Who is picking up?", "Rusty"], 1, ["Rusty"]),
    (["which amara, amara obi or amara eze", "ease"], 1, ["ease"]),      # the surname misheard
    # after "my name is" / "the name's", an everyday surname that ends the turn
    (["hello", "the name's emeka bucket"], 1, ["emeka bucket"]),
    (["hello", "my name is kofi basket"], 1, ["kofi basket"]),
    # a false start of the name's first word
    (["sorry who am i speaking with", "oh sorry it's pen penelope ward"], 1, ["pen penelope ward"]),
    (["sorry who am i speaking with", "oh sorry it's sea seamus kelly"], 1, ["sea seamus kelly"]),
])
def test_name_is_found(redactor, turns, turn, expected):
    found = found_by_turn(redactor, turns)[turn]
    # (a spelling hint's letter before the name may be taken with it: "e mersh")
    assert all(any(finding == name or finding.endswith(" " + name) for finding in found) for name in expected), found


@pytest.mark.parametrize("turns, turn", [
    # a "no" after a read-back that gives no name, or a word unlike the one read back
    (["so i've got marsh is that right", "no that's right"], 1),
    (["so i've got marsh is that right", "no it's fine"], 1),
    (["let me just read that back sutt", "no it's the other account"], 1),
    (["so i've got the payment down for friday is that right", "no it's monday"], 1),
    # a read-back "so X yes" of an everyday word, and spelled letters after no read-back
    (["so far um yes"], 0),
    (["can you spell the street", "not a like alpha so far"], 1),
    # a relation or nobody named in answer to the contact question
    (["who do you want to call", "mom"], 1),
    (["who should i text", "nobody"], 1),
    # a read-back's everyday words that sound like the name found ("wood": "would", "wooden")
    (["who's calling", "it's maria wood", "so you would like it on monday is that right"], 2),
    (["who's calling", "it's maria woodall", "we will send the wooden box to your house is that right"], 2),
    # "no" after a question that read nothing back
    (["is there anyone else on the account", "no it's just me"], 1),
    # an acknowledgement that goes on into new talk keeps its words
    (["so i've got feeld is that right", "no it's field with an i",
      "right and the field on the form was blank so i'll send a new one by post to your home address instead"], 2),
    # replies to the surname question that are no surname, and a statement about the surname
    (["and the surname", "pardon"], 1),
    (["and the surname", "same"], 1),
    (["and the surname", "it's the same as my husband's"], 1),
    (["your surname is on the letter we sent", "right"], 1),
    (["and the surname", "4"], 1),
    # ... never a word that follows names, nor an everyday word at the end of a turn without "my name is"
    (["how can i help", "yes hi my name is sara today"], 1),
    (["hello", "my name is ahmed please"], 1),
    (["hello", "i asked ngozi today"], 1),
    # a function word before a name, however it starts the name's first word
    (["hello", "please send it to tom okonkwo"], 1),
])
def test_no_name_is_added(redactor, turns, turn):
    found = found_by_turn(redactor, turns)[turn]
    assert all(word not in " ".join(found).split() for word in ("that's", "right", "fine", "other", "monday", "just",
                                                               "field", "pardon", "same", "4", "to", "would", "wooden", "mom", "nobody",
                                                               "far", "alpha",
                                                               "today", "please")), found
