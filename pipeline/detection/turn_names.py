"""PERSON findings of one turn, read together: touching ones joined, a name said before its whole repeat, a
form's name field taken whole, and both sides of an Indian patronymic ("Rajesh s/o Muthu", "Sneha a/p Vijay":
son / daughter of, Malaysian "anak lelaki / perempuan").

Speakers repeat a name to make it heard, the second time whole: "Rose po, Rose Hall", "grace, grace
ting", "it's amir uh amir sahak". The first saying is the same name even when it is an everyday word
that no recognizer would take alone.
"""
from __future__ import annotations

import re
from dataclasses import replace

from pipeline.detection.name_edges import FUNCTION_SYLLABLES, east_asian_key
from pipeline.records import Finding
from recognizers.entities import PERSON, REASON_CONTEXT
from recognizers.names.cue_phrases import CUE_NOUNS
from recognizers.names.lexicon import FUNCTION_WORDS, fold, is_contraction, lexicon
from recognizers.names.patronymics import may_end_with_mark
from recognizers.ascii_twin import ascii_fast
from recognizers.word_repeats import matches_at_repeated_words
from recognizers.start_set import compile_fast

# A name field of a pasted form, alone on its line ("Full name: Sei Bark"): the whole value is the name.
_NAME_FIELD = compile_fast(r"(?im)^[ \t]*(?:(?:full|first|last|given|customer|account holder|caller)[ \t]+)?name[ \t]*:[ \t]*"
                           r"([^\W\d_][^\W\d_'.\-]*(?:['.\-]?[ \t]*[^\W\d_][^\W\d_'.\-]*){0,3})[ \t.]*$")
# "s/o", "d/o", "w/o", "a/l", "a/p" between a given name and the father's; up to three words each side.
_PATRONYMIC = r"[ \t]+(?:[sdw]/o|a/[lp])\.?[ \t]+"
_NAME_WORDS = r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2}"
_FATHER_AFTER = compile_fast(_PATRONYMIC + "(" + _NAME_WORDS + ")", re.IGNORECASE)
_CHILD_BEFORE = compile_fast("(" + _NAME_WORDS + ")" + _PATRONYMIC + "$", re.IGNORECASE)
# A word, then only a particle or a filler and punctuation before the repeat ("rose po, ", "amir uh ").
_BEFORE_REPEAT = compile_fast(r"([^\W\d_]{2,})(?:[ \t]+(?:po|uh|um|er|erm|sorry))?[ \t]*[,.;:-]?[ \t\n]+$")
_LOOK_BACK = 24
_WORD = compile_fast(r"[^\W\d_]+")
_NAME_WORD = compile_fast(r"[^\W\d_][\w'’-]*")


_GAP_WORD = compile_fast(r"[ \t]+([^\W\d_]+)[ \t]+")
_VERB_ENDINGS = ("ing", "ed", "s")  # a verb form between two names, or before one
_EDGES = " \t.,!?;:-"


def _syllable_gap(text: str, prev: Finding, f: Finding) -> bool:
    """One word between two PERSON findings, one of them touching it with an East Asian name word ("quentin seung
    [gin] peng", "marilyn ong [him] gian"): a syllable the recognizers did not take, no English function word
    other than one a romanization writes; or any word but a function word or a verb form when the two findings
    are the whole turn ("serigne [shake] drame")."""
    gap = _GAP_WORD.fullmatch(text, prev.end, f.start)
    if gap is None:
        return False
    word = gap.group(1).lower()
    left, right = _NAME_WORD.findall(text[prev.start:prev.end]), _NAME_WORD.findall(text[f.start:f.end])
    if not (left and right) or (word in FUNCTION_WORDS and word not in FUNCTION_SYLLABLES):
        return False
    if east_asian_key(fold(left[-1])) or east_asian_key(fold(right[0])):
        return True
    # The turn is nothing but the name, its middle word misheard ("serigne shake drame"); no verb form ("mary
    # likes john") nor "and".
    return word not in FUNCTION_WORDS and not word.endswith(_VERB_ENDINGS) \
        and not text[:prev.start].strip(_EDGES) and not text[f.end:].strip(_EDGES)


def join_touching(text: str, people: list[Finding]) -> list[Finding]:
    """Join PERSON findings that overlap or are separated only by spaces, a hyphen, "J. " or one syllable."""
    out: list[Finding] = []
    for f in sorted(people, key=lambda f: (f.start, f.end, f.recognizer)):
        if out:
            prev = out[-1]
            gap = text[prev.end:f.start] if f.start > prev.end else ""
            if f.start <= prev.end or (len(gap) <= 2 and gap.replace(".", "", 1).strip(" -") == ""
                                       and "\n" not in gap) or _syllable_gap(text, prev, f):
                best = prev if (prev.score, prev.end - prev.start, prev.recognizer) >= (f.score, f.end - f.start, f.recognizer) else f
                out[-1] = replace(best, start=prev.start, end=max(prev.end, f.end))
                continue
        out.append(f)
    return out


def join_found_again(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` of a turn after names found elsewhere were marked in it, with touching PERSON findings joined
    ("given" and "carruthers" found again one by one are one name, one surrogate)."""
    people = [f for f in findings if f.entity_type == PERSON]
    if len(people) < 2:
        return findings
    return sorted([f for f in findings if f.entity_type != PERSON] + join_touching(text, people),
                  key=lambda f: (f.start, f.end))


# Two to four words said twice in a row, only punctuation or "it's" / "i said" / "yes" between ("Tope Udoka, Tope
# Udoka.", "seyi a lobby it's seyi a lobby", "samba mbaye. yes samba mbaye", "Loh Hwee Yoke! Loh Hwee Yoke!").
_PHRASE_TWICE = ascii_fast(r"(?<![\w'’])([^\W\d_]+(?:[ \t]+[^\W\d_]+){1,3})[ \t]*[,.;:!?-]?"
                           r"(?:[ \t]+(?:it['’]?s|i[ \t]+said|that['’]?s|thats|yes|yeah)[ \t]*,?)?[ \t]+(\1)(?![\w'’])",
                           re.IGNORECASE)
# One to four words set off before ", (the / main) account holder", opening the turn or after a stop, "yes" or "that's"
# ("awa ba. yes awa ba, main account holder").
_HOLDER = compile_fast(r"(?:^|[.,;:!?][ \t]*|\b(?:yes|yeah|it['’]?s|its|that['’]?s|thats)[ \t]+)"
                       r"(?!(?:yes|yeah|it['’]?s|its|that['’]?s|thats)\b)([^\W\d_][\w'’-]*(?:[ \t]+"
                       r"[^\W\d_][\w'’-]*){0,3})[ \t]*,[ \t]*(?:(?:the|main|primary|joint|sole)[ \t]+)?"
                       r"(?:(?:account|policy)[ \t]+)?holder\b", re.IGNORECASE)
HOLDER_SCORE = 0.7


def may_name_holder(text: str) -> bool:
    """Cheap test: ``text`` may name an account holder (``named_holders`` may add a finding)."""
    return "older" in text or "OLDER" in text


def named_holders(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` and a PERSON finding for each phrase set off before ", the account holder" that no finding
    touches; no function word or relation noun is in it ("my husband, the account holder" names nobody)."""
    if not may_name_holder(text):
        return list(findings)
    out = list(findings)
    for m in _HOLDER.finditer(text):
        words = [fold(w) for w in _WORD.findall(m.group(1))]
        if any(w in FUNCTION_WORDS or w in CUE_NOUNS or is_contraction(w) for w in words) \
                or any(f.start < m.end(1) and m.start(1) < f.end for f in out):
            continue
        out.append(Finding(m.start(1), m.end(1), PERSON, HOLDER_SCORE, "turn_names.v1", REASON_CONTEXT))
    return sorted(out, key=lambda f: (f.start, f.end, f.recognizer))


_ASCII_LETTERS = compile_fast(r"[a-z]+")


def may_say_twice(text: str) -> bool:
    """Cheap test before ``_PHRASE_TWICE``: a word of ASCII ``text`` comes again two to six words later (a phrase of
    two to four words, then at most two: "it's", "i said"); other text is always searched."""
    if not text.isascii():
        return True
    words = _ASCII_LETTERS.findall(text.lower())
    return any(any(map(str.__eq__, words, words[gap:])) for gap in range(2, 7))


def phrases_said_twice(text: str, people: list[Finding]) -> list[Finding]:
    """``people`` with a finding inside a phrase the speaker says twice in a row grown to the whole phrase, both
    times ("Tope Udoka, Tope Udoka": "Tope" is an English word no recognizer took); no function word opens or
    ends it."""
    if len(text) > 400 or not people:
        return people
    out = list(people)
    for m in matches_at_repeated_words(_PHRASE_TWICE, text, range(2, 7)) if may_say_twice(text) else ():
        words = _WORD.findall(m.group(1))
        if fold(words[0]) in FUNCTION_WORDS or fold(words[-1]) in FUNCTION_WORDS:
            continue  # "thank you thank you"; a misheard piece inside may be one ("seyi [a] lobby")
        inside = [f for f in out if any(f.start < m.end(g) and m.start(g) < f.end for g in (1, 2))]
        if not inside or not all(any(m.start(g) <= f.start and f.end <= m.end(g) for g in (1, 2)) for f in inside):
            continue  # no name in it, or a finding reaching out of it
        seed = inside[0]
        out = [f for f in out if f not in inside] + [replace(seed, start=m.start(g), end=m.end(g)) for g in (1, 2)]
    return sorted(out, key=lambda f: (f.start, f.end))


def repeated_names(text: str, people: list[Finding]) -> list[Finding]:
    """``people`` (PERSON findings of ``text``, sorted, not overlapping) and, before each name of two or more
    words, its first word said just before it ("Rose po, Rose Hall"), or before any name a false start of its first
    word ("sea sean duffy", "mo- mohammed"), as a finding like the name's."""
    out = list(people)
    for f in people:
        first_word = _WORD.match(text, f.start, f.end)
        if not first_word:
            continue
        first, lo = first_word.group().lower(), max(0, f.start - _LOOK_BACK)
        if text.isascii() and first[:2] not in text[lo:f.start].lower():
            continue  # (the word said before must open as the first word does: read on ASCII text, in C)
        said = _BEFORE_REPEAT.search(text, lo, f.start)
        if said is None:
            continue
        before = said.group(1).lower()
        if (before == first and first_word.end() < f.end
                or len(before) < len(first) and first.startswith(before) and before not in FUNCTION_WORDS
                and text[said.end(1):f.start].strip() in ("", "-")) \
                and not any(o.start < said.end(1) and said.start(1) < o.end for o in out):
            out.append(replace(f, start=said.start(1), end=said.end(1)))
    return sorted(out, key=lambda f: (f.start, f.end, f.recognizer))


def name_fields(text: str, people: list[Finding]) -> list[Finding]:
    """``people`` with a finding inside a form's name field grown to the field's whole value ("Full name: Sei
    Bark": "Bark" is a word too, yet the line holds nothing but the name)."""
    if ":" not in text:
        return people
    out = list(people)
    for field in _NAME_FIELD.finditer(text):
        start, end = field.span(1)
        if any(fold(w) in FUNCTION_WORDS for w in _WORD.findall(field.group(1))):
            continue  # "Name: john and the rest": a sentence, not a form's value
        for k, f in enumerate(out):
            if start <= f.start and f.end <= end and (f.start, f.end) != (start, end):
                out[k] = replace(f, start=start, end=end)
    return out


# A directory's "Surname Given I": one capital initial after the given name (not the pronoun "I") ...
_TRAILING_INITIAL = compile_fast(r"[ \t]+[A-HJ-Z]\.?(?![\w'’])")
# ... and the surname before it, a capitalized word even when it is an everyday one ("Bower Rosemary A").
_SURNAME_BEFORE = compile_fast(r"(?<![\w'’])[A-Z][a-z'’\-]+[ \t]+$")
_NOT_SURNAMES = FUNCTION_WORDS | frozenset("hi hello dear thanks thank welcome ask call meet about with see book".split())


# In lower-case speech, the initial before a function word or the end ("bower rosemary a they're a psychologist") ...
_LOWER_INITIAL = compile_fast(r"[ \t]+([a-hj-wyz])(?![\w'’])(?=[ \t]*(?:[,.;:!?]|$)|[ \t]+([^\W\d_][\w'’]*))")
# ... and the word before the given name, no verb ("hugs mary x" is a kiss, not an initial).
_LOWER_SURNAME_BEFORE = compile_fast(r"(?<![\w'’])([a-z][a-z'’\-]+)[ \t]+$")


def _lower_directory_name(text: str, f: Finding) -> tuple[int, int] | None:
    """The span of a lower-case "surname given i" around a finding ``f`` that ends with a given name ("with banner
    linda l at 1:45"): a letter before a function word or the end after it and, when ``f`` is the given name alone, a
    word before it that is no function word nor a verb form (a listed surname may end in "s")."""
    initial = _LOWER_INITIAL.match(text, f.end)
    if initial is None:
        return None
    after = fold(initial.group(2) or "")
    words = _NAME_WORD.findall(text, f.start, f.end)
    if (after and after not in FUNCTION_WORDS and not is_contraction(after)) \
            or not words or fold(words[-1]) not in lexicon().first:
        return None
    if len(words) > 1:  # the surname already found: "carver margaret" + "j"
        return f.start, initial.end(1)
    surname = _LOWER_SURNAME_BEFORE.search(text, max(0, f.start - 30), f.start)
    key = fold(surname.group(1)) if surname else ""
    if not key or key in _NOT_SURNAMES or (key not in lexicon().last and key.endswith(_VERB_ENDINGS)):
        return None
    return surname.start(), initial.end(1)


def _cased_directory_name(text: str, f: Finding) -> tuple[int, int] | None:
    """The span of a cased "Surname Given I" around a given name ``f``: a capital initial right after it makes the
    capitalized word before it the surname."""
    initial = _TRAILING_INITIAL.match(text, f.end)
    if initial is None or not text[f.start:f.start + 1].isupper():
        return None
    surname = _SURNAME_BEFORE.search(text, max(0, f.start - 30), f.start)
    start = surname.start() if surname is not None and fold(surname.group().strip()) not in _NOT_SURNAMES else f.start
    return start, initial.end()


def directory_names(text: str, people: list[Finding]) -> list[Finding]:
    """``people`` grown to a directory's "Surname Given I" ("How about Bower Rosemary A, a psychologist"; in lower-case
    speech "bower rosemary a they're ..."), never over another finding."""
    out = []
    directory_name = _lower_directory_name if text.islower() else _cased_directory_name
    for f in people:
        span = directory_name(text, f)
        if span is None or any(o is not f and o.start < span[1] and span[0] < o.end for o in people):
            out.append(f)
        else:
            out.append(replace(f, start=span[0], end=span[1]))
    return out


def patronymics(text: str, people: list[Finding]) -> list[Finding]:
    """``people`` with each finding grown over a patronymic after or before it ("gowtham s/o naidu"): the name
    words on its other side (function words end them)."""
    if "/" not in text:
        return people
    out = []
    for f in people:
        start, end = f.start, f.end
        after = _FATHER_AFTER.match(text, end)
        length = _name_part_length(after.group(1), from_start=True) if after else 0
        if length:
            end = after.start(1) + length
        lo = max(0, start - 60)
        before = _CHILD_BEFORE.search(text, lo, start) if may_end_with_mark(text[lo:start]) else None
        length = _name_part_length(before.group(1), from_start=False) if before else 0
        if length:
            start = before.end(1) - length
        out.append(replace(f, start=start, end=end) if (start, end) != (f.start, f.end) else f)
    return out


def _name_part_length(words: str, from_start: bool) -> int:
    """Characters of ``words`` that belong to the name: words up to the first function word, from the start
    (after the patronymic) or from the end (before it)."""
    found = list(_NAME_WORD.finditer(words))
    kept = []
    for match in found if from_start else reversed(found):
        if fold(match.group()) in FUNCTION_WORDS:
            break
        kept.append(match)
    if not kept:
        return 0
    return kept[-1].end() if from_start else len(words) - kept[-1].start()
