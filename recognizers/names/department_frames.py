"""A person named by the team they work in or copied into an e-mail: "has noble in payroll been in touch", "ask Grace
in accounts", "imeli in HR said ...", "tolgonai on registrations", "do you want amiri copied in". Up to two words that may be a name (a listed given
name, even an everyday word such as "Dawn" or "Lucky"; a listed name no everyday word is; a word no list holds; a rare
dictionary word alone) right before "in" and a department or "copied in" / "cc'd in"; not a thing ("errors in payroll",
"nothing in accounts")."""
from __future__ import annotations

from recognizers.names import tokens as _name_tokens
from recognizers.names.name_words import Candidate
from recognizers.names.pronoun_subjects import subject_word
from recognizers.names.reasons import REASON_CUE_PHRASE
from recognizers.names.tokens import Token, positions

SCORE = 0.6
DEPARTMENTS = frozenset("""payroll hr accounts finance billing sales reception admin recruitment compliance legal
    marketing operations dispatch logistics procurement purchasing lettings repairs maintenance placements bookings
    registrations enquiries benefits""".split())
_KEYS = frozenset(("in", "on", "copied", "cc'd", "ccd", "cced"))  # "in" / "on" a department, or the copying verb
_COPIED_INTO = frozenset(("in", "into"))


def department_frames(text: str, tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """Up to two name words right before "in <department>" or "copied in"; one before "on <department>" (after the
    office's name: "eastbrook council aizada on registrations")."""
    out = []
    for k in positions(keys, _KEYS, 1, len(tokens) - 1):
        if keys[k + 1] not in (DEPARTMENTS if keys[k] in ("in", "on") else _COPIED_INTO) \
                or not _name_tokens.adjacent(text, tokens[k - 1], tokens[k]):
            continue
        if k >= 2 and keys[k] != "on" and subject_word(tokens[k - 2]) and subject_word(tokens[k - 1]) \
                and _name_tokens.adjacent(text, tokens[k - 2], tokens[k - 1]):
            out.append(Candidate(k - 2, k - 1, SCORE, REASON_CUE_PHRASE))  # two name words
        elif subject_word(tokens[k - 1], alone=True):
            out.append(Candidate(k - 1, k - 1, SCORE, REASON_CUE_PHRASE))
    return out
