"""Value kinds of the ``dev_i`` split: drawn once (``make_``), rendered per mention (``say_`` for ASR, ``type_``
for chat).

New against dev .. dev_h: digits heard as homophones (``for``, ``to``, ``too``, ``oh``) mixed with printed
digits; dates of birth in every order (``the 3rd of the 4th``, ``born in 19 85 on the 2nd of may``, year
first, US month first, ``nineteen eighty five april third``); Irish Eircodes, Canadian and Dutch postcodes
next to UK ones, said in chunks with NATO words; phones with the country code said aloud (``double oh three
five three``, ``plus one``); e-mail addresses spelled letter by letter; card numbers read in groups with
pauses and a restarted group; references with letters (lost-luggage files, visa applications, rental
agreements, pension and student-loan numbers).
"""
from __future__ import annotations

import random

from benchmarks._templates_values import DIGITS, MONTHS, cardinal, ordinal
from benchmarks._values_dev_h import digits, pair, run

NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf",
        "H": "hotel", "I": "india", "J": "juliett", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform",
        "V": "victor", "W": "whiskey", "X": "xray", "Y": "yankee", "Z": "zulu"}
_HOMO = {"4": ("for", "four"), "2": ("to", "too", "two"), "0": ("oh", "o", "zero"), "8": ("eight", "ate")}
UP = "ABCDEFGHJKLMNPRSTVWXY"


def letters(rng: random.Random, n: int, pool: str = UP) -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def heard(s: str, rng: random.Random, clean: bool = False) -> str:
    """Digits as an engine prints them: words, homophones, or a printed digit here and there."""
    if clean:
        return " ".join("oh" if d == "0" else DIGITS[int(d)] for d in s)
    out = []
    for d in s:
        roll = rng.random()
        if roll < 0.2:
            out.append(d)
        elif roll < 0.45 and d in _HOMO:
            out.append(rng.choice(_HOMO[d]))
        else:
            out.append(DIGITS[int(d)])
    return " ".join(out)


def say_num(s: str, rng: random.Random, clean: bool = False) -> str:
    mode = "clean" if clean else rng.choice(("heard", "heard", "run", "pairs", "mixed"))
    if mode == "pairs" and len(s) % 2 == 0 and "0" not in s[::2]:
        return " ".join(cardinal(int(s[i:i + 2])) for i in range(0, len(s), 2))
    if mode == "mixed" and len(s) > 3:
        cut = rng.randint(1, len(s) - 1)
        return f"{s[:cut]} {heard(s[cut:], rng)}"
    if mode == "run":
        return run(s, rng)
    return heard(s, rng, clean)


def say_letter(ch: str, rng: random.Random, clean: bool = False) -> str:
    roll = 0.0 if clean else rng.random()
    if roll < 0.55:
        return ch.lower()
    if roll < 0.8:
        return NATO.get(ch, ch.lower())
    return f"{ch.lower()} for {NATO.get(ch, ch.lower())}"


def say_mixed(s: str, rng: random.Random, clean: bool = False) -> str:
    """Letters bare or NATO; digit runs as ``say_num``."""
    out, buf = [], ""
    for ch in s + " ":
        if ch.isdigit():
            buf += ch
            continue
        if buf:
            out.append(say_num(buf, rng, clean))
            buf = ""
        if ch.isalpha():
            out.append(say_letter(ch.upper(), rng, clean))
    return " ".join(out)


# -- dates of birth -----------------------------------------------------------------------------------------
def make_dob(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 2006)


def _year(y: int, rng: random.Random) -> str:
    yy = f"{y % 100:02d}"
    return rng.choice((f"{cardinal(y // 100)} {pair(yy)}", f"{y // 100} {yy}", str(y), pair(yy),
                       f"{cardinal(y // 100)} {yy}") if y < 2000 else
                      (f"two thousand and {cardinal(y % 100)}", str(y), f"two thousand {cardinal(y % 100)}",
                       f"{pair(yy, 'oh')}"))


def say_dob(d: int, m: int, y: int, rng: random.Random) -> str:
    mon, yr = MONTHS[m - 1].lower(), _year(y, rng)
    return rng.choice((
        f"the {ordinal(d)} of the {ordinal(m)} {yr}", f"born in {yr} on the {ordinal(d)} of {mon}",
        f"{yr} {mon} the {ordinal(d)}", f"{mon} {ordinal(d)} {yr}", f"{ordinal(d)} {ordinal(m)} {yr}",
        f"{d} {m} {yr}", f"{heard(f'{d:02d}', rng)} {heard(f'{m:02d}', rng)} {heard(f'{y % 100:02d}', rng)}",
        f"{cardinal(d)} of {mon} {yr}", f"{ordinal(d)} {mon} {rng.choice(('uh', 'um', 'erm'))} {yr}",
        f"{mon} {cardinal(d)} {yr}", f"{ordinal(d)} of {mon} in {yr}",
        f"{ordinal(d)} of {MONTHS[(m % 12)].lower()} no sorry {mon} {yr}"))


def type_dob(d: int, m: int, y: int, rng: random.Random) -> str:
    mon = MONTHS[m - 1]
    th = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    return rng.choice((f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{d}.{m}.{y % 100:02d}", f"{d}{th} of {mon} {y}",
                       f"{mon} {d}, {y}", f"{d:02d}{m:02d}{y}", f"{d}-{mon[:3].lower()}-{y % 100:02d}",
                       f"{d}/{m:02d}/{y}", f"{y}/{m}/{d}", f"{d} {mon.lower()} '{y % 100:02d}"))


def dob_part(d: int, m: int, y: int, part: str, rng: random.Random, asr: bool) -> str:
    if part == "_YEAR":
        return _year(y, rng) if asr else rng.choice((str(y), f"'{y % 100:02d}"))
    mon = MONTHS[m - 1]
    if asr:
        return rng.choice((f"the {ordinal(d)} of {mon.lower()}", f"{mon.lower()} {ordinal(d)}",
                           f"{ordinal(d)} of the {ordinal(m)}"))
    return rng.choice((f"{d} {mon}", f"{mon[:3]} {d}", f"{d}/{m}"))


# -- postcodes ----------------------------------------------------------------------------------------------
def make_postcode(rng: random.Random) -> tuple[str, str, str]:
    kind = rng.choice(("uk", "uk", "ie", "ca", "nl"))
    if kind == "uk":
        out = rng.choice(("", "", "A")) and letters(rng, 2) + str(rng.randint(1, 29)) or \
            letters(rng, 1) + str(rng.randint(1, 9)) + rng.choice(("", letters(rng, 1)))
        return kind, out, str(rng.randint(0, 9)) + letters(rng, 2, "ABDEFGHJLNPQRSTUWXYZ")
    if kind == "ie":
        return kind, rng.choice(("D", "A", "T", "V", "H", "F", "R")) + digits(rng, 2, True), \
            "".join(rng.choice((letters(rng, 1, "ACDEFHKNPRTVWXY"), digits(rng, 1))) for _ in range(4))
    if kind == "ca":
        L = "ABCEGHJKLMNPRSTVXY"
        return kind, letters(rng, 1, L) + digits(rng, 1) + letters(rng, 1, L), digits(rng, 1) + letters(rng, 1, L) + digits(rng, 1)
    return kind, digits(rng, 4, True), letters(rng, 2, "ABCDEGHJKLMNPRTVWXZ")


def say_postcode(pc: tuple[str, str, str], rng: random.Random, clean: bool = False) -> str:
    _, a, b = pc
    glue = " " if clean else rng.choice((" ", " ", " um ", " then "))
    return f"{say_mixed(a, rng, clean)}{glue}{say_mixed(b, rng, clean)}"


def type_postcode(pc: tuple[str, str, str], rng: random.Random) -> str:
    _, a, b = pc
    return rng.choice((f"{a} {b}", f"{a}{b}", f"{a} {b}".lower(), f"{a}-{b}" if pc[0] == "nl" else f"{a} {b}"))


# -- phones -------------------------------------------------------------------------------------------------
_CC = {"44": ("7", 9), "353": ("8", 8), "1": ("4", 9), "31": ("6", 8), "90": ("5", 9), "48": ("5", 8)}


def make_phone(rng: random.Random) -> tuple[str, str]:
    cc = rng.choice(("44", "44", "353", "1", "31", "90", "48"))
    lead, n = _CC[cc]
    return cc, lead + digits(rng, n)


def say_phone(ph: tuple[str, str], rng: random.Random, clean: bool = False) -> str:
    cc, rest = ph
    head = rng.choice((f"plus {say_num(cc, rng, True)}", f"double oh {say_num(cc, rng, True)}",
                       f"oh oh {say_num(cc, rng, True)}", f"plus {cardinal(int(cc))}")) if not clean else f"plus {say_num(cc, rng, True)}"
    cut = 3 if len(rest) > 8 else 2
    glue = " " if clean else rng.choice((" ", " ", " uh ", " and then "))
    return f"{head} {say_num(rest[:cut], rng, clean)}{glue}{say_num(rest[cut:], rng, clean)}"


def type_phone(ph: tuple[str, str], rng: random.Random) -> str:
    cc, rest = ph
    return rng.choice((f"+{cc} {rest[:3]} {rest[3:]}", f"+{cc}{rest}", f"00{cc} {rest}", f"(+{cc}) {rest[:3]}-{rest[3:]}",
                       f"+{cc}-{rest[:2]}-{rest[2:5]}-{rest[5:]}"))


# -- e-mails ------------------------------------------------------------------------------------------------
_MAIL = ("gmail.com", "outlook.ie", "yahoo.ca", "ziggo.nl", "hotmail.com", "proton.me", "eircom.net", "gmx.net",
         "mail.com", "icloud.com")


def make_email(f: str, la: str, rng: random.Random) -> tuple[str, str]:
    user = rng.choice((f"{f}.{la}", f"{f[0]}.{la}", f"{la}{f[:2]}", f"{f}-{la}", f"{la}.{f}{digits(rng, 2)}",
                       f"{f}{la[0]}{digits(rng, 3)}", f"{f}.{la[0]}"))
    return user, rng.choice(_MAIL)


def say_email(user: str, dom: str, rng: random.Random, clean: bool = False) -> str:
    spell = not clean and rng.random() < 0.5
    out = []
    for ch in user:
        if ch in ".-_":
            out.append({".": "dot", "-": rng.choice(("dash", "hyphen")), "_": "underscore"}[ch])
        elif ch.isdigit():
            out.append(heard(ch, rng, clean))
        else:
            out.append(ch)
    user_said = " ".join(out) if spell else " ".join(_joined(out))
    at = "at" if clean else rng.choice(("at", "at", "at sign", "at the"))
    return f"{user_said} {at} {dom.replace('.', ' dot ')}"


def _joined(out: list[str]) -> list[str]:
    """Letters between separators said as one word (``kovac dot m``)."""
    words, buf = [], ""
    for w in out:
        if len(w) == 1 and w.isalpha():
            buf += w
            continue
        if buf:
            words.append(buf)
            buf = ""
        words.append(w)
    return words + ([buf] if buf else [])
