"""Tests for recognizers.word_anchored: a cue pattern tried only at its first words finds what a full scan finds."""
from __future__ import annotations

import re

import pytest

from recognizers import latin_address, named_address
from recognizers.account_number import AccountNumberRecognizer
from recognizers.auth_code import AuthCodeRecognizer
from recognizers.spoken_aware import words_of
from recognizers.word_anchored import WordAnchored, first_words

CUE = WordAnchored(re.compile(r"\b(?:order|ref|a/c)(?: number)?\s*(?P<value>\d{4,})"), frozenset({"order", "ref"}), ("a/c",))


@pytest.mark.parametrize("text, values", [
    ("my order number 123456 thanks", ["123456"]),        # a first word present: tried there, found
    ("ref 4455 and order 998877", ["4455", "998877"]),     # two cue words, in text order
    ("a/c 12345678 please", ["12345678"]),                 # a literal that is no word
    ("reorder 123456 and preorder 7788", []),              # the word inside another word: no start there
    ("nothing to see 123456", []),                         # no first word: nothing tried
    ("order order 5566", ["5566"]),                        # the earlier "order" fails, the later one matches
])
def test_word_anchored_finds_what_the_full_scan_finds(text, values):
    low = text.lower()
    got = [(m.span(), m["value"]) for m in CUE.finditer(low, words_of(text))]
    assert got == [(m.span(), m["value"]) for m in CUE.pattern.finditer(low)]
    assert [value for _, value in got] == values


def test_word_anchored_refuses_first_words_with_other_characters():
    with pytest.raises(AssertionError):
        WordAnchored(re.compile("a/c"), frozenset({"a/c"}))


@pytest.mark.parametrize("text", [
    "my account number is 12345678 thanks",
    "the plannumber 99887766 and the group no. 55667788",    # a noun-only word glued to its noun
    "I've logged it under CS-2026-385116, and filed it under 2026",
    "a/c 12345678, acct no 8877 6655 4433",
    "the work order um number is 77665544 and the frequent flyer number 1234 5678",
    "nothing here but 12345678",
    "reorder 12345678 or preorder 87654321",
])
def test_account_cue_anchored_finds_what_the_full_scan_finds(text):
    low = text.lower()
    anchored = AccountNumberRecognizer.AFTER_CUE_ANCHORED
    got = [(m.span(), m.groupdict()) for m in anchored.finditer(low, words_of(text))]
    assert got == [(m.span(), m.groupdict()) for m in AccountNumberRecognizer.AFTER_CUE_LOWER.finditer(low)]


@pytest.mark.parametrize("text, found", [
    ("Rua Augusta, 1753, apto 116", True),        # a street type first: found at its word
    ("mando para av. paulista 1000", True),       # an abbreviation read at its word "av"
    ("calle thames 1201 piso 9", True),
    ("the van drove via the m4 to r. smith", True),  # any type word followed by a blank opens the gate
    ("nothing latin here at all", False),          # no type word: nothing tried
    ("the avenue and the carrier", False),         # type words only inside other words
])
def test_latin_gate_anchored_finds_what_the_full_scan_finds(text, found):
    low = text.lower()
    got = [m.span() for m in latin_address._GATE_ANCHORED.finditer(low, words_of(text))]
    assert got == [m.span() for m in latin_address._GATE_ANCHORED.pattern.finditer(low)]
    assert bool(got) is found


@pytest.mark.parametrize("source, words", [
    (r"\b(?:order|ref)\b", {"order", "ref"}),                         # words closed by a boundary
    (r"\b(?:pass ?number|pin)(?![\w])", {"pass", "passnumber", "pin"}),  # a blank that may be left out: glued too
    (r"(?<![\w\-])(?:c[eé]dula|rut) \d", {"c", "cedula", "rut"}),     # "cédula" is the words "c" and "dula"
    (r"\b(?:card|a/c)\s+\d", {"card", "a"}),                          # "a/c" starts with the word "a"
    (r"\bplan\w*", None),                                             # the first word may run on
    (r"(?:order|ref)\b", None),                                       # a match may start inside a word
    (r"\s*\border\b", None),                                          # ... or with a blank
    (r"\b(?:order|ref)", None),                                       # the pattern may end inside a word
    (r"\b(?i:order)\b", None),                                        # a case-insensitive part
])
def test_first_words_are_read_from_the_pattern(source, words):
    found = first_words(re.compile(source))
    assert found == (frozenset(words) if words is not None else None)


def test_hand_written_anchors_cover_the_patterns_first_words():
    """The account cue's words (written from its lists) hold every first word the pattern can start with ("a/c" is
    a literal): a cue added to a list or to the pattern is anchored too, or this fails."""
    assert first_words(AccountNumberRecognizer.AFTER_CUE_LOWER) - {"a"} <= AccountNumberRecognizer.AFTER_CUE_ANCHORED.first
    # (read from the patterns themselves: anchored, not left to the full scan)
    assert latin_address._GATE_ANCHORED is not None and AuthCodeRecognizer.SPECIFIC_ANCHORED is not None


@pytest.mark.parametrize("text, found", [
    ("please send it to hollybush farm ferry road", True),    # a cue word: tried there, found
    ("she moved to meadow view little haddon", True),
    ("the resend button and the unposted letter", False),     # cue words only inside other words
    ("nothing to see here", False),                           # no cue word: nothing tried
])
def test_named_address_cue_anchored_finds_what_the_full_scan_finds(text, found):
    low = text.lower()
    got = [m.span() for m in named_address.CUE_ANCHORED.finditer(low, words_of(text))]
    assert got == [m.span() for m in named_address.CUE_LOWER.finditer(low)]
    assert bool(got) is found
