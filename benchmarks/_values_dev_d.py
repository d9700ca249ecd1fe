"""Value renderers of the ``dev_d`` split: spoken and written forms the other dev splits lack.

Phone numbers in word groups (``oh seven seven double oh``, ``nine hundred``), international prefixes with
``(0)``, Nigerian and Indian mobiles; emails spoken with NATO ``as in`` spellings and written with
``at``/``dot`` in chat; day-first and ordinal-month dates (``the fifth of the ninth``); flats, house names
and rural addresses (``RR 2 Box 145``, ``County Road 12``); meter serials, supply numbers, tracking numbers,
microchips, tax references, tenancy references, student ids (label ACCOUNT_NUMBER); NHS numbers and NINOs
(NATIONAL_ID); IP addresses. ASR renders words, chat renders digits (sometimes lower-case and sloppy).
"""
from __future__ import annotations

import random
import string

from benchmarks import _values_dev_c as C
from benchmarks._templates_names import ascii_fold
from benchmarks._templates_values import ASR, CHAT, DIGITS, MONTHS, cardinal, ordinal, paired

_say_digits, _say_group, _say_alnum = C.say_digits, C.say_group, C.say_alnum
_DOMAINS = ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "yahoo.co.uk", "googlemail.com",
            "aol.co.uk", "protonmail.com", "mail.com", "virginmedia.com", "talktalk.net", "rediffmail.com")
_HOUSE_NAMES = ("Rose Cottage", "Hollybush Farm", "The Old Rectory", "Meadow View", "Ivy House", "Brookside",
                "Greystones", "The Granary", "Willow Barn", "Hillcrest")
_LANES = ("Mill Lane", "Church Lane", "Brackley Road", "Back Lane", "Pound Hill", "Chapel Row", "Green Lane",
          "Ferry Road", "Sandy Lane", "Kiln Lane")
_VILLAGES = ("Little Haddon", "Upper Slaughter", "Ashby Parva", "Nether Wallop", "Long Itchington",
             "Great Snoring", "Kirkby Thore", "Coedpoeth", "Ballynahinch", "Auchterarder")
_STREETS = ("Alderney", "Buttermere", "Cranbrook", "Dunmore", "Elmhurst", "Fenwick", "Glenfield", "Hawthorn",
            "Inverness", "Juniper", "Kestrel", "Lavender", "Montague", "Northcote", "Oakridge", "Pemberton")
_TYPES = ("Court", "Way", "Parade", "Walk", "Place", "Hill", "Square", "View", "Lane", "Park")


def _digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    return C._digits(rng, n, first_nonzero)


def say_words(digits: str, rng: random.Random) -> str:
    """Spoken like a person reading their own number: hundreds and thousands, pairs, doubles."""
    if len(digits) == 3 and digits[0] != "0" and digits[1:] == "00" and rng.random() < 0.7:
        return f"{DIGITS[int(digits[0])]} hundred"
    return _say_group(digits, rng)


# -- phone numbers ---------------------------------------------------------------------------------------
def phone_groups(rng: random.Random) -> tuple[list[str], str]:
    """(digit groups as a local caller says them, international code)."""
    kind = rng.choice(("uk_mobile", "uk_mobile", "uk_land", "us", "ng", "in"))
    if kind == "uk_mobile":
        return ["07" + _digits(rng, 3), rng.choice(("900", _digits(rng, 3))), _digits(rng, 3)], "44"
    if kind == "uk_land":
        return ["01" + _digits(rng, 2, True) + "1", _digits(rng, 3), _digits(rng, 4)], "44"
    if kind == "us":
        return [str(rng.randint(2, 9)) + _digits(rng, 2), str(rng.randint(2, 9)) + _digits(rng, 2),
                _digits(rng, 4)], "1"
    if kind == "ng":
        return ["080" + rng.choice("3567"), _digits(rng, 3), _digits(rng, 4)], "234"
    return [str(rng.randint(6, 9)) + _digits(rng, 4), _digits(rng, 5)], "91"


def phone(rng: random.Random, style: str) -> str:
    groups, intl = phone_groups(rng)
    plus = rng.random() < 0.25
    if plus:
        groups = [intl] + [groups[0].lstrip("0")] + groups[1:]
    if style == ASR:
        words = " ".join(say_words(g, rng) if len(g) <= 3 else _say_digits(g, rng) for g in groups)
        return ("plus " + words) if plus else words
    if plus:
        zero = "(0)" if intl == "44" and rng.random() < 0.4 else ""
        return f"+{groups[0]} {zero}{' '.join(groups[1:])}"
    return rng.choice((" ", "", "-", " ")).join(groups)


def split_words(value: str, rng: random.Random) -> tuple[str, str]:
    """A value cut in two where a caller pauses (at a space or after a separator)."""
    words = value.split(" ")
    if " at " in value:  # a spoken email: the pause falls inside the local part
        last = max(1, len(words) - 1 - words[::-1].index("at"))
        cut = rng.randint(1, last - 1) if last > 1 else 1
        return " ".join(words[:cut]), " ".join(words[cut:])
    if len(words) >= 2:
        cut = rng.randint(1, len(words) - 1) if len(words) > 2 else 1
        return " ".join(words[:cut]), " ".join(words[cut:])
    seps = [i for i, ch in enumerate(value) if ch in "-."]
    if seps:
        i = min(seps, key=lambda i: abs(i - len(value) / 2))
        return value[:i], value[i + 1:]
    cut = len(value) // 2
    return value[:cut], value[cut:]


# -- names and emails --------------------------------------------------------------------------------------
def spelled_as_in(word: str, rng: random.Random, style: str) -> str:
    """``B as in bravo, A, K as in kilo ...`` (some letters with an ``as in`` word, others bare)."""
    letters = [c for c in ascii_fold(word).lower() if c.isalpha()]
    out = []
    for c in letters:
        nato = C.NATO_WORDS[ord(c) - 97]
        roll = rng.random()
        if roll < 0.45:
            out.append(f"{c} as in {nato}" if rng.random() < 0.7 else f"{c} for {nato}")
        else:
            out.append(c)
    if style == CHAT:
        return ", ".join(o.upper() if len(o) == 1 else o[0].upper() + o[1:] for o in out)
    return " ".join(out)


def email(name, rng: random.Random, style: str) -> str:
    first = "".join(c for c in ascii_fold(name.first).lower() if c.isalpha())
    last = "".join(c for c in ascii_fold(name.last.split()[-1]).lower() if c.isalpha())
    sep = rng.choice((".", "_", "", "."))
    num = str(rng.choice((rng.randint(1, 99), rng.randint(1965, 2004))))
    parts = rng.choice(([first, sep, last], [first[0], sep, last, num], [last, sep, first], [first, num],
                        [first, sep, last[0], num], [(name.nick or first).lower(), sep, last]))
    host = rng.choice(_DOMAINS)
    if style == CHAT:
        user = "".join(parts)
        roll = rng.random()
        if roll < 0.15:
            return f"{user} at {host.replace('.', ' dot ')}"
        if roll < 0.25:
            return f"{user} @ {host}"
        return f"{user}@{host}"
    words = {".": "dot", "_": "underscore", "": ""}
    spoken = []
    for piece in parts:
        if piece.isdigit():
            spoken.append(_say_group(piece, rng) if len(piece) <= 2 else paired(int(piece)))
        elif piece in words:
            spoken.extend([words[piece]] if words[piece] else [])
        elif len(piece) == 1 and rng.random() < 0.5:
            spoken.append(f"{piece} as in {C.NATO_WORDS[ord(piece) - 97]}")
        else:
            spoken.append(piece)
    return " ".join(spoken) + " at " + " dot ".join(host.split("."))


# -- dates ---------------------------------------------------------------------------------------------------
def _year_words(year: int, rng: random.Random) -> str:
    yy = year % 100
    short = cardinal(yy) if yy >= 10 else f"oh {DIGITS[yy]}"
    if year >= 2000:
        return rng.choice((f"two thousand and {cardinal(yy)}" if yy else "two thousand", f"twenty {short}"))
    return rng.choice((short, paired(year)))


def date(rng: random.Random, style: str, years: tuple[int, int]) -> str:
    year, month, day = rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[month - 1]
    if style == CHAT:
        sfx = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return rng.choice((f"{day:02d}/{month:02d}/{year % 100:02d}", f"{day}/{month}/{year}",
                           f"{day}{sfx} {mon[:3].lower()} {year % 100:02d}",
                           f"{mon[:4] if mon[:4] == 'Sept' else mon[:3]} {day}{sfx} {year}",
                           f"{year}-{month:02d}-{day:02d}", f"{day:02d}.{month:02d}.{year}",
                           f"{day} {mon[:3]} '{year % 100:02d}", f"{mon} {day} {year}"))
    y, m, d = _year_words(year, rng), mon.lower(), ordinal(day)
    return rng.choice((f"the {d} of the {ordinal(month)} {y}", f"{d} of {m} {y}", f"{m} {d} {y}",
                       f"{m} the {d} {y}", f"{_say_digits(f'{day:02d}', rng)} {_say_digits(f'{month:02d}', rng)} {y}",
                       f"{cardinal(day)} {cardinal(month)} {y}", f"{d} {m[:3] if m != 'may' else m} {y}",
                       f"{y} {m} the {d}"))


# -- addresses ----------------------------------------------------------------------------------------------
def street_address(rng: random.Random, style: str) -> str:
    kind = rng.choice(("flat", "flat", "plain", "house", "rural", "rural_us"))
    number = rng.choice((rng.randint(1, 60), rng.randint(100, 480)))
    street = f"{rng.choice(_STREETS)} {rng.choice(_TYPES)}"
    flat_no, letter = rng.randint(1, 40), rng.choice(("", "", "a", "b"))
    if kind == "house":
        text = f"{rng.choice(_HOUSE_NAMES)}, {rng.choice(_LANES)}, {rng.choice(_VILLAGES)}"
    elif kind == "rural":
        text = f"{rng.choice(_HOUSE_NAMES)}, {rng.choice(_VILLAGES)}"
    elif kind == "rural_us":
        text = rng.choice((f"RR {rng.randint(1, 9)} Box {rng.randint(10, 480)}",
                           f"{rng.randint(1000, 9999)} County Road {rng.randint(2, 40)}"))
    else:
        text = f"{number} {street}"
        if kind == "flat":
            word = rng.choice(("Flat", "Apartment", "Unit", "Flat"))
            text = rng.choice((f"{word} {flat_no}{letter.upper()}, {text}", f"{flat_no}{letter}/{number} {street}",
                               f"{text}, {word} {flat_no}{letter.upper()}"))
    if style == CHAT:
        return text.lower() if rng.random() < 0.2 else text
    out = []
    for tok in text.replace(",", "").replace("/", " ").split():
        if tok.isdigit():
            n = int(tok)
            out.append(cardinal(n) if n < 100 else (paired(n) if n >= 1000 else rng.choice((
                _say_digits(tok, rng),
                f"{DIGITS[n // 100]} {cardinal(n % 100)}" if n % 100 >= 10 else _say_digits(tok, rng)))))
        elif tok[:-1].isdigit():
            out.append(f"{cardinal(int(tok[:-1]))} {tok[-1].lower()}")
        else:
            out.append(tok.lower())
    return " ".join(out)


def zip_code(rng: random.Random, style: str) -> str:
    raw = _digits(rng, 5, True)
    if style == CHAT:
        return raw if rng.random() < 0.7 else f"{raw}-{_digits(rng, 4)}"
    return _say_digits(raw, rng)


# -- identifiers --------------------------------------------------------------------------------------------
def nhs_number(rng: random.Random) -> str:
    while True:
        body = _digits(rng, 9, True)
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            return body + str(check)


def nino(rng: random.Random) -> str:
    first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    while (pre := rng.choice(first) + rng.choice(second)) in ("GB", "NK", "TN", "ZZ", "BG", "KN"):
        pass
    return f"{pre} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {rng.choice('ABCD')}"


def national_id(rng: random.Random, style: str) -> str:
    if rng.random() < 0.5:
        raw = nhs_number(rng)
        if style == CHAT:
            return rng.choice((f"{raw[:3]} {raw[3:6]} {raw[6:]}", raw, f"{raw[:3]}-{raw[3:6]}-{raw[6:]}"))
        return " ".join(say_words(g, rng) if rng.random() < 0.3 else _say_digits(g, rng)
                        for g in (raw[:3], raw[3:6], raw[6:]))
    code = nino(rng)
    return code if style == CHAT else _say_alnum(code, rng, nato=rng.choice((0.0, 0.3)))


def reference(kind: str, rng: random.Random, style: str) -> str:
    """Identifiers of the dev_d domains (label ACCOUNT_NUMBER)."""
    up = string.ascii_uppercase
    if kind == "meter":
        code = rng.choice((f"{rng.choice('ESGK')}{_digits(rng, 2)}{rng.choice(up)}{_digits(rng, 5)}",
                           _digits(rng, 13, True)))
    elif kind == "tracking":
        code = rng.choice((f"JD{_digits(rng, 16)}", f"H{_digits(rng, 2)}{''.join(rng.choice(up) for _ in range(3))}"
                           f"{_digits(rng, 10)}", f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}"))
    elif kind == "mortgage":
        code = f"{_digits(rng, 8, True)}{rng.choice(('', '-01', ' 02'))}"
    elif kind == "chip":
        code = "9" + rng.choice(("85", "00", "56")) + _digits(rng, 12)
    elif kind == "utr":
        code = _digits(rng, 10, True) if rng.random() < 0.6 else f"{_digits(rng, 5, True)} {_digits(rng, 5)}"
    elif kind == "tenancy":
        code = f"TEN-{rng.randint(2019, 2026)}-{_digits(rng, 4)}"
    elif kind == "student":
        code = rng.choice((f"{_digits(rng, 3, True)}-{_digits(rng, 3)}-{_digits(rng, 4)}", f"S{_digits(rng, 7)}"))
    elif kind == "donor":
        code = f"{rng.choice(('DN', 'GA', 'D'))}{_digits(rng, 6, True)}"
    elif kind == "eticket":
        code = f"{_digits(rng, 3, True)} {_digits(rng, 10)}" if rng.random() < 0.5 else \
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    else:  # gym / hotel membership and booking
        code = rng.choice((f"GM{_digits(rng, 6)}", f"{_digits(rng, 9, True)}", f"HB-{_digits(rng, 7)}"))
    if style == CHAT:
        return code.lower() if rng.random() < 0.15 else code
    if code.replace(" ", "").isdigit():
        body = code.replace(" ", "")
        step = rng.choice((3, 4))
        return " ".join(say_words(body[i:i + step], rng) if rng.random() < 0.3 else _say_digits(body[i:i + step], rng)
                        for i in range(0, len(body), step))
    return _say_alnum(code.replace("-", ""), rng, nato=rng.choice((0.0, 0.0, 0.5)))


def auth_code(rng: random.Random, style: str, n: int) -> str:
    raw = _digits(rng, n)
    if style == CHAT:
        return raw if n < 6 or rng.random() < 0.6 else f"{raw[:3]} {raw[3:]}"
    return " ".join(_say_digits(raw[i:i + 3], rng) for i in range(0, n, 3)) if n == 6 else _say_digits(raw, rng)


def ip_address(rng: random.Random, style: str) -> str:
    parts = [rng.choice((81, 86, 92, 109, 151, 185, 212)), rng.randint(0, 255), rng.randint(0, 255),
             rng.randint(1, 254)]
    if style == CHAT:
        return ".".join(map(str, parts))
    return " dot ".join(rng.choice((cardinal(p), _say_digits(str(p), rng))) for p in parts)
