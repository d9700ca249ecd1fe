"""Type accuracy: a place or an address is not a PERSON.

The name recognizers read "San Jose", "Santa Clara" or "12221 San Pablo Avenue" as a given name and a
surname; a person surrogate for them reads wrong in training text, and for an address it keeps the
house number. This step corrects the type of such PERSON findings:

* a PERSON finding with a digit and a street-type word in it ("12221 San Pablo Avenue") is an address
  (``STREET_ADDRESS``), whose operator re-renders every part of its span; other PERSON spans with digits
  stay PERSON and the redaction stage's type rules tag them (the safer operator);
* a PERSON finding that is exactly a multi-word place name (``recognizers/data/place_names.txt``:
  cities, US states, countries from GeoNames) is a place, not personal data, unless a strong cue made it
  a name ("my name is ..." scores at least ``STRONG_NAME_SCORE``): it is dropped. A single-word place
  ("Florence", "Jordan") is also a given name and is never dropped.

A plain function over findings; it logs nothing.
"""
from __future__ import annotations

import unicodedata
from dataclasses import replace
from typing import Sequence

from pipeline.records import Finding
from recognizers.entities import PERSON, STREET_ADDRESS
from recognizers.address_tail import place_names
from recognizers.street_address import STREET_SUFFIX_WORDS

STRONG_NAME_SCORE = 0.9


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower().replace("-", " ")
    return " ".join("".join(ch if ch.isalpha() or ch in " '" else " " for ch in text).split())


def correct_types(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` with PERSON findings that are addresses retyped and those that are places dropped."""
    out = []
    for f in findings:
        if f.entity_type == PERSON:
            value = text[f.start:f.end]
            if any(ch.isdigit() for ch in value) and STREET_SUFFIX_WORDS.intersection(_folded(value).split()):
                f = replace(f, entity_type=STREET_ADDRESS)
            elif f.score < STRONG_NAME_SCORE and " " in value.strip() and _folded(value) in place_names():
                continue
        out.append(f)
    return out
