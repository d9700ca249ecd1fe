"""The shared words of a turn (``recognizers.turn_words``) equal, span for span, what each module's own pattern finds."""
import random
import re

import pytest

from recognizers import postcode_runs
from recognizers.turn_words import alnum_words, letter_chain_words, letter_chains, letter_words
from recognizers.spoken import token_words

SPOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F]+(?:'[A-Za-z]+)?")  # token_words' word branch
DIGIT_BY_DIGIT = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")  # on the lower-cased text
NUMBER_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?")  # on the lower-cased text
POSTCODE = re.compile(r"[Xx]-[Rr][Aa][Yy]|[A-Za-z0-9]+(?:'[A-Za-z]+)?")
NAME_CHUNKS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # spelled_name.TOKEN_RE, names.chunks._TOKEN

TEXTS = ["", "It's 4 FOUR o'clock", "rock'n'roll o'neil's", "ab'c9 9'ab'cd 12's", "x ray X-RAY", "a - b -- c'",
         "Jo@x.com is mine", "visit gmail.com now", "e.g. 4.5 dot com", "don't  Won't, 'quoted' 'tis"]


def _random_texts(n: int) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice("aAxXrRyY09'’- .,@_") for _ in range(rng.randint(0, 12))) for _ in range(n)]


@pytest.mark.parametrize("text", TEXTS)
def test_alnum_words_are_each_modules_words(text):
    _check(text)


def test_alnum_words_are_each_modules_words_on_random_texts():
    for text in _random_texts(3000):
        _check(text)


def _check(text: str) -> None:
    matches, lows = alnum_words(text)
    low = text.lower()
    assert [(m.span(), w) for m, w in zip(matches, lows)] == [(m.span(), m.group()) for m in DIGIT_BY_DIGIT.finditer(low)]
    if "@" not in text and not token_words._HOST_DOT.search(text):
        assert [(m.span(), w) for m, w in token_words.token_words(text)] == [
            (m.span(), m.group()) for m in SPOKEN.finditer(low)]
    if postcode_runs._words_shared(text):
        assert [(m.span(), m.group()) for m in matches] == [(m.span(), m.group()) for m in POSTCODE.finditer(text)]
    if letter_words(text) is not None:
        assert list(letter_words(text)) == NUMBER_WORDS.findall(low)
    if text.isascii():
        assert [m.span() for m in letter_chains(text)] == [m.span() for m in NAME_CHUNKS.finditer(text)]


@pytest.mark.parametrize("text, shared", [("it's four o'clock", True), ("it's 4 o'clock, 12 - 3", True), ("", True),
                                          ("the 4th", False), ("a1 b", False), ("the 90's", False), ("90 's", True)])
def test_letter_words_unless_a_digit_touches_a_letter(text, shared):
    assert (letter_words(text) is not None) == shared
    if shared:
        assert list(letter_words(text)) == NUMBER_WORDS.findall(text.lower())


@pytest.mark.parametrize("text, shared", [("w one x ray", True), ("w one x-ray", False), ("W ONE X-Ray", False),
                                          ("a-b c", True), ("ünd x", False)])
def test_postcode_words_shared_unless_x_ray_is_written(text, shared):
    assert postcode_runs._words_shared(text) == shared
    assert postcode_runs.word_count(text) == len((postcode_runs._TOKEN_ASCII if text.isascii()
                                                  else postcode_runs.TOKEN).findall(text))


@pytest.mark.parametrize("text, words", [
    ("It's O'Neil's TURN", ["it's", "o'neil's", "turn"]),
    ("ab'c9 9'ab'cd 12's x'", ["ab'c", "ab'cd", "s", "x"]),
    ("", []),
    # negative rows: digits, "_" and a lone apostrophe are no letters of a chain
    ("42 _ ' 7", []),
] + [(text, None) for text in TEXTS + _random_texts(300) if text.isascii()])
def test_letter_chain_words_are_the_chains_lower_cased(text, words):
    found = letter_chain_words(text)
    assert found == [m.group().lower() for m in letter_chains(text)]
    assert found == [m.group().lower() for m in NAME_CHUNKS.finditer(text)]
    if words is not None:
        assert found == words
