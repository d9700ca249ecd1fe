"""digit_by_digit's blanked turn: the words kept and those scanned again are the words of the blanked text."""
from __future__ import annotations

import random

import pytest

from recognizers.spoken.blanked_pauses import WORD, blank_pauses
from recognizers.spoken.corrections import PAUSE_OR_CORRECTION
from recognizers.spoken.digit_by_digit import digit_by_digit
from recognizers.turn_words import alnum_words

_WORDS = ("one two five seven nine oh double won sorry no wait uh umm erm hmm let me see hang on a sec i mean right "
          "then and or rather actually scratch that x it's no's o'neil 4 56 flight").split()
_SEPARATORS = [" ", " ", ", ", ". ", "-", "'", "", "_", "\t"]


def _soup(seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(_WORDS) + rng.choice(_SEPARATORS) for _ in range(rng.randint(1, 20)))


@pytest.mark.parametrize("text, words", [
    ("seven eight sorry nine nine", ["seven", "eight", "nine", "nine"]),
    ("no'de5 and 4", ["de5", "and", "4"]),              # a word beside the blank joins what it freed: scanned again
    ("x'sorry's 12", ["x", "s", "12"]),                  # a blank inside a word: its chunk scanned again
    ("Let me see, 4 5 Hang on 6", ["4", "5", "6"]),
    ("uhhh_um um_x", ["uhhh", "um", "um", "x"]),         # "_" is a word character: no blank beside it
    ("four five six uh_seven", ["four", "five", "six", "uh", "seven"]),
    ("wait wait", []),
    # negative rows: nothing blanked, the words as they were
    ("seven eight nine", ["seven", "eight", "nine"]),
    ("sorryx nowait", ["sorryx", "nowait"]),
] + [(_soup(seed), None) for seed in range(300)])
def test_blanked_words_are_the_words_of_the_blanked_text(text, words):
    low = text.lower()
    blanked, matches, found = blank_pauses(low, *alnum_words(text))
    assert blanked == PAUSE_OR_CORRECTION.sub(lambda m: " " * len(m.group()), low)
    full = list(WORD.finditer(blanked))
    assert [m.span() for m in matches] == [m.span() for m in full]
    assert list(found) == [m.group() for m in full]
    if words is not None:
        assert list(found) == words


@pytest.mark.parametrize("text, spans", [
    ("nought o o one sorry six four ate five", [(0, 38, "000164?5")]),
    ("seven eight hang on nine nine one seven", [(0, 39, "789917")]),
    ("Seven Eight, Uh, Nine Nine One Seven", [(17, 36, "9917")]),  # two commas round the blank end the run
    # negative rows
    ("one two no'three four", []),                       # "'" left by the blank is no gap inside a run
    ("it's four no'6 seven eight nine", []),
    ("four five six uh_seven", []),
])
def test_digit_by_digit_reads_across_blanks(text, spans):
    assert list(digit_by_digit.__wrapped__(text)) == spans
