"""The ``dev_an`` callers' values: homes in the UK, Ireland, the US, Canada, Australia, India, Greece, Italy, Hungary,
Sweden and Norway: phone numbers valid for ``phonenumbers`` and written as each country writes them, addresses with
postcodes / Eircodes / ZIP codes / PIN codes, passport numbers in each country's shape, booking references (airline
PNRs), frequent-flyer numbers, hotel confirmations, event orders, rail group bookings and travel-insurance policies,
mail domains, helplines and money. Written blind."""
from __future__ import annotations

import random

import phonenumbers

from benchmarks._profile_dev_s import digits

HOME = ("UK", "IE", "US", "CA", "AU", "IN", "GR", "IT", "HU", "SE", "NO")
REGION = {"UK": "GB"}
# country: (national prefixes, digits after the prefix)
_NUMBERS = {"UK": (("07701", "07712", "07725", "07746", "07767", "07825", "07903", "0208", "0113", "0161", "0117"), None),
            "IE": (("083", "085", "086", "087", "089", "01"), None),
            "US": (("212", "347", "617", "312", "415", "718", "404"), 7), "CA": (("416", "604", "514", "613", "647", "778"), 7),
            "AU": (("0412", "0423", "0438", "0402", "0455"), 6), "IN": (("98", "94", "99", "90", "70", "81"), 8),
            "GR": (("694", "697", "698", "693", "210", "2310"), None), "IT": (("347", "333", "339", "320", "328", "06"), None),
            "HU": (("20", "30", "70", "1"), None), "SE": (("070", "072", "073", "076", "08"), None),
            "NO": (("41", "45", "92", "93", "48", "22"), 6)}
_REST = {"UK": 0, "IE": 7, "GR": 0, "IT": 0, "HU": 7, "SE": 0}


def region(country: str) -> str:
    return REGION.get(country, country)


def national(rng: random.Random, country: str) -> str:
    """A number's national digits, valid for ``phonenumbers`` and of that country."""
    prefixes, n = _NUMBERS[country]
    for _ in range(500):
        p = rng.choice(prefixes)
        rest = n or {"UK": 11, "GR": 10, "IT": 10, "SE": 10}.get(country, len(p) + _REST.get(country, 7)) - len(p)
        if country == "IT" and p == "06":
            rest = 8
        if country == "HU" and p == "1":
            rest = 7
        number = p + digits(rng, rest, "23456789")
        parsed = phonenumbers.parse(number if country not in ("HU", "IN", "NO") else "+" + str(
            phonenumbers.country_code_for_region(region(country))) + number, region(country))
        if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region(country):
            return number
    raise AssertionError(country)


def home_phone(rng: random.Random, country: str) -> str:
    """The number as written in that country (``07701 234567``, ``+30 694 123 4567``, ``+36 20 123 4567``)."""
    n = national(rng, country)
    r = n[1:]
    forms = {"UK": (f"{n[:5]} {n[5:]}", f"+44 {r[:4]} {r[4:]}") if n.startswith("07") else (f"{n[:4]} {n[4:7]} {n[7:]}",),
             "IE": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+353 {r[:2]} {r[2:5]} {r[5:]}") if not n.startswith("01") else (f"{n[:2]} {n[2:5]} {n[5:]}",),
             "US": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}"),
             "CA": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}"),
             "AU": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+61 {r[:3]} {r[3:6]} {r[6:]}"),
             "IN": (f"{n[:5]} {n[5:]}", f"+91 {n[:5]} {n[5:]}", f"+91-{n}"),
             "GR": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+30 {n[:3]} {n[3:6]} {n[6:]}", f"+30 {n}"),
             "IT": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+39 {n[:3]} {n[3:6]} {n[6:]}") if n[0] == "3" else (f"{n[:2]} {n[2:6]} {n[6:]}", f"+39 {n[:2]} {n[2:6]} {n[6:]}"),
             "HU": (f"+36 {n[:2]} {n[2:5]} {n[5:]}", f"06 {n[:2]} {n[2:5]} {n[5:]}", f"06-{n[:2]}-{n[2:5]}-{n[5:]}") if n[0] != "1" else (f"+36 1 {n[1:4]} {n[4:]}",),
             "SE": (f"{n[:3]}-{n[3:6]} {n[6:8]} {n[8:]}", f"+46 {r[:2]} {r[2:5]} {r[5:7]} {r[7:]}"),
             "NO": (f"{n[:3]} {n[3:5]} {n[5:]}", f"+47 {n[:3]} {n[3:5]} {n[5:]}", f"+47 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}")}
    return rng.choice(forms[country])


_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"
_PLACES = {  # country: (streets, (postcode shape or list, town) ...)
    "UK": (("Cavendish Road", "Elmfield Avenue", "Sefton Park Road", "Harcourt Street", "Ladysmith Road", "Orchard Way"),
           (("BS7", "Bristol"), ("LS6", "Leeds"), ("M20", "Manchester"), ("L17", "Liverpool"), ("EH6", "Edinburgh"), ("CF5", "Cardiff"))),
    "IE": (("Griffith Avenue", "Clontarf Road", "Sundays Well Road", "Taylor's Hill", "Ennis Road"),
           (("D09", "Dublin"), ("D03", "Dublin"), ("T23", "Cork"), ("H91", "Galway"), ("V94", "Limerick"))),
    "US": (("Maple Avenue", "Beacon Street", "Elmwood Drive", "Cedar Lane", "Ridgeway Road"),
           (("02134", "Boston"), ("10025", "New York"), ("60614", "Chicago"), ("94110", "San Francisco"), ("30306", "Atlanta"))),
    "CA": (("Bloor Street West", "Rue Saint-Denis", "Kingsway", "Bank Street"),
           (("M6H 2K1", "Toronto"), ("H2J 2L4", "Montreal"), ("V5R 4P7", "Vancouver"), ("K1S 3X3", "Ottawa"))),
    "AU": (("Glenferrie Road", "Oxford Street", "Coronation Drive", "Rundle Street"),
           (("3122", "Melbourne"), ("2021", "Sydney"), ("4066", "Brisbane"), ("5000", "Adelaide"))),
    "IN": (("Venkatnarayana Road", "Dr Radhakrishnan Salai", "Kasturba Road", "MG Road", "Panampilly Avenue"),
           (("600017", "Chennai"), ("600004", "Chennai"), ("560001", "Bengaluru"), ("500034", "Hyderabad"), ("682036", "Kochi"))),
    "GR": (("Ermou", "Patission", "Egnatia", "Vasilissis Sofias", "Kifisias"),
           (("105 63", "Athens"), ("112 57", "Athens"), ("546 22", "Thessaloniki"), ("115 21", "Athens"), ("262 21", "Patras"))),
    "IT": (("Via Garibaldi", "Via Roma", "Corso Vittorio Emanuele", "Via dei Mille", "Viale Mazzini"),
           (("80121", "Napoli"), ("00192", "Roma"), ("20121", "Milano"), ("90133", "Palermo"), ("50123", "Firenze"))),
    "HU": (("Andrássy út", "Király utca", "Rákóczi út", "Petőfi Sándor utca", "Bartók Béla út"),
           (("1061", "Budapest"), ("1072", "Budapest"), ("6720", "Szeged"), ("4024", "Debrecen"), ("7621", "Pécs"))),
    "SE": (("Götgatan", "Drottninggatan", "Linnégatan", "Sveavägen"),
           (("116 46", "Stockholm"), ("111 21", "Stockholm"), ("413 04", "Göteborg"), ("211 22", "Malmö"))),
    "NO": (("Thorvald Meyers gate", "Bogstadveien", "Kongens gate", "Markveien"),
           (("0555", "Oslo"), ("0366", "Oslo"), ("7011", "Trondheim"), ("5015", "Bergen"))),
}
POSTNAME = {"UK": "postcode", "IE": "Eircode", "US": "zip code", "CA": "postal code", "AU": "postcode", "IN": "PIN code",
            "GR": "postal code", "IT": "postcode", "HU": "postcode", "SE": "postcode", "NO": "postcode"}


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, town, postcode) as written in that country."""
    streets, posts = _PLACES[country]
    street = rng.choice(streets)
    key, town = rng.choice(posts)
    n = rng.randint(2, 140)
    if country == "UK":
        return (rng.choice((f"{n} {street}", f"Flat {rng.randint(1, 12)}, {n} {street}")), town,
                f"{key} {rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}")
    if country == "IE":
        return f"{n} {street}", town, key + " " + "".join(rng.choice(_EIR) for _ in range(4))
    if country in ("US", "CA"):
        unit = rng.choice(("", f", Apt {rng.randint(2, 30)}")) if country == "US" else ""
        return f"{rng.randint(12, 2900)} {street}{unit}", town, key
    if country == "AU":
        return rng.choice((f"{n} {street}", f"Unit {rng.randint(1, 20)}, {n} {street}")), town, key
    if country == "IN":
        return f"Flat {rng.randint(1, 40)}, {n} {street}", town, key
    return f"{street} {n}", town, key  # GR, IT, HU, SE, NO: the number after the street


_PNR = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
PASSPORT = {"UK": lambda rng: digits(rng, 9, "1256"), "US": lambda rng: digits(rng, 9, "5"),
            "IE": lambda rng: rng.choice("PL") + rng.choice("ABCDK") + digits(rng, 7),
            "CA": lambda rng: rng.choice("ACGHP") + rng.choice("AJKS") + digits(rng, 6),
            "AU": lambda rng: rng.choice("NPR") + rng.choice("ABCDE") + digits(rng, 7),
            "IN": lambda rng: rng.choice("JKLMNPRSTVZ") + digits(rng, 7, "123456789"),
            "GR": lambda rng: "".join(rng.choice("ABEHKMNPTX") for _ in range(2)) + digits(rng, 7),
            "IT": lambda rng: "Y" + rng.choice("ABCD") + digits(rng, 7), "HU": lambda rng: "B" + rng.choice("ACEK") + digits(rng, 7),
            "SE": lambda rng: digits(rng, 8, "9"), "NO": lambda rng: digits(rng, 8, "3")}


def reference(rng: random.Random, kind: str) -> str:
    """A reference a travel business quotes (ACCOUNT_NUMBER): an airline PNR, a frequent-flyer number, a hotel
    confirmation, an event order, a rail group booking, an insurance policy, a visa application."""
    shapes = {"pnr": lambda: "".join(rng.choice(_PNR) for _ in range(6)),
              "flyer": lambda: rng.choice(("NW", "CB")) + digits(rng, 8, "123456789"),
              "hotel": lambda: f"HV{digits(rng, 7, '123456789')}", "event": lambda: f"EVT-{digits(rng, 6, '123456789')}",
              "rail": lambda: f"GB{digits(rng, 6, '123456789')}", "policy": lambda: f"TIP{digits(rng, 8, '123456789')}",
              "agent": lambda: f"WT{digits(rng, 6, '123456789')}"}
    return shapes[kind]()


MAILS = {"UK": ("gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com"), "IE": ("gmail.com", "eircom.net", "outlook.ie"),
         "US": ("gmail.com", "yahoo.com", "outlook.com"), "CA": ("gmail.com", "rogers.com", "outlook.com"),
         "AU": ("gmail.com", "bigpond.com", "outlook.com.au"), "IN": ("gmail.com", "rediffmail.com", "yahoo.co.in"),
         "GR": ("gmail.com", "otenet.gr", "yahoo.gr"), "IT": ("gmail.com", "libero.it", "virgilio.it"),
         "HU": ("gmail.com", "freemail.hu", "citromail.hu"), "SE": ("gmail.com", "telia.com", "hotmail.se"),
         "NO": ("gmail.com", "online.no", "hotmail.no")}
LINES = {c: ("0800 048 3210", "0330 100 2244") for c in HOME}
_CUR = {"UK": ("£{n}", "pounds"), "IE": ("€{n}", "euro"), "US": ("${n}", "dollars"), "CA": ("${n}", "dollars"),
        "AU": ("${n}", "dollars"), "IN": ("₹{n}", "rupees"), "GR": ("€{n}", "euro"), "IT": ("€{n}", "euro"),
        "HU": ("{n} forint", "forint"), "SE": ("{n} kronor", "kronor"), "NO": ("{n} kroner", "kroner")}
MONEY = {c: ((sym,), (60, 85, 140, 320, 1200)) for c, (sym, _) in _CUR.items()}
UNIT = {c: unit for c, (_, unit) in _CUR.items()}
