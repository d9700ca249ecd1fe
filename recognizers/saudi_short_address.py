"""Saudi national address short codes -> STREET_ADDRESS: four letters and four digits ("RRRD2929", "AMSS0208").

Saudi Post gives every building a short address: the region, the city and the building in four letters, then four
digits. It locates the home alone, so it is an address: after its name ("short address AMSS0208", "national
address: RRRD2929") or answering the agent's address question ("And the short address?" -> "ARKH5669.").
Typed in capitals; four capitals and four digits otherwise are a booking code far more often.
"""
from __future__ import annotations

import re

from recognizers.base import register
from recognizers.entities import REASON_CONTEXT, REASON_CROSS_TURN, STREET_ADDRESS
from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, words_of
from recognizers.lower_scan import CaseFolded
from recognizers.start_set import compile_fast
from recognizers.word_anchored import first_words

SCORE_NAMED, SCORE_ANSWER = 0.85, 0.75
_CODE = r"(?P<value>[A-Za-z]{4}[ \-]?\d{4})(?![\w\-])"
_NAMED_SOURCE = r"\b(?:short|national)[ \t]+address(?:[ \t]+(?:code|is))?[ \t:=,\-]{0,3}(?:is[ \t]+)?" + _CODE
# (searched on lower-cased ASCII text through its twin: the code's letters in lower case only, as IGNORECASE reads them)
_NAMED = CaseFolded(compile_fast(_NAMED_SOURCE, re.IGNORECASE),
                    twin_source=_NAMED_SOURCE.replace("[A-Za-z]{4}", "[a-z]{4}"))
_NAMED_FIRST = first_words(_NAMED.twin)  # ("short", "national": every match on ASCII text starts with one)
_ANSWER = compile_fast(r"(?<![\w\-])(?P<value>[A-Z]{4}[ \-]?\d{4})(?![\w\-])")


@register("saudi_short_address.v1")
class SaudiShortAddressRecognizer(SpokenAwareRecognizer):
    """STREET_ADDRESS: a Saudi national address short code after its name or answering an address question."""

    ENTITIES = (STREET_ADDRESS,)
    ANSWER_CUES = frozenset({STREET_ADDRESS})

    def find(self, text: str) -> list[Hit]:
        if "ddress" not in text and "DDRESS" not in text or text.isascii() and _NAMED_FIRST.isdisjoint(words_of(text)):
            return []
        return [Hit(*m.span("value"), STREET_ADDRESS, SCORE_NAMED, REASON_CONTEXT, "short_address")
                for m in _NAMED.finditer(text)]

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        """A short code answering the address question."""
        return [Hit(*m.span("value"), STREET_ADDRESS, SCORE_ANSWER, REASON_CROSS_TURN, "short_address_answer")
                for m in _ANSWER.finditer(text)]
