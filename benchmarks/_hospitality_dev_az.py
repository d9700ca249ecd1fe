"""The ``dev_az`` callers' values: hosts, guests, customers and families at home in Russia (Yakutia, Buryatia), Guam,
the US, Honduras, the Faroe Islands, Denmark, Romania, Hungary, Slovakia and the UK: phone numbers valid for
``phonenumbers`` and written as each country writes them, home addresses with postcodes (Russian six-digit, US ZIP
codes in Guam and the States, Honduran five-digit, Faroese three-digit, Danish and Hungarian four-digit, Romanian
six-digit, Slovak ``NNN NN``, UK postcodes), the national number a hotel desk, caterer or staffing agency asks for where
a country has a common one (NATIONAL_ID: a Russian INN, a Danish CPR number, a Faroese p-tal, a Romanian CNP, a
Hungarian TAJ number, a Slovak rodné číslo, a Honduran DNI, a UK National Insurance number; none for Guam or US
callers), table booking / delivery order / catering invoice / hotel reservation / agency worker references
(ACCOUNT_NUMBER), mail domains, helplines and money. Written blind."""
from __future__ import annotations

import random

from stdnum.dk import cpr
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.sk import rc

from benchmarks import _civic_dev_ax as AX
from benchmarks._national_phones import valid_national
from benchmarks._profile_dev_s import digits

HOME = ("RU", "GU", "US", "HN", "FO", "DK", "RO", "HU", "SK", "UK")
REGION = {"UK": "GB"}
_NUMBERS = {"RU": (("89", 11), ("89", 11), ("84112", 11), ("83012", 11)),
            "GU": (("671", 10),),
            "HN": (("9", 8), ("3", 8), ("8", 8), ("2", 8)),
            "FO": (("2", 6), ("5", 6), ("3", 6)),
            "DK": (("2", 8), ("3", 8), ("4", 8), ("5", 8)),
            "RO": (("07", 10), ("07", 10), ("021", 10)),
            "HU": (("0620", 11), ("0630", 11), ("0670", 11), ("061", 10)),
            "SK": (("09", 10), ("09", 10), ("02", 10))}


def region(country: str) -> str:
    return REGION.get(country, country)


def home_phone(rng: random.Random, country: str) -> str:
    """The number as written in that country (``8 914 234-56-78``, ``(671) 472-3456``, ``9876-5432``, ``21 34 56``)."""
    if country in ("UK", "US"):
        return AX.home_phone(rng, country)
    n = valid_national(rng, _NUMBERS[country], region(country), 2000)
    r = n[1:] if n[0] in "08" and country in ("RU", "RO", "SK") else n
    forms = {"RU": (f"8 {r[:3]} {r[3:6]}-{r[6:8]}-{r[8:]}", f"+7 {r[:3]} {r[3:6]}-{r[6:8]}-{r[8:]}", (f"8 ({r[:4]}) {r[4:6]}-{r[6:8]}-{r[8:]}" if r[0] in "34" else f"8 ({r[:3]}) {r[3:6]}-{r[6:8]}-{r[8:]}")),
             "GU": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"),
             "HN": (f"{n[:4]}-{n[4:]}", f"+504 {n[:4]}-{n[4:]}", f"{n[:4]} {n[4:]}"),
             "FO": (f"{n[:2]} {n[2:4]} {n[4:]}", f"+298 {n}", n),
             "DK": (f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+45 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"{n[:4]} {n[4:]}"),
             "RO": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+40 {r[:3]} {r[3:6]} {r[6:]}"),
             "HU": ((f"06 {n[2:4]} {n[4:7]} {n[7:]}", f"+36 {n[2:4]} {n[4:7]} {n[7:]}") if len(n) == 11
                    else (f"06 1 {n[3:6]} {n[6:]}", f"+36 1 {n[3:6]} {n[6:]}")),
             "SK": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+421 {r[:3]} {r[3:6]} {r[6:]}")}
    return rng.choice(forms[country])


_PLACES = {  # country: (streets, ((postcode, town), ...)); each street in the town at its index
    "RU": (("ul. Ordzhonikidze", "prospekt Lenina", "ul. Oktyabrskaya", "ul. Kommunisticheskaya", "ul. Smolina"),
           (("677000", "Yakutsk"), ("677027", "Yakutsk"), ("678170", "Mirny"), ("670000", "Ulan-Ude"), ("670034", "Ulan-Ude"))),
    "GU": (("Chalan Santo Papa", "Marine Corps Drive", "Route 3", "Chalan Kareta", "Route 1"),
           (("96910", "Hagåtña"), ("96913", "Tamuning"), ("96929", "Dededo"), ("96913", "Mangilao"), ("96929", "Yigo"))),
    "HN": (("Barrio Cristales", "Colonia El Sauce", "Barrio La Ceibita", "Barrio San Juan", "Colonia Kennedy"),
           (("32101", "Trujillo"), ("31101", "La Ceiba"), ("31101", "La Ceiba"), ("31301", "Tela"), ("11101", "Tegucigalpa"))),
    "FO": (("Dalavegur", "Hoyvíksvegur", "Klaksvíksvegur", "Áarvegur", "Bakkavegur"),
           (("100", "Tórshavn"), ("100", "Tórshavn"), ("700", "Klaksvík"), ("620", "Runavík"), ("360", "Sandavágur"))),
    "DK": (("Vesterbrogade", "Jagtvej", "Amagerbrogade", "Vestergade", "Algade"),
           (("1620", "København V"), ("2200", "København N"), ("2300", "København S"), ("8000", "Aarhus C"), ("9000", "Aalborg"))),
    "RO": (("Strada Florilor", "Strada Gării", "Bulevardul Independenței", "Strada Libertății", "Strada Morilor"),
           (("550196", "Sibiu"), ("400001", "Cluj-Napoca"), ("700102", "Iași"), ("200585", "Craiova"), ("500001", "Brașov"))),
    "HU": (("Fő utca", "Vasút utca", "Árpád utca", "Temető utca", "Hajnal utca"),
           (("3300", "Eger"), ("3527", "Miskolc"), ("4400", "Nyíregyháza"), ("7621", "Pécs"), ("1081", "Budapest"))),
    "SK": (("Hlavná", "Mlynská", "Štúrova", "Železničná", "Školská"),
           (("040 01", "Košice"), ("080 01", "Prešov"), ("058 01", "Poprad"), ("974 01", "Banská Bystrica"), ("071 01", "Michalovce"))),
}
POSTNAME = {"RU": "postcode", "GU": "zip code", "US": "zip code", "HN": "código postal", "FO": "postcode",
            "DK": "postnummer", "RO": "cod poștal", "HU": "postcode", "SK": "PSČ", "UK": "postcode"}


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address as written in that country, town, postcode)."""
    if country in ("UK", "US"):
        return AX.home_address(rng, country)
    streets, posts = _PLACES[country]
    i = rng.randrange(len(posts))
    street, (key, town) = streets[i], posts[i]
    n = rng.randint(2, 140)
    if country == "RU":
        return f"{street}, d. {n}, kv. {rng.randint(2, 160)}", town, key
    if country == "GU":
        return rng.choice((f"{n} {street}", f"{n} {street}, Unit {rng.randint(1, 12)}")), town, key
    if country == "HN":
        return rng.choice((f"{street}, casa {n}", f"{street}, calle {rng.randint(1, 9)}, casa {n}")), town, key
    if country == "RO":
        return rng.choice((f"{street} nr. {n}", f"{street} nr. {n}, ap. {rng.randint(1, 60)}")), town, key
    if country == "HU":
        return rng.choice((f"{street} {n}.", f"{street} {n}, {rng.randint(1, 4)}. emelet")), town, key
    if country == "SK":
        return rng.choice((f"{street} {n}", f"{street} {rng.randint(1000, 4999)}/{n}")), town, key
    return f"{street} {n}", town, key  # the Faroe Islands and Denmark: the street first


def _until(rng: random.Random, make, valid) -> str:
    for _ in range(5000):
        number = make()
        if valid(number):
            return number
    raise AssertionError("no valid number")


def taj_valid(number: str) -> bool:
    """Hungarian TAJ: nine digits, the ninth the sum of the first eight weighted 3, 7, 3, 7 ... modulo 10."""
    n = number.replace(" ", "")
    return len(n) == 9 and n.isdigit() and sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(n[:8])) % 10 == int(n[8])


def national_id(rng: random.Random, country: str, dob: tuple, male: bool | None = None, who=None) -> str | None:
    """The national number of a person at home in ``country`` (NATIONAL_ID), or None."""
    y, m, d = dob
    ten = lambda k: digits(rng, k, "0123456789")  # noqa: E731
    if country == "RU":  # the personal INN: region (Sakha 14, Buryatia 03), inspection, serial, two check digits
        body = rng.choice(("14", "14", "03", "03", "77")) + ten(8)
        return body + inn.calc_personal_check_digits(body)
    if country == "DK":  # CPR: DDMMYY-SSSS, the last digit odd for a man
        return _until(rng, lambda: f"{d:02d}{m:02d}{y % 100:02d}-{ten(3)}{rng.choice('13579' if male else '02468')}", cpr.is_valid)
    if country == "FO":  # p-tal: DDMMYY-SSS, the last digit odd for a man
        return f"{d:02d}{m:02d}{y % 100:02d}-{ten(2)}{rng.choice('13579' if male else '02468')}"
    if country == "RO":  # CNP: sex and century, YYMMDD, county, serial, check digit
        s = ("1" if male else "2") if y < 2000 else ("5" if male else "6")
        body = f"{s}{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 40):02d}{rng.randint(1, 999):03d}"
        return body + cnp.calc_check_digit(body)
    if country == "HU":  # TAJ number, written in three groups
        number = _until(rng, lambda: ten(9), taj_valid)
        return rng.choice((number, f"{number[:3]} {number[3:6]} {number[6:]}"))
    if country == "SK":  # rodné číslo: YYMMDD (a woman's month plus 50) / four digits, divisible by eleven
        mm = m + (0 if male else 50)
        return _until(rng, lambda: f"{y % 100:02d}{mm:02d}{d:02d}/{ten(4)}", rc.is_valid)
    if country == "HN":  # DNI: department and municipality, year of birth, serial
        return f"{rng.choice(('01', '02', '03', '08'))}{rng.randint(1, 9):02d}-{y}-{ten(5)}"
    if country == "UK":
        return AX.national_id(rng, country, dob, male, who)
    return None


def reference(rng: random.Random, kind: str) -> str:
    """A table booking, delivery order, catering invoice, hotel reservation or agency worker reference."""
    d = lambda k: digits(rng, k, "123456789")  # noqa: E731
    shapes = {"booking": (f"BKG-{d(8)}", f"TBL{d(6)}"), "delivery": (f"DLV-{d(9)}", f"GRO{d(8)}"),
              "catering": (f"CAT-{d(6)}", f"INV{d(7)}"), "hotel": (f"HRV-{d(7)}", f"RES{d(8)}"),
              "agency": (f"AGW-{d(6)}", f"TS{d(7)}")}
    return rng.choice(shapes[kind])


MAILS = {"RU": ("mail.ru", "yandex.ru", "gmail.com"), "GU": ("gmail.com", "yahoo.com", "guam.net"),
         "US": ("gmail.com", "yahoo.com", "icloud.com"), "HN": ("gmail.com", "yahoo.com", "hotmail.com"),
         "FO": ("gmail.com", "olivant.fo", "hotmail.com"), "DK": ("gmail.com", "hotmail.dk", "mail.dk"),
         "RO": ("gmail.com", "yahoo.com", "yahoo.ro"), "HU": ("gmail.com", "freemail.hu", "citromail.hu"),
         "SK": ("gmail.com", "azet.sk", "centrum.sk"), "UK": ("gmail.com", "outlook.com", "btinternet.com")}
LINES = {c: ("0800 031 7740", "0345 601 2290") for c in HOME}
_CUR = {"RU": ("{n} ₽", "roubles"), "GU": ("${n}", "dollars"), "US": ("${n}", "dollars"), "HN": ("L {n}", "lempiras"),
        "FO": ("{n} kr", "kronur"), "DK": ("{n} kr", "kroner"), "RO": ("{n} lei", "lei"), "HU": ("{n} Ft", "forints"),
        "SK": ("{n} €", "euros"), "UK": ("£{n}", "pounds")}
MONEY = {c: ((sym,), (12, 35, 64, 180, 1450)) for c, (sym, _) in _CUR.items()}
UNIT = {c: unit for c, (_, unit) in _CUR.items()}
