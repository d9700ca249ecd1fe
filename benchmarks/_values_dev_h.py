"""Value kinds of the ``dev_h`` split: drawn once (``make``), rendered per mention (``say`` for ASR, ``type_``
for chat), cut into the pieces a caller gives across turns (``pieces``).

New against dev_e .. dev_g: expiry dates said ``end of march twenty eight``, ``march in twenty eight``, year
first (``twenty eight march``, ``the year's twenty eight the month's march``), ``three stroke twenty eight``,
printed by the engine (``march 2028``, ``03/28``), corrected inside the span; codes in pairs, ``double`` /
``triple``, half printed, with letters said as letter names or ``as in`` words; UK mobiles, e-mails built on
the caller's name, NHS numbers, energy / policy / membership / permit / claim references with letters.
"""
from __future__ import annotations

import random
import re

from benchmarks._templates_names import ascii_fold
from benchmarks._templates_values import DIGITS, MONTHS, cardinal, ordinal
from benchmarks._values_dev_e import card as _card
from benchmarks._values_dev_e import postcode as _postcode

_Z = ("oh", "oh", "zero", "nought")
_AS_IN = {"A": "apple", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "freddie", "G": "golf",
          "H": "hotel", "J": "juliet", "K": "kilo", "L": "london", "M": "mike", "N": "november", "P": "peter",
          "Q": "queen", "R": "robert", "S": "sugar", "T": "tango", "U": "uniform", "V": "victor", "W": "whisky",
          "X": "x-ray", "Y": "yankee", "Z": "zulu"}
_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_SHORT_MON = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def digits(rng: random.Random, n: int, nonzero_first: bool = False) -> str:
    s = "".join(rng.choice("0123456789") for _ in range(n))
    return (rng.choice("123456789") + s[1:]) if nonzero_first and n else s


def _word(d: str, zero: str) -> str:
    return zero if d == "0" else DIGITS[int(d)]


def run(s: str, rng: random.Random, zero: str | None = None, doubles: float = 0.7) -> str:
    """Digit by digit; a repeated digit said ``double`` / ``triple`` most of the time."""
    zero = zero or rng.choice(_Z)
    out, i = [], 0
    while i < len(s):
        k = 1
        while i + k < len(s) and s[i + k] == s[i] and k < 3:
            k += 1
        if k > 1 and rng.random() < doubles:
            out.append(f"{'double' if k == 2 else 'triple'} {_word(s[i], zero)}")
            i += k
            continue
        out.append(_word(s[i], zero))
        i += 1
    return " ".join(out)


def pair(p: str, zero: str = "oh") -> str:
    if p[0] == "0":
        return f"{zero} {_word(p[1], zero)}"
    return cardinal(int(p))


def pairs(s: str, rng: random.Random) -> str:
    zero = rng.choice(_Z)
    chunks = [s[i:i + 2] for i in range(0, len(s), 2)]
    return " ".join(pair(c, zero) if len(c) == 2 else _word(c, zero) for c in chunks)


def half_printed(s: str, rng: random.Random) -> str:
    """An engine that printed some groups as digits and spelt out the rest."""
    cut = rng.randint(1, len(s) - 1)
    a, b = s[:cut], s[cut:]
    return f"{a} {run(b, rng)}" if rng.random() < 0.5 else f"{run(a, rng)} {b}"


def say_digits(s: str, rng: random.Random, clean: bool = False) -> str:
    if clean:
        return run(s, rng, "oh", 0.0)
    mode = rng.choice(("run", "run", "pairs", "half", "printed", "spaced", "pause"))
    if mode == "pairs" and len(s) % 2 == 0:
        return pairs(s, rng)
    if mode == "half" and len(s) > 3:
        return half_printed(s, rng)
    if mode == "printed":
        return s
    if mode == "spaced":
        return " ".join(s)
    if mode == "pause" and len(s) > 4:
        cut = len(s) // 2
        return f"{run(s[:cut], rng)} {rng.choice(('um', 'uh', 'then', 'and'))} {run(s[cut:], rng)}"
    return run(s, rng)


def say_alnum(s: str, rng: random.Random, clean: bool = False) -> str:
    """Letters said bare, as ``k for kilo`` / ``k as in kilo``; digits as above."""
    out, buf = [], ""
    for ch in s + " ":
        if ch.isdigit():
            buf += ch
            continue
        if buf:
            out.append(say_digits(buf, rng, clean))
            buf = ""
        if ch.isalpha():
            roll = rng.random()
            if clean or roll < 0.5:
                out.append(ch.lower())
            elif roll < 0.75:
                out.append(f"{ch.lower()} for {_AS_IN.get(ch, ch.lower())}")
            else:
                out.append(f"{ch.lower()} as in {_AS_IN.get(ch, ch.lower())}")
    return " ".join(out)


# -- expiry ------------------------------------------------------------------------------------------------
def _yy(y: str, rng: random.Random) -> str:
    yy = y[2:]
    return rng.choice((f"twenty {pair(yy)}", pair(yy), f"two thousand and {cardinal(int(yy))}",
                       f"two thousand {cardinal(int(yy))}", run(yy, rng, "oh", 0)))


def say_expiry(mm: str, y: str, rng: random.Random, clean: bool = False) -> str:
    m, mon, yy = int(mm), MONTHS[int(mm) - 1].lower(), y[2:]
    if clean:
        return rng.choice((f"{mon} {pair(yy)}", f"{pair(mm)} {pair(yy)}", f"{mon} twenty {pair(yy)}",
                           f"{mm} {yy}"))
    wrong = f"{int(yy) - 1:02d}"
    forms = (f"end of {mon} {_yy(y, rng)}", f"{mon} {_yy(y, rng)}", f"{mon} in {_yy(y, rng)}",
             f"{_yy(y, rng)} {mon}", f"the year's {_yy(y, rng)} the month's {mon}", f"{cardinal(m)} stroke {pair(yy)}",
             f"{pair(mm, rng.choice(_Z))} stroke {pair(yy)}", f"{pair(mm, rng.choice(_Z))} {pair(yy)}",
             f"{mon} {y}", f"{mm}/{yy}", f"{m} {yy}", f"{mon} {yy}", f"{run(mm, rng)} {run(yy, rng)}",
             f"{mon} {pair(wrong)} {rng.choice(('no sorry', 'no', 'oh no wait'))} {pair(yy)}",
             f"{mon} {rng.choice(('um', 'uh', 'erm'))} {_yy(y, rng)}", f"{ordinal(m)} of {_yy(y, rng)}",
             f"{mon} {run(yy, rng, 'oh', 0)}", f"{cardinal(m)} {pair(yy)}", f"{_SHORT_MON[m - 1]} {pair(yy)}",
             f"{pair(mm)} {rng.choice(('of', 'in'))} {y}")
    return rng.choice(forms)


def type_expiry(mm: str, y: str, rng: random.Random) -> str:
    m, yy = int(mm), y[2:]
    mon = MONTHS[m - 1]
    return rng.choice((f"{mm}/{yy}", f"{m}/{yy}", f"{mm} / {yy}", f"{mm}{yy}", f"{mm}-{y}", f"{mon[:3]} {yy}",
                       f"{mon} {y}", f"{mon[:3].lower()} '{yy}", f"end of {mon.lower()} {yy}", f"{y}-{mm}",
                       f"{mm}.{yy}", f"{m} / {y}", f"{mm}//{yy}", f"{mon[:3].upper()}{yy}"))


def expiry_part(mm: str, y: str, part: str, rng: random.Random, asr: bool) -> str:
    m = int(mm)
    if part == "_MONTH":
        if asr:
            return rng.choice((MONTHS[m - 1].lower(), pair(mm, rng.choice(_Z)), cardinal(m), f"month {cardinal(m)}"))
        return rng.choice((mm, str(m), MONTHS[m - 1], MONTHS[m - 1][:3].lower()))
    if asr:
        return rng.choice((_yy(y, rng), f"twenty {pair(y[2:])}", y))
    return rng.choice((y, y[2:], f"'{y[2:]}"))


# -- references, phones, e-mails, ids -------------------------------------------------------------------
def make_ref(rng: random.Random) -> str:
    L = lambda n: "".join(rng.choice(_LETTERS) for _ in range(n))  # noqa: E731
    shape = rng.choice(("energy", "policy", "member", "booking", "claim", "permit", "plain", "customer"))
    return {"energy": lambda: f"A-{digits(rng, 4, True)}-{digits(rng, 4)}",
            "policy": lambda: f"{L(3)}/{digits(rng, 7, True)}", "member": lambda: f"{L(3)}00{digits(rng, 5, True)}",
            "booking": lambda: L(2) + digits(rng, 1, True) + L(1) + digits(rng, 1, True) + L(1),
            "claim": lambda: f"CLM-{digits(rng, 6, True)}", "permit": lambda: f"{L(2)} {digits(rng, 6, True)}",
            "plain": lambda: digits(rng, 9, True), "customer": lambda: digits(rng, 3, True) + " " + digits(rng, 3) + " " + digits(rng, 3)}[shape]()


def say_ref(ref: str, rng: random.Random, clean: bool = False) -> str:
    core = ref.replace("-", " ").replace("/", " ").split()
    glue = " " if clean else rng.choice((" ", " ", " dash ", " then "))
    said = [say_alnum(c, rng, clean) if any(ch.isalpha() for ch in c) else say_digits(c, rng, clean) for c in core]
    if not clean and "/" in ref and rng.random() < 0.5:
        return said[0] + " slash " + " ".join(said[1:])
    return glue.join(said)


def type_ref(ref: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.2:
        return ref.lower()
    if roll < 0.35:
        return ref.replace("-", "").replace("/", "").replace(" ", "")
    if roll < 0.45:
        return ref.replace("-", " ").replace("/", " ")
    return ref


def make_phone(rng: random.Random) -> str:
    return "07" + rng.choice(("7", "8", "9", "4")) + digits(rng, 8)


def say_phone(p: str, rng: random.Random, clean: bool = False) -> str:
    if not clean and rng.random() < 0.25:
        return "plus four four " + say_digits(p[1:5], rng) + " " + say_digits(p[5:], rng)
    return say_digits(p[:5], rng, clean) + " " + say_digits(p[5:], rng, clean)


def type_phone(p: str, rng: random.Random) -> str:
    return rng.choice((f"{p[:5]} {p[5:]}", p, f"+44 {p[1:5]} {p[5:]}", f"+44{p[1:]}", f"{p[:5]} {p[5:8]} {p[8:]}",
                       f"{p[:5]}-{p[5:]}"))


_DOMAINS = ("gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com", "sky.com",
            "live.co.uk", "aol.com", "protonmail.com")


def make_email(first: str, last: str, nick: str, rng: random.Random) -> tuple[str, str]:
    """(user part, domain); the user part is built on the caller's name (folded to ASCII)."""
    f, la = (ascii_fold(x).lower().replace(" ", "").replace("-", "").replace("'", "") for x in (first, last))
    n = ascii_fold(nick).lower() if nick else f[:3]
    user = rng.choice((f"{f}.{la}", f"{f}{la}", f"{f[0]}{la}", f"{la}.{f}", f"{f}_{la}{digits(rng, 2)}",
                       f"{n}{la[:4]}{digits(rng, 2)}", f"{f}{digits(rng, 4)}", f"{la}{f[0]}"))
    return user, rng.choice(_DOMAINS)


def say_email(user: str, domain: str, rng: random.Random, clean: bool = False) -> str:
    def part(u: str) -> str:
        out = []
        for chunk in re.findall(r"[a-z]+|\d+|[._]", u):
            out.append({".": "dot", "_": "underscore"}.get(chunk) or (say_digits(chunk, rng, clean) if chunk.isdigit()
                                                                       else chunk))
        return " ".join(out)
    dom = domain.replace(".", " dot ")
    if not clean and rng.random() < 0.3:
        dom = dom.replace("hotmail", "hot mail").replace("btinternet", "b t internet").replace("icloud", "i cloud")
    return f"{part(user)} at {dom}"


def make_dob(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2004)


def say_dob(d: int, m: int, y: int, rng: random.Random) -> str:
    yw = cardinal(y // 100) + " " + pair(f"{y % 100:02d}")
    mon = MONTHS[m - 1].lower()
    return rng.choice((f"the {ordinal(d)} of {mon} {yw}", f"{ordinal(d)} {mon} {pair(f'{y % 100:02d}')}",
                       f"{mon} the {ordinal(d)} {yw}", f"{cardinal(d)} {cardinal(m)} {pair(f'{y % 100:02d}')}",
                       f"{d} {mon} {y}", f"{run(f'{d:02d}', rng)} {run(f'{m:02d}', rng)} {yw}"))


def type_dob(d: int, m: int, y: int, rng: random.Random) -> str:
    mon = MONTHS[m - 1]
    return rng.choice((f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{str(y)[2:]}", f"{d} {mon} {y}", f"{d}.{m}.{y}",
                       f"{d}th {mon[:3]} {y}".replace("1th", "1st").replace("2th", "2nd").replace("3th", "3rd"),
                       f"{d:02d}-{m:02d}-{y}"))


def make_card(rng: random.Random) -> list[str]:
    return list(_card(rng).groups)


def say_postcode(pc: tuple[str, str], rng: random.Random, clean: bool = False) -> str:
    return " ".join(say_alnum(x, rng, clean) for x in pc)


def type_postcode(pc: tuple[str, str], rng: random.Random) -> str:
    a, b = pc
    return rng.choice((f"{a} {b}", f"{a}{b}", f"{a} {b}".lower(), f"{a}  {b}"))


def make_postcode(rng: random.Random) -> tuple[str, str]:
    raw = _postcode(rng)
    while raw.kind != "uk":
        raw = _postcode(rng)
    return raw.groups[0], raw.groups[1]
