"""Phone numbers, written ("(415) 555-0132", "+44 20 7946 0958") and spoken ("four one five ...").

Candidates are digit sequences of 7-15 digits with at most two separator characters between digits (so
two numbers in one sentence are not bridged). ``phonenumbers`` decides validity (US default region, any
region with a leading "+"/"00"); a number that is not valid is accepted only with phone context words
("call me at", "mobile:", "reach"). Context naming another identifier (account, order, card, social ...)
without phone words vetoes the candidate: those belong to the identifier recognizers.
"""
from __future__ import annotations

import re

import phonenumbers

from recognizers._spoken_base import Hit, SpokenAwareRecognizer, digit_count, digits_of, near
from recognizers.base import register
from recognizers.entities import PHONE_NUMBER, REASON_CONTEXT, REASON_CROSS_TURN, REASON_PATTERN

SCORE_VALID_CONTEXT = 0.9
SCORE_VALID_FORMATTED = 0.75
SCORE_VALID_BARE = 0.6
SCORE_CONTEXT_ONLY = 0.65
SCORE_ANSWER = 0.75


@register("phone.v1")
class TranscriptPhoneRecognizer(SpokenAwareRecognizer):
    """PHONE_NUMBER in written text and in the spoken view."""

    ENTITIES = (PHONE_NUMBER,)
    ANSWER_CUES = frozenset({PHONE_NUMBER})

    CANDIDATE = re.compile(
        r"(?<![\w@+.\-/])(?:\+|00)?\(?\d(?:[ .\-()]{0,2}\d){6,16}(?:\s?(?:x|ext\.?|extension)\s?\d{1,5})?(?![\w@/])",
        re.IGNORECASE)
    EXTENSION = re.compile(r"\s?(?:x|ext\.?|extension)\s?\d{1,5}$", re.IGNORECASE)
    # Shapes that look like digits-with-separators but are dates, IPs or decimals.
    NOT_PHONE = re.compile(
        r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[.\-]\d{1,2}[.\-]\d{2}(?:\d{2})?|\d{1,3}(?:\.\d{1,3}){3}|\d+\.\d{1,2}"
    )
    STRONG_CONTEXT = re.compile(
        r"\b(?:phone|cell|cellphone|mobile|tel|telephone|fax|desk|call|calling|called|reach|text|texts|"
        r"dial|whatsapp|landline|callback|ring|messages?|answering|contact)\b", re.IGNORECASE)
    WEAK_CONTEXT = re.compile(r"\b(?:number|no|home|work|office)\b", re.IGNORECASE)
    OTHER_ID_CONTEXT = re.compile(
        r"\b(?:account|acct|order|card|credit|debit|social|ssn|security|member|membership|policy|ticket|"
        r"tracking|confirmation|reference|ref|invoice|zip|postal|routing|iban|license|licence|passport|"
        r"case|claim|pin|code|otp|id)\b", re.IGNORECASE)

    def find(self, text: str) -> list[Hit]:
        hits = []
        for match in self._candidates(text):
            start, end = match.span()
            strong = near(self.STRONG_CONTEXT, text, start, end)
            if not strong and near(self.OTHER_ID_CONTEXT, text, start, end, before=32, after=0):
                continue
            context = strong or near(self.WEAK_CONTEXT, text, start, end, before=24, after=0)
            valid = _is_valid(self.EXTENSION.sub("", match.group()))
            if valid and context:
                hits.append(Hit(start, end, PHONE_NUMBER, SCORE_VALID_CONTEXT, REASON_CONTEXT, "valid_number"))
            elif valid:
                formatted = not match.group().isdigit()
                score = SCORE_VALID_FORMATTED if formatted else SCORE_VALID_BARE
                hits.append(Hit(start, end, PHONE_NUMBER, score, REASON_PATTERN, "valid_number"))
            elif context:
                hits.append(Hit(start, end, PHONE_NUMBER, SCORE_CONTEXT_ONLY, REASON_CONTEXT, "phone_context"))
        return hits

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        return [Hit(m.start(), m.end(), PHONE_NUMBER, SCORE_ANSWER, REASON_CROSS_TURN, "answer")
                for m in self._candidates(text)]

    def _candidates(self, text: str):
        if digit_count(text) < 7:
            return
        for match in self.CANDIDATE.finditer(text):
            value = self.EXTENSION.sub("", match.group())
            if not 7 <= len(digits_of(value)) <= 15 or self.NOT_PHONE.fullmatch(value):
                continue
            yield match


def _is_valid(value: str) -> bool:
    international = value.startswith("+") or value.startswith("00")
    candidate = "+" + value[2:] if value.startswith("00") else value
    try:
        number = phonenumbers.parse(candidate, None if international else "US")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)
