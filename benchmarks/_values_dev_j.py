"""Value makers and speakers for ``dev_j``: how callers say digits, dates, postcodes, phones and e-mails on a
noisy line (homophones ``won`` / ``to`` / ``for`` / ``ate``, ``nought`` / ``oh``, ``double`` / ``triple``,
split tens ``seven teen``, restarts) and how chat users type them (odd separators, pasted runs).

Check-digit makers (PPS, SIN, BSN, NI, cards) come from ``_places_dev_i``; every rendering here is new.
"""
from __future__ import annotations

import random

from benchmarks._places_dev_i import make_bsn, make_nino, make_pps, make_sin  # noqa: F401 (re-exported)

WORD = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SOUND = {"0": ("oh", "nought", "zero", "o"), "1": ("one", "won"), "2": ("two", "to", "too"), "4": ("four", "for"),
          "8": ("eight", "ate")}
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
PHONETIC = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf",
            "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
            "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform",
            "V": "victor", "W": "whiskey", "X": "x ray", "Y": "yankee", "Z": "zulu"}
_SLIPS = ("sorry", "no wait", "scratch that", "i mean")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_ORD = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth")


def digits(rng: random.Random, n: int, nonzero: bool = False) -> str:
    s = "".join(rng.choice("0123456789") for _ in range(n))
    return (rng.choice("123456789") + s[1:]) if nonzero else s


def caps(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTWXY") for _ in range(n))


def spoken(d: str, rng: random.Random, clean: bool = False) -> str:
    """One digit as the engine prints it: a word, a homophone or the digit itself."""
    if clean:
        return "oh" if d == "0" else WORD[int(d)]
    roll = rng.random()
    if roll < 0.18:
        return d
    if d in _SOUND and roll < 0.6:
        return rng.choice(_SOUND[d])
    return WORD[int(d)]


def two(p: str, rng: random.Random) -> str:
    """A pair said as a number: ``47`` -> ``forty seven``, ``17`` -> ``seven teen`` (split by the engine)."""
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return f"{rng.choice(('oh', 'nought'))} {spoken(p[1], rng)}"
    if a == 1:
        t = _TEENS[b]
        return t.replace("teen", " teen") if t.endswith("teen") and rng.random() < 0.3 else t
    return _TENS[a] + ("" if b == 0 else " " + WORD[b])


def say_run(s: str, rng: random.Random, clean: bool = False) -> str:
    """Digit by digit with ``double`` / ``triple`` for repeats; sometimes pairs; sometimes a printed chunk."""
    if not clean and len(s) >= 4 and rng.random() < 0.2:
        cut = rng.randrange(1, len(s) - 1)
        return f"{s[:cut]} {say_run(s[cut:], rng)}"
    if not clean and len(s) % 2 == 0 and rng.random() < 0.25:
        return " ".join(two(s[i:i + 2], rng) for i in range(0, len(s), 2))
    out, i = [], 0
    while i < len(s):
        n = 1
        while i + n < len(s) and s[i + n] == s[i] and n < 3:
            n += 1
        if n > 1 and (clean or rng.random() < 0.75):
            out.append(f"{'double' if n == 2 else 'triple'} {spoken(s[i], rng, clean)}")
        else:
            out.extend(spoken(s[i], rng, clean) for _ in range(n))
        i += n
    return " ".join(out)


def say_chars(s: str, rng: random.Random, clean: bool = False) -> str:
    """Letters and digits: letters bare, phonetic, or ``b for bravo``; digits as runs."""
    out, buf = [], ""
    for ch in s + "\x00":
        if ch.isdigit():
            buf += ch
            continue
        if buf:
            out.append(say_run(buf, rng, clean))
            buf = ""
        if ch.isalpha():
            roll = 1.0 if clean else rng.random()
            up = ch.upper()
            out.append(PHONETIC[up] if roll < 0.3 else f"{up.lower()} for {PHONETIC[up]}" if roll < 0.45 else up.lower())
    return " ".join(out)


def groups_said(groups: list[str], rng: random.Random, clean: bool = False, slips: bool = True) -> str:
    """Groups with a pause word between and, now and then, a slipped group said again."""
    out = []
    for i, g in enumerate(groups):
        if i and not clean:
            out.append(rng.choice(("", "", "um", "uh", "then", "hang on", "er")))
        if slips and not clean and rng.random() < 0.12 and g[-1].isdigit():
            wrong = g[:-1] + str((int(g[-1]) + 3) % 10)
            out.append(f"{say_run(wrong, rng)} {rng.choice(_SLIPS)}")
        out.append(say_run(g, rng, clean))
    return " ".join(w for w in out if w)


# -- dates of birth ------------------------------------------------------------------------------------------
def make_dob(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 2006)


def say_year(y: int, rng: random.Random) -> str:
    if y >= 2000:
        return rng.choice((f"two thousand and {WORD[y - 2000]}" if y < 2010 else f"twenty {two(str(y)[2:], rng)}",
                           f"two thousand {WORD[y % 10]}" if y < 2010 else str(y)))
    return rng.choice((f"nineteen {two(str(y)[2:], rng)}", str(y), f"19 {y % 100}", f"{two(str(y)[2:], rng)}"))


def say_dob(d: int, m: int, y: int, rng: random.Random) -> str:
    form = rng.randrange(7)
    mon = MONTHS[m - 1].lower()
    if form == 0:
        return f"{_ORD[d - 1] if d <= 20 else 'twenty ' + _ORD[d - 21]} of {mon} {say_year(y, rng)}"
    if form == 1:
        return f"{mon} the {d}{'st' if d in (1, 21) else 'nd' if d in (2, 22) else 'rd' if d in (3, 23) else 'th'} {say_year(y, rng)}"
    if form == 2:
        return f"{say_run(f'{d:02d}', rng)} {say_run(f'{m:02d}', rng)} {say_run(str(y)[2:], rng)}"
    if form == 3:
        return f"{WORD[d] if d < 10 else two(str(d), rng)} {rng.choice(('slash', 'stroke', ''))} {m} {say_year(y, rng)}".replace("  ", " ")
    if form == 4:
        return f"{say_year(y, rng)} {mon} {d}"
    if form == 5:
        return f"the {d} of {mon} um {say_year(y, rng)}"
    wrong = MONTHS[m % 12].lower()
    return f"{d} {wrong} {rng.choice(_SLIPS)} {mon} {say_year(y, rng)}"


def type_dob(d: int, m: int, y: int, rng: random.Random) -> str:
    mon = MONTHS[m - 1]
    return rng.choice((f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {mon[:3].lower()} {y}",
                       f"{mon} {d} {y}", f"{d:02d}-{m:02d}-{str(y)[2:]}", f"{d:02d} {m:02d} {y}", f"{d}th {mon}, {y}",
                       f"{d:02d}{m:02d}{y}", f"{d} / {m} / {y}"))


def dob_piece(d: int, m: int, y: int, part: str, rng: random.Random, asr: bool) -> str:
    if part == "_Y":
        return say_year(y, rng) if asr else rng.choice((str(y), f"'{str(y)[2:]}", f"{y}"))
    mon = MONTHS[m - 1]
    if asr:
        return rng.choice((f"{mon.lower()} {d}", f"the {d} of {mon.lower()}", f"{say_run(f'{d:02d}', rng)} {say_run(f'{m:02d}', rng)}"))
    return rng.choice((f"{d} {mon}", f"{d:02d}/{m:02d}", f"{mon[:3]} {d}"))
