"""Synthetic personal values and distractors, rendered in chat style (cased, digits) or ASR style
(lowercase, numbers spoken as words).

Every generator takes the ``random.Random`` of the conversation so a seed reproduces a data set exactly.
Values are synthetic: SSNs avoid never-issued areas only so they look real to validators, card numbers
are Luhn-valid, IBANs carry correct check digits.
"""
from __future__ import annotations

import random
import string

from benchmarks._templates_names import Name, ascii_fold

ASR, CHAT = "asr", "chat"

DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
        8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
        14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
        19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
                  "proton.me", "comcast.net")
_STREETS = ("Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Park", "Lake", "Hill",
            "Sunset", "Highland", "Jefferson", "Madison", "Franklin", "Willow", "Chestnut", "Walnut",
            "Spring", "River", "Meadow", "Forest", "Church", "Mill", "Ridge", "Valley")
_STREET_TYPES = ("Street", "Avenue", "Road", "Lane", "Drive", "Court", "Boulevard", "Way", "Place")



# -- spoken numbers --------------------------------------------------------------------------------
def cardinal(n: int) -> str:
    """English words for 0 <= n < 10000, e.g. 49 -> ``forty nine``."""
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return _TEENS[n - 10]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS[tens] + (f" {DIGITS[unit]}" if unit else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{DIGITS[hundreds]} hundred" + (f" {cardinal(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    return f"{cardinal(thousands)} thousand" + (f" {cardinal(rest)}" if rest else "")


def ordinal(n: int) -> str:
    """``3`` -> ``third``, ``23`` -> ``twenty third`` (1..31)."""
    if n in _ORD:
        return _ORD[n]
    tens, unit = divmod(n, 10)
    return f"{_TENS[tens]} {_ORD[unit]}"


def paired(n: int) -> str:
    """How people say 4-digit numbers and years: 1234 -> ``twelve thirty four``, 1905 -> ``nineteen oh five``."""
    if n < 100:
        return cardinal(n)
    high, low = divmod(n, 100)
    if low == 0:
        return f"{cardinal(high)} hundred"
    return f"{cardinal(high)} {'oh ' + DIGITS[low] if low < 10 else cardinal(low)}"


def spoken_digits(digits: str, rng: random.Random, *, doubles: bool = True) -> str:
    """Digit by digit, with ``oh`` for zero and ``double five`` for repeated digits, as callers say them."""
    zero = rng.choice(("zero", "oh", "oh"))
    words: list[str] = []
    i = 0
    while i < len(digits):
        d = digits[i]
        word = zero if d == "0" else DIGITS[int(d)]
        if doubles and i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.5:
            words.append(f"double {word}")
            i += 2
        else:
            words.append(word)
            i += 1
    return " ".join(words)


def spoken_groups(groups: list[str], rng: random.Random) -> str:
    return " ".join(spoken_digits(g, rng) for g in groups)


def spelled(word: str) -> str:
    """``Gonzalez`` -> ``g o n z a l e z`` (ASR spelling of a name)."""
    return " ".join(c for c in ascii_fold(word).lower() if c.isalpha())


def _digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    head = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return head + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


# -- personal values -------------------------------------------------------------------------------
def person(name: Name, part: str, style: str) -> str:
    text = {"full": name.full, "first": name.first, "last": name.last}[part]
    return ascii_fold(text).lower().replace("-", " ") if style == ASR else text


def spelled_last(name: Name, style: str) -> str:
    if style == ASR:
        return spelled(name.last)
    return "-".join(c for c in ascii_fold(name.last).upper() if c.isalpha())


def phone(rng: random.Random, style: str) -> str:
    area = str(rng.randint(2, 9)) + _digits(rng, 2)
    exchange = str(rng.randint(2, 9)) + _digits(rng, 2)
    line = _digits(rng, 4)
    if style == ASR:
        text = spoken_groups([area, exchange, line], rng)
        return ("one " + text) if rng.random() < 0.1 else text
    fmt = rng.choice(("({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "+1 {a} {e} {l}", "{a}{e}{l}"))
    return fmt.format(a=area, e=exchange, l=line)


def email(name: Name, rng: random.Random, style: str) -> str:
    first = "".join(c for c in ascii_fold(name.first).lower() if c.isalpha())
    last = "".join(c for c in ascii_fold(name.last).lower() if c.isalpha())
    shape = rng.randrange(4)
    sep = rng.choice((".", "_", ""))
    local = [first, sep, last] if shape == 0 else [first[0], sep, last] if shape == 1 else \
        [first, str(rng.randint(1, 99))] if shape == 2 else [last, sep, first]
    user, host = "".join(local), rng.choice(_EMAIL_DOMAINS)
    if style == CHAT:
        return f"{user}@{host}"
    words = {".": "dot", "_": "underscore", "": ""}
    spoken = []
    for piece in local:
        if piece.isdigit():
            spoken.append(spoken_digits(piece, rng, doubles=False))
        elif piece in words:
            spoken.extend([words[piece]] if words[piece] else [])
        else:
            spoken.append(piece)  # a name, or an initial said as its letter
    domain, tld = host.split(".")
    return " ".join(spoken) + f" at {domain} dot {tld}"


def luhn_complete(prefix_and_body: str) -> str:
    """Append the Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(prefix_and_body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return prefix_and_body + str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return luhn_complete(number[:-1]) == number


def card(rng: random.Random, style: str) -> str:
    kind = rng.choice(("visa", "visa", "mc", "amex", "discover"))
    if kind == "amex":
        number = luhn_complete(rng.choice(("34", "37")) + _digits(rng, 12))
        groups = [number[:4], number[4:10], number[10:]]
    else:
        prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "discover": "6011"}[kind]
        number = luhn_complete(prefix + _digits(rng, 15 - len(prefix)))
        groups = [number[i:i + 4] for i in range(0, 16, 4)]
    if style == ASR:
        return spoken_groups(groups, rng)
    return rng.choice((" ", "-", "")).join(groups)


def ssn(rng: random.Random, style: str) -> tuple[str, str]:
    """A full SSN and its last four, rendered."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    raw = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    if style == ASR:
        return spoken_groups([raw[:3], raw[3:5], raw[5:]], rng), spoken_digits(raw[5:], rng)
    return rng.choice(("{}-{}-{}", "{} {} {}", "{}{}{}")).format(raw[:3], raw[3:5], raw[5:]), raw[5:]


def date_of_birth(rng: random.Random, style: str) -> str:
    year, month, day = rng.randint(1941, 2005), rng.randint(1, 12), rng.randint(1, 28)
    if style == CHAT:
        fmt = rng.randrange(4)
        return (f"{month:02d}/{day:02d}/{year}", f"{MONTHS[month - 1]} {day}, {year}",
                f"{year}-{month:02d}-{day:02d}", f"{day} {MONTHS[month - 1]} {year}")[fmt]
    yy = year % 100
    short = cardinal(yy) if yy >= 10 else f"oh {DIGITS[yy]}"
    long_year = paired(year) if year < 2000 else cardinal(year)
    shape = rng.randrange(4)
    month_name = MONTHS[month - 1].lower()
    return (f"{month_name} {ordinal(day)} {short}", f"{month_name} {ordinal(day)} {long_year}",
            f"the {ordinal(day)} of {month_name} {long_year}",
            f"{cardinal(month)} {cardinal(day)} {short}")[shape]


def street_address(rng: random.Random, style: str) -> str:
    number = rng.choice((rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 9999)))
    street = f"{rng.choice(_STREETS)} {rng.choice(_STREET_TYPES)}"
    unit = rng.random() < 0.3
    unit_no, unit_letter = rng.randint(1, 30), rng.choice("ABCD")
    if style == CHAT:
        return f"{number} {street}" + (f", Apt {unit_no}{unit_letter}" if unit else "")
    num_words = paired(number) if rng.random() < 0.7 else spoken_digits(str(number), rng, doubles=False)
    text = f"{num_words} {street.lower()}"
    return text + (f" apartment {cardinal(unit_no)} {unit_letter.lower()}" if unit else "")


def zip_code(rng: random.Random, style: str) -> str:
    raw = _digits(rng, 5, first_nonzero=True)
    return spoken_digits(raw, rng) if style == ASR else raw


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def account_number(kind: str, rng: random.Random, style: str) -> str:
    """An order / account / member / policy / ticket identifier."""
    if kind == "order":
        prefix, raw = rng.choice(("", "ORD-", "W")), _digits(rng, rng.choice((8, 9, 10)), True)
    elif kind == "account":
        prefix, raw = "", _digits(rng, rng.choice((8, 10, 12)), True)
    elif kind == "member":
        prefix, raw = _letters(rng, 3), _digits(rng, 8, True)
    elif kind == "policy":
        prefix, raw = _letters(rng, 2) + "-", _digits(rng, 7, True)
    else:
        prefix, raw = rng.choice(("#", "INC", "TKT-")), _digits(rng, 7, True)
    if style == CHAT:
        return prefix + raw
    letters = [c.lower() for c in prefix if c.isalpha()]
    letters = [] if prefix in ("ORD-", "TKT-") else letters  # nobody spells the ORD- prefix aloud
    head = " ".join(letters)
    middle = len(raw) // 2
    body = spoken_groups([raw[:middle], raw[middle:]], rng)
    return f"{head} {body}" if head else body


def auth_code(rng: random.Random, style: str, n: int = 6) -> str:
    raw = _digits(rng, n)
    return spoken_digits(raw, rng) if style == ASR else raw


_IBAN_SPECS = {"DE": (18, "n"), "GB": (18, "gb"), "FR": (23, "n"), "NL": (14, "nl"), "ES": (20, "n"),
               "IT": (23, "it")}


def _iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def iban(rng: random.Random, style: str) -> str:
    country = rng.choice(tuple(_IBAN_SPECS))
    length, shape = _IBAN_SPECS[country]
    if shape == "gb":
        bban = _letters(rng, 4) + _digits(rng, 14)
    elif shape == "nl":
        bban = _letters(rng, 4) + _digits(rng, 10)
    elif shape == "it":
        bban = _letters(rng, 1) + _digits(rng, 22)
    else:
        bban = _digits(rng, length)
    code = country + _iban_check(country, bban) + bban
    if style == CHAT:
        return " ".join(code[i:i + 4] for i in range(0, len(code), 4)) if rng.random() < 0.6 else code
    words = []
    for i in range(0, len(code), 4):
        chunk = code[i:i + 4]
        words.extend(c.lower() if c.isalpha() else None for c in chunk)
    out, run = [], ""
    for ch, word in zip(code, words):
        if word is None:
            run += ch
            continue
        if run:
            out.append(spoken_digits(run, rng, doubles=False))
            run = ""
        out.append(word)
    if run:
        out.append(spoken_digits(run, rng, doubles=False))
    return " ".join(out)


def iban_valid(code: str) -> bool:
    code = code.replace(" ", "")
    numeric = "".join(str(int(c, 36)) for c in code[4:] + code[:4])
    return int(numeric) % 97 == 1
