"""Name-list rules of the name recognizer: names found without a cue, from the name lists and the words around them
(how far a name runs: ``recognizers.names.name_runs``). Every rule reads the tokens of ``recognizers.names.tokens``;
one neither listed nor unknown (``hot`` false) never starts a name."""
from __future__ import annotations

from itertools import compress
from operator import attrgetter

from recognizers.names.lexicon import WELL_ATTESTED
from recognizers.names.name_runs import extend, well_known_first
from recognizers.names.name_words import (ARABIC_OPENERS, COORDINATORS, INTERJECTIONS, NOT_AFTER_OPENERS,
                                          OBJECT_WORDS, PARTICLES, QUESTION_AUX, AFTER_NAME_WORDS, Candidate)
from recognizers.names.noun_classes import OCCASION_NOUNS, OWNED_NOUNS, PERSONAL_NOUNS, VENUE_NOUNS
from recognizers.names.short_surnames import burmese_start
from recognizers.names.tokens import Token, adjacent, keys_of, positions
from recognizers.spoken.number_words import MONTHS, NATO
from recognizers.names.reasons import REASON_NAME_LIST


def list_candidates(text: str, tokens: list[Token]) -> list[Candidate]:
    """Names shown by the name lists and the words around them, without a cue phrase."""
    out: list[Candidate] = []
    # ASR-style text: no capital at the start and few capitalized words.
    lowercase_text = not tokens[0].capitalized and \
        sum(map(attrgetter("capitalized"), tokens)) * 5 < len(tokens)
    n = len(tokens)
    resume = 0  # the word after the last candidate's
    # Not listed and not unknown (or a function word): no rule below can fire (such words skipped in C).
    for i in compress(range(n), map(attrgetter("hot"), tokens)):
        tok = tokens[i]
        if i < resume or len(tok.key) < 2:
            continue
        nxt = tokens[i + 1] if i + 1 < n else None
        next_adjacent = nxt is not None and adjacent(text, tok, nxt)
        if next_adjacent:
            context = _context_score(tok, tokens[i - 1] if i else None, nxt)
            if context:
                out.append(Candidate(i, i, context, REASON_NAME_LIST))
        unknown = tok.unknown
        # An unlisted given name ("haruto") right before a listed surname ("sato"), or an unlisted
        # syllable before another ("hsiu chin chen").
        before_surname = next_adjacent and ((nxt.name and not nxt.english)
                                            or (tok.syllable and nxt.syllable and nxt.name))
        if (len(tok.key) <= 3 and text[tok.start:tok.end].isupper()) \
                or not (tok.name or (unknown and (tok.capitalized or before_surname
                                                  or (nxt is not None and nxt.key != tok.key
                                                      and nxt.unknown)))):
            continue
        last = extend(text, tokens, i)
        run = [t for t in tokens[i:last + 1] if not t.initial and t.key not in PARTICLES]
        score = _run_score(run) if len(run) >= 2 else 0.0
        if not score and next_adjacent and _word_pair(tok, nxt, tokens[i - 1] if i else None):
            score, last = 0.55, i + 1
        if not score and last <= i + 2 < n and _initialled(text, tokens, i):
            score, last = 0.6, i + 2
        if score:
            out.append(Candidate(i, last, score, REASON_NAME_LIST))
        else:
            score = _single_score(text, tok, lowercase_text, nxt if next_adjacent else None)
            if score:
                out.append(Candidate(i, i, score, REASON_NAME_LIST))
        resume = last + 1 if score else i + 1
    return out


def _initialled(text: str, tokens: list[Token], i: int) -> bool:
    """ "directed by Brad L Key": in cased text, a capitalized given name, a capital initial and a capitalized word,
    even everyday words, after a lowercase word or opening the text (not a title: "How Will I Know")."""
    first, initial, last = tokens[i:i + 3]
    return first.first and first.capitalized and initial.initial and text[initial.start:initial.end] != "I" \
        and last.capitalized and last.key.isalpha() and len(last.key) >= 2 \
        and (i == 0 or not tokens[i - 1].capitalized) \
        and adjacent(text, first, initial) and adjacent(text, initial, last) and not text.isupper()


# Verbs of what a person says or wants ("what did penny say"; not "mean": "what does grace mean" asks about the word).
_SAYING = frozenset("say text write reply tell ask want think need".split())


def _context_score(tok: Token, prev: Token | None, nxt: Token) -> float:
    """A name shown by the words around it rather than by a cue before it."""
    # "finlee's bedtime", "bob's birthday", "swatishs birthday" (speech-to-text drops the ').
    if nxt.key in OWNED_NOUNS and tok.first and tok.spread >= 2 and tok.possessive:
        return 0.7
    if nxt.key in PERSONAL_NOUNS and (tok.possessive or nxt.key in OCCASION_NOUNS) \
            and (tok.unknown or (tok.name and not tok.common)):
        return 0.6
    if prev is not None and prev.key in QUESTION_AUX and tok.first:
        # "what did penny say", "what does pat want": a given name, then a verb of what people say
        if nxt.key in _SAYING and not tok.possessive:
            return 0.6
        # "did mark post anything", "does bob live in france": a widespread given name, then any verb.
        if tok.spread >= WELL_ATTESTED and nxt.english and not nxt.function and nxt.key not in OBJECT_WORDS:
            return 0.6
    return 0.0


def with_openers(text: str, tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """Candidates grown left over an Arabic name opener ("abu malik", "abd al karim"), and an opener
    with the word after it ("abu razzaq") as a name of its own."""
    out = []
    for i in positions(keys_of(tokens), ARABIC_OPENERS, 0, len(tokens) - 1):
        tok, nxt = tokens[i], tokens[i + 1]
        if not nxt.function and not nxt.common \
                and len(nxt.key) >= 3 and nxt.key not in NOT_AFTER_OPENERS \
                and adjacent(text, tok, nxt):
            out.append(Candidate(i, extend(text, tokens, i + 1), 0.6, REASON_NAME_LIST))
    for cand in candidates:
        first = burmese_start(text, tokens, cand.first)
        while first > 0 and cand.first - first < 2 and tokens[first - 1].key in ARABIC_OPENERS \
                and adjacent(text, tokens[first - 1], tokens[first]):
            first -= 1
        out.append(cand._replace(first=first) if first != cand.first else cand)
    return out


def _run_score(run: list[Token]) -> float:
    """Adjacent names: a given name with another name, at least one not a plain English word."""
    names = [t for t in run if t.name]
    caps = all(t.capitalized for t in run)
    if names and any(t.first for t in names) and (
            any(not t.english for t in run) or sum(not t.common for t in names) >= 2):
        return 0.8 if caps else 0.7
    if len(run) == 2 and well_known_first(run[0]):
        return 0.6
    # "barack obama", "Krisztián Szöllösy": an unlisted word next to a listed surname.
    if any(t.name and not t.english for t in run) and (caps or all(
            t.name or t.unknown or t.syllable for t in run)):  # "seong hun yeo": syllables of a given name
        return 0.6
    # "cheteshwar pujara": two words in no list and no dictionary, side by side.
    if all(len(t.key) >= 3 and t.unknown for t in run):
        return 0.55
    return 0.0


# Given names that are also months or days ("march may", "june july" are dates) and street types ("park lane").
_NOT_PAIRED = frozenset(MONTHS) | frozenset("monday tuesday wednesday thursday friday saturday sunday lane street "
                                            "road avenue drive close crescent terrace way".split())


def _word_pair(first: Token, second: Token, before: Token | None) -> bool:
    """ "our vet dawn carter said", "it should say grace hill on the letter": a given name listed in several
    locales and another listed name, side by side, both everyday words, not after an article, a possessive
    or "did" ("the summer wood", "did mark post"): a name (0.55). Words no name list holds ("chase bank",
    "rose gold") and words that follow a name ("go back", "bill said") never pair."""
    return first.first and not first.possessive and first.spread >= WELL_ATTESTED and len(first.key) >= 3 \
        and second.key not in AFTER_NAME_WORDS and not (first.key in NATO and second.key in NATO) \
        and all(t.name and not t.function and t.key not in _NOT_PAIRED for t in (first, second)) \
        and not (before and (before.key in OBJECT_WORDS or before.key in COORDINATORS
                             or before.key in QUESTION_AUX or before.possessive))


def _single_score(text: str, tok: Token, lowercase_text: bool, nxt: Token | None) -> float:
    """Score of one listed word on its own (``nxt``: the word right after it, if adjacent)."""
    # A capitalized word opening a line and followed by ":" is a speaker label ("Ubul: ...").
    if tok.capitalized and (tok.name or tok.unknown) and text[tok.end:tok.end + 1] == ":" \
            and tok.sentence_start:
        return 0.6
    if not tok.name or (tok.possessive and nxt is not None and nxt.key in VENUE_NOUNS) \
            or (tok.key in INTERJECTIONS and tok.sentence_start):
        return 0.0  # not listed, the owner in a business name ("moe's diner"), or "Ah" opening a sentence
    if tok.common:
        # Ambiguous words ("mark", "grace"): only as a capitalized word inside lowercase text.
        return 0.5 if tok.capitalized and lowercase_text and not tok.sentence_start else 0.0
    if tok.capitalized:
        return 0.55 if tok.sentence_start else 0.65
    if tok.possessive:
        return 0.6
    # A bare lowercase listed word that is no English word; short ones must be widespread.
    if not tok.english and len(tok.key) >= 3 and (tok.spread >= 2 or len(tok.key) >= 5):
        return 0.5
    return 0.0
