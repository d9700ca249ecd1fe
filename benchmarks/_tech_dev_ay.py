"""The ``dev_ay`` callers' values: account holders, parents, device owners and buyers at home in Russia, Turkey,
Jordan, Cape Verde, Portugal, Mauritius, France, Norway, Sweden, Finland, the UK and the US: phone numbers valid for
``phonenumbers`` and written as each country writes them, home addresses with postcodes (Russian six-digit, Turkish,
Jordanian, Mauritian and Finnish five-digit, Cape Verdean and Norwegian four-digit, Portuguese ``NNNN-NNN``, Swedish
``NNN NN``, UK postcodes, French five-digit codes, US ZIP codes), the national number a recovery line, repair shop or
installer asks for where a country has a common one (NATIONAL_ID: a Russian INN, a Turkish T.C. kimlik number, a
Portuguese NIF, a Mauritian NID, a Norwegian fodselsnummer, a Swedish personnummer and a Finnish henkilotunnus valid
for python-stdnum, a UK National Insurance number, a French NIR as dev_aw's; none for Jordanian, Cape Verdean or US
callers), account-recovery case / games or app store order / repair ticket / install job / marketplace order
references (ACCOUNT_NUMBER), mail domains, helplines and money. Written blind."""
from __future__ import annotations

import random

from stdnum.fi import hetu
from stdnum.mu import nid
from stdnum.no import fodselsnummer
from stdnum.pt import nif
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.tr import tckimlik

from benchmarks import _civic_dev_ax as AX
from benchmarks._national_phones import valid_national
from benchmarks._profile_dev_s import digits

HOME = ("RU", "TR", "JO", "CV", "PT", "MU", "FR", "NO", "SE", "FI", "UK", "US")
REGION = {"UK": "GB"}
_NUMBERS = {"RU": (("89", 11), ("89", 11), ("8843", 11), ("8347", 11)),
            "TR": (("053", 11), ("054", 11), ("055", 11), ("0212", 11)),
            "JO": (("077", 10), ("078", 10), ("079", 10), ("06", 9)),
            "CV": (("9", 7), ("9", 7), ("2", 7)),
            "PT": (("91", 9), ("93", 9), ("96", 9), ("21", 9)),
            "MU": (("5", 8), ("5", 8), ("2", 7)),
            "NO": (("4", 8), ("9", 8)),
            "SE": (("070", 10), ("073", 10), ("076", 10)),
            "FI": (("040", 10), ("050", 10), ("044", 10))}


def region(country: str) -> str:
    return REGION.get(country, country)


def home_phone(rng: random.Random, country: str) -> str:
    """The number as written in that country (``8 916 234-56-78``, ``0532 234 56 78``, ``079 234 5678``)."""
    if country in ("UK", "FR", "US"):
        return AX.home_phone(rng, country)
    n = valid_national(rng, _NUMBERS[country], region(country), 2000)
    r = n[1:] if n[0] in "08" and country in ("RU", "TR", "JO", "SE", "FI") else n
    forms = {"RU": (f"8 {r[:3]} {r[3:6]}-{r[6:8]}-{r[8:]}", f"+7 {r[:3]} {r[3:6]}-{r[6:8]}-{r[8:]}", f"8 ({r[:3]}) {r[3:6]} {r[6:8]} {r[8:]}"),
             "TR": (f"{n[:4]} {n[4:7]} {n[7:9]} {n[9:]}", f"+90 {r[:3]} {r[3:6]} {r[6:8]} {r[8:]}"),
             "JO": ((f"{n[:3]} {n[3:6]} {n[6:]}", f"+962 {r[:2]} {r[2:5]} {r[5:]}") if len(n) == 10
                    else (f"{n[:2]} {n[2:5]} {n[5:]}", f"+962 {r[:1]} {r[1:4]} {r[4:]}")),
             "CV": (f"{n[:3]} {n[3:5]} {n[5:]}", f"+238 {n[:3]} {n[3:5]} {n[5:]}"),
             "PT": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+351 {n[:3]} {n[3:6]} {n[6:]}"),
             "MU": ((f"{n[:4]} {n[4:]}", f"+230 {n[:4]} {n[4:]}") if len(n) == 8 else (f"{n[:3]} {n[3:]}", f"+230 {n[:3]} {n[3:]}")),
             "NO": (f"{n[:3]} {n[3:5]} {n[5:]}", f"+47 {n[:3]} {n[3:5]} {n[5:]}", f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"),
             "SE": (f"{n[:3]}-{n[3:6]} {n[6:8]} {n[8:]}", f"+46 {r[:2]} {r[2:5]} {r[5:7]} {r[7:]}"),
             "FI": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+358 {r[:2]} {r[2:5]} {r[5:]}")}
    return rng.choice(forms[country])


_PLACES = {  # country: (streets, ((postcode, town), ...)); each street in the town at its index
    "RU": (("ul. Pushkina", "ul. Dekabristov", "prospekt Oktyabrya", "ul. Lenina", "ul. Pobedy"),
           (("420111", "Kazan"), ("420034", "Kazan"), ("450077", "Ufa"), ("360000", "Nalchik"), ("385000", "Maykop"))),
    "TR": (("Bahariye Cad.", "Cumhuriyet Cad.", "Kazım Karabekir Sok.", "Gazi Bulvarı", "Atatürk Cad."),
           (("34710", "Kadıköy, İstanbul"), ("38010", "Kayseri"), ("81010", "Düzce"), ("16040", "Bursa"), ("26010", "Eskişehir"))),
    "JO": (("Wadi Saqra Street", "Mecca Street", "Prince Hamzah Street", "Al-Jaish Street", "Sweileh Main Street"),
           (("11181", "Amman"), ("11195", "Amman"), ("13110", "Zarqa"), ("11710", "Naur"), ("11910", "Sweileh"))),
    "CV": (("Achada Santo António, Rua 5", "Palmarejo, Rua de Macau", "Plateau, Rua Serpa Pinto", "Rua de Lisboa", "Monte Sossego"),
           (("7600", "Praia"), ("7600", "Praia"), ("7600", "Praia"), ("2110", "Mindelo"), ("2110", "Mindelo"))),
    "PT": (("Rua Elias Garcia", "Avenida da República", "Rua Cidade de Bissau", "Rua Heliodoro Salgado", "Rua de Moçambique"),
           (("2700-327", "Amadora"), ("2795-092", "Linda-a-Velha"), ("1800-079", "Lisboa"), ("2840-510", "Seixal"), ("2735-212", "Cacém"))),
    "MU": (("Royal Road", "Avenue des Flamboyants", "Rue Sir Seewoosagur", "La Brasserie Road", "Coastal Road"),
           (("74213", "Curepipe"), ("72201", "Quatre Bornes"), ("11302", "Port Louis"), ("73405", "Vacoas"), ("30524", "Grand Gaube"))),
    "NO": (("Storgata", "Hannoleaibmi", "Bietoluohkká", "Markveien", "Strandgata"),
           (("9600", "Hammerfest"), ("9730", "Karasjok"), ("9520", "Kautokeino"), ("0557", "Oslo"), ("9510", "Alta"))),
    "SE": (("Lars Janssonsgatan", "Storgatan", "Porjusvägen", "Sveavägen", "Hantverkargatan"),
           (("981 31", "Kiruna"), ("972 31", "Luleå"), ("962 31", "Jokkmokk"), ("113 60", "Stockholm"), ("903 26", "Umeå"))),
    "FI": (("Inarintie", "Sodankyläntie", "Koskikatu", "Mannerheimintie", "Ounasvaarantie"),
           (("99870", "Inari"), ("99600", "Sodankylä"), ("96100", "Rovaniemi"), ("00250", "Helsinki"), ("96400", "Rovaniemi"))),
}
POSTNAME = {"RU": "postcode", "TR": "postal code", "JO": "postal code", "CV": "postcode", "PT": "código postal",
            "MU": "postcode", "FR": "code postal", "NO": "postnummer", "SE": "postnummer", "FI": "postcode",
            "UK": "postcode", "US": "zip code"}


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address as written in that country, town, postcode)."""
    if country in ("UK", "FR", "US"):
        return AX.home_address(rng, country)
    streets, posts = _PLACES[country]
    i = rng.randrange(len(posts))
    street, (key, town) = streets[i], posts[i]
    n = rng.randint(2, 140)
    if country == "RU":
        return rng.choice((f"{street}, d. {n}, kv. {rng.randint(2, 160)}", f"{street} {n}-{rng.randint(2, 160)}")), town, key
    if country == "TR":
        return f"{street} No: {n} D: {rng.randint(1, 24)}", town, key
    if country in ("JO", "MU"):
        return rng.choice((f"{n} {street}", f"Building {n}, {street}")), town, key
    if country == "CV":
        return f"{street}, casa {n}", town, key
    if country == "PT":
        return rng.choice((f"{street} {n}, {rng.randint(1, 8)} Esq.", f"{street} {n}, r/c Dto.")), town, key
    return rng.choice((f"{street} {n}", f"{street} {n} B")), town, key  # Norway, Sweden, Finland: the street first


def _until(rng: random.Random, make, valid) -> str:
    for _ in range(5000):
        number = make()
        if valid(number):
            return number
    raise AssertionError("no valid number")


def national_id(rng: random.Random, country: str, dob: tuple, male: bool | None = None, who=None) -> str | None:
    """The national number of a person at home in ``country`` (NATIONAL_ID), or None."""
    y, m, d = dob
    ten = lambda k: digits(rng, k, "0123456789")  # noqa: E731
    if country == "RU":  # the personal INN: region, inspection, serial, two check digits
        body = rng.choice(("16", "02", "07", "01", "77")) + ten(8)
        return body + inn.calc_personal_check_digits(body)
    if country == "TR":
        body = rng.choice("123456789") + ten(8)
        return body + tckimlik.calc_check_digits(body)
    if country == "PT":
        body = rng.choice("12") + ten(7)
        number = body + nif.calc_check_digit(body)
        return rng.choice((number, f"{number[:3]} {number[3:6]} {number[6:]}"))
    if country == "MU":  # the first letter of the surname at birth, DDMMYY, six digits, check character
        letter = (who.surname[0].upper() if who is not None and who.surname[0].isascii() else "L")
        body = f"{letter}{d:02d}{m:02d}{y % 100:02d}{ten(6)}"
        return body + nid.calc_check_digit(body)
    if country == "NO":
        return _until(rng, lambda: f"{d:02d}{m:02d}{y % 100:02d}{ten(5)}", fodselsnummer.is_valid)
    if country == "SE":
        sep = "-" if y > 1925 else "+"
        return _until(rng, lambda: f"{y % 100:02d}{m:02d}{d:02d}{sep}{ten(4)}", personnummer.is_valid)
    if country == "FI":
        serial = f"{rng.randint(2, 899):03d}"
        serial = serial[:2] + str((int(serial[2]) // 2) * 2 + (1 if male else 0))
        mark = "-" if y < 2000 else "A"
        check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{d:02d}{m:02d}{y % 100:02d}{serial}") % 31]
        number = f"{d:02d}{m:02d}{y % 100:02d}{mark}{serial}{check}"
        assert hetu.is_valid(number), number
        return number
    if country in ("UK", "FR"):
        return AX.national_id(rng, country, dob, male, who)
    return None


def reference(rng: random.Random, kind: str) -> str:
    """An account-recovery case, games / app store order, repair ticket, install job or marketplace order."""
    d = lambda k: digits(rng, k, "123456789")  # noqa: E731
    shapes = {"recovery": (f"CASE-{d(8)}", f"RC{d(4)}-{d(4)}"), "games": (f"GPO-{d(9)}", f"MSA{d(8)}"),
              "repair": (f"RPR-{d(6)}", f"TKT{d(7)}"), "install": (f"INS-{d(7)}", f"BBJ{d(8)}"),
              "market": (f"{d(3)}-{d(7)}-{d(7)}", f"MKT{d(9)}")}
    return rng.choice(shapes[kind])


MAILS = {"RU": ("mail.ru", "yandex.ru", "gmail.com"), "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"),
         "JO": ("gmail.com", "yahoo.com", "hotmail.com"), "CV": ("gmail.com", "hotmail.com", "cvtelecom.cv"),
         "PT": ("gmail.com", "sapo.pt", "hotmail.com"), "MU": ("gmail.com", "intnet.mu", "yahoo.com"),
         "FR": ("gmail.com", "orange.fr", "free.fr"), "NO": ("gmail.com", "online.no", "hotmail.com"),
         "SE": ("gmail.com", "telia.com", "hotmail.se"), "FI": ("gmail.com", "kolumbus.fi", "luukku.com"),
         "UK": ("gmail.com", "outlook.com", "btinternet.com"), "US": ("gmail.com", "yahoo.com", "icloud.com")}
LINES = {c: ("0800 046 3321", "0345 270 1180") for c in HOME}
_CUR = {"RU": ("{n} ₽", "roubles"), "TR": ("{n} TL", "lira"), "JO": ("{n} JOD", "dinars"), "CV": ("{n} CVE", "escudos"),
        "PT": ("{n} €", "euros"), "MU": ("Rs {n}", "rupees"), "FR": ("{n} €", "euros"), "NO": ("{n} kr", "kroner"),
        "SE": ("{n} kr", "kronor"), "FI": ("{n} €", "euros"), "UK": ("£{n}", "pounds"), "US": ("${n}", "dollars")}
MONEY = {c: ((sym,), (9, 49, 89, 129, 650)) for c, (sym, _) in _CUR.items()}
UNIT = {c: unit for c, (_, unit) in _CUR.items()}
