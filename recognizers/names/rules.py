"""Name-list rules of the name recognizer: how far a name runs, and names found without a cue. Every rule reads the
tokens of ``recognizers.names.tokens``; one neither listed nor unknown (``hot`` false) never starts a name."""
from __future__ import annotations

from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from recognizers.names.lexicon import WELL_ATTESTED, lexicon
from recognizers.names.noun_classes import (CONTENT_NOUNS, OCCASION_NOUNS, OWNED_NOUNS,  # noqa: F401 (re-exported)
                                            PERSONAL_NOUNS, VENUE_NOUNS)
from recognizers.names.short_surnames import (SURNAME_WORDS, burmese_start, continues_burmese, ends_name,
                                             surname_after_east_asian)
from recognizers.names.particles import cased_particle
from recognizers.names.tokens import Token, adjacent, keys_of, positions
from recognizers.spoken.number_words import MONTHS, NATO
from recognizers.names.reasons import REASON_NAME_LIST


class Candidate(NamedTuple):
    first: int        # token index
    last: int         # token index, inclusive
    score: float
    reason: str


MAX_NAME_TOKENS = 4
# After a greeting cue a dictionary word is a name only if the agent-intro frame follows.
INTRO_FOLLOWERS = frozenset("from here calling speaking ringing phoning with at of on returning".split())
# Joiners inside multi-word names ("de la cruz", "bin laden", "van der berg").
PARTICLES = frozenset("de da di del della der den van von la le bin ibn al el abu ben dos das "
                      "du st mc mac".split())
# Joiners that never open a name when written lowercase ("a nombre de Lucía", "fecha de nacimiento"): a
# surname such as "de Souza" opens with its title ("mr de souza") or a capital ("De Souza").
LEADING_NOT_NAME = frozenset("de del della dos das".split())  # not "van", "le", "la": Vietnamese names too


def leading_particle(text: str, tok: Token) -> bool:
    """A lowercase joiner that may not open a name ("a nombre de Lucía Ortiz", "fecha de nacimiento"); "lê", with
    its accent, is a Vietnamese name."""
    return tok.key in LEADING_NOT_NAME and not tok.capitalized and text[tok.start:tok.end].isascii()
# Arabic / Maori joiners ("khalid bin walid", "aroha te whare") take any word after them but a frequent English one.
ARABIC_JOINERS = frozenset("al el bin ibn bint abu abd abdul abdel ould".split()) | {"te"}
# Words that open an Arabic given name ("abu malik", "abd al karim"): redacted with the name after.
ARABIC_OPENERS = frozenset("abu abou abd abdul abdel abdal umm bint".split())
NOT_AFTER_OPENERS = frozenset(("dhabi",))  # "abu dhabi" is a city
# Frequent words right after a name that are also listed surnames ("call john back"), and the words
# of a biography question ("when was elvis born").
AFTER_NAME_WORDS = frozenset("back soon said says good will well later tomorrow today tonight "
                             "again too please then there born died married".split()) | frozenset(
    "lives lived works worked moved studied graduated grew spoke phoned emailed texted messaged mentioned "
    "promised apologised apologized told wrote".split())  # "sofie lives in oslo": verbs of a person
# "did mark post anything": an auxiliary, an ambiguous given name, then a verb.
QUESTION_AUX = frozenset(("did", "does"))
# Words after an ambiguous name that make it a verb ("mark it", "bill them").
OBJECT_WORDS = frozenset("it them me him her us this that these those the a an my your his our "
                         "their down up out off as".split())
COORDINATORS = frozenset(("and", "or", "&"))


# -- how far a name runs ------------------------------------------------------------------------
def extend(text: str, tokens: list[Token], i: int, introduced: bool = False) -> int:
    """Last token of the name starting at ``i``: following listed names, unknown words, particles.

    ``introduced``: the name follows "my name is" / "this is" / a title, so a listed surname that
    is also an English word ("bell", "strong") is part of it when the name ends there.
    """
    last = i
    while last + 1 < len(tokens) and last - i + 1 < MAX_NAME_TOKENS:
        prev, nxt = tokens[last], tokens[last + 1]
        after = tokens[last + 2] if last + 2 < len(tokens) else None
        if nxt.key in SURNAME_WORDS and ends_name(text, prev, nxt, after, tokens[i] if last > i else None):
            return last + 1  # "minjae so", "jihyeon in", "man ng": a short surname ends the name
        if last == i and nxt.key not in AFTER_NAME_WORDS and surname_after_east_asian(text, prev, nxt, after):
            return last + 1  # "yuyeon bag returning your call": any short word ending a Korean name
        if continues_burmese(prev, nxt) and adjacent(text, prev, nxt):
            last += 1  # "nan aung win", "tun htut than": Burmese elements that are English words
            continue
        if not prev.possessive and cased_particle(text, prev, nxt, after) and adjacent(text, prev, nxt) \
                and adjacent(text, nxt, after) and not after.function:  # "(Chaves) do Vale": both words
            last += 2
            continue
        if prev.possessive or nxt.function or not adjacent(text, prev, nxt):
            break
        joiner = nxt.key in PARTICLES or nxt.key in ARABIC_JOINERS or nxt.initial
        if joiner and after is not None and adjacent(text, nxt, after) and (
                after.name or after.capitalized or (
                    nxt.key in ARABIC_JOINERS and not after.function and not after.common
                    and len(after.key) >= 3)):
            last += 1
            continue
        if not _continues(text, prev, nxt, after, last == i, introduced):
            break
        last += 1
    return last


def _continues(text: str, prev: Token, nxt: Token, after: Token | None, second: bool,
               introduced: bool) -> bool:
    """Whether ``nxt`` continues the name that ends with ``prev`` (``second``: ``prev`` is its first
    word)."""
    if nxt.key in AFTER_NAME_WORDS and not nxt.capitalized:
        return False  # "call john back", "mike said"
    if (nxt.name and (not nxt.common or nxt.capitalized)) or nxt.unknown \
            or (prev.first and nxt.name and (after is None or after.function)) \
            or (prev.first and prev.capitalized and nxt.capitalized and not nxt.common):
        return True
    if prev.syllable and nxt.syllable and len(nxt.key) >= 2 \
            and (not second or prev.name or prev.unknown or nxt.name or nxt.unknown) and (
            not nxt.common or after is None or after.function or after.name or after.unknown
            or after.key in INTRO_FOLLOWERS or after.key in INTERJECTIONS):
        return True  # "xiao ming", "chih hung chen", "ji hoon", "van minh": a two-word given name
    lex = lexicon()
    ends_turn = after is None
    if second and len(nxt.key) >= 3:
        # "who is donald trump": the word after a well-known given name that ends the turn; never a
        # verb or plural form no name list holds ("emilia saying", "andrew emailed me").
        if well_known_first(prev) and (not nxt.common or (ends_turn and nxt.key not in CONTENT_NOUNS)) \
                and (nxt.name or not lex.is_inflected_common(nxt.key)):
            return True
        # "tom cruise", "britney spears": a given name and a listed surname.
        if nxt.key in lex.last and prev.first and prev.spread >= 2 and not prev.common \
                and not prev.possessive:
            return True
    if not second and (prev.name or prev.unknown) and nxt.spread and len(nxt.key) >= 3 \
            and (ends_turn or after.function or after.key in INTRO_FOLLOWERS):
        return True  # "for mahad abdullahi khalif", "for farah said ali": a listed word ends a 3-part name
    if introduced:
        # "my name's caroline ivy watson": a listed name word (even an everyday one) between a given name
        # and a listed surname.
        if second and prev.first and nxt.name and after is not None and after.name and not after.common \
                and adjacent(text, nxt, after):
            return True
        # "mi nombre es anjali lakshmi rao": a listed given name (a dictionary word too) between name words.
        if second and (prev.unknown or prev.name) and nxt.first and not nxt.common and after is not None \
                and (after.unknown or (after.name and not after.common)) and adjacent(text, nxt, after):
            return True
        # "my name is karen strong and...": a listed surname ends the introduced name.
        if nxt.key in lex.last and len(nxt.key) >= 2 and (
                ends_turn or after.function or after.key in INTRO_FOLLOWERS):
            return True
        # "it's mahad abdullahi khalif": a third word that is a listed surname, or a rare English word
        # ending the name, belongs to it.
        if not second and (prev.name or prev.unknown) and not nxt.common and not nxt.function \
                and len(nxt.key) >= 3 and (nxt.key in lex.last or ends_turn or after.function
                                           or after.key in INTRO_FOLLOWERS or after.key in INTERJECTIONS):
            return True
        # "my name is wen pin hsia": a short syllable between two names.
        if len(nxt.key) <= 4 and not ends_turn and after.name and not after.english \
                and adjacent(text, nxt, after):
            return True
    return False


def well_known_first(tok: Token) -> bool:
    """A given name listed in many locales: the word after it is likely its surname."""
    return tok.first and tok.spread >= WELL_ATTESTED and not tok.common and not tok.possessive


# -- name lists without a cue -------------------------------------------------------------------
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
        if score:
            out.append(Candidate(i, last, score, REASON_NAME_LIST))
        else:
            score = _single_score(text, tok, lowercase_text, nxt if next_adjacent else None)
            if score:
                out.append(Candidate(i, i, score, REASON_NAME_LIST))
        resume = last + 1 if score else i + 1
    return out


def _context_score(tok: Token, prev: Token | None, nxt: Token) -> float:
    """A name shown by the words around it rather than by a cue before it."""
    # "finlee's bedtime", "bob's birthday", "swatishs birthday" (speech-to-text drops the ').
    if nxt.key in OWNED_NOUNS and tok.first and tok.spread >= 2 and tok.possessive:
        return 0.7
    if nxt.key in PERSONAL_NOUNS and (tok.possessive or nxt.key in OCCASION_NOUNS) \
            and (tok.unknown or (tok.name and not tok.common)):
        return 0.6
    # "did mark post anything", "does bob live in france": name, then a verb.
    if prev is not None and prev.key in QUESTION_AUX and tok.first \
            and tok.spread >= WELL_ATTESTED and nxt.english and not nxt.function \
            and nxt.key not in OBJECT_WORDS:
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


# Interjections some name list also holds ("Ah" is a Korean given-name syllable): never a name alone at a
# sentence start ("Ah thank you Uma").
INTERJECTIONS = frozenset("ah aah oh eh uh um er hm hmm aw ooh aha wow yay ha huh ugh oi".split())


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
