"""Joining spoken e-mail addresses, host names and dotted numbers for the spoken view.

Runs units (already rewritten runs, or plain words) that are separated by spoken syntax words:
``local (dot|underscore|dash local)* at label (dot label)+`` where the last label is a known top-level
domain; ``label (dot label)+ tld`` for web hosts; ``number ((dot|point|dash|hyphen) number)+`` for IPs, decimals
and identifiers read with their dashes; ``code ((dash|hyphen|slash) code)+`` for references read with their
separators ("x b f dash five oh nine one dash m six" -> "xbf-5091-m6", "r b slash six eight four eight slash
five nine" -> "rb/6848/59"), when a part has a letter, a part has a digit and a part was spoken.
Requiring the top-level domain keeps "at home" and "dot the i's" untouched.
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from recognizers.spoken import number_words as nw
from recognizers.spoken import tokens as st
from recognizers.start_set import compile_fast

_JOIN_GAP = compile_fast(r"[\s,]*")
_NAMEISH_KINDS = frozenset({st.WORD, st.WDIGITS, st.HOST, st.LETTER, "letters", "alnum", "digits"})
_NUMBER_KINDS = frozenset({st.WDIGITS, "digits"})
_SYNTAX = frozenset(nw.CONNECTORS) | nw.DECIMAL_POINT | nw.AT_WORDS | nw.FILLERS | {"and"}
# A word unit of the join step: spans are its characters, one each (built only when merged).
_OWN_CHARS = None


@dataclass(frozen=True, slots=True)
class Piece:
    """A replacement: original ``[start, end)`` becomes ``text``; ``spans[k]`` is the source of text[k].

    ``spans`` is None for a plain word unit of ``join_pieces``: ``text`` is the original slice, so
    character k comes from ``start + k`` (materialized only when a join keeps the word).
    """

    start: int
    end: int
    text: str
    spans: tuple[tuple[int, int], ...] | None
    kind: str


class _Word:
    """A plain word unit of ``join_pieces``: read like a ``Piece`` whose ``spans`` is ``_OWN_CHARS`` (built
    without a frozen dataclass's per-field ``object.__setattr__``: a text with a join word has one per word)."""

    __slots__ = ("start", "end", "text", "spans", "kind")

    def __init__(self, start: int, end: int, text: str, kind: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.spans = _OWN_CHARS
        self.kind = kind


def join_pieces(text: str, toks: list[st.Token], pieces: list[Piece]) -> list[Piece]:
    """Merge pieces and words that spell an e-mail, a host name or a dotted number into one piece each."""
    lows = set(map(attrgetter("low"), toks))
    if _JOIN_WORDS.isdisjoint(lows) and not ("@" in text and any(t.kind == st.EMAILISH for t in toks)):
        return pieces
    if not _may_join(text, toks, pieces, lows):
        return pieces
    units = _units(text, toks, pieces)
    used = [False] * len(units)
    joined: list[Piece] = []
    for finder, maybe in zip((_find_email, _find_host, _find_number, _find_code), _candidates(units)):
        k = 0
        while True:
            # ``maybe[k]`` False: the finder's first checks would fail at k (skipped in C by list.index).
            try:
                k = maybe.index(True, k)
            except ValueError:
                break
            hit = None if used[k] else finder(text, units, k)
            if hit and not any(used[hit[0]:hit[1] + 1]):
                lo, hi, kind = hit
                joined.append(_merge(units[lo:hi + 1], kind))
                for j in range(lo, hi + 1):
                    used[j] = True
                k = hi + 1
            else:
                k += 1
    consumed = [(p.start, p.end) for p in joined]
    kept = [p for p in pieces if not any(s <= p.start and p.end <= e for s, e in consumed)]
    return kept + joined


def _may_join(text: str, toks: list[st.Token], pieces: list[Piece], lows: set[str]) -> bool:
    """Whether a finder below can join anything: each needs a unit "dot", "dash", "hyphen" or "slash" (an e-mail's
    domain a "dot" or a written host name), or "point" after a number. A unit's word is a token's or a piece's ("d o t"
    spelled is a letters piece "dot"; a merged token spans blanks and is none of them)."""
    said = lows.union(piece.text.lower() for piece in pieces)
    if not _MUST_HOLD.isdisjoint(said) or "." in text and any(t.kind == st.HOST for t in toks):
        return True
    return "point" in said and (any(p.kind in _NUMBER_KINDS for p in pieces)
                                or any(t.kind in _NUMBER_KINDS for t in toks))


# Words between the parts of a reference ("r b slash six eight four eight slash five nine").
_CODE_JOINERS = {"dash": "-", "hyphen": "-", "slash": "/"}
_JOIN_WORDS = frozenset(nw.CONNECTORS) | frozenset(nw.DECIMAL_POINT) | frozenset(_CODE_JOINERS)
# Words between the numbers of one value: "one nine two dot one six eight", "one two three dash four five".
_NUMBER_JOINERS = frozenset(nw.DECIMAL_POINT) | {"dash", "hyphen"}
_MUST_HOLD = frozenset(_CODE_JOINERS) | {"dot"}  # one of these, or "point" after a number (``_may_join``)
# Parts of a reference: digits, spelled letters (joined already: "xbf"), letters glued to digits ("m6").
_CODE_KINDS = _NUMBER_KINDS | {st.LETTER, "letters", "alnum"}
MAX_CODE_PART = 8  # characters of one part: a longer one is a number or a word, not a reference group
MAX_LAST_PART = 3


def _candidates(units: list[Piece]) -> tuple[list[bool], list[bool], list[bool], list[bool]]:
    """Where each finder can start: e-mail at "@"-words or "at"; host and number before "dot"/"point";
    a reference before "dash"/"hyphen"/"slash"."""
    lows = [u.text.lower() for u in units] + [""]  # (``_low`` inlined: one call per word of the text)
    email = [u.kind == st.EMAILISH or low in nw.AT_WORDS for u, low in zip(units, lows)]
    host = [low == "dot" for low in lows[1:]]
    number = [u.kind in _NUMBER_KINDS and low in _NUMBER_JOINERS for u, low in zip(units, lows[1:])]
    code = [u.kind in _CODE_KINDS and low in _CODE_JOINERS for u, low in zip(units, lows[1:])]
    return email, host, number, code


def _units(text: str, toks: list[st.Token], pieces: list[Piece]) -> list[Piece]:
    by_start = {p.start: p for p in pieces}
    units: list[Piece] = []
    skip_until = -1
    for tok in toks:
        if tok.start < skip_until:
            continue
        piece = by_start.get(tok.start)
        if piece is not None:
            units.append(piece)
            skip_until = piece.end
            continue
        units.append(_Word(tok.start, tok.end, text[tok.start:tok.end], tok.kind))
    return units


def _low(unit: Piece) -> str:
    return unit.text.lower()


def _nameish(unit: Piece) -> bool:
    return unit.kind in _NAMEISH_KINDS and _low(unit) not in _SYNTAX


def _adjacent(text: str, left: Piece, right: Piece) -> bool:
    return _JOIN_GAP.fullmatch(text, left.end, right.start) is not None


def _domain_end(text: str, units: list[Piece], k: int) -> int | None:
    """Index of the last unit of a domain starting at ``k``, or None when it is not a domain."""
    first = units[k]
    if not (_nameish(first) or first.kind == st.EMAILISH):
        return None
    j = k
    while (j + 2 < len(units) and _low(units[j + 1]) == "dot" and _nameish(units[j + 2])
           and _adjacent(text, units[j], units[j + 1]) and _adjacent(text, units[j + 1], units[j + 2])):
        j += 2
    last = _low(units[j])
    if j > k and last in nw.TLDS:
        return j
    if j == k and first.kind == st.HOST and last.rsplit(".", 1)[-1] in nw.TLDS:
        return j
    return None


def _find_email(text: str, units: list[Piece], k: int) -> tuple[int, int, str] | None:
    unit = units[k]
    if unit.kind == st.EMAILISH:  # "jack@gmail dot com"
        end = _domain_end(text, units, k)
        return (k, end, "email") if end is not None and end > k else None
    if _low(unit) not in nw.AT_WORDS or k == 0 or k + 1 >= len(units):
        return None
    end = _domain_end(text, units, k + 1)
    if end is None or not _adjacent(text, unit, units[k + 1]):
        return None
    lo = k - 1
    if not (_local_ok(units[lo]) and _adjacent(text, units[lo], unit)):
        return None
    while True:
        if (lo >= 2 and _low(units[lo - 1]) in nw.CONNECTORS and _local_ok(units[lo - 2])
                and _adjacent(text, units[lo - 2], units[lo - 1]) and _adjacent(text, units[lo - 1], units[lo])):
            lo -= 2
        elif (lo >= 1 and units[lo].kind in _NUMBER_KINDS and units[lo - 1].kind in (st.WORD, "letters")
              and _local_ok(units[lo - 1]) and _adjacent(text, units[lo - 1], units[lo])):
            lo -= 1  # "john twenty three at ..." -> john23@...
        else:
            return lo, end, "email"


def _local_ok(unit: Piece) -> bool:
    return _nameish(unit) and _low(unit) not in nw.NOT_LOCAL_PART


def _find_host(text: str, units: list[Piece], k: int) -> tuple[int, int, str] | None:
    end = _domain_end(text, units, k)
    return (k, end, "host") if end is not None and end > k else None


def _find_number(text: str, units: list[Piece], k: int) -> tuple[int, int, str] | None:
    if units[k].kind not in _NUMBER_KINDS:
        return None
    j = k
    while (j + 2 < len(units) and _low(units[j + 1]) in _NUMBER_JOINERS and units[j + 2].kind in _NUMBER_KINDS
           and _adjacent(text, units[j], units[j + 1]) and _adjacent(text, units[j + 1], units[j + 2])):
        j += 2
    if j == k or all(units[i].kind == st.WDIGITS for i in range(k, j + 1, 2)):
        return None  # nothing spoken: "3 point 5" written digits stay as written
    return k, j, "number"


def _code_part(unit: Piece) -> bool:
    return unit.kind in _CODE_KINDS and len(unit.text) <= MAX_CODE_PART and unit.text.isalnum()


def _find_code(text: str, units: list[Piece], k: int) -> tuple[int, int, str] | None:
    if not _code_part(units[k]):
        return None
    j = k
    while (j + 2 < len(units) and _low(units[j + 1]) in _CODE_JOINERS and _code_part(units[j + 2])
           and _adjacent(text, units[j], units[j + 1]) and _adjacent(text, units[j + 1], units[j + 2])):
        j += 2
    if j > k and j + 1 < len(units) and _code_part(units[j + 1]) and _adjacent(text, units[j], units[j + 1]) \
            and len(units[j].text) + len(units[j + 1].text) <= MAX_LAST_PART:
        j += 1  # the last group heard as two pieces ("dash m 6")
    parts = [units[i] for i in range(k, j + 1) if _low(units[i]) not in _CODE_JOINERS]
    if j == k or not any(any(map(str.isalpha, p.text)) for p in parts) \
            or not any(any(map(str.isdigit, p.text)) for p in parts) \
            or all(p.spans is _OWN_CHARS for p in parts):
        return None  # a letter, a digit and something spoken: "b dash 4" alone is no reference
    return k, j, "alnum"


def _merge(units: list[Piece], kind: str) -> Piece:
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    for unit in units:
        low = _low(unit)
        symbol = "@" if low in nw.AT_WORDS else nw.CONNECTORS.get(low, _CODE_JOINERS.get(
            low, "." if low == "point" else None))
        if symbol is not None and unit.kind == st.WORD:
            chars.append(symbol)
            spans.append((unit.start, unit.end))
        else:
            chars.extend(unit.text.lower() if kind in ("email", "host") else unit.text)
            spans.extend(unit.spans if unit.spans is not _OWN_CHARS else
                         ((unit.start + k, unit.start + k + 1) for k in range(unit.end - unit.start)))
    return Piece(units[0].start, units[-1].end, "".join(chars), tuple(spans), kind)
