"""Whole names, always: grow every PERSON finding to the whole name it is part of.

A recognizer may find only a piece of a name ("Richard J" of "Richard J. Leary"); a surrogate for the piece leaves
the rest in the output. This step grows each PERSON finding over the words next to it that continue the name:

* an initial followed by a name word ("J. Leary", "S Bouts");
* a particle followed by a name word ("de la Cruz", "bin Rashid"; "do Vale": ``names.particles``), also before a name
  found without it ("bin Gede"); a misheard "Nguyen" next to a name (``misheard_names``);
* in cased text, a capitalized word that is not a sentence opener or a place/organisation word ("Oliver Peacock"),
  also an everyday word right after a given name ("Amanda May", "Moira Pagan"); a name slot (``name_slots``);
* a listed given name or surname that is not a frequent English word, or a word in no word list;
* after a given name no everyday word could be, an everyday word where a clause ends (``everyday_surnames``);
* in lowercase text, a word cased English usually capitalizes, no frequent word ("anil ambani": ``proper_nouns``);
* at either edge, a dictionary word running text seldom uses with nothing name-like beyond it ("babatunde kura and");
* a lowercase initial with its period ("christian t. campbell") and, after it, a listed surname that ends the phrase
  even if an everyday word ("christopher s. go."; in lowercase speech also after a bare letter: "evan h garner is");
* a romanized syllable next to an East Asian name word, even an everyday or (capitalized, in cased text) a function
  word ("khairul soon", "Ko Him": ``name_edges``).

Touching PERSON findings are joined, a name said just before its whole repeat is one too (``turn_names``), and a
directory's "Surname Given I" is taken whole; a finding never grows into another type's span. Which words continue a
name inward is ``name_continuation``; the rules here decide a name's outer edges. Logs nothing.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from operator import attrgetter
from typing import Sequence

from pipeline.detection.misheard_names import with_misheard_surname
from pipeline.detection.name_lines import name_lines
from pipeline.detection.name_continuation import continues, joiner, name_word, proper, touching
from pipeline.detection.name_edges import (AFTER_LAST, DETERMINERS, SPOKEN_PAUSES, east_asian_word, ends_names,
                                           leading_initial, spoken_initial, syllable_edge)
from pipeline.detection.given_before_surname import given_word_before_surname
from pipeline.detection.name_slots import fill_name_slots
from pipeline.detection.word_given_slots import may_hold_word_given, word_given_slots
from pipeline.detection.turn_names import (directory_names, join_touching, may_name_holder, name_fields, named_holders,
                                           patronymics, phrases_said_twice, repeated_names)
from pipeline.records import Finding
from recognizers.entities import PERSON
from recognizers.names.lexicon import ASSISTANT_NAMES, frequent_words, lexicon
from recognizers.names.cue_phrases import closes_cue
from recognizers.names.everyday_surnames import everyday_surname
from recognizers.names.signatures import may_hold_name_line
from recognizers.names.name_words import AFTER_NAME_WORDS, ARABIC_JOINERS, PARTICLES
from recognizers.names.tokens import Token, adjacent, tokenize

MAX_NAME_WORDS = 6
# Particles of 3+ letters belong to the name after them even found without it ("bin Gede"; not "de", "la", "al").
LEADING_PARTICLES = frozenset(p for p in PARTICLES | ARABIC_JOINERS if len(p) >= 3) - {"mac"}


def _given_before_particle(text: str, tokens: list[Token], particle: int) -> bool:
    """The word before the particle at ``particle`` is a given name (listed, or in no list; no function or everyday word),
    touching it."""
    given = tokens[particle - 1]
    return given.key.isalpha() and len(given.key) >= 2 and not (given.function or given.common or given.possessive) \
        and (given.unknown or given.first) and touching(text, given, tokens[particle])


def _given_before_initial(text: str, tokens: list[Token], first: int, cased: bool) -> bool:
    """Before a name that opens with an initial ("t. campbell"), a given name is its first word
    ("christian t. campbell"), even an everyday word."""
    initial = tokens[first - 1] if first >= 2 else None
    if initial is None or len(initial.key) != 1 or not joiner(initial, cased, text) \
            or not adjacent(text, tokens[first - 2], initial):
        return False
    given = tokens[first - 2]
    return given.first and not given.function and not given.possessive and not ends_names(given) \
        and not closes_cue(tokens, first - 2)


def _rare_edge(text: str, tokens: list[Token], k: int, outward: int) -> bool:
    """``tokens[k]``, next to a name, is a rare dictionary word ("babatunde kura and", "of samia talukdar")
    or, before it, an assistant's name ("to alexa vega") with nothing name-like beyond it (``outward``: +1 after the
    name, -1 before it): its last or first word. After the name, a possessive ends it ("bola hawker's van")."""
    tok = tokens[k]
    if outward > 0 and k > 0 and tokens[k - 1].possessive:
        return False  # "lorea's pupils": a possessive ends the name before it
    if (tok.possessive and outward < 0) or ends_names(tok) or not (
            (outward < 0 and tok.key in ASSISTANT_NAMES) or (not tok.function and lexicon().is_rare_word(tok.key))):
        return False
    beyond = k + outward
    if not 0 <= beyond < len(tokens) or tok.possessive:
        return True  # "for daromir zsigmondy's cat": the possessive ends the name
    pair = (tokens[k], tokens[beyond]) if outward > 0 else (tokens[beyond], tokens[k])
    return tokens[beyond].function or not adjacent(text, *pair)


def _everyday_surname_last(text: str, tokens: list[Token], last: int) -> bool:
    """After a given name (or a word no list holds, or an East Asian name syllable), a listed surname that is an
    everyday word ends the name when nothing name-like follows ("hazel white", "nuo fan", "hye hee lee.")."""
    prev, nxt = tokens[last], tokens[last + 1]
    if not (prev.first or prev.unknown or east_asian_word(prev)) or prev.possessive or nxt.function or ends_names(nxt) \
            or nxt.key not in lexicon().last or nxt.key in AFTER_NAME_WORDS:
        return False
    after = tokens[last + 2] if last + 2 < len(tokens) else None
    return after is None or after.function or after.key in AFTER_LAST or not adjacent(text, nxt, after)


def _everyday_given_first(tokens: list[Token], first: int, single: bool) -> bool:
    """Before a name word no list holds, or a surname found alone (``single``), a listed given name that is an
    everyday word too starts the name ("hi there ant kucukler", "precious lim"), and before a name of two or more
    words that opens with a given name, one of the given names that are everyday words (``word_given_slots``),
    unless a determiner makes it a noun."""
    prev, inner = tokens[first - 1], tokens[first]
    surname = inner.key in lexicon().last and not inner.common and not inner.possessive \
        and (single or not inner.first)  # "precious lim", not "age michael phelps"
    before = first - 2
    while before >= 0 and tokens[before].key in _HESITATIONS:
        before -= 1  # "the um council wen": a determiner before a hesitation still makes a noun
    given_word = prev.key in lexicon().word_given and not single and inner.first  # "divine alicia goodyear"
    return prev.first and not prev.function and not prev.possessive and (inner.unknown or surname or given_word) \
        and len(prev.key) >= 2 and prev.key not in AFTER_NAME_WORDS \
        and not ends_names(prev) and (before < 0 or tokens[before].key not in DETERMINERS)


_HESITATIONS = SPOKEN_PAUSES | {"like"}
# Nepali middle elements that a surname always follows ("Ram Bahadur Thapa", "Sita Kumari Pun").
_MIDDLE_ELEMENTS = frozenset(("bahadur", "kumari"))


def _after_middle_element(tokens: list[Token], last: int) -> bool:
    """The name ends with a Nepali middle element and the word after it is the surname, even an everyday word
    ("pun"), unless a function word or a word that follows names."""
    nxt = tokens[last + 1]
    return tokens[last].key in _MIDDLE_ELEMENTS and not nxt.function and nxt.key.isalpha() and len(nxt.key) >= 2 \
        and not ends_names(nxt) and nxt.key not in AFTER_NAME_WORDS


def _middle_name(text: str, tokens: list[Token], k: int, cased: bool) -> bool:
    """``tokens[k]`` is a given name that is an everyday word too ("said", "will") and the word after it a
    name word no everyday word could be: both continue the name ("abdullahi said salah")."""
    tok = tokens[k]
    if not (tok.first and tok.common) or tok.possessive or ends_names(tok) or k + 1 >= len(tokens) \
            or not adjacent(text, tok, tokens[k + 1]):
        return False
    nxt = tokens[k + 1]
    return not nxt.function and nxt.key not in frequent_words() and (
        name_word(nxt, cased) or (not cased and proper(nxt)))


def _named(tokens: list[Token], first: int) -> bool:  # "my name is" / "the name's" right before ``tokens[first]``
    prev = tokens[first - 1] if first else None
    return prev is not None and (prev.key == "name" and prev.possessive or prev.key == "is" and first > 1
                                 and tokens[first - 2].key == "name")


def _grow(text: str, tokens: list[Token], first: int, last: int, cased: bool) -> tuple[int, int]:
    """Token range of the whole name around tokens ``first..last``."""
    while last - first + 1 < MAX_NAME_WORDS and last + 1 < len(tokens) \
            and touching(text, tokens[last], tokens[last + 1]):
        step = continues(text, tokens, last + 1, cased)
        if not step:
            if syllable_edge(text, tokens, last + 1, 1, cased):
                last += 1  # "khairul soon", "htwe aung win": a romanized syllable continues a name
                continue
            if _middle_name(text, tokens, last + 1, cased):
                last += 2  # "abdullahi said salah": a listed given name that is a word too, between names
                continue
            if _after_middle_element(tokens, last):
                last += 1  # "maya kumari pun", "arnav bahadur pun": the surname after a Nepali middle element
                continue
            if _rare_edge(text, tokens, last + 1, 1) or _everyday_surname_last(text, tokens, last) \
                    or (last == first and everyday_surname(text, tokens, last, _named(tokens, first))):
                last += 1
            break
        last += step
    while last - first + 1 < MAX_NAME_WORDS and first > 0 and touching(text, tokens[first - 1], tokens[first]):
        prev = tokens[first - 1]
        if closes_cue(tokens, first - 1):
            break  # "my cousin juanma", "surname vyricherla": the cue stays outside the name
        if prev.key in PARTICLES and not prev.possessive and first > 1 and _given_before_particle(text, tokens, first - 1):
            first -= 2  # "(deiniol ab) ieuan's": a particle inside a name, with the name's given name before it
            continue
        if (prev.key in LEADING_PARTICLES and not prev.possessive) or leading_initial(text, tokens, first - 1, cased) \
                or spoken_initial(text, tokens, first - 1, cased):
            first -= 1  # "(Ahmad) bin Gede", "(Ruud) van Dijk", "Y. B. (Venkat)", "m. p. (kalyan)", "g m (kaimal)"
            continue
        if not cased and prev.key in SPOKEN_PAUSES and first > 1 and touching(text, tokens[first - 2], prev) \
                and name_word(tokens[first - 2], cased):  # "ichiro uh (shimizu)": a pause inside the name
            first -= 2
            continue
        if prev.possessive or not (name_word(prev, cased) or (not cased and proper(prev))):
            if _given_before_initial(text, tokens, first, cased):
                first -= 2  # "christian t. campbell"
                continue
            if syllable_edge(text, tokens, first - 1, -1, cased):
                first -= 1  # "tin luong", "tun tun myint htut"
                continue
            if _rare_edge(text, tokens, first - 1, -1) or _everyday_given_first(tokens, first, first == last) \
                    or given_word_before_surname(text, tokens, first, last):
                first -= 1  # "in (sparkle) tunstall's name": an everyday word as a given name
            break
        first -= 1
    return first, last


def _blocked(start: int, end: int, others: Sequence[Finding]) -> bool:
    return any(o.start < end and start < o.end for o in others)


def may_add_names(text: str) -> bool:
    """Cheap test: ``complete_names`` may add a name to a turn with no finding (an account holder set off before
    ", account holder", a given name that is an everyday word opening a name slot)."""
    return may_name_holder(text) or may_hold_word_given(text)


def complete_names(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` of ``text`` (any types, sorted) with every PERSON finding grown to its whole name, never over
    another type's finding, and touching PERSON findings joined."""
    findings = named_holders(text, findings)
    if may_hold_word_given(text):  # cheap: most turns hold no given name that is an everyday word
        findings = word_given_slots(text, tokenize(text)[0], findings)
    people = [f for f in findings if f.entity_type == PERSON]
    if not people:
        return list(findings)
    others = [f for f in findings if f.entity_type != PERSON]
    tokens, _ = tokenize(text)
    cased = not text.islower()
    grown = _grown(text, tokens, people, others, cased)
    people = patronymics(text, name_fields(text, directory_names(text, grown)))
    if may_hold_name_line(text):
        people = name_lines(text, people, others)
    people = repeated_names(text, phrases_said_twice(text, join_touching(text, people)))
    people = fill_name_slots(text, tokens, [with_misheard_surname(text, f, others) for f in people], others)
    return sorted(others + people, key=lambda f: (f.start, f.end, f.recognizer))


def _grown(text: str, tokens: list[Token], people: Sequence[Finding], others: Sequence[Finding],
           cased: bool) -> list[Finding]:
    """Each of ``people`` grown to its whole name over ``tokens``, never over ``others``."""
    starts, ends = list(map(attrgetter("start"), tokens)), list(map(attrgetter("end"), tokens))  # both ascending
    grown = []
    for finding in people:
        lo, hi = bisect_right(ends, finding.start), bisect_left(starts, finding.end)  # tokens it overlaps
        start, end = finding.start, finding.end
        if lo < hi:
            first, last = _grow(text, tokens, lo, hi - 1, cased)
            new_start, new_end = min(start, tokens[first].start), max(end, tokens[last].end)
            if not _blocked(new_start, new_end, others):
                start, end = new_start, new_end
        grown.append(replace(finding, start=start, end=end) if (start, end) != (finding.start, finding.end)
                     else finding)
    return grown


def complete_propagated(text: str, findings: list[Finding], recognizer: str) -> list[Finding]:
    """``findings`` with the PERSON findings ``recognizer`` (name propagation) marked grown to their whole name, as
    found names are: "precious m (manalo)" once "manalo" was found elsewhere in the call."""
    marked = [f for f in findings if f.entity_type == PERSON and f.recognizer == recognizer]
    if not marked:
        return findings
    others = [f for f in findings if f.entity_type != PERSON]
    grown = _grown(text, tokenize(text)[0], marked, others, not text.islower())
    if grown == marked:
        return findings
    people = [f for f in findings if f.entity_type == PERSON and f.recognizer != recognizer] + grown
    return sorted(others + join_touching(text, people), key=lambda f: (f.start, f.end, f.recognizer))
