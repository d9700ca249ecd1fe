"""The ``dev_at`` callers' values: patients, relatives and carers at home in the UK, Germany, Sweden, Canada, the US,
Australia, Malta, Peru, Laos and India: phone numbers valid for ``phonenumbers`` and written as each country writes
them, home addresses with postcodes (UK postcodes, German five-digit codes, Swedish ``NNN NN``, Canadian postal
codes, US ZIP codes, Australian four-digit codes, Maltese ``ZBG 1302``, Peruvian and Lao five-digit codes, Indian
PINs), health-service numbers (NATIONAL_ID: a UK NHS number valid for python-stdnum, a Swedish personnummer, an
Australian Medicare number with its check digit and issue number, a Canadian provincial health card number, a Maltese
ID card number, a Peruvian DNI, an Indian ABHA number; none in Germany, the US or Laos), patient, prescription and
booking references (ACCOUNT_NUMBER), mail domains, helplines and money. Written blind."""
from __future__ import annotations

import random

from stdnum import luhn
from stdnum.gb import nhs
from stdnum.se import personnummer

from benchmarks._national_phones import valid_national
from benchmarks._profile_dev_s import digits

HOME = ("UK", "DE", "SE", "CA", "US", "AU", "MT", "PE", "LA", "IN")
REGION = {"UK": "GB"}
# country: ((national prefix, national length with the trunk digit where the country dials one), ...)
_NUMBERS = {"UK": tuple((p, 11) for p in ("07412", "07538", "07791", "07862", "0121", "0113")),
            "DE": (("0151", 11), ("0160", 11), ("0176", 12), ("0172", 11), ("030", 11), ("0221", 11)),
            "SE": (("070", 10), ("072", 10), ("073", 10), ("076", 10), ("08", 9), ("040", 9)),
            "CA": tuple((p, 10) for p in ("905", "647", "604", "778", "403")),
            "US": tuple((p, 10) for p in ("718", "347", "612", "847", "215", "916")),
            "AU": (("0412", 10), ("0433", 10), ("0456", 10), ("0487", 10), ("02", 10), ("03", 10)),
            "MT": (("79", 8), ("99", 8), ("77", 8), ("21", 8)),
            "PE": (("9", 9), ("01", 9)),
            "LA": (("02055", 11), ("02056", 11), ("02077", 11), ("02099", 11), ("021", 9)),
            "IN": tuple((p, 10) for p in ("98", "97", "94", "81", "70", "62"))}
_TRUNK = ("UK", "DE", "SE", "AU", "PE", "LA")  # dialled at home with a leading 0


def region(country: str) -> str:
    return REGION.get(country, country)


def national(rng: random.Random, country: str) -> str:
    """A number's national digits (with the trunk digit where the country dials one), valid for ``phonenumbers``."""
    return valid_national(rng, _NUMBERS[country], region(country), 2000)


def home_phone(rng: random.Random, country: str) -> str:
    """The number as written in that country (``0176 12345678``, ``+46 70 123 45 67``, ``9912 3456``)."""
    n = national(rng, country)
    r = n[1:] if country in _TRUNK and n.startswith("0") else n
    k = 2 if n.startswith("08") else 3
    forms = {"UK": (f"{n[:5]} {n[5:]}", f"+44 {r[:4]} {r[4:]}") if n.startswith("07") else (f"{n[:4]} {n[4:7]} {n[7:]}",),
             "DE": (f"{n[:4]} {n[4:]}", f"+49 {r[:3]} {r[3:]}", f"{n[:4]}/{n[4:]}") if n.startswith("01") else (f"{n[:3]} {n[3:]}", f"+49 {r[:2]} {r[2:]}"),
             "SE": (f"{n[:3]}-{n[3:6]} {n[6:8]} {n[8:]}", f"+46 {r[:2]} {r[2:5]} {r[5:7]} {r[7:]}") if n.startswith("07") else (f"{n[:k]}-{n[k:k + 3]} {n[k + 3:k + 5]} {n[k + 5:]}", f"+46 {r[:k - 1]} {r[k - 1:]}"),
             "CA": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}"),
             "US": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}"),
             "AU": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+61 {r[:3]} {r[3:6]} {r[6:]}") if n.startswith("04") else (f"({n[:2]}) {n[2:6]} {n[6:]}", f"+61 {r[0]} {r[1:5]} {r[5:]}"),
             "MT": (f"{n[:4]} {n[4:]}", f"+356 {n[:4]} {n[4:]}", n),
             "PE": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+51 {n[:3]} {n[3:6]} {n[6:]}") if n.startswith("9") else (f"({n[:2]}) {n[2:5]} {n[5:]}", f"+51 1 {n[2:5]} {n[5:]}"),
             "LA": (f"{n[:3]} {n[3:5]} {n[5:8]} {n[8:]}", f"+856 {r[:2]} {r[2:4]} {r[4:7]} {r[7:]}") if n.startswith("020") else (f"{n[:3]} {n[3:6]} {n[6:]}", f"+856 {r[:2]} {r[2:5]} {r[5:]}"),
             "IN": (f"{n[:5]} {n[5:]}", f"+91 {n[:5]} {n[5:]}", f"+91-{n}", n)}
    return rng.choice(forms[country])


_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_PLACES = {  # country: (streets, ((postcode or its district, town), ...)); each street in the town at its index
    "UK": (("Soho Road", "Lozells Road", "Uxbridge Road", "Harehills Lane", "Green Street"),
           (("B21", "Birmingham"), ("B19", "Birmingham"), ("UB1", "Southall"), ("LS8", "Leeds"), ("E7", "London"))),
    "DE": (("Sonnenallee", "Keupstraße", "Wiener Straße", "Berliner Allee", "Eisenbahnstraße"),
           (("12045", "Berlin"), ("51063", "Köln"), ("10999", "Berlin"), ("40212", "Düsseldorf"), ("04315", "Leipzig"))),
    "SE": (("Rinkebystråket", "Amiralsgatan", "Lokstallsgatan", "Järvafältet", "Hammarkullevägen"),
           (("163 73", "Spånga"), ("214 37", "Malmö"), ("216 16", "Malmö"), ("177 63", "Järfälla"), ("424 37", "Angered"))),
    "CA": (("Queen Street East", "King George Boulevard", "Scott Road", "Malton Drive", "Dixie Road"),
           (("L6V 1B2", "Brampton"), ("V3W 4K1", "Surrey"), ("V3W 3M8", "Surrey"), ("L4T 1E1", "Mississauga"), ("L6T 5L8", "Brampton"))),
    "US": (("Arthur Avenue", "Roosevelt Avenue", "Dundee Avenue", "Lake Street", "Franklin Boulevard"),
           (("10458", "Bronx"), ("11372", "Queens"), ("60120", "Elgin"), ("55407", "Minneapolis"), ("95823", "Sacramento"))),
    "AU": (("Hampshire Road", "The Crescent", "Derrimut Road", "Smart Street", "Ballarat Road"),
           (("3020", "Sunshine"), ("2165", "Fairfield"), ("3029", "Tarneit"), ("2165", "Fairfield"), ("3021", "Albanvale"))),
    "MT": (("Triq il-Kbira", "Triq San Ġużepp", "Triq ir-Repubblika", "Triq il-Kungress Ewkaristiku", "Triq Manwel Dimech"),
           (("ZBG 1302", "Żebbuġ"), ("SVR 1011", "Santa Venera"), ("VLT 1117", "Valletta"), ("MST 9034", "Mosta"), ("SLM 1051", "Sliema"))),
    "PE": (("Jirón Ayacucho", "Avenida El Sol", "Jirón Lima", "Avenida Los Incas", "Calle Mercaderes"),
           (("15001", "Lima"), ("08000", "Cusco"), ("21001", "Puno"), ("21101", "Juliaca"), ("04001", "Arequipa"))),
    "LA": (("Ban Sisavath, Chanthabouly District", "Ban Phonxay, Saysettha District", "Ban Thongkhankham, Chanthabouly District",
            "Ban Xiengmouane, Luang Prabang", "Ban Dongpalane, Sisattanak District"),
           (("01000", "Vientiane"), ("01160", "Vientiane"), ("01000", "Vientiane"), ("06000", "Luang Prabang"), ("01000", "Vientiane"))),
    "IN": (("Model Town", "Ranjit Avenue, Block C", "Sector 22B", "Phase 7", "Sarabha Nagar"),
           (("144003", "Jalandhar"), ("143001", "Amritsar"), ("160022", "Chandigarh"), ("160062", "Mohali"), ("141001", "Ludhiana"))),
}
POSTNAME = {"US": "zip code", "CA": "postal code", "UK": "postcode", "DE": "Postleitzahl", "SE": "postnummer",
            "AU": "postcode", "MT": "post code", "PE": "código postal", "LA": "postal code", "IN": "PIN code"}


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address as written in that country, town, postcode)."""
    streets, posts = _PLACES[country]
    i = rng.randrange(len(posts))
    street, (key, town) = streets[i], posts[i]
    n = rng.randint(2, 140)
    if country == "UK":
        return rng.choice((f"{n} {street}", f"Flat {rng.randint(1, 9)}, {n} {street}")), town, f"{key} {rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"
    if country in ("US", "CA"):
        return f"{rng.randint(12, 2900)} {street}{rng.choice(('', f', Apt {rng.randint(2, 30)}'))}", town, key
    if country in ("DE", "SE"):  # the street first, then the number
        return rng.choice((f"{street} {n}", f"{street} {n}{rng.choice('ab')}")), town, key
    if country == "AU":
        return rng.choice((f"{n} {street}", f"Unit {rng.randint(1, 12)}, {n} {street}")), town, key
    if country == "MT":
        return rng.choice((f"{n}, {street}", f"Flat {rng.randint(1, 8)}, {n}, {street}")), town, key
    if country == "PE":
        return f"{street} {rng.randint(100, 1900)}", town, key
    if country == "LA":
        return f"House {n}, Unit {rng.randint(1, 20)}, {street}", town, key
    return f"House No. {rng.randint(10, 900)}, {street}", town, key  # India


def health_number(rng: random.Random, country: str, dob: tuple) -> str | None:
    """The health-service number of a person at home in ``country`` (NATIONAL_ID), or None where there is none."""
    if country == "UK":
        while True:
            body = str(rng.randint(4, 7)) + digits(rng, 8)
            check = (11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1))) % 11) % 11
            if check < 10 and nhs.is_valid(body + str(check)):
                n = body + str(check)
                return f"{n[:3]} {n[3:6]} {n[6:]}"
    if country == "SE":
        y, m, d = dob
        stem = f"{y % 100:02d}{m:02d}{d:02d}{digits(rng, 3)}"
        n = stem + luhn.calc_check_digit(stem)
        assert personnummer.is_valid(n[:6] + "-" + n[6:])
        return f"{y}{m:02d}{d:02d}-{n[6:]}" if rng.random() < 0.5 else f"{n[:6]}-{n[6:]}"
    if country == "AU":  # Medicare: eight digits, a check digit (weights 1 3 7 9), the issue number; the IRN apart
        body = str(rng.randint(2, 6)) + digits(rng, 7)
        check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
        n = f"{body}{check}{rng.randint(1, 5)}"
        return f"{n[:4]} {n[4:9]} {n[9]}"
    if country == "CA":  # a provincial health card: ten digits (Luhn) and a version code
        stem = digits(rng, 9, "123456789")
        n = stem + luhn.calc_check_digit(stem)
        return f"{n[:4]}-{n[4:7]}-{n[7:]}" + rng.choice(("", f"-{rng.choice('ABCKLMP')}{rng.choice('ABCKLMP')}"))
    if country == "MT":
        return f"{rng.randint(10000, 999999)}{rng.choice('MMMG')}"
    if country == "PE":
        return digits(rng, 8, "123456789")
    if country == "IN":  # ABHA: fourteen digits
        n = "91" + digits(rng, 12)
        return f"{n[:2]}-{n[2:6]}-{n[6:10]}-{n[10:]}"
    return None


def reference(rng: random.Random, kind: str) -> str:
    """A patient (hospital) number, a prescription reference or a booking reference (ACCOUNT_NUMBER)."""
    if kind == "patient":
        return rng.choice((f"H{digits(rng, 7, '123456789')}", f"RX{digits(rng, 6, '123456789')}K", digits(rng, 8, "123456789")))
    if kind == "prescription":
        return rng.choice((f"PR-{digits(rng, 7, '123456789')}", f"{digits(rng, 4, '123456789')}-{digits(rng, 4, '123456789')}"))
    return rng.choice((f"PTS{digits(rng, 6, '123456789')}", f"CL-{digits(rng, 5, '123456789')}", f"B{digits(rng, 7, '123456789')}"))


MAILS = {"UK": ("gmail.com", "hotmail.co.uk", "yahoo.co.uk"), "DE": ("gmx.de", "web.de", "t-online.de"),
         "SE": ("gmail.com", "telia.com", "hotmail.se"), "CA": ("gmail.com", "rogers.com", "shaw.ca"),
         "US": ("gmail.com", "yahoo.com", "aol.com"), "AU": ("gmail.com", "bigpond.com", "optusnet.com.au"),
         "MT": ("gmail.com", "maltanet.net", "go.net.mt"), "PE": ("gmail.com", "hotmail.com", "yahoo.es"),
         "LA": ("gmail.com", "yahoo.com", "laotel.com"), "IN": ("gmail.com", "rediffmail.com", "yahoo.co.in")}
LINES = {c: ("0800 046 7711", "0333 200 1447") for c in HOME}
_CUR = {"UK": ("£{n}", "pounds"), "DE": ("{n} €", "euros"), "SE": ("{n} kr", "kronor"), "CA": ("${n}", "dollars"),
        "US": ("${n}", "dollars"), "AU": ("${n}", "dollars"), "MT": ("€{n}", "euros"), "PE": ("S/ {n}", "soles"),
        "LA": ("{n} kip", "kip"), "IN": ("₹{n}", "rupees")}
MONEY = {c: ((sym,), (10, 25, 60, 150, 1200)) for c, (sym, _) in _CUR.items()}
UNIT = {c: unit for c, (_, unit) in _CUR.items()}
