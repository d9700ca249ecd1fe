"""Card expiry mentions: other month-and-year mentions of a conversation that holds a card expiry."""
from __future__ import annotations

import pytest

from pipeline.detection.expiry_mentions import find_expiry_mentions
from pipeline.records import Finding


def _expiry(text: str, piece: str) -> Finding:
    start = text.index(piece)
    return Finding(start, start + len(piece), "CARD_EXPIRY", 0.85, "card_details.v1", "cross_turn")


@pytest.mark.parametrize("readback, value", [
    ("let me check it shows december 2033 here", "december 2033"),
    ("so that's Dec 2034 on the card", "Dec 2034"),
    ("I've put 12/34, right?", "12/34"),
    ("Let me check, it shows 11-2026 here.", "11-2026"),
])
def test_expiry_mentions_found_once_the_conversation_holds_an_expiry(readback, value):
    texts = ["12 33 no hang on one two thirty four", readback]
    out = find_expiry_mentions(texts, [[_expiry(texts[0], "12 33")], []])
    assert [(readback[f.start:f.end], f.entity_type) for f in out[1]] == [(value, "CARD_EXPIRY")]


@pytest.mark.parametrize("text", [
    "we moved in december 2023",           # no card expiry in the conversation
    "it costs 12/34 of the budget",
    "the 11-2026 report",
])
def test_expiry_mentions_need_an_expiry_in_the_conversation(text):
    assert find_expiry_mentions([text], [[]]) == [[]]


def test_expiry_mentions_leave_found_spans_and_plain_numbers():
    texts = ["expires 12/34", "the total was 1234 and it was in 2033"]
    first = _expiry(texts[0], "12/34")
    out = find_expiry_mentions(texts, [[first], []])
    assert out == [[first], []]


@pytest.mark.parametrize("readback, value", [
    ("yeah sorry it is nov thirty two i was looking at my old card", "nov thirty two"),
    ("it shows february twenty thirty here", "february twenty thirty"),
    ("it's the end of january twenty nine", "end of january twenty nine"),
    ("let me check it shows september 2026 here", "september 2026"),
])
def test_expiry_mentions_said_years_and_a_question_about_the_expiry(readback, value):
    texts = ["and when does that card expire", "oh nine two 6", readback]
    out = find_expiry_mentions(texts, [[], [], []])  # the answer was taken as another identifier
    assert [(readback[f.start:f.end], f.entity_type) for f in out[2]] == [(value, "CARD_EXPIRY")]


@pytest.mark.parametrize("text", [
    "the appointment is may twenty first",   # a day, not a year
    "march twenty fifth works for me",
    "we moved in june 1999",                 # not a card's year
    "book it for the twentieth",
])
def test_expiry_mentions_leave_days_and_old_years(text):
    texts = ["when does the card expire", text]
    assert find_expiry_mentions(texts, [[], []]) == [[], []]


def test_expiry_mentions_need_a_question_about_an_expiry_not_any_question():
    texts = ["when can you come round", "it shows february twenty thirty here"]
    assert find_expiry_mentions(texts, [[], []]) == [[], []]


def test_expiry_mentions_only_near_the_expiry():
    texts = ["we're moving house in september 2026", "ok", "right", "fine", "expires 12/34", "yes", "yes",
             "yes", "yes", "the slot is march 2027"]
    first = _expiry(texts[4], "12/34")
    out = find_expiry_mentions(texts, [[], [], [], [], [first], [], [], [], [], []])
    assert [i for i, turn in enumerate(out) if turn] == [4]
    texts[6] = "that's march 2034 right"
    out = find_expiry_mentions(texts, [[], [], [], [], [first], [], [], [], [], []])
    assert [i for i, turn in enumerate(out) if turn] == [4, 6]


@pytest.mark.parametrize("answer, value", [
    ("twenty thirty one so no rush", "twenty thirty one"),
    ("uh 2029 i think", "2029"),
    ("oh it's thirty four", "thirty four"),
])
def test_expiry_mentions_the_year_asked_for_after_an_expiry(answer, value):
    texts = ["my card runs out in ten is that a problem", "which year is that sorry you cut out", answer]
    out = find_expiry_mentions(texts, [[_expiry(texts[0], "ten")], [], []])
    assert [(answer[f.start:f.end], f.entity_type) for f in out[2]] == [(value, "CARD_EXPIRY")]


@pytest.mark.parametrize("texts", [
    ["which year is that sorry you cut out", "twenty thirty one"],                 # no expiry near
    ["expires 12/34", "which year did you move in", "nineteen ninety eight"],     # not a card's year
    ["expires 12/34", "which year did you move in", "twenty twenty first of may"],  # a day after it
    ["expires 12/34", "and your postcode", "twenty thirty one"],                 # no year asked for
])
def test_expiry_mentions_no_year_answer(texts):
    findings = [[_expiry(texts[0], "12/34")] if "12/34" in texts[0] else []] + [[] for _ in texts[1:]]
    out = find_expiry_mentions(texts, findings)
    assert out[-1] == []


def test_expiry_mentions_the_year_asked_for_is_no_birth_year():
    texts = ["my card expires in ten", "which year is that", "twenty thirty one"]
    birth = Finding(0, 17, "DATE_OF_BIRTH", 0.85, "dates.v2", "cross_turn")
    out = find_expiry_mentions(texts, [[_expiry(texts[0], "ten")], [], [birth]])
    assert [(f.start, f.end, f.entity_type) for f in out[2]] == [(0, 17, "CARD_EXPIRY")]
