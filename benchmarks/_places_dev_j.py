"""Postcodes, addresses, phones, e-mails, references, cards, expiry dates and national ids for ``dev_j``:
raw values and the ways a caller says (ASR) or types (chat) them. Digits are spoken by ``_values_dev_j``.
"""
from __future__ import annotations

import random

from benchmarks import _values_dev_j as J
from benchmarks._places_dev_i import make_card  # Luhn-valid groups (dev_e draws)

_STREETS = ("Quarry", "Sandpiper", "Bellfield", "Orchard", "Saltmarsh", "Ropewalk", "Cherrytree", "Foundry",
            "Larkspur", "Millrace", "Weavers", "Hollybush", "Coldharbour", "Pinfold", "Tithe Barn")
_KINDS = ("Street", "Close", "Way", "Rise", "Mews", "Drive", "Walk", "Row", "Court", "Hill")
_HOUSES = ("Hawthorn Cottage", "The Old Forge", "Meadowside", "Willow Barn", "Tanglewood", "The Laurels",
           "Glebe House", "Brackenridge")
_TOWNS = ("Tewkesbury", "Kilkenny", "Dungarvan", "Saltash", "Otley", "Guelph", "Barrie", "Zwolle", "Amersfoort",
          "Penrith", "Ballymena", "Frome", "Athlone", "Kamloops", "Haarlem", "Bideford")
_NL_STREETS = ("Spoorlaan", "Beukenlaan", "Havenstraat", "Julianaweg", "Raadhuisplein")
_DOMAINS = ("gmail.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "outlook.ie", "shaw.ca", "kpnmail.nl",
            "virginmedia.com", "live.com", "aol.com")
_CC = {"44": "7", "353": "8", "1": "6", "31": "6", "61": "4", "27": "8"}


# -- postcodes ----------------------------------------------------------------------------------------------
def make_postcode(rng: random.Random) -> tuple[str, str, str]:
    """(kind, first half, second half)."""
    kind = rng.choice(("uk", "uk", "uk", "ie", "ca", "nl"))
    if kind == "uk":
        out = rng.choice((J.caps(rng, 2) + J.digits(rng, 1, True), J.caps(rng, 1) + J.digits(rng, 2, True),
                          J.caps(rng, 2) + J.digits(rng, 1, True) + J.caps(rng, 1)))
        return kind, out, J.digits(rng, 1) + J.caps(rng, 2)
    if kind == "ie":
        return kind, rng.choice("ACDEFHKNPRTVWXY") + J.digits(rng, 2), rng.choice("ACDEFHKNPRTVWXY") + J.digits(rng, 1) + \
            rng.choice("ACDEFHKNPRTVWXY") + J.digits(rng, 1)
    if kind == "ca":
        return kind, rng.choice("ABCEGHJKLMNPRSTVXY") + J.digits(rng, 1) + J.caps(rng, 1), J.digits(rng, 1) + \
            J.caps(rng, 1) + J.digits(rng, 1)
    return kind, J.digits(rng, 4, True), J.caps(rng, 2)


def say_postcode(pc: tuple[str, str, str], rng: random.Random, clean: bool = False) -> str:
    _, a, b = pc
    mid = " " if clean else rng.choice((" ", " ", " um ", " then ", " space "))
    return J.say_chars(a, rng, clean) + mid + J.say_chars(b, rng, clean)


def type_postcode(pc: tuple[str, str, str], rng: random.Random) -> str:
    _, a, b = pc
    return rng.choice((f"{a} {b}", f"{a}{b}", f"{a.lower()} {b.lower()}", f"{a}  {b}", f"{a}-{b}", f"{a} {b}"))


# -- addresses ----------------------------------------------------------------------------------------------
def make_address(rng: random.Random) -> dict:
    shape = rng.choice(("plain", "plain", "flat", "house", "nl", "apt"))
    return {"shape": shape, "no": rng.randint(1, 240), "flat": rng.randint(1, 30), "street": rng.choice(_STREETS),
            "kind": rng.choice(_KINDS), "house": rng.choice(_HOUSES), "town": rng.choice(_TOWNS),
            "nl": rng.choice(_NL_STREETS)}


def _num(n: int, rng: random.Random, asr: bool) -> str:
    if not asr:
        return str(n)
    s = str(n)
    return rng.choice((s, J.say_run(s, rng), J.two(s, rng) if len(s) == 2 else s))


def address_bits(a: dict, rng: random.Random, asr: bool) -> tuple[str, str]:
    """(first line, town) as said or typed."""
    road = f"{a['street']} {a['kind']}"
    no, flat = _num(a["no"], rng, asr), _num(a["flat"], rng, asr)
    first = {"plain": f"{no} {road}",
             "flat": rng.choice((f"flat {flat} {no} {road}", f"{no} {road} flat {flat}")) if asr else
             rng.choice((f"Flat {flat}, {no} {road}", f"{flat}/{no} {road}", f"{no} {road}, flat {flat}")),
             "house": f"{a['house']} {no} {road}" if rng.random() < 0.5 else f"{a['house']}, {road}",
             "nl": f"{a['nl']} {no}", "apt": f"apartment {flat} {no} {road}" if asr else f"Apt {flat}, {no} {road}"}[a["shape"]]
    if asr:
        return first.lower().replace(",", "").replace("/", " "), a["town"].lower()
    return first, a["town"]


# -- phones and e-mails -------------------------------------------------------------------------------------
def make_phone(rng: random.Random) -> tuple[str, str]:
    cc = rng.choice(("44", "44", "353", "1", "31", "61", "27"))
    return cc, _CC[cc] + J.digits(rng, 9 if cc in ("44", "1") else 8)


def say_phone(ph: tuple[str, str], rng: random.Random, clean: bool = False) -> str:
    cc, n = ph
    if clean:
        return f"oh {J.say_run(n[:4], rng, True)} {J.say_run(n[4:], rng, True)}"
    intl = rng.random() < 0.5
    head = rng.choice((f"plus {' '.join(J.WORD[int(c)] for c in cc)}", f"double oh {J.say_run(cc, rng)}",
                       f"plus {J.two(cc, rng) if len(cc) == 2 else J.say_run(cc, rng)}", f"oh oh {cc}")) if intl else "oh"
    cuts = (3, 6) if len(n) == 9 else (2, 5)
    parts = [n[:cuts[0]], n[cuts[0]:cuts[1]], n[cuts[1]:]]
    return f"{head} {J.groups_said(parts, rng, slips=True)}"


def type_phone(ph: tuple[str, str], rng: random.Random) -> str:
    cc, n = ph
    return rng.choice((f"+{cc} {n[:3]} {n[3:6]} {n[6:]}", f"00{cc}{n}", f"0{n}", f"+{cc}-{n[:4]}-{n[4:]}",
                       f"0{n[:4]}.{n[4:]}", f"(+{cc}) {n}", f"+{cc}{n}", f"0{n[:3]} {n[3:]}"))


def make_email(first: str, last: str, rng: random.Random) -> tuple[str, str]:
    user = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{last}{rng.randint(1, 99)}", f"{first}_{last[:4]}",
                       f"{first}{rng.randint(60, 99)}", f"{last}.{first[0]}"))
    return user, rng.choice(_DOMAINS)


def say_email(user: str, dom: str, rng: random.Random, clean: bool = False) -> str:
    sym = {".": "dot", "_": "underscore", "-": "dash"}
    spell = not clean and rng.random() < 0.5
    bits = []
    for part in user.replace(".", " . ").replace("_", " _ ").split():
        if part in sym:
            bits.append(sym[part])
        elif part.isdigit():
            bits.append(J.say_run(part, rng, clean))
        else:
            bits.append(" ".join(part) if spell else part)
    at = "at" if clean else rng.choice(("at", "at", "at sign", "at the"))
    domain = " dot ".join(dom.split("."))
    return f"{' '.join(bits)} {at} {domain}"


# -- references, cards, expiry, national ids ----------------------------------------------------------------
def make_ref(rng: random.Random) -> str:
    shape = rng.randrange(8)
    return (f"CLM{J.digits(rng, 7)}", f"HI-{J.digits(rng, 6)}-{J.caps(rng, 2)}", f"MPH{J.digits(rng, 5)}{J.caps(rng, 1)}",
            f"{J.caps(rng, 2)}{J.digits(rng, 6)}", f"RB/{J.digits(rng, 4)}/{J.digits(rng, 2)}", f"LOT{J.digits(rng, 8)}",
            f"CT{J.digits(rng, 9)}", f"{J.caps(rng, 3)}-{J.digits(rng, 4)}-{J.caps(rng, 1)}{J.digits(rng, 1)}")[shape]


def say_ref(ref: str, rng: random.Random, clean: bool = False) -> str:
    glue = {"-": " dash ", "/": " slash "} if clean else {"-": rng.choice((" dash ", " hyphen ", " ")), "/": rng.choice((" slash ", " forward slash ", " "))}
    parts, out = ref.replace("-", " - ").replace("/", " / ").split(), []
    for p in parts:
        out.append(glue[p].strip() if p in glue else J.say_chars(p, rng, clean))
    return " ".join(w for w in out if w)


def type_ref(ref: str, rng: random.Random) -> str:
    return rng.choice((ref, ref.lower(), ref.replace("-", " ").replace("/", " "), ref, " ".join(ref.split("-"))))


def say_card(groups: list[str], rng: random.Random, clean: bool = False) -> str:
    return J.groups_said(groups, rng, clean)


def type_card(groups: list[str], rng: random.Random) -> str:
    return rng.choice((" ", "-", "", ".", " - ", "  ")).join(groups)


def say_expiry(mm: str, y: str, rng: random.Random, clean: bool = False) -> str:
    mon = J.MONTHS[int(mm) - 1].lower()
    if clean:
        return f"{mon} {y}"
    return rng.choice((f"{J.say_run(mm, rng)} {J.say_run(y[2:], rng)}", f"{mon} twenty {J.two(y[2:], rng)}",
                       f"{J.say_run(mm, rng)} slash {y[2:]}", f"end of {mon} {y}", f"{mm} {y[2:]}",
                       f"{J.spoken(mm[0], rng)} {J.spoken(mm[1], rng)} um {J.two(y[2:], rng)}"))


def type_expiry(mm: str, y: str, rng: random.Random) -> str:
    return rng.choice((f"{mm}/{y[2:]}", f"{mm}-{y}", f"{int(mm)}/{y[2:]}", f"{mm} / {y[2:]}", f"{mm}{y[2:]}",
                       f"{J.MONTHS[int(mm) - 1][:3].lower()} {y}"))


def make_natid(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(("nino", "nino", "pps", "pps", "sin", "bsn"))
    if kind == "ssn":
        return kind, rng.choice("12345678") + J.digits(rng, 8)
    return kind, {"pps": J.make_pps, "sin": J.make_sin, "bsn": J.make_bsn, "nino": J.make_nino}[kind](rng)


def say_natid(v: tuple[str, str], rng: random.Random, clean: bool = False) -> str:
    kind, s = v
    if kind in ("ssn", "sin", "bsn"):
        cuts = (3, 5) if kind == "ssn" else (3, 6)
        return J.groups_said([s[:cuts[0]], s[cuts[0]:cuts[1]], s[cuts[1]:]], rng, clean, slips=False)
    if kind == "nino" and not clean and rng.random() < 0.5:
        return " ".join((J.say_chars(s[:2], rng), *(J.two(s[i:i + 2], rng) for i in (2, 4, 6)), J.say_chars(s[8], rng)))
    return J.say_chars(s, rng, clean)


def type_natid(v: tuple[str, str], rng: random.Random) -> str:
    kind, s = v
    if kind == "ssn":
        return rng.choice((f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s))
    if kind == "nino":
        return rng.choice((s, f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}", s.lower(), f"{s[:2]}-{s[2:8]}-{s[8]}"))
    return rng.choice((s, f"{s[:3]} {s[3:6]} {s[6:]}", s.lower() if kind == "pps" else s))


__all__ = ["make_card"]
