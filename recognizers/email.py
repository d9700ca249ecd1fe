"""E-mail addresses, written ("john.smith@gmail.com") and spoken ("j o h n dot smith at gmail dot com").

The spoken forms are assembled by ``SpokenView`` (which requires a known top-level domain, so "at home"
never becomes an address); this recognizer applies one strict written pattern to both forms. In answer
mode (the agent asked for an e-mail) "john smith at gmail" without the top-level domain is accepted too.
Internationalized addresses count in full: non-ASCII local parts and domains ("юзер@пример.рф") and
punycode labels and top-level domains ("a@xn--d1acufc.xn--p1ai"), so no part of the domain is left.
"""
from __future__ import annotations

import re

from recognizers.spoken import number_words as nw
from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, words_of
from recognizers.base import register
from recognizers.entities import EMAIL_ADDRESS, REASON_CROSS_TURN, REASON_PATTERN
from recognizers.spoken_email import PROVIDERS, find_pieces, find_spoken
from recognizers.ascii_twin import ascii_fast
from recognizers.start_set import compile_fast

SCORE_EMAIL = 0.9
SCORE_ANSWER = 0.75
SCORE_SPOKEN = 0.8
# An "@" or a dot typed so that scrapers miss it ("jo(at)mail.com", "jo [at] mail [dot] com"), or an "@"
# with a blank on one side ("jo@ mail.com").
_AT = r"(?:@|%40| @ |@ | ?[(\[{]at[)\]}] ?)"  # "%40": an "@" encoded in a link ("?email=jo%40mail.com")
_DOT = r"(?:\.| ?[(\[{]dot[)\]}] ?|\. (?=(?:com|net|org|co|uk|ie)\b))"
_LABEL = r"[^\W_](?:[\w\-]*[^\W_])?"
_TLD = r"(?:[^\W\d_]{2,24}|[Xx][Nn]--[A-Za-z0-9\-]{1,59})(?![\w\-])"
_SPOKEN_GATE = frozenset(nw.TLDS) | PROVIDERS | {"dot"}


@register("email.v1")
class TranscriptEmailRecognizer(SpokenAwareRecognizer):
    """EMAIL_ADDRESS in written text and in the spoken view."""

    ENTITIES = (EMAIL_ADDRESS,)
    ANSWER_CUES = frozenset({EMAIL_ADDRESS})

    # Local part and domain labels of any script (``[^\W_]`` is a Unicode letter or digit); the top-level
    # domain is letters of any script or a punycode label.
    EMAIL = ascii_fast(rf"(?<![\w.+\-'])[^\W_][\w.%+\-']*{_AT}{_LABEL}(?:{_DOT}{_LABEL})*{_DOT}{_TLD}", re.IGNORECASE)
    # Answer mode: "<local> at <mail provider>" with no top-level domain said.
    PROVIDER = compile_fast(
        r"\b[a-z0-9][a-z0-9._\-]*\s+at\s+(?:gmail|googlemail|yahoo|hotmail|outlook|aol|icloud|live|msn|"
        r"protonmail|proton|gmx|mail|comcast|verizon|att)\b", re.IGNORECASE)

    # An address typed with a slip ("jdoe85@gmail,com", "jane.doe@gmail .com", "jane . doe @ gmail . com"): an
    # "@" between a user part and a domain is an address all the same (fail closed).
    # (A user part with a letter and a domain with a dot, or a comma before a common top-level domain; a blank
    # beside the "@" only in a user part spaced out too: "5 @ 3" is a price, "see @x.y" a handle.)
    _LOOSE_DOMAIN = rf"{_LABEL}(?:\.{_LABEL}|\s?[.,]\s?(?:com|net|org|co|uk|ie|de|fr|ca|au|edu|gov|info|io)\b)+"
    LOOSE = ascii_fast(rf"(?<![\w.+\-'])(?=[\w.%+\-' ]*?[^\W\d_])[^\W_][\w%+\-']*"
                       rf"(?:(?:\.[\w%+\-']+)*@{_LOOSE_DOMAIN}|(?:\s?\.\s?[\w%+\-']+)+\s?@\s?{_LOOSE_DOMAIN})")
    # ... or said with its dots and no top-level domain ("jane dot doe eighty five at gmail").
    SPOKEN_PROVIDER = compile_fast(
        r"\b(?:[a-z0-9]+\s+(?:dot|underscore)\s+)+[a-z0-9]+(?:\s+[a-z0-9]+){0,2}?\s+at\s+(?:"
        + "|".join(sorted(PROVIDERS - {"me", "mac", "live"})) + r")\b(?!\s+dot\b)", re.IGNORECASE)

    def find(self, text: str) -> list[Hit]:
        hits = []
        if "@" in text or "%40" in text or "at" in text and ("[at]" in text.lower() or "(at)" in text.lower()):
            hits += [Hit(m.start(), m.end(), EMAIL_ADDRESS, SCORE_EMAIL, REASON_PATTERN, "email")
                     for m in self.EMAIL.finditer(text)]
        if "@" in text:
            hits += [Hit(m.start(), m.end(), EMAIL_ADDRESS, SCORE_ANSWER, REASON_PATTERN, "email_typed_loosely")
                     for m in self.LOOSE.finditer(text)]
        words = words_of(text)
        if "at" in words and not _SPOKEN_GATE.isdisjoint(words):
            hits += [Hit(s, e, EMAIL_ADDRESS, SCORE_SPOKEN, REASON_PATTERN, "spoken") for s, e in find_spoken(text)]
            if "dot" in words or "underscore" in words:
                hits += [Hit(m.start(), m.end(), EMAIL_ADDRESS, SCORE_ANSWER, REASON_PATTERN, "spoken_provider")
                         for m in self.SPOKEN_PROVIDER.finditer(text)]
        # An organisation's role mailbox ("support@acme.com") is redacted too: at a small business it names
        # its owner, and the address type alone cannot tell (fail closed).
        return hits

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        return [Hit(m.start(), m.end(), EMAIL_ADDRESS, SCORE_ANSWER, REASON_CROSS_TURN, "answer")
                for m in self.PROVIDER.finditer(text)] + [
            Hit(s, e, EMAIL_ADDRESS, SCORE_ANSWER, REASON_CROSS_TURN, "piece") for s, e in find_pieces(text)]
