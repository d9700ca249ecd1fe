"""Typed words that are a frequent English word with two letters swapped ("irght", "ecxept"): no name, though no
dictionary holds them. Only swaps: a dropped or an added letter turns too many real names into words ("samet")."""
from __future__ import annotations

import functools

from recognizers.names.lexicon import frequent_words
from recognizers.names.tokens import Token


@functools.lru_cache(maxsize=4096)
def swapped_letters(key: str) -> bool:
    """``key`` (lowercase) becomes a frequent English word when two neighbouring letters change places."""
    words = frequent_words()
    return any(key[:i] + key[i + 1] + key[i] + key[i + 2:] in words for i in range(len(key) - 1) if key[i] != key[i + 1])


def typo(tok: Token) -> bool:
    """A lowercase word no list holds that is a frequent word with two letters swapped ("is that irght"); a capital
    says the writer meant a name ("I've brought up Waeg")."""
    return tok.unknown and not tok.capitalized and swapped_letters(tok.key)
