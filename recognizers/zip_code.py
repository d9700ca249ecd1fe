"""ZIP and other all-digit postal codes: US 5/9-digit with context or after a state.

A bare five-digit number is far more often a price, a count or an order number than a ZIP code, so US
ZIPs need a cue: "zip", "postal code", a state ("Springfield, IL 62704") or the agent's question.
After "zip:"/"postal code" other countries' digit formats ("394 13", "75534-030", an Indian PIN "110 001", also
after "pin code") are accepted too, and a
ZIP+4 read aloud with a digit lost in transcription (eight digits in a row).
Postcodes with letters (UK, Canada, Ireland, Netherlands) are POSTCODE findings of ``recognizers.postcode``.
"""
from __future__ import annotations

import re

from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, digit_count, words_of
from recognizers.base import register
from recognizers.lower_scan import CaseFolded, ascii_lower, finditer, lower_twin
from recognizers.entities import REASON_CONTEXT, REASON_CROSS_TURN, ZIP_CODE
from recognizers.start_set import compile_fast

SCORE_CONTEXT = 0.85
SCORE_STATE = 0.7
SCORE_ANSWER = 0.8
SCORE_NEAR_CUE = 0.75
# How far (characters) a ZIP cue may sit before a five- or nine-digit number.
ZIP_CUE_BEFORE = 40

_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|"
    "ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
)
_STATE_NAMES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|"
    "illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|"
    "mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|"
    "north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|"
    "south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming"
)
_CUE = r"\b(?:zip|zipcode|zip code|postal|postal code|postcode|post code|postcode is)\b(?:/(?:zip|postcode|pin)\b)?"
# (" | ": the cell border of a pasted table, "| Postcode/ZIP | 12345 |")
_FILLER = r"(?:\s+(?:code|is|was|it's|would be|of|number|uh|um))*[\s:=#,|]{0,3}"
# An Indian PIN code: six digits, the first 1-9, often typed "110 001".
_PIN = r"[1-9]\d{2} ?\d{3}"


@register("zip_code.v2")
class ZipCodeRecognizer(SpokenAwareRecognizer):
    """ZIP_CODE (US ZIP, ZIP+4, other all-digit formats after a cue)."""

    ENTITIES = (ZIP_CODE,)
    ANSWER_CUES = frozenset({ZIP_CODE})

    CUE_WORDS = frozenset({"zip", "zipcode", "postal", "postcode", "post"})
    # After "pin code" only the PIN's six digits: four after it are a card or app PIN (``auth_code``).
    PIN_AFTER_CUE = CaseFolded(re.compile(r"\b(?:pin ?code|pin-code)" + _FILLER + r"(?P<value>" + _PIN + r")(?![\w\-])", re.IGNORECASE))
    PIN_WORDS = frozenset({"pincode", "pin"})
    # Last word of each state name: "new" / "north" would open the gate on ordinary text.
    STATE_WORDS = frozenset(name.split()[-1] for name in _STATE_NAMES.split("|"))
    STATE_CODES = frozenset(_STATES.split("|"))
    TWO_CAPITALS = compile_fast(r"\b[A-Z]{2}\b")
    AFTER_CUE = compile_fast(
        _CUE + _FILLER + r"(?P<value>\d{5}-?\d{3,4}|\d{3,5}(?:[ \-]\d{2,4})?|" + _PIN + r")(?![\w\-])", re.IGNORECASE)
    AFTER_CUE_LOWER = lower_twin(AFTER_CUE)  # the same spans on lower-cased ASCII text
    AFTER_STATE = compile_fast(
        rf"(?:\b(?:{_STATES})|(?i:\b(?:{_STATE_NAMES})))\b,?\s+(?P<value>\d{{5}}(?:-\d{{4}})?)(?![\w\-])")
    CUE = CaseFolded(compile_fast(_CUE, re.IGNORECASE))
    US_ZIP = compile_fast(r"(?<![\w\-.$])(?P<value>\d{5}(?:[\- ]?\d{4})?)(?![\w\-%$]|[.,]\d)")
    ANSWER = US_ZIP  # the same shape, taken without a cue in an answer

    def find(self, text: str) -> list[Hit]:
        if not digit_count(text):
            return []
        words = words_of(text)
        hits = []
        if not self.CUE_WORDS.isdisjoint(words):
            hits += [Hit(*m.span("value"), ZIP_CODE, SCORE_CONTEXT, REASON_CONTEXT, "zip_cue")
                     for m in finditer(self.AFTER_CUE, self.AFTER_CUE_LOWER, text, ascii_lower(text))]
            # "the zip there is 62704", "my zip code, uh, so is 62704": a US ZIP shortly after the cue.
            hits += [Hit(*m.span("value"), ZIP_CODE, SCORE_NEAR_CUE, REASON_CONTEXT, "zip_near_cue")
                     for m in self.US_ZIP.finditer(text)
                     if self.CUE.search(text, max(0, m.start() - ZIP_CUE_BEFORE), m.start())]
            # "and the postcode for that is 2-1-3-5": the first four digits after the cue (Australia, ...).
            for cue in self.CUE.finditer(text):
                four = self.FOUR.search(text, cue.end(), cue.end() + ZIP_CUE_BEFORE)
                if four is not None and not _DIGIT.search(text, cue.end(), four.start()):
                    hits.append(Hit(*four.span("value"), ZIP_CODE, SCORE_NEAR_CUE, REASON_CONTEXT, "four_after_cue"))
        if not self.PIN_WORDS.isdisjoint(words):
            hits += [Hit(*m.span("value"), ZIP_CODE, SCORE_CONTEXT, REASON_CONTEXT, "pin_cue")
                     for m in self.PIN_AFTER_CUE.finditer(text)]
        if not self.STATE_WORDS.isdisjoint(words) or not self.STATE_CODES.isdisjoint(self.TWO_CAPITALS.findall(text)):
            hits += [Hit(*m.span("value"), ZIP_CODE, SCORE_STATE, REASON_CONTEXT, "after_state")
                     for m in self.AFTER_STATE.finditer(text)]
        return hits

    # A four-digit postcode (Australia, Denmark, Switzerland, ...) as the whole answer: "2794", "six three one three".
    ANSWER_FOUR = compile_fast(r"^\W*(?:(?:it's|its|it is|um|uh|yeah|so)\W+)*(?P<value>\d{4})\W*$", re.IGNORECASE)

    # Four digits, written, spaced or dashed ("2135", "2 1 3 5", "2-1-3-5"), no more digits around them.
    FOUR = compile_fast(r"(?<![\w\-.$£€])(?P<value>\d{4}|\d(?:[ \-]\d){3})(?![\w\-%$]|[.,]\d| \d)")

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        hits = [Hit(*m.span("value"), ZIP_CODE, SCORE_ANSWER, REASON_CROSS_TURN, "answer")
                for pattern in (self.ANSWER, self.ANSWER_FOUR) for m in pattern.finditer(text)]
        # "and the code there is 6738, yeah. my gp said ...": the first number of the answer, four digits.
        first = _DIGIT.search(text, 0, FIRST_NUMBER_WITHIN)
        four = self.FOUR.match(text, first.start()) if first is not None else None
        if four is not None and _VALUE_BEFORE.search(text, 0, four.start()):
            hits.append(Hit(*four.span("value"), ZIP_CODE, SCORE_ANSWER, REASON_CROSS_TURN, "answer_four"))
        return hits


_DIGIT = compile_fast(r"\d")
# What a postcode follows in an answer: the turn's start, a full stop or question mark, "is" / "it's" ("the code
# there is 6738"); not "a charge of 2950", "since 2023".
_VALUE_BEFORE = compile_fast(r"(?:^|[.?!:]|\b(?:is|it's|its|it is|that's|thats|was|code)[,:]?)\W*$", re.IGNORECASE)
FIRST_NUMBER_WITHIN = 60  # characters: where an answer's postcode starts at the latest
