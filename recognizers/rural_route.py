"""Canadian rural addresses -> STREET_ADDRESS: a rural route and a site ("Site 15, RR 8, Guelph", "RR#3
Site 1", "site 22 rural route three oban", "Comp 12 Site 4 RR 2").

A rural route alone ("RR 8") is an address only with a site or a compartment beside it, or when the agent
asked for the address; the town after it joins the span (``recognizers.address_tail``), so no word of the
address is left in clear. Spoken numbers are read through the spoken view ("site three 4 rural route seven").
"""
from __future__ import annotations

import re

from recognizers import address_tail
from recognizers.base import register
from recognizers.entities import REASON_CROSS_TURN, REASON_PATTERN, STREET_ADDRESS
from recognizers.spoken.number_words import TEENS, UNITS
from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, words_of
from recognizers.lower_scan import CaseFolded
from recognizers.start_set import compile_fast

SCORE = 0.8

_N = rf"(?:\d{{1,4}}|{'|'.join(sorted((w for w, n in {**UNITS, **TEENS}.items() if n), key=len, reverse=True))})"
_NUMBER = rf"{_N}(?:\s+{_N}){{0,2}}"  # "three 4", "one zero"
_ROUTE = rf"(?:r\.?\s?r\.?|rural\s+route)\s*(?:#|no\.?|number)?\s*{_NUMBER}"
_SITE = rf"(?:site|comp(?:artment)?|box)\s*#?\s*{_NUMBER}"
_JOIN = r"[\s,]+(?:-\s+)?"


@register("rural_route.v1")
class RuralRouteRecognizer(SpokenAwareRecognizer):
    """STREET_ADDRESS for rural routes with their site or compartment, and the town after them."""

    ENTITIES = (STREET_ADDRESS,)
    ANSWER_CUES = frozenset({STREET_ADDRESS})
    WORDS = frozenset({"rr", "r.r.", "rural", "route"})
    BOTH = CaseFolded(compile_fast(rf"\b(?:(?:{_SITE}){_JOIN})+{_ROUTE}(?:{_JOIN}{_SITE})*\b|\b{_ROUTE}(?:{_JOIN}{_SITE})+\b",
                      re.IGNORECASE))
    ROUTE = CaseFolded(compile_fast(rf"\b(?:{_SITE}{_JOIN})*{_ROUTE}\b", re.IGNORECASE))

    def find(self, text: str) -> list[Hit]:
        if self.WORDS.isdisjoint(words_of(text)) and "rr" not in text.lower():
            return []
        return [Hit(m.start(), address_tail.extend(text, m.end()), STREET_ADDRESS, SCORE, REASON_PATTERN,
                    "rural_route") for m in self.BOTH.finditer(text)]

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        return [Hit(m.start(), address_tail.extend(text, m.end()), STREET_ADDRESS, SCORE,
                    REASON_CROSS_TURN, "rural_route") for m in self.ROUTE.finditer(text)]
