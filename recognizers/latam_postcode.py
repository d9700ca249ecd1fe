"""Latin American postal codes -> ZIP_CODE: Brazil's CEP ("CEP 01310-100", "01310-100" on an address line),
Mexico's código postal ("C.P. 03100"), Argentina's CPA ("C1425ABC"; "código postal X5000" in its short form), and the codes of Colombia (6 digits) and
Chile (7 digits) after their name.

A CEP is five digits, a hyphen and three (the hyphen may be dropped after its name); typed whole on a line with a
Brazilian street word ("Rua", "Av.", "apto", "bairro") or a state after a dash ("São Paulo - SP") it needs no name.
An Argentine CPA (a province letter, four digits, three letters) is specific enough alone. Answering the agent's
postcode question, a CEP or a CPA alone counts. Spoken digits are read through the spoken view.
"""
from __future__ import annotations

import re

from recognizers.base import register
from recognizers.entities import REASON_CONTEXT, REASON_CROSS_TURN, REASON_PATTERN, ZIP_CODE
from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, digit_count, words_of
from recognizers.lower_scan import CaseFolded
from recognizers.digit_groups import matches_before_digits
from recognizers.start_set import compile_fast
from recognizers.word_anchored import first_words

SCORE_NAMED, SCORE_SHAPE, SCORE_ANSWER = 0.85, 0.7, 0.8
_CEP = r"\d{5}-?\d{3}"
_CPA = r"[A-HJ-NP-Za-hj-np-z]\d{4}[A-Za-z]{3}"
_CPA_SHORT = r"[A-HJ-NP-Za-hj-np-z]\d{4}"  # the province letter and the old four digits ("código postal X5000")
_NAMED_SOURCE = (rf"\b(?:cep|c\.?\s?p\.?|c[oó]digo postal|cod\.? postal|postal code|zip)\b[\s:#.\-]*(?:is\s+|é\s+|es\s+)?"
                 rf"(?P<value>{_CEP}|{_CPA}|{_CPA_SHORT}|\d{{5,7}})(?![\w\-])")
# (searched on lower-cased ASCII text through its twin: the CPA's letters in lower case only, as IGNORECASE reads them)
_NAMED = CaseFolded(compile_fast(_NAMED_SOURCE, re.IGNORECASE),
                    twin_source=_NAMED_SOURCE.replace(_CPA, "[a-hj-np-z]\\d{4}[a-z]{3}").replace(_CPA_SHORT, "[a-hj-np-z]\\d{4}"))
_NAMED_FIRST = first_words(_NAMED.twin)  # (every match on ASCII text starts with one of these words)
_CEP_WRITTEN = compile_fast(r"(?<![\w\-.])(?P<value>\d{5}-\d{3})(?![\w\-]|[.,]\d)")
_BR_ADDRESS = compile_fast(r"\b(?:rua|r\.|av\.|avenida|alameda|travessa|rodovia|bairro|apto|apartamento|"
                           r"bloco|casa)\b|[ \t]-[ \t]?[A-Z]{2}\b", re.IGNORECASE)
_CPA_WRITTEN = compile_fast(r"(?<![\w\-])(?P<value>[A-HJ-NP-Z]\d{4}[A-Z]{3})(?![\w\-])")
_ANSWER = compile_fast(rf"(?<![\w\-])(?P<value>{_CEP}|{_CPA})(?![\w\-])")


@register("latam_postcode.v1")
class LatamPostcodeRecognizer(SpokenAwareRecognizer):
    """ZIP_CODE: Brazilian CEP, Mexican C.P., Argentine CPA, Colombian and Chilean codes."""

    ENTITIES = (ZIP_CODE,)
    ANSWER_CUES = frozenset({ZIP_CODE})

    def find(self, text: str) -> list[Hit]:
        if digit_count(text) < 4:
            return []
        named = _NAMED.finditer(text) if not (text.isascii() and _NAMED_FIRST.isdisjoint(words_of(text))) else ()
        hits = [Hit(*m.span("value"), ZIP_CODE, SCORE_NAMED, REASON_CONTEXT, "named") for m in named
                if not m.group("value").isdigit() or len(m.group("value")) != 5 or _named_five(m)]
        if "-" in text:
            for m in _CEP_WRITTEN.finditer(text):
                line_start = text.rfind("\n", 0, m.start()) + 1
                line_end = text.find("\n", m.end())
                if _BR_ADDRESS.search(text, line_start, len(text) if line_end < 0 else line_end):
                    hits.append(Hit(*m.span("value"), ZIP_CODE, SCORE_SHAPE, REASON_PATTERN, "cep_on_address"))
        hits += [Hit(*m.span("value"), ZIP_CODE, SCORE_SHAPE, REASON_PATTERN, "cpa")
                 for m in matches_before_digits(_CPA_WRITTEN, text, (1,))]  # (a letter, then the digits)
        return hits

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        """A CEP or a CPA answering the postcode question (five digits alone are ``zip_code``'s)."""
        return [Hit(*m.span("value"), ZIP_CODE, SCORE_ANSWER, REASON_CROSS_TURN, "answer")
                for m in matches_before_digits(_ANSWER, text, (0, 1))]  # (the digits, or a letter and the digits)


def _named_five(match: re.Match[str]) -> bool:
    """Five digits after "C.P." / "código postal" (a Mexican code); "zip" alone is the US recognizer's."""
    return not match.group().lower().startswith("zip")
