"""US Social Security numbers: "123-45-6789", "social is one two three ...", "last four of my social 6789".

Follows Presidio's ``us_ssn_recognizer``: formatted numbers are plausible on their own, bare nine-digit
runs need context words; area/group/serial rules invalidate impossible numbers. The well-known example
numbers (123-45-6789, 078-05-1120) are rejected without context but accepted when the speaker says they
are their social: a transcript reading out a number after "my social is" is personal data either way.
Nine digits grouped oddly ("078-051121", "07805-1121") or not at all are SSNs after a social-security cue;
without one they are reported with a weak score (a bare nine-digit number in a conversation is an
identifier of some kind), unless another identifier is named right before them (order, routing, zip ...).
"""
from __future__ import annotations

import re

from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, digit_count, digits_of, near, words_of
from recognizers.base import register
from recognizers.char_classes import ClassGate
from recognizers.lower_scan import CaseFolded, ascii_lower, finditer, lower_twin
from recognizers.entities import (EXPECT_SSN_LAST4, REASON_CONTEXT, REASON_CROSS_TURN, REASON_PATTERN,
                                  US_SSN)
from recognizers.required_literals import holds_one, required_literals
from recognizers.start_set import compile_fast

SCORE_FORMATTED = 0.6
SCORE_WEAK = 0.5  # bare or oddly grouped nine digits, no cue either way
SCORE_CONTEXT = 0.9
SCORE_LAST4 = 0.85
SCORE_LAST4_NEAR = 0.7
# How far (characters) a social-security cue may sit before / after a lone four-digit number.
LAST4_CUE_BEFORE = 40
LAST4_CUE_AFTER = 32
SCORE_ANSWER_LAST4 = 0.8
SCORE_ANSWER_FULL = 0.85

_EXAMPLE_NUMBERS = frozenset({"123456789", "078051120", "219099999"})


def ssn_plausible(digits: str) -> bool:
    """Area/group/serial rules of the SSA (no 000/666/9xx area, 00 group, 0000 serial, one repeated digit)."""
    if len(digits) != 9 or len(set(digits)) == 1:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


@register("ssn.v1")
class SsnRecognizer(SpokenAwareRecognizer):
    """US_SSN: full numbers and "last four" references, written and spoken."""

    ENTITIES = (US_SSN,)
    ANSWER_CUES = frozenset({US_SSN, EXPECT_SSN_LAST4})

    FORMATTED = compile_fast(r"(?<![\w.\-])\d{3}([\- .])\d{2}\1\d{4}(?![\w\-])")
    BARE = compile_fast(r"(?<![\w.\-])\d{9}(?![\w\-])")
    ODD = compile_fast(r"(?<![\w.\-])(?:\d{3}-\d{6}|\d{5}-\d{4})(?![\w\-])")
    # Masked but for its last four ("***-**-7461", "XXX-XX-7461"): the four digits still identify.
    MASKED = compile_fast(r"(?<![\w*\-])(?:\*{3}|[Xx]{3})([\- ])(?:\*{2}|[Xx]{2})\1\d{4}(?![\w\-])")
    MASKED_GATE = ClassGate(MASKED, [f"{a}{sep}{b}{sep}0000" for a, b in (("...", ".."), ("aaa", "aa"), ("...", "aa"),
                                                                       ("aaa", "..")) for sep in "- "], exact=False)
    # Another identifier named right before a bare or oddly grouped number: not a weak SSN.
    OTHER_ID = CaseFolded(compile_fast(
        r"\b(?:order|account|acct|routing|tracking|member|policy|ticket|case|claim|reference|ref|invoice|"
        r"confirmation|phone|number|zip|postal|code|id|serial|model|part|sku|item|isbn)\b[^\d]{0,16}$",
        re.IGNORECASE))
    CONTEXT = CaseFolded(compile_fast(
        r"\b(?:social|ssn|ssns|ss#|ss number|social security|tax id|tin|itin|taxpayer)\b", re.IGNORECASE))
    LAST4_BEFORE = compile_fast(
        r"\b(?:last (?:four|4)(?: digits)?(?: of)?(?: (?:your|my|the|his|her))?"
        r" (?:social|ssn|social security)(?: number| no)?|(?:social|ssn)(?: number)? (?:ending|ends) (?:in|with))"
        r"(?:[\s,:]+(?:is|it's|are|that's|would be|yeah|yes|sure|um|uh))*[\s,:=]{0,3}(?P<value>\d{4})(?![\w])",
        re.IGNORECASE)
    LAST4_AFTER = compile_fast(
        r"(?<![\w.\-])(?P<value>\d{4})(?:[\s,]+(?:is|are|would be|being))? (?:the|my) last (?:four|4)"
        r"(?: digits)?(?: of)?(?: (?:my|the))? (?:social|ssn)", re.IGNORECASE)
    LAST4_TWINS = (lower_twin(LAST4_BEFORE), lower_twin(LAST4_AFTER))  # the same spans on lower-cased ASCII
    CUES = frozenset({"social", "ssn", "ssns", "tax", "tin", "itin", "taxpayer"})
    # A lone four-digit number this close to a social-security cue is its last four, however the caller
    # phrases it: "my social is 6789", "for the social it's 6789", "it's 6789 that's my social".
    LAST4_CUE = CaseFolded(compile_fast(
        r"\b(?:social(?! media| worker| club| life| event)|ssn|ss number|social security|tax id|"
        r"tax identification|taxpayer id|itin)\b", re.IGNORECASE))
    NOT_LAST4_AFTER = CaseFolded(compile_fast(r"\s*(?:%|dollars?|bucks|cents|a month|per|percent|minutes?|hours?|days?|weeks?|"
                                 r"months?|years?|times|people|followers|likes|posts|check)\b", re.IGNORECASE))
    ANSWER_LAST4 = compile_fast(r"(?<![\w.,$\-])\d{4}(?![\w%$\-]|[.,]\d)")
    NEEDS = {pattern: required_literals(pattern) for pattern in (FORMATTED, BARE, ODD)}  # (ODD: a dash)

    def find(self, text: str) -> list[Hit]:
        count = digit_count(text)
        if count < 4:
            return []
        hits = [Hit(*m.span(), US_SSN, SCORE_FORMATTED, REASON_PATTERN, "ssn_masked")
                for m in (self.MASKED.finditer(text) if self.MASKED_GATE.search(text) else ())]
        for pattern in (self.FORMATTED, self.BARE, self.ODD) if count >= 9 else ():
            for match in pattern.finditer(text) if holds_one(text, self.NEEDS[pattern]) else ():
                start, end = match.span()
                digits = digits_of(match.group())
                context = near(self.CONTEXT, text, start, end, before=48, after=LAST4_CUE_AFTER)
                if context and len(set(digits)) > 1:
                    hits.append(Hit(start, end, US_SSN, SCORE_CONTEXT, REASON_CONTEXT, "ssn"))
                elif not ssn_plausible(digits) or digits in _EXAMPLE_NUMBERS:
                    continue
                elif pattern is self.FORMATTED:
                    hits.append(Hit(start, end, US_SSN, SCORE_FORMATTED, REASON_PATTERN, "ssn_formatted"))
                elif (not self.OTHER_ID.search(text, max(0, start - 32), start) and text[start - 1:start] not in
                      ("$", "£", "€", "#") and not self.NOT_LAST4_AFTER.match(text, end)):
                    hits.append(Hit(start, end, US_SSN, SCORE_WEAK, REASON_PATTERN, "ssn_weak"))
        if self.CUES.isdisjoint(words_of(text)):
            return hits
        low = ascii_lower(text)
        for pattern, twin in zip((self.LAST4_BEFORE, self.LAST4_AFTER), self.LAST4_TWINS):
            for match in finditer(pattern, twin, text, low):
                hits.append(Hit(*match.span("value"), US_SSN, SCORE_LAST4, REASON_CONTEXT, "ssn_last4"))
        for match in self.ANSWER_LAST4.finditer(text):
            start, end = match.span()
            if (near(self.LAST4_CUE, text, start, end, before=LAST4_CUE_BEFORE, after=LAST4_CUE_AFTER)
                    and not self.NOT_LAST4_AFTER.match(text, end)):
                hits.append(Hit(start, end, US_SSN, SCORE_LAST4_NEAR, REASON_CONTEXT, "ssn_last4_near"))
        return hits

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        # Either cue accepts either form: asked for the last four, callers often read the whole number,
        # and asked for the whole number some only know (or only say) the last four.
        count = digit_count(text)
        if count < 4:
            return []
        hits = [Hit(m.start(), m.end(), US_SSN, SCORE_ANSWER_LAST4, REASON_CROSS_TURN, "ssn_last4")
                for m in self.ANSWER_LAST4.finditer(text)]
        for pattern in (self.FORMATTED, self.BARE) if count >= 9 else ():
            for match in pattern.finditer(text):
                if len(set(digits_of(match.group()))) > 1:
                    hits.append(Hit(*match.span(), US_SSN, SCORE_ANSWER_FULL, REASON_CROSS_TURN, "ssn"))
        return hits
