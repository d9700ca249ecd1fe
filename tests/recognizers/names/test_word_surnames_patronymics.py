"""Chinese surnames spelled like English words before two given-name syllables, and Indian / Malaysian
patronymics (s/o, d/o, a/l, a/p) taken whole."""
from __future__ import annotations

import pytest

from recognizers.person_names import PersonNameRecognizer


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b, _, _ in PersonNameRecognizer.find_spans(text)]


@pytest.mark.parametrize("text, name", [
    ("Best regards,\nSee Mei Ling", "See Mei Ling"),
    ("hello this is tee boon kiat calling about the bill", "tee boon kiat"),
    ("The account is under Chew Wen Hao.", "Chew Wen Hao"),
    ("ok the name is SAY HUI MIN", "SAY HUI MIN"),
    ("it's low kok leong here", "low kok leong"),
])
def test_a_word_surname_before_two_given_syllables_is_one_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "see you soon then",
    "say hi to the team for me",
    "tee time is at nine tomorrow",
    "a wee bit late today",
    "let's see how long it takes",
    "keep it low long term",                 # both syllables English words
])
def test_word_surnames_stay_words_without_two_given_syllables(text):
    assert not any(w in ("see", "say", "tee", "wee") for n in _names(text) for w in n.lower().split())


@pytest.mark.parametrize("text, name", [
    ("you can call my sister Kavitha d/o Subramaniam tomorrow", "Kavitha d/o Subramaniam"),
    ("the nominee is arumugam s/o pillai", "arumugam s/o pillai"),
    ("Policy holder: Siva a/l Krishnan", "Siva a/l Krishnan"),
    ("my aunt Meena a/p Rajan will collect it", "Meena a/p Rajan"),
])
def test_a_patronymic_joins_both_names(text, name):
    assert any(name in found or found in name and "/" in found for found in _names(text)), _names(text)


@pytest.mark.parametrize("text", [
    "big s/o to the team for the quick fix",
    "coffee w/o sugar please",
    "the a/c is broken again",
])
def test_no_patronymic_without_name_words(text):
    assert not any("/" in n for n in _names(text))


@pytest.mark.parametrize("text, name", [
    ("please call back today.\nBest regards,\n5aled\n050 123 4567", "5aled"),
    ("Thanks,\n3bdelra7man el-Masry\n", "3bdelra7man el-Masry"),
    ("Shukran,\nsa3eed", "sa3eed"),
    ("<p>Hi 5aled,</p>", "5aled"),                       # greeted
    ("Dear mo7sen, thanks for waiting", "mo7sen"),
    ("DEAR 7ASSAAN", "7ASSAAN"), ("thank you 5aled 2", "5aled"),  # (greetings read through the lower-case twin)
])
def test_an_arabizi_name_signed_under_a_sign_off(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "Best regards,\nRoom 25b",          # no Arabizi word: a digit then one letter
    "Thanks,\norder 3 items",
    "my code is 7amed but no sign-off",
])
def test_no_arabizi_name_without_a_sign_off_line(text):
    assert not any(any(c.isdigit() for c in n) for n in _names(text))


@pytest.mark.parametrize("text, name", [
    ("Oyelaran again, I called yesterday about the bill", "Oyelaran"),   # a turn opening with a name said again
    ("you can call my relative Teodora Vasquez tomorrow", "Teodora Vasquez"),
])
def test_a_name_said_again_and_a_relative(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", ["Sorry again, I called yesterday", "Thanks again, bye", "Once again, no reply"])
def test_no_name_from_words_said_again(text):
    assert _names(text) == []
