"""A name said to someone before an apology or a thanks opening the turn: "ofer sorry about that", "Inbar - thanks for
sorting this", "nadia thank you for waiting"; and a name read back and confirmed: "samet yes that's right". Only a given
name no everyday word is or a word no list holds, and no interjection or greeting ("hiya thanks for ...", "oops sorry
about that", "lovely yes that's right")."""
from __future__ import annotations

from recognizers.names import tokens as _name_tokens
from recognizers.names.modal_subjects import OPENERS, opens
from recognizers.names.name_words import CONVERSATIONAL_SOUNDS, INTERJECTIONS, Candidate
from recognizers.names.reasons import REASON_CUE_PHRASE
from recognizers.names.tokens import Token, positions
from recognizers.names.vocatives import TERMS_OF_ADDRESS

SCORE = 0.6
_COURTESIES = frozenset(("sorry", "thanks", "thank", "yes", "yeah", "yep"))
# What follows the courtesy: "sorry about / for", "thanks for", "thank you for"; the confirmation "yes that's right".
# ("that's" is the token "that" with its 's.)
_CONFIRMED = ("that", "thats", "correct")
_AFTER = {"sorry": ("about", "for"), "thanks": ("for",), "thank": ("you",), "yes": _CONFIRMED, "yeah": _CONFIRMED,
          "yep": _CONFIRMED}
_THATS_WHAT = frozenset(("right", "correct", "it"))
_NOT_NAMES = INTERJECTIONS | CONVERSATIONAL_SOUNDS | OPENERS | TERMS_OF_ADDRESS \
    | frozenset("aww oops whoops jeez gosh blimey".split())
_BETWEEN = frozenset(("", ",", "-", "–", "—"))


def opening_vocatives(text: str, tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """One or two name words opening a sentence, then "sorry about / for", "thanks for", "thank you for" or "yes that's
    right" ("yes correct", "yeah that's it")."""
    out = []
    for k in positions(keys, _COURTESIES, 1, len(tokens) - 1):
        after = keys[k + 2] if k + 2 < len(keys) else ""
        if keys[k + 1] not in _AFTER[keys[k]] or (keys[k] == "thank" and after != "for") \
                or (keys[k + 1] in ("that", "thats") and (after not in _THATS_WHAT
                                                           or keys[k + 1] == "that" and not tokens[k + 1].possessive)) \
                or text[tokens[k - 1].end:tokens[k].start].strip() not in _BETWEEN:
            continue
        first = k - 1
        if first > 0 and _vocative_word(tokens[first - 1]) \
                and _name_tokens.adjacent(text, tokens[first - 1], tokens[first]):
            first -= 1
        if all(map(_vocative_word, tokens[first:k])) and opens(text, tokens, first):
            out.append(Candidate(first, k - 1, SCORE, REASON_CUE_PHRASE))
    return out


def _vocative_word(tok: Token) -> bool:
    return not tok.function and not tok.possessive and len(tok.key) >= 3 and tok.key.isalpha() \
        and tok.key not in _NOT_NAMES and (tok.unknown or (tok.first and not tok.common))
