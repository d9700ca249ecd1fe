"""A name before what is said only of a person: a diet or an allergy ("barley is coeliac", "and sorrel won't touch
anything with nuts"), an age ("amethyst is eleven and bought loads of gems"), an order placed or a parcel taken in
("plum placed the order", "kavsh took it in for me"); and a name set before the role it is ("canyon eccleston the
technician rang", "azure bamforth the kitchen manager told her").

What these frames say no place, product or company does, so the words before them are a name whatever words they
are, given names that are everyday words included ("Barley", "Plum", "Amethyst"): up to three words opening a sentence
or a clause ("... and sorrel won't"), with one hesitation allowed before the frame ("indigo like is coeliac", "rupert
um is eleven"). Not a relation, a role, a pet or a group ("my son is coeliac", "the kids won't touch", "dog is
allergic"). Before a role, a name of two or three words whose last a list holds or no list does (not "customer
service the manager said", "so revathi tells the manager"). Used by ``presence_frames``; logs nothing.
"""
from __future__ import annotations

from recognizers.names import tokens as _name_tokens
from recognizers.names.cue_phrases import CUE_NOUNS
from recognizers.names.cue_words import ROLE_MODIFIERS
from recognizers.names.modal_subjects import SHORT_FILLERS, opens
from recognizers.names.name_words import CLAUSE_LINKS, MAX_NAME_TOKENS, Candidate
from recognizers.names.reasons import REASON_CUE_PHRASE
from recognizers.names.tokens import Token, positions
from recognizers.names.vocatives import TERMS_OF_ADDRESS
from recognizers.spoken.number_words import TEENS, UNITS

SCORE = 0.6
_FRAMES = tuple(tuple(f.split()) for f in (
    "is coeliac", "is celiac", "is allergic", "is diabetic", "is lactose", "was coeliac", "was allergic",
    "won't touch", "wont touch", "will only eat", "doesn't eat", "doesnt eat", "can't eat", "cant eat",
    "placed the order", "placed an order", "took it in", "took the parcel in", "took the bag in"))
_AGE_OPENERS = frozenset(("is", "turns", "turned"))
# After an age: "and", "years", "on" (a birthday), "next", "now".
_AFTER_AGE = frozenset("and years on next now in".split())
_AGES = frozenset(w for w, n in {**UNITS, **TEENS}.items() if n >= 1 and w.isalpha())
_HESITATIONS = SHORT_FILLERS | {"like"}
# Who such frames are said of that is no name: a group, a pet, everyone.
_NOT_NAMES = frozenset("""kids children child baby babies toddler toddlers guests people everyone everybody someone
    somebody nobody anyone anybody family dog dogs cat cats puppy kitten pet pets""".split()) | CUE_NOUNS \
    | TERMS_OF_ADDRESS
_FIRST_WORDS = frozenset(f[0] for f in _FRAMES) | _AGE_OPENERS | {"the"}
_MODIFIERS = frozenset(ROLE_MODIFIERS.split()) | frozenset("kitchen head sous".split())


def person_only_frames(text: str, tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """Up to three words opening a sentence or a clause right before (one hesitation between) a frame above."""
    out = []
    for k in positions(keys, _FIRST_WORDS, 1):
        role = keys[k] == "the"
        if not (_role_at(keys, k) if role else _frame_at(keys, k)):
            continue
        end = k - 1 if keys[k - 1] in _HESITATIONS and k >= 2 else k
        first = end
        while first > 0 and end - first < MAX_NAME_TOKENS and _any_name_word(tokens[first - 1]) \
                and (first == end or _name_tokens.adjacent(text, tokens[first - 1], tokens[first])):
            first -= 1
        if role and (end - first < 2 or not (tokens[end - 1].name or tokens[end - 1].unknown)):
            continue  # "canyon eccleston the technician", not "so revathi tells the manager"
        if first < end and (opens(text, tokens, first) or (first > 0 and keys[first - 1] in CLAUSE_LINKS)):
            out.append(Candidate(first, end - 1, SCORE, REASON_CUE_PHRASE))
    return out


def _frame_at(keys: list[str], k: int) -> bool:
    if keys[k] in _AGE_OPENERS and k + 1 < len(keys) and keys[k + 1] in _AGES:
        return k + 2 >= len(keys) or keys[k + 2] in _AFTER_AGE  # "is eleven and", "turns five on sunday"
    return any(tuple(keys[k:k + len(f)]) == f for f in _FRAMES)


def _role_at(keys: list[str], k: int) -> bool:
    """ "the technician", "the kitchen manager" at ``k``."""
    j = k + 1
    while j < len(keys) and j - k <= 2 and keys[j] in _MODIFIERS and keys[j] not in CUE_NOUNS:
        j += 1
    return j < len(keys) and keys[j] in CUE_NOUNS


def _any_name_word(tok: Token) -> bool:
    """Any word but a function word, a possessive, a relation, a role or a group."""
    return not tok.function and not tok.possessive and tok.key.isalpha() and len(tok.key) >= 2 \
        and tok.key not in _NOT_NAMES and tok.key not in _HESITATIONS
