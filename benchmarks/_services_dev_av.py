"""The ``dev_av`` callers' values: clients of accountants, conveyancers, interpreting agencies, tradespeople, nanny and
home-help agencies, locksmiths and removal firms at home in the US (Hawaii and the mainland), Kazakhstan, South
Africa, Hungary, Sri Lanka, the UK, Canada and Australia: phone numbers valid for ``phonenumbers`` and written as each
country writes them, home addresses with postcodes (US ZIP codes, Kazakh six-digit, South African and Hungarian and
Australian four-digit, Sri Lankan five-digit codes, UK postcodes, Canadian postal codes), the tax or national number
an accountant, conveyancer or agency asks for where a country has a common one (NATIONAL_ID: a Kazakh IIN, a South
African ID number with its Luhn digit, a Hungarian tax number (adóazonosító jel), a Sri Lankan NIC, a UK National
Insurance number, a Canadian SIN, an Australian TFN; none for US callers, whose SSN the project labels apart),
client / matter / job / quote / booking references (ACCOUNT_NUMBER), mail domains, helplines and money. Written
blind."""
from __future__ import annotations

import datetime
import random

from stdnum import luhn

from benchmarks._leisure_dev_au import home_phone as _au_phone, national_id as _au_national
from benchmarks._national_phones import valid_national
from benchmarks._profile_dev_s import digits

HOME = ("US", "KZ", "ZA", "HU", "LK", "UK", "CA", "AU")
REGION = {"UK": "GB"}
_NUMBERS = {"ZA": (("082", 10), ("083", 10), ("072", 10), ("076", 10), ("061", 10), ("021", 10), ("043", 10)),
            "HU": (("0620", 11), ("0630", 11), ("0670", 11), ("061", 10)),
            "LK": (("077", 10), ("071", 10), ("076", 10), ("070", 10), ("011", 10)),
            "US": tuple((p, 10) for p in ("808", "808", "703", "206", "415"))}


def region(country: str) -> str:
    return REGION.get(country, country)


def home_phone(rng: random.Random, country: str) -> str:
    """The number as written in that country (``082 123 4567``, ``06 30 123 4567``, ``+94 77 123 4567``)."""
    if country not in _NUMBERS:  # the UK, Kazakhstan, Canada and Australia are written as dev_au writes them
        return _au_phone(rng, country)
    n = valid_national(rng, _NUMBERS[country], region(country), 2000)
    r = n[2:] if country == "HU" else n[1:]
    forms = {"ZA": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+27 {r[:2]} {r[2:5]} {r[5:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"),
             "HU": ((f"06 {r[:2]} {r[2:5]} {r[5:]}", f"+36 {r[:2]} {r[2:5]} {r[5:]}", f"06-{r[:2]}-{r[2:5]}-{r[5:]}")
                    if len(r) == 9 else (f"06 1 {r[1:4]} {r[4:]}", f"+36 1 {r[1:4]} {r[4:]}")),
             "LK": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+94 {r[:2]} {r[2:5]} {r[5:]}", n),
             "US": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}")}
    return rng.choice(forms[country])


_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_PLACES = {  # country: (streets, ((postcode or its district, town), ...)); each street in the town at its index
    "US": (("Kapiolani Boulevard", "Kamehameha Highway", "Waianuenue Avenue", "Duke Street", "Rainier Avenue South"),
           (("96814", "Honolulu"), ("96744", "Kaneohe"), ("96720", "Hilo"), ("22304", "Alexandria"), ("98144", "Seattle"))),
    "KZ": (("Abay Avenue", "Dostyk Avenue", "Satpayev Street", "Tole Bi Street", "Kabanbay Batyr Avenue"),
           (("050010", "Almaty"), ("050059", "Almaty"), ("050013", "Almaty"), ("050057", "Almaty"), ("010000", "Astana"))),
    "ZA": (("Oxford Street, Quigney", "NY 112, Gugulethu", "Main Road, Mowbray", "Sutherland Street", "Ntlazane Road, Khayelitsha"),
           (("5201", "East London"), ("7750", "Cape Town"), ("7700", "Cape Town"), ("5099", "Mthatha"), ("7784", "Cape Town"))),
    "HU": (("Váci út", "Üllői út", "Király utca", "Piac utca", "Kárász utca"),
           (("1132", "Budapest"), ("1091", "Budapest"), ("1075", "Budapest"), ("4024", "Debrecen"), ("6720", "Szeged"))),
    "LK": (("Galle Road, Colombo 03", "Peradeniya Road", "Temple Road, Nugegoda", "Main Street", "Kandy Road"),
           (("00300", "Colombo"), ("20000", "Kandy"), ("10250", "Nugegoda"), ("11500", "Negombo"), ("60000", "Kurunegala"))),
    "UK": (("Seven Sisters Road", "Holloway Road", "Stretford Road", "Harehills Lane", "Soho Road"),
           (("N7", "London"), ("N19", "London"), ("M16", "Manchester"), ("LS8", "Leeds"), ("B21", "Birmingham"))),
    "CA": (("Danforth Avenue", "Bank Street", "Commercial Drive", "Jasper Avenue", "Sainte-Catherine Street West"),
           (("M4K 1N2", "Toronto"), ("K1S 3W3", "Ottawa"), ("V5L 3X2", "Vancouver"), ("T5J 1Z2", "Edmonton"), ("H3H 1M5", "Montreal"))),
    "AU": (("Sydney Road", "Footscray Road", "Parramatta Road", "Hay Street", "Logan Road"),
           (("3056", "Brunswick"), ("3011", "Footscray"), ("2050", "Camperdown"), ("6000", "Perth"), ("4120", "Greenslopes"))),
}
POSTNAME = {"US": "zip code", "CA": "postal code", "UK": "postcode", "KZ": "postcode", "ZA": "postal code",
            "HU": "postcode", "LK": "postal code", "AU": "postcode"}


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address as written in that country, town, postcode)."""
    streets, posts = _PLACES[country]
    i = rng.randrange(len(posts))
    street, (key, town) = streets[i], posts[i]
    n = rng.randint(2, 140)
    if country == "UK":
        return rng.choice((f"{n} {street}", f"Flat {rng.randint(1, 9)}, {n} {street}")), town, f"{key} {rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"
    if country in ("US", "CA"):
        return f"{rng.randint(2, 2900)} {street}{rng.choice(('', f', Apt {rng.randint(2, 30)}'))}", town, key
    if country == "HU":  # "Váci út 34. 2. em. 5."
        return rng.choice((f"{street} {n}.", f"{street} {n}. {rng.randint(1, 8)}. em. {rng.randint(1, 12)}.")), town, key
    if country == "LK":
        return rng.choice((f"No. {n}, {street}", f"{n}/{rng.randint(1, 9)} {street}")), town, key
    if country == "KZ":
        return rng.choice((f"{street} {n}", f"{street} {n}, apt {rng.randint(2, 90)}")), town, key
    if country == "AU":
        return rng.choice((f"{n} {street}", f"Unit {rng.randint(1, 12)}, {n} {street}")), town, key
    return f"{n} {street}", town, key  # South Africa


def _za_id(dob: tuple, male: bool | None, rng: random.Random) -> str:
    """YYMMDD, four digits (5000-9999 men, 0000-4999 women), citizenship 0, 8, a Luhn check digit."""
    y, m, d = dob
    seq = rng.randint(5000, 9999) if male else rng.randint(0, 4999)
    body = f"{y % 100:02d}{m:02d}{d:02d}{seq:04d}08"
    return body + luhn.calc_check_digit(body)


def _hu_tax(dob: tuple, rng: random.Random) -> str:
    """Adóazonosító jel: 8, days since 1867-01-01 (five digits), three digits, a check digit (weights 1-9, mod 11)."""
    days = (datetime.date(*dob) - datetime.date(1867, 1, 1)).days
    while True:
        body = f"8{days:05d}{digits(rng, 3, '0123456789')}"
        check = sum(int(c) * w for c, w in zip(body, range(1, 10))) % 11
        if check < 10:
            return body + str(check)


def _nino(rng: random.Random) -> str:
    while True:
        a, b = rng.choice("ABCEGHJKLMNPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    n = digits(rng, 6, "0123456789")
    return rng.choice((f"{a}{b} {n[:2]} {n[2:4]} {n[4:]} {rng.choice('ABCD')}", f"{a}{b}{n}{rng.choice('ABCD')}"))


def _tfn(rng: random.Random) -> str:
    while True:
        n = str(rng.randint(1, 9)) + digits(rng, 8, "0123456789")
        if sum(int(c) * w for c, w in zip(n, (1, 4, 3, 7, 5, 8, 6, 9, 10))) % 11 == 0:
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def national_id(rng: random.Random, country: str, dob: tuple, male: bool | None = None) -> str | None:
    """The tax or national number of a person at home in ``country`` (NATIONAL_ID), or None where none is asked."""
    y, m, d = dob
    if country == "KZ":
        return _au_national(rng, "KZ", dob, male)
    if country == "ZA":
        n = _za_id(dob, male, rng)
        return n if rng.random() < 0.7 else f"{n[:6]} {n[6:10]} {n[10:]}"
    if country == "HU":
        return _hu_tax(dob, rng)
    if country == "LK":  # the new twelve-digit NIC (day of the year, plus 500 for a woman), or the old one with V
        day = (datetime.date(y, m, d) - datetime.date(y, 1, 1)).days + 1 + (0 if male else 500)
        if y >= 1990 or rng.random() < 0.5:
            return f"{y}{day:03d}{digits(rng, 5, '0123456789')}"
        return f"{y % 100:02d}{day:03d}{digits(rng, 4, '0123456789')}V"
    if country == "UK":
        return _nino(rng)
    if country == "CA":
        body = str(rng.randint(1, 7)) + digits(rng, 7, "0123456789")
        n = body + luhn.calc_check_digit(body)
        return rng.choice((f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"))
    if country == "AU":
        return _tfn(rng)
    return None


def reference(rng: random.Random, kind: str) -> str:
    """A client, matter, job, quote or booking reference (ACCOUNT_NUMBER)."""
    d = lambda k: digits(rng, k, "123456789")  # noqa: E731
    shapes = {"client": (f"CL-{d(5)}", f"C{d(6)}"), "matter": (f"MAT-{d(6)}", f"CV{d(5)}"),
              "job": (f"JOB-{d(6)}", f"J{d(7)}"), "quote": (f"Q-{d(5)}", f"QT{d(6)}"),
              "booking": (f"BKG-{d(6)}", f"INT{d(6)}")}
    return rng.choice(shapes[kind])


MAILS = {"US": ("gmail.com", "hawaii.rr.com", "yahoo.com"), "KZ": ("gmail.com", "mail.ru", "mail.kz"),
         "ZA": ("gmail.com", "webmail.co.za", "telkomsa.net"), "HU": ("gmail.com", "freemail.hu", "citromail.hu"),
         "LK": ("gmail.com", "sltnet.lk", "yahoo.com"), "UK": ("gmail.com", "hotmail.co.uk", "btinternet.com"),
         "CA": ("gmail.com", "rogers.com", "shaw.ca"), "AU": ("gmail.com", "bigpond.com", "outlook.com")}
LINES = {c: ("0800 046 7711", "0333 200 5188") for c in HOME}
_CUR = {"US": ("${n}", "dollars"), "KZ": ("{n} ₸", "tenge"), "ZA": ("R{n}", "rand"), "HU": ("{n} Ft", "forint"),
        "LK": ("Rs {n}", "rupees"), "UK": ("£{n}", "pounds"), "CA": ("${n}", "dollars"), "AU": ("${n}", "dollars")}
MONEY = {c: ((sym,), (45, 120, 350, 900, 2400)) for c, (sym, _) in _CUR.items()}
UNIT = {c: unit for c, (_, unit) in _CUR.items()}
