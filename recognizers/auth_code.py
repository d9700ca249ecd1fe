"""One-time codes, PINs, passcodes and verification codes (AUTH_CODE): context words decide.

Specific cues ("verification code", "one-time code", "OTP", "PIN", "passcode") accept 4-8 digits; a bare
"code is 482913" is accepted with a lower score unless the word before "code" names a non-secret code
(zip, area, promo, error, ...). "Security code" next to card words is a CVV and left to the card recognizer.
"""
from __future__ import annotations

import re

from recognizers.spoken.code_runs import code_runs
from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, digit_count, lower_text, near, words_of
from recognizers.base import register
from recognizers.entities import AUTH_CODE, REASON_CONTEXT, REASON_CROSS_TURN
from recognizers.lower_scan import CaseFolded
from recognizers.ascii_twin import ascii_fast
from recognizers.digit_groups import matches_before_digits
from recognizers.start_set import compile_fast
from recognizers.word_anchored import WordAnchored

SCORE_SPECIFIC = 0.85
SCORE_GENERIC = 0.6
SCORE_ANSWER = 0.8
SCORE_NEAR_CUE = 0.7
# How far (characters) a specific code cue may sit before the value.
NEAR_CUE_BEFORE = 40
MIXED_MAX_WORDS = 6
ANSWER_MAX_CHARS = 80

_FILLER = (r"(?:['’]s)?(?:\s+(?:is|was|it's|its|says|reads|number|i got|i received|would be|should be|uh|um|like))*"
           r"[\s:=#,]{0,3}")
# Four to eight digits, six shown the way apps show them ("482 913"), two groups typed with a blank or a dot
# ("99 9714", "792.28742"; not a price: three digits at least after the dot), or a porting / transfer code of
# digits and three letters ("529242MRD", "207084-ALB", "ABC 123456"; not "1234 and").
_WORD3 = (r"(?!(?:and|the|for|you|yes|not|now|but|its|are|was|too|pls|thx|lol|had|has|got|get|say|see|use|try|put|did|"
          r"can|new|old|one|two|six|ten|via|off|out|all|any|our|his|her|yep|yup|nah|hey|aye|ooh|ahh|hmm|erm|umm|uhh|"
          r"isn|don|didn|won|wasn)\b)[A-Za-z]{3}(?![A-Za-z'’])")
_VALUE = (r"(?P<value>\d{6}(?:[ \-/]?" + _WORD3 + r")?|\d{4,8}|\d{3}[ \-]\d{3}|" + _WORD3 + r"[ \-/]?\d{6}"
          r"|\d{2,4}[ .]\d{3,6})"
          r"(?![\w\-%$]|[.,]\d)")
# The generic cue: a word (not one of NOT_SECRET) and "code"; ``generic_matches`` tries it only around each "code".
_GENERIC_HEAD = r"\b(?P<before>\w+)?\s*\bcode\b"
# After a specific cue a short clause may come first: "the one-time code you sent is 482913".
_CLAUSE = r"(?:(?:\s+[a-z']+){1,4}?\s+(?:is|was|reads|says|:))?"


@register("auth_code.v1")
class AuthCodeRecognizer(SpokenAwareRecognizer):
    """AUTH_CODE after verification / one-time / PIN cues."""

    ENTITIES = (AUTH_CODE,)
    ANSWER_CUES = frozenset({AUTH_CODE})

    SPECIFIC_LOWER = compile_fast(
        r"\b(?P<cue>(?:verification|verify|one[\s\-]time|otp|security|access|authentication|authori[sz]ation|auth|login|"
        r"sign[\s\-]in|2fa|two[\s\-]factor|confirmation|reset|activation|validation)\s+(?:pass)?code"
        r"|otp|pin|pin number|pin code|passcode|pass code|one[\s\-]time pass(?:word|code)?"
        r"|memorable (?:number|date|digits|code)|(?:telephone|phone) banking (?:number|code|pin|passcode)|pass ?number)\b"
        + _CLAUSE + _FILLER + _VALUE)
    SPECIFIC = compile_fast(SPECIFIC_LOWER.pattern, re.IGNORECASE)
    SPECIFIC_ANCHORED = WordAnchored.of(SPECIFIC_LOWER)  # on lower-cased text tried only at its cues' first words
    GENERIC_LOWER = compile_fast(_GENERIC_HEAD + _FILLER + _VALUE)
    GENERIC = compile_fast(GENERIC_LOWER.pattern, re.IGNORECASE)
    NOT_SECRET = frozenset({
        "zip", "area", "postal", "post", "promo", "promotional", "discount", "coupon", "error", "status",
        "country", "dress", "source", "bar", "qr", "product", "sort", "tax", "swift", "routing", "dialing",
        "dialling", "reason", "billing", "gift", "referral", "voucher", "airport", "station", "color",
        "colour", "style", "item", "sku",
    })
    CUE_WORDS = frozenset({"code", "codes", "passcode", "pin", "otp", "passcodes", "password", "passcode", "text",
                           "texted", "verification", "2fa", "memorable", "banking", "passnumber", "sms", "message",
                           "security", "through", "new", "screen", "typing", "entering"})
    # A value shortly after one of these is a one-time code or PIN whatever the wording between:
    # "the code you sent me is ...", "the text says ...", "verification, uh, it's ...".
    NEAR_CUE_LOWER = compile_fast(
        r"\b(?:verification|verify|one[\s\-]?time|otp|2fa|passcode|pass code|pin|password|authentication|authori[sz]ation|"
        r"(?:access|login|sign[\s\-]?in|security|auth) code|code(?: [a-z']+){1,4}? (?:sent|texted|emailed|got|"
        r"received|gave)|(?:got|received|have|get) (?:a|the|this|that|your) (?:code|text|message|sms)"
        r"|(?:text(?:ed)?|sms|message)(?: [a-z']+){0,3}? (?:says|said|reads|read|shows|showed|had|has)|texted me"
        r"|security (?:number|digits)"
        # said after the code, a clause later: "read out the code from the text and i did it was ..."
        r"|code(?:,? [a-z']+){0,7}?,? (?:it|that) (?:was|is|said|says|read|reads)|code(?:,? [a-z']+){0,7}?,? it's"
        # a code arriving or being typed: "it's come through as ...", "i've a new one, ...", "so i'm typing ..."
        r"|come through|(?:got|have|i've|ive) a new one|lock screen|(?:i'm|im|i am) (?:typing|entering|keying in|putting in))\b")
    NEAR_CUE = compile_fast(NEAR_CUE_LOWER.pattern, re.IGNORECASE)
    # "my password expired in 2023", "pin locked for 1440 minutes": a year or a quantity, not the secret.
    NOT_BEFORE = CaseFolded(compile_fast(r"\b(?:in|since|by|from|until|year|for|after|over|about|around)\s+$", re.IGNORECASE))
    NOT_AFTER = CaseFolded(compile_fast(r"\s*(?:%|dollars?|bucks|cents|minutes?|hours?|days?|weeks?|months?|years?|times|"
                           r"tries|attempts|characters|digits|letters)\b", re.IGNORECASE))
    # Every branch of _VALUE starts with a digit or three letters and a digit: said first, it saves trying
    # the three-letter branch's word list at every word (the same matches).
    ANSWER = ascii_fast(r"(?<![\w\-.$])(?=\d|[A-Za-z]{3}[ \-/]?\d)" + _VALUE)
    ANSWER_OFFSETS = (0, 3, 4)  # ... so a match starts at a run of digits or 3-4 characters before one
    CARD = CaseFolded(compile_fast(r"\b(?:card|cvv|cvc|visa|mastercard|amex|expir\w*)\b", re.IGNORECASE))

    TYPED = compile_fast(r"\b(?:i'm|im|i am) (?:typing|entering)(?: in)?\s+(?P<value>[A-Za-z0-9]{4,10})(?![\w\-])",
                       re.IGNORECASE)

    def find(self, text: str) -> list[Hit]:
        words = words_of(text)
        if not digit_count(text) or self.CUE_WORDS.isdisjoint(words):
            return []
        hits = []
        low = lower_text(text)
        src = low if low is not None else text
        specific, generic, near_cue = ((self.SPECIFIC_LOWER, self.GENERIC_LOWER, self.NEAR_CUE_LOWER)
                                       if low is not None else (self.SPECIFIC, self.GENERIC, self.NEAR_CUE))
        anchored = low is not None and self.SPECIFIC_ANCHORED is not None
        for match in (self.SPECIFIC_ANCHORED.finditer(src, words) if anchored else specific.finditer(src)):
            start, end = match.span("value")
            if match["cue"].lower().startswith("security") and near(self.CARD, text, start, end, 80, 16):
                continue
            hits.append(Hit(start, end, AUTH_CODE, SCORE_SPECIFIC, REASON_CONTEXT, "auth_cue"))
        # GENERIC needs the whole word "code" (then also a word of ``words``): without it, no scan.
        for match in (generic_matches(generic, src) if low is not None else generic.finditer(src)) if "code" in words else ():
            before = (match["before"] or "").lower()
            if before in self.NOT_SECRET or near(self.CARD, text, *match.span("value"), 60, 0):
                continue
            hits.append(Hit(*match.span("value"), AUTH_CODE, SCORE_GENERIC, REASON_CONTEXT, "code_cue"))
        for match in matches_before_digits(self.ANSWER, text, self.ANSWER_OFFSETS):
            start, end = match.span("value")
            cue = _last(near_cue, src, max(0, start - NEAR_CUE_BEFORE), start)
            if (cue is None or self.NOT_BEFORE.search(text, max(0, start - 8), start)
                    or self.NOT_AFTER.match(text, end)):
                continue
            if cue.group().lower().startswith("security") and near(self.CARD, text, start, end, 80, 16):
                continue
            if cue.group().lower().startswith("code") and _word_before(src, cue.start()) in self.NOT_SECRET:
                continue  # "the zip code, it's 90210"
            hits.append(Hit(start, end, AUTH_CODE, SCORE_NEAR_CUE, REASON_CONTEXT, "auth_near_cue"))
        if "typing" in words or "entering" in words:  # "so i'm typing J87C37, correct?": letters too
            hits += [Hit(*m.span("value"), AUTH_CODE, SCORE_NEAR_CUE, REASON_CONTEXT, "auth_typed")
                     for m in self.TYPED.finditer(text) if _mixed_code(m["value"]) or digit_count(m["value"]) >= 4]
        return hits

    # An app or text code of letters and digits, typed or spelled ("H5P23D", "G7A 64V", view "f8k81z"), in a
    # short answer (a longer turn after the answer is new talk: "I'm calling about order W5198...").
    MIXED = compile_fast(r"(?<![\w\-.$@/])[A-Za-z0-9]{2,10}(?:[ \-][A-Za-z0-9]{2,6})?(?![\w\-@/])")

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        hits = [Hit(*m.span("value"), AUTH_CODE, SCORE_ANSWER, REASON_CROSS_TURN, "answer")
                for m in matches_before_digits(self.ANSWER, text, self.ANSWER_OFFSETS)]
        if digit_count(text) and len(text.split()) <= MIXED_MAX_WORDS:
            hits += [Hit(*m.span(), AUTH_CODE, SCORE_ANSWER, REASON_CROSS_TURN, "answer_mixed")
                     for m in self.MIXED.finditer(text) if _mixed_code(m.group())]
        if len(text) <= ANSWER_MAX_CHARS:
            # Letters said by their names ("tee five em fifty nine en", "see zed double you 268").
            hits += [Hit(*run.span, AUTH_CODE, SCORE_ANSWER, REASON_CROSS_TURN, "answer_spelled")
                     for run in code_runs(text) if _spelled_code(run.code)]
        return hits


_QUANTITY = compile_fast(r"\d+[A-Za-z]{1,5}")  # "500ml", "20mins", "36mbps": an amount, not a code


def _mixed_code(value: str) -> bool:
    """Letters and digits mixed like a code: 5-10 characters, two digits or more; a value typed in two
    groups is a code when each group has a digit or is at most three capitals ("FNU 474")."""
    flat = value.replace(" ", "").replace("-", "")
    if not (5 <= len(flat) <= 10 and sum(map(str.isdigit, flat)) >= 2 and any(map(str.isalpha, flat))):
        return False
    if _QUANTITY.fullmatch(flat):
        return False
    parts = value.replace("-", " ").split()
    if len(parts) == 1:
        return True
    # "FNU 474" in capitals; not a label before the value ("IBAN FR91", "ref AB12").
    return all(any(map(str.isdigit, p)) or (flat.upper() == flat and len(p) <= 3) for p in parts)


def _spelled_code(code: str) -> bool:
    """A spelled run reads as a code: 5-10 characters, two digits or more, a letter, not an amount."""
    return (5 <= len(code) <= 10 and sum(map(str.isdigit, code)) >= 2 and not _QUANTITY.fullmatch(code)
            and not code.isdigit())


def generic_matches(pattern: re.Pattern[str], low: str):
    """``pattern.finditer(low)`` for a pattern opening with ``_GENERIC_HEAD`` (lower-cased text), tried only where a match can
    start: from the word before a "code" (blanks between: ``\\w+\\s*``) up to that "code", not at every word."""
    starts: set[int] = set()
    at = low.find("code")
    while at >= 0:
        k = at
        while k and low[k - 1].isspace():
            k -= 1
        while k and (low[k - 1].isalnum() or low[k - 1] == "_"):  # (a word character of the engine)
            k -= 1
        starts.update(range(k, at + 1))
        at = low.find("code", at + 1)
    pos = 0
    for start in sorted(starts):
        if start >= pos and (found := pattern.match(low, start)) is not None:
            yield found
            pos = found.end()


def _word_before(text: str, at: int) -> str:
    """The lower-cased word ending before ``text[at]`` (blanks between), or ""."""
    words = text[max(0, at - 24):at].split()
    return words[-1].lower() if words else ""


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` inside ``text[start:end]``."""
    last = None
    for last in pattern.finditer(text, start, end):
        pass
    return last
