"""A name opening a sentence before what is said of a person in a home or a job ("X will be in to let the installer in",
"X has the spare key", "so X goes up to check the boiler", "X thinks the meter is running", "X is on leave", "X was the
one who sold me the phone", "X should have it"). Only up to three words that may be a name (listed as a given name,
listed and no everyday word, or held by no list; a rare dictionary word alone), right before the frame."""
from __future__ import annotations

from recognizers.names import tokens as _name_tokens
from recognizers.names.modal_subjects import opens
from recognizers.names.name_words import MAX_NAME_TOKENS, Candidate
from recognizers.names.pronoun_subjects import subject_word
from recognizers.names.reasons import REASON_CUE_PHRASE
from recognizers.names.tokens import Token, positions

SCORE = 0.6
_FRAMES = tuple(tuple(f.split()) for f in (
    "will be in", "will be home", "will be there", "will be around", "will be back", "will be about",
    "has the spare", "has the key", "has the keys", "has a key", "has a spare", "has got the key", "has got a key",
    "goes up", "goes round", "goes over", "goes out", "went up", "went round", "went over",
    "still hasn't", "still hasnt", "hasn't paid", "hasnt paid", "thinks", "reckons", "reckoned",
    "is on leave", "is on holiday", "is on annual", "is on maternity", "is on paternity",
    "was the one who", "was the one that", "should have it"))
_BY_FIRST_WORD = {first: tuple(f for f in _FRAMES if f[0] == first) for first in {f[0] for f in _FRAMES}}
_FIRST_WORDS = frozenset(_BY_FIRST_WORD)


def presence_frames(text: str, tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """Up to three name words opening a sentence right before one of the frames above."""
    out = []
    for k in positions(keys, _FIRST_WORDS, 1):
        if not any(tuple(keys[k:k + len(f)]) == f for f in _BY_FIRST_WORD[keys[k]]):
            continue
        first = k - 1
        while first > 0 and k - first < MAX_NAME_TOKENS and _name_word(tokens[first - 1]) \
                and _name_tokens.adjacent(text, tokens[first - 1], tokens[first]):
            first -= 1
        if subject_word(tokens[first], first == k - 1, common_given=False) \
                and all(map(_name_word, tokens[first + 1:k])) and opens(text, tokens, first):
            out.append(Candidate(first, k - 1, SCORE, REASON_CUE_PHRASE))
    return out


def _name_word(tok: Token) -> bool:
    return subject_word(tok, common_given=False)
