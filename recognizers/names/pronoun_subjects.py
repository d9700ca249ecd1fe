"""A name opening a sentence whose verb is followed, in the same sentence, by "he" or "she" ("Oluwadamilare found the
burglary when he got home", "grace said she would send it"): the pronoun takes the subject up again, so the subject
is a person. Only a past-tense verb right after the name (or a hesitation between), only a word that may be a name
(listed as a given name, listed, or held by no list), and only a pronoun within a few words.
"""
from __future__ import annotations

from recognizers.names import tokens as _name_tokens
from recognizers.names.modal_subjects import opens
from recognizers.names.name_words import MAX_NAME_TOKENS, Candidate
from recognizers.names.reasons import REASON_CUE_PHRASE
from recognizers.names.tokens import Token, positions

SCORE = 0.6
_PRONOUNS = frozenset(("he", "she", "he'd", "she'd", "he'll", "she'll", "he's", "she's", "hes", "shes"))
# Past-tense verbs people's stories use that "-ed" does not catch.
_IRREGULAR_PAST = frozenset("""found heard said saw told came went got took gave left made rang sent brought thought knew
    felt kept paid put ran sat stood bought drove fell broke wrote spoke hit lost met forgot"""
                            .split())
_HESITATIONS = frozenset(("uh", "um", "er", "erm"))
_PRONOUN_WINDOW = 8  # words after the verb in which the pronoun must come


def _past_verb(tok: Token) -> bool:
    return tok.key in _IRREGULAR_PAST or (tok.key.endswith("ed") and len(tok.key) >= 5 and tok.english
                                          and not tok.name)


def _subject_word(tok: Token) -> bool:
    return not tok.function and not tok.possessive and len(tok.key) >= 3 and tok.key.isalpha() \
        and (tok.unknown or tok.first or (tok.name and not tok.common))


def pronoun_subjects(text: str, tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """Names taken up by a "he" / "she" after their verb, as above."""
    out = []
    for p in positions(keys, _PRONOUNS, 2):
        verb = next((v for v in range(max(1, p - _PRONOUN_WINDOW), p) if _past_verb(tokens[v])), None)
        if verb is None or any(_name_tokens.sentence_start(text, t.start) for t in tokens[verb + 1:p + 1]):
            continue
        last = verb - 1 - (keys[verb - 1] in _HESITATIONS and verb >= 2)
        first = last
        while first > 0 and last - first < MAX_NAME_TOKENS - 1 and _subject_word(tokens[first - 1]) \
                and _name_tokens.adjacent(text, tokens[first - 1], tokens[first]):
            first -= 1
        if last >= 0 and _subject_word(tokens[last]) and all(map(_subject_word, tokens[first:last + 1])) \
                and opens(text, tokens, first) and not (out and out[-1].first == first):
            out.append(Candidate(first, last, SCORE, REASON_CUE_PHRASE))
    return out
