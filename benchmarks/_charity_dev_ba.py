"""The ``dev_ba`` callers' values: donors, volunteers, families and congregations at home in Tajikistan, Russia,
Turkmenistan, Turkey, Rwanda, Burundi, Belgium, India, Kenya, Greenland, Denmark, the Marshall Islands, the UK and the
US: phone numbers valid for ``phonenumbers`` and written as each country writes them, home addresses (Tajik, Turkmen,
Russian and Indian six-digit codes, Turkish and Kenyan five-digit, Belgian, Greenlandic and Danish four-digit, US ZIP
codes in the Marshall Islands and the States, UK postcodes; Rwanda and Burundi have no postcodes in use, so their
second address line is the sector or quarter and town, STREET_ADDRESS), the national number a charity or a faith
office asks for where a country has a common one (NATIONAL_ID: a Russian INN, a Turkish T.C. kimlik number, a Rwandan
national ID, a Belgian national register number, an Indian Aadhaar, a Kenyan ID card number, a Greenlandic / Danish
CPR number, a UK National Insurance number; none for Tajik, Turkmen, Burundian, Marshallese or US callers), donor /
gift aid / sponsorship / volunteer / parish office / food bank references (ACCOUNT_NUMBER), mail domains, helplines
and money. Written blind."""
from __future__ import annotations

import random

from stdnum import verhoeff
from stdnum.ru import inn
from stdnum.tr import tckimlik

from benchmarks import _civic_dev_ax as AX
from benchmarks import _hospitality_dev_az as AZ
from benchmarks._national_phones import valid_national
from benchmarks._profile_dev_s import digits

HOME = ("TJ", "RU", "TM", "TR", "RW", "BI", "BE", "IN", "KE", "GL", "DK", "MH", "UK", "US")
NO_POSTCODE = ("RW", "BI")
REGION = {"UK": "GB"}
_NUMBERS = {"TJ": (("9", 9), ("9", 9), ("372", 9)), "RU": (("89", 11), ("89", 11), ("8495", 11)),
            "TM": (("6", 8), ("6", 8), ("12", 8)), "TR": (("05", 11), ("05", 11), ("0212", 11)),
            "RW": (("07", 10),), "BI": (("7", 8), ("6", 8)), "BE": (("04", 10), ("04", 10), ("02", 9)),
            "IN": (("9", 10), ("8", 10), ("7", 10)), "KE": (("07", 10), ("01", 10)), "GL": (("5", 6), ("2", 6), ("3", 6)),
            "MH": (("625", 7), ("455", 7), ("329", 7))}


def region(country: str) -> str:
    return REGION.get(country, country)


def home_phone(rng: random.Random, country: str) -> str:
    """The number as written in that country (``93 456 7890``, ``+993 65 12 34 56``, ``0788 123 456``, ``55 12 34``)."""
    if country in ("UK", "US"):
        return AX.home_phone(rng, country)
    if country == "DK":
        return AZ.home_phone(rng, country)
    n = valid_national(rng, _NUMBERS[country], region(country), 3000)
    r = n[1:] if n[0] in "08" and country in ("RU", "TR", "RW", "BE", "KE") else n
    forms = {"TJ": (f"{n[:2]} {n[2:5]} {n[5:]}", f"+992 {n[:2]} {n[2:5]} {n[5:]}"),
             "RU": (f"8 {r[:3]} {r[3:6]}-{r[6:8]}-{r[8:]}", f"+7 {r[:3]} {r[3:6]}-{r[6:8]}-{r[8:]}"),
             "TM": (f"+993 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"8 {n[:2]} {n[2:]}"),
             "TR": (f"0{r[:3]} {r[3:6]} {r[6:8]} {r[8:]}", f"+90 {r[:3]} {r[3:6]} {r[6:]}"),
             "RW": (f"0{r[:3]} {r[3:6]} {r[6:]}", f"+250 {r[:3]} {r[3:6]} {r[6:]}"),
             "BI": (f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+257 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"),
             "BE": ((f"0{r[:3]} {r[3:5]} {r[5:7]} {r[7:]}", f"+32 {r[:3]} {r[3:5]} {r[5:7]} {r[7:]}") if len(r) == 9
                    else (f"0{r[0]} {r[1:4]} {r[4:6]} {r[6:]}", f"+32 {r[0]} {r[1:4]} {r[4:6]} {r[6:]}")),
             "IN": (f"{n[:5]} {n[5:]}", f"+91 {n[:5]} {n[5:]}", f"+91-{n}"),
             "KE": (f"0{r[:3]} {r[3:6]} {r[6:]}", f"+254 {r[:3]} {r[3:6]} {r[6:]}"),
             "GL": (f"{n[:2]} {n[2:4]} {n[4:]}", f"+299 {n[:2]} {n[2:4]} {n[4:]}"),
             "MH": (f"{n[:3]}-{n[3:]}", f"+692 {n[:3]}-{n[3:]}", f"(692) {n[:3]}-{n[3:]}")}
    return rng.choice(forms[country])


_PLACES = {  # country: (streets, ((postcode or quarter, town), ...)); each street in the town at its index
    "TJ": (("kuchai Rudaki", "kuchai Bokhtar", "kuchai Ayni", "kuchai Somoni", "kuchai Lenin"),
           (("734025", "Dushanbe"), ("734003", "Dushanbe"), ("735700", "Khujand"), ("735140", "Kulob"), ("735200", "Bokhtar"))),
    "RU": (("ul. Lyublinskaya", "Varshavskoye shosse", "ul. Profsoyuznaya", "prospekt Mira", "ul. Sadovaya"),
           (("109390", "Moscow"), ("117105", "Moscow"), ("117292", "Moscow"), ("129110", "Moscow"), ("190000", "Saint Petersburg"))),
    "TM": (("Magtymguly shayoly", "Andalyp koch.", "Oguzhan koch.", "Bitarap Turkmenistan shayoly", "Gorogly koch."),
           (("744000", "Ashgabat"), ("744036", "Ashgabat"), ("745400", "Mary"), ("746100", "Türkmenabat"), ("745100", "Balkanabat"))),
    "TR": (("Atatürk Caddesi", "Cumhuriyet Mahallesi", "İnönü Sokak", "Fevzi Çakmak Caddesi", "Gazi Bulvarı"),
           (("34100", "İstanbul"), ("34245", "İstanbul"), ("16200", "Bursa"), ("06420", "Ankara"), ("35220", "İzmir"))),
    "RW": (("KG 7 Ave", "KN 3 Rd", "KK 15 Rd", "KG 11 St", "KN 78 St"),
           (("Remera, Gasabo", "Kigali"), ("Nyamirambo, Nyarugenge", "Kigali"), ("Kicukiro", "Kigali"),
            ("Kimironko, Gasabo", "Kigali"), ("Mukoni", "Huye"))),
    "BI": (("Avenue de l'Université", "Avenue du Large", "Boulevard de l'Uprona", "Avenue de la Mission", "Rue de l'Amitié"),
           (("Rohero", "Bujumbura"), ("Kinindo", "Bujumbura"), ("Ngagara", "Bujumbura"), ("Kiriri", "Bujumbura"), ("Magarama", "Gitega"))),
    "BE": (("Chaussée de Wavre", "Rue de la Paix", "Chaussée d'Ixelles", "Kerkstraat", "Rue Haute"),
           (("1050", "Ixelles"), ("1050", "Ixelles"), ("1050", "Ixelles"), ("2000", "Antwerpen"), ("1000", "Bruxelles"))),
    "IN": (("C G Road", "Ashram Road", "Ring Road", "Kalawad Road", "Station Road"),
           (("380009", "Ahmedabad"), ("380014", "Ahmedabad"), ("395002", "Surat"), ("360005", "Rajkot"), ("390001", "Vadodara"))),
    "KE": (("Ngara Road", "Limuru Road", "Moi Avenue", "Nyerere Road", "Oginga Odinga Street"),
           (("00600", "Nairobi"), ("00600", "Nairobi"), ("80100", "Mombasa"), ("80100", "Mombasa"), ("40100", "Kisumu"))),
    "GL": (("Aqqusinersuaq", "Qupanuk", "Nuussuaq", "Sarfaarsuit", "Illunnguit"),
           (("3900", "Nuuk"), ("3900", "Nuuk"), ("3900", "Nuuk"), ("3911", "Sisimiut"), ("3952", "Ilulissat"))),
    "MH": (("Lagoon Road", "Delap", "Uliga", "Rita", "Ebeye Island"),
           (("96960", "Majuro"), ("96960", "Majuro"), ("96960", "Majuro"), ("96960", "Majuro"), ("96970", "Ebeye"))),
}
POSTNAME = {"TJ": "postcode", "RU": "postcode", "TM": "postcode", "TR": "posta kodu", "RW": "sector", "BI": "quarter",
            "BE": "postcode", "IN": "PIN code", "KE": "postal code", "GL": "postnummer", "DK": "postnummer",
            "MH": "zip code", "UK": "postcode", "US": "zip code"}


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address as written in that country, town, postcode (the sector or quarter in Rwanda and Burundi))."""
    if country in ("UK", "US"):
        return AX.home_address(rng, country)
    if country == "DK":
        return AZ.home_address(rng, country)
    streets, posts = _PLACES[country]
    i = rng.randrange(len(posts))
    street, (key, town) = streets[i], posts[i]
    n = rng.randint(2, 140)
    if country in ("TJ", "RU", "TM"):
        return f"{street} {n}, kv. {rng.randint(2, 160)}", town, key
    if country == "TR":
        return f"{street} No: {n} D: {rng.randint(1, 20)}", town, key
    if country in ("RW", "BI"):
        return rng.choice((f"{street}, house {n}", f"{n} {street}")), town, key
    if country == "IN":
        return rng.choice((f"{n}, {rng.choice(('Shanti', 'Gokul', 'Sahjanand'))} Society, {street}", f"B-{n}, {street}")), town, key
    if country == "KE":
        return f"House {n}, {street}", town, key
    if country == "MH":
        return f"PO Box {rng.randint(100, 3999)}, {street}", town, key
    return f"{street} {n}", town, key  # Belgium, Kenya, Greenland: the street first


def national_id(rng: random.Random, country: str, dob: tuple, male: bool | None = None, who=None) -> str | None:
    """The national number of a person at home in ``country`` (NATIONAL_ID), or None."""
    y, m, d = dob
    ten = lambda k: digits(rng, k, "0123456789")  # noqa: E731
    if country == "RU":  # the personal INN of Moscow (77) or elsewhere
        body = rng.choice(("77", "77", "50", "78")) + ten(8)
        return body + inn.calc_personal_check_digits(body)
    if country == "TR":  # T.C. kimlik: eleven digits, two check digits
        body = str(rng.randint(1, 9)) + ten(8)
        return body + tckimlik.calc_check_digits(body)
    if country == "RW":  # national ID: 1, year of birth, 8 for a man / 7 for a woman, serial, two digits
        n = f"1{y}{8 if male else 7}{ten(7)}{rng.randint(0, 1)}{ten(2)}"
        return rng.choice((n, f"{n[0]} {n[1:5]} {n[5]} {n[6:13]} {n[13]} {n[14:]}"))
    if country == "BE":  # rijksregisternummer / numéro de registre national: YY.MM.DD-SSS.CC, odd serial for a man
        body = f"{y % 100:02d}{m:02d}{d:02d}{ten(2)}{rng.choice('13579' if male else '02468')}"
        n = body + f"{97 - int(('' if y < 2000 else '2') + body) % 97:02d}"
        return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"
    if country == "IN":  # Aadhaar: twelve digits, not 0 or 1 first, Verhoeff check digit, in three groups
        body = str(rng.randint(2, 9)) + ten(10)
        n = body + verhoeff.calc_check_digit(body)
        return f"{n[:4]} {n[4:8]} {n[8:]}"
    if country == "KE":  # ID card number: eight digits
        return str(rng.randint(2, 3)) + ten(7)
    if country in ("GL", "DK"):  # CPR: DDMMYY-SSSS, the last digit odd for a man
        return AZ.national_id(rng, "DK", dob, male, who)
    if country == "UK":
        return AX.national_id(rng, country, dob, male, who)
    return None


def reference(rng: random.Random, kind: str) -> str:
    """A donor, gift aid, sponsorship, volunteer, parish / mosque / temple office or food bank referral reference."""
    d = lambda k: digits(rng, k, "123456789")  # noqa: E731
    shapes = {"donor": (f"DNR-{d(8)}", f"SUP{d(7)}"), "giftaid": (f"GA-{d(7)}", f"GAD{d(8)}"),
              "sponsor": (f"SPN-{d(6)}", f"CHILD{d(6)}"), "volunteer": (f"VOL-{d(6)}", f"DBS{d(9)}"),
              "office": (f"PAR-{d(6)}", f"CER{d(7)}"), "foodbank": (f"FBR-{d(7)}", f"VCH{d(6)}")}
    return rng.choice(shapes[kind])


MAILS = {"TJ": ("mail.ru", "gmail.com", "yandex.ru"), "RU": ("mail.ru", "yandex.ru", "gmail.com"),
         "TM": ("gmail.com", "online.tm", "mail.ru"), "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"),
         "RW": ("gmail.com", "yahoo.fr", "outlook.com"), "BI": ("gmail.com", "yahoo.fr", "hotmail.fr"),
         "BE": ("gmail.com", "skynet.be", "telenet.be"), "IN": ("gmail.com", "rediffmail.com", "yahoo.co.in"),
         "KE": ("gmail.com", "yahoo.com", "outlook.com"), "GL": ("gmail.com", "greennet.gl", "hotmail.com"),
         "DK": ("gmail.com", "hotmail.dk", "mail.dk"), "MH": ("gmail.com", "ntamar.net", "yahoo.com"),
         "UK": ("gmail.com", "outlook.com", "btinternet.com"), "US": ("gmail.com", "yahoo.com", "icloud.com")}
LINES = {c: ("0800 046 1185", "0300 111 4472") for c in HOME}
_CUR = {"TJ": ("{n} somoni", "somoni"), "RU": ("{n} ₽", "roubles"), "TM": ("{n} manat", "manat"),
        "TR": ("{n} TL", "lira"), "RW": ("RWF {n}", "francs"), "BI": ("FBu {n}", "francs"), "BE": ("€{n}", "euros"),
        "IN": ("₹{n}", "rupees"), "KE": ("KSh {n}", "shillings"), "GL": ("{n} kr", "kroner"), "DK": ("{n} kr", "kroner"),
        "MH": ("${n}", "dollars"), "UK": ("£{n}", "pounds"), "US": ("${n}", "dollars")}
MONEY = {c: ((sym,), (5, 10, 25, 60, 500)) for c, (sym, _) in _CUR.items()}
UNIT = {c: unit for c, (_, unit) in _CUR.items()}
