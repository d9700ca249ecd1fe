"""The ``dev_al`` users' values in six home countries (US, UK, Canada, Nigeria, India, Vietnam): mobiles valid for
``phonenumbers``, addresses a ride or a delivery goes to, ZIP codes / postcodes, the national number an IVR asks
for (last four of the SSN; NI number, SIN, NIN, Aadhaar, CCCD: ``python-stdnum`` valid where it has them), mail
domains, the IVR's own numbers and money. Written blind."""
from __future__ import annotations

import random

import phonenumbers
from stdnum import luhn, verhoeff
from stdnum.ca import sin
from stdnum.in_ import aadhaar

from benchmarks._homes_dev_aj import nino
from benchmarks._profile_dev_s import digits

HOME = ("US", "UK", "CA", "NG", "IN", "VN")
REGION = {"UK": "GB"}
# country: (national prefixes, digits after the prefix)
_MOBILE = {"US": (("212", "415", "646", "713", "312", "305", "404", "503", "617", "702", "818", "919"), 7),
           "UK": (("07700", "07711", "07723", "07734", "07745", "07756", "07767", "07789", "07812", "07931"), 6),
           "CA": (("416", "647", "604", "778", "403", "613", "905", "514"), 7),
           "NG": (("0803", "0806", "0813", "0816", "0703", "0706", "0810", "0905", "0802", "0808"), 7),
           "IN": (("98", "97", "94", "90", "88", "70", "63"), 8),
           "VN": (("090", "091", "093", "096", "097", "098", "032", "035", "038", "070"), 7)}


def region(country: str) -> str:
    return REGION.get(country, country)


def national(rng: random.Random, country: str) -> str:
    """A mobile's national digits (leading 0 where the country dials one), valid for ``phonenumbers``."""
    prefixes, n = _MOBILE[country]
    while True:
        number = rng.choice(prefixes) + digits(rng, n, "2345678" if country in ("US", "CA") else "123456789")
        if country in ("US", "CA") and number[3:6] == "555":
            continue
        parsed = phonenumbers.parse(number, region(country))
        if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region(country):
            return number


def home_phone(rng: random.Random, country: str) -> str:
    """The number as a user of that country types it (``(646) 382-4417``, ``07700 912345``, ``0803 412 7781``)."""
    n = national(rng, country)
    rest = n[1:]
    forms = {"US": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}", n),
             "CA": (f"{n[:3]}-{n[3:6]}-{n[6:]}", f"({n[:3]}) {n[3:6]}-{n[6:]}", f"+1 {n[:3]}-{n[3:6]}-{n[6:]}"),
             "UK": (f"{n[:5]} {n[5:]}", f"+44 {rest[:4]} {rest[4:]}", n),
             "NG": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+234 {rest[:3]} {rest[3:6]} {rest[6:]}", n),
             "IN": (f"{n[:5]} {n[5:]}", f"+91 {n[:5]} {n[5:]}", n),
             "VN": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+84 {rest[:2]} {rest[2:5]} {rest[5:]}", n)}
    return rng.choice(forms[country])


# country: ((town, postcode stem), ...), streets
_TOWNS = {"US": (("Austin", "787"), ("Houston", "770"), ("Chicago", "606"), ("San Jose", "951"), ("Atlanta", "303"),
                 ("Queens", "113"), ("Orlando", "328")),
          "UK": (("London", "E"), ("Manchester", "M"), ("Birmingham", "B"), ("Leicester", "LE"), ("Leeds", "LS")),
          "CA": (("Toronto", "M"), ("Vancouver", "V"), ("Calgary", "T"), ("Ottawa", "K"), ("Mississauga", "L")),
          "NG": (("Lagos", "100"), ("Lagos", "101"), ("Abuja", "900"), ("Ibadan", "200"), ("Enugu", "400"), ("Kano", "700")),
          "IN": (("Chennai", "600"), ("Hyderabad", "500"), ("Kolkata", "700"), ("Bengaluru", "560"), ("Coimbatore", "641")),
          "VN": (("Ho Chi Minh City", "70"), ("Hanoi", "10"), ("Da Nang", "50"), ("Hai Phong", "18"), ("Can Tho", "94"))}
_STREETS = {"US": ("Elm St", "Maple Ave", "Oak Street", "Jefferson Blvd", "Willow Lane", "Cedar Drive", "Grace Street",
                   "Hope Avenue", "Lincoln Road", "Pecan Street"),
            "UK": ("Station Road", "Rose Lane", "High Street", "Park Road", "Victoria Street", "Church Walk"),
            "CA": ("Bloor St W", "Dundas Street", "King St E", "Granville Street", "Bank Street", "Hurontario St"),
            "NG": ("Allen Avenue", "Adeola Odeku Street", "Awolowo Road", "Herbert Macaulay Way", "Ogui Road", "Bompai Road"),
            "IN": ("Anna Salai", "Gandhi Road", "Jubilee Hills Road No. 5", "Park Street", "MG Road", "Nehru Street"),
            "VN": ("Nguyễn Huệ", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt", "Điện Biên Phủ")}
_UK_LETTERS, _CA_LETTERS = "ABDEFGHJLNPQRSTUWXYZ", "ABCEGHJKLMNPRSTVXY"
POSTNAME = {"US": "zip code", "UK": "postcode", "CA": "postal code", "NG": "postal code", "IN": "PIN code",
            "VN": "postal code"}


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, town, ZIP code / postcode)."""
    town, stem = rng.choice(_TOWNS[country])
    street, n = rng.choice(_STREETS[country]), rng.randint(2, 980)
    if country == "US":
        addr = rng.choice((f"{n} {street}", f"{n} {street}, Apt {rng.randint(1, 30)}{rng.choice('ABC')}", f"{n} {street}"))
        post = stem + digits(rng, 2)
    elif country == "UK":
        addr = rng.choice((f"{rng.randint(1, 180)} {street}", f"Flat {rng.randint(1, 24)}, {rng.randint(1, 99)} {street}"))
        post = f"{stem}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice(_UK_LETTERS)}{rng.choice(_UK_LETTERS)}"
    elif country == "CA":
        addr = rng.choice((f"{n} {street}", f"{rng.randint(101, 2404)}-{n} {street}"))
        post = f"{stem}{rng.randint(1, 9)}{rng.choice(_CA_LETTERS)} {rng.randint(1, 9)}{rng.choice(_CA_LETTERS)}{rng.randint(1, 9)}"
    elif country == "NG":
        addr = rng.choice((f"{rng.randint(1, 60)} {street}", f"Plot {rng.randint(1, 400)}, {street}"))
        post = stem + digits(rng, 3, "0123")
    elif country == "IN":
        addr = rng.choice((f"No. {rng.randint(1, 90)}, {street}", f"Flat {rng.randint(101, 904)}, Sai Residency, {street}"))
        post = stem + digits(rng, 3, "0123")
    else:
        addr = f"{rng.randint(1, 300)} {street}"
        post = stem + digits(rng, 3, "0123456")
    return addr, town, post


def national_id(rng: random.Random, country: str, dob: tuple[int, int, int], male: bool) -> tuple[str, str]:
    """(what the IVR calls it, the number as written). The US IVR asks only for the last four of the SSN."""
    y = dob[0]
    while True:
        if country == "US":
            return "social security number, just the last four", digits(rng, 4, "123456789")
        if country == "UK":
            return "National Insurance number", nino(rng)
        if country == "CA":
            body = digits(rng, 8, "1234567")
            number = body + luhn.calc_check_digit(body)
            if sin.is_valid(number):
                return "social insurance number", f"{number[:3]} {number[3:6]} {number[6:]}"
        elif country == "IN":
            body = digits(rng, 11, "23456789")
            number = body + verhoeff.calc_check_digit(body)
            if aadhaar.is_valid(number):
                return "Aadhaar number", f"{number[:4]} {number[4:8]} {number[8:]}"
        elif country == "NG":
            return "NIN", digits(rng, 11, "123456789")
        else:  # CCCD: province, sex and century, year, six digits
            century = (0 if male else 1) + (2 if y >= 2000 else 0)
            return "citizen ID number", f"0{rng.choice(('01', '79', '48', '31', '92'))}{century}{y % 100:02d}{digits(rng, 6)}"


MAILS = {"US": ("gmail.com", "yahoo.com", "icloud.com", "outlook.com"), "UK": ("gmail.com", "hotmail.co.uk", "btinternet.com"),
         "CA": ("gmail.com", "hotmail.com", "rogers.com"), "NG": ("gmail.com", "yahoo.com"), "IN": ("gmail.com", "rediffmail.com"),
         "VN": ("gmail.com", "yahoo.com.vn")}
LINES = {"US": ("1 800 432 1000",), "UK": ("0345 734 5345",), "CA": ("1 888 310 1212",), "NG": ("0700 2255 5000",),
         "IN": ("1800 425 3800",), "VN": ("1900 545 413",)}
MONEY = {"US": (("${n}", "${n}.00", "{n} bucks"), (20, 45, 60, 120)), "UK": (("£{n}", "£{n}.00"), (20, 35, 80)),
         "CA": (("${n}", "{n}$"), (25, 40, 150)), "NG": (("₦{n},000", "N{n}k"), (5, 20, 50)),
         "IN": (("Rs {n}", "₹{n}"), (500, 1500, 2000)), "VN": (("{n}k", "{n}.000đ"), (200, 500, 150))}
UNIT = {"US": "dollars", "UK": "pounds", "CA": "dollars", "NG": "thousand naira", "IN": "rupees", "VN": "thousand dong"}
