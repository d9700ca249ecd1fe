"""Ghana Post GPS digital addresses -> POSTCODE: two letters, then two groups of digits ("GA-183-8164", "CC-208-3751").

GhanaPostGPS gives every 5 m square of Ghana a code: the region's letter and the district's, then 3-4 and 4 digits.
Ghanaians write it as their postal address ("49 commercial street Cape Coast CC-208-3751"), so, like a postcode, it
locates the home. Written with its two hyphens in the official shape (in any case) it is taken anywhere (a reference number in that
shape is redacted too: fail closed); without hyphens ("GA1838164") only after its name or as the answer to an address
question. The first letter must be a region's (Ashanti A, Bono B, Central C, Eastern E, Greater Accra G, Northern N,
Upper East U, Volta V, Western W, Upper West X, and the regions of 2019).
"""
from __future__ import annotations

import re

from recognizers.base import register
from recognizers.entities import POSTCODE, REASON_CONTEXT, REASON_CROSS_TURN, REASON_PATTERN, STREET_ADDRESS, ZIP_CODE
from recognizers.spoken_aware import Hit, SpokenAwareRecognizer
from recognizers.required_literals import holds_one, required_literals
from recognizers.start_set import compile_fast

SCORE_WRITTEN, SCORE_NAMED, SCORE_ANSWER = 0.8, 0.85, 0.75
_REGION = "[ABCEGNOSUVWX]"  # the first letters of Ghana's regions
_WRITTEN = compile_fast(rf"(?<![\w\-])(?P<value>{_REGION}[A-Z]-\d{{3,4}}-\d{{4}})(?![\w\-])", re.IGNORECASE)  # "ga-546-2707"
_WRITTEN_NEEDS = required_literals(_WRITTEN)  # (a dash)
_BARE = rf"(?P<value>{_REGION}[A-Z][ \-]?\d{{3,4}}[ \-]?\d{{4}})(?![\w\-])"
_NAMED = compile_fast(r"\b(?:digital[ \t]+address|gps[ \t]+(?:address|code)|ghana[ \t]*post(?:[ \t]*gps)?)"
                      r"(?:[ \t]+is)?[ \t:=,\-]{0,3}" + _BARE, re.IGNORECASE)
_ANSWER = compile_fast(rf"(?<![\w\-]){_BARE}")


def _may_be_named(text: str, low: str) -> bool:
    """Cheap test before ``_NAMED`` (case-insensitive): every match holds "digital", "gps" or "ghana"; on ASCII
    text, in any case, so the lower-cased text holds it (other text: always True)."""
    return not text.isascii() or "digital" in low or "gps" in low or "ghana" in low


@register("ghana_digital_address.v1")
class GhanaDigitalAddressRecognizer(SpokenAwareRecognizer):
    """POSTCODE: a Ghana Post GPS digital address, written in its shape, named, or answering an address question."""

    ENTITIES = (POSTCODE,)
    ANSWER_CUES = frozenset({STREET_ADDRESS, ZIP_CODE, POSTCODE})

    def find(self, text: str) -> list[Hit]:
        low = text.lower()
        if "-" not in text and "ddress" not in low and "gps" not in low and "post" not in low:
            return []
        hits = [Hit(*m.span("value"), POSTCODE, SCORE_WRITTEN, REASON_PATTERN, "digital_address")
                for m in _WRITTEN.finditer(text)] if holds_one(text, _WRITTEN_NEEDS) else []
        if not _may_be_named(text, low):
            return hits
        return hits + [Hit(*m.span("value"), POSTCODE, SCORE_NAMED, REASON_CONTEXT, "named_digital_address")
                       for m in _NAMED.finditer(text) if not any(h.start == m.start("value") for h in hits)]

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        """A digital address (capitals) answering the address or postcode question."""
        return [Hit(*m.span("value"), POSTCODE, SCORE_ANSWER, REASON_CROSS_TURN, "digital_address_answer")
                for m in _ANSWER.finditer(text)]
