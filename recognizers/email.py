"""E-mail addresses, written ("john.smith@gmail.com") and spoken ("j o h n dot smith at gmail dot com").

The spoken forms are assembled by ``SpokenView`` (which requires a known top-level domain, so "at home"
never becomes an address); this recognizer applies one strict written pattern to both forms. In answer
mode (the agent asked for an e-mail) "john smith at gmail" without the top-level domain is accepted too.
Internationalized addresses count in full: non-ASCII local parts and domains ("юзер@пример.рф") and
punycode labels and top-level domains ("a@xn--d1acufc.xn--p1ai"), so no part of the domain is left.
"""
from __future__ import annotations

import re

from recognizers.spoken_aware import Hit, SpokenAwareRecognizer
from recognizers.base import register
from recognizers.entities import EMAIL_ADDRESS, REASON_CROSS_TURN, REASON_PATTERN

SCORE_EMAIL = 0.9
SCORE_ANSWER = 0.75


@register("email.v1")
class TranscriptEmailRecognizer(SpokenAwareRecognizer):
    """EMAIL_ADDRESS in written text and in the spoken view."""

    ENTITIES = (EMAIL_ADDRESS,)
    ANSWER_CUES = frozenset({EMAIL_ADDRESS})

    # Local part and domain labels of any script (``[^\W_]`` is a Unicode letter or digit); the top-level
    # domain is letters of any script or a punycode label.
    EMAIL = re.compile(
        r"(?<![\w.+\-'])[^\W_][\w.%+\-']*(?:@| @ )[^\W_](?:[\w\-]*[^\W_])?(?:\.[^\W_](?:[\w\-]*[^\W_])?)*"
        r"\.(?:[^\W\d_]{2,24}|[Xx][Nn]--[A-Za-z0-9\-]{1,59})(?![\w\-])")
    # Answer mode: "<local> at <mail provider>" with no top-level domain said.
    PROVIDER = re.compile(
        r"\b[a-z0-9][a-z0-9._\-]*\s+at\s+(?:gmail|googlemail|yahoo|hotmail|outlook|aol|icloud|live|msn|"
        r"protonmail|proton|gmx|mail|comcast|verizon|att)\b", re.IGNORECASE)

    def find(self, text: str) -> list[Hit]:
        if "@" not in text:
            return []
        return [Hit(m.start(), m.end(), EMAIL_ADDRESS, SCORE_EMAIL, REASON_PATTERN, "email")
                for m in self.EMAIL.finditer(text)]

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        return [Hit(m.start(), m.end(), EMAIL_ADDRESS, SCORE_ANSWER, REASON_CROSS_TURN, "answer")
                for m in self.PROVIDER.finditer(text)]
