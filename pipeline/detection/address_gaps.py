"""Words left between the pieces of one address: "fifty seven bis rue | du faubourg saint denis | 75010".

A street recognizer stops where its patterns stop: after the street-type word ("... aung san road" | "pabedan
township" | postcode), before a particle it does not know ("rue" | "du faubourg ..."), or at a spoken slash ("thirty
eight stroke" | "nine hospital road"). The words between a street address and what follows it in the same sentence
— its postcode or ZIP, another piece of the address, or a PO box — belong to the address: the street address is
grown over them (and over a name-typed piece of them), so its operator re-renders them and none leaves a piece of
the address in the output. A town that ends the gap and is a known place ("..., Seattle 98101", "... leeds LS5 3XD")
stays outside, as a town alone is no personal data; a locality no place list holds ("pabedan township") is taken. The
gap is a few plain words: no sentence break, no word of conversation ("and", "my", "is", "please"), no naming of the
postcode ("the zip is"): "12 Elm Road and my zip is 90210" stays two values.
A plain function over one turn's findings, like ``entity_types.correct_types``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from pipeline.records import Finding
from recognizers.address_tail import place_names
from recognizers.entities import ACCOUNT_NUMBER, PERSON, POSTCODE, REASON_CONTEXT, STREET_ADDRESS, ZIP_CODE
from recognizers.names.lexicon import proper_nouns
from recognizers.names.name_words import PARTICLES
from recognizers.spoken.number_words import AMBIGUOUS_ZERO, TEENS, TENS, UNITS
from recognizers.start_set import compile_fast

RECOGNIZER_NAME = "address_gaps.v1"  # (the postcode after an address's comma)
MAX_GAP_WORDS = 6
# What may follow the gap: the address's code, another piece of it, a PO box's number.
_ENDS = frozenset({POSTCODE, ZIP_CODE, STREET_ADDRESS})
# Words of conversation, prepositions ("... road in leeds"), a postal code's name in any language ("..., CEP
# 30130-000"): a gap holding one is no part of an address.
_TALK = frozenset("""and or but so then also i i'm im me my mine we we're our you you're your he she they it it's its
is was are were be been am that that's this these those there here please thanks thank yes yeah yep no nope okay ok
um uh er erm hmm like just actually sorry what which who when where why how if because cos do did does have has had
can could will would should in on at by to for from with near opposite behind postcode post postal zip code pin
pincode cep cp plz cap npa eircode number phone mobile email date born birth""".split())
_BREAK = compile_fast(r"[.?!;:()\[\]\n\"]")
_WORD = compile_fast(r"[^\W_][\w'’-]*")
# The PO box a number after the gap belongs to ("... kinshasa po box 8363", "b p 2915").
_BOX = compile_fast(r"(?:\bp\.?\s*o\.?\s*box|\bbox|\bb\.?\s*p\.?)\s*$", re.IGNORECASE)
# A flat's number after the house number's spoken slash ("... one hundred twenty nine | stroke eleven"): the address's.
_NUMBER_WORD = "|".join(sorted((*UNITS, *TEENS, *TENS, *AMBIGUOUS_ZERO), key=len, reverse=True))
_HOUSE_NUMBER_END = compile_fast(rf"(?:\b(?:{_NUMBER_WORD})|\d)$", re.IGNORECASE)
_SLASH_TAIL = compile_fast(rf"[ \t]+(?:stroke|slash)(?:[ \t]+(?:{_NUMBER_WORD}|\d+)\b)+", re.IGNORECASE)
_SLASH = compile_fast(r"\b(?:stroke|slash)\b", re.IGNORECASE)
# ... and a block, sector or phase number after any street ("gulshan e iqbal | block thirteen").
_BLOCK_TAIL = compile_fast(rf"[ \t,]+(?:block|sector|phase)(?:[ \t]+(?:{_NUMBER_WORD}|\d+|[a-h])\b)+", re.IGNORECASE)
# Four to six digits after the address (and its house number) and a comma, closing the clause: its postcode
# ("jokolo village, house | 42 | , 2300").
_TRAILING_CODE = compile_fast(r"(?P<house>[ \t]+\d{1,4}[A-Za-z]?)?[ \t]*,[ \t]*(?P<code>\d{4,6})(?=[ \t]*(?:[.,;!?\n]|$))")


def fill_address_gaps(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` with every street address grown over the plain words (and a name-typed piece among them) up to
    the next piece of the same address in its sentence."""
    out = _named_streets(text, sorted(findings, key=lambda f: (f.start, -f.end)))
    i = 0
    while i < len(out):
        f = out[i]
        if f.entity_type != STREET_ADDRESS:
            i += 1
            continue
        grown = _grow(text, f, out[i + 1:]) or _number_tail(text, f, out[i + 1:])
        code = None if grown else _TRAILING_CODE.match(text, f.end)
        if code and not any(g is not f and g.start < code.end("code") and f.end < g.end for g in out):
            out[i] = f = replace(f, end=code.end("house")) if code["house"] else f
            out.insert(i + 1, Finding(code.start("code"), code.end("code"), POSTCODE, f.score, RECOGNIZER_NAME, REASON_CONTEXT))
        if grown is None:
            i += 1
            continue
        end, absorbed = grown
        out = out[:i] + [replace(f, end=end)] + [g for g in out[i + 1:] if g not in absorbed]
        # the same address again, in case a further piece follows
    return out


def _grow(text: str, address: Finding, later: Sequence[Finding]) -> tuple[int, list[Finding]] | None:
    """(new end, findings taken in) when the next findings after ``address`` continue it, else None."""
    later = [g for g in later if g.start >= address.end]
    if not later:
        return None
    nxt = later[0]
    if nxt.entity_type == PERSON and len(later) > 1 and later[1].entity_type in _ENDS \
            and _plain_gap(text, address.end, nxt.start, allow_empty=True) \
            and _plain_gap(text, nxt.end, later[1].start, allow_empty=True) \
            and _gap_words(text, address.end, later[1].start) <= MAX_GAP_WORDS:
        nxt, person = later[1], [nxt]  # "boulevard de la villette | bat a | paris (PERSON) | 75010"
    else:
        person = []
    box = _BOX.search(text, max(0, nxt.start - 12), nxt.start) if nxt.entity_type == ACCOUNT_NUMBER else None
    if not (nxt.entity_type in _ENDS or box) or not _plain_gap(text, address.end, nxt.start, allow_empty=bool(person)):
        return None
    if nxt.entity_type == STREET_ADDRESS:
        return nxt.end, person + [nxt]
    end = _before_town(text, address.end, _gap_end(text, address.end, nxt.start))
    if box:
        end = len(text[:box.start()].rstrip())  # the PO box's words stay with its number
    person = [p for p in person if p.end <= end]  # a town left outside keeps its own finding
    return (end, person) if end > address.end else None


# A house number said after a street named with no type word ("titova | one hundred eleven stroke two | 75000").
_HOUSE_NUMBER = compile_fast(rf"[ \t,]+(?:(?:{_NUMBER_WORD}|hundred|and|stroke|slash|\d+)\b[ \t]*)+[ \t,]*$", re.IGNORECASE)


def _named_streets(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` with a name-typed word run that a house number and then a postcode or ZIP (or a number after a
    spoken slash and then any code) follow made the street address it is (Bosnian, Croatian, Latvian streets need no
    type word: "Titova 60/9"); the number is taken in."""
    out = list(findings)
    for k in range(len(out) - 1):
        f, g = out[k], out[k + 1]
        slash = g.entity_type == ACCOUNT_NUMBER and _SLASH.search(text, f.end, g.start) is not None  # "sixty stroke nine"
        if f.entity_type == PERSON and (g.entity_type in (POSTCODE, ZIP_CODE) or slash) and g.start > f.end \
                and _HOUSE_NUMBER.match(text, f.end, g.start) and not _BREAK.search(text, f.end, g.start):
            out[k] = replace(f, entity_type=STREET_ADDRESS, end=_gap_end(text, f.end, g.start))
    return out


def _number_tail(text: str, address: Finding, later: Sequence[Finding]) -> tuple[int, list[Finding]] | None:
    """(new end, nothing taken in) when a block number, or a spoken slash and a number after a house number, follow
    ``address``, up to the next finding."""
    tail = _BLOCK_TAIL.match(text, address.end)
    if tail is None:
        tail = _SLASH_TAIL.match(text, address.end)
        if tail is None or not _HOUSE_NUMBER_END.search(text, address.start, address.end):
            return None  # (a slash after "12 high street" is no flat number)
    stop = min((g.start for g in later if g.start >= address.end), default=len(text))
    end = _gap_end(text, address.end, min(tail.end(), stop))
    return (end, []) if end > address.end else None


def _plain_gap(text: str, start: int, end: int, allow_empty: bool = False) -> bool:
    """The text between two findings is a few plain words: no sentence break, no word of conversation."""
    gap = text[start:end]
    words = [w.lower() for w in _WORD.findall(gap)]
    if not words:
        return allow_empty and not _BREAK.search(gap)
    return len(words) <= MAX_GAP_WORDS and not _BREAK.search(gap) and _TALK.isdisjoint(words)


def _gap_words(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


def _gap_end(text: str, start: int, end: int) -> int:
    """End of the gap's last word (spaces and commas before the next piece stay outside)."""
    words = list(_WORD.finditer(text, start, end))
    return words[-1].end() if words else start


def _before_town(text: str, start: int, end: int) -> int:
    """``end`` moved back before a known place (one word, or two or three of GeoNames') that ends the gap."""
    words = list(_WORD.finditer(text, start, end))
    street_end = _WORD.findall(text, max(0, start - 12), start)[-1:]  # the street's last word, before the gap
    for n in (3, 2, 1):
        if len(words) < n:
            continue
        before = words[-n - 1].group() if len(words) > n else "".join(street_end)
        if before.lower() in PARTICLES:
            continue  # "avenue de la | marne": a word after a particle is the street's, not a town
        tail = " ".join(w.group().lower() for w in words[-n:])
        if tail in proper_nouns() if n == 1 else tail in place_names():
            return len(text[:words[-n].start()].rstrip(" \t,")) if len(words) > n else start
    return end
