"""The ``dev_ar`` callers' values: workers at home in the UK, Ireland, the US, Canada, Australia, New Zealand, India,
Sri Lanka, Bangladesh, Japan, Finland, Georgia and Armenia: phone numbers valid for ``phonenumbers`` and written as
each country writes them, home addresses with postcodes (UK postcodes, Eircodes, ZIP codes, Canadian postal codes,
Australian / New Zealand / Bangladeshi / Georgian / Armenian four-digit codes, Indian PINs, Sri Lankan and Finnish
five-digit codes, Japanese ``160-0022``), employee, payroll and agency worker references (ACCOUNT_NUMBER), UK National
Insurance and Irish PPS numbers (NATIONAL_ID, dev_aj's convention), pay details (UK sort code and account number,
Finnish and Georgian IBANs valid for python-stdnum, account numbers elsewhere), mail domains, helplines and money.
Written blind."""
from __future__ import annotations

import random

from stdnum import iban

from benchmarks._homes_dev_aj import nino, pps_number
from benchmarks._national_phones import valid_national
from benchmarks._profile_dev_s import digits

HOME = ("UK", "IE", "US", "CA", "AU", "NZ", "IN", "LK", "BD", "JP", "FI", "GE", "AM")
REGION = {"UK": "GB"}
# country: (national prefixes, national length with the trunk digit where the country dials one)
_NUMBERS = {"UK": (("07404", "07520", "07723", "07811", "07957", "0113", "0121", "0161", "0208"), 11),
            "IE": (("083", "085", "086", "087", "089"), 10), "US": (("312", "718", "469", "503", "617", "702"), 10),
            "CA": (("416", "647", "514", "604", "780", "905"), 10), "AU": (("0402", "0414", "0438", "0451", "0487"), 10),
            "NZ": (("021", "022", "027"), 10), "IN": (("98", "97", "94", "90", "81", "70"), 10),
            "LK": (("071", "072", "075", "076", "077", "078"), 10), "BD": (("013", "015", "017", "018", "019"), 11),
            "JP": (("090", "080", "070"), 11), "FI": (("040", "041", "044", "045", "050"), 10),
            "GE": (("555", "557", "568", "571", "591", "593", "595", "597", "599"), 9),
            "AM": (("077", "091", "093", "094", "095", "098", "099", "055"), 9)}
_TRUNK = ("UK", "IE", "AU", "NZ", "LK", "BD", "JP", "FI", "AM")  # dialled at home with a leading 0


def region(country: str) -> str:
    return REGION.get(country, country)


def national(rng: random.Random, country: str) -> str:
    """A number's national digits (with the trunk ``0`` where the country dials one), valid for ``phonenumbers``."""
    prefixes, length = _NUMBERS[country]
    return valid_national(rng, tuple((p, length) for p in prefixes), region(country), 500)


def home_phone(rng: random.Random, country: str) -> str:
    """The number as written in that country (``090-1234-5678``, ``+995 555 12 34 56``, ``98765 43210``)."""
    n = national(rng, country)
    r = n[1:] if country in _TRUNK else n
    forms = {"UK": (f"{n[:5]} {n[5:]}", f"+44 {r[:4]} {r[4:]}") if n.startswith("07") else (f"{n[:4]} {n[4:7]} {n[7:]}",),
             "IE": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+353 {r[:2]} {r[2:5]} {r[5:]}"),
             "US": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}"),
             "CA": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}"),
             "AU": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+61 {r[:3]} {r[3:6]} {r[6:]}"),
             "NZ": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+64 {r[:2]} {r[2:5]} {r[5:]}"),
             "IN": (f"{n[:5]} {n[5:]}", f"+91 {n[:5]} {n[5:]}", f"+91-{n}"),
             "LK": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+94 {r[:2]} {r[2:5]} {r[5:]}"),
             "BD": (f"{n[:5]}-{n[5:]}", f"+880 {r[:4]}-{r[4:]}", n),
             "JP": (f"{n[:3]}-{n[3:7]}-{n[7:]}", f"+81 {r[:2]}-{r[2:6]}-{r[6:]}"),
             "FI": (f"{n[:3]} {n[3:]}", f"+358 {r[:2]} {r[2:5]} {r[5:]}"),
             "GE": (f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+995 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"),
             "AM": (f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+374 {r[:2]} {r[2:]}")}
    return rng.choice(forms[country])


_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"
_PLACES = {  # country: (streets, ((postcode or its district, town), ...)); each street in the town at its index
    "UK": (("Whitechapel Road", "Soho Road", "Stratford Road", "Cheetham Hill Road", "Green Street"),
           (("E1", "London"), ("B21", "Birmingham"), ("B11", "Birmingham"), ("M8", "Manchester"), ("E7", "London"))),
    "IE": (("Parnell Street", "Blackpitts", "Douglas Street", "Bohermore", "Ballybough Road"),
           (("D01", "Dublin"), ("D08", "Dublin"), ("T12", "Cork"), ("H91", "Galway"), ("D03", "Dublin"))),
    "US": (("Jamaica Avenue", "Devon Avenue", "Ventura Boulevard", "Bergenline Avenue", "Lemay Ferry Road"),
           (("11432", "Queens"), ("60659", "Chicago"), ("91436", "Encino"), ("07093", "West New York"), ("63125", "St. Louis"))),
    "CA": (("Gerrard Street East", "Steeles Avenue West", "Fraser Street", "Rue Jean-Talon", "Kipling Avenue"),
           (("M4M 1Z5", "Toronto"), ("M3J 3A6", "Toronto"), ("V5W 2Z4", "Vancouver"), ("H2R 1V6", "Montréal"), ("M9V 3J8", "Toronto"))),
    "AU": (("Harris Park Road", "Wentworth Avenue", "Dandenong Road", "Cabramatta Road", "Logan Road"),
           (("2150", "Harris Park"), ("2145", "Pendle Hill"), ("3175", "Dandenong"), ("2166", "Cabramatta"), ("4122", "Mount Gravatt"))),
    "NZ": (("Dominion Road", "Great South Road", "Riccarton Road", "Cuba Street", "Te Rapa Road"),
           (("1024", "Auckland"), ("2025", "Manukau"), ("8041", "Christchurch"), ("6011", "Wellington"), ("3200", "Hamilton"))),
    "IN": (("Usman Road", "Anna Salai", "Arcot Road", "Race Course Road", "Avinashi Road"),
           (("600017", "Chennai"), ("600002", "Chennai"), ("600024", "Chennai"), ("641018", "Coimbatore"), ("641037", "Coimbatore"))),
    "LK": (("Temple Road", "Galle Road", "Stanley Road", "Kandy Road", "Hospital Road"),
           (("40000", "Jaffna"), ("00600", "Colombo"), ("40000", "Jaffna"), ("30000", "Batticaloa"), ("40000", "Jaffna"))),
    "BD": (("Road 27, Dhanmondi", "Zindabazar", "Mirpur Road", "Ambarkhana", "Agrabad Access Road"),
           (("1209", "Dhaka"), ("3100", "Sylhet"), ("1205", "Dhaka"), ("3100", "Sylhet"), ("4100", "Chittagong"))),
    "JP": (("Kōenji-minami", "Nishi-Shinjuku", "Namba-naka", "Hakata-ekimae", "Sakae"),
           (("166-0003", "Suginami-ku, Tokyo"), ("160-0023", "Shinjuku-ku, Tokyo"), ("556-0011", "Naniwa-ku, Osaka"),
            ("812-0011", "Hakata-ku, Fukuoka"), ("460-0008", "Naka-ku, Nagoya"))),
    "FI": (("Hämeenkatu", "Mannerheimintie", "Aleksanterinkatu", "Kauppakatu", "Itsenäisyydenkatu"),
           (("33100", "Tampere"), ("00260", "Helsinki"), ("15110", "Lahti"), ("40100", "Jyväskylä"), ("33100", "Tampere"))),
    "GE": (("Chavchavadze Avenue", "Pekini Avenue", "Vazha-Pshavela Avenue", "Gorgasali Street", "Rustaveli Street"),
           (("0179", "Tbilisi"), ("0160", "Tbilisi"), ("0186", "Tbilisi"), ("6000", "Batumi"), ("4600", "Kutaisi"))),
    "AM": (("Tumanyan Street", "Komitas Avenue", "Baghramyan Avenue", "Arshakunyats Avenue", "Abovyan Street"),
           (("0002", "Yerevan"), ("0012", "Yerevan"), ("0019", "Yerevan"), ("0064", "Yerevan"), ("3101", "Gyumri"))),
}
POSTNAME = {"UK": "postcode", "IE": "Eircode", "US": "zip code", "CA": "postal code", "AU": "postcode", "NZ": "postcode",
            "IN": "PIN code", "LK": "postal code", "BD": "post code", "JP": "postcode", "FI": "postcode",
            "GE": "postal code", "AM": "postal code"}


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address with the flat, town, postcode) as written in that country."""
    streets, posts = _PLACES[country]
    i = rng.randrange(len(posts))
    street, (key, town) = streets[i], posts[i]
    n = rng.randint(2, 140)
    if country == "UK":
        flat = rng.choice((f"Flat {rng.randint(1, 12)}{rng.choice('ABCD')}", f"Flat {rng.randint(1, 30)}"))
        return (rng.choice((f"{n} {street}", f"{flat}, {n} {street}")), town,
                f"{key} {rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}")
    if country == "IE":
        return rng.choice((f"{n} {street}", f"Apartment {rng.randint(1, 40)}, {n} {street}")), town, key + " " + "".join(rng.choice(_EIR) for _ in range(4))
    if country == "IN":
        return rng.choice((f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}, {n} {street}", f"{n} {street}")), town, key
    if country == "LK":
        return f"No. {n}/{rng.randint(1, 9)}, {street}", town, key
    if country == "BD":
        return f"House {n}, {street}", town, key
    if country == "JP":
        return f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {street}", town, key
    if country == "FI":
        return f"{street} {n} {rng.choice('ABC')} {rng.randint(1, 40)}", town, key
    if country in ("GE", "AM"):
        return rng.choice((f"{n} {street}, apt {rng.randint(1, 60)}", f"{n} {street}")), town, key
    if country in ("US", "CA"):
        return f"{rng.randint(12, 2900)} {street}{rng.choice(('', f', Apt {rng.randint(2, 30)}'))}", town, key
    return rng.choice((f"{n} {street}", f"Unit {rng.randint(1, 20)}, {n} {street}")), town, key


_BBAN = {"FI": lambda rng: rng.choice(("1234", "4006", "5000", "8000")) + digits(rng, 10),
         "GE": lambda rng: rng.choice(("TB", "BG", "LB")) + digits(rng, 16, "0")}


def iban_number(rng: random.Random, country: str) -> str:
    """A valid IBAN of Finland or Georgia, printed in fours."""
    for _ in range(5000):
        bban = _BBAN[country](rng)
        number = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(number):
            return iban.format(number)
    raise AssertionError(country)


def bank(rng: random.Random, country: str) -> dict:
    """Where the pay goes: ``SORT`` (UK sort code) and ``ACCT``, or ``IBAN``, or ``ACCT`` (an account number)."""
    if country == "UK":
        return {"SORT": f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}", "ACCT": digits(rng, 8, "1234567")}
    if country in _BBAN:
        return {"IBAN": iban_number(rng, country)}
    return {"ACCT": digits(rng, {"IN": 12, "JP": 7, "AU": 9, "BD": 13}.get(country, 10), "123456789")}


def reference(rng: random.Random, kind: str) -> str:
    """An employee number, a payroll number or an agency worker reference (ACCOUNT_NUMBER)."""
    if kind == "employee":
        return rng.choice((f"EMP-{digits(rng, 6, '123456789')}", f"E{digits(rng, 7, '123456789')}", digits(rng, 6, "123456789")))
    if kind == "payroll":
        return rng.choice((f"PR{digits(rng, 6, '123456789')}", f"P-{digits(rng, 5, '123456789')}", digits(rng, 8, "123456789")))
    return rng.choice((f"AW/{digits(rng, 5, '123456789')}", f"AWR-{digits(rng, 6, '123456789')}", f"T{digits(rng, 6, '123456789')}"))


def national_number(rng: random.Random, country: str) -> str | None:
    """A UK National Insurance or an Irish PPS number (NATIONAL_ID); none elsewhere."""
    return nino(rng) if country == "UK" else pps_number(rng) if country == "IE" else None


MAILS = {"UK": ("gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"), "IE": ("gmail.com", "eircom.net", "outlook.ie"),
         "US": ("gmail.com", "yahoo.com", "outlook.com"), "CA": ("gmail.com", "hotmail.ca", "outlook.com"),
         "AU": ("gmail.com", "bigpond.com", "outlook.com.au"), "NZ": ("gmail.com", "xtra.co.nz", "outlook.co.nz"),
         "IN": ("gmail.com", "yahoo.co.in", "rediffmail.com"), "LK": ("gmail.com", "yahoo.com", "sltnet.lk"),
         "BD": ("gmail.com", "yahoo.com", "hotmail.com"), "JP": ("gmail.com", "yahoo.co.jp", "docomo.ne.jp"),
         "FI": ("gmail.com", "hotmail.fi", "elisanet.fi"), "GE": ("gmail.com", "yahoo.com", "mail.ru"),
         "AM": ("gmail.com", "mail.ru", "yandex.ru")}
LINES = {c: ("0800 048 7720", "0345 601 3381") for c in HOME}
_CUR = {"UK": ("£{n}", "pounds"), "IE": ("€{n}", "euro"), "US": ("${n}", "dollars"), "CA": ("${n}", "dollars"),
        "AU": ("${n}", "dollars"), "NZ": ("${n}", "dollars"), "IN": ("₹{n}", "rupees"), "LK": ("Rs. {n}", "rupees"),
        "BD": ("{n} taka", "taka"), "JP": ("¥{n}", "yen"), "FI": ("{n} €", "euro"), "GE": ("{n} GEL", "lari"),
        "AM": ("{n} AMD", "dram")}
MONEY = {c: ((sym,), (45, 120, 380, 950, 1400)) for c, (sym, _) in _CUR.items()}
UNIT = {c: unit for c, (_, unit) in _CUR.items()}
