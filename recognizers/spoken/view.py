"""Spoken-form view of a text with an exact offset map back to the original.

ASR transcripts say identifiers instead of writing them: "four one five five five five zero one three two",
"j o h n dot smith at gmail dot com". ``SpokenView.of(text)`` rewrites such spans into compact written
forms ("4155550132", "john.smith@gmail.com") so the structured-identifier recognizers can run the same
patterns on both forms; ``view.to_original(start, end)`` maps any view span back to the original
characters (from the start of the first source word to the end of the last one).

What is rewritten:
    * digit words ("oh" / "o" next to digits), "double five", "triple seven";
    * number words: "twenty three" -> 23, "nineteen eighty five" -> 1985, "two thousand one" -> 2001;
      consecutive groups are concatenated ("forty one eleven" -> 4111);
    * fillers and punctuation between the words of one run are dropped ("four one five, uh, five ...");
    * spelled letters: "j o h n", "k as in kilo", NATO words ("kilo alpha"); ambiguous ones ("a", "i",
      "mike", "delta") only next to other spelled letters;
    * e-mail / web syntax: "at", "dot", "underscore", "dash" inside something that ends in a known
      top-level domain; "dot"/"point" between numbers ("one nine two dot one six eight ..." -> IPs),
      "dash"/"hyphen" between numbers ("one two three dash four five ..." -> "123-45-...");
    * ordinals next to a month name ("the fifteenth of march" -> "the 15th of march").

Written text passes through unchanged; a text with no spoken vocabulary costs one regex scan.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from recognizers.spoken import number_words as nw
from recognizers.spoken import tokens as st
from recognizers.spoken.joins import Piece, join_pieces
from recognizers.start_set import compile_fast

_ORD_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
_KIND = attrgetter("kind")


@dataclass(frozen=True, slots=True)
class Segment:
    """A rewritten stretch of the view: ``kind`` is digits, letters, alnum, ordinal, email, host or number."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class SpokenView:
    """A normalized view of ``original`` (see module docstring).

    Attributes:
        original: The source text.
        text: The view text (equal to ``original`` when nothing spoken was found).
        segments: The rewritten stretches of ``text``, in order.
    """

    original: str
    text: str
    segments: tuple[Segment, ...] = ()
    # Per segment: the source span of each of its characters, and (original - view) offset after it; a
    # character between segments is its original one moved by the shift of the segment before it.
    _spans: tuple[tuple[tuple[int, int], ...], ...] = ()
    _shifts: tuple[int, ...] = ()
    _segment_starts: tuple[int, ...] = ()

    @staticmethod
    def of(text: str) -> "SpokenView":
        """The view of ``text`` (cached: every recognizer of one turn shares one view)."""
        return _build(text)

    @property
    def changed(self) -> bool:
        """True when the view differs from the original (something spoken was rewritten)."""
        return bool(self.segments)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the view span ``[start, end)`` to the original characters it came from.

        Raises:
            ValueError: if the span is empty or out of bounds.
        """
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside the view of length {len(self.text)}")
        if not self.segments:
            return start, end
        return self._source(start)[0], self._source(end - 1)[1]

    def _source(self, index: int) -> tuple[int, int]:
        """The original span of view character ``index``."""
        k = bisect_right(self._segment_starts, index) - 1
        if k < 0:
            return index, index + 1
        offset = index - self.segments[k].start
        if offset < len(self._spans[k]):
            return self._spans[k][offset]
        return index + self._shifts[k], index + self._shifts[k] + 1


@lru_cache(maxsize=1024)
def _build(text: str) -> SpokenView:
    dictated = _dictated_pieces(text) if "-" in text else []
    if not dictated and not nw.may_be_spoken(text):
        return SpokenView(text, text)
    toks = st.tokenize(text)
    pieces = _run_pieces(text, toks) + _ordinal_pieces(toks)
    pieces = join_pieces(text, toks, pieces)
    if dictated:
        pieces = [p for p in pieces if not any(d.start < p.end and p.start < d.end for d in dictated)] + dictated
    pieces = [p for p in pieces if p.text != text[p.start:p.end]]
    if not pieces:
        return SpokenView(text, text)
    pieces.sort(key=lambda p: p.start)
    out: list[str] = []
    segments: list[Segment] = []
    shifts: list[int] = []
    pos = vpos = 0  # the next original character and its place in the view
    for piece in pieces:
        out.append(text[pos:piece.start])
        vstart = vpos + max(0, piece.start - pos)
        out.append(piece.text)
        vpos = vstart + len(piece.spans)
        segments.append(Segment(vstart, vpos, piece.kind))
        shifts.append(piece.end - vpos)
        pos = piece.end
    out.append(text[pos:])
    return SpokenView(text, "".join(out), tuple(segments), tuple(p.spans for p in pieces), tuple(shifts),
                      tuple(g.start for g in segments))


# Characters dictated one at a time, as a punctuating engine prints them: digit groups "0-4-7-7, 6-9-0, 4-3-8"
# (groups kept apart by a blank), letters before digits "J-O-B456334".
_DICTATED_GROUP = r"\d(?:-\d)+"
_DICTATED_DIGITS = compile_fast(rf"(?<![\w\-.]){_DICTATED_GROUP}(?:,? {_DICTATED_GROUP})*(?![\w\-]|\.\d)")
_DICTATED_LETTERS = compile_fast(r"(?<![\w\-])[A-Za-z](?:-[A-Za-z]){1,3}-?\d{3,}(?![\w\-])")
MIN_DICTATED_DIGITS = 3


def _dictated_pieces(text: str) -> list[Piece]:
    """Pieces for characters dictated one at a time (see ``_DICTATED_DIGITS``): the characters joined, the
    blank between two digit groups kept."""
    matches = [m for m in _DICTATED_DIGITS.finditer(text)
               if sum(map(str.isdigit, m.group())) >= MIN_DICTATED_DIGITS]
    pieces = []
    for match, kind in [(m, "digits") for m in matches] + [(m, "alnum") for m in _DICTATED_LETTERS.finditer(text)]:
        kept = [match.start() + k for k, c in enumerate(match.group()) if c.isalnum() or c == " "]
        pieces.append(Piece(match.start(), match.end(), "".join(text[k] for k in kept),
                            tuple((k, k + 1) for k in kept), kind))
    return pieces


def _run_pieces(text: str, toks: list[st.Token]) -> list[Piece]:
    pieces = []
    for run in st.find_runs(text, toks):
        chars: list[str] = []
        spans: list[tuple[int, int]] = []
        _convert_run(run, chars, spans)
        has_digits = any(map(str.isdigit, chars))
        has_letters = any(map(str.isalpha, chars))
        kind = "alnum" if has_digits and has_letters else "digits" if has_digits else "letters"
        pieces.append(Piece(run[0].start, run[-1].end, "".join(chars), tuple(spans), kind))
    return pieces


def _convert_run(run: list[st.Token], chars: list[str], spans: list[tuple[int, int]]) -> None:
    def emit(digits: str, start: int, end: int) -> None:
        chars.extend(digits)
        spans.extend([(start, end)] * len(digits))

    i, n = 0, len(run)
    while i < n:
        tok = run[i]
        if tok.kind in st.LETTERISH:
            emit(tok.value, tok.start, tok.end)
            i += 1
        elif tok.kind in _OWN_NUMBER and (not tok.value or i + 1 == n or run[i + 1].kind != st.SCALE):
            digits = str(tok.value)  # a digit or teen word no scale word follows: itself (``_read_cardinal``, inlined)
            chars.extend(digits)
            spans.extend([(tok.start, tok.end)] * len(digits))
            i += 1
        elif tok.kind == st.WDIGITS:
            chars.extend(tok.low)
            first, stop = tok.start, tok.start + len(tok.low)
            spans.extend(zip(range(first, stop), range(first + 1, stop + 1)))
            i += 1
        elif tok.kind == st.MULT:  # validated: a digit follows
            nxt = run[i + 1]
            emit(str(nxt.value) * tok.value, tok.start, nxt.end)
            i += 2
        elif tok.kind in (st.UNIT, st.ZERO, st.TEEN, st.TENS):
            value, j = _read_cardinal(run, i)
            emit(str(value), tok.start, run[j - 1].end)
            i = j
        else:  # a stray scale word cannot survive _resolve; skip defensively
            i += 1


_OWN_NUMBER = frozenset({st.UNIT, st.ZERO, st.TEEN})  # a number by itself unless a scale word follows


def _read_below_100(run: list[st.Token], i: int) -> tuple[int, int] | None:
    if i >= len(run):
        return None
    tok = run[i]
    if tok.kind in (st.UNIT, st.ZERO, st.TEEN):
        return tok.value, i + 1
    if tok.kind == st.TENS:
        if i + 1 < len(run) and run[i + 1].kind == st.UNIT and run[i + 1].value > 0:
            return tok.value + run[i + 1].value, i + 2
        return tok.value, i + 1
    return None


def _read_cardinal(run: list[st.Token], i: int) -> tuple[int, int]:
    """Read one number group: "twenty three", "five hundred and two", "two thousand one", "oh"."""
    value, j = _read_below_100(run, i)  # type: ignore[misc]
    if not (j < len(run) and run[j].kind == st.SCALE) or value == 0:
        return value, j
    total = 0
    if run[j].value == 100:
        value, j = value * 100, j + 1
        rest = _read_below_100(run, j)
        if rest and rest[0] > 0 and run[j].kind != st.ZERO:
            value, j = value + rest[0], rest[1]
        if not (j < len(run) and run[j].kind == st.SCALE and run[j].value == 1000):
            return value, j
    total, j = value * 1000, j + 1
    head = _read_below_100(run, j)
    if head and head[0] > 0 and run[j].kind != st.ZERO:
        part, k = head
        if k < len(run) and run[k].kind == st.SCALE and run[k].value == 100:
            part, k = part * 100, k + 1
            rest = _read_below_100(run, k)
            if rest and rest[0] > 0:
                part, k = part + rest[0], rest[1]
        total, j = total + part, k
    return total, j


def _ordinal_pieces(toks: list[st.Token]) -> list[Piece]:
    """Ordinals are rewritten only beside a month name, where they are a day ("march third")."""
    if st.ORD not in map(_KIND, toks):  # (most texts: no ordinal, found in C)
        return []
    pieces = []
    for i, tok in enumerate(toks):
        if tok.kind != st.ORD:
            continue
        before = any(t.low in nw.MONTHS for t in toks[max(0, i - 2):i])
        after = (i + 2 < len(toks) and toks[i + 1].low == "of" and toks[i + 2].low in nw.ANY_MONTHS) or (
            i + 1 < len(toks) and toks[i + 1].low in nw.MONTHS)
        if before or after:
            value = tok.value
            suffix = "th" if 10 <= value % 100 <= 20 else _ORD_SUFFIX.get(value % 10, "th")
            text = f"{value}{suffix}"
            pieces.append(Piece(tok.start, tok.end, text, ((tok.start, tok.end),) * len(text), "ordinal"))
    return pieces


# How far around a rewritten stretch the view is searched: wider than any recognizer's context (cue
# phrases, ``near`` windows), so a hit that touches a stretch is found as in the whole view.
NEAR_SEGMENT = 80


@lru_cache(maxsize=1024)
def near_segments(text: str) -> tuple[tuple[int, str], ...]:
    """The stretches of the spoken view of ``text`` within ``NEAR_SEGMENT`` characters of a rewritten one
    (whole words; the view itself when they cover it), each with its offset in the view: elsewhere the
    view is the written text, searched already."""
    view = _build(text)
    windows: list[list[int]] = []
    for segment in view.segments:
        start, end = max(0, segment.start - NEAR_SEGMENT), min(len(view.text), segment.end + NEAR_SEGMENT)
        while start > 0 and not view.text[start - 1].isspace():
            start -= 1
        while end < len(view.text) and not view.text[end].isspace():
            end += 1
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    if len(windows) == 1 and windows[0] == [0, len(view.text)]:
        return ((0, view.text),)
    return tuple((start, view.text[start:end]) for start, end in windows)
