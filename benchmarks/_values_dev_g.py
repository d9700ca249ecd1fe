"""Spoken-digit machinery, street addresses and national identifiers of the ``dev_g`` split.

Digits are said in ways dev_e and dev_f do not use: with words an engine writes for a digit it misheard as
a word (``for`` 4, ``to`` / ``too`` 2, ``ate`` 8, ``won`` 1, ``free`` 3, the letter ``o`` for 0), a digit and
a pair for three digits (``four eighty two``), ``and then`` between digits, a run half printed as digits and
half as words by the engine (``48 two nine 13``), hundreds and thousands for six digits (``one hundred and
twelve thousand three hundred``). Addresses: house numbers in words with a letter (``forty two a``), flats
before the house number (``flat three b twelve ...``), house names, ``number twelve``, the road and the town
in separate turns. National ids: NI numbers with letters an engine turned into words (``any`` for NE, ``jay
tea`` for JT), pairs (``twelve thirty four fifty six``), Irish PPS numbers and Canadian SINs in threes.
"""
from __future__ import annotations

import random

from benchmarks._templates_values import DIGITS, cardinal
from benchmarks._values_dev_e import RawValue, digits, letters

ZERO_WORDS = ("oh", "oh", "zero", "nought", "o")
HOMOPHONES = {"4": ("for",), "2": ("to", "too"), "8": ("ate",), "1": ("won",), "3": ("free",), "0": ("o",)}
# Letters as an engine writes them when it hears a letter name as a word.
LETTER_WORDS = {"a": "a", "b": "be", "c": "see", "d": "dee", "e": "e", "g": "gee", "h": "aitch", "i": "eye",
                "j": "jay", "k": "kay", "l": "el", "m": "em", "n": "en", "o": "oh", "p": "pea", "q": "queue",
                "r": "are", "s": "es", "t": "tea", "u": "you", "w": "double you", "x": "ex", "y": "why", "z": "zed"}
# Two-letter prefixes an engine hears as one word.
LETTER_PAIRS = {"NE": "any", "JT": "jaytee", "AB": "abee", "SK": "esskay", "PR": "pee are", "CE": "see e",
                "WL": "double you el", "YH": "why aitch", "TN": "tee en", "OA": "oh a", "KE": "kay e"}


def zero_word(rng: random.Random) -> str:
    return rng.choice(ZERO_WORDS)


def digit_word(d: str, zero: str) -> str:
    return zero if d == "0" else DIGITS[int(d)]


def say_digits(g: str, rng: random.Random, zero: str, runs: float = 0.6) -> str:
    """Digit by digit, ``double`` / ``triple`` for runs."""
    out, i = [], 0
    while i < len(g):
        run = 1
        while i + run < len(g) and g[i + run] == g[i] and run < 3:
            run += 1
        word = digit_word(g[i], zero)
        if run >= 2 and rng.random() < runs:
            out.append(("triple " if run == 3 else "double ") + word)
        else:
            out.append(word)
            run = 1
        i += run
    return " ".join(out)


def homophone_digits(g: str, rng: random.Random, zero: str, rate: float = 0.45) -> str:
    """Digit words where the engine wrote some digits as the word it heard (at least one if it can)."""
    idx = [i for i, d in enumerate(g) if d in HOMOPHONES]
    forced = rng.choice(idx) if idx else -1
    out = []
    for i, d in enumerate(g):
        if d in HOMOPHONES and (i == forced or rng.random() < rate):
            out.append(rng.choice(HOMOPHONES[d]))
        else:
            out.append(digit_word(d, zero))
    return " ".join(out)


def pair(p: str, zero: str) -> str:
    return f"{zero} {digit_word(p[1], zero)}" if p[0] == "0" else cardinal(int(p))


def triple_mixed(g: str, zero: str) -> str:
    """``482`` -> ``four eighty two``, ``407`` -> ``four oh seven``."""
    return f"{digit_word(g[0], zero)} {pair(g[1:], zero)}"


def and_then(g: str, rng: random.Random, zero: str) -> str:
    """Read slowly: ``four and then eight two and then nine ...``."""
    chunks, i = [], 0
    while i < len(g):
        n = rng.choice((1, 1, 2))
        chunks.append(" ".join(digit_word(d, zero) for d in g[i:i + n]))
        i += n
    glue = rng.choice((" and then ", " then ", " and "))
    return glue.join(chunks)


def half_printed(g: str, rng: random.Random, zero: str) -> str:
    """The engine printed some stretches as digits and said others as words: ``48 two nine 13``."""
    out, i = [], 0
    while i < len(g):
        n = rng.choice((1, 2, 2))
        chunk = g[i:i + n]
        out.append(chunk if rng.random() < 0.5 else " ".join(digit_word(d, zero) for d in chunk))
        i += n
    if all(not c.isdigit() for c in " ".join(out)):
        out[0] = g[:len(out[0].split())]
    return " ".join(out)


def big_number(g: str, rng: random.Random, zero: str) -> str:
    """Six digits as a number: ``112300`` -> ``one hundred and twelve thousand three hundred``."""
    if len(g) != 6 or g[0] == "0":
        return say_digits(g, rng, zero)
    hi, lo = int(g[:3]), int(g[3:])

    def words(n: int) -> str:
        h, r = divmod(n, 100)
        if not h:
            return cardinal(r)
        return f"{DIGITS[h]} hundred" + (f" {rng.choice(('and ', 'and ', ''))}{cardinal(r)}" if r else "")
    return f"{words(hi)} thousand" + (f" {'and ' if lo < 100 else ''}{words(lo)}" if lo else "")


def say_group(g: str, rng: random.Random, zero: str, mode: str) -> str:
    if not g.isdigit():
        return say_letters(g, rng)
    if mode == "homophone":
        return homophone_digits(g, rng, zero)
    if mode == "pairs" and len(g) % 2 == 0:
        return " ".join(pair(g[i:i + 2], zero) for i in range(0, len(g), 2))
    if mode == "tri" and len(g) == 3 and g[0] != "0":
        return triple_mixed(g, zero)
    if mode == "tri" and len(g) == 6:
        return f"{triple_mixed(g[:3], zero) if g[0] != '0' else say_digits(g[:3], rng, zero)} " \
               f"{triple_mixed(g[3:], zero) if g[3] != '0' else say_digits(g[3:], rng, zero)}"
    if mode == "andthen":
        return and_then(g, rng, zero)
    if mode == "half":
        return half_printed(g, rng, zero)
    if mode == "big":
        return big_number(g, rng, zero)
    if mode == "hundreds" and len(g) == 4 and g[2:] == "00" and g[0] != "0":
        return f"{cardinal(int(g[:2]))} hundred"
    return say_digits(g, rng, zero)


def say_letters(code: str, rng: random.Random) -> str:
    """Letters as an engine prints them: bare, as the word it heard, or a two-letter prefix as one word."""
    up = code.upper()
    if up in LETTER_PAIRS and rng.random() < 0.4:
        return LETTER_PAIRS[up]
    mode = rng.choice(("bare", "words", "words", "upper"))
    out = []
    for c in up:
        if not c.isalpha():
            out.append(DIGITS[int(c)] if c.isdigit() else c)
        elif mode == "words" and c.lower() in LETTER_WORDS:
            out.append(LETTER_WORDS[c.lower()])
        elif mode == "upper":
            out.append(c)
        else:
            out.append(c.lower())
    return " ".join(out)


# -- street addresses ------------------------------------------------------------------------------------
_ROADS = ("Marlowe", "Hollybush", "Tanner's", "Kingfisher", "Ashcombe", "Bramble", "Foxglove", "Quarry",
          "Saint John's", "Wellington", "Rosebery", "Orchard", "Carrick", "Glebe", "Belvedere", "Thornbury",
          "Larch", "Coronation", "Priory", "Sandpiper", "Heron", "Windmill", "Kiln", "Cobden")
_TYPES = ("Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Gardens", "Terrace", "Drive", "Way", "Grove",
          "Court", "Mews", "Row", "Walk")
_ABBR = {"Road": "Rd", "Street": "St", "Lane": "Ln", "Avenue": "Ave", "Close": "Cl", "Crescent": "Cres",
         "Gardens": "Gdns", "Terrace": "Terr", "Drive": "Dr", "Court": "Ct", "Grove": "Gr"}
_HOUSES = ("The Old Forge", "Ivy Cottage", "Hillcrest", "Two Oaks", "The Granary", "Rowan House", "Bluebell Barn",
           "Sea View", "The Laurels", "Larkrise")
TOWNS = ("Kettering", "Stroud", "Ashby de la Zouch", "Penrith", "Dungannon", "Ballina", "Llandudno", "Whitby",
         "Carlow", "Motherwell", "Falmouth", "Bicester", "Skegness", "Athlone", "Hexham")


def make_address(rng: random.Random) -> dict:
    kind = rng.choices(("plain", "letter", "flat", "house", "number"), (30, 18, 24, 14, 14))[0]
    road = f"{rng.choice(_ROADS)} {rng.choice(_TYPES)}"
    n = rng.choice((rng.randint(1, 99), rng.randint(1, 40), rng.randint(100, 312)))
    return {"kind": kind, "n": n, "road": road, "letter": rng.choice("abc"), "flat": rng.randint(1, 24),
            "flat_letter": rng.choice(("", "", "a", "b")), "house": rng.choice(_HOUSES), "town": rng.choice(TOWNS)}


def _say_house_no(n: int, rng: random.Random, zero: str) -> str:
    if n < 100:
        return cardinal(n)
    return rng.choice((triple_mixed(str(n), zero) if str(n)[1:] != "00" else cardinal(n),
                       cardinal(n).replace(" hundred ", " hundred and "), say_digits(str(n), rng, zero)))


def address_parts(a: dict, rng: random.Random, asr: bool) -> tuple[str, str]:
    """(house and road, town) as one mention says them."""
    zero = zero_word(rng)
    road = a["road"].lower().replace("'", "") if asr else a["road"]
    if not asr and rng.random() < 0.35:
        head, typ = road.rsplit(" ", 1)
        road = f"{head} {_ABBR.get(typ, typ)}"
    if a["kind"] == "house":
        first = (a["house"].lower() if asr else a["house"]) + ("" if asr else ",") + f" {road}"
    elif asr:
        num = _say_house_no(a["n"], rng, zero)
        if a["kind"] == "letter":
            num = f"{num} {a['letter']}"
        elif a["kind"] == "number":
            num = f"number {num}"
        elif a["kind"] == "flat":
            fl = f"{rng.choice(('flat', 'flat', 'apartment'))} {cardinal(a['flat'])}" + \
                 (f" {a['flat_letter']}" if a["flat_letter"] else "")
            num = f"{fl} {num}"
        first = f"{num} {road}"
    else:
        num = str(a["n"])
        if a["kind"] == "letter":
            num += rng.choice((a["letter"], a["letter"].upper()))
        elif a["kind"] == "number":
            num = f"No. {num}" if rng.random() < 0.5 else num
        elif a["kind"] == "flat":
            fl = f"{rng.choice(('Flat', 'flat', 'Apt'))} {a['flat']}{a['flat_letter'].upper()}"
            num = rng.choice((f"{fl}, {num}", f"{a['flat']}{a['flat_letter']}/{num}"))
        first = f"{num} {road}"
    town = a["town"].lower() if asr else a["town"]
    return first, town


# -- national identifiers ----------------------------------------------------------------------------------
_NINO_PREFIX = ("NE", "JT", "AB", "SK", "PR", "CE", "WL", "YH", "TN", "OA", "KE", "HP", "MW", "ZS")


def make_natid(rng: random.Random, us: bool = False) -> RawValue:
    """An NI number, PPS number or SIN (NATIONAL_ID); ``us``: a US SSN (US_SSN)."""
    kind = "ssn" if us else rng.choices(("nino", "pps", "sin"), (60, 25, 15))[0]
    if kind == "nino":
        return RawValue([rng.choice(_NINO_PREFIX), digits(rng, 2), digits(rng, 2), digits(rng, 2),
                         rng.choice("ABCD")], "nino")
    if kind == "pps":
        return RawValue([digits(rng, 7, True), rng.choice(("T", "W", "A", "TA", "WA", "H"))], "pps")
    if kind == "sin":
        return RawValue([str(rng.choice((1, 2, 4, 5, 6, 7))) + digits(rng, 2), digits(rng, 3), digits(rng, 3)], "sin")
    area = rng.choice([a for a in range(1, 772) if a != 666])
    return RawValue([f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"], "ssn")


def say_natid(raw: RawValue, rng: random.Random, clean: bool = False) -> str:
    zero = zero_word(rng) if not clean else "zero"
    g = raw.groups
    if raw.kind == "nino":
        mode = rng.choice(("pairs", "digits", "homophone", "half")) if not clean else "digits"
        body = " ".join(say_group(x, rng, zero, mode) for x in g[1:4])
        fill = "" if clean or rng.random() < 0.7 else f" {rng.choice(('um', 'erm', 'and then'))}"
        return f"{say_letters(g[0], rng)}{fill} {body} {say_letters(g[4], rng)}"
    if raw.kind == "pps":
        mode = rng.choice(("digits", "homophone", "andthen", "half")) if not clean else "digits"
        return f"{say_group(g[0], rng, zero, mode)} {say_letters(g[1], rng)}"
    mode = rng.choice(("tri", "digits", "homophone", "half")) if not clean else "digits"
    return " ".join(say_group(x, rng, zero, mode) for x in g)


def type_natid(raw: RawValue, rng: random.Random) -> str:
    g = raw.groups
    if raw.kind == "nino":
        code = rng.choice((" ".join(g), "".join(g), f"{g[0]} {''.join(g[1:4])} {g[4]}", f"{g[0]}{''.join(g[1:4])} {g[4]}",
                           "-".join(g)))
        return code.lower() if rng.random() < 0.3 else code
    if raw.kind == "pps":
        return rng.choice(("".join(g), " ".join(g), f"{g[0]}{g[1].lower()}"))
    return rng.choice(("-", " ", "", ".")).join(g)


__all__ = ["RawValue", "digits", "letters"]
