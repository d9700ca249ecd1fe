"""The ``dev_au`` callers' values: gym members, parents of juniors, pet owners, library users and hall bookers at home
in the UK, Spain, France, Georgia, Kazakhstan, Nepal, India, Australia, Canada, the US and Kenya: phone numbers valid
for ``phonenumbers`` and written as each country writes them, home addresses with postcodes (UK postcodes, Spanish,
French, Nepali and Kenyan five-digit codes, Georgian four-digit codes, Kazakh and Indian six-digit codes, Canadian
postal codes, US ZIP codes, Australian four-digit codes), national numbers where a country has a common one that a
club, library or hall would ask for (NATIONAL_ID: a Spanish DNI with its letter, a Georgian eleven-digit personal
number, a Kazakh IIN beginning with the date of birth, an Indian Aadhaar number valid for python-stdnum, a Kenyan
national ID number; none in the UK, France, Nepal, Australia, Canada or the US), membership, library card, club
registration and booking references (ACCOUNT_NUMBER), mail domains, helplines and money. Written blind."""
from __future__ import annotations

import random

from stdnum import verhoeff
from stdnum.es import dni

from benchmarks._national_phones import valid_national
from benchmarks._profile_dev_s import digits

HOME = ("UK", "ES", "FR", "GE", "KZ", "NP", "IN", "AU", "CA", "US", "KE")
REGION = {"UK": "GB"}
# country: ((national prefix, national length with the trunk digit where the country dials one), ...)
_NUMBERS = {"UK": (("07412", 11), ("07538", 11), ("07791", 11), ("07970", 11), ("029", 11), ("01286", 11)),
            "ES": (("6", 9), ("6", 9), ("94", 9), ("943", 9), ("91", 9)),
            "FR": (("06", 10), ("07", 10), ("05", 10), ("01", 10)),
            "GE": (("555", 9), ("577", 9), ("599", 9), ("32", 9)),
            "KZ": (("8701", 11), ("8777", 11), ("8705", 11), ("8727", 11)),
            "NP": (("984", 10), ("980", 10), ("986", 10), ("014", 9)),
            "IN": tuple((p, 10) for p in ("98", "97", "94", "81", "70")),
            "AU": (("0412", 10), ("0433", 10), ("0487", 10), ("02", 10), ("03", 10)),
            "CA": tuple((p, 10) for p in ("416", "647", "403", "204", "613")),
            "US": tuple((p, 10) for p in ("208", "775", "718", "402", "703")),
            "KE": (("0712", 10), ("0722", 10), ("0733", 10), ("0797", 10), ("020", 10))}
_TRUNK = ("UK", "FR", "NP", "AU", "KE")  # dialled at home with a leading 0 (Kazakhstan with an 8)


def region(country: str) -> str:
    return REGION.get(country, country)


def national(rng: random.Random, country: str) -> str:
    """A number's national digits (with the trunk digit where the country dials one), valid for ``phonenumbers``."""
    return valid_national(rng, _NUMBERS[country], region(country), 2000)


def home_phone(rng: random.Random, country: str) -> str:
    """The number as written in that country (``029 2034 5678``, ``8 701 234 5678``, ``+254 712 345 678``)."""
    n = national(rng, country)
    r = n[1:] if (country in _TRUNK and n.startswith("0")) or country == "KZ" else n
    forms = {"UK": (f"{n[:5]} {n[5:]}", f"+44 {r[:4]} {r[4:]}") if n.startswith(("07", "012")) else (f"{n[:3]} {n[3:7]} {n[7:]}", f"+44 {r[:2]} {r[2:6]} {r[6:]}"),
             "ES": (f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}"),
             "FR": (" ".join(n[i:i + 2] for i in range(0, 10, 2)), f"+33 {r[0]} " + " ".join(r[i:i + 2] for i in range(1, 9, 2)), ".".join(n[i:i + 2] for i in range(0, 10, 2))),
             "GE": (f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+995 {n[:3]} {n[3:6]} {n[6:]}") if n.startswith("5") else (f"({n[:2]}) {n[2:5]} {n[5:7]} {n[7:]}", f"+995 {n[:2]} {n[2:5]} {n[5:]}"),
             "KZ": (f"8 {r[:3]} {r[3:6]} {r[6:8]} {r[8:]}", f"+7 {r[:3]} {r[3:6]} {r[6:]}", f"8 ({r[:3]}) {r[3:6]}-{r[6:8]}-{r[8:]}"),
             "NP": (f"{n[:3]}-{n[3:]}", f"+977 {n}", n) if n.startswith("9") else (f"{n[:2]}-{n[2:]}", f"+977 1 {n[2:]}"),
             "IN": (f"{n[:5]} {n[5:]}", f"+91 {n[:5]} {n[5:]}", f"+91-{n}", n),
             "AU": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+61 {r[:3]} {r[3:6]} {r[6:]}") if n.startswith("04") else (f"({n[:2]}) {n[2:6]} {n[6:]}", f"+61 {r[0]} {r[1:5]} {r[5:]}"),
             "CA": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}"),
             "US": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}"),
             "KE": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+254 {r[:3]} {r[3:6]} {r[6:]}") if n.startswith("07") else (f"{n[:3]} {n[3:6]} {n[6:]}", f"+254 {r[:2]} {r[2:5]} {r[5:]}")}
    return rng.choice(forms[country])


_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_PLACES = {  # country: (streets, ((postcode or its district, town), ...)); each street in the town at its index
    "UK": (("Cowbridge Road East", "Stryd y Plas", "Heol y Wig", "Albany Road", "Station Road"),
           (("CF11", "Cardiff"), ("LL55", "Caernarfon"), ("SY23", "Aberystwyth"), ("CF24", "Cardiff"), ("B14", "Birmingham"))),
    "ES": (("Easo Kalea", "Calle Estafeta", "Gran Vía", "Dato Kalea", "Calle de Toledo"),
           (("20006", "Donostia"), ("31001", "Pamplona"), ("48011", "Bilbao"), ("01005", "Vitoria-Gasteiz"), ("28005", "Madrid"))),
    "FR": (("rue Gambetta", "rue de la République", "boulevard Voltaire", "avenue de la Marne", "cours Victor Hugo"),
           (("64100", "Bayonne"), ("64500", "Saint-Jean-de-Luz"), ("75011", "Paris"), ("64200", "Biarritz"), ("33000", "Bordeaux"))),
    "GE": (("Chavchavadze Avenue", "Vazha-Pshavela Avenue", "Gorgasali Street", "Tsereteli Street", "Pekini Avenue"),
           (("0179", "Tbilisi"), ("0160", "Tbilisi"), ("6000", "Batumi"), ("4600", "Kutaisi"), ("0171", "Tbilisi"))),
    "KZ": (("Abay Avenue", "Dostyk Avenue", "Zhandosov Street", "Tole Bi Street", "Kabanbay Batyr Avenue"),
           (("050010", "Almaty"), ("050059", "Almaty"), ("050063", "Almaty"), ("050057", "Almaty"), ("010000", "Astana"))),
    "NP": (("Boudha Tusal, Ward 6", "Jawalakhel, Ward 4", "Tashiling, Ward 17", "Swayambhu, Ward 15", "Jorpati, Ward 7"),
           (("44600", "Kathmandu"), ("44700", "Lalitpur"), ("33700", "Pokhara"), ("44600", "Kathmandu"), ("44600", "Kathmandu"))),
    "IN": (("Jogiwara Road, McLeod Ganj", "Camp 1, Bylakuppe", "New Aruna Nagar", "Clement Town", "Sector 22B"),
           (("176219", "Dharamshala"), ("571104", "Mysuru"), ("110054", "Delhi"), ("248002", "Dehradun"), ("160022", "Chandigarh"))),
    "AU": (("Station Street", "Woodville Road", "Grand Junction Road", "Bungaree Road", "Ruthven Street"),
           (("3020", "Sunshine"), ("2160", "Merrylands"), ("5010", "Angle Park"), ("2145", "Pendle Hill"), ("4350", "Toowoomba"))),
    "CA": (("Queen Street West", "17 Avenue SE", "Selkirk Avenue", "Carling Avenue", "Lakeshore Boulevard West"),
           (("M6J 1H3", "Toronto"), ("T2A 0W1", "Calgary"), ("R2W 2L6", "Winnipeg"), ("K1Z 7B5", "Ottawa"), ("M8V 1A1", "Toronto"))),
    "US": (("Grove Street", "South Virginia Street", "Woodside Avenue", "O Street", "Lee Highway"),
           (("83702", "Boise"), ("89502", "Reno"), ("11377", "Queens"), ("68508", "Lincoln"), ("22031", "Fairfax"))),
    "KE": (("Ngong Road, Kilimani", "Jogoo Road, Makadara", "Kakuma Road, Block 4", "Oginga Odinga Street", "Uganda Road"),
           (("00100", "Nairobi"), ("00200", "Nairobi"), ("30501", "Kakuma"), ("40100", "Kisumu"), ("30100", "Eldoret"))),
}
POSTNAME = {"US": "zip code", "CA": "postal code", "UK": "postcode", "ES": "código postal", "FR": "code postal",
            "GE": "postal code", "KZ": "postcode", "NP": "postal code", "IN": "PIN code", "AU": "postcode",
            "KE": "postal code"}


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address as written in that country, town, postcode)."""
    streets, posts = _PLACES[country]
    i = rng.randrange(len(posts))
    street, (key, town) = streets[i], posts[i]
    n = rng.randint(2, 140)
    if country == "UK":
        return rng.choice((f"{n} {street}", f"Flat {rng.randint(1, 9)}, {n} {street}")), town, f"{key} {rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"
    if country in ("US", "CA", "FR"):
        apt = rng.choice(("", f", Apt {rng.randint(2, 30)}")) if country != "FR" else ""
        return f"{rng.randint(2, 2900) if country != 'FR' else n} {street}{apt}", town, key
    if country == "ES":  # "Easo Kalea 14, 3º B"
        return rng.choice((f"{street} {n}", f"{street} {n}, {rng.randint(1, 8)}º {rng.choice('ABCD')}")), town, key
    if country in ("GE", "KZ"):
        return rng.choice((f"{street} {n}", f"{street} {n}, apt {rng.randint(2, 90)}")), town, key
    if country == "AU":
        return rng.choice((f"{n} {street}", f"Unit {rng.randint(1, 12)}, {n} {street}")), town, key
    if country in ("NP", "KE"):
        return f"House {n}, {street}", town, key
    return f"House No. {rng.randint(10, 900)}, {street}", town, key  # India


def _iin(dob: tuple, male: bool | None, rng: random.Random) -> str:
    """A Kazakh IIN: YYMMDD, a century-and-sex digit, four digits, a check digit (weights 1-11, then 3-11, 1, 2)."""
    y, m, d = dob
    while True:
        body = f"{y % 100:02d}{m:02d}{d:02d}{(3 if y < 2000 else 5) + (0 if male else 1)}{digits(rng, 4)}"
        check = sum(int(c) * w for c, w in zip(body, range(1, 12))) % 11
        if check == 10:
            check = sum(int(c) * w for c, w in zip(body, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))) % 11
        if check < 10:
            return body + str(check)


def national_id(rng: random.Random, country: str, dob: tuple, male: bool | None = None) -> str | None:
    """The national number of a person at home in ``country`` (NATIONAL_ID), or None where none is asked for."""
    if country == "ES":
        n = digits(rng, 8, "0123456789")
        return f"{n}{dni.calc_check_digit(n)}" if rng.random() < 0.6 else f"{n}-{dni.calc_check_digit(n)}"
    if country == "GE":
        return f"{rng.choice(('01', '35', '60', '62'))}{digits(rng, 9, '0123456789')}"
    if country == "KZ":
        return _iin(dob, male, rng)
    if country == "IN":
        stem = str(rng.randint(2, 9)) + digits(rng, 10, "0123456789")
        n = stem + verhoeff.calc_check_digit(stem)
        return f"{n[:4]} {n[4:8]} {n[8:]}"
    if country == "KE":
        return digits(rng, 8, "123456789")
    return None


def reference(rng: random.Random, kind: str) -> str:
    """A membership number, a library card, a club registration or a booking reference (ACCOUNT_NUMBER)."""
    if kind == "member":
        return rng.choice((f"M{digits(rng, 7, '123456789')}", f"GYM-{digits(rng, 6, '123456789')}", digits(rng, 9, "123456789")))
    if kind == "card":
        return rng.choice((f"2{digits(rng, 9, '0123456789')}", f"LIB{digits(rng, 6, '123456789')}"))
    if kind == "club":
        return rng.choice((f"JR-{digits(rng, 5, '123456789')}", f"REG{digits(rng, 6, '123456789')}"))
    return rng.choice((f"HB-{digits(rng, 5, '123456789')}", f"BK{digits(rng, 6, '123456789')}", f"L-{digits(rng, 6, '123456789')}"))


MAILS = {"UK": ("gmail.com", "hotmail.co.uk", "btinternet.com"), "ES": ("gmail.com", "euskaltel.net", "yahoo.es"),
         "FR": ("gmail.com", "orange.fr", "laposte.net"), "GE": ("gmail.com", "mail.ru", "yahoo.com"),
         "KZ": ("gmail.com", "mail.ru", "mail.kz"), "NP": ("gmail.com", "yahoo.com", "wlink.com.np"),
         "IN": ("gmail.com", "rediffmail.com", "yahoo.co.in"), "AU": ("gmail.com", "bigpond.com", "outlook.com"),
         "CA": ("gmail.com", "rogers.com", "shaw.ca"), "US": ("gmail.com", "yahoo.com", "outlook.com"),
         "KE": ("gmail.com", "yahoo.com", "outlook.com")}
LINES = {c: ("0800 917 2244", "0345 120 3390") for c in HOME}
_CUR = {"UK": ("£{n}", "pounds"), "ES": ("{n} €", "euros"), "FR": ("{n} €", "euros"), "GE": ("{n} GEL", "lari"),
        "KZ": ("{n} ₸", "tenge"), "NP": ("Rs {n}", "rupees"), "IN": ("₹{n}", "rupees"), "AU": ("${n}", "dollars"),
        "CA": ("${n}", "dollars"), "US": ("${n}", "dollars"), "KE": ("KSh {n}", "shillings")}
MONEY = {c: ((sym,), (10, 25, 60, 150, 1200)) for c, (sym, _) in _CUR.items()}
UNIT = {c: unit for c, (_, unit) in _CUR.items()}
