"""Number-like personal values of the ``frozen_b`` split, as speech recognisers and chat users write them.

Written for ``frozen_b`` before any figure on it was seen (never edit to move a score). ASR forms are lower
case without punctuation: digit words with ``oh`` / ``double`` / ``triple``, digit pairs and hundreds read as
numbers, digits as the engine printed them (``07700 900 123``), letters one by one or in the NATO alphabet.
Chat forms: digit groups with spaces, dashes, dots or none, slashes, month abbreviations. Card numbers are
Luhn-valid, IBANs carry correct check digits, NHS numbers a valid modulus-11 check digit.
"""
from __future__ import annotations

import random
import string

from benchmarks._templates_values import ASR, DIGITS, MONTHS, cardinal, luhn_complete, ordinal

NATO = dict(zip(string.ascii_lowercase, (
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima",
    "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
    "xray", "yankee", "zulu")))


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    out = "".join(rng.choice(string.digits) for _ in range(n))
    return (rng.choice("123456789") + out[1:]) if first_nonzero and n else out


def letters(rng: random.Random, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def say_digits(ds: str, rng: random.Random) -> str:
    """Digit by digit: ``oh`` or ``zero``, sometimes ``double``/``triple`` for runs."""
    zero = rng.choice(("oh", "zero", "oh"))
    runs = rng.random() < 0.6
    words, i = [], 0
    while i < len(ds):
        word = zero if ds[i] == "0" else DIGITS[int(ds[i])]
        n = 1
        while runs and i + n < len(ds) and ds[i + n] == ds[i] and n < 3:
            n += 1
        if n == 3:
            words.append(f"triple {word}")
        elif n == 2:
            words.append(f"double {word}")
        else:
            words.append(word)
            n = 1
        i += n
    return " ".join(words)


def say_pairs(ds: str, rng: random.Random) -> str:
    """Two digits at a time as numbers (``45 39`` -> ``forty five thirty nine``); ``07`` -> ``oh seven``."""
    out = []
    for i in range(0, len(ds), 2):
        pair = ds[i:i + 2]
        if len(pair) == 1 or pair[0] == "0":
            out.append(say_digits(pair, rng))
        else:
            out.append(cardinal(int(pair)))
    return " ".join(out)


def say_letters(text: str, rng: random.Random, nato: float = 0.15) -> str:
    """Letters one by one (sometimes NATO words), digits as digit words."""
    out = []
    for ch in text.lower():
        if ch.isdigit():
            out.append(say_digits(ch, rng))
        elif ch.isalpha():
            out.append(NATO[ch] if rng.random() < nato else ch)
    return " ".join(out)


def grouped(ds: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for size in sizes:
        out.append(ds[i:i + size])
        i += size
    if i < len(ds):
        out.append(ds[i:])
    return sep.join(p for p in out if p)


def spoken_number(ds: str, sizes: tuple[int, ...], rng: random.Random) -> str:
    """An ASR rendering of a digit string: words, pairs, or the engine's own digits."""
    form = rng.random()
    if form < 0.5:
        return say_digits(ds, rng)
    if form < 0.75:
        return " ".join(say_pairs(g, rng) if rng.random() < 0.6 else say_digits(g, rng)
                        for g in grouped(ds, sizes).split())
    return grouped(ds, sizes) if rng.random() < 0.6 else ds


# -- phone --------------------------------------------------------------------------------------------
def phone_digits(rng: random.Random) -> tuple[str, tuple[int, ...], str]:
    """(national digits, grouping, international prefix)."""
    kind = rng.random()
    if kind < 0.55:
        return "07" + digits(rng, 9), (5, 6), "+44 "
    if kind < 0.8:
        area = rng.choice(("0113", "0121", "0161", "0117", "0131", "0141", "0191", "0114"))
        return area + digits(rng, 7, True), (4, 3, 4), "+44 "
    if kind < 0.9:
        return "020" + rng.choice("378") + digits(rng, 7), (3, 4, 4), "+44 "
    return "08" + rng.choice("04") + digits(rng, 7, True), (4, 3, 3), "+353 "


def phone_text(ds: str, sizes: tuple[int, ...], intl: str, rng: random.Random, style: str) -> str:
    if style == ASR:
        return spoken_number(ds, sizes, rng)
    form = rng.random()
    if form < 0.35:
        return grouped(ds, sizes)
    if form < 0.55:
        return ds
    if form < 0.7:
        return intl + grouped(ds[1:], (sizes[0] - 1, *sizes[1:]))
    if form < 0.8:
        return intl.strip() + ds[1:]
    if form < 0.9:
        return grouped(ds, sizes, "-")
    return f"({ds[:sizes[0]]}) " + grouped(ds[sizes[0]:], sizes[1:])


# -- dates --------------------------------------------------------------------------------------------
def date_of_birth(rng: random.Random, style: str) -> str:
    year, month, day = rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[month - 1]
    if style == ASR:
        yr = f"nineteen {cardinal(year % 100)}" if year < 2000 else f"two thousand and {cardinal(year % 100)}"
        if year < 2000 and year % 100 < 10:
            yr = f"nineteen oh {DIGITS[year % 10]}"
        short = cardinal(year % 100) if year % 100 >= 10 else f"oh {DIGITS[year % 10]}"
        return rng.choice((
            f"the {ordinal(day)} of {mon.lower()} {yr}", f"{mon.lower()} the {ordinal(day)} {yr}",
            f"{ordinal(day)} {mon.lower()} {short}", f"{mon.lower()} {ordinal(day)} {yr}",
            f"{say_digits(f'{day:02d}', rng)} {say_digits(f'{month:02d}', rng)} {yr}",
            f"{ordinal(day)} of the {ordinal(month)} {short}", f"{day} {mon.lower()} {year}"))
    return rng.choice((
        f"{day:02d}/{month:02d}/{year}", f"{day}/{month}/{year % 100:02d}", f"{day:02d}.{month:02d}.{year}",
        f"{day:02d}-{month:02d}-{year}", f"{day} {mon} {year}", f"{day}{_suffix(day)} {mon[:3]} {year}",
        f"{mon} {day}, {year}", f"{year}-{month:02d}-{day:02d}", f"{day:02d}{month:02d}{year % 100:02d}",
        f"{day} {mon.lower()[:3]} {year % 100:02d}"))


def _suffix(day: int) -> str:
    return "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# -- cards --------------------------------------------------------------------------------------------
def card_digits(rng: random.Random) -> tuple[str, tuple[int, ...]]:
    kind = rng.random()
    if kind < 0.5:
        return luhn_complete("4" + digits(rng, 14)), (4, 4, 4, 4)
    if kind < 0.85:
        return luhn_complete(f"5{rng.randint(1, 5)}" + digits(rng, 13)), (4, 4, 4, 4)
    return luhn_complete(f"3{rng.choice('47')}" + digits(rng, 12)), (4, 6, 5)


def card_text(ds: str, sizes: tuple[int, ...], rng: random.Random, style: str) -> str:
    if style == ASR:
        return spoken_number(ds, sizes, rng)
    return rng.choice((grouped(ds, sizes), grouped(ds, sizes), ds, grouped(ds, sizes, "-"),
                       grouped(ds, sizes, "  "), grouped(ds, sizes, ".")))


def card_expiry(rng: random.Random, style: str) -> str:
    month, year = rng.randint(1, 12), rng.randint(25, 33)
    mon = MONTHS[month - 1]
    if style == ASR:
        return rng.choice((
            f"{say_digits(f'{month:02d}', rng)} {cardinal(year)}", f"{mon.lower()} {cardinal(year)}",
            f"{mon.lower()} twenty {cardinal(year)}", f"{cardinal(month)} {cardinal(year)}",
            f"{say_digits(f'{month:02d}', rng)} slash {cardinal(year)}", f"{month:02d} {year}",
            f"{say_digits(f'{month:02d}{year}', rng)}"))
    return rng.choice((f"{month:02d}/{year}", f"{month}/{year}", f"{month:02d}/20{year}", f"{month:02d}-{year}",
                       f"{mon[:3]} {year}", f"{mon[:3].lower()} 20{year}", f"{month:02d}{year}",
                       f"{month:02d} / {year}"))


def cvv(rng: random.Random, style: str, n: int = 3) -> str:
    ds = digits(rng, n)
    if style != ASR:
        return ds
    if n == 3 and ds[0] != "0" and ds[1:] != "00" and rng.random() < 0.35:
        return f"{DIGITS[int(ds[0])]} {say_pairs(ds[1:], rng)}"
    return say_digits(ds, rng)


# -- codes, ids, IBAN -----------------------------------------------------------------------------------
def otp(rng: random.Random, style: str) -> str:
    ds = digits(rng, rng.choice((6, 6, 4, 8)))
    if style == ASR:
        return spoken_number(ds, (3, 3) if len(ds) == 6 else (2, 2, 2, 2), rng)
    return rng.choice((ds, ds, grouped(ds, (3, 3)) if len(ds) == 6 else ds, grouped(ds, (3, 3), "-")))


def nhs_number(rng: random.Random, style: str) -> str:
    while True:
        body = digits(rng, 9, True)
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        if check != 10:
            ds = body + str(0 if check == 11 else check)
            break
    if style == ASR:
        return spoken_number(ds, (3, 3, 4), rng)
    return rng.choice((grouped(ds, (3, 3, 4)), ds, grouped(ds, (3, 3, 4), "-")))


def ni_number(rng: random.Random, style: str) -> str:
    prefix = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
    while prefix in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"):
        prefix = rng.choice("ABCEHJKLMPRSTWY") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
    ds, suffix = digits(rng, 6), rng.choice("ABCD")
    if style == ASR:
        return f"{say_letters(prefix, rng)} {spoken_number(ds, (2, 2, 2), rng)} {say_letters(suffix, rng)}"
    code = prefix + ds + suffix
    return rng.choice((code, f"{prefix} {ds[:2]} {ds[2:4]} {ds[4:]} {suffix}", code.lower()))


def reference(kind: str, rng: random.Random, style: str) -> str:
    """Customer, booking, policy, order, membership, meter and tracking references."""
    if kind == "booking":
        raw = letters(rng, 2) + digits(rng, 1) + letters(rng, 3)
    elif kind == "policy":
        raw = rng.choice(("HX", "MP", "CV", "PL")) + digits(rng, 7, True)
    elif kind == "order":
        raw = digits(rng, rng.choice((8, 9, 10)), True)
    elif kind == "meter":
        raw = digits(rng, 2) + letters(rng, 1) + digits(rng, 7)
    elif kind == "tracking":
        raw = letters(rng, 2) + digits(rng, 9) + "GB"
    elif kind == "bank":
        raw = digits(rng, 8, True)
    else:  # customer / membership number
        raw = digits(rng, rng.choice((7, 10, 11)), True)
    if style == ASR:
        if raw.isdigit():
            return spoken_number(raw, (4, 3, 4) if len(raw) > 8 else (4, 4), rng)
        return say_letters(raw, rng, nato=0.25)
    if raw.isdigit() and len(raw) >= 10 and rng.random() < 0.4:
        return grouped(raw, (4, 3, 4))
    return raw if rng.random() < 0.8 else raw.lower()


_IBAN = {"GB": "gb", "IE": "gb", "DE": "18n", "FR": "23n", "ES": "20n", "NL": "nl", "IT": "it"}


def _iban_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


def iban(rng: random.Random, style: str) -> str:
    country = rng.choice(tuple(_IBAN))
    spec = _IBAN[country]
    if spec == "gb":
        bban = letters(rng, 4, string.ascii_uppercase) + digits(rng, 14)
    elif spec == "nl":
        bban = letters(rng, 4, string.ascii_uppercase) + digits(rng, 10)
    elif spec == "it":
        bban = letters(rng, 1, string.ascii_uppercase) + digits(rng, 10) + digits(rng, 12)
    else:
        bban = digits(rng, int(spec[:-1]))
    code = country + _iban_check(country, bban) + bban
    spaced = " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    if style == ASR:
        return say_letters(code, rng, nato=0.2) if rng.random() < 0.8 else spaced.lower()
    return rng.choice((spaced, spaced, code, code.lower(), spaced.lower()))
