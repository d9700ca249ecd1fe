"""A name opening a sentence before what is said of a person in a home or a job ("X will be in to let the installer in",
"X has the spare key", "so X goes up to check the boiler", "X thinks the meter is running", "X is on leave", "X was the
one who sold me the phone", "X should have it", "X is covering my Saturday"). Only up to three words that may be a name
(listed as a given name, listed and no everyday word, or held by no list; a rare dictionary word alone; before what is
said of a person at work, also a given name that is an everyday word), right before the frame."""
from __future__ import annotations

from recognizers.names import tokens as _name_tokens
from recognizers.names.modal_subjects import opens
from recognizers.names.name_words import MAX_NAME_TOKENS, Candidate
from recognizers.names.person_only_frames import person_only_frames
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
# What is said only of a person at work, so a given name that is an everyday word counts too ("Joy is covering my
# Saturday", "lucky hasn't signed my timesheet", "rain collins signed for the parcel").
_WORK_FRAMES = tuple(tuple(f.split()) for f in (
    "is covering my", "was covering my", "is covering for", "covered my", "hasn't signed my", "hasnt signed my",
    "has signed my", "signed my", "signed for the", "signed off the"))
_FRAMES += _WORK_FRAMES
_BY_FIRST_WORD = {first: tuple(f for f in _FRAMES if f[0] == first) for first in {f[0] for f in _FRAMES}}
_FIRST_WORDS = frozenset(_BY_FIRST_WORD)


def presence_frames(text: str, tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """Up to three name words opening a sentence right before one of the frames above, and the names before what is
    said only of a person (``person_only_frames``)."""
    out = []
    for k in positions(keys, _FIRST_WORDS, 1):
        frame = next((f for f in _BY_FIRST_WORD[keys[k]] if tuple(keys[k:k + len(f)]) == f), None)
        if frame is None:
            continue
        common_given = frame in _WORK_FRAMES
        first = k - 1
        while first > 0 and k - first < MAX_NAME_TOKENS and subject_word(tokens[first - 1], common_given=common_given) \
                and _name_tokens.adjacent(text, tokens[first - 1], tokens[first]):
            first -= 1
        # (the words walked over are name words; the last one is tried here: alone, also a rare dictionary word)
        if subject_word(tokens[k - 1], first == k - 1, common_given=common_given) and opens(text, tokens, first):
            out.append(Candidate(first, k - 1, SCORE, REASON_CUE_PHRASE))
    return out + person_only_frames(text, tokens, keys)
