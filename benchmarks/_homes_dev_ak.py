"""The ``dev_ak`` callers' values in eleven home countries (Canada / Québec, France, Germany, the Netherlands, the UAE,
India, Malaysia, Indonesia, Kenya, Uganda, Tanzania): phones valid for ``phonenumbers``, addresses (``rue``,
``Straße``, ``villa``, ``jalan``, ``estate``, P.O. boxes), postcodes, national IDs (Aadhaar, MyKad, NIK, Emirates ID,
SIN, NIR, Steuer-ID, BSN: ``python-stdnum`` valid where it has them), IBANs (DE / FR / AE / NL, valid) and the
country's mail domains, helplines and money. Written blind."""
from __future__ import annotations

import random
import re

import phonenumbers
from stdnum import iban, luhn, verhoeff
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.fr import nir
from stdnum.id import nik
from stdnum.in_ import aadhaar
from stdnum.my import nric
from stdnum.nl import bsn

from benchmarks._profile_dev_s import digits

HOME = ("CA", "FR", "DE", "NL", "AE", "IN", "MY", "ID", "KE", "UG", "TZ")
# country: (calling code, national prefixes, digits after the prefix)
_MOBILE = {"CA": ("1", ("514", "438", "418", "450", "819", "581"), 7), "FR": ("33", ("06", "07"), 8),
           "DE": ("49", ("0151", "0160", "0170", "0171", "0176", "0177"), 7), "NL": ("31", ("06",), 8),
           "AE": ("971", ("050", "052", "054", "055", "056", "058"), 7), "IN": ("91", ("98", "97", "94", "88", "70"), 8),
           "MY": ("60", ("012", "013", "016", "017", "019"), 7), "ID": ("62", ("0812", "0813", "0821", "0852", "0857"), 8),
           "KE": ("254", ("0712", "0722", "0733", "0790", "0701"), 6), "UG": ("256", ("0772", "0752", "0701", "0782"), 6),
           "TZ": ("255", ("0754", "0713", "0784", "0655", "0768"), 6)}


def _valid(national: str, country: str) -> bool:
    region = "CA" if country == "CA" else country
    return phonenumbers.is_valid_number(phonenumbers.parse(national if country != "CA" else "+1" + national, region))


def national(rng: random.Random, country: str) -> str:
    """A mobile number's national digits (leading 0 where the country dials one), valid for ``phonenumbers``."""
    _, prefixes, n = _MOBILE[country]
    while True:
        p = rng.choice(prefixes)
        number = p + (digits(rng, n, "2345678") if country == "CA" else digits(rng, n, "123456789"))
        if (country != "CA" or number[3:6] != "555") and _valid(number, country):
            return number


def home_phone(rng: random.Random, country: str) -> str:
    """The number as a caller of that country writes it (``+971 50 123 4567``, ``(514) 382-4417``, ``012-345 6789``)."""
    n, cc = national(rng, country), _MOBILE[country][0]
    rest = n[1:]
    forms = {"CA": (f"{n[:3]}-{n[3:6]}-{n[6:]}", f"({n[:3]}) {n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}"),
             "FR": (" ".join(n[i:i + 2] for i in range(0, 10, 2)), f"+33 {rest[0]} " + " ".join(rest[i:i + 2] for i in range(1, 9, 2))),
             "DE": (f"{n[:4]} {n[4:]}", f"+49 {rest[:3]} {rest[3:]}"), "NL": (f"{n[:2]} {n[2:]}", f"+31 6 {n[2:]}", f"{n[:2]}-{n[2:]}"),
             "AE": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+971 {rest[:2]} {rest[2:5]} {rest[5:]}"),
             "IN": (f"{n[:5]} {n[5:]}", f"+91 {n[:5]} {n[5:]}", n),
             "MY": (f"{n[:3]}-{n[3:6]} {n[6:]}", f"+60 {rest[:2]}-{rest[2:5]} {rest[5:]}"),
             "ID": (f"{n[:4]}-{n[4:8]}-{n[8:]}", f"+62 {rest[:3]} {rest[3:7]} {rest[7:]}")}
    east = (f"{n[:4]} {n[4:]}", f"+{cc} {rest[:3]} {rest[3:6]} {rest[6:]}")
    return rng.choice(forms.get(country, east))


# country: (towns with their postcode stems, street forms)
_TOWNS = {"CA": (("Montréal", "H2"), ("Montréal", "H3"), ("Laval", "H7"), ("Longueuil", "J4"), ("Québec", "G1"), ("Gatineau", "J8")),
          "FR": (("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Lille", "5900"), ("Créteil", "9400")),
          "DE": (("Berlin", "10"), ("Hamburg", "22"), ("München", "80"), ("Köln", "50"), ("Stuttgart", "70")),
          "NL": (("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30")),
          "IN": (("Delhi", "110"), ("Ludhiana", "141"), ("Lucknow", "226"), ("Chandigarh", "160"), ("Jaipur", "302")),
          "MY": (("Kuala Lumpur", "50"), ("Petaling Jaya", "47"), ("Shah Alam", "40"), ("Johor Bahru", "80")),
          "ID": (("Jakarta", "10"), ("Surabaya", "60"), ("Bandung", "40"), ("Yogyakarta", "55")),
          "KE": (("Nairobi", "00100"), ("Nairobi", "00200"), ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100")),
          "AE": (("Dubai", ""), ("Abu Dhabi", ""), ("Sharjah", "")), "UG": (("Kampala", ""), ("Entebbe", "")),
          "TZ": (("Dar es Salaam", ""), ("Arusha", ""))}
_STREETS = {"CA": ("rue Saint-Denis", "rue Beaubien Est", "boulevard Saint-Laurent", "rue Jean-Talon Ouest", "avenue du Mont-Royal", "rue de la Montagne"),
            "FR": ("rue des Lilas", "avenue Jean-Jaurès", "rue Victor-Hugo", "boulevard de la République", "rue Émile-Zola"),
            "DE": ("Hauptstraße", "Lindenweg", "Goethestraße", "Bahnhofstraße", "Am Mühlbach"), "NL": ("Kerkstraat", "Prinsengracht", "Julianalaan"),
            "IN": ("Model Town", "Sector 15", "Civil Lines", "Lajpat Nagar", "Gomti Nagar"),
            "MY": ("Jalan Ampang", "Jalan SS 2", "Jalan Tun Razak", "Jalan Kuching"), "ID": ("Jalan Sudirman", "Jalan Merdeka", "Jalan Diponegoro"),
            "KE": ("Kileleshwa Estate", "Kenyatta Avenue", "Ngong Road", "Buruburu Estate", "Moi Avenue"),
            "AE": ("Al Barsha 2", "Jumeirah Village Circle", "Al Nahda", "Khalifa City"), "UG": ("Kampala Road", "Ntinda"),
            "TZ": ("Samora Avenue", "Mikocheni")}
POSTNAME = {"CA": "code postal", "FR": "code postal", "DE": "Postleitzahl", "NL": "postcode", "IN": "PIN code", "MY": "poskod",
            "ID": "kode pos", "KE": "postal code", "AE": "P.O. box number", "UG": "P.O. box number", "TZ": "P.O. box number"}
_CA_LETTERS = "ABCEGHJKLMNPRSTVXY"


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, town, postcode; for AE / UG / TZ the P.O. box number)."""
    town, stem = rng.choice(_TOWNS[country])
    street, n = rng.choice(_STREETS[country]), rng.randint(2, 240)
    if country == "CA":
        addr = rng.choice((f"{n * 10 + rng.randint(0, 9)}, {street}", f"{rng.randint(1, 12)}-{n * 10} {street}"))
        post = f"{stem}{rng.choice(_CA_LETTERS)} {rng.randint(1, 9)}{rng.choice(_CA_LETTERS)}{rng.randint(1, 9)}"
    elif country == "FR":
        addr, post = rng.choice((f"{n} {street}", f"{n} bis {street}")), stem + digits(rng, 5 - len(stem), "123456789")
    elif country in ("DE", "NL"):
        addr = rng.choice((f"{street} {n}", f"{street} {n}{rng.choice('ab')}"))
        post = stem + digits(rng, 3) if country == "DE" else f"{stem}{digits(rng, 2)} {rng.choice('ABEGHJKLMNPRTVWXZ')}{rng.choice('ABEGHJKLMNPRTVWXZ')}"
    elif country == "IN":
        addr, post = rng.choice((f"Flat {rng.randint(101, 904)}, Shanti Apartments, {street}", f"House No. {n}, {street}")), stem + digits(rng, 3)
    elif country in ("MY", "ID"):
        addr = rng.choice((f"No. {n}, {street}", f"Lot {rng.randint(1, 90)}, {street}")) if country == "MY" else f"{street} No. {n}"
        post = stem + digits(rng, 3)
    elif country == "KE":
        addr, post = rng.choice((f"House {rng.randint(1, 60)}, {street}", f"Apartment {rng.randint(1, 9)}{rng.choice('ABC')}, {street}")), stem
    else:
        addr = rng.choice((f"Villa {rng.randint(1, 90)}, {street}", f"Flat {rng.randint(101, 2408)}, {street}")) if country == "AE" else f"Plot {n}, {street}"
        post = digits(rng, rng.choice((4, 5)), "123456789")
    return addr, town, post


def national_id(rng: random.Random, country: str, dob: tuple[int, int, int], male: bool) -> tuple[str, str]:
    """(what the caller calls it, the number as written) for the caller's country."""
    y, m, d = dob
    while True:
        if country == "IN":
            body = digits(rng, 11, "23456789")
            number = body + verhoeff.calc_check_digit(body)
            if aadhaar.is_valid(number):
                return "Aadhaar number", f"{number[:4]} {number[4:8]} {number[8:]}"
        elif country == "MY":
            body = f"{y % 100:02d}{m:02d}{d:02d}{rng.choice(('14', '10', '01', '07'))}{digits(rng, 3)}{rng.choice('13579' if male else '02468')}"
            if nric.is_valid(body):
                return "IC number", f"{body[:6]}-{body[6:8]}-{body[8:]}"
        elif country == "ID":
            number = f"3174{digits(rng, 2, '0')}{d + (0 if male else 40):02d}{m:02d}{y % 100:02d}{digits(rng, 4, '0')}"
            if nik.is_valid(number):
                return "NIK", number
        elif country == "AE":
            body = f"784{y}{digits(rng, 7)}"
            number = body + luhn.calc_check_digit(body)
            return "Emirates ID", f"{number[:3]}-{number[3:7]}-{number[7:14]}-{number[14]}"
        elif country == "CA":
            body = digits(rng, 8, "1234567")
            number = body + luhn.calc_check_digit(body)
            if sin.is_valid(number):
                return "SIN", f"{number[:3]} {number[3:6]} {number[6:]}"
        elif country == "FR":
            body = f"{1 if male else 2}{y % 100:02d}{m:02d}{rng.choice(('75', '69', '13', '59', '93'))}{digits(rng, 6, '0')}"
            number = body + f"{97 - int(body) % 97:02d}"
            if nir.is_valid(number):
                return "numéro de sécu", nir.format(number)
        elif country == "DE":
            number = digits(rng, 10, "123456789")
            number += idnr.calc_check_digit(number) if hasattr(idnr, "calc_check_digit") else "0"
            if idnr.is_valid(number):
                return "Steuer-ID", f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"
        elif country == "NL":
            number = digits(rng, 9, "123456789")
            if bsn.is_valid(number):
                return "BSN", number
        elif country == "KE":
            return "ID number", digits(rng, 8, "123")
        elif country == "UG":
            return "NIN", f"C{'M' if male else 'F'}{y % 100:02d}{digits(rng, 6)}{''.join(rng.choice('ABCDEFGHJKLMNPRTUVWXY') for _ in range(4))}"
        else:
            return "NIDA number", f"{y}{m:02d}{d:02d}-{digits(rng, 5)}-{digits(rng, 5)}-{digits(rng, 2)}"


_BBAN = {"DE": lambda rng: digits(rng, 18, "123456789"), "FR": lambda rng: digits(rng, 10, "123") + digits(rng, 11) + digits(rng, 2),
         "AE": lambda rng: "0" + digits(rng, 18, "23456"), "NL": lambda rng: rng.choice(("ABNA", "RABO", "INGB")) + digits(rng, 10)}


def iban_number(rng: random.Random, country: str) -> str:
    """A valid IBAN of a DE / FR / AE / NL account, printed in fours."""
    while True:
        bban = _BBAN[country](rng)
        number = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(number):
            return iban.format(number)


MAILS = {"CA": ("videotron.ca", "gmail.com", "hotmail.com", "sympatico.ca"), "FR": ("orange.fr", "free.fr", "laposte.net", "gmail.com"),
         "DE": ("web.de", "gmx.de", "t-online.de"), "NL": ("ziggo.nl", "kpnmail.nl", "gmail.com"),
         "AE": ("emirates.net.ae", "gmail.com", "outlook.com"), "IN": ("gmail.com", "rediffmail.com", "yahoo.co.in"),
         "MY": ("gmail.com", "yahoo.com.my"), "ID": ("gmail.com", "yahoo.co.id"), "KE": ("gmail.com", "yahoo.com"),
         "UG": ("gmail.com", "yahoo.com"), "TZ": ("gmail.com", "yahoo.com")}
LINES = {"CA": ("1 888 472 0193",), "FR": ("09 69 32 15 15",), "DE": ("0800 330 1000",), "NL": ("0800 0402",),
         "AE": ("800 4663",), "IN": ("1800 419 0025",), "MY": ("1300 88 1122",), "ID": ("1500 888",), "KE": ("0800 720 001",),
         "UG": ("0800 100 330",), "TZ": ("0800 751 000",)}
MONEY = {"CA": (("{n} $", "${n}"), (45, 120, 380)), "FR": (("{n} €", "{n}€"), (39, 89, 240)), "DE": (("{n} €", "{n},00 €"), (49, 99, 310)),
         "NL": (("€ {n}", "€{n},-"), (35, 80)), "AE": (("AED {n}", "{n} dirhams"), (150, 420, 1200)),
         "IN": (("Rs {n}", "₹{n}"), (499, 1299, 4500)), "MY": (("RM{n}", "RM {n}"), (59, 180, 450)),
         "ID": (("Rp {n}.000", "Rp{n}rb"), (150, 450, 900)), "KE": (("KSh {n}", "{n} bob"), (500, 1500, 4200)),
         "UG": (("USh {n},000", "{n}k shillings"), (50, 120)), "TZ": (("TSh {n},000",), (30, 85))}
UNIT = {"CA": "dollars", "FR": "euros", "DE": "euro", "NL": "euro", "AE": "dirhams", "IN": "rupees", "MY": "ringgit",
        "ID": "thousand rupiah", "KE": "shillings", "UG": "thousand shillings", "TZ": "thousand shillings"}


def say_alnum(code: str) -> str:
    """A code said character by character, digits as words (an IBAN, a postcode, a booking reference)."""
    from benchmarks._profile_dev_s import ONES
    return " ".join(ONES[int(ch)] if ch.isdigit() else ch.lower() for ch in re.sub(r"[^0-9A-Za-z]", "", code))
