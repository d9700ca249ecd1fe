"""Addresses, national numbers, references and cards of the ``dev_i`` split.

Addresses (road and town names of its own): flats (``unit 4``, ``4/17``, ``17 flat 4``), house names with a
townland or village, Canadian rural routes (``RR 2``), Dutch numbers after the street (``Lindengracht 112``),
Irish counties (``Co. Kerry``). National ids with valid check digits: Irish PPS numbers, Canadian SINs (Luhn),
Dutch BSNs (11-test), UK NI numbers; US SSNs (US_SSN). References with letters for each domain.
"""
from __future__ import annotations

import random

from benchmarks._templates_values import cardinal
from benchmarks._values_dev_e import card as _card
from benchmarks._values_dev_h import digits, pair
from benchmarks._values_dev_i import heard, letters, say_mixed, say_num

_ROADS = ("Kestrel", "Gorse", "Lavender", "Copperbeech", "Tanners", "Wheelwright", "Heron", "Bramblewood",
          "Fairhaven", "Sandpiper", "Linnet", "Foundry", "Glebe", "Cedarvale", "Kingfisher", "Marigold")
_TYPES = ("Road", "Crescent", "Grove", "Terrace", "Gardens", "Park", "Place", "Square", "Lane", "Avenue")
_HOUSES = ("Rose Cottage", "Bay Tree House", "The Granary", "Sunnybank", "Ivy Lodge", "Mill House", "Fernlea",
           "The Old Forge", "Oakridge", "Shepherd's Rest")
_TOWNS = ("Ballina", "Clonakilty", "Portlaoise", "Leamington Spa", "Stranraer", "Whitby", "Kenmare", "Moncton",
          "Guelph", "Kamloops", "Haarlem", "Zwolle", "Amersfoort", "Penrith", "Oban", "Tralee")
_COUNTIES = ("Co. Kerry", "Co. Mayo", "Co. Cork", "Co. Laois")
_NL = ("Lindengracht", "Vondelstraat", "Kerkweg", "Molenstraat", "Dorpsplein")


def make_address(rng: random.Random) -> dict:
    return {"shape": rng.choice(("number", "flat", "house", "rural", "nl", "unit", "county")),
            "no": rng.choice((rng.randint(1, 60), rng.randint(61, 240))), "flat": rng.randint(1, 30),
            "road": f"{rng.choice(_ROADS)} {rng.choice(_TYPES)}", "house": rng.choice(_HOUSES),
            "town": rng.choice(_TOWNS), "county": rng.choice(_COUNTIES), "nl": rng.choice(_NL),
            "rr": rng.randint(1, 9), "site": rng.randint(1, 40)}


def _no(n: int, rng: random.Random, asr: bool) -> str:
    if not asr:
        return str(n)
    if n >= 100 and rng.random() < 0.5:
        return f"{cardinal(n // 100)} {pair(f'{n % 100:02d}')}"
    return rng.choice((cardinal(n), heard(str(n), rng), str(n)))


def address_parts(a: dict, rng: random.Random, asr: bool) -> tuple[str, str]:
    """(first line, town) as said or typed."""
    n, f, road, shape = _no(a["no"], rng, asr), _no(a["flat"], rng, asr), a["road"], a["shape"]
    town = a["town"]
    first = {
        "number": f"{n} {road}",
        "flat": rng.choice((f"flat {f} {n} {road}", f"{n} {road} flat {f}")) if asr else
        rng.choice((f"Flat {f}, {n} {road}", f"{f}/{n} {road}", f"{n} {road}, flat {f}")),
        "house": f"{a['house']} {road}" if asr else f"{a['house']}, {road}",
        "rural": (f"site {_no(a['site'], rng, asr)} rural route {cardinal(a['rr'])}" if asr else
                  rng.choice((f"Site {a['site']}, RR {a['rr']}", f"RR#{a['rr']} Site {a['site']}"))),
        "nl": f"{a['nl']} {n}",
        "unit": f"unit {f} {n} {road}" if asr else rng.choice((f"Unit {f}, {n} {road}", f"{f}-{n} {road}")),
        "county": f"{a['house']} {road}" if asr else f"{a['house']}, {road}",
    }[shape]
    if shape == "county":
        town = f"{town} {a['county'].replace('Co. ', 'county ')}" if asr else f"{town}, {a['county']}"
    if asr:
        return first.lower().replace("'", "").replace("#", " "), town.lower().replace(".", "")
    return first, town


# -- national ids -------------------------------------------------------------------------------------------
def make_pps(rng: random.Random) -> str:
    body = digits(rng, 7)
    total = sum(int(d) * (8 - i) for i, d in enumerate(body))
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


def make_sin(rng: random.Random) -> str:
    while True:
        s = rng.choice("1245679") + digits(rng, 8)
        total = sum(sum(divmod(int(d) * (1 + i % 2), 10)) for i, d in enumerate(s))
        if total % 10 == 0:
            return s


def make_bsn(rng: random.Random) -> str:
    while True:
        s = rng.choice("123456789") + digits(rng, 8)
        if sum(int(d) * w for d, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0:
            return s


def make_nino(rng: random.Random) -> str:
    return rng.choice(("AB", "JT", "KM", "NR", "PX", "SZ", "YH")) + digits(rng, 6) + rng.choice("ABCD")


def make_natid(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(("pps", "sin", "bsn", "nino", "nino"))
    return kind, {"pps": make_pps, "sin": make_sin, "bsn": make_bsn, "nino": make_nino}[kind](rng)


def say_natid(v: tuple[str, str], rng: random.Random, clean: bool = False) -> str:
    kind, s = v
    if kind == "sin":
        return " ".join(say_num(s[i:i + 3], rng, clean) for i in (0, 3, 6))
    if kind == "nino" and not clean and rng.random() < 0.4:
        return f"{say_mixed(s[:2], rng)} {pair(s[2:4])} {pair(s[4:6])} {pair(s[6:8])} {say_mixed(s[8], rng)}"
    return say_mixed(s, rng, clean)


def type_natid(v: tuple[str, str], rng: random.Random) -> str:
    kind, s = v
    if kind == "sin":
        return rng.choice((f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s))
    if kind == "nino":
        return rng.choice((s, f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}", s.lower()))
    if kind == "bsn":
        return rng.choice((s, f"{s[:4]}.{s[4:6]}.{s[6:]}"))
    return rng.choice((s, s.lower(), f"{s[:7]} {s[7:]}"))


# -- references ---------------------------------------------------------------------------------------------
def make_ref(rng: random.Random) -> str:
    shape = rng.choice(("luggage", "visa", "rental", "pension", "loan", "vet", "donor", "broadband", "utr", "rx"))
    return {"luggage": lambda: rng.choice(("DUB", "LHR", "YYZ", "AMS", "MAN")) + letters(rng, 2) + digits(rng, 5, True),
            "visa": lambda: "GWF" + digits(rng, 9), "rental": lambda: "RA" + digits(rng, 7, True),
            "pension": lambda: f"PEN-{digits(rng, 5, True)}-{letters(rng, 1)}",
            "loan": lambda: digits(rng, 11, True), "vet": lambda: f"{letters(rng, 3)}{digits(rng, 4, True)}",
            "donor": lambda: f"DN{digits(rng, 6)}", "broadband": lambda: f"BB{digits(rng, 8, True)}",
            "utr": lambda: f"{digits(rng, 5, True)} {digits(rng, 5)}", "rx": lambda: f"RX/{digits(rng, 6, True)}/{letters(rng, 2)}"}[shape]()


def say_ref(ref: str, rng: random.Random, clean: bool = False) -> str:
    parts = ref.replace("-", " ").replace("/", " ").split()
    glue = " " if clean else rng.choice((" ", " ", " dash ", " and then "))
    return glue.join(say_mixed(p, rng, clean) for p in parts)


def type_ref(ref: str, rng: random.Random) -> str:
    roll = rng.random()
    return ref.lower() if roll < 0.2 else ref.replace("-", "").replace("/", "") if roll < 0.35 else ref


# -- cards --------------------------------------------------------------------------------------------------
def make_card(rng: random.Random) -> list[str]:
    return list(_card(rng).groups)


def say_card(groups: list[str], rng: random.Random, clean: bool = False) -> str:
    """Group by group, with pauses and, now and then, a group said again after a slip."""
    out = []
    for i, g in enumerate(groups):
        said = say_num(g, rng, clean)
        if not clean and rng.random() < 0.12:
            wrong = g[:-1] + str((int(g[-1]) + 3) % 10)
            said = f"{say_num(wrong, rng)} {rng.choice(('sorry', 'no wait', 'scratch that'))} {said}"
        out.append(said)
        if not clean and i < len(groups) - 1 and rng.random() < 0.3:
            out.append(rng.choice(("um", "uh", "hang on", "then")))
    return " ".join(out)


def type_card(groups: list[str], rng: random.Random) -> str:
    return rng.choice((" ", "-", "", " - ", ".")).join(groups)
