"""Pieces of an identifier read out over several turns ("5394" | "yep" | "7563" | "go on" | "2148"), and
numbers an agent reads back to confirm them ("was that 8011 13 on your screen").

Callers read a card, account or reference number a few digits at a time, and the agent answers each group
with a backchannel or asks for the next one ("keep going", "and the last bit"). A turn that holds nothing
but one group of digits (with a letter or two, and lead-ins such as "it's" or "then"), right after the
agent asked for an identifier or its next part, is a piece of it: no recognizer would take four digits
alone, but a piece of a card number is still the caller's (fail closed). Pieces are read only as answers:
the conversation step (``pipeline.detection.conversation``) decides which turns answer which question.
Read-backs are read in any turn; their type is ACCOUNT_NUMBER whatever the number is (every digit and
letter of it is re-drawn, as for any identifier). So is a number read one digit at a time, five digits or
more, in any turn (``recognizers.spoken.digit_by_digit``): an identifier nothing else named.
"""
from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from recognizers.base import register
from recognizers.lower_scan import ascii_lower, finditer, lower_twin
from recognizers.entities import (ACCOUNT_NUMBER, AUTH_CODE, CARD_CVV, CREDIT_CARD, EMAIL_ADDRESS, EXPECT_SPELLED_NAME,
                                  IBAN_CODE, NATIONAL_ID, PERSON, PHONE_NUMBER, REASON_CONTEXT, REASON_CROSS_TURN,
                                  REASON_PATTERN, STREET_ADDRESS, US_SSN)
from recognizers.phone import business_line
from recognizers.postcode_runs import code_of, code_runs
from recognizers.spoken.digit_by_digit import digit_by_digit, may_read_digits
from recognizers.spoken.letter_runs import spelled_turn
from recognizers.spoken.number_words import AMBIGUOUS_ZERO, DIGIT_HOMOPHONES, MULTIPLIERS, UNITS
from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, digit_count, words_of
from recognizers.start_set import compile_fast

SCORE = 0.6
SCORE_BY_DIGIT = 0.55
# At least this many digits make a piece (one digit is a count: "2", "just the one").
MIN_DIGITS = 2
# Words around the group that say nothing of the value.
_LEAD = (r"(?:it's|its|it is|that's|thats|yes|yeah|yep|ok|okay|right|so|and|then|um|uh|er|erm|next|sorry|"
         r"the next (?:bit|part|ones?|four|few)(?: is| are)?|last (?:bit|ones?|four|few)(?: is| are)?|"
         r"after that|then it's|and then)")
_TAIL = r"(?:that's it|thats it|that's all|done|then|yeah|ok|okay|thanks|thank you|right)"
# One group: digits, spaced or dashed, with at most two letters at either end ("76 a", "ab 12 34"), or a
# check letter said by its name ("17 see", "nine 2 see": the end of a National Insurance number).
_GROUP = r"(?:[a-z]{1,2}[ \-]?)?\d[\d \-]*?(?:[ \-]?(?:[a-z]{1,2}|see|sea|bee|dee))?"
_PIECE = compile_fast(rf"^[\W_]*(?:{_LEAD}[\W_]+)*(?P<value>{_GROUP})(?:[\W_]+{_TAIL})?[\W_]*$", re.IGNORECASE)
# A number read back for confirmation: "was / is that <number> (on your screen | right | ?)", "i've got
# <number> on the screen".
READ_BACK_MIN_DIGITS = 4
_NUMBER = r"(?P<value>[a-z]{0,4}-?\d[\d \-]*\d[a-z]{0,2})"  # "TMC-6867348", "VF80 42 823"
_CONFIRM = r"(?=\s*(?:[,?.]|$|\s(?:on (?:your|the|my) (?:\w+ )?screen|right|correct|yeah|yes|is that)\b))"
_READ_BACK = compile_fast(rf"\b(?:(?:was|is) (?:that|it)|(?:i've|i have|ive) got|(?:let me |i'll |i )?repeat(?:ing)?(?: that| it)?,?|read(?:ing)? (?:the |that |it )?"
                        rf"(?:(?:last|first) (?:4|four|digits) |number )?back(?: to you)?,?) {_NUMBER}{_CONFIRM}",
                        re.IGNORECASE)
_READ_BACK_LOWER = lower_twin(_READ_BACK)  # the same spans on lower-cased ASCII text
# Two or more digit words, homophones among them ("seven free", "ate five", "won for"), alone in the turn;
# "seven and four": the digits asked for by their positions.
DIGIT_WORDS = frozenset(UNITS) | frozenset(DIGIT_HOMOPHONES) | AMBIGUOUS_ZERO | frozenset(MULTIPLIERS)
_DIGIT_WORD = "|".join(sorted(DIGIT_WORDS, key=len, reverse=True))
_SPOKEN_PIECE = compile_fast(rf"^[\W_]*(?:{_LEAD}[\W_]+)*(?P<value>(?:{_DIGIT_WORD})(?:[\s,]+(?:and\s+)?(?:{_DIGIT_WORD})){{1,7}})"
                           rf"(?:[\W_]+{_TAIL})?[\W_]*$", re.IGNORECASE)
# The identifiers read in pieces.
PIECE_TYPES = frozenset({CREDIT_CARD, ACCOUNT_NUMBER, NATIONAL_ID, US_SSN, AUTH_CODE, IBAN_CODE, PHONE_NUMBER,
                         CARD_CVV})
# ... and those that hold letters: a turn that only spells letters is a piece too ("why aitch").
_LETTERED = frozenset({ACCOUNT_NUMBER, NATIONAL_ID, AUTH_CODE, IBAN_CODE})
# Answers a said piece never is: names, addresses, e-mails (any other asked value may be: an expiry "eleven
# two ate", a date of birth "won seven 0 seven six nine").
_NOT_SAID_PIECES = frozenset({PERSON, EXPECT_SPELLED_NAME, STREET_ADDRESS, EMAIL_ADDRESS})


@register("value_pieces.v1")
class ValuePieceRecognizer(SpokenAwareRecognizer):
    """A turn holding only a group of digits, answering an identifier question: a piece of that identifier;
    a number an agent reads back to confirm it ("was that ...", "I repeat, ...")."""

    ENTITIES = tuple(sorted(PIECE_TYPES))
    ANSWER_CUES = PIECE_TYPES

    def find(self, text: str) -> list[Hit]:
        """An agent reading a number back to confirm it ("was that 8011 13 on your screen", "i've got 932100
        on the screen is that it"): an identifier, whatever question came before."""
        # ... not a company's freephone or non-geographic line ("oh eight double oh one two three ...").
        hits = [Hit(start, end, ACCOUNT_NUMBER, SCORE_BY_DIGIT, REASON_PATTERN, "digit_by_digit")
                for start, end, digits in digit_by_digit(text)
                if "?" in digits or not business_line(digits)] if may_read_digits(text) else []
        if digit_count(text) < READ_BACK_MIN_DIGITS:
            return hits
        words = words_of(text)
        if not (("that" in words or "it" in words) and ("was" in words or "is" in words) or "got" in words
                or "back" in words or "repeat" in words or "repeating" in words):
            return hits
        return hits + [Hit(*m.span("value"), ACCOUNT_NUMBER, SCORE, REASON_CONTEXT, "read_back")
                       for m in finditer(_READ_BACK, _READ_BACK_LOWER, text, ascii_lower(text))
                       if digit_count(m["value"]) >= READ_BACK_MIN_DIGITS]

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        spoken = _SPOKEN_PIECE.match(text)
        if spoken and any(w in UNITS for w in spoken["value"].lower().split()):
            return [Hit(*spoken.span("value"), expected, SCORE, REASON_CROSS_TURN, "piece")]  # "seven free"
        letters = spelled_turn(text) if expected in _LETTERED else None
        if letters is not None:
            return [Hit(*letters, expected, SCORE, REASON_CROSS_TURN, "piece_letters")]  # "why aitch"
        match = _PIECE.match(text) if digit_count(text) >= MIN_DIGITS else None
        if match is not None and digit_count(match["value"]) >= MIN_DIGITS:
            return [Hit(*match.span("value"), expected, SCORE, REASON_CROSS_TURN, "piece")]
        return []

    def analyze_answer(self, text: str, expected: str) -> list[RecognizerResult]:
        """Pieces as ``find_answer`` reads them; else, for a lettered identifier, a piece said with
        homophones and NATO words (``_said_piece``, read on the turn as written)."""
        results = super().analyze_answer(text, expected)
        said = _said_piece(text, digits_only=expected not in _LETTERED) \
            if not results and expected not in _NOT_SAID_PIECES else None
        if said is not None:
            results.append(self.result(*said, expected, SCORE, REASON_CROSS_TURN, "piece_said"))
        return results


_PAUSE_AFTER = compile_fast(r"\s*(?:,|um\b|uh\b|er\b|erm\b|well\b|right\b)", re.IGNORECASE)
_LEADING = compile_fast(rf"[\W_]*(?:(?:{_LEAD}|oh|ah|well)[\W_]+)*", re.IGNORECASE)
MAX_SAID_CHARS = 12


def _said_piece(text: str, digits_only: bool = False) -> tuple[int, int] | None:
    """A piece said with homophones, NATO words and "b for bravo" at the start of the answer, other words
    may follow ("seven one too e", "eight zero 4 echo", "a b for bravo for three", "zero five zero g i
    haven't ..."): the code units read as for a postcode, two digits at least. ``digits_only`` (a card, a
    phone, a CVV): digits alone, and nothing after them ("5 won zero 7")."""
    runs = code_runs(text)
    if not runs:
        return None
    run = runs[0]
    if len(run) > 1 and text[run[-1][0]:run[-1][1]].lower() in ("i", "a") and text[run[-1][1]:].strip():
        run = run[:-1]  # "zero five zero g i haven't ...": the pronoun opens the next sentence
    if len(run) > 2 and text[run[-2][0]:run[-1][1]].lower() == "see you":
        run = run[:-2]  # "... see you": a goodbye
    if len(run) > 1 and text[run[0][0]:run[0][1]].lower() in ("oh", "o") and _PAUSE_AFTER.match(text, run[0][1]):
        run = run[1:]  # "oh, um, d eight ...": an interjection, not a zero
    code = code_of(run)
    if not (_LEADING.fullmatch(text, 0, run[0][0]) and sum(map(str.isdigit, code)) >= MIN_DIGITS
            and 3 <= len(code) <= MAX_SAID_CHARS):
        return None
    if digits_only and not (code.isdigit() and not re.search(r"\w", text[run[-1][1]:])):
        return None
    return run[0][0], run[-1][1]
