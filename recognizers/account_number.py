"""Account, order, member, policy, ticket, case, confirmation and ID numbers: context words decide.

An identifier is a token of at least four digits, or of letters and at least three digits ("AB-48213",
"X1234567"), that follows a cue phrase closely: "account number is ...", "order #...", "policy: ...",
"my member id ...", "ticket ...". Without the cue nothing is reported: a bare number is a price, a
quantity or a year far more often than an identifier.
"""
from __future__ import annotations

import re

from recognizers.spoken_aware import DISFLUENCY, Hit, SpokenAwareRecognizer, digit_count, lower_text, words_of
from recognizers.base import register
from recognizers.entities import ACCOUNT_NUMBER, REASON_CONTEXT, REASON_CROSS_TURN, REASON_PATTERN
from recognizers.names.lexicon import lexicon
from recognizers.spoken.letter_runs import SPELLED_PREFIX
from recognizers.lower_scan import CaseFolded
from recognizers.ascii_twin import ascii_fast
from recognizers.char_classes import LETTER, ClassGate, shapes
from recognizers.digit_groups import matches_before_digits
from recognizers.start_set import compile_fast
from recognizers.word_anchored import WordAnchored

SCORE_CONTEXT = 0.8
SCORE_ANSWER = 0.75
SCORE_BARE = 0.55
SCORE_LAST4 = 0.6
BARE_MIN_DIGITS = 8

_CUE_WORDS = (
    "accounts|account|acct|accnt|acnt|acc|acount|a/c|order|member|membership|policy|ticket|case|confirmation|reference|ref|tracking|"
    "booking|reservation|customer|invoice|claim|loyalty|rewards|subscriber|license|licence|passport|"
    "contract|serial|student|candidate|applicant|pupil|employee|patient|user|client|id|prescription|rx|medicare|medicaid|rma|vin|"
    "incident|cuenta|conta|cbu|cvu|clabe|kundnummer|kundennummer|kundenummer|klantnummer|asiakasnumero|cliente|"
    "abonado|abbonato|contrato|contratto|vertrag|vertragsnummer"  # Spanish / Portuguese: "número de cuenta", "agência e conta", Argentine CBU / CVU,
    # Mexican CLABE; a customer or contract number in German, Swedish, Danish, Dutch, Finnish, Spanish, Italian
)
# Words that name an identifier only with a noun: "group number 123456", but "our plan is 2999 a month".
_NOUN_ONLY_WORDS = (
    "group|plan|insurance|certificate|transaction|enrollment|registration|application|return|shipment|"
    "work order|service request|refill|store|device|unit|sort|agreement|finance agreement|frequent flyer|scheme|"
    "permit|pension|mortgage|tenancy|loan|meter"
)
_NOUN_WORDS = r"(?:number|no\.?|num|nr|#|id|code)"
_NOUN_GAP = r"(?:\s+" + DISFLUENCY + r")*\s*"
# An agent filing the case under its reference: "I've logged it under CS-2026-385116".
_FILED_UNDER = r"(?:logged|filed|raised|registered|recorded|opened|saved)(?:\s+(?:it|this|that|the case|the ticket|your case|your complaint|your request)){0,1}\s+under(?!\s+(?:19|20)\d\d\b)"
# The words a cue match starts with ("a/c" aside, a literal): a cue word, a noun-only phrase's first word (alone or
# glued to its noun: the gap may be empty, "plannumber"), a filing verb.
_CUE_STARTS = frozenset(alt.split()[0] for alt in (_CUE_WORDS + "|" + _NOUN_ONLY_WORDS).split("|") if alt != "a/c") | {
    word + noun for word in _NOUN_ONLY_WORDS.split("|") if " " not in word for noun in ("number", "no", "num", "nr", "id", "code")
} | frozenset(re.findall(r"[a-z]+", _FILED_UNDER.split(")")[0]))
_CUE = (rf"\b(?:(?:{_CUE_WORDS})\b(?:{_NOUN_GAP}{_NOUN_WORDS})?|(?:{_NOUN_ONLY_WORDS}){_NOUN_GAP}{_NOUN_WORDS}|{_FILED_UNDER})"
        r"(?![\w])")
# ("es", "é": the copula of Spanish and Portuguese chat, "mi cuenta es ...", "a conta é ...")
_FILLER = (r"(?:,?\s+(?:is|was|it's|its|na|es|é|would be|should be|ending in|ends in|ending with|ending|on file|there|reads|says|as|"
           r"on (?:the|my|your) (?:statement|letter|bill|invoice|receipt|form|contract)|"
           r"of|just|" + DISFLUENCY + r"))*")
# A short clause may sit between the cue and a copula or a label's colon: "my ticket number from last time
# is ...", "the member id on my card is ...", "Ref from last time: ...".
# Words naming a quantity veto the clause: "my order total was 1500" is money, not an identifier.
_CLAUSE = (r"(?:(?:\s+(?!(?:total|amount|price|cost|costs|balance|charge|charges|fee|fees|payment|bill|sum|"
           r"value|weight|size|quantity|count|date|year|years|age|limit|due|minimum|deductible|copay)\b)"
           r"[a-z']+){1,5}?(?:\s+(?:is|was|are|were|reads|says|should be|would be|it's)|\s*[:=]))?")
# Money, percentages and measures never are identifiers even after a cue ("order 1500 dollars"), nor parts
# of a card or phone number (payment_card, phone).
UNIT_AFTER = compile_fast(r"\s*(?:%|dollars?|bucks|cents|euros?|pounds|quid|percent|items?|units?|pieces?|"
                        r"minutes?|hours?|days?|weeks?|months?|years?|a month|a year|per|monthly|"
                        r"annually|pm|am|o'?clock)\b", re.IGNORECASE)
# ... nor an amount said with its verb or noun before it ("a charge of 3995", "they took 4950").
MONEY_BEFORE = compile_fast(r"\b(?:charge|charged|charges|paid|pay|paying|took|taken|cost|costs|costing|price|"
                          r"bill|billed|refund|refunded|owe|owed|fee|fees|spent|spend|of|about|around|over|"
                          r"under|than)\s+$", re.IGNORECASE)
# A value: digits with letters, groups joined by dashes or blanks ("AB-48213", "1234 5678"), a short
# letter suffix ("CUS-88213-B"), or a reference of slash-separated groups that starts with letters
# ("ABC/123/456"; a digits-first one is a date far more often).
# Groups joined by dots ("9170.0433", "3412.3368.67"), not a price; digit groups joined by slashes that
# no date has ("7654/3702", "92/35425/06988"; "16/02/2025" and "2024/05/12" are dates); letters and digits
# joined by a slash ("C/83472832", "NH/398462") or typed apart ("DSP 977400972", "TRV 5688100 81").
_DOTTED = r"\d{3,}(?:\.\d{3,})+(?:\.\d{2})?(?![.,]?\d)"
_SLASHED = r"(?:\d{3,}(?:/\d{3,})+|\d{1,2}/\d{5,}(?:/\d+)*)(?![/\d])"
# A Brazilian branch and account, slashed with blanks ("agência e conta 2298 / 97396-4").
_BRANCH_ACCOUNT = r"\d{3,5}(?:-\d)?\s/\s\d{4,12}(?:-[\dXx])?(?![\w/])"
# ... nor a copula or particle of code-switched speech ("meter number na 4503 076 7843", Pidgin "is").
_NOT_PREFIX = r"(?!(?:is|was|for|the|and|num|no|nr|my|our|its|at|of|to|on|in|ref|id|acc|acct|now|just|then|ok|na|po|ay|es)\b)"
_LETTERS_APART = _NOT_PREFIX + r"[A-Za-z]{2,4}[ \-]\d{6,}(?: \d{2}(?![\w\-]))?"
_VALUE = (rf"(?P<value>{_DOTTED}|{_SLASHED}|{_BRANCH_ACCOUNT}|{_LETTERS_APART}"
          r"|[A-Za-z]{0,4}-?\d[A-Za-z0-9]*(?:[\- ][A-Za-z0-9]*\d[A-Za-z0-9]*)*(?:-[A-Za-z]{1,3}(?![\w\-]))?"
          r"|[A-Za-z]{1,4}/\d[A-Za-z0-9]*(?:/[A-Za-z0-9]+)+|[A-Za-z]{1,4}/\d{5,})")
# An Indian bank branch code (IFSC): four letters, a zero, six letters or digits, often typed in groups
# ("ABCD 0123 456"); in capitals only where no cue names it.
_IFSC = r"[A-Za-z]{4}[ \-]?0(?:[ \-]?[A-Za-z0-9]){6}(?![\w\-])"
_IFSC_CAPITALS = r"[A-Z]{4}[ \-]?0(?:[ \-]?[A-Z0-9]){6}(?![\w\-])"
# "ending 7669", "ends in 0738": the last four digits of an identifier (phone.py names the phone's own).
LAST4_TAIL = r"\b(?:ending|ends)(?:\s+(?:in|with))?[\s:=,]{0,3}(?P<value>\d{4})"
# Cues of a booking code typed in capitals with no digit ("noted on booking LNZUQJ").
_LETTER_CODE_CUES = ("reservation", "confirmation", "reference", "locator", "booking", "ref", "pnr")
# More identifiers listed after the first ("two accounts, 12345678 and 87654321").
# ... or after a correction ("12345678, sorry, wrong one, 87654321"); hesitations may sit in between.
_LINK = r"(?:and|or|&|and then|then|sorry|i mean|no|no wait|scratch that|wrong(?: one)?|" + DISFLUENCY + ")"
_MORE = compile_fast(r"\s*(?:,\s*(?:" + _LINK + r"\b[\s,]*)*|(?:\s+" + _LINK + r"\b,?)+)\s*"
                   rf"(?P<value>{_DOTTED}|{_SLASHED}|[A-Za-z]{{0,4}}-?\d[A-Za-z0-9\-]*(?: \d[A-Za-z0-9\-]*)*)"
                   r"(?![\w\-]|[.,]\d)")


def looks_like_id(value: str) -> bool:
    """At least four digits, letters with at least three digits, or a booking-code shape: one 5-8
    character token of at least two letters and a digit ("UXK4V8", "F6TM7R"; airline and rental
    references mix them freely)."""
    digits = sum(map(str.isdigit, value))
    letters = sum(map(str.isalpha, value))
    code = 5 <= len(value) <= 8 and value.isalnum() and letters >= 2 and digits >= 1
    return digits >= 4 or (digits >= 3 and letters >= 1) or code


# A reference's letters joined to its digits by a slash or a dash ("DLN/6897557", "tkf-5925322").
_LETTER_PREFIX = compile_fast(r"(?<![\w/\-])[A-Za-z]{1,4}[/\-]$")


def _with_letter_prefixes(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` grown over the letters and separator joined to their first digit (a surrogate for the digits
    alone kept "DLN/" of "DLN/6897557")."""
    out = []
    for hit in hits:
        prefix = _LETTER_PREFIX.search(text, max(0, hit.start - 5), hit.start) \
            if hit.start and text[hit.start].isdigit() else None
        out.append(hit._replace(start=prefix.start()) if prefix else hit)
    return out


@register("account_number.v1")
class AccountNumberRecognizer(SpokenAwareRecognizer):
    """ACCOUNT_NUMBER after an identifier cue phrase."""

    ENTITIES = (ACCOUNT_NUMBER,)
    ANSWER_CUES = frozenset({ACCOUNT_NUMBER})

    CUE_WORDS = frozenset(re.findall(r"[a-z]+", _CUE_WORDS + "|" + _NOUN_ONLY_WORDS)) - {"a", "c"} | frozenset(
        "logged filed raised registered recorded opened saved".split())
    AFTER_CUE_LOWER = compile_fast(_CUE + _CLAUSE + _FILLER + "(?P<spelled>" + SPELLED_PREFIX + r")[\s:#.,(=\-→>]{0,3}" + _VALUE
                                 + r"(?![\w\-]|[.,]\d)")
    AFTER_CUE = compile_fast(AFTER_CUE_LOWER.pattern, re.IGNORECASE)
    AFTER_CUE_ANCHORED = WordAnchored(AFTER_CUE_LOWER, _CUE_STARTS, ("a/c",))  # (tried at its cue words only)
    UNIT_AFTER = UNIT_AFTER
    # ... or a booking code of up to seven letters before its first digit ("VWLHG2").
    # (letters typed apart only in capitals here: "yep 98599..." is no reference)
    ANSWER = compile_fast(rf"(?<![\w\-.$])(?P<value>{_IFSC_CAPITALS}|{_DOTTED}|{_SLASHED}|[A-Z]{{2,4}} \d{{6,}}(?: \d{{2}}(?![\w\-]))?|"
                        r"[A-Za-z]{0,4}-?\d[A-Za-z0-9\-]*(?: \d[\d\-]*)*|[A-Za-z]{5,7}\d[A-Za-z0-9]{0,2}"
                        r"|[A-Za-z]{1,4}/\d[A-Za-z0-9]*(?:/[A-Za-z0-9]+)+"
                        r"|[A-Za-z]{2}(?: \d{2}){3} [A-Za-z])"  # a NINO read in its groups: "jh 12 34 56 c"
                        r"(?![\w\-%$]|[.,]\d)")
    ANSWER_OFFSETS = tuple(range(8))  # every match begins 0-7 characters before a run of digits (its first digit)

    # A booking code typed in capitals with no digit right after its cue ("noted on booking LNZUQJ"); an
    # English word in capitals ("booking CONFIRMED") is none.
    LETTER_CODE = compile_fast(r"(?i:\b(?:" + "|".join(_LETTER_CODE_CUES) + r")"
                             r"(?:\s+(?:code|number|no\.?|ref(?:erence)?))?(?:\s+(?:is|was))?)[\s:=#.,]{0,3}"
                             r"(?P<value>[A-Z]{5,8})(?![\w\-])")
    LETTER_CODE_WORDS = frozenset(_LETTER_CODE_CUES)
    # Letters glued to five digits or more, anywhere ("GWF922884246", "MANEJ98457", "DN427434"): a reference,
    # not a word, a model (fewer digits) or an e-mail / web address.
    # ... or after a dash ("MK-2246139"), between digits ("55DON62929") or digits and letters ("CL23GC14158"), or letters, four digits or more and a
    # short group joined by slashes or dashes ("ALM/3595/M", "XBF-5091-M6"), or a dash in the digits ("RC8268-4928").
    MIXED = compile_fast(r"(?<![\w\-/.@])(?:[A-Za-z]{2,5}-?\d{5,}[A-Za-z]{0,2}|\d{1,4}[A-Za-z]{2,5}\d{4,}|"
                       r"[A-Za-z]{1,4}\d{1,4}[A-Za-z]{1,4}\d{4,}[A-Za-z]{0,2}|"  # "CL23GC14158": letters, digits, letters, digits
                       r"[A-Za-z]{2,6}\d{5,}[A-Za-z]{1,4}\d[A-Za-z0-9]{0,4}|"  # "ABCDE123456XY1ZZ": ... and a digit again
                       r"[A-Za-z]{1,4}([/\-])\d{4,}\1[A-Za-z0-9]{1,3}|[A-Za-z]{1,4}\d{4,6}-\d{3,6})(?![\w\-/@]|\.[A-Za-z])")
    # In every match of MIXED four digits follow a letter, a dash or a slash: a text without that has none.
    MIXED_GATE = ClassGate(ascii_fast(r"[A-Za-z/\-]\d{4}"), shapes((*LETTER, "/", "-"), "0000"))
    MIXED_OFFSETS = (0, 1, 2, 3, 4, 5, 6)  # ... and every match begins 0-6 characters before a run of digits
    # Seven digits or more with one letter glued after them, anywhere ("545390106V", a Sri Lankan NIC of the old form; a
    # DNI typed without its dash): a reference or an ID, no word and no amount.
    DIGITS_LETTER = compile_fast(r"(?<![\w\-/.@])\d{7,12}[A-Za-z](?![\w\-/@]|\.[A-Za-z])")
    # Letters and digits in turns, eight to twelve characters in capitals ("P46JW35TH", "A1B2C3D4"): a reference.
    INTERLEAVED = compile_fast(r"(?<![\w\-/.@])(?=[A-Z0-9]{8,12}(?![\w\-/@]|\.[A-Za-z]))(?:(?:[A-Z]{1,3}\d{1,4}){2,}[A-Z]{1,3}\d{0,4}"
                               r"|(?:[A-Z]{1,3}\d{1,4}){3,})(?![\w\-/@])")  # three letter groups (not "WH1000XM4")
    INTERLEAVED_GATE = compile_fast(r"\d[A-Z]{1,3}\d")
    # A turn that is nothing but a long number ("yeah, 60277463."): an identifier whatever was asked.
    BARE_TURN = CaseFolded(compile_fast(r"^\W*(?:(?:yes|yeah|yep|sure|ok|okay|it's|its|it is|that's|thats|so)\W+){0,2}"
                           r"(?P<value>\d[\d \-./]*\d)\W*$", re.IGNORECASE))
    # "the support bot says to quote U-148440436": the reference a caller is told to quote.
    QUOTE = compile_fast(r"\bquote\s+(?:(?:the|this|your|my|our)\s+)?(?:(?:ref(?:erence)?|case|number)\s+)?"
                       r"(?P<value>[A-Za-z]{0,3}-?\d[A-Za-z0-9\-]*)(?![\w\-])", re.IGNORECASE)
    # "keep the one ending 7669": the last four digits of some identifier.
    LAST4 = CaseFolded(compile_fast(LAST4_TAIL + r"(?![\w\-]|[.,]\d)", re.IGNORECASE))
    # "the last four of the card are 7890", "last 4 digits: 7890"
    LAST4_NAMED = CaseFolded(compile_fast(r"\blast (?:four|4)(?: digits| numbers)?(?: of (?:the|my|your|that) \w+)?"
                             r"(?: (?:are|is|were|was|being))?[\s:,]{1,3}(?P<value>\d{4})(?![\w\-]|[.,]\d)", re.IGNORECASE))
    FIRST4 = CaseFolded(compile_fast(r"\b(?:begins|starts|beginning|starting)(?:\s+(?:with|in))?[\s:,]{0,3}(?P<value>\d{4})"
                        r"(?=[\s,]+(?:and\s+)?(?:(?:\w+\s+)?(?:ends|ending)|the rest|then the rest)\b)", re.IGNORECASE))
    ID_BEFORE = CaseFolded(compile_fast(r"\b(?:account|acct|card|number|phone|mobile|one|policy|reference|iban)\b", re.IGNORECASE))

    # "sort 45 84 14", "sort code 4 9 then six four then 0 5" (view: "4 9 then 64 then 0 5")
    SORT = CaseFolded(compile_fast(r"\bsort[\s:]+(?:code[\s:]+)?(?:is\s+)?(?P<value>\d ?\d(?:[ \-]?|\s+(?:then|and)\s+)\d ?\d"
                      r"(?:[ \-]?|\s+(?:then|and)\s+)\d ?\d)(?![\w\-]|[.,]\d)", re.IGNORECASE))
    # "pay the refund into 9477 4933": the account money goes into
    INTO = CaseFolded(compile_fast(r"\b(?:refund|pay|paid|send|transfer|put)\b[\w\s]{0,20}?\binto\s+(?:account\s+)?"
                      r"(?P<value>\d{4}[ \-]?\d{4}|\d{6,10})(?![\w\-]|[.,]\d)", re.IGNORECASE))

    PLAN = CaseFolded(compile_fast(r"\bplan(?:\s+(?:is|was|number|no|ref|reference|um|uh))*\s+(?:[a-z]{1,5}\s+){0,2}?"
                      r"(?P<value>[a-z]{0,4}\d[\d \-]*\d(?: ?\d)?)(?![\w\-]|[.,]\d)", re.IGNORECASE))

    IFSC = re.compile(r"\bifsc(?:\s+(?:code|no\.?|number))?(?:\s+(?:is|was|it's|its))?[\s:=#,]{0,3}(?P<value>" + _IFSC + ")",
                      re.IGNORECASE)

    def find(self, text: str) -> list[Hit]:
        return _with_letter_prefixes(text, self._find(text))

    def _find(self, text: str) -> list[Hit]:
        words = words_of(text)
        hits = [] if text.isupper() or self.LETTER_CODE_WORDS.isdisjoint(words) else [
            Hit(*m.span("value"), ACCOUNT_NUMBER, SCORE_CONTEXT, REASON_CONTEXT, "letter_code")
            for m in self.LETTER_CODE.finditer(text) if not lexicon().is_english(m["value"].lower())]
        if not digit_count(text):
            return hits
        hits += [Hit(*m.span(), ACCOUNT_NUMBER, SCORE_BARE, REASON_PATTERN, "mixed_code")
                 for m in (matches_before_digits(self.MIXED, text, self.MIXED_OFFSETS) if self.MIXED_GATE.search(text) else ())]
        hits += [Hit(*m.span(), ACCOUNT_NUMBER, SCORE_BARE, REASON_PATTERN, "digits_letter") for m in self.DIGITS_LETTER.finditer(text)]
        hits += [Hit(*m.span(), ACCOUNT_NUMBER, SCORE_BARE, REASON_PATTERN, "interleaved") for m in (
            self.INTERLEAVED.finditer(text) if self.INTERLEAVED_GATE.search(text) else ()) if digit_count(m.group()) >= 4]
        hits += [Hit(*m.span("value"), ACCOUNT_NUMBER, SCORE_BARE, REASON_PATTERN, "bare_number")
                 for m in self.BARE_TURN.finditer(text) if digit_count(m["value"]) >= BARE_MIN_DIGITS]
        if "last" in words:
            hits += [Hit(*m.span("value"), ACCOUNT_NUMBER, SCORE_LAST4, REASON_CONTEXT, "last4")
                     for m in self.LAST4_NAMED.finditer(text)]
        if "ending" in words or "ends" in words:
            hits += [Hit(*m.span("value"), ACCOUNT_NUMBER, SCORE_LAST4, REASON_CONTEXT, "last4")
                     for m in self.LAST4.finditer(text) if not self._year_only(text, m)]
        if not words.isdisjoint(("ending", "ends", "rest")):
            # "it begins 2221 and ends in 8384", "it starts 4539 and the rest is ...": the first four
            hits += [Hit(*m.span("value"), ACCOUNT_NUMBER, SCORE_LAST4, REASON_CONTEXT, "first4")
                     for m in self.FIRST4.finditer(text)]
        if "plan" in words:  # "funeral plan 2899 00 was paid off": a long number right after a plan's name
            hits += [Hit(*m.span("value"), ACCOUNT_NUMBER, SCORE_CONTEXT, REASON_CONTEXT, "plan")
                     for m in self.PLAN.finditer(text) if digit_count(m["value"]) >= 6
                     and not self.UNIT_AFTER.match(text, m.end())]
        if "into" in words:
            hits += [Hit(*m.span("value"), ACCOUNT_NUMBER, SCORE_CONTEXT, REASON_CONTEXT, "into_account")
                     for m in self.INTO.finditer(text)]
        if "sort" in words:  # "acc no 12345678 sort 223209": a sort code after its one-word label
            hits += [Hit(*m.span("value"), ACCOUNT_NUMBER, SCORE_CONTEXT, REASON_CONTEXT, "sort")
                     for m in self.SORT.finditer(text)]
        if "ifsc" in words:
            hits += [Hit(*m.span("value"), ACCOUNT_NUMBER, SCORE_CONTEXT, REASON_CONTEXT, "ifsc")
                     for m in self.IFSC.finditer(text)]
        if "quote" in words:
            hits += [Hit(*m.span("value"), ACCOUNT_NUMBER, SCORE_CONTEXT, REASON_CONTEXT, "quote")
                     for m in self.QUOTE.finditer(text) if digit_count(m["value"]) >= 6]
        if self.CUE_WORDS.isdisjoint(words) and "a/c" not in text.lower():
            return hits
        low = lower_text(text)
        for match in (self.AFTER_CUE_ANCHORED.finditer(low, words) if low is not None else self.AFTER_CUE.finditer(text)):
            start, end = match.span("value")
            if match["spelled"]:  # letters spelled between the cue and the digits: "is see 4309..."
                start = match.start("spelled") + len(match["spelled"]) - len(match["spelled"].lstrip())
            if "end" in match.group().lower() and self._year_only(text, match):
                continue  # "the contract ending in 2025"
            while looks_like_id(text[start:end]) and not self.UNIT_AFTER.match(text, end):
                hits.append(Hit(start, end, ACCOUNT_NUMBER, SCORE_CONTEXT, REASON_CONTEXT, "id_cue"))
                more = _MORE.match(text, end)
                if more is None:
                    break
                start, end = more.span("value")
        return hits

    def _year_only(self, text: str, match: re.Match) -> bool:
        """ "the contract ending in 2025": a year, unless an identifier word comes shortly before."""
        value = int(match["value"]) if match["value"].isdigit() else 0
        start = match.start("value")
        return 1900 <= value <= 2099 and not self.ID_BEFORE.search(text, max(0, start - 30), start)

    # A reference typed in capitals with no digit ("HRZNJP"), accepted only as the answer to the question.
    ANSWER_LETTERS = compile_fast(r"(?<![\w\-])[A-Z]{5,8}(?![\w\-])")
    CAPITAL_WORDS = compile_fast(r"\b[A-Z]{2,}\b")

    SHORT_CODE_TURN = CaseFolded(compile_fast(r"^\W*(?:(?:it's|its|yes|yeah|um|uh)\W+)?(?P<value>(?!\d+(?:st|nd|rd|th)\b)(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{3,8})\W*$",
                                 re.IGNORECASE))
    STARTS_SOURCE = (r"\b(?:starts|begins|starting|beginning)(?: with)?[\s:,]+"
                     r"(?P<value>[A-Za-z]{1,4}\d{1,4}[A-Za-z]?|\d{2,}[A-Za-z]{0,3})(?![\w\-])")
    STARTS = CaseFolded(compile_fast(STARTS_SOURCE, re.IGNORECASE), twin_source=STARTS_SOURCE.replace("[A-Za-z]", "[a-z]"))

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        return _with_letter_prefixes(text, self._find_answer(text))

    def _find_answer(self, text: str) -> list[Hit]:
        hits = []
        if digit_count(text):  # (every value of ANSWER, STARTS and SHORT_CODE_TURN holds a digit)
            hits += [Hit(*m.span("value"), ACCOUNT_NUMBER, SCORE_ANSWER, REASON_CROSS_TURN, "answer")
                     for m in matches_before_digits(self.ANSWER, text, self.ANSWER_OFFSETS)
                     if looks_like_id(m["value"]) and not self.UNIT_AFTER.match(text, m.end())]
            # "hang on, it starts DN54": the first piece of the identifier asked for, however short; "srd1": a
            # short code that is the whole answer
            hits += [Hit(*m.span("value"), ACCOUNT_NUMBER, SCORE_ANSWER, REASON_CROSS_TURN, "answer_start")
                     for m in (*self.STARTS.finditer(text), *self.SHORT_CODE_TURN.finditer(text))]
        capitals = self.CAPITAL_WORDS.findall(text)
        if len(capitals) == 1:  # more words in capitals is shouting ("SURE THING"), not a reference
            hits += [Hit(*m.span(), ACCOUNT_NUMBER, SCORE_ANSWER, REASON_CROSS_TURN, "answer_letters")
                     for m in self.ANSWER_LETTERS.finditer(text)]
        return hits
