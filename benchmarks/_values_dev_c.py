"""Value renderers of the ``dev_c`` split: the spoken and written forms the other dev splits lack.

Numbers read in groups and pairs (``forty two ninety one``), ``double``/``triple``, ``plus`` prefixes,
UK/Irish/Canadian/Dutch postcodes (letters, or NATO words), dates in many orders, emails with
country domains and spelled local parts, flats and units in addresses, card expiry and CVV, spelled names
in irregular chunks with letter names (``bee``, ``zed``) and ``as in`` words, corrections.
"""
from __future__ import annotations

import random
import string

from benchmarks import _templates_values as V
from benchmarks._templates_names import ascii_fold
from benchmarks._templates_values import ASR, CHAT, DIGITS, MONTHS, cardinal, ordinal

NATO_WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
              "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
              "uniform", "victor", "whiskey", "xray", "yankee", "zulu")
# How an ASR engine writes a spoken letter name it did not map to a single letter.
LETTER_NAMES = {"b": "bee", "c": "see", "d": "dee", "g": "gee", "j": "jay", "k": "kay", "l": "el",
                "m": "em", "n": "en", "p": "pee", "q": "queue", "r": "are", "s": "ess", "t": "tee",
                "u": "you", "v": "vee", "w": "double you", "x": "ex", "y": "why", "z": "zed"}
AS_IN = {"a": "apple", "b": "bob", "c": "cat", "d": "david", "e": "edward", "f": "frank", "g": "george",
         "h": "harry", "i": "ice", "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy",
         "o": "orange", "p": "peter", "r": "robert", "s": "sugar", "t": "tom", "u": "umbrella",
         "v": "victory", "w": "william", "y": "yellow", "z": "zebra"}
_DOMAINS = ("gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.co.uk", "icloud.com", "btinternet.com",
            "eircom.net", "gmx.de", "live.ca", "me.com", "sky.com", "rogers.com")
_STREETS = ("Harbour", "Kingfisher", "Beacon", "Orchard", "Station", "Primrose", "Wellington", "Victoria",
            "Bridge", "Greenway", "Foxglove", "Rosebank", "Castle", "Abbey", "Marlborough", "Quarry",
            "Tannery", "Cherrywood", "Larch", "Saint Anne's", "Queen's", "Brookfield")
_STREET_TYPES = ("Road", "Street", "Close", "Crescent", "Gardens", "Terrace", "Grove", "Mews", "Avenue",
                 "Drive", "Rise", "Row")


# -- numbers ----------------------------------------------------------------------------------------
def _zero(rng: random.Random) -> str:
    return rng.choice(("oh", "oh", "zero", "nought")) if rng.random() < 0.9 else "o"


def say_digits(digits: str, rng: random.Random) -> str:
    """Digit by digit with ``double`` / ``triple`` for runs, ``oh`` / ``zero`` / ``nought`` for 0."""
    zero = _zero(rng)
    out, i = [], 0
    while i < len(digits):
        d, run = digits[i], 1
        while i + run < len(digits) and digits[i + run] == d and run < 3:
            run += 1
        word = zero if d == "0" else DIGITS[int(d)]
        if run == 3 and rng.random() < 0.7:
            out.append(f"triple {word}")
        elif run >= 2 and rng.random() < 0.6:
            out.append(f"double {word}")
            run = 2
        else:
            out.append(word)
            run = 1
        i += run
    return " ".join(out)


def say_group(group: str, rng: random.Random) -> str:
    """One digit group as people read it: digits, pairs (``forty two``), or ``five fifty five``."""
    mode = rng.random()
    if len(group) == 2 and group[0] != "0" and mode < 0.5:
        return cardinal(int(group))
    if len(group) == 4 and group[0] != "0" and group[2] != "0" and mode < 0.45:
        return f"{cardinal(int(group[:2]))} {cardinal(int(group[2:]))}"
    if len(group) == 3 and group[0] != "0" and group[1] != "0" and mode < 0.3:
        return f"{DIGITS[int(group[0])]} {cardinal(int(group[1:]))}"
    if len(group) == 4 and group[1:] == "000" and mode < 0.8:
        return f"{DIGITS[int(group[0])]} thousand"
    return say_digits(group, rng)


def say_groups(groups: list[str], rng: random.Random) -> str:
    return " ".join(say_group(g, rng) for g in groups)


def _digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    return V._digits(rng, n, first_nonzero)


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def say_alnum(code: str, rng: random.Random, nato: float = 0.3) -> str:
    """``SW1A 1AA`` -> ``s w one a one a a`` or ``sierra whiskey one alpha ...`` (per-letter choice)."""
    out, run = [], ""
    for ch in code.replace(" ", "").lower():
        if ch.isdigit():
            run += ch
            continue
        if run:
            out.append(say_group(run, rng) if len(run) <= 2 else say_digits(run, rng))
            run = ""
        out.append(NATO_WORDS[ord(ch) - 97] if rng.random() < nato else ch)
    if run:
        out.append(say_group(run, rng) if len(run) <= 2 else say_digits(run, rng))
    return " ".join(out)


# -- personal values ---------------------------------------------------------------------------------
def spelled_irregular(word: str, rng: random.Random, style: str) -> str:
    """A name spelled in irregular chunks, with letter names, ``double``, ``as in`` and NATO words."""
    letters = [c for c in ascii_fold(word).lower() if c.isalpha()]
    if style == CHAT:
        shape = rng.randrange(4)
        if shape == 0:
            return "-".join(c.upper() for c in letters)
        if shape == 1:
            return " ".join(c.upper() for c in letters)
        cut = sorted(rng.sample(range(1, len(letters)), min(2, len(letters) - 1)))
        chunks = ["".join(letters[a:b]) for a, b in zip([0, *cut], [*cut, len(letters)])]
        return ("-" if shape == 2 else " ").join(ch.upper() for ch in chunks)
    out, i = [], 0
    while i < len(letters):
        c = letters[i]
        if i + 1 < len(letters) and letters[i + 1] == c and rng.random() < 0.7:
            out.append(f"double {c}")
            i += 2
            continue
        roll = rng.random()
        if roll < 0.12 and c in AS_IN:
            out.append(f"{c} as in {AS_IN[c]}" if rng.random() < 0.5 else f"{c} for {AS_IN[c]}")
        elif roll < 0.2:
            out.append(NATO_WORDS[ord(c) - 97])
        elif roll < 0.3 and c in LETTER_NAMES:
            out.append(LETTER_NAMES[c])
        else:
            out.append(c)
        i += 1
    return " ".join(out)


def phone(rng: random.Random, style: str) -> str:
    kind = rng.choice(("us", "uk", "uk", "ie", "ca", "nl"))
    if kind in ("us", "ca"):
        groups, intl = [str(rng.randint(2, 9)) + _digits(rng, 2), str(rng.randint(2, 9)) + _digits(rng, 2),
                        _digits(rng, 4)], "1"
    elif kind == "uk":
        groups, intl = ["07" + _digits(rng, 3), _digits(rng, 3), _digits(rng, 3)], "44"
    elif kind == "ie":
        groups, intl = ["08" + rng.choice("35679"), _digits(rng, 3), _digits(rng, 4)], "353"
    else:
        groups, intl = ["06", _digits(rng, 4), _digits(rng, 4)], "31"
    if rng.random() < 0.3:
        groups[0] = groups[0].lstrip("0")
        groups = [intl] + groups
        plus = True
    else:
        plus = False
    if style == ASR:
        text = say_groups(groups, rng)
        return f"plus {text}" if plus else text
    sep = rng.choice((" ", " ", "-", "", "."))
    text = sep.join(groups) if not plus else "+" + groups[0] + " " + sep.join(groups[1:])
    return f"({groups[0]}) {groups[1]}-{groups[2]}" if kind == "us" and not plus and rng.random() < 0.4 else text


def email(name, rng: random.Random, style: str) -> str:
    first = "".join(c for c in ascii_fold(name.first).lower() if c.isalpha())
    last = "".join(c for c in ascii_fold(name.last.split()[-1]).lower() if c.isalpha())
    sep = rng.choice((".", "_", "", "-"))
    shape = rng.randrange(5)
    num = str(rng.choice((rng.randint(1, 99), rng.randint(1960, 2005))))
    parts = ([first, sep, last], [first[0], sep, last], [first, sep, last, num], [last, sep, first[0]],
             [first, num])[shape]
    host = rng.choice(_DOMAINS)
    if style == CHAT:
        user = "".join(parts)
        return (user.capitalize() if rng.random() < 0.15 else user) + "@" + host
    words = {".": "dot", "_": "underscore", "-": "dash", "": ""}
    spoken = []
    for piece in parts:
        if piece.isdigit():
            spoken.append(say_group(piece, rng) if len(piece) <= 2 else V.paired(int(piece)))
        elif piece in words:
            spoken.extend([words[piece]] if words[piece] else [])
        elif len(piece) > 1 and rng.random() < 0.15:
            spoken.append(" ".join(piece))  # spells the local part
        else:
            spoken.append(piece)
    return " ".join(spoken) + " at " + " dot ".join(host.split("."))


def card(rng: random.Random, style: str) -> tuple[str, str]:
    """(full number, last four), rendered."""
    prefix = rng.choice(("4", "4", "51", "53", "6011"))
    number = V.luhn_complete(prefix + _digits(rng, 15 - len(prefix)))
    groups = [number[i:i + 4] for i in range(0, 16, 4)]
    if style == ASR:
        return say_groups(groups, rng), say_group(groups[-1], rng)
    return rng.choice((" ", "-", "", " ")).join(groups), groups[-1]


def expiry(rng: random.Random, style: str) -> str:
    month, year = rng.randint(1, 12), rng.randint(2025, 2032)
    if style == CHAT:
        return rng.choice((f"{month:02d}/{year % 100}", f"{month:02d}/{year}", f"{month}/{year % 100}",
                           f"{MONTHS[month - 1][:3]} {year % 100}", f"{month:02d}{year % 100}"))
    yy = cardinal(year % 100)
    return rng.choice((f"oh {DIGITS[month]} {yy}" if month < 10 else f"{cardinal(month)} {yy}",
                       f"{MONTHS[month - 1].lower()} {yy}", f"{cardinal(month)} {yy}",
                       f"{MONTHS[month - 1].lower()} {cardinal(year)}",
                       f"{say_digits(f'{month:02d}', rng)} slash {say_digits(str(year % 100), rng)}"))


def cvv(rng: random.Random, style: str) -> str:
    raw = _digits(rng, 3)
    return say_digits(raw, rng) if style == ASR else raw


def date_of_birth(rng: random.Random, style: str) -> str:
    year, month, day = rng.randint(1938, 2009), rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[month - 1]
    if style == CHAT:
        sfx = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return rng.choice((f"{day}{sfx} {mon} {year}", f"{day:02d}/{month:02d}/{year % 100:02d}",
                           f"{day}.{month}.{year}", f"{year}/{month:02d}/{day:02d}",
                           f"{mon[:3]} {day}{sfx} '{year % 100:02d}", f"{mon} {day}{sfx}, {year}",
                           f"{day}-{mon[:3]}-{year}", f"{day:02d} {month:02d} {year}"))
    yy = cardinal(year % 100) if year % 100 >= 10 else f"oh {DIGITS[year % 100]}"
    long_year = V.paired(year) if year < 2000 else rng.choice((cardinal(year).replace(
        "thousand", "thousand and") if year % 1000 else cardinal(year), f"twenty {yy}"))
    y = rng.choice((yy, long_year))
    m, d = mon.lower(), ordinal(day)
    return rng.choice((f"the {d} of {m} {y}", f"{d} of {m} {y}", f"{m} the {d} {y}", f"{d} {m} {y}",
                       f"{cardinal(day)} {cardinal(month)} {yy}", f"{say_group(f'{day:02d}', rng)} "
                       f"{say_group(f'{month:02d}', rng)} {y}", f"{long_year} {m} {d}",
                       f"{d} of the {ordinal(month)} {y}"))


def street_address(rng: random.Random, style: str) -> str:
    number = rng.choice((rng.randint(1, 40), rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 2400)))
    street = f"{rng.choice(_STREETS)} {rng.choice(_STREET_TYPES)}"
    flat = rng.random() < 0.45
    flat_word, flat_no = rng.choice(("Flat", "Apartment", "Unit", "Apt", "Suite")), rng.randint(1, 60)
    flat_letter = rng.choice(("", "", "A", "B", "C"))
    if style == CHAT:
        base = f"{number}{rng.choice(('', '', 'b'))} {street}"
        if not flat:
            return base
        return rng.choice((f"{flat_word} {flat_no}{flat_letter}, {base}", f"{base}, {flat_word} {flat_no}{flat_letter}",
                           f"{flat_no}/{base}"))
    num = V.paired(number) if number >= 100 and rng.random() < 0.6 else say_group(str(number), rng) \
        if number < 100 else say_digits(str(number), rng)
    base = f"{rng.choice(('', '', 'number '))}{num} {street.lower()}"
    if not flat:
        return base
    unit = f"{flat_word.lower()} {cardinal(flat_no)}" + (f" {flat_letter.lower()}" if flat_letter else "")
    return rng.choice((f"{unit} {base}", f"{base} {unit}"))


def postcode(rng: random.Random, style: str) -> str:
    kind = rng.choice(("uk", "uk", "ca", "ie", "nl"))
    D = string.digits
    first, second, third = "ABCDEFGHIJKLMNOPRSTUWYZ", "ABCDEFGHKLMNOPQRSTUVWXY", "ABCDEFGHJKPSTUW"
    if kind == "uk":  # official shapes: A9, AA9, AA99, A9A (real codes, so real letter sets)
        outward = rng.choice((rng.choice(first) + _digits(rng, 1),
                              rng.choice(first) + rng.choice(second) + _digits(rng, 1),
                              rng.choice(first) + rng.choice(second) + _digits(rng, 2),
                              rng.choice(first) + _digits(rng, 1) + rng.choice(third)))
        code = f"{outward} {_digits(rng, 1)}{_letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    elif kind == "ca":
        ca_first, ca_other = "ABCEGHJKLMNPRSTVXY", "ABCEGHJKLMNPRSTVWXYZ"
        code = (rng.choice(ca_first) + _digits(rng, 1) + rng.choice(ca_other) + " " + _digits(rng, 1)
                + rng.choice(ca_other) + _digits(rng, 1))
    elif kind == "ie":  # Eircode: routing key + 4 characters from its own alphabet
        eir = "ACDEFHKNPRTVWXY"
        code = f"{rng.choice(eir)}{_digits(rng, 2)} " + "".join(rng.choice(eir + D) for _ in range(4))
    else:
        code = f"{_digits(rng, 4, True)} {_letters(rng, 2)}"
    if style == CHAT:
        return code if rng.random() < 0.8 else code.replace(" ", "").lower()
    if kind == "nl" and rng.random() < 0.5:
        return f"{say_group(code[:4], rng)} {say_alnum(code[5:], rng)}"
    return say_alnum(code, rng, nato=rng.choice((0.0, 0.2, 1.0)))


def reference(kind: str, rng: random.Random, style: str) -> str:
    """Booking references, claim and prescription numbers, sort code + account (label ACCOUNT_NUMBER)."""
    if kind == "booking":
        code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        return code if style == CHAT else say_alnum(code, rng, nato=rng.choice((0.0, 0.5, 1.0)))
    if kind == "claim":
        year, body = str(rng.randint(2019, 2026)), _digits(rng, 6, True)
        if style == CHAT:
            return rng.choice((f"CLM-{year}-{body}", f"CL{year}{body}", f"{year}/{body}"))
        return f"{rng.choice(('', 'c l ', 'c l m '))}{say_group(year[:2], rng)} {say_group(year[2:], rng)} " \
               f"{say_groups([body[:3], body[3:]], rng)}"
    if kind == "rx":
        body = _digits(rng, 7, True)
        return f"RX{body}" if style == CHAT else f"{rng.choice(('r x ', ''))}{say_groups([body[:3], body[3:]], rng)}"
    sort, acct = [_digits(rng, 2) for _ in range(3)], _digits(rng, 8, True)
    if style == CHAT:
        return f"{'-'.join(sort)} {acct}"
    return f"{say_groups(sort, rng)} {say_groups([acct[:4], acct[4:]], rng)}"
