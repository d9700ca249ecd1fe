"""Singapore and Malaysian postal codes -> ZIP_CODE (all digits: the surrogate keeps their length and form).

* Singapore: six digits whose first two are a postal sector (01-82), next to the country's name
  ("Singapore 560123", "560123, Singapore", "Singapore (560123)") or written ``S(560123)`` / ``S560123``;
  as the answer to the agent's postcode question, six digits alone ("six five oh four five one");
* Malaysia: five digits (01000-98859) after a state's name ("Kuala Lumpur 55100", "Selangor, 47300"), or
  before the town on an address line with a Malaysian street word ("Jalan SS 2/24, 47300 Petaling Jaya").

Spoken digits are read through the spoken view (``SpokenAwareRecognizer``).
"""
from __future__ import annotations

import re

from recognizers.base import register
from recognizers.entities import REASON_CONTEXT, REASON_CROSS_TURN, ZIP_CODE
from recognizers.lower_scan import CaseFolded, ascii_lower, lower_twin
from recognizers.sg_my_address import MY_STREET_WORDS
from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, digit_count, words_of
from recognizers.ascii_twin import ascii_fast
from recognizers.start_set import compile_fast
from recognizers.word_anchored import first_words

SCORE_NAMED, SCORE_STREET, SCORE_ANSWER = 0.85, 0.75, 0.8
MAX_SG_SECTOR = 82
# The 13 states and 3 federal territories, as written on letters.
MY_STATES = ("johor", "kedah", "kelantan", "melaka", "malacca", "negeri sembilan", "pahang", "perak", "perlis",
             "pulau pinang", "penang", "sabah", "sarawak", "selangor", "terengganu", "kuala lumpur", "putrajaya",
             "labuan", "wilayah persekutuan", "malaysia")
_SG6 = r"(?P<value>\d{6})"
_SG = ascii_fast(rf"\bsingapore[ \t]*,?[ \t]*\(?[ \t]*{_SG6}\)?(?!\d)|(?<![\w\-.])\b{_SG6.replace('value', 'v2')}"
                   rf"[ \t]*,?[ \t]*singapore\b|(?<![\w'’])(?-i:S)(?:\([ \t]?{_SG6.replace('value', 'v3')}[ \t]?\)|{_SG6.replace('value', 'v4')})(?!\d)",
                   re.IGNORECASE)
_STATE = r"(?:" + "|".join(s.replace(" ", r"[ \t]+") for s in MY_STATES) + r")"
_AFTER_STATE = CaseFolded(compile_fast(rf"\b{_STATE}[ \t]*,?[ \t]+(?P<value>\d{{5}})(?![\w\-])", re.IGNORECASE))
_BEFORE_STATE_SOURCE = rf"(?<![\w\-.])(?P<value>\d{{5}})[ \t]+(?:[A-Z][\w'’]*[ \t]+){{0,3}}{_STATE}\b"
# (on lower-cased ASCII text through its twin, whose town words open with [a-z]: IGNORECASE reads [A-Z] so)
_BEFORE_STATE = CaseFolded(compile_fast(_BEFORE_STATE_SOURCE, re.IGNORECASE),
                           twin_source=_BEFORE_STATE_SOURCE.replace("[A-Z]", "[a-z]", 1))
# Five digits, then a capitalized town, on a line with a Malaysian street word before it.
_BEFORE_TOWN = compile_fast(r"(?<![\w\-.])(?P<value>\d{5})[ \t]+(?-i:[A-Z])")
_MY_STREET = compile_fast(r"\b(?:" + "|".join(sorted(MY_STREET_WORDS)) + r")\b", re.IGNORECASE)
_MY_STREET_LOWER = lower_twin(_MY_STREET)
_MY_STREET_FIRST = first_words(_MY_STREET_LOWER)  # (every match of the twin starts at one of these words)
# What a code before "Singapore" follows: the line's start, a comma, a colon, a voice tag, "is" / "code".
_LEADS_CODE = compile_fast(r"(?:^|[,:>\n]|\b(?:is|code|postcode|at|to))[ \t]*$", re.IGNORECASE)
_ANSWER = compile_fast(r"(?<![\w\-.])(?P<value>\d{6})(?![\w\-]|[.,]\d)")
# What a named code needs somewhere in the text: the country's or a state's name, or "S" and digits. The names
# are searched on lower-cased ASCII text without IGNORECASE (the same matches, several times faster).
_NAMES = compile_fast(r"\b(?:singapore|" + _STATE + r")\b", re.IGNORECASE)
_NAMES_LOWER = lower_twin(_NAMES)
_NAMES_FIRST = first_words(_NAMES_LOWER)
_S_DIGIT = compile_fast(r"S\(?\d")


def _search(pattern: re.Pattern[str], twin: re.Pattern[str], first: frozenset[str] | None, text: str) -> bool:
    """Whether ``pattern`` occurs in ``text`` (through its lower-case ``twin`` on ASCII text, tried only when one
    of ``first``, the words every match of the twin starts with, is a word of the text)."""
    low = ascii_lower(text)
    if low is None:
        return pattern.search(text) is not None
    return (first is None or not first.isdisjoint(words_of(text))) and twin.search(low) is not None


def _sg_sector(code: str) -> bool:
    return 1 <= int(code[:2]) <= MAX_SG_SECTOR


def _my_code(code: str) -> bool:
    return 1 <= int(code[:2]) <= 98


@register("sg_my_postcode.v1")
class SgMyPostcodeRecognizer(SpokenAwareRecognizer):
    """ZIP_CODE: Singapore six-digit and Malaysian five-digit postal codes."""

    ENTITIES = (ZIP_CODE,)
    ANSWER_CUES = frozenset({ZIP_CODE})

    def find(self, text: str) -> list[Hit]:
        if digit_count(text) < 5:
            return []
        hits = []
        if _S_DIGIT.search(text) or _search(_NAMES, _NAMES_LOWER, _NAMES_FIRST, text):
            for m in _SG.finditer(text):
                group = next(g for g in ("value", "v2", "v3", "v4") if m.group(g))
                if _sg_sector(m.group(group)) and (group != "v2" or _LEADS_CODE.search(text, 0, m.start())):
                    hits.append(Hit(*m.span(group), ZIP_CODE, SCORE_NAMED, REASON_CONTEXT, "sg_named"))
            for pattern in (_AFTER_STATE, _BEFORE_STATE):
                hits += [Hit(*m.span("value"), ZIP_CODE, SCORE_NAMED, REASON_CONTEXT, "my_state")
                         for m in pattern.finditer(text) if _my_code(m.group("value"))]
        # (a code before its town needs a street word before it: none in the whole text, no such code)
        for m in _BEFORE_TOWN.finditer(text) if _search(_MY_STREET, _MY_STREET_LOWER, _MY_STREET_FIRST, text) else ():
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _my_code(m.group("value")) and _MY_STREET.search(text, line_start, m.start()):
                hits.append(Hit(*m.span("value"), ZIP_CODE, SCORE_STREET, REASON_CONTEXT, "my_before_town"))
        return hits

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        """Six digits answering the postcode question (a Singapore code; five are ``zip_code``'s)."""
        return [Hit(*m.span("value"), ZIP_CODE, SCORE_ANSWER, REASON_CROSS_TURN, "sg_answer")
                for m in _ANSWER.finditer(text) if _sg_sector(m.group("value"))]
