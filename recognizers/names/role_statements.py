"""Names said to hold a role or a relation, or to live next door ("eray next door has the same problem"), ("tamir is the engineer", "was Bing the team leader", "is Boyet your
housing officer", "shirin is my sister") and names coordinated with the speaker or the listener ("you'll hear
from mykola or me", "me and rahim"). Only what people are or do with "me" / "you": a firm or a thing is no carer.
"""
from __future__ import annotations

import re

from recognizers.names.cue_phrases import CUE_NOUNS
from recognizers.names.lexicon import lexicon
from recognizers.names.name_words import Candidate
from recognizers.names.person_predicates import follows_owner
from recognizers.names.person_words import OCCUPATIONS, RELATIVES
from recognizers.names.reasons import REASON_CUE_PHRASE
from recognizers.names.tokens import Token, positions
from recognizers.start_set import compile_fast

# The last word of a role said of someone ("the team leader", "your housing officer", "my carer"); not
# "courier" ("was evri the courier": a firm).
ROLES = (CUE_NOUNS | OCCUPATIONS | frozenset("""officer leader caretaker supervisor teacher doctor gp worker
    assistant advisor adviser agent representative rep keyworker headteacher head""".split())) - {"courier"}
_IS_WAS = frozenset(("is", "was"))
_OWNERS = frozenset("the your my our his her their".split())
_SPEAKERS = frozenset(("me", "myself", "you"))
_AND_OR = frozenset(("and", "or"))
_FILLER_AFTER_YOU = frozenset(("know", "see", "mean"))
_SAME_CLAUSE = compile_fast(r"[ \t]+(?:and|or)[ \t]+", re.IGNORECASE)
_MAX_BETWEEN = 2  # words between the owner and the role ("your housing officer", "the new team leader")


def role_statements(text: str, tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """Names in the role statements, speaker coordinations and "next door" above."""
    return _roles(tokens, keys) + _with_speaker(text, tokens, keys) + _next_door(tokens, keys)


def _holder(tok: Token) -> bool:
    """A word that can be a person's name here: listed, unknown, rare, or capitalized inside a sentence."""
    if tok.function or tok.possessive or len(tok.key) < 2 or not tok.key.isalpha() or tok.key in RELATIVES:
        return False
    return tok.name or tok.unknown or (tok.capitalized and not tok.sentence_start) or lexicon().is_rare_word(tok.key)


def _role_at(tokens: list[Token], keys: list[str], k: int) -> int:
    """Index of the role noun closing the owner word at ``k`` ("your [housing] officer"), or -1."""
    for j in range(k + 1, min(k + 2 + _MAX_BETWEEN, len(keys))):
        if keys[j] in ROLES and not tokens[j].possessive:
            return j
        if tokens[j].function or tokens[j].possessive:
            return -1
    return -1


def _roles(tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """ "tamir is the engineer", "güneş orhan is my carer" (name first); "was bing the team leader", "is boyet
    your housing officer" (a question)."""
    out = []
    for k in positions(keys, _IS_WAS):
        if k + 2 < len(keys) and _holder(tokens[k + 1]) and keys[k + 2] in _OWNERS \
                and _role_at(tokens, keys, k + 2) > 0:
            out.append(Candidate(k + 1, k + 1, 0.6, REASON_CUE_PHRASE))  # "was bing the team leader"
        if 0 < k < len(keys) - 1 and keys[k + 1] in _OWNERS and _holder(tokens[k - 1]) \
                and _role_at(tokens, keys, k + 1) > 0:
            first = k - 2 if k >= 2 and _holder(tokens[k - 2]) and (tokens[k - 2].name or tokens[k - 2].unknown) else k - 1
            if follows_owner(tokens, first):
                continue  # "the new engineer is my cousin"
            out.append(Candidate(first, k - 1, 0.6, REASON_CUE_PHRASE))
    return out


def _with_speaker(text: str, tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """ "you'll hear from mykola or me", "me and rahim": a name and "and" / "or" with "me", "myself" or "you", in
    one clause (not "Thank you. And ah, ...") and not the filler "you know"; before "and you" no everyday word
    ("the appointment has been made and you will ...")."""
    out = []
    for k in positions(keys, _AND_OR, 1):
        if k + 1 >= len(keys):
            break
        if not _SAME_CLAUSE.fullmatch(text, tokens[k - 1].end, tokens[k + 1].start) \
                or (keys[k + 1] == "you" and k + 2 < len(keys) and keys[k + 2] in _FILLER_AFTER_YOU):
            continue
        tok = tokens[k - 1]
        if keys[k + 1] in _SPEAKERS and _holder(tok) and (keys[k + 1] != "you" or not tok.common or tok.capitalized) \
                and not follows_owner(tokens, k - 1):
            out.append(Candidate(k - 1, k - 1, 0.6, REASON_CUE_PHRASE))
        elif keys[k - 1] in _SPEAKERS and _holder(tokens[k + 1]) and not tokens[k - 1].possessive:
            out.append(Candidate(k + 1, k + 1, 0.6, REASON_CUE_PHRASE))
    return out


_NEXT = frozenset(("next",))


def _next_door(tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """ "eray next door has the same problem": a listed or unknown word right before "next door" (not "the house
    next door", "to the next door")."""
    out = []
    for k in positions(keys, _NEXT, 1):
        tok = tokens[k - 1]
        if k + 1 < len(keys) and keys[k + 1] == "door" and (k + 2 >= len(keys) or keys[k + 2] != "to") \
                and _holder(tok) and (tok.name or tok.unknown or tok.capitalized) and not tok.common \
                and not follows_owner(tokens, k - 1):
            out.append(Candidate(k - 1, k - 1, 0.6, REASON_CUE_PHRASE))
    return out
