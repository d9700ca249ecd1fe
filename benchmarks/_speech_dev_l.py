"""How ``dev_l``'s telephony speech engine prints values: lower case, no punctuation, digits as words (``oh``,
``double``, ``triple``) or, in the engine's numeral mode, as bare digit runs; years said the caller's way
(``nineteen eighty seven``, ``two thousand and five``); callers correcting themselves inside a value
(``four five no sorry four nine``); low-confidence words printed ``<unk>`` or ``[inaudible]``.

Every function returns the exact text of one value (its gold span).
"""
from __future__ import annotations

import random

ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ORD = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
       "twelve": "twelfth", "twenty": "twentieth", "thirty": "thirtieth"}
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
LETTERS = {"w": "double u", "h": "aitch", "z": "zed"}
CORRECTIONS = ("no sorry", "no wait", "sorry i mean", "no no", "actually")


def num(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if not rest else " and " + num(rest))
    rest = n % 1000
    return num(n // 1000) + " thousand" + ("" if not rest else (" and " if rest < 100 else " ") + num(rest))


def ordinal(n: int) -> str:
    words = num(n).split(" ")
    last = words[-1]
    words[-1] = ORD.get(last, last[:-1] + "ieth" if last.endswith("y") else last + "th")
    return " ".join(words)


def ordinal_digits(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def year(y: int, rng: random.Random) -> str:
    if y < 2000:
        return f"{num(y // 100)} {num(y % 100)}" if y % 100 >= 10 else f"{num(y // 100)} oh {num(y % 100)}"
    return rng.choice((f"two thousand and {num(y - 2000)}", f"two thousand {num(y - 2000)}", f"twenty oh {num(y - 2000)}"
                       if y < 2010 else f"twenty {num(y - 2000)}"))


def digit_words(run: str, rng: random.Random, zero: str | None = None) -> list[str]:
    """One run said digit by digit, repeats as ``double`` / ``triple`` now and then."""
    zero = zero or rng.choice(("oh", "zero"))
    out, i = [], 0
    while i < len(run):
        c, n = run[i], 1
        while i + n < len(run) and run[i + n] == c and n < 3:
            n += 1
        word = zero if c == "0" else ONES[int(c)]
        if n >= 2 and rng.random() < 0.6:
            out.append(("double " if n == 2 else "triple ") + word)
        else:
            out += [word] * n
        i += n
    return out


def _wrong(run: str, rng: random.Random) -> str:
    i = rng.randrange(len(run))
    return run[:i] + rng.choice([d for d in "0123456789" if d != run[i]]) + run[i + 1:]


def digits(groups: list[str], rng: random.Random, mode: str, clean: bool = False) -> str:
    """Digit groups as the engine prints them; a caller may say one group wrong and correct it."""
    zero = rng.choice(("oh", "zero"))
    fix = None if clean or len(groups) < 2 or rng.random() > 0.22 else rng.randrange(len(groups))
    out = []
    for i, group in enumerate(groups):
        say = (lambda g: " ".join(g)) if mode == "digits" else (lambda g: " ".join(digit_words(g, rng, zero)))
        if i == fix:
            out.append(f"{say(_wrong(group, rng))} {rng.choice(CORRECTIONS)} {say(group)}")
        else:
            out.append(say(group))
    return " ".join(out)


def date_of_birth(dmy: tuple[int, int, int], rng: random.Random, mode: str, us: bool, clean: bool = False) -> str:
    d, m, y = dmy
    if mode == "digits" and not clean:
        return rng.choice((f"{MONTHS[m - 1]} {ordinal_digits(d)} {y}", f"{d} {MONTHS[m - 1]} {y}",
                           f"{m if us else d} {d if us else m} {y}"))
    month, yy = MONTHS[m - 1], year(y, rng)
    forms = [f"{month} {ordinal(d)} {yy}", f"the {ordinal(d)} of {month} {yy}", f"{ordinal(d)} {month} {yy}"]
    if not clean:
        forms.append(f"{' '.join(digit_words(f'{d:02d}', rng))} {' '.join(digit_words(f'{m:02d}', rng))} {yy}")
        forms.append(f"{month} {num(d)} {yy}")
    return forms[0 if us and clean else rng.randrange(len(forms))]


def spell(word: str, rng: random.Random) -> str:
    """A word letter by letter, ``double`` for doubled letters, letter names where the engine writes them."""
    letters = [c for c in word.lower() if c.isalpha()]
    out, i = [], 0
    while i < len(letters):
        c = letters[i]
        say = LETTERS.get(c, c) if rng.random() < 0.5 else c
        if i + 1 < len(letters) and letters[i + 1] == c:
            out.append(f"double {say}")
            i += 2
            continue
        out.append(say)
        i += 1
    return " ".join(out)


def postcode(code: str, rng: random.Random, mode: str, clean: bool = False) -> str:
    """Letters as letters, digits as the engine prints them (all lower case)."""
    parts = []
    for chunk in code.lower().split(" "):
        said = []
        for c in chunk:
            said.append(c if c.isalpha() or mode == "digits" else digit_words(c, rng)[0])
        parts.append(" ".join(said))
    return " ".join(parts)


def expiry(month: int, yr: int, rng: random.Random, mode: str) -> str:
    if mode == "digits":
        return rng.choice((f"{month:02d} {yr % 100}", f"{month} {yr}"))
    return rng.choice((f"{' '.join(digit_words(f'{month:02d}', rng))} {num(yr % 100)}", f"{MONTHS[month - 1]} {year(yr, rng)}",
                       f"{num(month)} {num(yr % 100)}"))


def cut_off(word: str) -> str:
    """A word the caller started and restarted: ``addr- address``."""
    return f"{word[:max(2, len(word) // 2)]}- {word}"
