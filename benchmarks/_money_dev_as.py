"""The ``dev_as`` callers' values: bank, credit union and money transfer customers at home in the US, Canada, the UK,
France, Iceland, Madagascar, Cambodia, Myanmar, Thailand and Haiti: phone numbers valid for ``phonenumbers`` and
written as each country writes them, home addresses with postcodes (ZIP codes, Canadian postal codes, UK postcodes,
French, Burmese and Thai five-digit codes, Icelandic three-digit codes, Malagasy ``101``, Cambodian six-digit codes,
Haitian ``HT6110``), account details (a UK sort code and account number, French and Icelandic IBANs valid for
python-stdnum, account numbers elsewhere), a payee's account, references (a fraud or dispute case, a credit union
member number, a money transfer's control number: ACCOUNT_NUMBER), mail domains, helplines and money. Card numbers,
expiries and texted codes are ``_profile_dev_s``'s (Luhn-valid). Written blind."""
from __future__ import annotations

import random

from stdnum import iban

from benchmarks._national_phones import valid_national
from benchmarks._profile_dev_s import digits

HOME = ("US", "CA", "UK", "FR", "IS", "MG", "KH", "MM", "TH", "HT")
REGION = {"UK": "GB"}
# country: ((national prefix, national length with the trunk digit where the country dials one), ...)
_NUMBERS = {"US": tuple((p, 10) for p in ("612", "651", "559", "305", "718", "617", "206")),
            "CA": tuple((p, 10) for p in ("514", "438", "416", "604", "613")),
            "UK": tuple((p, 11) for p in ("07404", "07520", "07723", "07957", "0161", "0208")),
            "FR": tuple((p, 10) for p in ("06", "0145", "0472", "0491")),
            "IS": tuple((p, 7) for p in ("62", "66", "69", "77", "82", "86", "89", "55")),
            "MG": tuple((p, 10) for p in ("032", "033", "034", "038")),
            "KH": (("012", 9), ("097", 10), ("088", 10), ("096", 10), ("076", 10), ("010", 9), ("092", 9)),
            "MM": (("0945", 11), ("0997", 11), ("0925", 11), ("0976", 11), ("0969", 11)),
            "TH": tuple((p, 10) for p in ("081", "089", "091", "062", "085", "095")),
            "HT": tuple((p, 8) for p in ("31", "34", "36", "37", "46", "48"))}
_TRUNK = ("UK", "FR", "MG", "KH", "MM", "TH")  # dialled at home with a leading 0


def region(country: str) -> str:
    return REGION.get(country, country)


def national(rng: random.Random, country: str) -> str:
    """A number's national digits (with the trunk digit where the country dials one), valid for ``phonenumbers``."""
    return valid_national(rng, _NUMBERS[country], region(country), 500)


def home_phone(rng: random.Random, country: str) -> str:
    """The number as written in that country (``06 12 34 56 78``, ``+354 821 2345``, ``034 12 345 67``)."""
    n = national(rng, country)
    r = n[1:] if country in _TRUNK else n
    pairs = " ".join(n[i:i + 2] for i in range(0, 10, 2))
    forms = {"US": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}"),
             "CA": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"),
             "UK": (f"{n[:5]} {n[5:]}", f"+44 {r[:4]} {r[4:]}") if n.startswith("07") else (f"{n[:4]} {n[4:7]} {n[7:]}",),
             "FR": (pairs, f"+33 {r[0]} {' '.join(r[i:i + 2] for i in range(1, 9, 2))}", n),
             "IS": (f"{n[:3]} {n[3:]}", f"+354 {n[:3]} {n[3:]}", f"{n[:3]}-{n[3:]}"),
             "MG": (f"{n[:3]} {n[3:5]} {n[5:8]} {n[8:]}", f"+261 {r[:2]} {r[2:4]} {r[4:7]} {r[7:]}"),
             "KH": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+855 {r[:2]} {r[2:5]} {r[5:]}"),
             "MM": (f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}", f"+95 9 {n[2:5]} {n[5:8]} {n[8:]}"),
             "TH": (f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"+66 {r[:2]} {r[2:5]} {r[5:]}"),
             "HT": (f"{n[:4]}-{n[4:]}", f"+509 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}")}
    return rng.choice(forms[country])


_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_PLACES = {  # country: (streets, ((postcode or its district, town), ...)); each street in the town at its index
    "US": (("University Avenue West", "Rice Street", "Blackstone Avenue", "NE 2nd Avenue", "Flatbush Avenue"),
           (("55104", "St. Paul"), ("55117", "St. Paul"), ("93726", "Fresno"), ("33138", "Miami"), ("11226", "Brooklyn"))),
    "CA": (("Boulevard Saint-Michel", "Rue Jean-Talon Est", "Bloor Street West", "Kingsway", "Rideau Street"),
           (("H1Z 3P4", "Montréal"), ("H1S 1K4", "Montréal"), ("M6H 1M4", "Toronto"), ("V5R 5G4", "Vancouver"), ("K1N 5Y4", "Ottawa"))),
    "UK": (("Green Lanes", "Leytonstone Road", "Coldharbour Lane", "Stockport Road", "Kirkstall Road"),
           (("N4", "London"), ("E15", "London"), ("SW9", "London"), ("M13", "Manchester"), ("LS4", "Leeds"))),
    "FR": (("rue de Belleville", "avenue Jean-Jaurès", "rue du Faubourg-Saint-Denis", "boulevard National", "rue Garibaldi"),
           (("75020", "Paris"), ("93300", "Aubervilliers"), ("75010", "Paris"), ("13003", "Marseille"), ("69007", "Lyon"))),
    "IS": (("Laugavegur", "Hringbraut", "Skipholt", "Hafnarstræti", "Dalsbraut"),
           (("101", "Reykjavík"), ("107", "Reykjavík"), ("105", "Reykjavík"), ("600", "Akureyri"), ("600", "Akureyri"))),
    "MG": (("Antsakaviro", "Ampefiloha", "Analakely", "Ankorondrano", "Bazary Be"),
           (("101", "Antananarivo"), ("101", "Antananarivo"), ("101", "Antananarivo"), ("101", "Antananarivo"), ("501", "Toamasina"))),
    "KH": (("Street 271, Sangkat Tuol Tumpung", "Street 63, Sangkat Boeung Keng Kang", "Street 2004, Sangkat Tuek Thla",
            "Sivutha Boulevard", "Street 217, Sangkat Veal Vong"),
           (("120408", "Phnom Penh"), ("120102", "Phnom Penh"), ("120707", "Phnom Penh"), ("171202", "Siem Reap"), ("120205", "Phnom Penh"))),
    "MM": (("Bogyoke Aung San Road, Pabedan Township", "Pyay Road, Kamayut Township", "Thanlwin Road, Bahan Township",
            "78th Street, Chanayethazan Township", "Anawrahta Road, Lanmadaw Township"),
           (("11143", "Yangon"), ("11041", "Yangon"), ("11201", "Yangon"), ("05021", "Mandalay"), ("11131", "Yangon"))),
    "TH": (("Soi Sukhumvit 71", "Intharakiri Road", "Moo 4, Tambon Mae Pa", "Soi Ramkhamhaeng 24", "Charoen Krung Road"),
           (("10110", "Bangkok"), ("63110", "Mae Sot"), ("63110", "Mae Sot"), ("10240", "Bangkok"), ("10500", "Bangkok"))),
    "HT": (("Rue Capois", "Delmas 33", "Rue Lamarre", "Route de Frères", "Rue 17"),
           (("HT6110", "Port-au-Prince"), ("HT6120", "Delmas"), ("HT6110", "Port-au-Prince"), ("HT6140", "Pétion-Ville"), ("HT1110", "Cap-Haïtien"))),
}
POSTNAME = {"US": "zip code", "CA": "postal code", "UK": "postcode", "FR": "code postal", "IS": "postcode",
            "MG": "postal code", "KH": "postal code", "MM": "postal code", "TH": "postcode", "HT": "postal code"}


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address as written in that country, town, postcode)."""
    streets, posts = _PLACES[country]
    i = rng.randrange(len(posts))
    street, (key, town) = streets[i], posts[i]
    n = rng.randint(2, 140)
    if country == "UK":
        flat = f"Flat {rng.randint(1, 12)}{rng.choice('ABCD')}"
        return rng.choice((f"{n} {street}", f"{flat}, {n} {street}")), town, f"{key} {rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"
    if country in ("US", "CA"):
        return f"{rng.randint(12, 2900)} {street}{rng.choice(('', f', Apt {rng.randint(2, 30)}'))}", town, key
    if country == "FR":
        return rng.choice((f"{n} {street}", f"{n} bis {street}", f"{n} {street}, Bât. {rng.choice('ABC')}")), town, key
    if country == "IS":  # the street first, then the number
        return rng.choice((f"{street} {n}", f"{street} {n}, íbúð {rng.randint(101, 404)}")), town, key
    if country == "MG":
        return f"Lot {rng.choice(('II', 'IV', 'VI'))} {rng.choice('JKM')} {n} {street}", town, key
    if country == "KH":
        return f"No. {n}{rng.choice(('', 'E', 'Eo'))}, {street}", town, key
    if country == "MM":
        return f"No. {n}, {street}", town, key
    if country == "TH":
        return (f"{n}/{rng.randint(1, 99)} {street}" if "Moo" not in street else f"{n} {street}"), town, key
    return f"{n}, {street}", town, key  # Haiti


_BBAN = {"FR": lambda rng: rng.choice(("30006", "10278", "20041", "30004")) + digits(rng, 5) + digits(rng, 11) + "00",
         "IS": lambda rng: rng.choice(("0101", "0115", "0133", "0537")) + "26" + digits(rng, 6) + digits(rng, 10)}


def iban_number(rng: random.Random, country: str) -> str:
    """A valid IBAN of France or Iceland, printed in fours."""
    for _ in range(5000):
        bban = _BBAN[country](rng)
        if country == "FR":  # the RIB key: 97 minus the account's remainder
            bban = bban[:-2] + f"{97 - (89 * int(bban[:5]) + 15 * int(bban[5:10]) + 3 * int(bban[10:21])) % 97:02d}"
        number = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(number):
            return iban.format(number)
    raise AssertionError(country)


def bank(rng: random.Random, country: str) -> dict:
    """The caller's account: ``SORT`` (UK sort code) and ``ACCT``, or ``IBAN``, or ``ACCT`` (an account number)."""
    if country == "UK":
        return {"SORT": f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}", "ACCT": digits(rng, 8, "1234567")}
    if country in _BBAN:
        return {"IBAN": iban_number(rng, country)}
    return {"ACCT": digits(rng, {"US": 10, "CA": 7, "KH": 9, "MM": 13, "TH": 10, "HT": 9, "MG": 11}[country], "123456789")}


def payee_account(rng: random.Random, country: str) -> str:
    """The account a scammer or payee gave (ACCOUNT_NUMBER): eight digits in the UK, else ten or twelve."""
    return digits(rng, 8 if country == "UK" else rng.choice((10, 12)), "123456789")


def reference(rng: random.Random, kind: str) -> str:
    """A fraud or dispute case reference, a credit union member number or a transfer's control number."""
    if kind == "case":
        return rng.choice((f"FR-{digits(rng, 7, '123456789')}", f"DSP{digits(rng, 6, '123456789')}", f"C{digits(rng, 8, '123456789')}"))
    if kind == "member":
        return rng.choice((f"M{digits(rng, 6, '123456789')}", digits(rng, 7, "123456789"), f"CU-{digits(rng, 5, '123456789')}"))
    return digits(rng, 10, "123456789")  # a money transfer's control number (MTCN)


MAILS = {"US": ("gmail.com", "yahoo.com", "outlook.com"), "CA": ("gmail.com", "videotron.ca", "hotmail.ca"),
         "UK": ("gmail.com", "hotmail.co.uk", "btinternet.com"), "FR": ("gmail.com", "orange.fr", "free.fr", "laposte.net"),
         "IS": ("gmail.com", "simnet.is", "internet.is"), "MG": ("gmail.com", "yahoo.fr", "moov.mg"),
         "KH": ("gmail.com", "yahoo.com", "online.com.kh"), "MM": ("gmail.com", "yahoo.com", "mptmail.net.mm"),
         "TH": ("gmail.com", "hotmail.com", "yahoo.co.th"), "HT": ("gmail.com", "yahoo.fr", "hotmail.com")}
LINES = {c: ("0800 056 2214", "0345 300 0161") for c in HOME}
_CUR = {"US": ("${n}", "dollars"), "CA": ("${n}", "dollars"), "UK": ("£{n}", "pounds"), "FR": ("{n} €", "euros"),
        "IS": ("{n} kr.", "kronur"), "MG": ("{n} Ar", "ariary"), "KH": ("${n}", "dollars"), "MM": ("{n} kyats", "kyats"),
        "TH": ("{n} baht", "baht"), "HT": ("{n} gourdes", "gourdes")}
MONEY = {c: ((sym,), (40, 250, 600, 1500, 2400)) for c, (sym, _) in _CUR.items()}
UNIT = {c: unit for c, (_, unit) in _CUR.items()}
