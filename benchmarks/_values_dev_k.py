"""Raw personal values of ``dev_k`` callers (UK, US, Australia, New Zealand, South Africa) with valid check
digits: phones, postcodes / ZIPs, cards, national ids (NI, SSN, TFN, IRD, SA ID), bank details, references.

Renderers for the two styles live in ``_speech_dev_k`` (how a modern punctuating engine prints them) and
``_typing_dev_k`` (how people type them in a messaging app).
"""
from __future__ import annotations

import random
import unicodedata

from benchmarks._templates_values import luhn_complete

COUNTRIES = ("uk", "uk", "uk", "uk", "us", "us", "us", "au", "au", "nz", "za", "za")
_UK_AREAS = ("SW", "SE", "N", "NW", "E", "W", "B", "M", "LS", "BS", "CF", "EH", "G", "L", "NG", "OX", "RG", "CB", "BN")
STREETS = {
    "uk": (("Orchard", "Lane"), ("Station", "Road"), ("Kingfisher", "Close"), ("Albion", "Street"), ("Mill", "Way"),
           ("Rectory", "Gardens"), ("Hawthorn", "Crescent"), ("Victoria", "Terrace")),
    "us": (("Maple", "Avenue"), ("Cedar Ridge", "Drive"), ("Lincoln", "Boulevard"), ("Pine", "Street"),
           ("Willow Creek", "Road"), ("Franklin", "Court"), ("Sunset", "Parkway")),
    "au": (("Wattle", "Street"), ("Banksia", "Crescent"), ("Jacaranda", "Avenue"), ("Bottlebrush", "Close"),
           ("Parramatta", "Road"), ("Ocean View", "Parade")),
    "nz": (("Kowhai", "Street"), ("Pohutukawa", "Drive"), ("Rimu", "Road"), ("Totara", "Place"), ("Harbour View", "Terrace")),
    "za": (("Jacaranda", "Road"), ("Protea", "Street"), ("Main", "Road"), ("Kloof", "Street"), ("Acacia", "Avenue"),
           ("Voortrekker", "Road")),
}
TOWNS = {"uk": ("Didsbury", "Headingley", "Clifton", "Canton", "Leith", "Jesmond", "Hove", "Kidlington"),
         "us": ("Springfield, IL", "Austin, TX", "Boise, ID", "Tacoma, WA", "Dayton, OH", "Raleigh, NC"),
         "au": ("Paddington", "Fremantle", "Carlton North", "Toowong", "Glenelg", "Manly"),
         "nz": ("Ponsonby", "Riccarton", "Karori", "Mount Maunganui", "Frankton"),
         "za": ("Rondebosch", "Sandton", "Durbanville", "Umhlanga", "Hatfield", "Observatory")}
DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "bigpond.com", "xtra.co.nz",
           "webmail.co.za", "btinternet.com", "proton.me")


def digits(rng: random.Random, n: int, nonzero: bool = False) -> str:
    s = "".join(rng.choice("0123456789") for _ in range(n))
    return rng.choice("123456789") + s[1:] if nonzero else s


def phone(country: str, rng: random.Random) -> tuple[str, list[str]]:
    """(country, digit groups as written locally)."""
    if country == "uk":
        return country, ["07" + digits(rng, 3), digits(rng, 3), digits(rng, 3)]
    if country == "us":
        return country, [digits(rng, 3, True), digits(rng, 3, True), digits(rng, 4)]
    if country == "au":
        return country, ["04" + digits(rng, 2), digits(rng, 3), digits(rng, 3)]
    if country == "nz":
        return country, [rng.choice(("021", "022", "027")), digits(rng, 3), digits(rng, 4)]
    return country, ["0" + rng.choice("678") + digits(rng, 1), digits(rng, 3), digits(rng, 4)]


DIAL = {"uk": "44", "us": "1", "au": "61", "nz": "64", "za": "27"}


def postcode(country: str, rng: random.Random) -> tuple[str, str]:
    """(country, code); UK codes keep their single space."""
    if country == "uk":
        area = rng.choice(_UK_AREAS)
        district = rng.randint(1, 19)
        out = f"{area}{district}{rng.choice(('', '', 'A')) if len(area) == 1 and district < 10 else ''}"
        return country, f"{out} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPQRSTUWXY')}"
    if country == "us":
        return country, digits(rng, 5, True)
    if country == "au":
        return country, str(rng.choice((2, 3, 4, 5, 6, 7))) + digits(rng, 3)
    if country == "nz":
        return country, rng.choice(("0", "1", "3", "5", "6", "7", "8", "9")) + digits(rng, 3)
    return country, rng.choice(("0", "1", "2", "4", "7", "8")) + digits(rng, 3)


def address(country: str, rng: random.Random) -> dict:
    name, kind = rng.choice(STREETS[country])
    unit = rng.choice(("", "", "", f"Flat {rng.randint(1, 12)}" if country == "uk" else f"Unit {rng.randint(1, 20)}",
                       f"Apt {rng.randint(1, 9)}{rng.choice('ABC')}" if country == "us" else ""))
    return {"number": str(rng.randint(2, 240) if country != "us" else rng.randint(100, 9800)), "street": name,
            "kind": kind, "unit": unit, "town": rng.choice(TOWNS[country])}


def card(rng: random.Random) -> list[str]:
    kind = rng.choice(("visa", "visa", "mc", "mc", "amex"))
    if kind == "amex":
        n = luhn_complete(rng.choice(("34", "37")) + digits(rng, 12))
        return [n[:4], n[4:10], n[10:]]
    n = luhn_complete(("4" if kind == "visa" else rng.choice(("51", "53", "55", "2221"))) +
                      digits(rng, 15 - (1 if kind == "visa" else 2 if kind == "mc" else 4)))
    n = n if len(n) == 16 else luhn_complete(n[:15])
    return [n[i:i + 4] for i in range(0, 16, 4)]


def _tfn(rng: random.Random) -> str:
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    while True:
        d = digits(rng, 8, True)
        for last in "0123456789":
            if sum(int(c) * w for c, w in zip(d + last, weights)) % 11 == 0:
                return d + last


def ird(rng: random.Random) -> str:
    """NZ IRD number (8 or 9 digits, mod-11 check digit; a remainder needing the second weights is redrawn)."""
    while True:
        body = ("0" if rng.random() < 0.5 else "1") + digits(rng, 7)
        r = sum(int(c) * w for c, w in zip(body, (3, 2, 7, 6, 5, 4, 3, 2))) % 11
        check = 0 if r == 0 else 11 - r
        if check < 10:
            return (body + str(check)).lstrip("0") if rng.random() < 0.5 else body + str(check)


def za_id(rng: random.Random, dob: tuple[int, int, int]) -> str:
    d, m, y = dob
    return luhn_complete(f"{y % 100:02d}{m:02d}{d:02d}{digits(rng, 4)}{rng.choice('01')}8")


def nino(rng: random.Random) -> str:
    return rng.choice(("AB", "CE", "JH", "KP", "NZ", "PR", "SH", "TW", "WL")) + digits(rng, 6) + rng.choice("ABCD")


def ssn(rng: random.Random) -> str:
    return f"{rng.randint(101, 665):03d}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"


def national_id(country: str, rng: random.Random, dob: tuple[int, int, int]) -> tuple[str, str]:
    """(kind, value): ``ni`` / ``ssn`` / ``tfn`` / ``ird`` / ``zaid``."""
    return {"uk": lambda: ("ni", nino(rng)), "us": lambda: ("ssn", ssn(rng)), "au": lambda: ("tfn", _tfn(rng)),
            "nz": lambda: ("ird", ird(rng)), "za": lambda: ("zaid", za_id(rng, dob))}[country]()


def bank(country: str, rng: random.Random) -> tuple[str, str]:
    """(branch code, account): UK sort code, US routing number, AU BSB, NZ bank-branch, SA branch code."""
    if country == "uk":
        return digits(rng, 6, True), digits(rng, 8)
    if country == "us":
        return "0" + digits(rng, 8), digits(rng, rng.choice((10, 12)), True)
    if country == "au":
        return "0" + digits(rng, 5), digits(rng, 9, True)
    if country == "nz":
        return rng.choice(("01", "02", "06", "12", "38")) + digits(rng, 4), digits(rng, 7) + "0" + digits(rng, 1)
    return rng.choice(("250655", "632005", "051001", "470010")), digits(rng, 10, True)


def reference(rng: random.Random, prefix: str) -> str:
    return rng.choice((f"{prefix}-{digits(rng, 7, True)}", f"{prefix}{digits(rng, 6, True)}",
                       f"{digits(rng, 2, True)}{prefix}{digits(rng, 5)}", f"{prefix}/{digits(rng, 4)}/{rng.choice('KMTX')}"))


def dob(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1936, 2005)


def email(first: str, last: str, rng: random.Random) -> tuple[str, str]:
    f, la = (fold(x).lower().replace(" ", "").replace("-", "").replace("'", "") for x in (first, last))
    user = rng.choice((f"{f}.{la}", f"{f}{la}{rng.randint(1, 99)}", f"{f[0]}{la}", f"{la}.{f}", f"{f}_{la[:4]}",
                       f"{f}{rng.randint(70, 99)}"))
    return user, rng.choice(DOMAINS)


def fold(text: str) -> str:
    """Diacritics dropped (``Adrián`` -> ``Adrian``, ``Yılmaz`` -> ``Yilmaz``)."""
    text = text.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
