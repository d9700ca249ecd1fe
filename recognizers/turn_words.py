"""The words of an ASCII turn, scanned once for the modules that read the same turn.

``alnum_words(text)`` gives the ``[A-Za-z0-9]+(?:'[A-Za-z]+)?`` matches of ``text`` and their words lower-cased.
On ASCII text these are, span for span, the words of the spoken view's tokenizer (``spoken.token_words``, on the
lower-cased text, when no e-mail or host name is written), of ``digit_by_digit`` and of ``postcode_runs``
(when no "x-ray" is written); with no digit beside a letter, those with letters are the words of
``number_words.may_be_spoken`` (``[a-z]+(?:'[a-z]+)?``). ``letter_chains(text)``: the letter words joined by
apostrophes ("o'neil's") that ``spelled_name`` and ``names.chunks`` read (``letter_chain_words``: their words
lower-cased). Only the last few texts are kept: the modules of one turn ask in a row.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import filterfalse

from recognizers.lower_scan import ascii_letters_twin
from recognizers.start_set import compile_fast

ALNUM_WORD = compile_fast(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")
LETTER_CHAIN = compile_fast(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LETTER_CHAIN_ASCII = ascii_letters_twin(LETTER_CHAIN)  # the same words on ASCII text, faster
_DIGIT = compile_fast(r"[0-9]")
_DIGIT_BY_LETTER = compile_fast(r"(?<=[A-Za-z])[0-9]|[0-9]'?[A-Za-z]")


@lru_cache(maxsize=4)
def alnum_words(text: str) -> tuple[tuple[re.Match[str], ...], tuple[str, ...]]:
    """The ``ALNUM_WORD`` matches of ASCII ``text`` and their words lower-cased (read-only: shared)."""
    matches = tuple(ALNUM_WORD.finditer(text))
    return matches, tuple(map(str.lower, map(re.Match.group, matches)))


def letter_words(text: str) -> tuple[str, ...] | None:
    """The ``[a-z]+(?:'[a-z]+)?`` words of ASCII ``text`` lower-cased, or None when a digit touches a letter.

    With no digit beside a letter (nor before an apostrophe and a letter: "9's"), every ``alnum_words`` word is
    letters or digits only, and the letter words are those with letters, span for span.
    """
    digit = _DIGIT.search(text)
    if digit is None:
        return alnum_words(text)[1]
    if _DIGIT_BY_LETTER.search(text, digit.start()):  # (every match starts at a digit)
        return None
    return tuple(filterfalse(str.isdigit, alnum_words(text)[1]))


@lru_cache(maxsize=4)
def letter_chains(text: str) -> tuple[re.Match[str], ...]:
    """The ``LETTER_CHAIN`` matches of ASCII ``text`` (read-only: shared)."""
    return tuple(_LETTER_CHAIN_ASCII.finditer(text))


def letter_chain_words(text: str) -> list[str]:
    """The ``letter_chains`` of ASCII ``text`` lower-cased, as words (one scan of the lower-cased text: lower-casing
    ASCII keeps every letter a letter and every offset, so the chains are the same)."""
    return _LETTER_CHAIN_ASCII.findall(text.lower())

