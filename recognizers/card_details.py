"""Card expiry dates and security codes (CVV/CVC), written and spoken.

Forms: "expires 09/27", "exp date 0927", "expiry four twenty nine" (view: "expiry 429"), "valid thru
12/2026", "expiry september twenty seven", "cvv 123", "security code is seven one two" (view: "712").
A bare "04/27" or "123" is reported only as the answer to an expiry or CVV question.

Types CARD_EXPIRY and CARD_CVV (not DATE, not CREDIT_CARD): a date shift or a card-number surrogate
would draw impossible months or keep digits; the default policy replaces them whole. Scores are above
``payment_card``'s detail scores so an overlapping finding of that recognizer takes these types.
"""
from __future__ import annotations

import re

from recognizers.base import register
from recognizers.lower_scan import CaseFolded, ascii_lower, finditer, lower_twin
from recognizers.entities import CARD_CVV, CARD_EXPIRY, REASON_CONTEXT, REASON_CROSS_TURN
from recognizers.spoken.number_words import MONTHS, ORDINALS, TEENS, UNITS
from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, digit_count, words_of
from recognizers.start_set import compile_fast

SCORE_CUE = 0.85
SCORE_ANSWER = 0.85

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_NTH = "|".join(w for w, n in ORDINALS.items() if n <= 12)
_MONTH_WORD = "|".join(sorted((w for w, n in {**UNITS, **TEENS}.items() if 1 <= n <= 12), key=len, reverse=True))
# A lone "thirty" stays a word in the spoken view ("thirty one" becomes 31 there).
_YY = r"(?:(?:20)?\d{2}|(?:twenty|thirty)(?!\s+(?:one|two|three|four|five|six|seven|eight|nine)\b))"
# Month and year: "09/27", "9 / 2027", "09 slash 27" (spoken), "09 27", "9 of 27", "0927", "927" ("nine twenty
# seven"), "sept 27", "september 2027", "SEP26", "Nov-27", "Dec '31", "end of september 27", "the ninth (month)
# of 27", "month twelve year two eight" (the view writes the spoken numbers), year first ("2027-09") or the year
# alone after its cue ("good till twenty twenty eight").
_EXPIRY_VALUE = (
    rf"(?P<value>(?:0?[1-9]|1[0-2]|{_MONTH_WORD})(?:\s?[/\-.]\s?|\s+(?:slash|stroke|over|of|in)\s+)(?:(?:20)?\d{{2}}|{_YY})|(?:0[1-9]|1[0-2])(?:20)?\d{{2}}"
    rf"|(?:0[1-9]|1[0-2])\s(?:20)?\d{{2}}|[1-9]\s?20[2-4]\d|[1-9]\d{{2}}"
    rf"|(?:end\s+of\s+)?(?:{_MONTH})\.?(?:,?\s+(?:of\s+|in\s+)?{_YY}|\s?[/\-.']\s?'?(?:20)?\d{{2}}|(?:20)?\d{{2}})"
    rf"|(?:the\s+)?(?:{_NTH})\s+(?:month\s+)?(?:of\s+)?{_YY}"
    rf"|month\s+(?:is\s+)?(?:0?[1-9]|1[0-2]|{_MONTH_WORD}|{_MONTH}),?\s+(?:and\s+)?(?:the\s+)?year\s+(?:is\s+)?(?:20)?\d{{2}}"
    rf"|20[2-4]\d(?:\s?[/\-.]\s?(?:0[1-9]|1[0-2]))?"  # year first ("2027-09") or the year alone ("good till 2028")
    rf"|(?:2[4-9]|3\d)(?:0[1-9]|1[0-2])"  # spoken year first: "twenty eight oh six" (view "2806")
    rf"|the year(?:'s| is)\s+(?:20)?\d{{2}},?\s+(?:and\s+)?the month(?:'s| is)\s+(?:{_MONTH}|0?[1-9]|1[0-2]))"
    rf"(?![\w/])")
_EXPIRY_CUE = (r"\b(?:exp|expiry|expirys|expiration|expires|expiring|expire|(?:valid|good) (?:thru|through|until|till|til|to|"
               r"from|up to)|(?:card|it|one) (?:runs?|ran) out|runs? (?:till|til|until|to)|end date"
               r"|start date|issue date|ex date"
               r"|vence|vencimento|vencimiento|venc|vto|validade|caducidad|caduca|expira)")  # "valid from", "start date": a
# card's start date reads like its expiry; "vence 08/2030", "vencimiento: 11/29": Spanish and Portuguese
_FILLER = (r"(?:'s|\s+(?:date|is|on|of|it's|in|at|uh|um|the|was|number|code|back|card|as|written|down|says|reads|"
           r"printed|there|like|so|then|just|still|shows|showing|i've|got|end(?: of)?(?=\s+\d)|up to))*[\s:=,.\-]{0,3}")  # "exp.Apr 34" typed glued


@register("card_details.v1")
class CardDetailsRecognizer(SpokenAwareRecognizer):
    """CARD_EXPIRY and CARD_CVV after their cue words, or as the answer to the agent's question."""

    ENTITIES = (CARD_EXPIRY, CARD_CVV)
    ANSWER_CUES = frozenset({CARD_EXPIRY, CARD_CVV})

    # Cheap word gates before the patterns run: cue words, or common words only together with their pair.
    EXPIRY_WORDS = frozenset({"exp", "expiry", "expiration", "expires", "expiring", "expire", "expirys", "vence",
                              "vencimento", "vencimiento", "venc", "vto", "validade", "caducidad", "caduca", "expira"})
    RUNS_WORDS = frozenset({"runs", "run", "ran"})
    TILL_WORDS = frozenset({"till", "til", "until", "to"})
    VALID_WORDS = frozenset({"valid", "good"})
    VALID_UNTIL = CaseFolded(compile_fast(r"\b(?:valid|good) (?:thru|through|until|till|til|to|from|up to)\b", re.IGNORECASE))
    CVV_WORDS = frozenset({"cvv", "cvv2", "cvc", "cvc2", "cid"})
    CODE_WORDS = frozenset({"security", "sec", "digit", "back", "verification"})
    EXPIRY = CaseFolded(compile_fast(_EXPIRY_CUE + _FILLER + _EXPIRY_VALUE, re.IGNORECASE))
    # ... a month and a four-digit year the spoken view glued to the next number ("december 20273 digits").
    EXPIRY_GLUED = CaseFolded(compile_fast(_EXPIRY_CUE + _FILLER + rf"(?P<value>(?:{_MONTH})\s+20[2-4]\d)(?=\d)", re.IGNORECASE))
    # ... the month alone, no year in the text ("my card expires in April", "expiry's end of dec").
    EXPIRY_MONTH = CaseFolded(compile_fast(_EXPIRY_CUE + _FILLER + rf"(?P<value>(?:end\s+of\s+)?(?:{_MONTH}))\.?(?![\w/])",
                                re.IGNORECASE))
    # "the card i want to use ends december 30", "it's still in date one stroke thirty three"
    IN_DATE = CaseFolded(compile_fast(r"\b(?:(?:card|it)\b[\w\s']{0,30}?\b(?:ends|ending)|still in date)" + _FILLER + _EXPIRY_VALUE,
                         re.IGNORECASE))
    # ... or the value before its cue ("i've got ten of 2032 written down for the expiry").
    BEFORE_CUE = CaseFolded(compile_fast(r"(?<![\w/.\-])" + _EXPIRY_VALUE + r"\s+(?:written down\s+)?(?:for|as|is) (?:the|my) "
                            r"(?:expiry|expiration|end date)\b", re.IGNORECASE))
    CVV = compile_fast(
        r"\b(?:cvv2?|cvc2?|cid|sec(?:urity)?(?: (?:um|uh|er|erm|so))? code|card verification (?:value|code)|(?:three|3|four|4)[\s\-]digit "
        r"(?:security )?code|code on the back|(?:three|3|four|4)(?: digits?| numbers?)? on the back(?: of the card)?)"
        + _FILLER + r"(?:(?:are|r)\s+)?(?P<value>\d{3,4})(?![\w/])", re.IGNORECASE)
    CVV_LOWER = lower_twin(CVV)  # the same spans on lower-cased ASCII text
    ANSWER_EXPIRY = CaseFolded(compile_fast(r"(?<![\w/.\-])" + _EXPIRY_VALUE, re.IGNORECASE))
    # ... or the month and the year joined by "and (then)" ("nine and twenty seven", view "09 and then 27").
    ANSWER_MONTH_AND_YEAR = compile_fast(r"(?<![\w/.\-])(?P<value>(?:0?[1-9]|1[0-2]) and (?:then )?(?:20)?[2-4]\d)(?![\w/])")
    # A card's date said as "the date" in a turn that names the card ("... and the date is oh nine twenty seven").
    CARD_DATE = CaseFolded(compile_fast(r"\b(?:card(?:'s)? )?date(?:'s)?" + _FILLER + _EXPIRY_VALUE, re.IGNORECASE))
    CARD_WORDS = frozenset({"card", "visa", "mastercard", "amex", "debit", "credit"})
    ANSWER_PART = CaseFolded(compile_fast(
        rf"(?<![\w/.\-])(?P<value>(?:{_MONTH})|month\s+(?:0?[1-9]|1[0-2]|{_MONTH_WORD})|(?:the\s+)?(?:{_NTH})\s+month|20[2-4]\d"
        rf"|(?<=^)[2-4]\d(?=\W*$))(?![\w/])",  # "twenty seven" alone: the year asked for
        re.IGNORECASE))
    ANSWER_CVV = compile_fast(r"(?<![\w/.\-$])\d{3,4}(?![\w/%$]|[.,]\d)")

    def find(self, text: str) -> list[Hit]:
        words = words_of(text)
        expiry_words = not self.EXPIRY_WORDS.isdisjoint(words)
        if digit_count(text) < 2 and "month" not in words and words.isdisjoint(_WORDS_NOT_IN_VIEW):
            if expiry_words and not _MONTH_WORDS.isdisjoint(words) and not self.CARD_WORDS.isdisjoint(words):
                # "my card expires in April": the month alone (not "the offer expires in may")
                return [Hit(*m.span("value"), CARD_EXPIRY, SCORE_CUE, REASON_CONTEXT, "card_expiry")
                        for m in self.EXPIRY_MONTH.finditer(text)]
            return []  # "the ninth month of thirty", "twelve stroke thirty": no digit in the view
        hits = []
        if expiry_words or (
                not self.VALID_WORDS.isdisjoint(words) and self.VALID_UNTIL.search(text)) or (
                not self.RUNS_WORDS.isdisjoint(words) and ("out" in words or not self.TILL_WORDS.isdisjoint(words))) or (
                "date" in words and not words.isdisjoint(("end", "start", "issue", "ex"))):
            hits += [Hit(*m.span("value"), CARD_EXPIRY, SCORE_CUE, REASON_CONTEXT, "card_expiry")
                     for pattern in (self.EXPIRY, self.EXPIRY_GLUED, self.BEFORE_CUE)
                     for m in pattern.finditer(text) if _month_ok(m["value"])]
        if "date" in words and "still" in words or "card" in words and not words.isdisjoint(("ends", "ending")):
            hits += [Hit(*m.span("value"), CARD_EXPIRY, SCORE_CUE, REASON_CONTEXT, "card_expiry")
                     for m in self.IN_DATE.finditer(text) if _month_ok(m["value"])]
        if "date" in words and not self.CARD_WORDS.isdisjoint(words):
            hits += [Hit(*m.span("value"), CARD_EXPIRY, SCORE_CUE, REASON_CONTEXT, "card_date")
                     for m in self.CARD_DATE.finditer(text) if _month_ok(m["value"])]
        if "month" in words and "year" in words:  # "month is nine and year is twenty seven"
            hits += [Hit(*m.span("value"), CARD_EXPIRY, SCORE_CUE, REASON_CONTEXT, "card_expiry")
                     for m in self.ANSWER_EXPIRY.finditer(text) if m["value"].lower().startswith("month")]
        hits += [Hit(*m.span("value"), CARD_CVV, SCORE_CUE, REASON_CONTEXT, "card_cvv") for m in self._cvvs(text, words)]
        return hits

    def _cvvs(self, text: str, words: frozenset[str]) -> list[re.Match]:
        """CVVs after their cue words ("the code on the back is 189")."""
        low = text.lower()
        if (not self.CVV_WORDS.isdisjoint(words) or "cvv" in low or "cvc" in low  # "cvv724": the view glued it
                or ("code" in words or "back" in words) and not self.CODE_WORDS.isdisjoint(words)):
            return list(finditer(self.CVV, self.CVV_LOWER, text, ascii_lower(text)))
        return []

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        if expected == CARD_EXPIRY:
            cvv = [m.span("value") for m in self._cvvs(text, words_of(text))]
            hits = [Hit(*m.span("value"), CARD_EXPIRY, SCORE_ANSWER, REASON_CROSS_TURN, "answer")
                    for m in (*self.ANSWER_EXPIRY.finditer(text), *self.ANSWER_MONTH_AND_YEAR.finditer(text))
                    if _month_ok(m["value"]) and m.span("value") not in cvv]  # "... and the code on the back is 189"
            # The month or the year asked for on its own ("which month ...": "april", "month seven"; "and the
            # year": "2029"): half of the date, redacted as the date (fail closed).
            # ... also beside the other half said apart ("month is january, um, year 2025").
            return hits + [Hit(*m.span("value"), CARD_EXPIRY, SCORE_ANSWER, REASON_CROSS_TURN, "answer")
                           for m in self.ANSWER_PART.finditer(text)
                           if not any(h.start <= m.start("value") < h.end for h in hits)]
        return [Hit(*m.span(), CARD_CVV, SCORE_ANSWER, REASON_CROSS_TURN, "answer")
                for m in self.ANSWER_CVV.finditer(text)]


_WORDS_NOT_IN_VIEW = frozenset({"stroke", "slash", "thirty"})
_MONTH_WORDS = frozenset(MONTHS)


def _month_ok(value: str) -> bool:
    """A compact "927"/"0927" must start with a month (1-12), unless it is a year ("2028") or a year and a month
    ("2806"); separated and named forms are checked by the pattern."""
    if not value.isdigit():
        return True
    if len(value) in (5, 6):  # "062025", "92032": month and a four-digit year
        return value[-4:-2] == "20" and 1 <= int(value[:-4]) <= 12
    if len(value) == 4 and int(value[:2]) > 12:  # "2028": a year alone; "2806": the year, then the month
        return value[:2] == "20" and value[2] in "234" or 1 <= int(value[2:]) <= 12
    return 1 <= int(value[:len(value) - 2]) <= 12
