"""How far a name runs: from its first word over listed names, unknown words, particles and joiners."""
from __future__ import annotations

from recognizers.names.lexicon import WELL_ATTESTED, frequent_words, lexicon
from recognizers.names.name_words import (AFTER_NAME_WORDS, ARABIC_JOINERS, INTERJECTIONS, INTRO_FOLLOWERS,
                                          MAX_NAME_TOKENS, PARTICLES)
from recognizers.names.noun_classes import CONTENT_NOUNS
from recognizers.names.particles import cased_particle
from recognizers.names.short_surnames import SURNAME_WORDS, continues_burmese, ends_name, surname_after_east_asian
from recognizers.names.tokens import Token, adjacent


def extend(text: str, tokens: list[Token], i: int, introduced: bool = False, commanded: bool = False) -> int:
    """Last token of the name starting at ``i``: following listed names, unknown words, particles.

    ``introduced``: the name follows "my name is" / "this is" / a title, so a listed surname that
    is also an English word ("bell", "strong") is part of it when the name ends there. ``commanded``: the
    name follows an action cue ("call", "send $20 to"): such a surname after a given name is part of it
    when it ends the command or a phone label follows ("calling autumn green mobile").
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
        if not prev.possessive and nxt.function and _capitalized_last(text, prev, nxt, after):
            return last + 1  # "Joint account holders: me and Zoua Lor": a short surname that is a function word
        if prev.possessive or nxt.function or not adjacent(text, prev, nxt):
            break
        if last == i and _sandwiched(text, tokens, last):
            last += 2  # "done by gul mural amiri at onboarding": an everyday word between a given name and a surname
            continue
        joiner = nxt.key in PARTICLES or nxt.key in ARABIC_JOINERS or nxt.initial
        if joiner and after is not None and adjacent(text, nxt, after) and (
                after.name or after.capitalized or (
                    nxt.key in ARABIC_JOINERS and not after.function and not after.common
                    and len(after.key) >= 3)):
            last += 1
            continue
        if not _continues(text, prev, nxt, after, last == i, introduced) and not (
                commanded and last == i and _ends_command(prev, nxt, after)):
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


def _capitalized_last(text: str, prev: Token, nxt: Token, after: Token | None) -> bool:
    """``nxt``, a function word seldom written (not "and") with a capital (not in capitals) right after a capitalized name
    word, ends the name: the text or the line ends after it, or punctuation or a lower-case word follows ("Seng Lor\nFraud
    Investigator")."""
    if not (prev.capitalized and nxt.capitalized and not nxt.sentence_start and len(nxt.key) >= 2
            and adjacent(text, prev, nxt)) or text[nxt.start:nxt.end].isupper() or nxt.key in frequent_words():
        return False
    return after is None or not after.capitalized or bool(text[nxt.end:after.start].strip(" \t"))


def _sandwiched(text: str, tokens: list[Token], i: int) -> bool:
    """``tokens[i + 1]`` is a dictionary word (a speech engine's rendering of a name word: "mural"; no "-s", "-ed" or
    "-ing" form: "riza picks sammi up") between the listed given name ``tokens[i]`` (no everyday word, unless listed in
    several locales: not "north depot anitha") and a word of four letters or more no list or dictionary holds that ends
    the name."""
    if i + 2 >= len(tokens):
        return False
    given, middle, last = tokens[i], tokens[i + 1], tokens[i + 2]
    end = tokens[i + 3] if i + 3 < len(tokens) else None
    return given.first and (not given.common or given.spread >= WELL_ATTESTED) and not given.possessive \
        and middle.english and not middle.name and not middle.possessive and len(middle.key) >= 3 \
        and not lexicon().is_inflected_common(middle.key) \
        and middle.key not in AFTER_NAME_WORDS and middle.key not in CONTENT_NOUNS \
        and last.unknown and len(last.key) >= 4 and last.key.isalpha() and adjacent(text, middle, last) \
        and (end is None or end.function or end.key in INTRO_FOLLOWERS) and not (end is not None and end.possessive)


# Labels of a contact's number after the contact's name ("call grace bell mobile").
_PHONE_LABELS = frozenset("mobile cell cellphone phone number landline".split())


def _ends_command(prev: Token, nxt: Token, after: Token | None) -> bool:
    """``nxt`` is a listed surname (an everyday word too) after the given name ``prev`` at the end of a
    command: "send twenty dollars to autumn green", "calling rusty gray mobile" (not "call grace today")."""
    return prev.first and not prev.possessive and nxt.key in lexicon().last and len(nxt.key) >= 3 \
        and nxt.key not in AFTER_NAME_WORDS and not nxt.function and (after is None or after.key in _PHONE_LABELS)


def well_known_first(tok: Token) -> bool:
    """A given name listed in many locales: the word after it is likely its surname."""
    return tok.first and tok.spread >= WELL_ATTESTED and not tok.common and not tok.possessive

