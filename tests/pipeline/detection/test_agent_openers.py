"""Tests for pipeline.detection.agent_openers: the words between the business's name opening an agent's turn and
"here" / "speaking" are the agent's name. Sentences written for this test."""
from __future__ import annotations

import pytest

from pipeline.detection.agent_openers import find_agent_names
from pipeline.records import Finding, Turn
from recognizers.entities import PERSON, PHONE_NUMBER

AGENTS = ("agent",)


def _names(text: str, business: frozenset[str] = frozenset(), found: tuple[str, ...] = (), speaker: str = "agent",
           other: tuple[str, str] | None = None) -> list[str]:
    turn = [Finding(text.index(v), text.index(v) + len(v), PERSON, 0.7, "test", "name_list") for v in found]
    if other:
        turn.append(Finding(text.index(other[0]), text.index(other[0]) + len(other[0]), other[1], 0.9, "test", "pattern"))
    out = find_agent_names([Turn(speaker, text)], [turn], business, AGENTS)[0]
    return [text[f.start:f.end] for f in out if f.entity_type == PERSON]


@pytest.mark.parametrize("text, business, found, expected", [
    ("uh harwell airlines ee moo dario kanyua here how can i help", frozenset(), ("dario kanyua",),
     ["ee moo dario kanyua"]),                                               # an organisation's word, any case
    ("like fernvale energy lim a hock here can i take your name", frozenset(), (), ["lim a hock"]),
    ("Tarvo Mobile, Ines speaking. How can I help?", frozenset({"tarvo", "mobile"}), (), ["Ines"]),  # learned words
    ("tarvo oo la here", frozenset({"tarvo"}), (), ["oo la"]),
    ("Fernvale Finance repayments, Lise speaking.", frozenset(), (), ["Lise"]),  # a department, then the name
    ("fernvale credit union repayments lise speaking", frozenset(), (), ["lise"]),
    ("the oakfield exams officer tam here", frozenset(), (), ["tam"]),       # a role, then the name
    ("st columba's primary school ferdia here", frozenset(), (), ["ferdia"]),  # a school's word, then the name
    ("holloway college admissions office, Ines speaking", frozenset(), (), ["Ines"]),
    ("ashgrove university accommodation office ferdia speaking", frozenset(), (), ["ferdia"]),  # the last such word
    ("ashgrove college student finance tam speaking", frozenset(), (), ["tam"]),
    ("ashgrove homes housing association ferdia speaking", frozenset(), (), ["ferdia"]),
    ("thanks for calling ashgrove home installs this is pond", frozenset(), (), ["pond"]),  # any word after "this is"
    ("Thank you for calling Ashgrove Lettings, this is Mint, how can I help?", frozenset(), (), ["Mint"]),
    ("tablet hospital wren on the repair desk", frozenset(), (), ["wren"]),   # where the agent sits closes the name
    ("copperfield clinic olzhas in disputes how can i help", frozenset(), (), ["olzhas"]),
    ("thanks for calling fixlane tayanita in disputes", frozenset(), (), ["tayanita"]),  # no business word known
    ("brackenmoor staffing okonji on the placements desk", frozenset(), (), ["okonji"]),  # a desk's word
    ("marrowby bakery orders fen here what can i get you", frozenset(), (), ["fen"]),
])
def test_the_agents_name_after_the_business_is_found(text, business, found, expected):
    assert _names(text, business, found) == expected


@pytest.mark.parametrize("text, business, speaker, other", [
    ("fernvale energy support here how can i help", frozenset(), "agent", None),        # a desk, not a name
    ("fernvale energy um here we go", frozenset(), "agent", None),                      # a hesitation
    ("fernvale energy you're through to the billing team here", frozenset(), "agent", None),  # a sentence
    ("fernvale energy good morning how can i help", frozenset(), "agent", None),         # no "here" / "speaking"
    ("fernvale energy. please hold. ines here", frozenset(), "agent", None),           # a sentence's end between
    ("fernvale energy lim a hock here", frozenset(), "customer", None),                 # a customer's turn
    ("thanks for holding, ines here", frozenset(), "agent", None),                      # no business opens the turn
    ("hello school office here how can i help", frozenset(), "agent", None),            # the office, no name
    ("thanks for calling, this is it for today", frozenset(), "agent", None),
    ("welcome to ashgrove this is billing", frozenset(), "agent", None),
    ("thanks for calling ashgrove this is pond", frozenset(), "customer", None),
    ("the attendance officer here", frozenset(), "agent", None),
    ("fernvale energy oh eight hundred here", frozenset(), "agent", ("oh eight hundred", PHONE_NUMBER)),  # another type
    ("i have the billing details here", frozenset(), "agent", None),               # function words before the desk
    ("thanks for calling marrowby support here", frozenset(), "agent", None),      # a desk's word, no name
    ("thanks for calling, sorry in disputes it's busy", frozenset(), "agent", None),
])
def test_other_openings_add_no_name(text, business, speaker, other):
    assert _names(text, business, speaker=speaker, other=other) == []
