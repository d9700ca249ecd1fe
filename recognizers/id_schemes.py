"""What ``national_id`` knows of one identifier scheme (``Scheme``), the gates several schemes share, and the
helpers its scheme table is written with."""
from __future__ import annotations

import functools
import re
from typing import Callable, NamedTuple

from recognizers.char_classes import LETTER, ClassGate, shapes
from recognizers.digit_groups import LOOKBEHIND, group_anchored
from recognizers.lower_scan import CaseFolded
from recognizers.start_set import compile_fast


class Scheme(NamedTuple):
    """One identifier scheme: its shape, a validator, its cue words, and whether a bare match counts."""

    name: str
    shape: re.Pattern[str]
    valid: Callable[[str], bool]
    context: re.Pattern[str]
    bare: re.Pattern[str] | None = None  # the written form that counts without cue words
    needs: re.Pattern[str] | None = None  # in every match of ``shape``: a cheaper scan that can rule it out
    needs_first: re.Pattern[str] | ClassGate | None = None  # in every match of ``needs``: one scan shared by several schemes
    # On ASCII text every match of ``shape`` lies in one word (``words_of``) at least this long: a turn without
    # one is not scanned (0: no such gate).
    whole_word: int = 0

    @property
    def cues(self) -> frozenset[str]:
        """Every word of the cue pattern (a cheap gate: no cue word in the text, no context search)."""
        return _cue_words(self.context.pattern)

    def longer_than_words(self, text: str, words: frozenset[str]) -> bool:
        """Whether ``whole_word`` rules out a match in ASCII ``text`` with these ``words_of``."""
        return self.whole_word > 0 and text.isascii() and max(map(len, words), default=0) < self.whole_word


# Shared first gates (``Scheme.needs_first``): four digits and a letter; seven digits, maybe a blank, a letter.
FOUR_DIGITS_LETTER = ClassGate(compile_fast(r"\d{4}[A-Za-z]"), shapes("0000", LETTER))
SEVEN_DIGITS_LETTER = ClassGate(compile_fast(r"\d{7}[ \-]?[A-Za-z]"), shapes("0000000", ("", " ", "-"), LETTER))


def digits_shape(pattern: str) -> re.Pattern[str]:
    """``pattern`` (digits) not inside a longer word or number."""
    # Grouped: a top-level "|" in ``pattern`` must not leave a branch without the boundary checks.
    return group_anchored(compile_fast(LOOKBEHIND + "(?:" + pattern + r")(?![\w\-]|[.,]\d)"))  # type: ignore[return-value]


def cue_pattern(pattern: str) -> CaseFolded:
    """The words of ``pattern`` (an alternation) as whole words, in any case."""
    return CaseFolded(re.compile(r"\b(?:" + pattern + r")\b", re.IGNORECASE))


@functools.lru_cache(maxsize=None)
def _cue_words(pattern: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", pattern)) - {"b", "s", "i", "n", "d"}
