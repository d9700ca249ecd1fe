"""Romanized given-name syllables that continue a name a cue or a list started (``data/name_syllables.txt``), even
where they are English words ("hoe", "tat"), and never make a name alone."""
from __future__ import annotations

import pytest


def _people(redactor, text: str) -> list[str]:
    result = redactor.redact_conversation([{"speaker": "customer", "text": text}])[0]
    return [text[f.start:f.end] for f in result.findings if f.entity_type == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("please call my uncle park min hoe on the home line", "park min hoe"),
    ("the account holder is lau tat ming", "lau tat ming"),
    ("it's for my cousin chan siu mui", "chan siu mui"),
    ("my mother pham thi oanh will collect it", "pham thi oanh"),
])
def test_syllables_continue_a_name(redactor, text, name):
    assert name in _people(redactor, text), _people(redactor, text)


@pytest.mark.parametrize("text", ["the hoe is in the shed", "tit for tat yesterday", "a little tat from the market"])
def test_syllables_alone_make_no_name(redactor, text):
    assert not any(w in " ".join(_people(redactor, text)).split() for w in ("hoe", "tat", "sai")), _people(redactor, text)


@pytest.mark.parametrize("text, name", [
    ("please ring my aunt lan new yen after six", "lan new yen"),
    ("the policy is under new yen van duc", "new yen van duc"),
])
def test_a_misheard_nguyen_is_part_of_the_name(redactor, text, name):
    assert name in _people(redactor, text), _people(redactor, text)


def test_new_yen_alone_is_money_not_a_name(redactor):
    assert _people(redactor, "the new yen notes are out next year") == []
