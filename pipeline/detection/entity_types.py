"""Type accuracy: a place or an address is not a PERSON.

The name recognizers read "San Jose", "Santa Clara" or "12221 San Pablo Avenue" as a given name and a
surname; a person surrogate for them reads wrong in training text, and for an address it keeps the
house number. This step corrects the type of such PERSON findings:

* a PERSON finding with a digit and a street-type word in it ("12221 San Pablo Avenue") is an address
  (``STREET_ADDRESS``), whose operator re-renders every part of its span; other PERSON spans with digits
  stay PERSON and the redaction stage's type rules tag them (the safer operator);
* a PERSON finding right after a house number that follows a place preposition or "address" ("the
  restaurant is at 9816 214 Pavlou Drandaki", "lives at 34 Mira Tolic") is a street named after a
  person: an address from the house number on (it kept "9816" in clear as a PERSON); so is one after a place
  preposition with the house number after it, ending the clause ("the north side of Joaquin Suarez 2906.");
* a brand written in CamelCase ("SkyMiles", "GadgetGuard"; not "McDonald", "DeShawn") and the business an
  agent's opening names before their own name ("Northway Car Finance, Inés speaking", "SkyMiles Club,
  Trân speaking") are no person: dropped (not after a strong cue);
* a number group right before a street address, after a place preposition ("return to 94941 2505 Heatherleigh
  Suite 620"), is part of it (a unit or box number), and so is a word naming the number it opens with ("house
  one zero seven kebele ...", "villa 12, ...");
* a street address that follows nothing but one to three words opening the turn ("Willow Barn 127 Foundry
  Walk", "tanglewood 34 quarry close") starts with its house name: the address grows over them;
* a PERSON finding that is exactly a multi-word place name (``recognizers/data/place_names.txt``:
  cities, US states, countries from GeoNames) is a place, not personal data, unless a strong cue made it
  a name ("my name is ..." scores at least ``STRONG_NAME_SCORE``): it is dropped. A single-word place
  ("Florence", "Jordan") is also a given name and is never dropped;
* a currency code before an amount or a currency sign ("UGX 2,500", "GH₵120"; two or three capitals, no given
  name) is no person: dropped; nor is a business named after a person, after a place preposition and before a
  shop's noun ("near Otieno Hardware"; "at Sipho's Car Wash" keeps its owner's name redacted).

A plain function over findings; it logs nothing.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Sequence

from pipeline.records import Finding
from recognizers.address_tail import extend, place_names
from recognizers.entities import PERSON, STREET_ADDRESS
from recognizers.names.lexicon import FUNCTION_WORDS, is_contraction, lexicon
from recognizers.street_address import STREET_SUFFIX_WORDS
from recognizers.start_set import compile_fast

STRONG_NAME_SCORE = 0.9
# A house number (one or two groups) after a place preposition or "address", right before a finding.
_HOUSE_NUMBER_BEFORE = compile_fast(
    r"(?:\b(?:at|on|to|in|from|address(?:\s+is)?)\s*:?\s+)(?!(?:1[0-2]?|[2-9])\s)"  # not a time "at 5 Sarah"
    r"(\d{1,5}[a-z]?(?:[ /-]\d{1,5}[a-z]?)?)\s+$", re.IGNORECASE)

# A word naming the number an address opens with ("house one zero seven ...", "villa 12, ...").
_UNIT_WORD_BEFORE = compile_fast(r"(?<![\w'’])(house|flat|apartment|apt\.?|unit|villa|plot|suite|block|room|ward)"
                                 r"(?:\s+(?:no\.?|number|#))?\s+$", re.IGNORECASE)

# ... and the mirror order, a street named after a person then its number ("the north side of Joaquin Suarez 2906.",
# "lives on Ana Lugo 12, Montevideo"): a place preposition right before the finding and a house number right after
# it that ends the clause.
_PLACE_BEFORE = compile_fast(r"\b(?:at|on|of|address(?:\s+is)?)\s*:?\s+$", re.IGNORECASE)
_HOUSE_NUMBER_AFTER = compile_fast(r"[ \t]+(\d{1,5}[a-z]?)(?=[ \t]*(?:[.,;\n]|$))", re.IGNORECASE)


def _ends_with_street_word(value: str) -> bool:
    """The last word is a street-type word, as written or ASCII-folded ("... utca", "ANDRÁSSY ÚT")."""
    return not STREET_SUFFIX_WORDS.isdisjoint((value.casefold().rpartition(" ")[2], _folded(value).rpartition(" ")[2]))


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower().replace("-", " ")
    return " ".join("".join(ch if ch.isalpha() or ch in " '" else " " for ch in text).split())


def correct_types(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` with PERSON findings that are addresses retyped and those that are places dropped."""
    out = []
    for f in findings:
        if f.entity_type == STREET_ADDRESS and 0 < f.start <= 40:
            f = _with_house_name(text, f, findings)
        if f.entity_type == STREET_ADDRESS:
            f = _with_unit(text, f)
        if f.entity_type == PERSON:
            value = text[f.start:f.end]
            if any(map(str.isdigit, value)) and STREET_SUFFIX_WORDS.intersection(_folded(value).split()):
                f = replace(f, entity_type=STREET_ADDRESS)
            elif house := _HOUSE_NUMBER_BEFORE.search(text, max(0, f.start - 40), f.start):
                f = replace(f, start=house.start(1), entity_type=STREET_ADDRESS)
            elif (house := _HOUSE_NUMBER_AFTER.match(text, f.end)) and (
                    _PLACE_BEFORE.search(text, max(0, f.start - 20), f.start) or _ends_with_street_word(value)):
                # ... "petőfi sándor utca 67, 6720": the postcode and town after the number too
                f = replace(f, end=extend(text, house.end(1)), entity_type=STREET_ADDRESS)
            elif f.score < STRONG_NAME_SCORE and (" " in value.strip() and _folded(value) in place_names()
                                                  or _brand(value) or _company_opener(text, f, findings)
                                                  or _currency_code(text, f) or _shop_name(text, f)):
                continue
        out.append(f)
    return out


def _with_unit(text: str, f: Finding) -> Finding:
    """The address grown over a unit or box number before it, after a place preposition ("return to 94941 2505
    Heatherleigh"), and then over the word naming the number it opens with ("house [107 kebele ...]")."""
    unit = _HOUSE_NUMBER_BEFORE.search(text, max(0, f.start - 40), f.start)
    if unit:
        f = replace(f, start=unit.start(1))
    word = _UNIT_WORD_BEFORE.search(text, max(0, f.start - 20), f.start)
    return replace(f, start=word.start(1)) if word else f


_AMOUNT_AFTER = compile_fast(r" ?\d")


def _currency_code(text: str, f: Finding) -> bool:
    """Two or three capitals, no given name, right before an amount or a currency sign ("UGX 2,500", "GH₵120")."""
    value = text[f.start:f.end]
    if not (2 <= len(value) <= 3 and value.isascii() and value.isalpha() and value.isupper()) \
            or value.lower() in lexicon().first or f.end == len(text):
        return False
    return unicodedata.category(text[f.end]) == "Sc" or _AMOUNT_AFTER.match(text, f.end) is not None


# A business named after a person, where someone is ("near Otieno Hardware", "at the Mensah Barbershop").
_SHOP_AFTER = compile_fast(r"[ \t]+(?:coffee[ \t]+(?:house|shop)|car[ \t]+wash|barber(?:shop|s)?|salon|hardware|tavern|"
                           r"pub|restaurant|cafe|café|bakery|butchery|pharmacy|chemist|supermarket|store|stores|shop|"
                           r"motors|garage|laundry|hotel|lodge|grill|diner|mart|market)\b", re.IGNORECASE)
_AT_PLACE = compile_fast(r"\b(?:at|near|outside|opposite|behind|beside|by|from|next[ \t]+to)(?:[ \t]+the)?[ \t]+$",
                         re.IGNORECASE)


def _shop_name(text: str, f: Finding) -> bool:
    """``f`` names a business where someone is: a place preposition before it and a shop's noun right after it or
    ending it ("near Otieno Hardware", "at the [Kamau Coffee House]"); no possessive ("at Sipho's Car Wash" keeps
    its owner's name redacted)."""
    value = text[f.start:f.end]
    if "'s" in value or "’s" in value or _AT_PLACE.search(text, max(0, f.start - 20), f.start) is None:
        return False
    shop = _SHOP_AFTER.search(text, f.start, min(len(text), f.end + 20))
    return shop is not None and (shop.start() == f.end or f.start < shop.start() and shop.end() == f.end)


# Name prefixes that carry an inner capital ("McDonald", "DeShawn", "O'Neil" has no inner capital).
_INNER_CAPITAL_PREFIXES = frozenset("mc mac de di da du la le van von fitz st ben al el abu dela del".split())
_CAMEL = compile_fast(r"(?:[A-Z][a-z]+){2,}")
_CAMEL_PART = compile_fast(r"[A-Z][a-z]+")


def _brand(value: str) -> bool:
    """One CamelCase word of English words: a brand ("SkyMiles", "GadgetGuard"), not a name written so
    ("McDonald", "JiHoon", "ShepherdeBradley")."""
    if not _CAMEL.fullmatch(value.strip()):
        return False
    parts = [p.lower() for p in _CAMEL_PART.findall(value)]
    lex = lexicon()
    return parts[0] not in _INNER_CAPITAL_PREFIXES and all(lex.is_english(p) and p not in lex.syllables for p in parts)


# An agent's opening: "<business>(, | words) <name> speaking / here / on the line", "<business>, this is <name>".
_OPENING_BEFORE = compile_fast(r"\W*(?:(?:good\s+)?(?:morning|afternoon|evening)\W+)?$", re.IGNORECASE)
_OPENING_AFTER = compile_fast(r"(?:[ \t]+[A-Za-z&'’]+){0,3}[ \t]*[,.:;\-][ \t]*(?:this is |it's |you're through to )?",
                            re.IGNORECASE)
_SPEAKING = compile_fast(r"[ \t]+(?:speaking|here|on the line)\b|\W*$", re.IGNORECASE)


def _company_opener(text: str, f: Finding, findings: Sequence[Finding]) -> bool:
    """``f`` opens the turn, starts with no given name, and another PERSON finding follows as the speaker's
    own name ("Sarah Lee, John Smith speaking" keeps Sarah Lee)."""
    words = _folded(text[f.start:f.end]).split()
    if not words or words[0] in lexicon().first or not _OPENING_BEFORE.fullmatch(text, 0, f.start):
        return False
    after = _OPENING_AFTER.match(text, f.end)
    intro = after is not None and after.group().rstrip().lower().endswith(("this is", "it's", "through to"))
    return after is not None and any(
        g.entity_type == PERSON and g.start == after.end() and (intro or _SPEAKING.match(text, g.end))
        for g in findings)


_HOUSE_NAME = compile_fast(r"\s*([^\W\d_]+(?:[ \t][^\W\d_]+){0,2})[ \t,]+$")


def _with_house_name(text: str, f: Finding, findings: Sequence[Finding]) -> Finding:
    """``f`` grown over a house name that opens the turn right before it (no function word, no finding of another
    type; the house name found apart joins it, so the surrogate guard sees the whole address)."""
    match = _HOUSE_NAME.fullmatch(text, 0, f.start)
    if not match or any(g is not f and g.start < f.start and g.entity_type != STREET_ADDRESS for g in findings):
        return f
    words = match.group(1).lower().split()
    if any(w in FUNCTION_WORDS or is_contraction(w) for w in words):
        return f
    return replace(f, start=match.start(1))
