"""Tests for recognizers.email."""
from __future__ import annotations

import pytest

from recognizers.email import TranscriptEmailRecognizer
from recognizers.entities import EMAIL_ADDRESS

RECOGNIZER = TranscriptEmailRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]


@pytest.mark.parametrize("text, value", [
    ("You said your email is UshurmaDratchev@rhyta.com.", "UshurmaDratchev@rhyta.com"),
    ("mail me: first.last+tag@sub.example.co.uk", "first.last+tag@sub.example.co.uk"),
    ("it's j o h n dot smith at gmail dot com", "j o h n dot smith at gmail dot com"),
    ("john dot smith at gmail dot com", "john dot smith at gmail dot com"),
    ("it's j o h n at yahoo dot com thanks", "j o h n at yahoo dot com"),
    ("alexa add erosser@hotmail dot com as a new contact", "erosser@hotmail dot com"),
    ("yeah, um, song.biyu @ yahoo.co.uk lol", "song.biyu @ yahoo.co.uk"),   # typed with blanks around "@"
    ("um f as in foxtrot dot rahal nineteen eighty four at outlook dot com",
     "f as in foxtrot dot rahal nineteen eighty four at outlook dot com"),   # a spelled first letter
    ("mary underscore lee at outlook dot com", "mary underscore lee at outlook dot com"),
    ("k as in kilo l e e at gmail dot com", "k as in kilo l e e at gmail dot com"),
    ("it's eblack at the icloud dot com all lower case", "eblack at the icloud dot com"),  # "at the" provider
    ("my email is jdoe85@gmail,com", "jdoe85@gmail,com"),          # typed with a slip: still an address
    ("email: jane.doe@gmail .com", "jane.doe@gmail .com"),
    ("it's jane . doe @ gmail . com", "jane . doe @ gmail . com"),
    ("it's jane dot doe eighty five at gmail", "jane dot doe eighty five at gmail"),  # said, no top-level domain
    ("open https://shop.example.org/r?to=pat.moss%40mailbox.org&x=1", "pat.moss%40mailbox.org"),  # "@" in a link
])
def test_email_finds_written_and_spoken_addresses(text, value):
    assert found(text) == [value]


@pytest.mark.parametrize("text", [
    "i'm at home at three",
    "email me at your convenience",
    "check gmail dot com for the news",      # a host, not an address
    "send it to @support on twitter",
    "reply @ 5pm please",
    "i paid 5 @ 3 each",
    "meet me at 5 @ the cafe",
    "jane dot doe at work tomorrow",
    "john at the office",
    "how many unread emails do i have",
])
def test_email_ignores_non_addresses(text):
    assert found(text) == []


@pytest.mark.parametrize("text, values", [
    ("yeah it's john smith at gmail", ["smith at gmail"]),
    ("at home", []),
])
def test_email_answer_accepts_provider_without_domain(text, values):
    assert [text[r.start:r.end] for r in RECOGNIZER.analyze_answer(text, EMAIL_ADDRESS)] == values


@pytest.mark.parametrize("text, value", [
    ("a@xn--d1acufc.xn--p1ai", "a@xn--d1acufc.xn--p1ai"),                      # punycode domain and TLD
    ("my email is user@xn--80ak6aa92e.com today", "user@xn--80ak6aa92e.com"),
    ("пишите на юзер@пример.рф, спасибо", "юзер@пример.рф"),                    # Cyrillic local part and TLD
    ("contact josé.garcía@correo.es.", "josé.garcía@correo.es"),
    ("it's o'brien@example.ie", "o'brien@example.ie"),
    ("妈妈@例子.中国", "妈妈@例子.中国"),
])
def test_email_finds_internationalized_addresses_whole(text, value):
    assert found(text) == [value]


@pytest.mark.parametrize("text", [
    "my email is info@presidio.",         # no top-level domain
    "ratio 1.2@3.45",
    "user@localhost",
    "see @пример.рф",
])
def test_email_rejects_incomplete_internationalized_candidates(text):
    assert found(text) == []
