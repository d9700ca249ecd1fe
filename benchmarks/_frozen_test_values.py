"""Personal values of the FROZEN test split (written for it; the dev value generators are reused only for
plain number words). British, Irish, Canadian and Dutch forms, spoken and written.

ASR style here is lowercase and unpunctuated like the dev split, but numbers are sometimes printed as
digits and letters in odd chunks, as real recognizers do (``cm6 7 f y``, ``15 10 1981``).
"""
from __future__ import annotations

import random
import string

from benchmarks._templates_values import ASR, CHAT, DIGITS, MONTHS, cardinal, ordinal, paired, spoken_digits
from benchmarks.frozen_names import FrozenName, fold
from benchmarks.leak_units import NATO

_NATO_OF = {}
for _word, _letter in NATO.items():
    _NATO_OF.setdefault(_letter, _word)  # first spelling of each letter: alpha, bravo, ...
_LETTERS_NO_IOQ = "ABCDEFGHJKLMNPRSTUVWXYZ"
_UK_STREETS = ("Glebe", "Ashby", "Tanners", "Kingfisher", "Bramley", "Orchard", "Mill", "Rectory", "Priory",
               "Heron", "Wharf", "Paddock", "Copse", "Foxglove", "Beacon", "Linnet", "Cromwell", "Albion")
_UK_TYPES = ("Road", "Lane", "Crescent", "Close", "Gardens", "Mews", "Terrace", "Grove", "Rise", "Walk")
_DOMAINS = ("btinternet.com", "gmx.de", "live.ie", "ziggo.nl", "sky.com", "mail.com", "posteo.net")


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _asr_name(text: str) -> str:
    return fold(text).lower().replace("-", " ").replace(".", "").replace("'", "")


def person(name: FrozenName, part: str, style: str) -> str:
    """``full`` / ``first`` / ``last`` / ``three`` (with middle) / ``initial`` (``Richard J. Leary``)."""
    if part == "initial":
        middle = (name.middle or name.first)[0].upper()
        text = f"{name.first} {middle}. {name.last}" if style == CHAT else f"{name.first} {middle} {name.last}"
    else:
        text = {"full": f"{name.first} {name.last}", "first": name.first, "last": name.last,
                "three": name.full}[part]
    return _asr_name(text) if style == ASR else text


def spelled_name(name: FrozenName, part: str, style: str, rng: random.Random) -> str:
    """A name spelled out: chat ``O-K-A-F-O-R``; ASR letters, sometimes in irregular chunks."""
    letters = [c for c in fold(name.last if part == "last" else f"{name.first}{name.last}") if c.isalpha()]
    if style == CHAT:
        return rng.choice(("-", " ", ". ")).join(c.upper() for c in letters)
    if rng.random() < 0.6:
        return " ".join(c.lower() for c in letters)
    chunks, i = [], 0
    while i < len(letters):
        n = rng.choice((1, 1, 1, 2, 3))
        chunks.append("".join(letters[i:i + n]).lower())
        i += n
    return " ".join(chunks)


def _spell_chunks(code: str, rng: random.Random, nato: bool) -> str:
    """ASR rendering of an alphanumeric code: letters as letters or NATO words, digits as words or
    digits, in chunks."""
    out = []
    for ch in code.replace(" ", ""):
        if ch.isdigit():
            out.append(ch if rng.random() < 0.5 else DIGITS[int(ch)])
        else:
            out.append(_NATO_OF[ch.lower()] if nato else ch.lower())
    return " ".join(out)


def postcode(rng: random.Random, style: str) -> str:
    """UK, Canadian, Irish (Eircode) or Dutch postcode."""
    kind = rng.choice(("uk", "uk", "uk", "ca", "ie", "nl"))
    L = lambda: rng.choice(_LETTERS_NO_IOQ)  # noqa: E731
    if kind == "uk":
        outward = rng.choice((f"{L()}{rng.randint(1, 9)}", f"{L()}{L()}{rng.randint(1, 9)}",
                              f"{L()}{L()}{rng.randint(10, 29)}", f"{L()}{rng.randint(1, 9)}{L()}"))
        code = f"{outward} {rng.randint(0, 9)}{L()}{L()}"
    elif kind == "ca":
        code = f"{L()}{rng.randint(0, 9)}{L()} {rng.randint(0, 9)}{L()}{rng.randint(0, 9)}"
    elif kind == "ie":
        code = f"{rng.choice(('D', 'A', 'T', 'H', 'V'))}{_d(rng, 2)} {L()}{_d(rng, 1)}{L()}{_d(rng, 1)}"
    else:
        code = f"{rng.randint(1000, 9999)} {L()}{L()}"
    if style == CHAT:
        return code if rng.random() < 0.8 else code.replace(" ", "").lower()
    shape = rng.randrange(4)
    if shape == 0:
        return code.lower()
    if shape == 1:
        head, tail = code.split(" ")
        return f"{head.lower()} {' '.join(tail.lower())}"
    return _spell_chunks(code, rng, nato=shape == 3)


def date_of_birth(rng: random.Random, style: str) -> str:
    """Day-first dates: ``3 September 1990``, ``14/01/1942``, ``21.5.85``, ``5-May-1985``, spoken
    ``the seventh of the eighth ninety two``."""
    year, month, day = rng.randint(1938, 2006), rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[month - 1]
    if style == CHAT:
        return rng.choice((f"{day} {mon} {year}", f"{day:02d}/{month:02d}/{year}", f"{day}.{month}.{year % 100:02d}",
                           f"{day}-{mon[:3]}-{year}", f"{day}{_suffix(day)} {mon} {year}",
                           f"{day:02d} {month:02d} {year}", f"{day:02d}-{month:02d}-{year}"))
    yy = year % 100
    short = cardinal(yy) if yy >= 10 else f"oh {DIGITS[yy]}"
    long_year = paired(year) if year < 2000 else cardinal(year)
    return rng.choice((f"the {ordinal(day)} of {mon.lower()} {long_year}",
                       f"{ordinal(day)} of the {ordinal(month)} {rng.choice((short, long_year))}",
                       f"{day}{_suffix(day)} of the {month}{_suffix(month)} {year}",
                       f"{day} {month} {year}", f"{day:02d} {month:02d} {year}",
                       f"{cardinal(day)} {cardinal(month)} {short}",
                       f"{ordinal(day)} {mon.lower()} {long_year}"))


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def card_expiry(rng: random.Random, style: str) -> str:
    month, year = rng.randint(1, 12), rng.randint(26, 33)
    if style == CHAT:
        return rng.choice((f"{month:02d}/{year}", f"{month:02d}/20{year}", f"{month:02d}-{year}"))
    m = f"oh {DIGITS[month]}" if month < 10 and rng.random() < 0.5 else cardinal(month)
    return rng.choice((f"{m} {cardinal(year)}", f"{m} twenty {cardinal(year)}", f"{month:02d} {year}"))


def cvv(rng: random.Random, style: str) -> str:
    raw = _d(rng, 3)
    return raw if style == CHAT else spoken_digits(raw, rng, doubles=False)


def phone(rng: random.Random, style: str) -> str:
    """UK mobile or landline, Irish or Dutch mobile."""
    kind = rng.choice(("uk_mobile", "uk_land", "ie", "nl"))
    if kind == "uk_mobile":
        national, intl = "07" + _d(rng, 3) + " " + _d(rng, 6), "+44 7" + _d(rng, 3) + " " + _d(rng, 6)
    elif kind == "uk_land":
        national, intl = "01" + _d(rng, 3) + " " + _d(rng, 6), "+44 1" + _d(rng, 3) + " " + _d(rng, 6)
    elif kind == "ie":
        national = "08" + _d(rng, 1) + " " + _d(rng, 3) + " " + _d(rng, 4)
        intl = "+353 8" + _d(rng, 1) + " " + _d(rng, 7)
    else:
        national, intl = "06 " + _d(rng, 8), "+31 6 " + _d(rng, 8)
    text = rng.choice((national, intl))
    if style == CHAT:
        return text
    digits = "".join(c for c in text if c.isdigit())
    lead = "plus " if text.startswith("+") else ""
    return lead + spoken_digits(digits, rng)


def email(name: FrozenName, rng: random.Random, style: str) -> str:
    first = "".join(c for c in fold(name.first).lower() if c.isalpha())
    last = "".join(c for c in fold(name.last.split(" ")[-1]).lower() if c.isalpha())
    user = rng.choice((f"{first}.{last}", f"{first[0]}{last}{rng.randint(1, 99)}", f"{last}-{first}"))
    host = rng.choice(_DOMAINS)
    if style == CHAT:
        return f"{user}@{host}"
    spoken = user.replace(".", " dot ").replace("-", " dash ")
    return f"{spoken} at {host.replace('.', ' dot ')}"


def address(rng: random.Random, style: str) -> str:
    number, street = rng.randint(1, 240), f"{rng.choice(_UK_STREETS)} {rng.choice(_UK_TYPES)}"
    flat = rng.random() < 0.3
    if style == CHAT:
        return (f"Flat {rng.randint(1, 12)}, " if flat else "") + f"{number} {street}"
    return (f"flat {cardinal(rng.randint(1, 12))} " if flat else "") + f"{cardinal(number)} {street.lower()}"


def reference(kind: str, rng: random.Random, style: str) -> str:
    """Account-like references: ``booking`` (6 letters/digits), ``meter`` (11 digits), ``customer``
    (2 letters + 8 digits), ``nhs`` (10 digits, 3-3-4)."""
    if kind == "booking":
        code = "".join(rng.choice(_LETTERS_NO_IOQ + "23456789") for _ in range(6))
        if not any(c.isdigit() for c in code):
            code = code[:5] + str(rng.randint(2, 9))
    elif kind == "meter":
        code = _d(rng, 11)
    elif kind == "customer":
        code = "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + _d(rng, 8)
    else:
        raw = str(rng.randint(4, 9)) + _d(rng, 9)
        code = f"{raw[:3]} {raw[3:6]} {raw[6:]}"
    if style == CHAT:
        return code
    if kind in ("meter", "nhs"):
        return spoken_digits(code.replace(" ", ""), rng)
    return _spell_chunks(code, rng, nato=rng.random() < 0.3)
