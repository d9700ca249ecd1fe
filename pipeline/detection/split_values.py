"""Numbers split over two messages of one speaker: chat users press enter half way through a value.

"my no is 07619" / "401226", "can you send it to this account" / "069501": no recognizer takes five
digits alone, yet each piece is part of the caller's phone or account number. When a speaker's message
ends with digits, or with the name of an identifier, and their next message is nothing but digits (or digits
said to be the rest: "the rest is 401226", "1729 na d remaining"), both
pieces are one value: its type comes from a finding on either piece, else from the identifier named before
it, else from the digits (a possible phone number, else an account number: fail closed). A message of four to
six digits right after its sender's address ("86A Chime Avenue, Enugu" / "opposite the market" / "401887") is the
address's postcode.
A plain function, like ``value_propagation``.
"""
from __future__ import annotations

import re
from typing import Sequence

import phonenumbers

from pipeline.detection.engine_tags import message_start
from pipeline.records import Finding, Turn
from recognizers.entities import (ACCOUNT_NUMBER, CREDIT_CARD, PERSON, PHONE_NUMBER, POSTCODE, REASON_CROSS_TURN,
                                  STREET_ADDRESS)
from recognizers.start_set import compile_fast

RECOGNIZER_NAME = "split_values.v1"
SCORE = 0.6
MIN_PIECE_DIGITS = 3
MIN_JOINED_DIGITS = 8  # fewer is a count or an amount said in two messages
# Where the pieces are: digits ending the first message, a message of digits only (emoji and full stops aside).
_TAIL = compile_fast(r"(?<![\w.,])(?P<value>\+?\(?\d[\d ()\-]*\d)[^\w]*$")
# The second may say it is the rest: "the rest is 401226", "and 401226", "1729 na d remaining" (Pidgin "is the").
_REST_BEFORE = r"(?:(?:and|then|(?:the )?rest(?: of it)?(?: is)?|remaining(?: is)?)\W+)?"
_REST_AFTER = (r"(?:\W+(?:is |na |be )?(?:the |d |da )?(?:rest|remaining|remainder|last (?:part|bit|digits|ones)|end)"
               r"(?: of it| part| digits)?)?")
_ONLY_DIGITS = compile_fast(r"^[^\w+(]*" + _REST_BEFORE + r"(?P<value>\+?\(?\d[\d ()\-]*\d)" + _REST_AFTER + r"[^\w]*$",
                            re.IGNORECASE)
# The identifier a first message names just before its digits, or at its end ("send it to this account").
_NAMED = compile_fast(r"\b(?P<noun>account|acc|acct|card|ref|reference|order|booking|policy|claim|member(?:ship)?|"
                    r"phone|mobile|cell|tel|landline|whatsapp|no|number|num)\b\W*(?:is|was|it's|:)?\W*$",
                    re.IGNORECASE)
_TYPES = {"card": CREDIT_CARD, "phone": PHONE_NUMBER, "mobile": PHONE_NUMBER, "cell": PHONE_NUMBER,
          "tel": PHONE_NUMBER, "landline": PHONE_NUMBER, "whatsapp": PHONE_NUMBER}
_GENERIC = frozenset({"no", "number", "num"})
REGIONS = ("GB", "US", "AU", "NZ", "IE", "ZA", "CA", "IN")


def join_split_values(turns: Sequence[Turn], findings: Sequence[Sequence[Finding]]) -> list[list[Finding]]:
    """Findings per turn plus the two pieces of every value split over two messages of one speaker."""
    out = [list(turn) for turn in findings]
    for i in range(len(turns) - 1):
        first, second = turns[i], turns[i + 1]
        if first.speaker != second.speaker:
            continue
        body = message_start(second.text)  # "[14:45, 27/12/2026] Ada Obi: 2003 939": the message after the header
        rest = _ONLY_DIGITS.match(second.text[body:])
        if rest is None or _digits(rest["value"]) < MIN_PIECE_DIGITS:
            continue
        head = _TAIL.search(first.text)
        named = _NAMED.search(first.text, 0, head.start() if head else len(first.text))
        if head is not None and _digits(head["value"]) < MIN_PIECE_DIGITS:
            head = None
        if head is None and named is None:
            continue
        joined = (re.sub(r"\D", "", head["value"]) if head else "") + re.sub(r"\D", "", rest["value"])
        if len(joined) < MIN_JOINED_DIGITS and not (named and head is None):
            continue
        pieces = [(i + 1, (body + rest.start("value"), body + rest.end("value")))] + (
            [(i, head.span("value"))] if head else [])
        entity = _found_type(out, pieces) or _named_type(named, joined)
        for turn, (start, end) in pieces:
            if not any(f.start <= start and end <= f.end for f in out[turn]):
                out[turn].append(Finding(start, end, entity, SCORE, RECOGNIZER_NAME, REASON_CROSS_TURN))
    _postcodes_after_addresses(turns, out)
    return [sorted(turn, key=lambda f: f.start) for turn in out]


# A postcode sent alone after the address ("86A Chime Avenue, Enugu" / "opposite the market" / "401887").
ADDRESS_REACH_MESSAGES = 2
_POSTCODE_DIGITS = compile_fast(r"^[^\w+(]*(?P<value>\d{4,6})[^\w]*$")


def _postcodes_after_addresses(turns: Sequence[Turn], out: list[list[Finding]]) -> None:
    """A message of four to six digits only, sent by the speaker of an address found in one of their last two
    messages (no one else writing between), is that address's postcode."""
    for i, turn in enumerate(turns):
        body = message_start(turn.text)
        digits = _POSTCODE_DIGITS.match(turn.text[body:])
        if digits is None or out[i]:
            continue
        for j in range(i - 1, max(-1, i - 1 - ADDRESS_REACH_MESSAGES), -1):
            if turns[j].speaker != turn.speaker:
                break
            if any(f.entity_type == STREET_ADDRESS for f in out[j]):
                start, end = body + digits.start("value"), body + digits.end("value")
                out[i].append(Finding(start, end, POSTCODE, SCORE, RECOGNIZER_NAME, REASON_CROSS_TURN))
                break


def _digits(value: str) -> int:
    return sum(map(str.isdigit, value))


def _found_type(findings: list[list[Finding]], pieces: list[tuple[int, tuple[int, int]]]) -> str | None:
    """The type a recognizer gave either piece (a name never)."""
    for turn, (start, end) in pieces:
        for f in findings[turn]:
            if f.start < end and start < f.end and f.entity_type != PERSON:
                return f.entity_type
    return None


def _named_type(named: re.Match | None, digits: str) -> str:
    noun = named["noun"].lower() if named else ""
    if noun in _TYPES:
        return _TYPES[noun]
    if (not noun or noun in _GENERIC) and _possible_phone(digits):
        return PHONE_NUMBER
    return ACCOUNT_NUMBER


def _possible_phone(digits: str) -> bool:
    """Whether ``digits`` can be a phone number in one of the regions callers here come from (libphonenumber)."""
    for region in REGIONS:
        try:
            if phonenumbers.is_possible_number(phonenumbers.parse(digits, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False
