"""Payment cards: numbers (Luhn + brand prefix/length), expiry dates, CVV and "card ending in 4242".

A 12-19 digit number right after card words that fails the Luhn check (one misheard or mistyped digit) is
still the caller's card: it is reported as ACCOUNT_NUMBER with a lower score (reason ``context``), so a
one-digit slip does not leave the other digits in clear.

Decision (documented in the report): expiry dates and CVVs next to card words are reported as
CREDIT_CARD, not DATE: they are card data (PCI scope), a date-shift operator would corrupt them, and
the card operator masks them with the number. A bare "04/27" without card/expiry words is not detected.
"""
from __future__ import annotations

import re

from recognizers.account_number import MONEY_BEFORE, UNIT_AFTER
from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, digit_count, digits_of, near, words_of
from recognizers.base import register
from recognizers.checksums import luhn_ok
from recognizers.lower_scan import CaseFolded
from recognizers.word_anchored import first_words
from recognizers.digit_groups import matches_before_digits
from recognizers.start_set import compile_fast
from recognizers.entities import ACCOUNT_NUMBER, CREDIT_CARD, REASON_CONTEXT, REASON_CROSS_TURN, REASON_PATTERN

SCORE_BRAND_CONTEXT = 0.95
SCORE_BRAND = 0.85
SCORE_LUHN_CONTEXT = 0.7
SCORE_DETAIL = 0.8  # expiry / CVV after their cue words
SCORE_LAST4 = 0.7
SCORE_ANSWER = 0.75
SCORE_NEAR_VALID = 0.6  # fails Luhn, card words before it
SCORE_LONG_NUMBER = 0.55
# Words naming another identifier right before a long number ("order 4111 ..."); "phone" too, below 16 digits.
_OTHER_IDS = "order|tracking|invoice|policy|member|ticket|reference|confirmation|iban|routing|social|ssn"  # 12-19 digits with no card or other identifier words: some identifier all the same

# (prefix ranges, allowed lengths): Visa, Mastercard, Amex, Discover, Diners, JCB, enRoute/JCB 15,
# UnionPay, Maestro, UATP.
_BRANDS: tuple[tuple[tuple[tuple[int, int], ...], frozenset[int]], ...] = (
    (((4, 4),), frozenset({13, 16, 19})),
    (((51, 55), (2221, 2720)), frozenset({16})),
    (((34, 34), (37, 37)), frozenset({15})),
    (((6011, 6011), (644, 649), (65, 65), (622126, 622925)), frozenset(range(16, 20))),
    (((300, 305), (36, 36), (38, 39)), frozenset(range(14, 20))),
    (((3528, 3589),), frozenset(range(16, 20))),
    (((1800, 1800), (2131, 2131)), frozenset({15})),
    (((62, 62),), frozenset(range(16, 20))),
    (((50, 50), (56, 69)), frozenset(range(12, 20))),
    (((1, 1),), frozenset({15})),
)



def brand_ok(digits: str) -> bool:
    """True when prefix and length match a card brand."""
    for ranges, lengths in _BRANDS:
        if len(digits) in lengths:
            for lo, hi in ranges:
                width = len(str(lo))
                if lo <= int(digits[:width]) <= hi:
                    return True
    return False


@register("payment_card.v1")
class PaymentCardRecognizer(SpokenAwareRecognizer):
    """CREDIT_CARD numbers, expiry dates, CVVs and last-four references."""

    ENTITIES = (CREDIT_CARD, ACCOUNT_NUMBER)
    ANSWER_CUES = frozenset({CREDIT_CARD})

    NUMBER = compile_fast(r"(?<![\w.\-])(?:\d(?:[ \-]?\d){11,18}|\d{4}(?:\.\d{4}){2}\.\d{1,7}|\d{4}\.\d{6}\.\d{4,5}"
                        r"|\d{4}(?: ?- ?\d{4}){2} ?- ?\d{1,7}|\d{4} ?- ?\d{6} ?- ?\d{4,5})(?![\w\-]|\.\d)")  # "4708 - 0595 - ..."
    CARD_CONTEXT = CaseFolded(compile_fast(
        r"\b(?:card|cards|cc|credit|debit|visa|mastercard|amex|american express|discover|maestro|jcb|"
        r"diners)\b", re.IGNORECASE))
    OTHER_ID_NOT_PHONE = CaseFolded(compile_fast(rf"\b(?:{_OTHER_IDS})\b", re.IGNORECASE))
    OTHER_ID_CONTEXT = CaseFolded(compile_fast(rf"\b(?:{_OTHER_IDS}|phone)\b", re.IGNORECASE))
    EXPIRY = CaseFolded(compile_fast(
        r"\b(?:exp|expiry|expiration|expires|expiring|valid (?:thru|through|until)|good (?:thru|through))\b"
        r"(?:\s+(?:date|is|on|of|it's|in))*[\s:=,]{0,3}"
        r"(?P<value>(?:0?[1-9]|1[0-2])\s?[/\-]\s?(?:20)?\d{2}|(?:0[1-9]|1[0-2])(?:20)?\d{2}"
        r"|(?:0?[1-9]|1[0-2])\s(?:20)?\d{2}|[1-9]\d{2}"
        r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:20)?\d{2})(?![\w/])",
        re.IGNORECASE))
    CVV = CaseFolded(compile_fast(
        r"\b(?:cvv2?|cvc2?|cid|security code|(?:three|3|four|4)[\s\-]digit code|code on the back)\b"
        r"(?:\s+(?:is|it's|number))*[\s:=,]{0,3}(?P<value>\d{3,4})(?![\w])", re.IGNORECASE))
    LAST4 = CaseFolded(compile_fast(
        r"\b(?:card|visa|mastercard|amex|discover)\b[\w\s']{0,20}?\b(?:ending|ends|ending in|last four|"
        r"last 4)\b(?:\s+(?:in|with|is|digits|of|are))*[\s:=,]{0,3}(?P<value>\d{4})(?![\w])", re.IGNORECASE))

    # (pattern, detail, words one of which the text holds when it matches, words its matches start with on ASCII text)
    _DETAILS = (
        (EXPIRY, "card_expiry", frozenset({"exp", "expiry", "expiration", "expires", "expiring", "valid", "good"}), None),
        (CVV, "card_cvv", frozenset({"cvv", "cvv2", "cvc", "cvc2", "cid", "security", "digit", "back"}), None),
        (LAST4, "card_last4", frozenset({"ending", "ends", "last"}), first_words(LAST4.twin)),
    )

    def find(self, text: str) -> list[Hit]:
        count = digit_count(text)
        if count < 2:  # "expires april 29" has two
            return []
        hits = []
        for match in matches_before_digits(self.NUMBER, text, (0,)) if count >= 12 else ():
            start, end = match.span()
            digits = digits_of(match.group())
            if len(set(digits)) == 1:
                continue
            context = near(self.CARD_CONTEXT, text, start, end, before=40, after=16)
            # (16 digits or more are no phone number, whatever was said about a phone before them)
            other_id = near(self.OTHER_ID_CONTEXT if len(digits) < 16 else self.OTHER_ID_NOT_PHONE, text, start, end,
                            before=32, after=0)
            if luhn_ok(digits) and brand_ok(digits) and (context or not other_id):
                score = SCORE_BRAND_CONTEXT if context else SCORE_BRAND
                hits.append(Hit(start, end, CREDIT_CARD, score, REASON_CONTEXT if context else REASON_PATTERN,
                                "card_number"))
            elif luhn_ok(digits) and context:
                hits.append(Hit(start, end, CREDIT_CARD, SCORE_LUHN_CONTEXT, REASON_CONTEXT, "card_number"))
            elif context and not near(self.OTHER_ID_CONTEXT, text, start, end, before=24, after=0):
                hits.append(Hit(start, end, ACCOUNT_NUMBER, SCORE_NEAR_VALID, REASON_CONTEXT,
                                "card_number_unverified"))
            elif not other_id and not MONEY_BEFORE.search(text, max(0, start - 12), start):
                # A card with a misheard digit, or another identifier said without its name: a number
                # this long is never small talk, so it is not left in clear.
                hits.append(Hit(start, end, ACCOUNT_NUMBER, SCORE_LONG_NUMBER, REASON_PATTERN, "long_number"))
        words = words_of(text)
        for pattern, detail, cues, first in self._DETAILS:
            if cues.isdisjoint(words) or first is not None and text.isascii() and first.isdisjoint(words):
                continue
            for match in pattern.finditer(text):
                start, end = match.span("value")
                if detail == "card_cvv" or detail == "card_expiry" or near(self.CARD_CONTEXT, text, start, end, 60, 0):
                    score = SCORE_LAST4 if detail == "card_last4" else SCORE_DETAIL
                    hits.append(Hit(start, end, CREDIT_CARD, score, REASON_CONTEXT, detail))
        return hits

    # "the one ending 4242" answering "which card did you use?": the card was named by the agent.
    ANSWER_LAST4 = CaseFolded(compile_fast(r"\b(?:ending|ends|ending in|ends in|ending with|last four|last 4)\b"
                              r"(?:\s+(?:in|with|is|digits|of|are))*[\s:=,]{0,3}(?P<value>\d{4})(?![\w])",
                              re.IGNORECASE))

    # Part of a card number, as callers read it in two goes ("4539 1488" / "mhm" / "0343 6467"): four or
    # more digits in groups, the whole answer to the question (a run inside a longer sentence is not).
    PART = compile_fast(r"(?<![\w.\-/$£€])\d{4}(?:[ \-]?\d{1,4}){0,2}(?![\w\-/%]|[.,]\d)")
    PART_MAX_WORDS = 10  # an answer longer than this is talk around the number, not the number

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        # ASR errors break the Luhn check; the agent's question is evidence enough for 12-19 digits.
        whole = [Hit(m.start(), m.end(), CREDIT_CARD, SCORE_ANSWER, REASON_CROSS_TURN, "answer")
                 for m in matches_before_digits(self.NUMBER, text, (0,))]
        if not whole and len(text.split()) <= self.PART_MAX_WORDS:
            whole = [Hit(m.start(), m.end(), CREDIT_CARD, SCORE_ANSWER, REASON_CROSS_TURN, "answer_part")
                     for m in self.PART.finditer(text) if not UNIT_AFTER.match(text, m.end())
                     and not MONEY_BEFORE.search(text, max(0, m.start() - 12), m.start())]
        return whole + [
            Hit(*m.span("value"), CREDIT_CARD, SCORE_ANSWER, REASON_CROSS_TURN, "answer_last4")
            for m in self.ANSWER_LAST4.finditer(text)]
