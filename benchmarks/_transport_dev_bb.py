"""The ``dev_bb`` callers' values: passengers, relatives and parents at home in Russia (North Ossetia, Kalmykia,
Moscow), Georgia, the Netherlands (Friesland), Germany (North Frisia), France (Brittany), Sierra Leone, the UK and the
US (the Navajo Nation and elsewhere): phone numbers valid for ``phonenumbers`` and written as each country writes
them, home addresses (Russian six-digit codes, Georgian, German and French codes through dev_ax's ``_civic_dev_ax``
where its towns fit, Dutch ``8911 CK`` postcodes, UK postcodes, US ZIP codes; Sierra Leone has no postcodes in use, so
its second address line is the area and town, STREET_ADDRESS), the national number a transport operator asks for
where a country has a common one (NATIONAL_ID: a Russian INN, a Georgian personal number, a Dutch BSN, a German tax
ID, a French NIR, a UK National Insurance number; none for Sierra Leonean or US callers), delay repay claim, ticket
booking, railcard / season ticket, ferry and coach booking, lost property, passenger assistance, taxi badge and school
transport references (ACCOUNT_NUMBER), mail domains, helplines and money. Written blind."""
from __future__ import annotations

import random

from stdnum.nl import bsn

from benchmarks import _charity_dev_ba as BA
from benchmarks import _civic_dev_ax as AX
from benchmarks._national_phones import valid_national
from benchmarks._profile_dev_s import digits

HOME = ("RU", "GE", "NL", "DE", "FR", "SL", "UK", "US")
NO_POSTCODE = ("SL",)
REGION = {"UK": "GB"}
_NUMBERS = {"NL": (("06", 10), ("058", 10), ("0513", 10)), "SL": (("076", 9), ("077", 9), ("078", 9), ("088", 9), ("030", 9))}


def region(country: str) -> str:
    return REGION.get(country, country)


def home_phone(rng: random.Random, country: str) -> str:
    """The number as written in that country (``06 12 34 56 78``, ``+232 76 123456``, ``8 928 123-45-67``)."""
    if country == "RU":
        return BA.home_phone(rng, country)
    if country in ("GE", "DE", "FR", "UK", "US"):
        return AX.home_phone(rng, country)
    n = valid_national(rng, _NUMBERS[country], region(country), 3000)
    r = n[1:]
    if country == "NL":
        forms = ((f"06 {r[1:3]} {r[3:5]} {r[5:7]} {r[7:]}", f"06-{r[1:]}", f"+31 6 {r[1:]}") if n.startswith("06")
                 else (f"{n[:4]} {n[4:]}", f"+31 {r[:3]} {r[3:]}"))
    else:
        forms = (f"0{r[:2]} {r[2:]}", f"+232 {r[:2]} {r[2:]}", f"+232 {r[:2]} {r[2:5]} {r[5:]}")
    return rng.choice(forms)


_PLACES = {  # country: (streets, ((postcode or area, town), ...)); each street in the town at its index
    "RU": (("ul. Kosta Khetagurova", "prospekt Mira", "ul. Lenina", "ul. Gorkogo", "Varshavskoye shosse"),
           (("362040", "Vladikavkaz"), ("362027", "Vladikavkaz"), ("358000", "Elista"), ("358009", "Elista"),
            ("117105", "Moscow"))),
    "NL": (("Nieuwestad", "Tuinen", "Voorstreek", "Kleine Dijk", "Harlingerweg"),
           (("8911 CM", "Leeuwarden"), ("8911 KE", "Leeuwarden"), ("8911 JS", "Leeuwarden"), ("8601 BE", "Sneek"),
            ("8861 KH", "Harlingen"))),
    "DE": (("Norderstraße", "Große Straße", "Hauptstraße", "Deichstraße", "Osterstraße"),
           (("25813", "Husum"), ("25899", "Niebüll"), ("25938", "Wyk auf Föhr"), ("25980", "Sylt"),
            ("25821", "Bredstedt"))),
    "FR": (("rue de Siam", "rue Jean Jaurès", "rue de la Soif", "quai de l'Odet", "rue du Port"),
           (("29200", "Brest"), ("29200", "Brest"), ("35000", "Rennes"), ("29000", "Quimper"), ("56100", "Lorient"))),
    "SL": (("Wilkinson Road", "Kissy Road", "Circular Road", "Dambara Road", "Hangha Road"),
           (("Congo Cross", "Freetown"), ("Kissy", "Freetown"), ("Tengbeh Town", "Freetown"), ("New London", "Bo"),
            ("Nyandeyama", "Kenema"))),
    "US": (("Navajo Route 12", "Indian Route 12", "US-491", "Navajo Route 59", "Main Street"),
           (("86515", "Window Rock, AZ"), ("86503", "Chinle, AZ"), ("87420", "Shiprock, NM"), ("86033", "Kayenta, AZ"),
            ("86045", "Tuba City, AZ"))),
}
POSTNAME = {"RU": "postcode", "GE": "postcode", "NL": "postcode", "DE": "Postleitzahl", "FR": "code postal",
            "SL": "area", "UK": "postcode", "US": "zip code"}


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address as written in that country, town, postcode (the area of town in Sierra Leone))."""
    if country in ("GE", "UK") or (country == "US" and rng.random() < 0.5):
        return AX.home_address(rng, country)
    streets, posts = _PLACES[country]
    i = rng.randrange(len(posts))
    street, (key, town) = streets[i], posts[i]
    n = rng.randint(2, 140)
    if country == "RU":
        return f"{street}, d. {n}, kv. {rng.randint(2, 160)}", town, key
    if country == "FR":
        return rng.choice((f"{n} {street}", f"{n} bis {street}")), town, key
    if country == "SL":
        return rng.choice((f"{n} {street}", f"{n}B {street}")), town, key
    if country == "US":
        return rng.choice((f"PO Box {rng.randint(100, 3999)}", f"HC 61 Box {rng.randint(10, 999)}", f"{street}")), town, key
    return f"{street} {n}", town, key  # the Netherlands and Germany: the street first


def national_id(rng: random.Random, country: str, dob: tuple, male: bool | None = None, who=None) -> str | None:
    """The national number of a person at home in ``country`` (NATIONAL_ID), or None."""
    if country == "RU":
        return BA.national_id(rng, country, dob, male, who)
    if country in ("GE", "DE", "FR", "UK"):
        return AX.national_id(rng, country, dob, male, who)
    if country == "NL":  # BSN: nine digits, the eleven test
        for _ in range(200):
            body = str(rng.randint(1, 6)) + digits(rng, 7, "0123456789")
            check = sum(int(c) * (9 - i) for i, c in enumerate(body)) % 11
            if check < 10 and bsn.is_valid(body + str(check)):
                n = body + str(check)
                return rng.choice((n, f"{n[:4]}.{n[4:6]}.{n[6:]}"))
    return None


def reference(rng: random.Random, kind: str) -> str:
    """A delay repay claim, ticket booking, railcard / season ticket, ferry or coach booking, lost property,
    passenger assistance, taxi badge or school transport reference."""
    d = lambda k: digits(rng, k, "123456789")  # noqa: E731
    up = lambda k: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))  # noqa: E731
    shapes = {"claim": (f"DR-{d(8)}", f"DRC{d(7)}"), "ticket": (f"{up(2)}{d(6)}", f"TKT-{d(7)}"),
              "railcard": (f"RC{d(8)}", f"ST-{d(6)}"), "ferry": (f"FRY-{d(6)}", f"CB{d(7)}"),
              "lost": (f"LP-{d(7)}", f"LPO{d(6)}"), "assist": (f"PA-{d(6)}", f"ASST{d(6)}"),
              "badge": (f"PH{d(5)}", f"HC-{d(5)}"), "school": (f"STP-{d(6)}", f"SCH{d(7)}")}
    return rng.choice(shapes[kind])


MAILS = {"RU": ("mail.ru", "yandex.ru", "gmail.com"), "GE": ("gmail.com", "mail.ru", "yahoo.com"),
         "NL": ("gmail.com", "ziggo.nl", "hotmail.nl"), "DE": ("gmx.de", "web.de", "t-online.de"),
         "FR": ("orange.fr", "gmail.com", "laposte.net"), "SL": ("gmail.com", "yahoo.com", "sierratel.sl"),
         "UK": ("gmail.com", "outlook.com", "btinternet.com"), "US": ("gmail.com", "yahoo.com", "frontiernet.net")}
LINES = {c: ("0345 711 4141", "0800 022 3720") for c in HOME}
_CUR = {"RU": ("{n} ₽", "roubles"), "GE": ("{n} GEL", "lari"), "NL": ("€{n}", "euros"), "DE": ("{n} €", "euros"),
        "FR": ("{n} €", "euros"), "SL": ("Le {n}", "leones"), "UK": ("£{n}", "pounds"), "US": ("${n}", "dollars")}
MONEY = {c: ((sym,), (12, 35, 48, 90, 240)) for c, (sym, _) in _CUR.items()}
UNIT = {c: unit for c, (_, unit) in _CUR.items()}
