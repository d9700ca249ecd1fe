"""Phone numbers, written ("(415) 555-0132", "+44 20 7946 0958") and spoken ("four one five ...").

Candidates are digit sequences of 7-15 digits with at most two separator characters between digits (so
two numbers in one sentence are not bridged). ``phonenumbers`` decides validity (US default region, any
region with a leading "+"/"00"); a number that is not valid is accepted only with phone context words
("call me at", "mobile:", "reach"). A formatted number without "+" is also tried as an international number
when its first group is a country calling code ("91-415-555-0132"), and a formatted national number with a
trunk "0" in the regions callers most often give (``REGION_GUESSES``: "090-1234-5678", "020 7946 0958"), and
a Singapore number (eight digits, no trunk prefix) typed in two groups of four ("9620 9847") or alone on its
line (an e-mail signature: "96198847"), and a German, Austrian, Swiss or Belgian number with its prefix slashed off
("0170/15406530").
Context naming another identifier (account, order, card, social ...)
without phone words vetoes the candidate: those belong to the identifier recognizers.
"""
from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from recognizers.account_number import LAST4_TAIL, MONEY_BEFORE, UNIT_AFTER
from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, digit_count, digits_of, near
from recognizers.base import register
from recognizers.required_literals import holds_one, required_literals
from recognizers.entities import PHONE_NUMBER, REASON_CONTEXT, REASON_CROSS_TURN, REASON_PATTERN
from recognizers.lower_scan import CaseFolded
from recognizers.digit_groups import matches_before_digits
from recognizers.start_set import compile_fast

# How far before a number "call us on" / "if you need us again, the number is" is looked for (a caption file's
# blanked cue timing may stand between).
COMPANY_LINE_REACH = 72
SCORE_VALID_CONTEXT = 0.9
SCORE_VALID_FORMATTED = 0.75
SCORE_VALID_BARE = 0.6
SCORE_CONTEXT_ONLY = 0.65
SCORE_ANSWER = 0.75
# How far after the digits a strong phone word still counts: "is 0773 ... uh still the um best number".
STRONG_AFTER = 32


@register("phone.v1")
class TranscriptPhoneRecognizer(SpokenAwareRecognizer):
    """PHONE_NUMBER in written text and in the spoken view."""

    ENTITIES = (PHONE_NUMBER,)
    ANSWER_CUES = frozenset({PHONE_NUMBER})
    # "it's 087 492, erm, 2171": a hesitation between the groups of a number.
    READS_THROUGH_FILLERS = frozenset({"um", "uh", "erm", "er", "umm", "uhm", "hmm"})

    CANDIDATE = compile_fast(
        r"(?<![\w@+.\-/(])(?:\(?\+|00)?\(?\d(?:[ .\-()]{0,2}\d){6,16}(?:\s?(?:x|ext\.?|extension)\s?\d{1,5})?(?![\w@/])",
        re.IGNORECASE)
    CANDIDATE_OFFSETS = (0, 1, 2, 3)  # every match begins 0-3 characters ("00", "+", "(+(") before a run of digits
    EXTENSION = compile_fast(r"\s?(?:x|ext\.?|extension)\s?\d{1,5}$", re.IGNORECASE)
    # Shapes that look like digits-with-separators but are dates, IPs or decimals.
    NOT_PHONE = compile_fast(
        r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[.\-]\d{1,2}[.\-]\d{2}(?:\d{2})?|\d{1,3}(?:\.\d{1,3}){3}|\d+\.\d{1,2}"
    )
    STRONG_CONTEXT = CaseFolded(compile_fast(
        r"\b(?:phone|cell|cellphone|mobile|tel|telephone|fax|desk|call|calling|called|reach|reachable|text|texts|hp|handphone|"
        r"dial|whatsapp|landline|callback|ring|messages?|answering|contact)\b"
        r"|\bnumbers? (?:on|for|listed on|attached to|tied to|linked to) (?:my|the|your|our) (?:account|file|profile)"
        r"|\b(?:new|old|other|best|good|alternate) (?:(?:uh|um|er|like|so) )?(?:number|one)\b"
        r"|\b(?:read|repeat)(?:ing)? (?:that|it|this) back\b"
        r"|\bas (?:your|my|his|her|their|the) (?:(?:main|home|contact|best|daytime) )?number\b", re.IGNORECASE))  # "we've got ... as your number"
    # A label that makes a number someone's own, whatever its range ("Mobile: 0341 ...", "my number is ...").
    OWN_LABEL = CaseFolded(compile_fast(r"(?:\b(?:mobile|cell|cellphone|home|landline|desk|fax|phone|tel|telephone|hp|handphone)\b[\w .]{0,10}"
                           r"[:=#\-]\s*|\bmy (?:\w+ ){0,2}(?:number|phone|mobile|cell)(?: is)?\s*)$", re.IGNORECASE))
    # The caller's own line, said around the number ("my mobile's changed, it's ...", "we'd text you on ..."):
    # no business line however the digits parse (French 08 shared-cost numbers read like Irish mobiles).
    PERSONAL = CaseFolded(compile_fast(r"\b(?:my|your)\b[\w' ]{0,12}\b(?:mobile|cell|number|phone)\b|\b(?:text|ring|call|reach)"
                          r"(?:\s+\w+)?\s+you\b|\b(?:we|i)(?:'ll| will)\s+(?:ring|call|text)\b", re.IGNORECASE))
    # A number alone on its line (an e-mail signature, "> 96198847" in a quoted copy): the sender's own.
    OWN_LINE = compile_fast(r"[>\s]*\+?[\d \-]+\s*")
    # The writer's organisation's line ("please contact us at 6123 4567"): names nobody.
    COMPANY_LINE = CaseFolded(compile_fast(r"\b(?:(?:call|contact|reach|ring|text|whatsapp|message)\s+us\s+(?:at|on)|"
                                           r"(?:need|want|reach)\s+us\s+again,?\s+(?:the|our)\s+number\s+is|"
                                           r"our\s+(?:phone\s+)?(?:number|helpline|hotline|line)\s+is)\s*:?\s*$", re.IGNORECASE))
    WEAK_CONTEXT = CaseFolded(compile_fast(r"\b(?:number|no|home|work|office)\b", re.IGNORECASE))
    # Another identifier named right before the digits ("account number 4155550132", "order: ...").
    # "The number on my account is ..." names the account as the owner, not the kind of number.
    OTHER_ID_CONTEXT = CaseFolded(compile_fast(
        r"\b(?:(?:account|acct|order|card|credit|debit|member|membership|policy|ticket|tracking|confirmation|"
        r"reference|ref|invoice|license|licence|passport|case|claim|prescription|rx|group|subscriber|patient|"
        r"customer|loyalty|rewards|serial|transaction)(?:\s*(?:number|no|num|#|id|code)s?)?(?:\s+(?:is|was|it's|"
        r"ending in|would be))?[\s:=#.,]*$|(?:social|ssn|security|zip|postal|routing|iban|pin|code|otp|tax|"
        r"id)\b)", re.IGNORECASE))
    # North American shape: area code and exchange start with 2-9 ("(572) 353-9743"); a valid-looking
    # shape is a phone number even when the area code is not (yet) assigned.
    NANP = compile_fast(r"(?:\+?1[ .\-]?)?(?:\([2-9]\d{2}\)|[2-9]\d{2})[ .\-]?[2-9]\d{2}[ .\-]?\d{4}")
    # A formatted North American number glued to the word before it by a missing space ("is415-555-0132").
    GLUED = compile_fast(r"(?<=[^\W\d_])(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[.\-])[2-9]\d{2}[.\-]\d{4}(?![\w@/]|[.\-]\d)")
    GLUED_NEEDS = required_literals(GLUED)  # (a dot or a dash)

    def load(self) -> None:
        # phonenumbers reads a region's metadata on first use, under the import lock (~8 ms each);
        # all of it at start-up costs ~0.1 s and ~1.5 MB, and no turn pays for it.
        phonenumbers.PhoneMetadata.load_all()

    # "the mobile ending 7896", "your number ending in 0738": the last four digits of a phone number.
    LAST4 = CaseFolded(compile_fast(r"\b(?:mobile|phone|cell|landline|number)\b[\w\s']{0,16}?" + LAST4_TAIL + r"(?![\w])",
                       re.IGNORECASE))

    def find(self, text: str) -> list[Hit]:
        hits = []
        if "end" in text.lower():
            hits += [Hit(*m.span("value"), PHONE_NUMBER, SCORE_CONTEXT_ONLY, REASON_CONTEXT, "phone_last4")
                     for m in self.LAST4.finditer(text)]
        for match in self._candidates(text):
            start, end = match.span()
            strong = near(self.STRONG_CONTEXT, text, start, end, after=STRONG_AFTER)
            if not strong and near(self.OTHER_ID_CONTEXT, text, start, end, before=32, after=0):
                continue
            context = strong or near(self.WEAK_CONTEXT, text, start, end, before=40, after=0)
            value = self.EXTENSION.sub("", match.group())
            # The shape first: it is cheap, and half the candidates need no phonenumbers parse after it.
            if (business_line(value) or self.COMPANY_LINE.search(text, max(0, start - COMPANY_LINE_REACH), start)) \
                    and not self.OWN_LABEL.search(text, max(0, start - 32), start) \
                    and not self.PERSONAL.search(text, max(0, start - 48), start):
                continue  # a company's freephone or non-geographic number ("ring 0800 ...") names nobody
            valid = bool(self.NANP.fullmatch(value)) or _is_valid(value) \
                or (self.OWN_LINE.fullmatch(text, *_line_of(text, start, end)) is not None and _sg_number(value))
            if valid and context:
                hits.append(Hit(start, end, PHONE_NUMBER, SCORE_VALID_CONTEXT, REASON_CONTEXT, "valid_number"))
            elif valid:
                formatted = not match.group().isdigit()
                score = SCORE_VALID_FORMATTED if formatted else SCORE_VALID_BARE
                hits.append(Hit(start, end, PHONE_NUMBER, score, REASON_PATTERN, "valid_number"))
            elif context:
                hits.append(Hit(start, end, PHONE_NUMBER, SCORE_CONTEXT_ONLY, REASON_CONTEXT, "phone_context"))
        if digit_count(text) >= 10 and holds_one(text, self.GLUED_NEEDS):
            hits += [Hit(*m.span(), PHONE_NUMBER, SCORE_VALID_BARE, REASON_PATTERN, "glued_number")
                     for m in self.GLUED.finditer(text)]
        if "/" in text:
            hits += [Hit(*m.span(), PHONE_NUMBER, SCORE_VALID_FORMATTED, REASON_PATTERN, "slashed_national")
                     for m in self.SLASHED.finditer(text) if _slashed_national(m.group())]
        return hits

    # "0170/15406530", "0485/484367": a national number with its trunk "0", the area or mobile prefix cut off by a
    # slash, as German, Austrian, Swiss and Belgian callers write it (a date has no leading 0 group of 3-5 digits).
    SLASHED = compile_fast(r"(?<![\w@+.\-/(])0\d{2,4}/ ?\d{5,9}(?![\w@/]|[.,]\d)")

    # Part of a number read in two goes ("07700" / "mhm" / "900 123") or a false start ("0208, sorry, I
    # mean ..."): four to six digits in at most two groups, in a short answer to the question.
    PART = compile_fast(r"(?<![\w@.\-/$£€])\+?\d{2,6}(?:[ \-]\d{1,6})?(?![\w@/%]|[.,]\d)")
    PART_DIGITS = range(4, 7)
    PART_MAX_WORDS = 10
    # A turn that is one three-digit group and nothing else ("699", "oh eight nine"): the next group of a
    # number given group by group.
    GROUP_TURN = compile_fast(r"\s*(?P<value>\+?\d{3})\s*[?.!]?\s*")

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        hits = [Hit(m.start(), m.end(), PHONE_NUMBER, SCORE_ANSWER, REASON_CROSS_TURN, "answer")
                for m in self._candidates(text)]
        if len(text.split()) <= self.PART_MAX_WORDS:
            taken = [(h.start, h.end) for h in hits]
            hits += [Hit(m.start(), m.end(), PHONE_NUMBER, SCORE_ANSWER, REASON_CROSS_TURN, "answer_part")
                     for m in self.PART.finditer(text) if len(digits_of(m.group())) in self.PART_DIGITS
                     and not UNIT_AFTER.match(text, m.end())
                     and not MONEY_BEFORE.search(text, max(0, m.start() - 12), m.start())
                     and not any(s < m.end() and m.start() < e for s, e in taken)]
            group = self.GROUP_TURN.fullmatch(text)
            if group and not hits:
                hits.append(Hit(*group.span("value"), PHONE_NUMBER, SCORE_ANSWER, REASON_CROSS_TURN, "answer_group"))
        return hits

    def _candidates(self, text: str):
        if digit_count(text) < 7:
            return
        for match in matches_before_digits(self.CANDIDATE, text, self.CANDIDATE_OFFSETS):
            value = self.EXTENSION.sub("", match.group())
            if not 7 <= len(digits_of(value)) <= 15 or self.NOT_PHONE.fullmatch(value):
                continue
            yield match


# Regions whose national numbers (trunk prefix "0") are tried for a formatted number that is not valid in
# the US: the UK, Ireland, India, France, the Netherlands, Israel, Japan, Australia, Brazil, the Philippines,
# Nigeria, South Africa, East Africa, East and South-East Asia, Turkey, Iran, Egypt, Sri Lanka, Nepal, Zimbabwe. Not
# Germany, Italy or Indonesia: their variable-length plans make most (43-72 %) 0-led digit runs valid.
REGION_GUESSES = ("GB", "IE", "IN", "FR", "NL", "IL", "JP", "AU", "BR", "PH", "NG", "ZA", "KE", "UG", "GH", "TZ",
                  "VN", "KR", "TW", "CN", "TH", "MY", "TR", "IR", "EG", "LK", "NP", "ZW")
# National numbers of those regions with their trunk "0" have 10 to 12 digits; shorter ones are too often
# something else (a ZIP+4, an oddly grouped SSN). The same holds for such a number in one unbroken run.
GUESSED_DIGITS = range(10, 13)
_GROUPS = compile_fast(r"\d+")



def _parse_valid(candidate: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


# Digits that may open a freephone, shared-cost or non-geographic number (parsed only then).
_MAY_BE_BUSINESS = compile_fast(r"0[38]|1?8(\d)\1|(?:00)?\d{1,3}[38]")
_T = phonenumbers.PhoneNumberType
_PERSONAL_LINES = frozenset({_T.MOBILE, _T.FIXED_LINE, _T.FIXED_LINE_OR_MOBILE, _T.PERSONAL_NUMBER})
# Lines only organisations hold: freephone, shared-cost and UK non-geographic (03) numbers. Not premium
# rate: a Japanese mobile ("090-1234-5678") reads first as a UK premium-rate number.
_BUSINESS_LINES = frozenset({_T.TOLL_FREE, _T.SHARED_COST, _T.UAN})
_SHARED_LINES = _BUSINESS_LINES - {_T.TOLL_FREE}  # ... of which a mobile elsewhere may read the same (not "0800")


@lru_cache(maxsize=4096)
def business_line(value: str) -> bool:
    """True when ``value`` reads first (US, then the caller regions) as a number only a business holds
    (cached, as ``_is_valid``: the text and its spoken view, and repeated turns, parse the same values)."""
    if value.startswith("(+"):
        value = value[1:].replace(")", "", 1)
    if not _MAY_BE_BUSINESS.match(digits_of(value)):
        return False  # cheap: those lines start 08 / 03 (trunk 0), 8xx (North America) or 8 / 3 after a code
    if value.startswith("+") or value.startswith("00"):
        number = _parse_valid("+" + value[2:] if value.startswith("00") else value, None)
    else:  # the caller regions only for a national number with its trunk "0" ("0800 ...", "0345 ..."); Singapore
        # and Malaysia have no trunk "0" before their freephone / shared-cost lines ("1800 ...", "1-300-...")
        regions = ("US", *REGION_GUESSES) if value.lstrip("(").startswith("0") else ("US", "SG", "MY")
        number = next(filter(None, (_parse_valid(value, r) for r in regions)), None)
        if number is not None and phonenumbers.number_type(number) in _SHARED_LINES and any(
                (other := _parse_valid(value, r)) is not None and phonenumbers.number_type(other) == _T.MOBILE
                for r in regions):
            return False  # "082 112 0314": a French shared-cost line, and a South African mobile (fail closed)
    return number is not None and phonenumbers.number_type(number) in _BUSINESS_LINES


@lru_cache(maxsize=4096)
def _is_valid(value: str) -> bool:
    if value.startswith("(+"):  # "(+44) 7700 900123"
        value = value[1:].replace(")", "", 1)
    international = value.startswith("+") or value.startswith("00")
    candidate = "+" + value[2:] if value.startswith("00") else value
    if _parse_valid(candidate, None if international else "US"):
        return True
    groups = _GROUPS.findall(value)
    if international:
        return False
    if len(groups) < 2:  # a national number with its trunk "0" said or typed in one run ("07700900123")
        if not (value.startswith("0") and not value.startswith("00") and len(value) in GUESSED_DIGITS):
            return False
        # ... a person's line, not a company's freephone, shared-cost or non-geographic one ("0800 ..."),
        # read in the first region (most likely first) where the number is a line of either kind (an Irish
        # VoIP reading of "076 ..." gives way to a Ugandan mobile).
        for number in filter(None, (_parse_valid(value, region) for region in REGION_GUESSES)):
            kind = phonenumbers.number_type(number)
            if kind in _PERSONAL_LINES or kind in _BUSINESS_LINES:
                return kind in _PERSONAL_LINES
        return False
    # "9620 9847", "8546-2296": a Singapore number (eight digits, no trunk prefix) in two groups of four.
    if len(groups) == 2 and len(groups[0]) == len(groups[1]) == 4 and _sg_number(value):
        return True
    # "85 98484-5714": a Brazilian mobile, its two-digit area code (DDD) written without the trunk "0".
    if len(groups[0]) == 2 and groups[1].startswith("9") and len("".join(groups)) == 11:
        number = _parse_valid(value, "BR")
        if number is not None and phonenumbers.number_type(number) == _T.MOBILE:
            return True
    # "91-415-555-0132": the first group is the country calling code, the "+" left out.
    if len(groups[0]) <= 3 and not groups[0].startswith("0"):
        number = _parse_valid("+" + "".join(groups), None)
        if number is not None and str(number.country_code) == groups[0]:
            return True
    # "090-1234-5678": a national number with its trunk prefix in one of the regions callers give.
    if groups[0].startswith("0") and not groups[0].startswith("00") and len("".join(groups)) in GUESSED_DIGITS:
        return any(_parse_valid(value, region) for region in REGION_GUESSES)
    return False


# The regions whose callers write "0170/15406530" (their numbers are tried only in that written form).
SLASH_REGIONS = ("DE", "AT", "CH", "BE")


@lru_cache(maxsize=1024)
def _slashed_national(value: str) -> bool:
    """A person's line (mobile or fixed) in one of ``SLASH_REGIONS``, written with its prefix slashed off."""
    plain = value.replace("/", "").replace(" ", "")
    return any((number := _parse_valid(plain, region)) is not None
               and phonenumbers.number_type(number) in _PERSONAL_LINES for region in SLASH_REGIONS)


def _line_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the line holding ``[start, end)``."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _sg_number(value: str) -> bool:
    """Eight digits that are a valid Singapore mobile or fixed line (8 / 9 / 6 first; no trunk prefix)."""
    digits = digits_of(value)
    return len(digits) == 8 and digits[0] in "689" and _parse_valid(digits, "SG") is not None
