"""Tests for pipeline.detection.split_values: numbers split over two messages of one speaker."""
from __future__ import annotations

import pytest

from pipeline.detection.split_values import RECOGNIZER_NAME, join_split_values
from pipeline.records import Finding, Turn
from recognizers.entities import ACCOUNT_NUMBER, CREDIT_CARD, PHONE_NUMBER, POSTCODE, STREET_ADDRESS


def _joined(messages, findings=None):
    turns = [Turn(speaker=s, text=t) for s, t in messages]
    out = join_split_values(turns, findings or [[] for _ in turns])
    return [[(t.text[f.start:f.end], f.entity_type) for f in turn] for t, turn in zip(turns, out)]


@pytest.mark.parametrize("messages, expected", [
    ([("customer", "my no is 07700"), ("customer", "900 461")],
     [[("07700", PHONE_NUMBER)], [("900 461", PHONE_NUMBER)]]),                    # a possible phone number
    ([("customer", "mobile: 0412"), ("customer", "555 019 👍")],
     [[("0412", PHONE_NUMBER)], [("555 019", PHONE_NUMBER)]]),                      # named a mobile
    ([("customer", "could you refund it to this account?"), ("customer", "40221187")],
     [[], [("40221187", ACCOUNT_NUMBER)]]),                                         # the identifier named before
    ([("customer", "card is 4929 1810"), ("customer", "5523 0914")],
     [[("4929 1810", CREDIT_CARD)], [("5523 0914", CREDIT_CARD)]]),
    ([("customer", "ref 88120"), ("customer", "44931.")],
     [[("88120", ACCOUNT_NUMBER)], [("44931", ACCOUNT_NUMBER)]]),
    # a chat export's messages, each with its header
    ([("customer", "[14:44, 27/12/2026] Ada Obi: card is 5061 0938"), ("customer", "[14:45, 27/12/2026] Ada Obi: 7288 2003")],
     [[("5061 0938", CREDIT_CARD)], [("7288 2003", CREDIT_CARD)]]),
    # the second said to be the rest
    ([("customer", "acct 5520 1193"), ("customer", "the rest is 0712")], [[("5520 1193", ACCOUNT_NUMBER)], [("0712", ACCOUNT_NUMBER)]]),
    ([("customer", "ref 88120"), ("customer", "and 44931")], [[("88120", ACCOUNT_NUMBER)], [("44931", ACCOUNT_NUMBER)]]),
    ([("customer", "ref 88120"), ("customer", "44931 na d remaining")], [[("88120", ACCOUNT_NUMBER)], [("44931", ACCOUNT_NUMBER)]]),
    ([("customer", "ref 88120"), ("customer", "44931 is the last part")], [[("88120", ACCOUNT_NUMBER)], [("44931", ACCOUNT_NUMBER)]]),
])
def test_split_values_join_the_pieces(messages, expected):
    assert _joined(messages) == expected


@pytest.mark.parametrize("messages", [
    [("customer", "i paid 250"), ("customer", "350 more")],           # the second message says more than digits
    [("customer", "i paid 250"), ("customer", "350")],                # six digits: amounts, not a value
    [("customer", "my no is 07700"), ("agent", "900 461")],           # another speaker
    [("customer", "it's about the order"), ("customer", "thanks")],
    [("customer", "the meeting is at 10"), ("customer", "30")],
    [("customer", "[14:44, 27/12/2026] Ada Obi: i paid 250"), ("customer", "[14:45, 27/12/2026] Ada Obi: 350")],
    [("customer", "ref 88120"), ("customer", "44931 is the rest of the money")],   # more after "the rest"
    [("customer", "i paid 2500"), ("customer", "and 3500 yesterday")],
])
def test_split_values_leave_other_messages(messages):
    assert all(turn == [] for turn in _joined(messages))


def test_split_values_take_the_type_a_piece_was_found_with():
    messages = [("customer", "it's 3012 8842"), ("customer", "1175")]
    found = [[Finding(5, 14, ACCOUNT_NUMBER, 0.8, "account_number.v1", "context")], []]
    out = _joined(messages, found)
    assert out == [[("3012 8842", ACCOUNT_NUMBER)], [("1175", ACCOUNT_NUMBER)]]


def test_split_values_name_their_recognizer():
    turns = [Turn(speaker="customer", text="my no is 07700"), Turn(speaker="customer", text="900 461")]
    out = join_split_values(turns, [[], []])
    assert {f.recognizer for turn in out for f in turn} == {RECOGNIZER_NAME}


def _address(text: str) -> Finding:
    return Finding(0, len(text), STREET_ADDRESS, 0.8, "street_address.v1", "pattern")


@pytest.mark.parametrize("messages, postcode", [
    ([("customer", "14 Orchard Rise, Kettering"), ("customer", "560034")], "560034"),
    ([("customer", "14 Orchard Rise, Kettering"), ("customer", "near the old mill"), ("customer", "2480 👍")], "2480"),
    ([("customer", "14 Orchard Rise, Kettering"), ("agent", "thanks"), ("customer", "560034")], None),  # the agent between
    ([("customer", "14 Orchard Rise, Kettering"), ("customer", "a"), ("customer", "b"), ("customer", "560034")], None),
    ([("customer", "14 Orchard Rise, Kettering"), ("customer", "1200000")], None),                   # seven digits
    ([("agent", "14 Orchard Rise, Kettering"), ("customer", "560034")], None),                       # another speaker
])
def test_split_values_take_a_postcode_sent_after_the_address(messages, postcode):
    turns = [Turn(speaker=s, text=t) for s, t in messages]
    found = [[_address(turns[0].text)]] + [[] for _ in turns[1:]]
    out = join_split_values(turns, found)
    got = [t.text[f.start:f.end] for t, turn in zip(turns, out) for f in turn if f.entity_type == POSTCODE]
    assert got == ([postcode] if postcode else [])
