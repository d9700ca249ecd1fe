"""Raw values of the ``dev_n`` family (the Philippines) with real shapes, and how a caption engine prints them.

Mobiles (``09xx`` + 7 digits, Globe / Smart / DITO prefixes, ``+63`` forms), TIN (``123-456-789-000``), SSS
(``34-1234567-8``), PhilHealth (``12-345678901-2``) and PhilSys PSN (16 digits) numbers (none has a public check
digit), Visa / Mastercard / JCB cards (Luhn), 4-digit ZIP codes by city and barangay, bank accounts, e-wallet
numbers, remittance control numbers, parcel tracking numbers and ticket references.
"""
from __future__ import annotations

import random

from stdnum import luhn

PREFIXES = ("0905", "0906", "0915", "0916", "0917", "0926", "0927", "0935", "0945", "0955", "0956", "0966", "0977",
            "0995", "0997", "0907", "0908", "0909", "0910", "0912", "0918", "0919", "0920", "0921", "0928", "0929",
            "0939", "0947", "0949", "0961", "0998", "0999", "0991", "0992", "0993")
BANKS = ("BPI", "BDO", "Metrobank", "Landbank", "PNB", "Security Bank", "UnionBank", "RCBC")
# city -> (province or region, [(street, barangay, ZIP)])
CITIES = {
    "Quezon City": ("Metro Manila", (("Kalayaan Avenue", "Pinyahan", "1100"), ("Tomas Morato Avenue", "South Triangle", "1103"),
                                     ("Katipunan Avenue", "Loyola Heights", "1108"), ("Visayas Avenue", "Vasra", "1128"))),
    "Makati": ("Metro Manila", (("Jupiter Street", "Bel-Air", "1209"), ("Kalayaan Avenue", "Poblacion", "1210"),
                                ("Arnaiz Avenue", "San Lorenzo", "1223"))),
    "Pasig": ("Metro Manila", (("Ortigas Avenue", "Rosario", "1609"), ("Caruncho Avenue", "Malinao", "1600"),
                               ("Meralco Avenue", "San Antonio", "1605"))),
    "Taguig": ("Metro Manila", (("5th Avenue", "Fort Bonifacio", "1634"), ("M.L. Quezon Street", "Ususan", "1639"))),
    "Bacoor": ("Cavite", (("Aguinaldo Highway", "Molino III", "4102"), ("Tirona Highway", "Habay", "4102"))),
    "Cebu City": ("Cebu", (("Osmeña Boulevard", "Capitol Site", "6000"), ("Gorordo Avenue", "Lahug", "6000"),
                           ("A.S. Fortuna Street", "Banilad", "6000"))),
    "Davao City": ("Davao del Sur", (("J.P. Laurel Avenue", "Bajada", "8000"), ("Quimpo Boulevard", "Matina", "8000"))),
    "Iloilo City": ("Iloilo", (("General Luna Street", "Sampaguita", "5000"), ("Diversion Road", "Mandurriao", "5000"))),
    "Baguio": ("Benguet", (("Session Road", "Session Road Area", "2600"), ("Marcos Highway", "Bakakeng Central", "2600"))),
}
_WORDS = "zero one two three four five six seven eight nine".split()
TAGALOG_DIGITS = "sero isa dalawa tatlo apat lima anim pito walo siyam".split()
_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
MONTHS = ("January February March April May June July August September October November December").split()
BUWAN = ("Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre").split()


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng: random.Random) -> str:
    return rng.choice(PREFIXES) + _digits(rng, 7)


def tin(rng: random.Random) -> str:
    return rng.choice("123456789") + _digits(rng, 8) + rng.choice(("000", "000", "001", "002"))


def sss(rng: random.Random) -> str:
    return rng.choice(("01", "02", "03", "04", "06", "08", "10", "33", "34")) + _digits(rng, 8)


def philhealth(rng: random.Random) -> str:
    return rng.choice(("01", "02", "03", "08", "12", "19")) + _digits(rng, 10)


def psn(rng: random.Random) -> str:
    return rng.choice("123456789") + _digits(rng, 15)


def card(rng: random.Random) -> str:
    head = rng.choice(("4" + _digits(rng, 3), rng.choice(("5123", "5420", "5306", "5577")), "3528"))
    body = head + _digits(rng, 15 - len(head))
    return body + luhn.calc_check_digit(body)


def bank_account(rng: random.Random) -> tuple[str, str]:
    """(bank, account number: 10 digits, 12 for BDO / Metrobank / UnionBank)."""
    bank = rng.choice(BANKS)
    return bank, rng.choice("0123456789") + _digits(rng, 11 if bank in ("BDO", "Metrobank", "UnionBank") else 9)


def control_number(rng: random.Random) -> str:
    """A remittance pick-up control number."""
    return rng.choice(("PP", "RM")) + _digits(rng, 10)


def tracking(rng: random.Random) -> str:
    return rng.choice(("PH", "PHX", "JT")) + _digits(rng, 10)


def reference(rng: random.Random) -> str:
    return rng.choice((f"CS-2026-{_digits(rng, 6)}", f"TKT{_digits(rng, 8)}", f"INC-{_digits(rng, 7)}"))


def address(city: str, rng: random.Random) -> tuple[str, str, str, str]:
    """(house part, street, barangay, ZIP)."""
    street, brgy, zip_code = rng.choice(CITIES[city][1])
    roll = rng.random()
    if roll < 0.3:
        house = f"Blk {rng.randint(1, 40)} Lot {rng.randint(1, 30)}"
    elif roll < 0.5:
        house = f"Unit {rng.randint(2, 35)}{rng.choice('0123')}{rng.randint(1, 9)}, Tower {rng.randint(1, 4)}"
    else:
        house = f"{rng.randint(1, 2400)}{rng.choice(('', '', '-A', '-B'))}"
    return house, street, brgy, zip_code


def dob(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1955, 2005), rng.randint(1, 12), rng.randint(1, 28)


def spoken_digits(groups: list[str], rng: random.Random, mode: str) -> str:
    """Digit groups as captioned: ``numerals`` (``0917 555 1234``), ``english`` words (``double`` / ``triple``)
    or ``tagalog`` digit words (``sero siyam isa pito``); groups joined by ``, ``."""
    if mode == "numerals":
        return " ".join(groups)
    words_of = TAGALOG_DIGITS if mode == "tagalog" else _WORDS
    out = []
    for group in groups:
        words, i = [], 0
        while i < len(group):
            run = len(group[i:]) - len(group[i:].lstrip(group[i]))
            if mode == "english" and run >= 3 and rng.random() < 0.7:
                words.append("triple " + _WORDS[int(group[i])])
                i += 3
            elif mode == "english" and run >= 2 and rng.random() < 0.7:
                words.append("double " + _WORDS[int(group[i])])
                i += 2
            else:
                words.append(words_of[int(group[i])])
                i += 1
        out.append(" ".join(words))
    return ", ".join(out)


def number_words(n: int) -> str:
    """0..9999 in English words (no ``and``, as Philippine English says them)."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _UNITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return _UNITS[n // 100] + " hundred" + (" " + number_words(rest) if rest else "")
    rest = n % 1000
    return number_words(n // 1000) + " thousand" + (" " + number_words(rest) if rest else "")


def year_words(year: int) -> str:
    if 2000 <= year < 2010:
        return "two thousand " + _UNITS[year - 2000]
    hi, lo = divmod(year, 100)
    return number_words(hi) + " " + (number_words(lo) if lo >= 10 else "oh " + _UNITS[lo])


def ordinal_suffix(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"
