"""Street addresses and national numbers of the ``dev_h`` split (UK-shaped; road and town names of its own).

Addresses: house names alone or before a road (``Larch Cottage, Pennywell Lane``), flats (``flat 2``,
``apartment 14``, ``2/14``, ``14 b``), numbers said as a word, in pairs or digit by digit, the town after a
comma, ``in`` or nothing; the road in one turn and the town in the next. NI numbers (NATIONAL_ID) with letters
said bare or ``as in``; NHS numbers (NATIONAL_ID) in 3-3-4 groups.
"""
from __future__ import annotations

import random

from benchmarks._templates_values import cardinal
from benchmarks._values_dev_h import _LETTERS, digits, pair, run, say_alnum, say_digits

_ROADS = ("Pennywell", "Cobbler's", "Saltash", "Brackenfield", "Orchard Rise", "Millpond", "Thistle", "Harrowgate",
          "Ferndown", "Swallow", "Weavers", "Lamplighter", "Cromwell", "Juniper", "Rookery", "Tollgate", "Badger",
          "Chantry", "Quayside", "Nettlebed")
_TYPES = ("Road", "Street", "Lane", "Avenue", "Close", "Drive", "Way", "Mews", "Court", "Row", "Walk", "Hill")
_ABBR = {"Road": "Rd", "Street": "St", "Lane": "Ln", "Avenue": "Ave", "Close": "Cl", "Drive": "Dr", "Court": "Ct"}
_HOUSES = ("Larch Cottage", "The Willows", "Hill View", "Meadowside", "The Old Bakery", "Windrush", "Orchard House",
           "Two Chimneys", "Hawthorn Lodge", "The Coach House", "Brook Farm", "Highfield")
TOWNS = ("Bideford", "Skipton", "Market Harborough", "Ebbw Vale", "Cockermouth", "Newry", "Wisbech", "Ludlow",
         "Hexham", "Tewkesbury", "Arbroath", "Dunstable", "Bridlington", "Totnes", "Keighley", "Carmarthen")


def make_address(rng: random.Random) -> dict:
    road = rng.choice(_ROADS)
    kind = "" if " " in road else rng.choice(_TYPES)
    shape = rng.choice(("number", "number", "house", "house_only", "flat", "letter"))
    return {"shape": shape, "no": rng.choice((rng.randint(1, 99), rng.randint(1, 40), rng.randint(100, 399))),
            "flat": rng.randint(1, 24), "letter": rng.choice("abc"), "house": rng.choice(_HOUSES),
            "road": road, "type": kind, "town": rng.choice(TOWNS)}


def _say_no(n: int, rng: random.Random) -> str:
    if n >= 100 and rng.random() < 0.5:
        return f"{cardinal(n // 100)} {pair(f'{n % 100:02d}')}"
    return rng.choice((cardinal(n), run(str(n), rng, "oh", 0))) if n >= 10 else cardinal(n)


def address_parts(a: dict, rng: random.Random, asr: bool) -> tuple[str, str]:
    """(house and road, town) as said or typed."""
    road = f"{a['road']} {a['type']}".strip()
    if not asr and a["type"] in _ABBR and rng.random() < 0.4:
        road = f"{a['road']} {_ABBR[a['type']]}"
    no, shape = a["no"], a["shape"]
    if asr:
        n = _say_no(no, rng)
        first = {"number": f"{n} {road}", "house": f"{a['house']} {road}", "house_only": a["house"],
                 "flat": f"{rng.choice(('flat', 'apartment'))} {cardinal(a['flat'])} {n} {road}",
                 "letter": f"{n} {a['letter']} {road}"}[shape]
        return first.lower().replace("'", ""), a["town"].lower()
    first = {"number": f"{no} {road}", "house": f"{a['house']}, {road}", "house_only": a["house"],
             "flat": rng.choice((f"Flat {a['flat']}, {no} {road}", f"{a['flat']}/{no} {road}",
                                 f"Apt {a['flat']} {no} {road}")),
             "letter": f"{no}{rng.choice((a['letter'], a['letter'].upper()))} {road}"}[shape]
    return first, a["town"]


def make_nino(rng: random.Random) -> str:
    return rng.choice(("JK", "PL", "RT", "SH", "WN", "BY", "GM", "EA")) + digits(rng, 6) + rng.choice("ABCD")


def say_nino(n: str, rng: random.Random, clean: bool = False) -> str:
    if clean or rng.random() < 0.5:
        return f"{say_alnum(n[:2], rng, clean)} {say_digits(n[2:8], rng, clean)} {n[8].lower()}"
    return f"{say_alnum(n[:2], rng)} {pair(n[2:4])} {pair(n[4:6])} {pair(n[6:8])} {say_alnum(n[8], rng)}"


def type_nino(n: str, rng: random.Random) -> str:
    return rng.choice((n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n.lower(), f"{n[:2]}-{n[2:8]}-{n[8]}"))


def make_nhs(rng: random.Random) -> str:
    while True:
        body = digits(rng, 9, True)
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return body + str(check)


def say_nhs(n: str, rng: random.Random, clean: bool = False) -> str:
    return " ".join(say_digits(g, rng, clean) for g in (n[:3], n[3:6], n[6:]))


def type_nhs(n: str, rng: random.Random) -> str:
    return rng.choice((f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_LETTERS) for _ in range(n))
