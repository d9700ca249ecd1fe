"""IBANs: country format and ISO 13616 mod-97 checksum (python-stdnum), and near-valid IBANs in context.

Written ("GB82 WEST 1234 5698 7654 32") or spelled out (the spoken view turns "g b eight two w e s t ..."
into one letter/digit run). The checksum makes context words unnecessary. Right after an IBAN cue ("my iban
is ..."), a number in IBAN shape that fails the check (one misheard or mistyped character) is still the
caller's account: it is reported as ACCOUNT_NUMBER with a lower score so the rest of it is not left in clear.
"""
from __future__ import annotations

import re

from recognizers.spoken.letter_runs import LEAD_IN, letters_before, spelled_turn
from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, digit_count, near
from recognizers.base import register
from recognizers.checksums import iban_length, iban_valid
from recognizers.entities import ACCOUNT_NUMBER, IBAN_CODE, REASON_CONTEXT, REASON_CROSS_TURN, REASON_PATTERN
from recognizers.digit_groups import matches_before_digits
from recognizers.start_set import compile_fast

SCORE_VALID = 0.9
SCORE_CONTEXT = 1.0
SCORE_NEAR_VALID = 0.6

MIN_LENGTH, MAX_LENGTH = 15, 34  # shortest (Norway) and longest IBAN the standard allows


def iban_ok(compact: str) -> bool:
    """Country format and mod-97 checksum of an IBAN without separators (any case)."""
    return iban_valid(compact)


def _group_end(text: str, start: int, length: int) -> int | None:
    """End offset after exactly ``length`` letters/digits from ``start`` (single spaces or dashes between
    groups), or None when the run is shorter or runs on into a longer word."""
    count, i = 0, start
    while i < len(text) and count < length:
        char = text[i]
        if char.isascii() and char.isalnum():
            count += 1
        elif char not in " -" or not (i + 1 < len(text) and text[i + 1].isalnum()) or text[i - 1] in " -":
            break
        i += 1
    if count != length or (i < len(text) and text[i].isalnum()):
        return None
    return i


@register("iban.v1")
class TranscriptIbanRecognizer(SpokenAwareRecognizer):
    """IBAN_CODE, format- and checksum-validated; near-valid IBANs after an IBAN cue as ACCOUNT_NUMBER."""

    ENTITIES = (IBAN_CODE, ACCOUNT_NUMBER)
    ANSWER_CUES = frozenset({IBAN_CODE})

    # The country code, then the check digits, typed together or apart ("ES70 2003 ...", "es 70 2003 ...").
    CANDIDATE = compile_fast(r"(?<![A-Za-z0-9])[A-Za-z]{2}[ \-]?\d{2}(?=[ \-]?[A-Za-z0-9])")
    CANDIDATE_OFFSETS = (2, 3)  # every match starts 2-3 characters before a run of digits
    CONTEXT = compile_fast(r"\b(?:iban|bank account|account)\b", re.IGNORECASE)
    # Cues that make a failing number an IBAN all the same (not "account": order ids start with letters too).
    NEAR_CONTEXT = compile_fast(r"\b(?:iban|ibans|international bank account(?: number)?)\b", re.IGNORECASE)
    # Groups of a near-valid IBAN: runs of letters/digits separated by one space or dash.
    GROUP = compile_fast(r"[ \-]?([A-Za-z0-9]+)")

    def find(self, text: str) -> list[Hit]:
        hits = []
        if digit_count(text) < 6:
            return hits
        for match in matches_before_digits(self.CANDIDATE, text, self.CANDIDATE_OFFSETS):
            start = match.start()
            length = iban_length(match.group()[:2])
            end = _group_end(text, start, length) if length else None
            if end is not None and iban_ok(re.sub(r"[ \-]", "", text[start:end])):
                context = near(self.CONTEXT, text, start, end)
                hits.append(Hit(start, end, IBAN_CODE, SCORE_CONTEXT if context else SCORE_VALID,
                                REASON_CONTEXT if context else REASON_PATTERN, "iban"))
            elif near(self.NEAR_CONTEXT, text, start, start, before=40, after=0):
                near_end = self._near_valid_end(text, match.end(), end)
                if near_end is not None:
                    hits.append(Hit(start, near_end, ACCOUNT_NUMBER, SCORE_NEAR_VALID, REASON_CONTEXT,
                                    "iban_near_valid"))
        return hits

    # The answer to the IBAN question, whole or in pieces ("IE45JNWC286" / "mm hm" / "94481133374"):
    # a word with digits (and the short groups after it), checksum or not.
    ANSWER = compile_fast(r"(?<![\w\-])(?=[A-Za-z]*\d)[A-Za-z0-9]{4,}"
                        r"(?:[ \-](?:[A-Za-z]*\d[A-Za-z0-9]*|[A-Za-z]{1,4})(?![\w]))*")
    ANSWER_MIN_CHARS = 6

    # ... or a whole short turn that is one piece of it ("g b twenty seven s" -> "gb27s", "eight twelve
    # fifty two" -> "81252" in the spoken view).
    WHOLE_PIECE = compile_fast(r"^\W*(?:(?:okay|ok|right|sure|um|uh|it's|its|that's|thats|yes|yeah|so|then|and)\W+)*(?P<value>[A-Za-z0-9]{4,})\W*$",
                             re.IGNORECASE)

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        hits = [Hit(*m.span(), IBAN_CODE, SCORE_NEAR_VALID, REASON_CROSS_TURN, "answer")
                for m in self.ANSWER.finditer(text)
                if digit_count(m.group()) >= 4 and len(m.group().replace(" ", "").replace("-", "")) >= self.ANSWER_MIN_CHARS]
        whole = self.WHOLE_PIECE.match(text)
        if not hits and whole and digit_count(whole["value"]) >= 2:
            hits.append(Hit(*whole.span("value"), IBAN_CODE, SCORE_NEAR_VALID, REASON_CROSS_TURN, "answer_piece"))
        if not hits and (tail := self.PIECE_TAIL.search(text)) and digit_count(tail["value"]) >= 2:
            start = letters_before(text, tail.start("value"))  # "e ess 702": spelled letters, then digits
            if start < tail.start("value") and LEAD_IN.match(text[:start]):
                hits.append(Hit(start, tail.end("value"), IBAN_CODE, SCORE_NEAR_VALID, REASON_CROSS_TURN,
                                "answer_piece"))
        if not hits and not digit_count(text) and (letters := spelled_turn(text)):
            hits.append(Hit(*letters, IBAN_CODE, SCORE_NEAR_VALID, REASON_CROSS_TURN, "answer_letters"))
        return hits

    # The digits that end a piece said after spelled letters ("e ess 702").
    PIECE_TAIL = compile_fast(r"(?<![\w\-])(?P<value>[A-Za-z]*\d[A-Za-z0-9]*)[\s.,!?]*$")

    def _near_valid_end(self, text: str, pos: int, exact_end: int | None) -> int | None:
        """End of an IBAN-shaped run after a cue: the country's length if it ends there, else the groups
        that hold a digit (trailing letter-only words are not taken), within the standard's lengths."""
        if exact_end is not None:
            return exact_end
        count, end, last_digit_end = 4, pos, None
        for group in self.GROUP.finditer(text, pos):
            if group.start() != end or count + len(group[1]) > MAX_LENGTH:
                break
            count += len(group[1])
            end = group.end()
            if any(map(str.isdigit, group[1])):
                last_digit_end, digit_count_at = end, count
        if last_digit_end is None or digit_count_at < MIN_LENGTH:
            return None
        return last_digit_end
