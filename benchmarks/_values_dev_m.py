"""Raw values of the ``dev_m`` family (Nigeria) with real shapes and check digits, and how a speech engine
prints them.

NUBAN account numbers (CBN check digit over bank code + serial), BVNs (11 digits, ``22`` first), NINs (11
digits), mobiles of the four networks (``0803``, ``0805``, ``0802``, ``0809`` ...), Verve (19 digits), Mastercard
and Visa cards (Luhn), NIPOST 6-digit postcodes by city, prepaid meter numbers (11 digits), pay-TV smartcard
(IUC) numbers (10 digits), waybill numbers, complaint references, OTPs and PINs.
"""
from __future__ import annotations

import random

from stdnum import luhn

BANKS = {"044": "Access", "058": "GTBank", "011": "First Bank", "033": "UBA", "057": "Zenith", "232": "Sterling",
         "070": "Fidelity", "214": "FCMB", "035": "Wema", "050": "Ecobank"}
PREFIXES = ("0803", "0806", "0813", "0816", "0810", "0814", "0903", "0906", "0703", "0706", "0805", "0807", "0815",
            "0811", "0905", "0802", "0808", "0708", "0812", "0701", "0902", "0809", "0817", "0818", "0909")
_NUBAN_WEIGHTS = (3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3)
# city -> (state, first three postcode digits, [(street, area)])
CITIES = {
    "Lagos": ("Lagos", ("100", "101", "102", "105"), (
        ("Adeola Odeku Street", "Victoria Island"), ("Awolowo Road", "Ikoyi"), ("Allen Avenue", "Ikeja"),
        ("Admiralty Way", "Lekki Phase 1"), ("Herbert Macaulay Way", "Yaba"), ("Bode Thomas Street", "Surulere"),
        ("Ogunlana Drive", "Surulere"), ("Opebi Road", "Ikeja"), ("Ikotun Road", "Egbe"), ("Agege Motor Road", "Mushin"))),
    "Abuja": ("FCT", ("900", "901"), (
        ("Aminu Kano Crescent", "Wuse 2"), ("Ademola Adetokunbo Crescent", "Wuse 2"), ("Gimbiya Street", "Garki"),
        ("Yakubu Gowon Crescent", "Asokoro"), ("Aguiyi Ironsi Street", "Maitama"), ("Lobito Crescent", "Wuse 2"))),
    "Kano": ("Kano", ("700",), (("Zoo Road", "Gyadi-Gyadi"), ("Murtala Mohammed Way", "Nassarawa"),
                                ("Bompai Road", "Nassarawa"), ("Hadejia Road", "Fagge"))),
    "Enugu": ("Enugu", ("400", "401"), (("Ogui Road", "Ogui"), ("Zik Avenue", "Uwani"), ("Chime Avenue", "New Haven"),
                                        ("Abakpa Road", "Abakpa Nike"))),
    "Ibadan": ("Oyo", ("200",), (("Ring Road", "Challenge"), ("Bodija Road", "Bodija"), ("Iwo Road", "Agodi"),
                                 ("Oluyole Way", "Oluyole Estate"))),
    "Port Harcourt": ("Rivers", ("500",), (("Aba Road", "Rumuokoro"), ("Trans-Amadi Road", "Trans-Amadi"),
                                           ("Olu Obasanjo Road", "D-Line"), ("Woji Road", "Woji"))),
    "Benin City": ("Edo", ("300",), (("Sapele Road", "Oka"), ("Akpakpava Street", "New Benin"), ("Airport Road", "Ugbowo"))),
    "Yenagoa": ("Bayelsa", ("561",), (("Mbiama-Yenagoa Road", "Amarata"), ("Azikoro Road", "Ekeki"))),
}
_WORDS = "zero one two three four five six seven eight nine".split()
_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
MONTHS = ("January February March April May June July August September October November December").split()


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def nuban_check(bank: str, serial: str) -> str:
    total = sum(int(c) * w for c, w in zip(bank + serial, _NUBAN_WEIGHTS))
    return str((10 - total % 10) % 10)


def nuban(rng: random.Random) -> tuple[str, str]:
    """(bank name, 10-digit NUBAN)."""
    bank = rng.choice(sorted(BANKS))
    serial = _digits(rng, 9)
    return BANKS[bank], serial + nuban_check(bank, serial)


def bvn(rng: random.Random) -> str:
    return "22" + _digits(rng, 9)


def nin(rng: random.Random) -> str:
    return rng.choice("123456789") + _digits(rng, 10)


def phone(rng: random.Random) -> str:
    return rng.choice(PREFIXES) + rng.choice("123456789") + _digits(rng, 6)


def card(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:  # Verve
        head, n = "5061" + rng.choice(("00", "01", "05", "09")), 19
    elif kind < 0.75:
        head, n = rng.choice(("5399", "5196", "5264", "5438")), 16
    else:
        head, n = "4" + _digits(rng, 3), 16
    body = head + _digits(rng, n - len(head) - 1)
    return body + luhn.calc_check_digit(body)


def postcode(city: str, rng: random.Random) -> str:
    return rng.choice(CITIES[city][1]) + _digits(rng, 3)


def address(city: str, rng: random.Random) -> tuple[str, str, str]:
    """(house part, street, area)."""
    street, area = rng.choice(CITIES[city][2])
    roll = rng.random()
    if roll < 0.35:
        house = f"No {rng.randint(1, 60)},"
    elif roll < 0.55:
        house = f"Plot {rng.randint(2, 1500)},"
    elif roll < 0.7:
        house = f"Flat {rng.randint(1, 12)}, Block {rng.choice('ABCDEFG')},"
    else:
        house = f"{rng.randint(1, 120)}{rng.choice(('', '', 'A', 'B'))}"
    return house, street, area


def meter(rng: random.Random) -> str:
    return rng.choice(("45", "04", "62", "01")) + _digits(rng, 9)


def iuc(rng: random.Random) -> str:
    return rng.choice(("7", "1", "4")) + _digits(rng, 9)


def waybill(rng: random.Random) -> str:
    return rng.choice(("GIG", "KWK", "RDX")) + _digits(rng, 8)


def reference(rng: random.Random) -> str:
    return rng.choice((f"CMP/26/{_digits(rng, 6)}", f"TKT-{_digits(rng, 7)}", f"NG{_digits(rng, 4)}-{_digits(rng, 4)}"))


def dob(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1952, 2005), rng.randint(1, 12), rng.randint(1, 28)


def spoken_digits(groups: list[str], rng: random.Random, numerals: bool) -> str:
    """Digit groups as the engine prints them: numerals (``0803 412 7765``) or words with ``double`` /
    ``triple`` (``zero eight zero three, four one two, double seven six five``)."""
    if numerals:
        return " ".join(groups)
    out = []
    for group in groups:
        words, i = [], 0
        while i < len(group):
            run = len(group[i:]) - len(group[i:].lstrip(group[i]))
            if run >= 3 and rng.random() < 0.8:
                words.append("triple " + _WORDS[int(group[i])])
                i += 3
            elif run >= 2 and rng.random() < 0.8:
                words.append("double " + _WORDS[int(group[i])])
                i += 2
            else:
                words.append(_WORDS[int(group[i])])
                i += 1
        out.append(" ".join(words))
    return ", ".join(out)


def number_words(n: int) -> str:
    """0..9999 in words, British ``and``."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _UNITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return _UNITS[n // 100] + " hundred" + (" and " + number_words(rest) if rest else "")
    rest = n % 1000
    return number_words(n // 1000) + " thousand" + ((" and " if rest < 100 else " ") + number_words(rest) if rest else "")


def year_words(year: int) -> str:
    if 2000 <= year < 2010:
        return "two thousand and " + _UNITS[year - 2000]
    hi, lo = divmod(year, 100)
    return number_words(hi) + " " + (number_words(lo) if lo >= 10 else "oh " + _UNITS[lo])


def ordinal_words(day: int) -> str:
    if day in _ORD:
        return _ORD[day]
    if day < 20:
        return _UNITS[day] + "th"
    tens, unit = divmod(day, 10)
    if unit == 0:
        return _TENS[tens][:-1] + "ieth"
    return _TENS[tens] + "-" + _ORD.get(unit, _UNITS[unit] + "th")


def ordinal_suffix(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"
