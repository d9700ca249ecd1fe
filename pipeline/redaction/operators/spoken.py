"""Digits written as characters or spoken as words, parsed into units that can be re-rendered.

"six two zero", "double five", "oh", "twenty three", "eight hundred" and "620" all become units that each
carry some digits; a surrogate draws new digits of the same count and every unit renders its share in its
own style, so a spoken number stays spoken and a written one keeps its grouping and separators.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.redaction.operators.base import match_case
from recognizers.spoken import number_words as nw
from recognizers.start_set import compile_fast

# Derived from the recognizers' number-word tables (the one place they are written).
DIGIT_WORDS = {**nw.UNITS, **dict.fromkeys(sorted(nw.AMBIGUOUS_ZERO), 0)}
TEEN_WORDS = dict(nw.TEENS)
TENS_WORDS = {word: value // 10 for word, value in nw.TENS.items()}   # tens digit
REPEAT_WORDS = dict(nw.MULTIPLIERS)
SCALE_WORDS = {word: len(str(value)) - 1 for word, value in nw.SCALES.items()}  # trailing zeros the scale adds
NAMES_BY_DIGIT = tuple(word for word in nw.UNITS if word != "nought")   # zero .. nine
TEEN_BY_VALUE = {v: k for k, v in TEEN_WORDS.items()}
_NATO_BY_LETTER = {letter: word for word, letter in reversed(list(nw.NATO.items()))}
TENS_BY_DIGIT = {v: k for k, v in reversed(TENS_WORDS.items())}   # the first spelling wins ("forty")
_TOKEN = compile_fast(r"\d|[^\W\d_]+")  # letters of any script: none passes through unread
# Every word a digits-only parse reads as (part of) a unit opens one of these: any other word is passed at once.
_OPENS_DIGIT_UNIT = frozenset(REPEAT_WORDS) | frozenset(TENS_WORDS) | frozenset(TEEN_WORDS) | frozenset(DIGIT_WORDS) \
    | frozenset(nw.DIGIT_HOMOPHONES)

KIND_CHAR = "char"        # one written digit
KIND_WORD = "word"        # one spoken digit
KIND_REPEAT = "repeat"    # "double five"
KIND_TWO = "two_digit"    # "twenty three", "fifteen", "forty"
KIND_SCALE = "scale"      # "eight hundred", "two thousand"
KIND_LETTER = "letter"    # a written letter or a spoken single letter inside a code
KIND_SAID_LETTER = "said_letter"  # a letter name or NATO word inside a code ("see you es 5...", "kilo 4...")
# How a drawn letter is said: the first name the recognizers' table lists for it, else the letter.
LETTER_NAMES = {letter: word for word, letter in reversed(list(nw.LETTER_SOUNDS.items())) if " " not in word
                and "-" not in word}


@dataclass(frozen=True, slots=True)
class Unit:
    """A span of the value that stands for ``digits`` (or one letter)."""

    start: int
    end: int
    digits: str
    kind: str
    source: str


def parse_units(value: str, *, letters: bool = False) -> list[Unit]:
    """Units of a value; text that is no digit (separators, "dash", "ext") is left out.

    Args:
        value: The detected text.
        letters: Also return letters (written, or spoken single letters) as ``KIND_LETTER`` units.
    """
    return list(_parse_units(value, letters))


@lru_cache(maxsize=4096)  # a value is parsed again for its identity, each draw and each leak check
def _parse_units(value: str, letters: bool) -> tuple[Unit, ...]:
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(value)]
    units: list[Unit] = []
    i = 0
    while i < len(tokens):
        start, end, text = tokens[i]
        if text.isdigit():  # (the first branch below: a written digit, whatever comes next)
            units.append(_UNITS[start, end, text, KIND_CHAR, text])
            i += 1
            continue
        low = text.lower()
        if not letters and low not in _OPENS_DIGIT_UNIT:
            i += 1  # (no branch below takes it)
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        nxt_low = nxt[2].lower() if nxt else ""
        if low in REPEAT_WORDS and nxt and nxt_low in DIGIT_WORDS:
            units.append(Unit(start, nxt[1], str(DIGIT_WORDS[nxt_low]) * REPEAT_WORDS[low], KIND_REPEAT,
                              value[start:nxt[1]]))
            i += 1
        elif low in TENS_WORDS:
            ones = 0
            if nxt and nxt_low in DIGIT_WORDS and DIGIT_WORDS[nxt_low] and nxt_low not in ("o", "oh"):
                ones, end = DIGIT_WORDS[nxt_low], nxt[1]
                i += 1
            units.append(Unit(start, end, f"{TENS_WORDS[low]}{ones}", KIND_TWO, value[start:end]))
        elif low in TEEN_WORDS:
            units.append(Unit(start, end, str(TEEN_WORDS[low]), KIND_TWO, text))
        elif low in DIGIT_WORDS and (low != "o" or not letters):
            if nxt and nxt_low in SCALE_WORDS and DIGIT_WORDS[low]:
                units.append(Unit(start, nxt[1], str(DIGIT_WORDS[low]) + "0" * SCALE_WORDS[nxt_low],
                                  KIND_SCALE, value[start:nxt[1]]))
                i += 1
            else:
                units.append(_UNITS[start, end, _DIGIT_TEXT[DIGIT_WORDS[low]], KIND_WORD, text])
        elif low in nw.DIGIT_HOMOPHONES and (_digitish(tokens, i - 1) or _digitish(tokens, i + 1)):
            # "seven won four ate": the recognizer read these as digits; re-rendered as digit words.
            units.append(Unit(start, end, str(nw.DIGIT_HOMOPHONES[low]), KIND_WORD, text))
        elif letters and (low in nw.LETTER_SOUNDS or low in nw.NATO) and len(text) > 1:
            letter = nw.LETTER_SOUNDS.get(low) or nw.NATO[low]
            units.append(Unit(start, end, letter, KIND_SAID_LETTER, text))
        elif letters and text.isalpha() and (len(text) == 1 or text.isupper() or _is_written_code(value)):
            for k, c in enumerate(text):
                units.append(Unit(start + k, start + k + 1, c, KIND_LETTER, c))
        i += 1
    return tuple(units)


class _Interned(dict):
    """One ``Unit`` per field values, read as ``_UNITS[start, end, digits, kind, source]`` (a Unit is immutable and
    compared by value; a value's digits sit at a few offsets, so most are made once instead of once per unit)."""

    def __missing__(self, fields: tuple[int, int, str, str, str]) -> Unit:
        if len(self) >= MAX_INTERNED:  # (at most this many, then it starts again)
            self.clear()
        unit = self[fields] = Unit(*fields)
        return unit


MAX_INTERNED, _UNITS = 1 << 14, _Interned()
_DIGIT_TEXT = {value: str(value) for value in DIGIT_WORDS.values()}


def _digitish(tokens: list[tuple[int, int, str]], k: int) -> bool:
    if not 0 <= k < len(tokens):
        return False
    low = tokens[k][2].lower()  # a spoken number word: "john.to85" keeps its "to"
    return low in DIGIT_WORDS or low in TEEN_WORDS or low in TENS_WORDS


def _is_written_code(value: str) -> bool:
    # "acc12ab": letters glued to digits are code characters, not words such as "dash".
    return bool(re.search(r"[^\W\d_]\d|\d[^\W\d_]", value))


def digit_string(units: list[Unit]) -> str:
    """All digits the units stand for, in order (letters excluded)."""
    return "".join(u.digits for u in units if u.kind not in (KIND_LETTER, KIND_SAID_LETTER))


def is_spoken(units: list[Unit]) -> bool:
    """True when any digit is spoken as a word."""
    return any(u.kind not in (KIND_CHAR, KIND_LETTER, KIND_SAID_LETTER) for u in units)


def _zero_word(units: list[Unit]) -> str:
    for u in units:
        if u.kind == KIND_WORD and u.digits == "0":
            return u.source.lower()
    return "zero"


def say_two(digits: str, zero: str) -> str:
    first, second = int(digits[0]), int(digits[1])
    if first == 0:
        return f"{zero} {NAMES_BY_DIGIT[second] if second else zero}"
    if first == 1:
        return TEEN_BY_VALUE[int(digits)]
    return TENS_BY_DIGIT[first] + (f" {NAMES_BY_DIGIT[second]}" if second else "")


def render_unit(unit: Unit, new: str, zero: str) -> str:
    """Text for ``unit`` carrying the new digits ``new`` (same count), in the unit's style."""
    if unit.kind in (KIND_CHAR, KIND_LETTER):
        return new
    if unit.kind == KIND_SAID_LETTER:
        low = new.lower()
        said = _NATO_BY_LETTER[low] if unit.source.lower() in nw.NATO else LETTER_NAMES.get(low, low)
        return match_case(unit.source, said)
    if unit.kind == KIND_WORD:
        said = zero if new == "0" else NAMES_BY_DIGIT[int(new)]
    elif unit.kind == KIND_REPEAT:
        said = (f"{unit.source.split()[0].lower()} {NAMES_BY_DIGIT[int(new[0])]}" if len(set(new)) == 1
                else " ".join(zero if c == "0" else NAMES_BY_DIGIT[int(c)] for c in new))
    elif unit.kind == KIND_TWO:
        said = say_two(new, zero)
    else:  # KIND_SCALE
        scale = unit.source.split()[-1].lower()
        if new[0] != "0" and set(new[1:]) == {"0"}:
            said = f"{NAMES_BY_DIGIT[int(new[0])]} {scale}"
        else:
            said = " ".join(zero if c == "0" else NAMES_BY_DIGIT[int(c)] for c in new)
    return match_case(unit.source, said)


def render(value: str, units: list[Unit], new_chars: str) -> str:
    """``value`` with each unit replaced by its share of ``new_chars`` (digits and letters, in unit order)."""
    zero = _zero_word(units)
    out, cursor, pos = [], 0, 0
    for unit in units:
        width = len(unit.digits)
        out.append(value[cursor:unit.start])
        out.append(render_unit(unit, new_chars[pos:pos + width], zero))
        pos += width
        cursor = unit.end
    out.append(value[cursor:])
    return "".join(out)
