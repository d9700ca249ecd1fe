"""The ``dev_aw`` callers' values: buyers, drivers, registered keepers, hirers and breakdown members at home in
Uzbekistan, Azerbaijan, Latvia, Morocco, Algeria, Bosnia and Herzegovina, the UK, Germany, France and the US: phone
numbers valid for ``phonenumbers`` and written as each country writes them, home addresses with postcodes (Uzbek
six-digit, Azerbaijani ``AZ 1000``, Latvian ``LV-1010``, Moroccan, Algerian, Bosnian, German and French five-digit
codes, UK postcodes, US ZIP codes), the national or driving-licence number a dealer, hire desk or licensing office
asks for where a country has a common one (NATIONAL_ID: an Uzbek PINFL, an Azerbaijani FIN code, a Latvian personal
code valid for python-stdnum, a Moroccan CIN, a Bosnian JMBG with its check digit, a UK driving licence number built
from the surname and date of birth, a German identity card number, a French social security number valid for
python-stdnum; none for Algerian or US callers), finance / service booking / breakdown job / hire agreement / penalty
notice / licensing references (ACCOUNT_NUMBER), mail domains, helplines and money. Written blind."""
from __future__ import annotations

import random
import re

from stdnum.fr import nir
from stdnum.lv import pvn

from benchmarks._care_dev_at import home_phone as _at_phone
from benchmarks._leisure_dev_au import home_phone as _au_phone
from benchmarks._national_phones import valid_national
from benchmarks._profile_dev_as import fold
from benchmarks._profile_dev_s import digits

HOME = ("UZ", "AZ", "LV", "MA", "DZ", "BA", "UK", "DE", "FR", "US")
REGION = {"UK": "GB"}
_NUMBERS = {"UZ": (("90", 9), ("91", 9), ("93", 9), ("94", 9), ("97", 9), ("71", 9)),
            "AZ": (("050", 10), ("051", 10), ("055", 10), ("070", 10), ("077", 10), ("012", 10)),
            "LV": (("2", 8), ("2", 8), ("67", 8)),
            "MA": (("06", 10), ("07", 10), ("0522", 10), ("0537", 10)),
            "DZ": (("0555", 10), ("0661", 10), ("0770", 10), ("021", 9), ("026", 9)),
            "BA": (("061", 9), ("062", 9), ("063", 9), ("033", 9), ("035", 9)),
            "US": tuple((p, 10) for p in ("313", "313", "716", "718", "510"))}


def region(country: str) -> str:
    return REGION.get(country, country)


def home_phone(rng: random.Random, country: str) -> str:
    """The number as written in that country (``90 123 45 67``, ``050 123 45 67``, ``0661 23 45 67``)."""
    if country in ("UK", "FR"):
        return _au_phone(rng, country)
    if country == "DE":
        return _at_phone(rng, country)
    n = valid_national(rng, _NUMBERS[country], region(country), 2000)
    r = n[1:] if n.startswith("0") else n
    forms = {"UZ": (f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"+998 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"+998{n}"),
             "AZ": (f"{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"+994 {r[:2]} {r[2:5]} {r[5:7]} {r[7:]}", f"({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}"),
             "LV": (f"{n[:4]} {n[4:]}", f"+371 {n[:4]} {n[4:]}", f"{n[:2]} {n[2:5]} {n[5:]}"),
             "MA": (" ".join(n[i:i + 2] for i in range(0, 10, 2)), f"+212 {r[0]} " + " ".join(r[i:i + 2] for i in range(1, 9, 2)), f"{n[:4]}-{n[4:]}"),
             "DZ": ((f"{n[:4]} {n[4:6]} {n[6:8]} {n[8:]}", f"+213 {r[:3]} {r[3:5]} {r[5:7]} {r[7:]}") if len(n) == 10
                    else (f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+213 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}")),
             "BA": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+387 {r[:2]} {r[2:5]} {r[5:]}", f"{n[:3]}/{n[3:6]}-{n[6:]}"),
             "US": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}")}
    return rng.choice(forms[country])


_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_PLACES = {  # country: (streets, ((postcode or its district, town), ...)); each street in the town at its index
    "UZ": (("Amir Temur Avenue", "Mustaqillik Street", "Bunyodkor Avenue", "Registan Street", "Bahouddin Naqshband Street"),
           (("100084", "Tashkent"), ("100017", "Tashkent"), ("100115", "Tashkent"), ("140100", "Samarkand"), ("200100", "Bukhara"))),
    "AZ": (("Nizami küçəsi", "Azadlıq prospekti", "Təbriz küçəsi", "Atatürk prospekti", "Sülh küçəsi"),
           (("AZ1000", "Bakı"), ("AZ1106", "Bakı"), ("AZ1052", "Bakı"), ("AZ2000", "Gəncə"), ("AZ5000", "Sumqayıt"))),
    "LV": (("Brīvības iela", "Tērbatas iela", "Lāčplēša iela", "Rīgas iela", "Graudu iela"),
           (("LV-1010", "Rīga"), ("LV-1011", "Rīga"), ("LV-1050", "Rīga"), ("LV-5401", "Daugavpils"), ("LV-3401", "Liepāja"))),
    "MA": (("Rue Oued Sebou, Agdal", "Boulevard Zerktouni", "Avenue du Prince Moulay Abdallah", "Rue Imouzzer", "Derb Tizougarine"),
           (("10080", "Rabat"), ("20250", "Casablanca"), ("80000", "Agadir"), ("85000", "Tiznit"), ("40000", "Marrakech"))),
    "DZ": (("Rue Bab Azzoun", "Cité des 500 Logements", "Boulevard Stiti", "Rue de la Liberté", "Route de Sidi Aïch"),
           (("16000", "Alger"), ("15000", "Tizi Ouzou"), ("15000", "Tizi Ouzou"), ("06000", "Béjaïa"), ("06000", "Béjaïa"))),
    "BA": (("Zmaja od Bosne", "Ferhadija", "Titova", "Bulevar narodne revolucije", "Bosanska"),
           (("71000", "Sarajevo"), ("71000", "Sarajevo"), ("75000", "Tuzla"), ("88000", "Mostar"), ("77000", "Bihać"))),
    "UK": (("Staniforth Road", "Coventry Road", "Clifton Street", "Lodge Lane", "Kilburn High Road"),
           (("S9", "Sheffield"), ("B10", "Birmingham"), ("CF24", "Cardiff"), ("L8", "Liverpool"), ("NW6", "London"))),
    "DE": (("Sonnenallee", "Weidengasse", "Steindamm", "Landwehrstraße", "Kottbusser Damm"),
           (("12045", "Berlin"), ("50668", "Köln"), ("20099", "Hamburg"), ("80336", "München"), ("10967", "Berlin"))),
    "FR": (("rue de la Chapelle", "boulevard de Belleville", "rue de Lodi", "rue des Postes", "avenue Berthelot"),
           (("75018", "Paris"), ("75011", "Paris"), ("13006", "Marseille"), ("59000", "Lille"), ("69007", "Lyon"))),
    "US": (("Warren Avenue", "Ridge Road", "Schaefer Road", "Lawrence Avenue", "Fruitridge Road"),
           (("48126", "Dearborn"), ("14218", "Lackawanna"), ("48120", "Dearborn"), ("60625", "Chicago"), ("95820", "Sacramento"))),
}
POSTNAME = {"UZ": "postcode", "AZ": "postcode", "LV": "postcode", "MA": "code postal", "DZ": "code postal",
            "BA": "postcode", "UK": "postcode", "DE": "Postleitzahl", "FR": "code postal", "US": "zip code"}


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address as written in that country, town, postcode)."""
    streets, posts = _PLACES[country]
    i = rng.randrange(len(posts))
    street, (key, town) = streets[i], posts[i]
    n = rng.randint(2, 140)
    if country == "UK":
        return rng.choice((f"{n} {street}", f"Flat {rng.randint(1, 9)}, {n} {street}")), town, f"{key} {rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"
    if country == "US":
        return f"{rng.randint(2, 9900)} {street}{rng.choice(('', f', Apt {rng.randint(2, 30)}'))}", town, key
    if country in ("MA", "DZ", "FR"):
        if street.startswith(("Cité", "Derb")):
            return f"{street}, {rng.choice(('Bt', 'No'))} {n}", town, key
        return f"{n} {street}", town, key
    if country == "UZ":
        return rng.choice((f"{street} {n}", f"{street} {n}, apt {rng.randint(2, 90)}")), town, key
    if country == "AZ":
        return rng.choice((f"{street} {n}", f"{street} {n}, mənzil {rng.randint(2, 90)}")), town, key if rng.random() < 0.5 else f"AZ {key[2:]}"
    if country == "LV":
        return rng.choice((f"{street} {n}", f"{street} {n}-{rng.randint(1, 60)}")), town, key
    if country == "BA":
        return rng.choice((f"{street} {n}", f"{street} {n}/{rng.randint(1, 12)}")), town, key
    return f"{street} {n}", town, key  # Germany: the street first


def _pinfl(dob: tuple, male: bool | None, rng: random.Random) -> str:
    """Uzbek PINFL: century and sex digit, DDMMYY, district (3), serial (3), check digit (weights 7 3 1, mod 10)."""
    y, m, d = dob
    first = (3 if male else 4) if y < 2000 else (5 if male else 6)
    body = f"{first}{d:02d}{m:02d}{y % 100:02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    return body + str(sum(int(c) * w for c, w in zip(body, (7, 3, 1) * 5)) % 10)


def _jmbg(dob: tuple, male: bool | None, rng: random.Random) -> str:
    """Bosnian JMBG: DDMMYYY, region 10-19, 000-499 men / 500-999 women, check digit (weights 7..2 twice, mod 11)."""
    y, m, d = dob
    while True:
        body = f"{d:02d}{m:02d}{y % 1000:03d}{rng.randint(10, 19)}{rng.randint(0, 499) + (0 if male else 500):03d}"
        k = 11 - sum(int(c) * w for c, w in zip(body, (7, 6, 5, 4, 3, 2) * 2)) % 11
        if k != 10:
            return body + str(0 if k == 11 else k)


def _uk_licence(surname: str, given: str, dob: tuple, male: bool | None, rng: random.Random) -> str:
    """A DVLA licence number: five letters of the surname (9s after), decade, month (+50 for a woman), day, year,
    two initials, a 9, two check characters."""
    y, m, d = dob
    sur = re.sub(r"[^A-Z]", "", fold(surname.split()[-1]).upper().replace("AL-", ""))[:5].ljust(5, "9")
    initials = re.sub(r"[^A-Z]", "", fold(given).upper())[:1] + rng.choice("9ABCDEJKMRS")
    return f"{sur}{(y // 10) % 10}{m + (0 if male else 50):02d}{d:02d}{y % 10}{initials}9{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}"


def national_id(rng: random.Random, country: str, dob: tuple, male: bool | None = None, who=None) -> str | None:
    """The national or driving-licence number of a person at home in ``country`` (NATIONAL_ID), or None."""
    y, m, d = dob
    if country == "UZ":
        return _pinfl(dob, male, rng)
    if country == "AZ":  # the FIN code printed on the identity card
        return digits(rng, 1, "123456789") + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6))
    if country == "LV":
        body = f"{d:02d}{m:02d}{y % 100:02d}{1 if y < 2000 else 2}{digits(rng, 3, '0123456789')}"
        n = body + pvn.calc_check_digit_pers(body)
        return f"{n[:6]}-{n[6:]}"
    if country == "MA":
        return rng.choice(("BE", "BK", "BH", "J", "JA", "AB", "EE", "U")) + digits(rng, 6, "0123456789")
    if country == "BA":
        return _jmbg(dob, male, rng)
    if country == "UK" and who is not None:
        return _uk_licence(who.surname, who.given, dob, male, rng)
    if country == "DE":  # the identity card number (Personalausweis)
        return rng.choice("LMNPRTVWXY") + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if country == "FR":
        body = f"{1 if male else 2}{y % 100:02d}{m:02d}{rng.choice(('75', '13', '59', '69', '93'))}{digits(rng, 3, '0123456789')}{digits(rng, 3, '0123456789')}"
        n = body + nir.calc_check_digits(body)
        return rng.choice((f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}", n))
    return None


def reference(rng: random.Random, kind: str) -> str:
    """A finance agreement, service booking, breakdown job, hire agreement, penalty notice or licensing reference."""
    d = lambda k: digits(rng, k, "123456789")  # noqa: E731
    shapes = {"finance": (f"FA-{d(4)}-{d(4)}", f"AGR{d(9)}"), "service": (f"SRV-{d(6)}", f"MOT{d(7)}"),
              "breakdown": (f"RSA-{d(8)}", f"BD{d(7)}"), "hire": (f"RA-{d(8)}", f"HIRE{d(6)}"),
              "penalty": (f"PN{d(8)}", f"WK{d(8)}"), "licensing": (f"DVL-{d(7)}", f"V{d(8)}")}
    return rng.choice(shapes[kind])


MAILS = {"UZ": ("gmail.com", "mail.ru", "umail.uz"), "AZ": ("gmail.com", "mail.ru", "box.az"),
         "LV": ("gmail.com", "inbox.lv", "apollo.lv"), "MA": ("gmail.com", "menara.ma", "hotmail.fr"),
         "DZ": ("gmail.com", "yahoo.fr", "hotmail.fr"), "BA": ("gmail.com", "bih.net.ba", "hotmail.com"),
         "UK": ("gmail.com", "hotmail.co.uk", "btinternet.com"), "DE": ("gmx.de", "web.de", "t-online.de"),
         "FR": ("gmail.com", "orange.fr", "free.fr"), "US": ("gmail.com", "yahoo.com", "outlook.com")}
LINES = {c: ("0800 912 4433", "0345 608 2210") for c in HOME}
_CUR = {"UZ": ("{n} so'm", "som"), "AZ": ("{n} AZN", "manat"), "LV": ("€{n}", "euros"), "MA": ("{n} DH", "dirhams"),
        "DZ": ("{n} DA", "dinars"), "BA": ("{n} KM", "marks"), "UK": ("£{n}", "pounds"), "DE": ("{n} €", "euros"),
        "FR": ("{n} €", "euros"), "US": ("${n}", "dollars")}
MONEY = {c: ((sym,), (60, 145, 380, 950, 4200)) for c, (sym, _) in _CUR.items()}
UNIT = {c: unit for c, (_, unit) in _CUR.items()}
