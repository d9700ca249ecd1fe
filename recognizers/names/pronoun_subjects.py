"""A name opening a sentence whose verb is followed, in the same sentence, by "he", "she", "him", "his" or "her"
("Oluwadamilare found the burglary when he got home", "grace said she would send it", "so wincent comes home and says
ms ... shouted at him"): the pronoun takes the subject up again, so the subject is a person. Only a story's verb right
after the name (or a hesitation between): a past tense, a present one (any dictionary word in "-s" that is no name),
a modal, "is" / "was" before an -ing form; or the subject pronoun itself right after the name or a "yeah" ("oh X yeah
she's lovely"); only a word that may be a name (listed as a given name, listed, or held by no list); only a pronoun
within a few words.
"""
from __future__ import annotations

from recognizers.names import tokens as _name_tokens
from recognizers.names.lexicon import lexicon
from recognizers.names.modal_subjects import OPENERS, SHORT_FILLERS
from recognizers.names.name_words import MAX_NAME_TOKENS, Candidate
from recognizers.names.reasons import REASON_CUE_PHRASE
from recognizers.names.tokens import Token, positions

SCORE = 0.6
_PRONOUNS = frozenset(("he", "she", "he'd", "she'd", "he'll", "she'll", "he's", "she's", "hes", "shes", "him", "his",
                       "her", "himself", "herself"))
# Past-tense verbs people's stories use that "-ed" does not catch.
_IRREGULAR_PAST = frozenset("""found heard said saw told came went got took gave left made rang sent brought thought knew
    felt kept paid put ran sat stood bought drove fell broke wrote spoke hit lost met forgot"""
                            .split())
# ... and a story told in the present ("so wincent comes home and says ...": _present_s), a modal ("X can only be
# collected by me or her nan"), "is" / "was" before an -ing form ("X is sitting the exam and his number is ...").
_MODALS = frozenset("can could will would should must".split())
_BE = frozenset(("is", "was"))
# ... or the subject pronoun itself, right after the name or a "yeah" ("oh X yeah she's lovely").
_SUBJECT_PRONOUNS = frozenset(("he", "she", "he's", "she's", "hes", "shes", "he'd", "she'd", "he'll", "she'll"))
_BRIDGE = SHORT_FILLERS | frozenset(("yeah", "yes", "oh", "well"))
_PRONOUN_WINDOW = 12  # words after the verb in which the pronoun must come
_SENTENCE_WORDS = 16  # words back from the pronoun to the sentence's start
# Words that may open the sentence before its subject: "so then X ...", "and yeah X ...", "hello yes so X ...".
_LEAD_WORDS = OPENERS | SHORT_FILLERS | frozenset("then and but like".split())


def _story_verb(tok: Token, nxt: Token) -> bool:
    return tok.key in _IRREGULAR_PAST or tok.key in _MODALS or (
        tok.key in _BE and nxt.key.endswith("ing") and nxt.english) or (
        tok.key.endswith("ed") and len(tok.key) >= 5 and tok.english and not tok.name) or _present_s(tok)


def _present_s(tok: Token) -> bool:
    """A dictionary word in "-s" that is no name and no function word ("turns", "reckons"): the present of a story."""
    return len(tok.key) >= 4 and tok.key[-1] == "s" and tok.key[-2] not in "su'" and tok.english and not tok.name \
        and not tok.function and not tok.possessive


def subject_word(tok: Token, alone: bool = False, common_given: bool = True) -> bool:
    """A word that may be (part of) a subject's name: a listed given name (``common_given``: also one that is an
    everyday word), a listed name no everyday word is, or a word no list holds; ``alone``: the whole subject, so also
    a rare dictionary word ("so nung comes home", not "songwriter" inside "Estately songwriter Michele Østrem")."""
    return not tok.function and not tok.possessive and len(tok.key) >= 3 and tok.key.isalpha() and (
        tok.unknown or (tok.first and (common_given or not tok.common)) or (tok.name and not tok.common)
        or (alone and lexicon().is_rare_word(tok.key)))


def pronoun_subjects(text: str, tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """Names taken up by a "he" / "she" / "his" / "her" after their verb, as above."""
    out: list[Candidate] = []
    for p in positions(keys, _PRONOUNS, 1):
        first = p
        while first > 0 and p - first < _SENTENCE_WORDS and not _name_tokens.sentence_start(text, tokens[first].start):
            first -= 1
        while first < p and keys[first] in _LEAD_WORDS:
            first += 1  # "so then wincent comes home ..."
        last = first
        while last + 1 < p and last - first < MAX_NAME_TOKENS - 1 and subject_word(tokens[last + 1]) \
                and not _story_verb(tokens[last + 1], tokens[last + 2]) \
                and _name_tokens.adjacent(text, tokens[last], tokens[last + 1]):  # ("said" is a given name too)
            last += 1
        verb = last + 1 + (last + 2 < p and keys[last + 1] in SHORT_FILLERS)
        taken_up = (verb < p and p - verb <= _PRONOUN_WINDOW and _story_verb(tokens[verb], tokens[verb + 1])) or (
            keys[p] in _SUBJECT_PRONOUNS and p - last <= 3 and all(k in _BRIDGE for k in keys[last + 1:p]))
        if taken_up and subject_word(tokens[first], first == last) \
                and all(map(subject_word, tokens[first + 1:last + 1])) and not (out and out[-1].first == first):
            out.append(Candidate(first, last, SCORE, REASON_CUE_PHRASE))
    return out
