"""The ``dev_aj`` callers' values, UK (``GB``) or Ireland (``IE``): phones valid for ``phonenumbers``, addresses with
flat numbers and house names, postcodes / Eircodes, NHS numbers (mod-11, ``stdnum.gb.nhs``), National Insurance and
PPS numbers, sort codes and account numbers; how a caller says them (``double`` / ``treble`` / ``oh``, NATO words);
and the split's neutral look-alikes (UK places that look like names, brands, words that are names). Written blind."""
from __future__ import annotations

import random

from stdnum.gb import nhs
from stdnum.ie import pps

from benchmarks._profile_dev_s import ONES, digits, number_words

HOME = ("GB", "IE")
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf",
        "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x ray", "y": "yankee", "z": "zulu"}
_GB_MOBILE = ("0740", "0750", "0751", "0770", "0771", "0772", "0773", "0780", "0781", "0782", "0783", "0784", "0786", "0787", "0795", "0796", "0797")
# (area code, local digits, first local digit)
_GB_LAND = (("0161", 7, "24789"), ("0113", 7, "2"), ("0121", 7, "24"), ("0141", 7, "3459"), ("0117", 7, "9"),
            ("020", 8, "378"), ("01904", 6, "6"), ("028", 8, "9"), ("0131", 7, "2456"), ("0191", 7, "24"),
            ("01245", 6, "2345"))
_IE_MOBILE = ("083", "085", "086", "087", "089")
# (outward code, town)
_GB_POST = (("CM6", "Great Dunmow"), ("TS8", "Middlesbrough"), ("LS11", "Leeds"), ("M14", "Manchester"),
            ("B11", "Birmingham"), ("E7", "London"), ("BD3", "Bradford"), ("LE4", "Leicester"), ("G42", "Glasgow"),
            ("CF24", "Cardiff"), ("BT9", "Belfast"), ("NG7", "Nottingham"), ("SL1", "Slough"), ("OL8", "Oldham"),
            ("EH7", "Edinburgh"), ("L8", "Liverpool"), ("DH1", "Durham"), ("N15", "London"))
_IE_POST = (("D02", "Dublin"), ("D6W", "Dublin"), ("T12", "Cork"), ("H91", "Galway"), ("V94", "Limerick"),
            ("A98", "Bray"), ("X91", "Waterford"), ("F92", "Letterkenny"))
_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"
_STREETS = ("Station Road", "Church Lane", "Beverley Road", "Stanley Street", "Mill Lane", "Victoria Road",
            "Ashley Gardens", "Shelley Close", "Park Avenue", "Grange Road", "Meadow Way", "Queens Drive")
_HOUSES = ("Rose Cottage", "The Willows", "Holly House", "Glenview", "Ivy Cottage", "Orchard House", "Fernlea")
_IE_STREETS = ("Main Street", "Dock Road", "Church View", "Harbour Road", "Bridge Street", "Abbey Lane")
MAILS = {"GB": ("gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"),
         "IE": ("gmail.com", "eircom.net", "hotmail.com", "outlook.ie")}
LINES = {"GB": ("0800 028 4411", "0345 300 9000"), "IE": ("1800 200 444", "01 679 8888")}
MONEY = {"GB": (("£{n}", "£{n}.00", "{n} quid", "{n} pounds"), (45, 89, 120, 250, 1200)),
         "IE": (("€{n}", "{n} euro", "€{n}.50"), (40, 95, 180, 600))}
UNIT = {"GB": "pounds", "IE": "euro"}
POSTNAME = {"GB": "postcode", "IE": "Eircode"}
PLACES = ("Shelley", "Stanley", "Beverley", "Ashley", "Neville's Cross", "Chester-le-Street", "Kingsley", "Maryport",
          "Sidney Sussex", "Port Talbot", "Florence Park", "St Helens", "Milton Keynes", "Bradley Stoke")
VENUES = ("Marks and Spencer", "Sainsbury's", "Greggs", "Ryman", "John Lewis", "Ted Baker", "Morrisons", "Boots",
          "Dunnes Stores", "Harvey Norman", "Ann Summers", "Jack Wills")
PRODUCTS = ("the Sterling Saver account", "the Grace Period cover", "the Will Writing service", "the Mark Two boiler",
            "the May Day bundle", "the Bill Buddy app", "the Victoria line pass", "the Albert Dock tour")
PHRASES = ("the bill", "if you will", "may as well", "mark my words", "with good grace", "pound sterling",
           "in March", "by June", "a bill of health", "free will", "the grace period", "it may be")


def national(rng: random.Random, country: str) -> str:
    """A phone number's national digits (leading 0): a mobile in most cases, now and then a landline (GB)."""
    if country == "IE":
        return rng.choice(_IE_MOBILE) + digits(rng, 7, "123456789")
    if rng.random() < 0.7:
        p = rng.choice(_GB_MOBILE)
        return p + digits(rng, 11 - len(p), "123456789")
    area, n, first = rng.choice(_GB_LAND)
    return area + digits(rng, n, first)


def home_phone(rng: random.Random, country: str) -> str:
    """The number as a caller writes it (``07700 900123``, ``+44 7700 900123``, ``087 123 4567``)."""
    n = national(rng, country)
    if country == "IE":
        return rng.choice((f"{n[:3]} {n[3:6]} {n[6:]}", n, f"+353 {n[1:3]} {n[3:6]} {n[6:]}"))
    if n.startswith("07"):
        return rng.choice((f"{n[:5]} {n[5:]}", n, f"+44 {n[1:5]} {n[5:]}", f"{n[:5]} {n[5:8]} {n[8:]}"))
    cut = next(len(a) for a, _, _ in _GB_LAND if n.startswith(a))
    return rng.choice((f"{n[:cut]} {n[cut:]}", n))


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, town, postcode or Eircode)."""
    if country == "IE":
        key, town = rng.choice(_IE_POST)
        addr = rng.choice((f"{rng.randint(1, 90)} {rng.choice(_IE_STREETS)}",
                           f"Apartment {rng.randint(1, 40)}, {rng.choice(('Harbour View', 'The Maltings', 'Riverside'))}, {rng.choice(_IE_STREETS)}"))
        return addr, town, key + " " + "".join(rng.choice(_EIR) for _ in range(4))
    out, town = rng.choice(_GB_POST)
    street = rng.choice(_STREETS)
    addr = rng.choice((f"{rng.randint(1, 180)} {street}", f"Flat {rng.randint(1, 24)}, {rng.randint(2, 99)} {street}",
                       f"{rng.choice(_HOUSES)}, {street}", f"{rng.randint(2, 60)}{rng.choice('ab')} {street}"))
    return addr, town, f"{out} {rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"


def nhs_number(rng: random.Random) -> str:
    while True:
        body = digits(rng, 9, "4679")
        check = (11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1))) % 11) % 11  # the published mod-11
        if check != 10 and nhs.is_valid(body + str(check)):
            return body + str(check)


def nino(rng: random.Random) -> str:
    """A National Insurance number in its printed shape, ``JK 12 34 56 C``."""
    while True:
        a, b = rng.choice("ABCEGHJKLMNOPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            d = digits(rng, 6)
            return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"


def pps_number(rng: random.Random) -> str:
    while True:
        body = digits(rng, 7)
        number = body + "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(d) * w for d, w in zip(body, range(8, 1, -1))) % 23]
        if pps.is_valid(number):
            return number


def say_digits(raw: str, rng: random.Random) -> str:
    """Digits as a British or Irish caller says them: ``oh`` for zero mostly, ``double`` / ``treble`` runs."""
    ds = [c for c in raw if c.isdigit()]
    oh = rng.random() < 0.8
    out, i = [], 0
    while i < len(ds):
        word = "oh" if ds[i] == "0" and oh else ONES[int(ds[i])]
        run = 1
        while i + run < len(ds) and ds[i + run] == ds[i]:
            run += 1
        if run >= 2 and rng.random() < 0.75:
            out.append(("double " if run == 2 else "treble ") + word)
            i += min(run, 3)
        else:
            out.append(word)
            i += 1
    return " ".join(out)


def say_pairs(raw: str, rng: random.Random) -> str:
    """Digit pairs as numbers (``twenty forty five sixty seven`` for 20-45-67), a leading zero as ``oh``."""
    ds = [c for c in raw if c.isdigit()]
    out = []
    for k in range(0, len(ds), 2):
        pair = "".join(ds[k:k + 2])
        out.append(say_digits(pair, rng) if pair[0] == "0" or len(pair) == 1 else number_words(int(pair)))
    return " ".join(out)


def say_code(code: str, rng: random.Random, nato: float) -> str:
    """A postcode / Eircode / NI number: letters as letters or (share ``nato``) NATO words, digits as words, in chunks."""
    out = []
    for ch in code.replace(" ", ""):
        if ch.isdigit():
            out.append("oh" if ch == "0" and rng.random() < 0.6 else ONES[int(ch)])
        else:
            out.append(NATO[ch.lower()] if rng.random() < nato else ch.lower())
    return " ".join(out)
