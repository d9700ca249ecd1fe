"""The ``dev_ax`` callers' values: residents, claimants, informants, applicants, jurors and electors at home in
Georgia, Iraq, Estonia, North Macedonia, Pakistan, Oman, Kyrgyzstan, the UK, Germany, France and the US: phone numbers
valid for ``phonenumbers`` and written as each country writes them, home addresses with postcodes (Georgian and
Macedonian four-digit, Iraqi, Estonian and Pakistani five-digit, Omani three-digit, Kyrgyz six-digit, UK postcodes,
German and French five-digit codes, US ZIP codes), the national number a council, register office or passport line
asks for where a country has a common one (NATIONAL_ID: a Georgian personal number, an Estonian isikukood and a
Pakistani CNIC valid for python-stdnum, a Macedonian EMBG with its check digit, a Kyrgyz PIN, a UK National Insurance
number, German and French numbers as dev_aw's; none for Iraqi, Omani or US callers), council-tax / benefit claim /
register office / passport or visa application / jury summons / electoral registration references (ACCOUNT_NUMBER),
mail domains, helplines and money. Written blind."""
from __future__ import annotations

import random

from stdnum.ee import ik

from benchmarks import _motoring_dev_aw as AW
from benchmarks._national_phones import valid_national
from benchmarks._profile_dev_s import digits

HOME = ("GE", "IQ", "EE", "MK", "PK", "OM", "KG", "UK", "DE", "FR", "US")
REGION = {"UK": "GB"}
_NUMBERS = {"GE": (("555", 9), ("577", 9), ("599", 9), ("593", 9), ("0322", 10)),
            "IQ": (("0750", 11), ("0770", 11), ("0780", 11), ("0790", 11)),
            "EE": (("5", 8), ("5", 8), ("6", 7)),
            "MK": (("070", 9), ("071", 9), ("075", 9), ("078", 9), ("023", 9)),
            "PK": (("0300", 11), ("0333", 11), ("0345", 11), ("081", 10)),
            "OM": (("9", 8), ("92", 8), ("7", 8), ("24", 8)),
            "KG": (("0555", 10), ("0700", 10), ("0770", 10), ("0312", 10))}


def region(country: str) -> str:
    return REGION.get(country, country)


def home_phone(rng: random.Random, country: str) -> str:
    """The number as written in that country (``555 12 34 56``, ``0750 123 4567``, ``5123 4567``, ``070 123 456``)."""
    if country in ("UK", "FR", "DE", "US"):
        return AW.home_phone(rng, country)
    n = valid_national(rng, _NUMBERS[country], region(country), 2000)
    r = n[1:] if n.startswith("0") else n
    forms = {"GE": (f"{r[:3]} {r[3:5]} {r[5:7]} {r[7:]}", f"+995 {r[:3]} {r[3:5]} {r[5:7]} {r[7:]}", f"+995{r}"),
             "IQ": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+964 {r[:3]} {r[3:6]} {r[6:]}", f"{n[:4]}-{n[4:]}"),
             "EE": ((f"{n[:4]} {n[4:]}", f"+372 {n[:4]} {n[4:]}") if len(n) == 8 else (f"{n[:3]} {n[3:]}", f"+372 {n[:3]} {n[3:]}")),
             "MK": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+389 {r[:2]} {r[2:5]} {r[5:]}", f"{n[:3]}/{n[3:6]}-{n[6:]}"),
             "PK": ((f"{n[:4]} {n[4:]}", f"{n[:4]}-{n[4:]}", f"+92 {r[:3]} {r[3:]}") if len(n) == 11
                    else (f"{n[:3]} {n[3:]}", f"({n[:3]}) {n[3:]}", f"+92 {r[:2]} {r[2:]}")),
             "OM": (f"{n[:4]} {n[4:]}", f"+968 {n[:4]} {n[4:]}", f"+968{n}"),
             "KG": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+996 {r[:3]} {r[3:6]} {r[6:]}", f"{n[:4]} {n[4:6]}-{n[6:8]}-{n[8:]}")}
    return rng.choice(forms[country])


_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_PLACES = {  # country: (streets, ((postcode or its district, town), ...)); each street in the town at its index
    "GE": (("Kazbegi Avenue", "Vazha-Pshavela Avenue", "Duisi village", "Jokolo village", "Aghmashenebeli Street"),
           (("0160", "Tbilisi"), ("0186", "Tbilisi"), ("2300", "Akhmeta"), ("2300", "Akhmeta"), ("2200", "Telavi"))),
    "IQ": (("Ankawa, Street 60", "Ankawa, Mar Elia quarter", "Nohadra Street", "Karrada, Street 52", "Al-Qahira Street"),
           (("44001", "Erbil"), ("44001", "Erbil"), ("42001", "Duhok"), ("10001", "Baghdad"), ("41002", "Mosul"))),
    "EE": (("Tartu mnt", "Pärnu mnt", "Narva mnt", "Rüütli tn", "Vabaduse pst"),
           (("10115", "Tallinn"), ("10141", "Tallinn"), ("10120", "Tallinn"), ("50090", "Tartu"), ("80010", "Pärnu"))),
    "MK": (("ul. Makedonija", "bul. Partizanski odredi", "ul. Ilindenska", "ul. Širok Sokak", "ul. Kej Makedonija"),
           (("1000", "Skopje"), ("1000", "Skopje"), ("1300", "Kumanovo"), ("7000", "Bitola"), ("6000", "Ohrid"))),
    "PK": (("Satellite Town", "Jinnah Road", "Gulshan-e-Iqbal, Block 13", "Main Bazaar Road", "Airport Road"),
           (("87300", "Quetta"), ("87300", "Quetta"), ("75300", "Karachi"), ("92600", "Turbat"), ("91200", "Gwadar"))),
    "OM": (("Way 3021, Al Khuwair", "Way 2415, Ruwi", "Way 4510, Al Mawaleh", "Way 112, Sur", "Way 503, Sohar"),
           (("133", "Muscat"), ("112", "Muscat"), ("121", "Seeb"), ("411", "Sur"), ("311", "Sohar"))),
    "KG": (("Chui Avenue", "Manas Avenue", "Zhibek Zholu Avenue", "Kyrgyzstan Street", "Abdrakhmanov Street"),
           (("720001", "Bishkek"), ("720040", "Bishkek"), ("720009", "Bishkek"), ("723500", "Osh"), ("722200", "Karakol"))),
    "UK": (("Alum Rock Road", "Soho Road", "Moss Side Road", "Wilmslow Road", "Green Street"),
           (("B8", "Birmingham"), ("B21", "Birmingham"), ("M14", "Manchester"), ("M14", "Manchester"), ("E7", "London"))),
    "DE": (("Karl-Marx-Allee", "Hermannplatz", "Ehrenfeldgürtel", "Goetheplatz", "Am Hauptbahnhof"),
           (("12043", "Berlin"), ("12049", "Berlin"), ("50823", "Köln"), ("60313", "Frankfurt am Main"), ("85049", "Ingolstadt"))),
    "FR": (("rue du Faubourg Saint-Denis", "avenue Jean-Médecin", "rue de la République", "rue d'Alsace", "boulevard Carnot"),
           (("75010", "Paris"), ("06000", "Nice"), ("69002", "Lyon"), ("67000", "Strasbourg"), ("31000", "Toulouse"))),
    "US": (("Mack Avenue", "Devon Avenue", "Ashland Avenue", "Hoover Street", "Main Street"),
           (("48214", "Detroit"), ("60659", "Chicago"), ("60622", "Chicago"), ("95350", "Modesto"), ("95380", "Turlock"))),
}
POSTNAME = {"GE": "postcode", "IQ": "postal code", "EE": "postcode", "MK": "postcode", "PK": "postal code",
            "OM": "postal code", "KG": "postcode", "UK": "postcode", "DE": "Postleitzahl", "FR": "code postal",
            "US": "zip code"}


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
    if country == "FR":
        return f"{n} {street}", town, key
    if country in ("IQ", "PK", "OM"):
        return f"House {n}, {street}", town, key
    if country == "GE":
        return (f"{street}, house {n}" if "village" in street else rng.choice((f"{n} {street}", f"{n} {street}, apt {rng.randint(2, 90)}"))), town, key
    if country in ("EE", "KG"):
        return rng.choice((f"{street} {n}", f"{street} {n}-{rng.randint(1, 60)}")), town, key
    if country == "MK":
        return rng.choice((f"{street} {n}", f"{street} {n}/{rng.randint(1, 12)}")), town, key
    return f"{street} {n}", town, key  # Germany: the street first


def _embg(dob: tuple, male: bool | None, rng: random.Random) -> str:
    """Macedonian EMBG: DDMMYYY, region 41-49, 000-499 men / 500-999 women, check digit (weights 7..2 twice, mod 11)."""
    y, m, d = dob
    while True:
        body = f"{d:02d}{m:02d}{y % 1000:03d}{rng.randint(41, 49)}{rng.randint(0, 499) + (0 if male else 500):03d}"
        k = 11 - sum(int(c) * w for c, w in zip(body, (7, 6, 5, 4, 3, 2) * 2)) % 11
        if k != 10:
            return body + str(0 if k == 11 else k)


def _ni(rng: random.Random) -> str:
    """A UK National Insurance number: two letters (not D F I Q U V, no O second, no BG GB NK KN TN NT ZZ), six digits
    and A-D."""
    while True:
        pre = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    n = digits(rng, 6, "0123456789")
    return rng.choice((f"{pre} {n[:2]} {n[2:4]} {n[4:]} {rng.choice('ABCD')}", f"{pre}{n}{rng.choice('ABCD')}"))


def national_id(rng: random.Random, country: str, dob: tuple, male: bool | None = None, who=None) -> str | None:
    """The national number of a person at home in ``country`` (NATIONAL_ID), or None."""
    y, m, d = dob
    if country == "GE":  # the eleven-digit personal number
        return rng.choice(("01", "35", "12", "61")) + digits(rng, 9, "0123456789")
    if country == "EE":
        body = f"{(3 if male else 4) if y < 2000 else (5 if male else 6)}{y % 100:02d}{m:02d}{d:02d}{digits(rng, 3, '0123456789')}"
        return body + ik.calc_check_digit(body + "0")  # (it reads all but the last digit)
    if country == "MK":
        return _embg(dob, male, rng)
    if country == "PK":  # CNIC: district (5), serial (7), last digit odd for men, even for women
        n = f"{rng.choice(('54400', '56302', '42101', '42201', '52203'))}{digits(rng, 7, '0123456789')}{rng.choice('13579' if male else '2468')}"
        return rng.choice((f"{n[:5]}-{n[5:12]}-{n[12]}", n))
    if country == "KG":  # PIN: 2 for a man, 1 for a woman, DDMMYYYY, five digits
        return f"{2 if male else 1}{d:02d}{m:02d}{y}{digits(rng, 5, '0123456789')}"
    if country == "UK":
        return _ni(rng)
    if country in ("DE", "FR"):
        return AW.national_id(rng, country, dob, male, who)
    return None


def reference(rng: random.Random, kind: str) -> str:
    """A council-tax account, benefit claim, register office booking or certificate order, passport or visa
    application, jury summons or electoral registration reference."""
    d = lambda k: digits(rng, k, "123456789")  # noqa: E731
    shapes = {"counciltax": (f"CT{d(8)}", f"CTX-{d(7)}"), "benefits": (f"HB/{d(6)}", f"CL{d(7)}"),
              "register": (f"RO-{d(6)}", f"CERT{d(7)}"), "passport": (f"PEX{d(9)}", f"GWF0{d(8)}"),
              "jury": (f"JS-{d(7)}", f"JUR{d(6)}"), "electoral": (f"HEF-{d(8)}", f"EL{d(7)}")}
    return rng.choice(shapes[kind])


MAILS = {"GE": ("gmail.com", "mail.ru", "yahoo.com"), "IQ": ("gmail.com", "yahoo.com", "hotmail.com"),
         "EE": ("gmail.com", "hot.ee", "mail.ee"), "MK": ("gmail.com", "yahoo.com", "t-home.mk"),
         "PK": ("gmail.com", "yahoo.com", "hotmail.com"), "OM": ("gmail.com", "omantel.net.om", "hotmail.com"),
         "KG": ("gmail.com", "mail.ru", "inbox.ru"), "UK": ("gmail.com", "outlook.com", "sky.com"),
         "DE": ("gmx.de", "web.de", "gmail.com"), "FR": ("gmail.com", "laposte.net", "sfr.fr"),
         "US": ("gmail.com", "aol.com", "icloud.com")}
LINES = {c: ("0300 123 7450", "0808 164 2290") for c in HOME}
_CUR = {"GE": ("{n} GEL", "lari"), "IQ": ("{n} IQD", "dinars"), "EE": ("€{n}", "euros"), "MK": ("{n} MKD", "denars"),
        "PK": ("Rs {n}", "rupees"), "OM": ("{n} OMR", "rials"), "KG": ("{n} KGS", "som"), "UK": ("£{n}", "pounds"),
        "DE": ("{n} €", "euros"), "FR": ("{n} €", "euros"), "US": ("${n}", "dollars")}
MONEY = {c: ((sym,), (11, 35, 75, 142, 1480)) for c, (sym, _) in _CUR.items()}
UNIT = {c: unit for c, (_, unit) in _CUR.items()}
