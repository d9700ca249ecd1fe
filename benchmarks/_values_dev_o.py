"""Raw values of the ``dev_o`` family (Singapore and Malaysia) with real shapes, and how they are said.

Singapore NRIC / FIN (``S1234567D``: S/T/F/G + 7 digits + the published check letter), Malaysian MyKad numbers
(``YYMMDD-PB-###G``, valid in ``stdnum.my.nric``), SG mobiles (``+65 8xxx xxxx`` / ``9xxx``), MY mobiles
(``+60 1x-xxx xxxx``), HDB and condo addresses with 6-digit SG postcodes, MY addresses with 5-digit postcodes,
Visa / Mastercard cards (Luhn), bank accounts, booking and order references.
"""
from __future__ import annotations

import random

from stdnum import luhn

_W = (2, 7, 6, 5, 4, 3, 2)
_ST, _FG = "JZIHGFEDCBA", "XWUTRQPNMLK"
SG_BANKS = ("DBS", "POSB", "OCBC", "UOB", "Maybank")
MY_BANKS = ("Maybank", "CIMB", "Public Bank", "RHB", "Hong Leong")
# (estate / street, block range, postcode sector) -- HDB towns
HDB = (("Ang Mo Kio Ave 3", "56"), ("Tampines St 21", "52"), ("Bedok North Rd", "46"), ("Jurong West St 42", "64"),
       ("Toa Payoh Lor 1", "31"), ("Yishun Ring Rd", "76"), ("Woodlands Dr 16", "73"), ("Hougang Ave 8", "53"),
       ("Bukit Batok West Ave 6", "65"), ("Punggol Field", "82"))
# (street pattern, postcode, town, state)
MY_PLACES = (("Jalan SS 2/{n}", "47300", "Petaling Jaya", "Selangor"), ("Jalan USJ 9/{n}", "47620", "Subang Jaya", "Selangor"),
             ("Jalan Bukit Bintang", "55100", "Kuala Lumpur", "Wilayah Persekutuan"),
             ("Jalan Tun Razak", "50400", "Kuala Lumpur", "Wilayah Persekutuan"),
             ("Lorong Kulit {n}", "11700", "George Town", "Pulau Pinang"), ("Jalan Molek {n}/{m}", "81100", "Johor Bahru", "Johor"),
             ("Jalan Sultan Azlan Shah", "31400", "Ipoh", "Perak"), ("Jalan Setia Prima {n}", "40170", "Shah Alam", "Selangor"))
MY_PLACE_CODES = ("01", "04", "07", "08", "10", "14", "21", "22", "24", "31", "37")
_WORDS = "zero one two three four five six seven eight nine".split()
_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
MONTHS = "January February March April May June July August September October November December".split()
SPELL = {"S": "S for Sugar", "T": "T for Tango", "F": "F for Freddie", "G": "G for George", "A": "A for Apple",
         "B": "B for Bravo", "C": "C for Charlie", "D": "D for Delta", "E": "E for Echo", "H": "H for Hotel",
         "I": "I for India", "J": "J for Juliet", "K": "K for King", "L": "L for Lima", "M": "M for Mary",
         "N": "N for Nancy", "P": "P for Peter", "Q": "Q for Queen", "R": "R for Robert", "U": "U for Uncle",
         "W": "W for William", "X": "X for X-ray", "Z": "Z for Zebra"}


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def nric_check(prefix: str, digits: str) -> str:
    total = sum(int(c) * w for c, w in zip(digits, _W)) + (4 if prefix in "TG" else 0)
    return (_ST if prefix in "ST" else _FG)[total % 11]


def nric(rng: random.Random, year: int) -> str:
    prefix = rng.choice("FG") if rng.random() < 0.15 else ("S" if year < 2000 else "T")
    digits = (f"{year % 100:02d}" if prefix in "ST" and rng.random() < 0.6 else _d(rng, 2)) + _d(rng, 5)
    return prefix + digits + nric_check(prefix, digits)


def mykad(rng: random.Random, dob: tuple[int, int, int]) -> str:
    y, m, d = dob
    last = rng.randrange(0, 10)
    return f"{y % 100:02d}{m:02d}{d:02d}-{rng.choice(MY_PLACE_CODES)}-{_d(rng, 3)}{last}"


def sg_mobile(rng: random.Random) -> str:
    return rng.choice(("81", "82", "83", "84", "85", "86", "87", "88", "90", "91", "92", "93", "94", "96", "97", "98")) + _d(rng, 6)


def my_mobile(rng: random.Random) -> str:
    prefix = rng.choice(("12", "16", "19", "132", "172", "143", "182", "111", "112", "115"))
    return "0" + prefix + _d(rng, 10 - len(prefix) if prefix.startswith("11") else 9 - len(prefix))


def card(rng: random.Random) -> str:
    head = rng.choice(("4" + _d(rng, 3), rng.choice(("5264", "5401", "5522"))))
    body = head + _d(rng, 15 - len(head))
    return body + luhn.calc_check_digit(body)


def bank_account(rng: random.Random, country: str) -> tuple[str, str]:
    bank = rng.choice(SG_BANKS if country == "SG" else MY_BANKS)
    return bank, _d(rng, {"DBS": 10, "POSB": 9, "OCBC": 12, "UOB": 10, "Maybank": 12, "CIMB": 14, "Public Bank": 10,
                          "RHB": 14, "Hong Leong": 11}[bank])


def reference(rng: random.Random) -> str:
    return rng.choice((f"CASE-{_d(rng, 7)}", f"SR{_d(rng, 9)}", f"#{_d(rng, 6)}", f"TIX-{rng.choice('ABCDEFGH')}{_d(rng, 5)}"))


def sg_address(rng: random.Random) -> tuple[str, str, str]:
    """(block and street, unit, postcode)."""
    street, sector = rng.choice(HDB)
    blk = rng.randint(100, 699)
    unit = f"#{rng.randint(2, 16):02d}-{rng.randint(10, 1599)}"
    return f"Blk {blk} {street}", unit, f"{sector}{blk:04d}"


def my_address(rng: random.Random) -> tuple[str, str, str, str]:
    """(house and street, postcode, town, state)."""
    street, post, town, state = rng.choice(MY_PLACES)
    street = street.format(n=rng.randint(1, 30), m=rng.randint(1, 9))
    house = rng.choice((f"No. {rng.randint(1, 88)}", f"{rng.randint(1, 120)}", f"A-{rng.randint(1, 20)}-{rng.randint(1, 12)}"))
    return f"{house}, {street}", post, town, state


def dob(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1958, 2004), rng.randint(1, 12), rng.randint(1, 28)


def spoken_digits(groups: list[str], rng: random.Random, local: bool) -> str:
    """Digit groups in words: ``local`` runs say ``double`` / ``triple`` and ``oh`` for zero."""
    out = []
    for group in groups:
        words, i = [], 0
        while i < len(group):
            ch = group[i]
            run = len(group[i:]) - len(group[i:].lstrip(ch))
            name = "oh" if ch == "0" and local and rng.random() < 0.6 else _WORDS[int(ch)] if ch.isdigit() else ch
            if local and run >= 3 and rng.random() < 0.7:
                words.append("triple " + name)
                i += 3
            elif local and run >= 2 and rng.random() < 0.75:
                words.append("double " + name)
                i += 2
            else:
                words.append(name)
                i += 1
        out.append(" ".join(words))
    return ", ".join(out)


def number_words(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _UNITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return _UNITS[n // 100] + " hundred" + (" and " + number_words(rest) if rest else "")
    rest = n % 1000
    return number_words(n // 1000) + " thousand" + (" " + number_words(rest) if rest else "")


def year_words(year: int) -> str:
    if 2000 <= year < 2010:
        return "two thousand and " + _UNITS[year - 2000]
    hi, lo = divmod(year, 100)
    return number_words(hi) + " " + (number_words(lo) if lo >= 10 else "oh " + _UNITS[lo])
