"""The ``dev_aq`` callers' values: homes in the UK, Ireland, the US, Canada, Australia, Romania, Thailand, Lithuania,
Czechia, Mexico and Portugal: phone numbers valid for ``phonenumbers`` and written as each country writes them,
addresses with flat numbers and postcodes (UK postcodes, Eircodes, ZIP codes, Canadian postal codes, Romanian,
Thai, Lithuanian ``LT-``, Czech ``120 00``, Mexican and Portuguese ``4000-447`` codes), tenancy and customer account
references and meter serial numbers (ACCOUNT_NUMBER, dev_m's convention for meter numbers), bank details for a
deposit refund (UK sort code and account, IBANs of Ireland, Romania, Lithuania, Czechia and Portugal valid for
python-stdnum, account numbers elsewhere), mail domains, helplines and money. Written blind."""
from __future__ import annotations

import random

from stdnum import iban

from benchmarks._national_phones import valid_national
from benchmarks._profile_dev_s import digits

HOME = ("UK", "IE", "US", "CA", "AU", "RO", "TH", "LT", "CZ", "MX", "PT")
REGION = {"UK": "GB"}
# country: (national prefixes, national length with the trunk digit where the country dials one)
_NUMBERS = {"UK": (("07404", "07520", "07723", "07811", "07957", "0113", "0117", "0161", "0208"), 11),
            "IE": (("083", "085", "086", "087", "089"), 10), "US": (("312", "718", "469", "503", "617", "702"), 10),
            "CA": (("416", "647", "514", "604", "780", "902"), 10), "AU": (("0402", "0414", "0438", "0451", "0487"), 10),
            "RO": (("0721", "0722", "0740", "0744", "0755", "0766", "0788"), 10),
            "TH": (("081", "086", "089", "091", "095", "061"), 10), "LT": (("861", "862", "865", "867", "868", "869"), 9),
            "CZ": (("602", "603", "605", "608", "720", "731", "773", "777"), 9),
            "MX": (("55", "33", "81", "222", "442", "998"), 10), "PT": (("91", "92", "93", "96"), 9)}
_TRUNK = ("UK", "IE", "AU", "RO", "TH", "LT")  # dialled at home with a leading 0 (Lithuania: 8)


def region(country: str) -> str:
    return REGION.get(country, country)


def national(rng: random.Random, country: str) -> str:
    """A number's national digits (with the trunk ``0`` where the country dials one), valid for ``phonenumbers``."""
    prefixes, length = _NUMBERS[country]
    return valid_national(rng, tuple((p, length) for p in prefixes), region(country), 500)


def home_phone(rng: random.Random, country: str) -> str:
    """The number as written in that country (``0722 123 456``, ``081 234 5678``, ``+370 612 34567``)."""
    n = national(rng, country)
    r = n[1:] if country in _TRUNK else n
    forms = {"UK": (f"{n[:5]} {n[5:]}", f"+44 {r[:4]} {r[4:]}") if n.startswith("07") else (f"{n[:4]} {n[4:7]} {n[7:]}",),
             "IE": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+353 {r[:2]} {r[2:5]} {r[5:]}"),
             "US": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}"),
             "CA": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}"),
             "AU": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+61 {r[:3]} {r[3:6]} {r[6:]}"),
             "RO": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+40 {r[:3]} {r[3:6]} {r[6:]}", f"+40{r}"),
             "TH": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+66 {r[:2]} {r[2:5]} {r[5:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"),
             "LT": (f"{n[0]} {n[1:4]} {n[4:]}", f"+370 {r[:3]} {r[3:]}", f"+370{r}"),
             "CZ": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+420 {n[:3]} {n[3:6]} {n[6:]}", f"+420{n}"),
             "MX": (f"{n[:2]} {n[2:6]} {n[6:]}", f"+52 {n[:2]} {n[2:6]} {n[6:]}", f"({n[:3]}) {n[3:6]} {n[6:]}"),
             "PT": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+351 {n[:3]} {n[3:6]} {n[6:]}", n)}
    return rng.choice(forms[country])


_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"
_PLACES = {  # country: (streets, ((postcode or its district, town), ...))
    "UK": (("Elmhurst Road", "Station Approach", "Gladstone Terrace", "Priory Close", "Marlborough Court"),
           (("N15", "London"), ("SE13", "London"), ("LS8", "Leeds"), ("BS5", "Bristol"), ("M16", "Manchester"), ("NG5", "Nottingham"))),
    "IE": (("Drumcondra Road Upper", "Pearse Street", "Shandon Street", "Dominick Street", "Mallow Road"),
           (("D09", "Dublin"), ("D02", "Dublin"), ("T23", "Cork"), ("H91", "Galway"), ("X91", "Waterford"))),
    "US": (("Oakdale Avenue", "Linden Street", "Harrison Boulevard", "Willow Creek Drive", "Grand Avenue"),
           (("60614", "Chicago"), ("11221", "Brooklyn"), ("75204", "Dallas"), ("97214", "Portland"), ("02130", "Boston"))),
    "CA": (("Danforth Avenue", "Rue Ontario Est", "Kingsway", "Jasper Avenue", "Gottingen Street"),
           (("M4K 1N2", "Toronto"), ("H2L 1P8", "Montréal"), ("V5R 4E3", "Vancouver"), ("T5J 1W8", "Edmonton"), ("B3K 3B3", "Halifax"))),
    "AU": (("Sydney Road", "Enmore Road", "Beaufort Street", "Logan Road", "Smith Street"),
           (("3056", "Brunswick"), ("2042", "Enmore"), ("6050", "Mount Lawley"), ("4102", "Woolloongabba"), ("3066", "Collingwood"))),
    "RO": (("Str. Mihai Eminescu", "Bd. Unirii", "Str. Avram Iancu", "Calea Moșilor", "Str. Republicii"),
           (("030167", "București"), ("010011", "București"), ("400001", "Cluj-Napoca"), ("700028", "Iași"), ("300011", "Timișoara"))),
    "TH": (("Soi Sukhumvit 71", "Thanon Charoen Krung", "Soi Ari 4", "Thanon Huay Kaew", "Thanon Nimmanhaemin"),
           (("10110", "Bangkok"), ("10500", "Bangkok"), ("10400", "Bangkok"), ("50200", "Chiang Mai"), ("50300", "Chiang Mai"))),
    "LT": (("Gedimino pr.", "Savanorių pr.", "Pylimo g.", "Laisvės al.", "Taikos pr."),
           (("LT-01103", "Vilnius"), ("LT-03116", "Vilnius"), ("LT-44248", "Kaunas"), ("LT-92119", "Klaipėda"), ("LT-76350", "Šiauliai"))),
    "CZ": (("Vinohradská", "Koněvova", "Francouzská", "Cejl", "Masarykova"),
           (("120 00", "Praha"), ("130 00", "Praha"), ("602 00", "Brno"), ("612 00", "Brno"), ("301 00", "Plzeň"))),
    "MX": (("Calle Hidalgo", "Av. Juárez", "Calle Morelos", "Av. Revolución", "Calle Independencia"),
           (("44100", "Guadalajara"), ("06700", "Ciudad de México"), ("64000", "Monterrey"), ("72000", "Puebla"), ("76000", "Querétaro"))),
    "PT": (("Rua de Santa Catarina", "Avenida da Boavista", "Rua do Bonfim", "Rua de Cedofeita", "Avenida de Roma"),
           (("4000-447", "Porto"), ("4150-128", "Porto"), ("1200-195", "Lisboa"), ("1000-264", "Lisboa"), ("3000-141", "Coimbra"))),
}
POSTNAME = {"UK": "postcode", "IE": "Eircode", "US": "zip code", "CA": "postal code", "AU": "postcode", "RO": "postal code",
            "TH": "postcode", "LT": "postal code", "CZ": "postcode", "MX": "código postal", "PT": "código postal"}


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address with the flat, town, postcode) as written in that country."""
    streets, posts = _PLACES[country]
    i = rng.randrange(len(posts))
    street, (key, town) = streets[i % len(streets)], posts[i]  # the street in its own town
    n = rng.randint(2, 140)
    if country == "UK":
        flat = rng.choice((f"Flat {rng.randint(1, 12)}{rng.choice('ABCD')}", f"Flat {rng.randint(1, 30)}"))
        return (rng.choice((f"{n} {street}", f"{flat}, {n} {street}")), town,
                f"{key} {rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}")
    if country == "IE":
        return rng.choice((f"{n} {street}", f"Apartment {rng.randint(1, 40)}, {n} {street}")), town, key + " " + "".join(rng.choice(_EIR) for _ in range(4))
    if country == "RO":
        return f"{street} nr. {n}, bl. {rng.choice('ABCDM')}{rng.randint(1, 9)}, ap. {rng.randint(1, 60)}", town, key
    if country == "TH":
        return f"{n}/{rng.randint(1, 40)} {street}", town, key
    if country == "LT":
        return f"{street} {n}-{rng.randint(1, 40)}", town, key
    if country == "CZ":
        return f"{street} {rng.randint(200, 2400)}/{n}", town, key
    if country == "MX":
        return rng.choice((f"{street} {n * 10}, Col. Centro", f"{street} {n * 10} int. {rng.randint(1, 12)}")), town, key
    if country == "PT":
        return f"{street} {n}, {rng.randint(1, 6)}.º {rng.choice(('Esq.', 'Dto.'))}", town, key
    if country in ("US", "CA"):
        return f"{rng.randint(12, 2900)} {street}{rng.choice(('', f', Apt {rng.randint(2, 30)}'))}", town, key
    return rng.choice((f"{n} {street}", f"Unit {rng.randint(1, 20)}, {n} {street}")), town, key


_BBAN = {"IE": lambda rng: rng.choice(("AIBK", "BOFI", "IPBS")) + digits(rng, 14, "9"),
         "RO": lambda rng: rng.choice(("BTRL", "RNCB", "BRDE", "INGB")) + digits(rng, 16),
         "LT": lambda rng: rng.choice(("73000", "70440", "72900")) + digits(rng, 11),
         "CZ": lambda rng: rng.choice(("0800", "0100", "0300", "2010")) + "000000" + digits(rng, 10),
         "PT": lambda rng: rng.choice(("0035", "0033", "0007", "0010")) + digits(rng, 17)}


def iban_number(rng: random.Random, country: str) -> str:
    """A valid IBAN of Ireland, Romania, Lithuania, Czechia or Portugal, printed in fours."""
    for _ in range(5000):
        bban = _BBAN[country](rng)
        number = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(number):
            return iban.format(number)
    raise AssertionError(country)


def bank(rng: random.Random, country: str) -> dict:
    """Deposit refund details: ``SORT`` (UK sort code) and ``ACCT``, or ``IBAN``, or ``ACCT`` (an account number)."""
    if country == "UK":
        return {"SORT": f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}", "ACCT": digits(rng, 8, "1234567")}
    if country in _BBAN:
        return {"IBAN": iban_number(rng, country)}
    return {"ACCT": digits(rng, {"TH": 10, "MX": 11, "AU": 9}.get(country, 10), "123456789")}


_REF = "ABCDEFGHJKLMNPRSTUVWXYZ"


def reference(rng: random.Random, kind: str) -> str:
    """A tenancy reference, a customer account number or a meter serial number (ACCOUNT_NUMBER)."""
    if kind == "tenancy":
        return rng.choice((f"TEN-{digits(rng, 6, '123456789')}", f"T{digits(rng, 7, '123456789')}",
                           f"{rng.choice(_REF)}{rng.choice(_REF)}/{digits(rng, 5, '123456789')}"))
    if kind == "account":
        return rng.choice((digits(rng, 10, "123456789"), f"A-{digits(rng, 8, '123456789')}", digits(rng, 12, "123456789")))
    return rng.choice((f"{rng.choice('EGK')}{digits(rng, 2)}{rng.choice(_REF)}{digits(rng, 5, '123456789')}",
                       digits(rng, 11, "123456789")))  # a meter serial or an MPRN


MAILS = {"UK": ("gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"), "IE": ("gmail.com", "eircom.net", "outlook.ie"),
         "US": ("gmail.com", "yahoo.com", "outlook.com"), "CA": ("gmail.com", "hotmail.ca", "outlook.com"),
         "AU": ("gmail.com", "bigpond.com", "outlook.com.au"), "RO": ("gmail.com", "yahoo.ro", "yahoo.com"),
         "TH": ("gmail.com", "hotmail.com", "hotmail.co.th"), "LT": ("gmail.com", "inbox.lt", "one.lt"),
         "CZ": ("seznam.cz", "gmail.com", "email.cz", "centrum.cz"), "MX": ("gmail.com", "hotmail.com", "prodigy.net.mx"),
         "PT": ("gmail.com", "sapo.pt", "hotmail.com")}
LINES = {c: ("0800 048 3312", "0345 600 2291") for c in HOME}
_CUR = {"UK": ("£{n}", "pounds"), "IE": ("€{n}", "euro"), "US": ("${n}", "dollars"), "CA": ("${n}", "dollars"),
        "AU": ("${n}", "dollars"), "RO": ("{n} lei", "lei"), "TH": ("{n} baht", "baht"), "LT": ("€{n}", "euro"),
        "CZ": ("{n} Kč", "crowns"), "MX": ("${n} MXN", "pesos"), "PT": ("{n} €", "euro")}
MONEY = {c: ((sym,), (65, 120, 450, 950, 1400)) for c, (sym, _) in _CUR.items()}
UNIT = {c: unit for c, (_, unit) in _CUR.items()}
