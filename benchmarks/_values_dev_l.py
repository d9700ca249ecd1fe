"""Raw personal values of ``dev_l`` callers (US, Canada, India, Ireland, Scotland) with valid shapes and check
digits: phones, ZIPs / postal codes / PINs / Eircodes / postcodes, addresses, cards, national ids (SSN, SIN,
Aadhaar, PPS, NINO), bank details (ABA routing, Canadian transit, IFSC, Irish IBAN, UK sort code), references.

How the speech engine prints them: ``_speech_dev_l``; how they sit in pasted e-mails and forms: ``_typing_dev_l``.
"""
from __future__ import annotations

import random
import unicodedata

from stdnum import iban as _iban
from stdnum import luhn, verhoeff

COUNTRIES = ("us", "us", "us", "ca", "ca", "in", "in", "ie", "ie", "sc", "sc")
_CA_AREAS = ("416", "647", "604", "778", "514", "438", "403", "587", "613", "902", "204", "306")
_US_AREAS = ("212", "312", "415", "503", "617", "702", "713", "808", "919", "206", "404", "612", "720")
_IE_KEYS = ("D02", "D04", "D06", "D08", "D15", "A94", "A65", "T12", "T23", "H91", "V94", "X91", "F92", "K78")
_EIR = "0123456789ACDEFHKNPRTVWXY"
_SC_AREAS = ("EH", "G", "AB", "DD", "KY", "FK", "IV", "PA", "KA", "ML", "PH", "DG")
_CA_FIRST = "ABCEGHJKLMNPRSTVXY"
_CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"
STREETS = {
    "us": (("Magnolia", "Street"), ("Ridgeview", "Drive"), ("Chestnut Hill", "Road"), ("Harbor", "Boulevard"),
           ("Aspen", "Lane"), ("Bluebonnet", "Trail"), ("Quincy", "Avenue")),
    "ca": (("Maplewood", "Crescent"), ("Bayview", "Avenue"), ("Sherbrooke", "Street"), ("Riverbend", "Road"),
           ("Lakeshore", "Drive"), ("Tamarack", "Way")),
    "in": (("MG", "Road"), ("Nehru Nagar", "Main Road"), ("Gandhi", "Marg"), ("Lake View", "Colony"),
           ("Sector 21", "Block C"), ("Temple", "Street")),
    "ie": (("Griffith", "Avenue"), ("Dublin", "Road"), ("Church", "View"), ("Seafield", "Park"), ("Ashgrove", "Lawn"),
           ("Castle", "Street")),
    "sc": (("Dalkeith", "Road"), ("Byres", "Road"), ("Marchmont", "Crescent"), ("Union", "Street"), ("Braid", "Hills Drive"),
           ("Gorgie", "Road")),
}
TOWNS = {"us": ("Portland, OR", "Columbus, OH", "Albany, NY", "Tucson, AZ", "Madison, WI", "Savannah, GA"),
         "ca": ("Halifax, NS", "Mississauga, ON", "Burnaby, BC", "Laval, QC", "Red Deer, AB", "Regina, SK"),
         "in": ("Pune", "Bengaluru", "Hyderabad", "Kochi", "Jaipur", "Lucknow", "Chennai"),
         "ie": ("Drumcondra", "Ballincollig", "Salthill", "Ennis", "Navan", "Tralee"),
         "sc": ("Edinburgh", "Glasgow", "Aberdeen", "Dundee", "Kirkcaldy", "Stirling", "Inverness")}
MAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "rediffmail.com", "eircom.net",
                "sympatico.ca", "shaw.ca", "icloud.com", "btinternet.com", "protonmail.com", "live.ie")


def digits(rng: random.Random, n: int, nonzero: bool = False) -> str:
    s = "".join(rng.choice("0123456789") for _ in range(n))
    return rng.choice("123456789") + s[1:] if nonzero else s


def phone(country: str, rng: random.Random) -> list[str]:
    """Digit groups as written locally."""
    if country in ("us", "ca"):
        areas = _US_AREAS if country == "us" else _CA_AREAS
        return [rng.choice(areas), rng.choice("23456789") + digits(rng, 2), digits(rng, 4)]
    if country == "in":
        return [rng.choice("6789") + digits(rng, 4), digits(rng, 5)]
    if country == "ie":
        return ["08" + rng.choice("35679"), digits(rng, 3), digits(rng, 4)]
    return ["07" + rng.choice("4579") + digits(rng, 2), digits(rng, 3), digits(rng, 3)]


DIAL = {"us": "1", "ca": "1", "in": "91", "ie": "353", "sc": "44"}


def postcode(country: str, rng: random.Random) -> str:
    if country == "us":
        return digits(rng, 5, True)
    if country == "ca":
        return (f"{rng.choice(_CA_FIRST)}{rng.randint(0, 9)}{rng.choice(_CA_LETTERS)} "
                f"{rng.randint(0, 9)}{rng.choice(_CA_LETTERS)}{rng.randint(0, 9)}")
    if country == "in":
        return str(rng.randint(1, 8)) + digits(rng, 5)
    if country == "ie":
        return rng.choice(_IE_KEYS) + " " + "".join(rng.choice(_EIR) for _ in range(4))
    area = rng.choice(_SC_AREAS)
    return f"{area}{rng.randint(1, 29)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def address(country: str, rng: random.Random) -> tuple[str, str, str, str]:
    """(house number, street name, street type, town)."""
    street, kind = rng.choice(STREETS[country])
    number = str(rng.randint(2, 2999) if country in ("us", "ca") else rng.randint(1, 240))
    if country == "in" and rng.random() < 0.5:
        number = f"{rng.randint(1, 40)}/{rng.randint(1, 9)}"
    return number, street, kind, rng.choice(TOWNS[country])


def card(rng: random.Random) -> list[str]:
    head = rng.choice(("4", "51", "52", "53", "54", "55"))
    body = head + digits(rng, 15 - len(head))
    flat = body + luhn.calc_check_digit(body)
    return [flat[i:i + 4] for i in range(0, 16, 4)]


def dob(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2006)


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def sin(rng: random.Random) -> str:
    body = rng.choice("1234567") + digits(rng, 7)
    return body + luhn.calc_check_digit(body)


def aadhaar(rng: random.Random) -> str:
    body = rng.choice("23456789") + digits(rng, 10)
    return body + verhoeff.calc_check_digit(body)


def pps(rng: random.Random) -> str:
    body = digits(rng, 7)
    total = sum(int(c) * w for c, w in zip(body, range(8, 1, -1)))
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


def nino(rng: random.Random) -> str:
    first, second = rng.choice("ABCEGHJKLMNPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("GB", "NK", "TN", "ZZ", "BG", "KN"):
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    return first + second + digits(rng, 6) + rng.choice("ABCD")


def national_id(country: str, rng: random.Random) -> str:
    return {"us": ssn, "ca": sin, "in": aadhaar, "ie": pps, "sc": nino}[country](rng)


def aba(rng: random.Random) -> str:
    body = rng.choice(("0", "1", "2", "3")) + rng.choice("123456789") + digits(rng, 6)
    weights = (3, 7, 1, 3, 7, 1, 3, 7)
    return body + str(-sum(int(c) * w for c, w in zip(body, weights)) % 10)


def bank(country: str, rng: random.Random) -> tuple[str, str]:
    """(branch identifier, account number); Irish accounts are an IBAN (branch empty)."""
    if country == "us":
        return aba(rng), digits(rng, rng.choice((9, 10, 12)), True)
    if country == "ca":
        return digits(rng, 5, True) + "-" + rng.choice(("001", "002", "003", "004", "006", "010")), digits(rng, 7, True)
    if country == "in":
        ifsc = rng.choice(("SBIN", "HDFC", "ICIC", "UTIB", "KKBK", "PUNB")) + "0" + digits(rng, 6)
        return ifsc, digits(rng, rng.choice((11, 12, 14)), True)
    if country == "ie":
        return "", ie_iban(rng)
    return f"{rng.randint(80, 83)}{digits(rng, 4)}", digits(rng, 8, True)


def ie_iban(rng: random.Random) -> str:
    bban = rng.choice(("AIBK", "BOFI", "IPBS", "ULSB")) + digits(rng, 6, True) + digits(rng, 8, True)
    return "IE" + _iban.calc_check_digits("IE00" + bban) + bban


def reference(rng: random.Random, prefix: str) -> str:
    return prefix + digits(rng, rng.choice((6, 7, 8)), True)


def email(first: str, last: str, rng: random.Random) -> tuple[str, str]:
    f, l = fold(first).lower(), fold(last).lower().replace(" ", "").replace("'", "")
    user = rng.choice((f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[:1]}{rng.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}",
                       f"{f}{rng.randint(1970, 2005)}"))
    return user, rng.choice(MAIL_DOMAINS)


def fold(text: str) -> str:
    """ASCII letters: accents dropped, Turkish dotless i and Vietnamese đ mapped."""
    text = text.replace("ı", "i").replace("İ", "I").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
