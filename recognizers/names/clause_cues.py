"""Names a whole clause points at, whatever their words: "i had ___ on the phone", "my son is on it too ___"."""
from __future__ import annotations

from recognizers.names.name_words import AFTER_NAME_WORDS
from recognizers.names.tokens import Token


def name_like(tok: Token | None) -> bool:
    """A word no list holds, or a listed name that is no everyday word (a surname after a given name)."""
    return tok is not None and not tok.function and len(tok.key) >= 2 and (
        tok.unknown or (tok.name and not tok.common))


def clause_cue(kind: str, tokens: list[Token], i: int, joined: Token | None) -> tuple[float, int]:
    """(score, last token index) of a name at token ``i`` after a cue match of ``kind`` that is a whole clause
    (0.0, -1 if none); ``joined``: token ``i + 1`` if only a space separates it."""
    before = tokens[i - 1].key
    if kind == "action" and before in ("had", "got") and not tokens[i].common and name_like(joined):
        return 0.6, i + 1  # "i had hila mehrdadlou on the phone": a word that is no everyday word, then a name
    if kind == "relation" and before in ("too", "well", "also") and _two_words_end(tokens, i, joined):
        return 0.7, i + 1  # "my brother is on it too prosper cope": two words that end the turn or clause
    if kind == "relation" and before == "and" and i >= 3 and tokens[i - 2].key == "me" and tokens[i - 3].key == "both":
        last = _words_before_verb(tokens, i)
        if last >= i:
            return 0.7, last  # "both me and brave te whare are on the same plan": the words before the verb
    return 0.0, -1


# Verbs two people share after "both me and ___" (the cue's lookahead: ``cue_phrases``).
_SHARED_VERBS = frozenset("are share both have pay live own use".split())
_NO_PARTNER = frozenset("everyone everybody someone somebody anyone anybody nobody else others".split())
MAX_PARTNER_WORDS = 4


def _words_before_verb(tokens: list[Token], i: int) -> int:
    """The last token before the shared verb when tokens ``i`` on may all be name words (-1 if not)."""
    for r in range(i, min(len(tokens), i + MAX_PARTNER_WORDS + 1)):
        if tokens[r].key in _SHARED_VERBS and r > i:
            return r - 1
        tok = tokens[r]
        if tok.function or len(tok.key) < 2 or not tok.key.isalpha() or tok.key in AFTER_NAME_WORDS or tok.key in _NO_PARTNER:
            return -1
    return -1


def _two_words_end(tokens: list[Token], i: int, joined: Token | None) -> bool:
    """Tokens ``i`` and ``i + 1`` may be a name (no function word, no verb that follows names) and the turn ends
    after them or a function word follows."""
    if joined is None:
        return False
    words_ok = all(not t.function and len(t.key) >= 2 and t.key.isalpha() and t.key not in AFTER_NAME_WORDS
                   for t in (tokens[i], joined))
    return words_ok and (i + 2 >= len(tokens) or tokens[i + 2].function)
