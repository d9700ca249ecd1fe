"""The ``dev_ao`` callers' values: homes in the UK, Ireland, the US, Canada, Australia, New Zealand, South Africa,
Nigeria, Ghana, the Philippines and Poland: phone numbers valid for ``phonenumbers`` and written as each country writes
them, addresses with postcodes / Eircodes / ZIP codes / Ghana digital addresses, policy and claim references, national
numbers (UK NI, Irish PPS, US SSN, South African ID, Polish PESEL), bank details for a payout (UK sort code and account,
Irish and Polish IBANs, account numbers elsewhere), mail domains, helplines and money. Written blind."""
from __future__ import annotations

import random

from stdnum import iban
from stdnum.pl import pesel
from stdnum.za import idnr

from benchmarks._homes_dev_aj import nino, pps_number
from benchmarks._national_phones import valid_national
from benchmarks._profile_dev_s import digits

HOME = ("UK", "IE", "US", "CA", "AU", "NZ", "ZA", "NG", "GH", "PH", "PL")
REGION = {"UK": "GB"}
# country: (national prefixes, national length)
_NUMBERS = {"UK": (("07412", "07533", "07711", "07802", "07894", "07966", "0161", "0113", "0121", "0117"), 11),
            "IE": (("083", "085", "086", "087", "089"), 10), "US": (("312", "404", "713", "617", "206", "718"), 10),
            "CA": (("416", "604", "403", "613", "780", "204"), 10), "AU": (("0412", "0423", "0438", "0455", "0481"), 10),
            "NZ": (("021", "022", "027", "029"), 10), "ZA": (("082", "083", "072", "071", "060", "084"), 10),
            "NG": (("0803", "0806", "0813", "0705", "0802", "0909", "0816"), 11), "GH": (("024", "054", "020", "027", "055", "050"), 10),
            "PH": (("0917", "0918", "0927", "0939", "0998", "0906"), 11), "PL": (("501", "512", "600", "663", "721", "791", "886"), 9)}


def region(country: str) -> str:
    return REGION.get(country, country)


def national(rng: random.Random, country: str) -> str:
    """A number's national digits (with the trunk ``0`` where the country dials one), valid for ``phonenumbers``."""
    prefixes, length = _NUMBERS[country]
    return valid_national(rng, tuple((p, length) for p in prefixes), region(country), 500)


def home_phone(rng: random.Random, country: str) -> str:
    """The number as written in that country (``07711 234567``, ``+234 803 123 4567``, ``0917 123 4567``)."""
    n = national(rng, country)
    r = n[1:]
    forms = {"UK": (f"{n[:5]} {n[5:]}", f"+44 {r[:4]} {r[4:]}") if n.startswith("07") else (f"{n[:4]} {n[4:7]} {n[7:]}",),
             "IE": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+353 {r[:2]} {r[2:5]} {r[5:]}"),
             "US": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}"),
             "CA": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}"),
             "AU": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+61 {r[:3]} {r[3:6]} {r[6:]}"),
             "NZ": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+64 {r[:2]} {r[2:5]} {r[5:]}"),
             "ZA": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+27 {r[:2]} {r[2:5]} {r[5:]}"),
             "NG": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+234 {r[:3]} {r[3:6]} {r[6:]}", n),
             "GH": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+233 {r[:2]} {r[2:5]} {r[5:]}"),
             "PH": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+63 {r[:3]} {r[3:6]} {r[6:]}", n),
             "PL": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"+48 {n}")}
    return rng.choice(forms[country])


_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"
_PLACES = {  # country: (streets, ((postcode or its district, town), ...))
    "UK": (("Ashgrove Road", "Moorland Avenue", "Kingfisher Close", "Hawthorn Crescent", "Station Approach"),
           (("LS8", "Leeds"), ("M21", "Manchester"), ("B13", "Birmingham"), ("SE15", "London"), ("NG7", "Nottingham"), ("CF14", "Cardiff"))),
    "IE": (("Ballymun Road", "Douglas Road", "Salthill Road Lower", "O'Connell Avenue", "Dublin Road"),
           (("D11", "Dublin"), ("D13", "Dublin"), ("T12", "Cork"), ("H91", "Galway"), ("V94", "Limerick"))),
    "US": (("Oak Ridge Drive", "Sycamore Street", "Lakeview Avenue", "Prairie Lane", "Highland Boulevard"),
           (("60625", "Chicago"), ("30318", "Atlanta"), ("77084", "Houston"), ("98118", "Seattle"), ("11373", "Queens"))),
    "CA": (("Danforth Avenue", "Main Street", "Jasper Avenue", "Portage Avenue", "Somerset Street West"),
           (("M4K 1N2", "Toronto"), ("V5V 3P4", "Vancouver"), ("T5J 0N3", "Edmonton"), ("R3G 0K2", "Winnipeg"), ("K1R 5T5", "Ottawa"))),
    "AU": (("Sydney Road", "Lygon Street", "Beaufort Street", "Logan Road", "Parramatta Road"),
           (("3056", "Melbourne"), ("6000", "Perth"), ("4120", "Brisbane"), ("2150", "Parramatta"), ("2170", "Liverpool"))),
    "NZ": (("Great South Road", "Dominion Road", "Cuba Street", "Riccarton Road", "Te Rapa Road"),
           (("2025", "Auckland"), ("1024", "Auckland"), ("6011", "Wellington"), ("8041", "Christchurch"), ("3200", "Hamilton"))),
    "ZA": (("Voortrekker Road", "Kerk Street", "Main Road", "Jan Smuts Avenue", "Paul Kruger Street"),
           (("7530", "Bellville"), ("0181", "Pretoria"), ("7700", "Cape Town"), ("2196", "Johannesburg"), ("9301", "Bloemfontein"))),
    "NG": (("Adeola Odeku Street", "Allen Avenue", "Ogui Road", "Aminu Kano Crescent", "Ring Road"),
           (("101241", "Lagos"), ("100271", "Ikeja"), ("400102", "Enugu"), ("900288", "Abuja"), ("200285", "Ibadan"))),
    "GH": (("Oxford Street", "Liberation Road", "Prempeh II Street", "Spintex Road", "Ring Road East"),
           (("GA", "Accra"), ("GA", "Accra"), ("AK", "Kumasi"), ("CC", "Cape Coast"), ("VH", "Ho"))),
    "PH": (("Rizal Avenue", "Mabini Street", "Katipunan Avenue", "Aguinaldo Highway", "Osmeña Boulevard"),
           (("1100", "Quezon City"), ("1000", "Manila"), ("4103", "Dasmariñas"), ("6000", "Cebu City"), ("1600", "Pasig"))),
    "PL": (("ul. Długa", "ul. Piotrkowska", "ul. Grunwaldzka", "ul. Marszałkowska", "al. Jana Pawła II"),
           (("80-827", "Gdańsk"), ("90-406", "Łódź"), ("80-244", "Gdańsk"), ("00-695", "Warszawa"), ("31-011", "Kraków"))),
}
POSTNAME = {"UK": "postcode", "IE": "Eircode", "US": "zip code", "CA": "postal code", "AU": "postcode", "NZ": "postcode",
            "ZA": "postal code", "NG": "postal code", "GH": "digital address", "PH": "zip code", "PL": "postcode"}


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, town, postcode) as written in that country."""
    streets, posts = _PLACES[country]
    street = rng.choice(streets)
    key, town = rng.choice(posts)
    n = rng.randint(2, 140)
    if country == "UK":
        return (rng.choice((f"{n} {street}", f"Flat {rng.randint(1, 12)}, {n} {street}")), town,
                f"{key} {rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}")
    if country == "IE":
        return f"{n} {street}", town, key + " " + "".join(rng.choice(_EIR) for _ in range(4))
    if country == "GH":  # a GhanaPostGPS digital address: region, district, place
        return f"House {n}, {street}", town, f"{key}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    if country == "PL":
        return rng.choice((f"{street} {n}", f"{street} {n}/{rng.randint(1, 40)}")), town, key
    if country in ("US", "CA"):
        unit = rng.choice(("", f", Apt {rng.randint(2, 30)}"))
        return f"{rng.randint(12, 2900)} {street}{unit}", town, key
    if country == "PH":
        return rng.choice((f"{n} {street}", f"Blk {rng.randint(1, 30)} Lot {rng.randint(1, 40)}, {street}")), town, key
    return rng.choice((f"{n} {street}", f"Unit {rng.randint(1, 20)}, {n} {street}")), town, key


def ssn(rng: random.Random) -> str:
    """A US Social Security number in its printed shape (no 000, 666 or 9xx area, no 00 group, no 0000 serial)."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def za_id(rng: random.Random, dob: tuple[int, int, int], male: bool) -> str:
    """A South African ID number (date of birth, sex digits, citizen, Luhn check) valid for ``stdnum``."""
    y, m, d = dob
    while True:
        body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(5000, 9999) if male else rng.randint(0, 4999):04d}08"
        number = body + idnr.luhn.calc_check_digit(body)
        if idnr.is_valid(number):
            return number


def pl_pesel(rng: random.Random, dob: tuple[int, int, int], male: bool) -> str:
    """A PESEL number (date of birth with the century in the month, a serial whose last digit is the sex, a check)."""
    y, m, d = dob
    month = m + (20 if y >= 2000 else 0)
    sex = rng.choice("13579" if male else "02468")
    body = f"{y % 100:02d}{month:02d}{d:02d}{rng.randint(0, 999):03d}{sex}"
    return body + pesel.calc_check_digit(body)


def national_id(rng: random.Random, country: str, dob, male: bool) -> tuple[str, str] | None:
    """(its name, the number) for a caller at home in the UK, Ireland, the US, South Africa or Poland; else None."""
    if country == "UK":
        return "National Insurance number", nino(rng)
    if country == "IE":
        return "PPS number", pps_number(rng)
    if country == "US":
        return "Social Security number", ssn(rng)
    if country == "ZA":
        return "ID number", za_id(rng, dob, male)
    if country == "PL":
        return "PESEL", pl_pesel(rng, dob, male)
    return None


_BBAN = {"IE": lambda rng: rng.choice(("AIBK", "BOFI", "IPBS", "ULSB")) + digits(rng, 14, "9"),
         "PL": lambda rng: digits(rng, 24, "1")}


def iban_number(rng: random.Random, country: str) -> str:
    """A valid Irish or Polish IBAN, printed in fours."""
    while True:
        bban = _BBAN[country](rng)
        number = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(number):
            return iban.format(number)


def bank(rng: random.Random, country: str) -> dict:
    """Payout details: ``SORT`` (UK sort code) and ``ACCT``, or ``IBAN`` (IE, PL), or ``ACCT`` (an account number)."""
    if country == "UK":
        return {"SORT": f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}", "ACCT": digits(rng, 8, "1234567")}
    if country in _BBAN:
        return {"IBAN": iban_number(rng, country)}
    return {"ACCT": digits(rng, {"NG": 10, "GH": 13, "PH": 12, "ZA": 10}.get(country, 9), "123456789")}


_REF = "ABCDEFGHJKLMNPRSTUVWXYZ"
REFERENCE_SHAPES = {"motor": "MTR", "home": "HHP", "health": "HTP", "pet": "PET", "life": "LIF", "income": "IPC",
                    "legal": "LGL"}


def reference(rng: random.Random, kind: str, claim: bool) -> str:
    """A policy (``MTR-4827193``) or claim (``CL-22-RK4815``) reference (ACCOUNT_NUMBER)."""
    if claim:
        return f"CL{rng.randint(22, 26)}{rng.choice(_REF)}{rng.choice(_REF)}{digits(rng, 5, '123456789')}"
    return f"{REFERENCE_SHAPES[kind]}-{digits(rng, 7, '123456789')}"


MAILS = {"UK": ("gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com"), "IE": ("gmail.com", "eircom.net", "outlook.ie"),
         "US": ("gmail.com", "yahoo.com", "outlook.com"), "CA": ("gmail.com", "shaw.ca", "outlook.com"),
         "AU": ("gmail.com", "bigpond.com", "optusnet.com.au"), "NZ": ("gmail.com", "xtra.co.nz", "outlook.co.nz"),
         "ZA": ("gmail.com", "mweb.co.za", "telkomsa.net"), "NG": ("gmail.com", "yahoo.com", "outlook.com"),
         "GH": ("gmail.com", "yahoo.com"), "PH": ("gmail.com", "yahoo.com.ph"), "PL": ("gmail.com", "wp.pl", "onet.pl", "o2.pl")}
LINES = {c: ("0800 048 7721", "0345 122 8890") for c in HOME}
_CUR = {"UK": ("£{n}", "pounds"), "IE": ("€{n}", "euro"), "US": ("${n}", "dollars"), "CA": ("${n}", "dollars"),
        "AU": ("${n}", "dollars"), "NZ": ("${n}", "dollars"), "ZA": ("R{n}", "rand"), "NG": ("₦{n}", "naira"),
        "GH": ("GH₵{n}", "cedis"), "PH": ("₱{n}", "pesos"), "PL": ("{n} zł", "zloty")}
MONEY = {c: ((sym,), (150, 250, 500, 1200, 3500)) for c, (sym, _) in _CUR.items()}
UNIT = {c: unit for c, (_, unit) in _CUR.items()}
