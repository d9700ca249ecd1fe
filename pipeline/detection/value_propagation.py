"""Value propagation: a value found once in a conversation is found wherever it is repeated.

An agent often reads a number back in another turn and another shape ("my mobile is 07700 900461" ...
"Done, 07700 900461 is now opted out"), where no context word says what it is. Once any turn established
the value as personal data, its other occurrences are the same personal data. Values with digits match on
their digit sequence, whatever the separators and whether written or spoken ("four one five ..." read back
as "415-555-..."); other values (emails, spelled-out codes) match case-insensitively as written.
A plain function, like ``name_propagation``; names are left to that module.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from typing import Sequence

from pipeline.detection.split_values import MIN_JOINED_DIGITS  # two pieces of one value, read back whole
from pipeline.detection.value_patterns import code_pattern, spans as value_spans, text_pattern
from pipeline.records import Finding
from recognizers.entities import PERSON, REASON_PROPAGATION
from recognizers.spoken.code_runs import code_runs, compact_code
from recognizers.spoken.view import SpokenView
from recognizers.start_set import compile_fast

RECOGNIZER_NAME = "value_propagation.v1"
# Fewer digits than this are too common to follow across a conversation ("2", "10", "123").
MIN_DIGITS = 4
MIN_TEXT_CHARS = 6
# Between the digits of a repeated long value: spaces, dashes, dots, slashes, parentheses, and the commas a
# speech engine puts between spoken groups ("zero eight zero eight, one eight zero"). A short value (a PIN, a
# ZIP) allows only spaces and dashes, so "4821" does not match the price "48.21".
_SEPARATORS = r"[\s\-./(),]*"
_SHORT_SEPARATORS = r"[\s\-]*"
SHORT_VALUE_DIGITS = 7
_DIGIT = compile_fast(r"\d")
_DIGIT_RUN = compile_fast(r"\d+")
_GAP = compile_fast(_SEPARATORS)
_SHORT_GAP = compile_fast(_SHORT_SEPARATORS)
_PREFIX = "(+"
_WORDS = compile_fast(r"[^\W_]+(?:['\-][^\W_]+)*")


def _digit_pattern(digits: str) -> re.Pattern[str]:
    """The regex a digit value is followed by; ``_digit_spans`` finds its matches without compiling it."""
    separators = _SEPARATORS if len(digits) >= SHORT_VALUE_DIGITS else _SHORT_SEPARATORS
    # A leading "(" or "+" belongs to the value ("(415) 555 0132", "+44 7700 ...").
    return re.compile(r"(?<!\d)[(+]?" + separators.join(digits) + r"(?!\d)")


@lru_cache(maxsize=1024)
def _digit_stream(text: str) -> tuple[str, tuple[int, ...], tuple[bool, ...], tuple[bool, ...]]:
    """The digits of ``text``, their offsets, and whether each gap to the next digit is a separator.

    Cached: every seed of a conversation searches every turn (and its spoken view).
    """
    runs = list(_DIGIT_RUN.finditer(text))  # (a run of digits at a time: one match, not one per digit)
    starts, ends = list(map(re.Match.start, runs)), list(map(re.Match.end, runs))
    positions = tuple(chain.from_iterable(map(range, starts, ends)))
    # Adjacent digits (an empty gap, which both patterns accept) need no regex call: only the gaps between runs.
    long_gap: list[bool] = []
    short_gap: list[bool] = []
    for k in range(len(runs)):
        inside = [True] * (ends[k] - starts[k] - 1)
        long_gap += inside
        short_gap += inside
        if k + 1 < len(runs):
            long_gap.append(_GAP.fullmatch(text, ends[k], starts[k + 1]) is not None)
            short_gap.append(_SHORT_GAP.fullmatch(text, ends[k], starts[k + 1]) is not None)
    return "".join(map(re.Match.group, runs)), positions, tuple(long_gap), tuple(short_gap)


def _digit_spans(digits: str, text: str) -> list[tuple[int, int]]:
    """The spans ``_digit_pattern(digits).finditer(text)`` yields, found on the digit stream.

    Compiling one regex per value cost more than the rest of propagation; the stream holds the same
    facts: consecutive digits joined only by separators, no digit right before or after the value.
    """
    stream, positions, long_gap, short_gap = _digit_stream(text)
    gaps = long_gap if len(digits) >= SHORT_VALUE_DIGITS else short_gap
    n, spans = len(digits), []
    k = stream.find(digits)
    while k >= 0:
        last = k + n - 1
        first_pos, last_pos = positions[k], positions[last]
        if ((k == 0 or positions[k - 1] != first_pos - 1)
                and (last + 1 == len(positions) or positions[last + 1] != last_pos + 1)
                and all(gaps[k:last])):
            start = first_pos
            if first_pos > 0 and text[first_pos - 1] in _PREFIX and not (
                    first_pos > 1 and _DIGIT.match(text, first_pos - 2)):
                start -= 1
            spans.append((start, last_pos + 1))
            k = stream.find(digits, last + 1)
        else:
            k = stream.find(digits, k + 1)
    return spans


def _seed_patterns(texts: Sequence[str], findings: Sequence[Sequence[Finding]]
                   ) -> list[tuple[object, bool, Finding, str]]:
    """(digits or text pattern, on_digits, seed finding, the value's code letters) for every non-name
    value in the conversation."""
    seeds: dict[str, tuple[object, bool, Finding, str]] = {}
    piece: tuple[str, str] | None = None  # the last digit value: (type, digits)
    for text, turn_findings in zip(texts, findings):
        for f in turn_findings:
            if f.entity_type == PERSON:
                continue
            value = text[f.start:f.end]
            if not any(map(str.isalnum, value)):
                continue  # found on a part of the turn the propagation view blanks (a stamp's date)
            digits = "".join(_DIGIT.findall(value))
            letters = sum(map(str.isalpha, value))
            if digits and letters > len(digits):
                digits = ""  # mostly letters (an email with a number in it): follow the text itself
            elif len(digits) < MIN_DIGITS:
                digits = _spoken_digits(SpokenView.of(text), f)
            code = _compact_code(text, f) if len(digits) < MIN_DIGITS or letters else ""
            if len(digits) >= MIN_DIGITS and "d:" + digits not in seeds:
                seeds["d:" + digits] = (digits, True, f, _code_letters(value))
            if digits and piece and piece[0] == f.entity_type and len(piece[1]) + len(digits) >= MIN_JOINED_DIGITS:
                # A value said in two pieces ("zero eight zero eight, one eight zero" ... "five double seven
                # nine"), read back whole: the two pieces in a row are the value too.
                seeds.setdefault("d:" + piece[1] + digits, (piece[1] + digits, True, f, ""))
            piece = (f.entity_type, digits) if digits else piece
            if code and (len(digits) < MIN_DIGITS or code != digits):
                # A short code of letters and digits ("G4 9DS", "golf four nine delta sierra", "RB/4534/13"):
                # followed on its characters in any spelling, so the read-back "g four nine d s" is the same value.
                if "c:" + code not in seeds:
                    seeds["c:" + code] = (code_pattern(code), False, f, code)
            elif len(digits) < MIN_DIGITS and len(value) >= MIN_TEXT_CHARS and "t:" + value.casefold() not in seeds:
                seeds["t:" + value.casefold()] = (text_pattern(value), False, f, "")
    return list(seeds.values())


MIN_CODE_CHARS, MAX_CODE_CHARS = 5, 10  # postcodes, booking codes; longer values have digits enough
MAX_CODE_SPAN = 60  # characters of a spelled code ("golf four nine delta sierra")


def _compact_code(text: str, finding: Finding) -> str:
    """The letters and digits of a code as written or spelled ("G4 9DS", "golf four nine delta sierra" ->
    "g49ds"), or "" when the value is not such a code (no digit, no letter, or too short)."""
    value = text[finding.start:finding.end]
    if len(value) > MAX_CODE_SPAN or "@" in value:
        return ""
    # Letters said by their names ("tee five em fifty nine en" -> "t5m59n"), pauses inside ("e 9 x right 4").
    code = compact_code(value)
    if not code:
        code = "".join(c for c in SpokenView.of(value).text.lower() if c.isalnum() and c.isascii())
    ok = MIN_CODE_CHARS <= len(code) <= MAX_CODE_CHARS and any(map(str.isdigit, code)) \
        and any(map(str.isalpha, code))
    return code if ok else ""


def _spoken_digits(view: SpokenView, finding: Finding) -> str:
    """The digits of a spoken value ("four one five ..."), read from the spoken view."""
    if not view.changed:
        return ""
    out = []
    for seg in view.segments:
        start, end = view.to_original(seg.start, seg.end)
        if start >= finding.start and end <= finding.end:
            out.append("".join(_DIGIT.findall(view.text[seg.start:seg.end])))
    return "".join(out)


def propagate_values(texts: Sequence[str], findings: Sequence[Sequence[Finding]]) -> list[list[Finding]]:
    """Findings per turn plus the other occurrences of every non-name value found in the conversation.

    New findings take the seed's entity type and score, recognizer ``value_propagation.v1`` and reason
    ``propagation``; one overlapping an existing finding of its turn is kept only when it covers more
    (the caller merges them: "nine one one nine seven two" found alone, "... el h queue" read back whole).
    """
    out = [list(turn) for turn in findings]
    seeds = _seed_patterns(texts, findings)
    if not seeds:
        return out
    for i, text in enumerate(texts):
        taken = [(f.start, f.end) for f in out[i]]
        view = SpokenView.of(text)
        for pattern, on_digits, seed, letters in seeds:
            for start, end in _matches(pattern, on_digits, text, view, letters):
                if on_digits:
                    start, end = _with_letters(text, start, end, letters)
                elif _yields_inside(out[i], start, end):
                    # A NATO word of a read-back code taken for a name ("seven six whiskey sierra ..."), or
                    # only its digits followed: the whole code wins.
                    out[i] = [g for f in out[i] if (g := _yielded(f, start, end, text)) is not None]
                    taken = [(f.start, f.end) for f in out[i]]
                if any(a <= start and end <= b for a, b in taken):
                    continue  # found already; one that covers part of it is grown (merged) over the rest
                out[i].append(Finding(start, end, seed.entity_type, seed.score, RECOGNIZER_NAME,
                                      REASON_PROPAGATION))
                taken.append((start, end))
    return [sorted(turn, key=lambda f: f.start) for turn in out]


_CODE_LETTERS = compile_fast(r"^([^\W\d_]{1,4})[\s\-/]?(?=\d)|(?<=\d)[\s\-/]?([^\W\d_]{1,4})$")


def _code_letters(value: str) -> str:
    """The letters a code carries before or after its digits ("529242MRD" -> "mrd"), else ""."""
    return "".join(g for m in _CODE_LETTERS.finditer(value.strip()) for g in m.groups() if g).casefold()


def _with_letters(text: str, start: int, end: int, letters: str) -> tuple[int, int]:
    """A repeated code's span grown over its letters next to the digits ("529242-MRD?" read back)."""
    if not letters:
        return start, end
    after = re.match(r"[\s\-/]?([^\W\d_]+)", text[end:end + 6])
    if after and after.group(1).casefold() in (letters, letters[-len(after.group(1)):]):
        end += after.end()
    before = re.search(r"([^\W\d_]+)[\s\-/]?$", text[max(0, start - 6):start])
    if before and before.group(1).casefold() == letters[:len(before.group(1))] and len(before.group(1)) <= 4:
        start -= len(before.group(0))
    return start, end


def _yields(f: Finding, start: int, end: int) -> bool:
    """A name overlapping ``[start, end)`` or a propagated value inside it: a read-back code replaces it."""
    if f.entity_type == PERSON:
        return True
    return f.recognizer == RECOGNIZER_NAME and start <= f.start and f.end <= end


def _yielded(f: Finding, start: int, end: int, text: str) -> Finding | None:
    """``f`` once the code ``[start, end)`` took its place: kept when apart, a name trimmed to its part
    outside the code ("juliet smith" after "yankee": "smith"), else None."""
    if f.end <= start or end <= f.start or not _yields(f, start, end):
        return f
    if f.entity_type == PERSON and (f.start < start or end < f.end):
        a, b = (f.start, start) if f.start < start else (end, f.end)
        word = _WORDS.search(text, a, b)
        if word is None:
            return None
        last = [m.end() for m in _WORDS.finditer(text, a, b)][-1]
        return Finding(word.start(), last, f.entity_type, f.score, f.recognizer, f.reason)
    return None


def _yields_inside(turn: Sequence[Finding], start: int, end: int) -> bool:
    """True when the findings overlapping ``[start, end)`` all yield to it (and there is one)."""
    over = [f for f in turn if f.start < end and start < f.end]
    return bool(over) and all(_yields(f, start, end) for f in over) and not any(
        (f.start, f.end) == (start, end) for f in over)


def _matches(pattern: str | re.Pattern[str], on_digits: bool, text: str, view: SpokenView, code: str = ""
             ) -> list[tuple[int, int]]:
    if not on_digits:
        spans = value_spans(pattern, text)  # type: ignore[arg-type]
        if view.changed:
            spans += [view.to_original(*span) for span in value_spans(pattern, view.text)]  # type: ignore[arg-type]
        if code:  # the code in another spelling ("tee five em ..." read back as "tango five mike ...")
            spans += [span for run in code_runs(text) if (span := run.find(code)) is not None]
        return spans
    spans = _digit_spans(pattern, text)  # type: ignore[arg-type]
    if view.changed:
        spans += [view.to_original(*span) for span in _digit_spans(pattern, view.text)]  # type: ignore[arg-type]
    return spans
