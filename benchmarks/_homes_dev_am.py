"""The ``dev_am`` callers' values: homes in the UK and Ireland (a housing association's flats, a surgery's patients),
relatives abroad (Philippines, Turkey, Poland, Israel, US): phone numbers valid for ``phonenumbers`` in each country's
habits, addresses with flat numbers, postcodes / Eircodes, NHS / PPS numbers (``python-stdnum`` valid, dev_aj's
generators), the reference numbers each organisation quotes, mail domains, helplines and money. Written blind."""
from __future__ import annotations

import random

import phonenumbers

from benchmarks._profile_dev_s import digits

HOME = ("UK", "IE")
REGION = {"UK": "GB"}
# country: (national prefixes, digits after the prefix, first digit after the prefix)
_NUMBERS = {"UK": (("07701", "07712", "07725", "07738", "07746", "07767", "07791", "07825", "07852", "07903", "07946",
                    "0208", "0113", "0161", "0121", "0114"), None),
            "IE": (("083", "085", "086", "087", "089", "01"), None),
            "PH": (("0917", "0918", "0920", "0927", "0939", "0947", "0956", "0998"), 7),
            "TR": (("0532", "0533", "0535", "0542", "0544", "0505", "0555", "0212", "0232"), 7),
            "PL": (("501", "502", "512", "533", "600", "601", "663", "691", "730", "790"), 6),
            "IL": (("050", "052", "053", "054", "058"), 7),
            "US": (("347", "718", "305", "954", "281", "678"), 7)}


def region(country: str) -> str:
    return REGION.get(country, country)


def national(rng: random.Random, country: str) -> str:
    """A number's national digits, valid for ``phonenumbers`` and of that country."""
    prefixes, n = _NUMBERS[country]
    while True:
        p = rng.choice(prefixes)
        rest = n or (11 - len(p) if country == "UK" else 7)
        number = p + digits(rng, rest, "23456789")
        parsed = phonenumbers.parse(number, region(country))
        if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region(country):
            return number


def home_phone(rng: random.Random, country: str) -> str:
    """The number as written in that country (``07701 234567``, ``087 123 4567``, ``0917 123 4567``, ``+90 532 …``)."""
    n = national(rng, country)
    r = n[1:]
    forms = {"UK": (f"{n[:5]} {n[5:]}", n, f"+44 {r[:4]} {r[4:]}") if n.startswith("07") else (f"{n[:4]} {n[4:7]} {n[7:]}", n),
             "IE": (f"{n[:3]} {n[3:6]} {n[6:]}", n, f"+353 {r[:2]} {r[2:5]} {r[5:]}") if not n.startswith("01") else (f"{n[:2]} {n[2:5]} {n[5:]}",),
             "PH": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+63 {r[:3]} {r[3:6]} {r[6:]}", n),
             "TR": (f"{n[:4]} {n[4:7]} {n[7:9]} {n[9:]}", f"+90 {r[:3]} {r[3:6]} {r[6:8]} {r[8:]}"),
             "PL": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+48 {n[:3]} {n[3:6]} {n[6:]}"),
             "IL": (f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+972 {r[:2]}-{r[2:5]}-{r[5:]}", n),
             "US": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}")}
    return rng.choice(forms[country])


_UK_POST = (("N17", "London"), ("SE15", "London"), ("E13", "London"), ("B10", "Birmingham"), ("LS8", "Leeds"),
            ("M13", "Manchester"), ("BD7", "Bradford"), ("CR0", "Croydon"), ("NG7", "Nottingham"), ("L8", "Liverpool"),
            ("CF24", "Cardiff"), ("LU1", "Luton"))
_IE_POST = (("D08", "Dublin"), ("D15", "Dublin"), ("T23", "Cork"), ("F91", "Sligo"), ("X91", "Waterford"),
            ("A92", "Drogheda"))
_UK_STREETS = ("Albion Street", "Coronation Road", "Brunswick Terrace", "Greenfield Avenue", "Hollybush Lane",
               "Marlborough Road", "Osborne Close", "Prospect Street", "Tenter Lane", "Wellington Crescent",
               "Gladstone Street", "Primrose Hill Road")
_BLOCKS = ("Beaumont House", "Kestrel Court", "Priory Heights", "Chaucer House", "Linden Court", "Falcon Point")
_IE_STREETS = ("Seville Place", "Mary Street", "Kilbarrack Road", "Ballyfermot Road", "Quarry Road")
_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"
POSTNAME = {"UK": "postcode", "IE": "Eircode"}


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, town, postcode / Eircode)."""
    if country == "IE":
        key, town = rng.choice(_IE_POST)
        street = rng.choice(_IE_STREETS)
        addr = rng.choice((f"{rng.randint(1, 120)} {street}", f"Apartment {rng.randint(1, 60)}, {rng.randint(2, 40)} {street}"))
        return addr, town, key + " " + "".join(rng.choice(_EIR) for _ in range(4))
    out, town = rng.choice(_UK_POST)
    street = rng.choice(_UK_STREETS)
    addr = rng.choice((f"{rng.randint(1, 160)} {street}", f"Flat {rng.randint(1, 40)}, {rng.choice(_BLOCKS)}, {street}",
                       f"Flat {rng.randint(1, 12)}, {rng.randint(2, 99)} {street}", f"{rng.randint(2, 80)}{rng.choice('ab')} {street}"))
    return addr, town, f"{out} {rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"


def reference(rng: random.Random, kind: str) -> str:
    """A reference an organisation quotes (ACCOUNT_NUMBER): tenancy, repair job, complaint, patient / hospital number,
    energy account, order, booking."""
    shapes = {"tenancy": lambda: f"TEN{digits(rng, 6, '123456789')}", "job": lambda: f"JOB-{digits(rng, 6, '123456789')}",
              "complaint": lambda: f"CMP{digits(rng, 7, '123456789')}", "hospital": lambda: f"RX{digits(rng, 6, '123456789')}",
              "energy": lambda: digits(rng, 10, "123456789"), "order": lambda: digits(rng, 9, "123456789"),
              "booking": lambda: f"BK{digits(rng, 6, '123456789')}", "pupil": lambda: f"P{digits(rng, 5, '123456789')}"}
    return shapes[kind]()


MAILS = {"UK": ("gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com"),
         "IE": ("gmail.com", "eircom.net", "hotmail.com", "outlook.ie")}
LINES = {"UK": ("0300 123 4466", "0800 048 3210"), "IE": ("1800 372 999", "01 872 3300")}
MONEY = {"UK": (("£{n}", "£{n}.00", "{n} quid"), (40, 65, 120, 350, 1100)), "IE": (("€{n}", "{n} euro"), (50, 90, 240))}
UNIT = {"UK": "pounds", "IE": "euro"}
