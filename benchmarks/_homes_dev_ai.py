"""The ``dev_ai`` callers' home countries: mobile numbers as written there (valid for ``phonenumbers``), local
addresses, postcodes (or P.O. boxes in the Emirates), mail domains, amounts, helplines, and the split's neutral
look-alikes (places, shops and products with person-like words, English words that are also names). Written blind."""
from __future__ import annotations

import random

from benchmarks._profile_dev_s import digits

HOME = ("MX", "CO", "AR", "ES", "BR", "PT", "AE", "SA", "JO", "MA", "PH", "NL", "DE", "IN")
# country: (national number length, mobile prefixes)
_PHONE = {"MX": (10, ("55", "33", "81")), "CO": (10, ("300", "301", "310", "311", "312", "313", "315", "316", "317", "318", "320", "321", "350")),
          "AR": (10, ("112", "113", "114", "115", "116")), "ES": (9, ("600", "610", "620", "630", "644", "650", "660", "670", "680", "690", "699", "711", "722")),
          "BR": (11, ("11", "21", "31", "41", "51", "61", "71", "81", "85")), "PT": (9, ("91", "92", "93", "96")),
          "AE": (9, ("50", "52", "54", "55", "56", "58")), "SA": (9, ("50", "53", "54", "55", "56", "58", "59")),
          "JO": (9, ("790", "791", "795", "796", "797", "785", "786", "775", "776", "777")), "MA": (9, ("61", "62", "66", "67", "70", "77")),
          "PH": (10, ("917", "918", "919", "920", "921", "927", "928", "929", "939", "945", "955", "966", "977", "995", "998")),
          "NL": (9, ("61", "62", "63", "64", "65")), "IN": (10, ("6", "7", "8", "9"))}
_DE = {"151": 8, "152": 8, "157": 8, "160": 7, "162": 7, "170": 7, "171": 7, "172": 7, "173": 7, "174": 7, "175": 7,
       "176": 8, "177": 8, "178": 8, "179": 8}
CC = {"MX": "52", "CO": "57", "AR": "54", "ES": "34", "BR": "55", "PT": "351", "AE": "971", "SA": "966", "JO": "962",
      "MA": "212", "PH": "63", "NL": "31", "DE": "49", "IN": "91"}
MAILS = {"MX": ("gmail.com", "hotmail.com", "prodigy.net.mx"), "CO": ("gmail.com", "hotmail.com", "yahoo.com.co"),
         "AR": ("gmail.com", "hotmail.com.ar", "yahoo.com.ar"), "ES": ("gmail.com", "hotmail.es", "telefonica.net"),
         "BR": ("gmail.com", "uol.com.br", "bol.com.br"), "PT": ("gmail.com", "sapo.pt", "hotmail.com"),
         "AE": ("gmail.com", "emirates.net.ae", "outlook.com"), "SA": ("gmail.com", "hotmail.com", "outlook.sa"),
         "JO": ("gmail.com", "yahoo.com", "hotmail.com"), "MA": ("gmail.com", "menara.ma", "hotmail.fr"),
         "PH": ("gmail.com", "yahoo.com.ph", "outlook.ph"), "NL": ("gmail.com", "ziggo.nl", "kpnmail.nl"),
         "DE": ("gmail.com", "web.de", "gmx.de", "t-online.de"), "IN": ("gmail.com", "rediffmail.com", "yahoo.co.in")}
# (street form with {n} / {k} / {a}, city, postcode or its prefix; "box": a P.O. box number instead)
_STREETS = {"MX": (("Calle Morelos {n}, Col. Centro", "Ciudad de México", "06000"), ("Avenida Juárez {n}, Int. {k}", "Guadalajara", "44100"),
                   ("Calle Hidalgo {n} Pte.", "Monterrey", "64000")),
            "CO": (("Calle {a} # {k}-{n}", "Bogotá", "110231"), ("Carrera {a} # {k}-{n}, Apto {n}0{k}", "Medellín", "050021"),
                   ("Avenida 6N # {k}-{n}", "Cali", "760045")),
            "AR": (("Av. Corrientes {n}, Piso {k}", "Buenos Aires", "C1043AAZ"), ("Calle Florida {n}", "Buenos Aires", "C1005AAQ"),
                   ("Bv. Oroño {n}, {k}° B", "Rosario", "S2000")),
            "ES": (("Calle Mayor {n}, {k}º B", "Madrid", "28013"), ("Carrer de Balmes {n}", "Barcelona", "08007"),
                   ("Avenida de la Constitución {n}", "Sevilla", "41004")),
            "BR": (("Rua Augusta, {n}, apto {k}2", "São Paulo", "01305-000"), ("Avenida Atlântica, {n}", "Rio de Janeiro", "22021-001"),
                   ("Rua da Bahia, {n}, sala {k}", "Belo Horizonte", "30160-011")),
            "PT": (("Rua Augusta {n}, {k}.º Esq", "Lisboa", "1100-053"), ("Rua de Santa Catarina {n}", "Porto", "4000-447")),
            "AE": (("Villa {n}, Street {k}, Al Barsha 2", "Dubai", "box"), ("Apartment {k}0{a}, Marina Heights Tower", "Dubai", "box"),
                   ("Flat {k}, Building {n}, Al Khalidiya", "Abu Dhabi", "box")),
            "SA": (("Building {n}, King Fahd Road, Al Olaya", "Riyadh", "12211"), ("{n} Prince Sultan Street, Al Rawdah", "Jeddah", "23435")),
            "JO": (("Building {n}, Rainbow Street, Jabal Amman", "Amman", "11181"), ("{n} Wasfi Al-Tal Street, Apt {k}", "Amman", "11953")),
            "MA": (("{n} Rue Ibn Batouta, Maarif", "Casablanca", "20330"), ("{n} Avenue Mohammed V", "Rabat", "10000"),
                   ("Appt {k}, {n} Rue de Fes", "Tanger", "90000")),
            "PH": (("Unit {k}, {n} Jupiter Street, Bel-Air", "Makati", "1209"), ("Blk {k} Lot {a}, Mabini Street", "Quezon City", "1100"),
                   ("{n} Osmeña Boulevard", "Cebu City", "6000")),
            "NL": (("Prinsengracht {n}", "Amsterdam", "1016"), ("Witte de Withstraat {n}-{k}", "Rotterdam", "3012"),
                   ("Oudegracht {n}", "Utrecht", "3511")),
            "DE": (("Schillerstraße {n}", "Berlin", "10625"), ("Goethestraße {n}a", "München", "80336"), ("Hauptstraße {n}", "Köln", "50667")),
            "IN": (("Flat {k}0{a}, Sai Residency, {k}th Cross, Indiranagar", "Bengaluru", "560038"), ("{n}, MG Road", "Pune", "411001"),
                   ("House No. {n}, Sector {a}", "Gurugram", "122001"), ("{n}/{k} Park Street", "Kolkata", "700016"))}
POSTNAME = {"MX": "código postal", "CO": "código postal", "AR": "código postal", "ES": "código postal", "BR": "CEP",
            "PT": "código postal", "AE": "P.O. Box", "SA": "postal code", "JO": "postal code", "MA": "code postal",
            "PH": "ZIP code", "NL": "postcode", "DE": "Postleitzahl", "IN": "PIN code"}
LINES = {"MX": ("800 123 4567",), "CO": ("01 8000 123 456",), "AR": ("0800 333 1234",), "ES": ("900 123 456",),
         "BR": ("0800 723 4567",), "PT": ("800 200 300",), "AE": ("800 4567",), "SA": ("800 124 5555",),
         "JO": ("06 500 1234",), "MA": ("0801 002 020",), "PH": ("1800 1888 7788",), "NL": ("0800 0123",),
         "DE": ("0800 123 4567",), "IN": ("1800 180 1234",)}
MONEY = {"MX": (("{n} pesos", "MX${n}", "${n} MXN"), (450, 1200, 3800, 15000)),
         "CO": (("{n} pesos", "COP {n}", "${n} COP"), (45000, 120000, 380000)),
         "AR": (("{n} pesos", "ARS {n}", "${n} ARS"), (15000, 48000, 120000)),
         "ES": (("{n} euros", "€{n}", "{n} €"), (25, 89, 240, 1200)), "PT": (("{n} euros", "€{n}", "{n} €"), (19, 75, 310)),
         "BR": (("{n} reais", "R${n}", "R$ {n}"), (59, 189, 450, 1200)),
         "AE": (("{n} dirhams", "AED {n}", "Dh{n}"), (150, 480, 1200, 3500)),
         "SA": (("{n} riyals", "SAR {n}", "SR{n}"), (120, 450, 1100)),
         "JO": (("{n} dinars", "JOD {n}", "JD{n}"), (15, 45, 120, 400)),
         "MA": (("{n} dirhams", "MAD {n}", "{n} DH"), (150, 480, 1200)),
         "PH": (("{n} pesos", "₱{n}", "PHP {n}"), (499, 1299, 3500, 12000)),
         "NL": (("{n} euros", "€{n}", "€ {n}"), (25, 89, 240)), "DE": (("{n} Euro", "{n} €", "EUR {n}"), (29, 99, 350)),
         "IN": (("{n} rupees", "₹{n}", "Rs. {n}"), (499, 1499, 12000, 45000))}
UNIT = {"MX": "pesos", "CO": "pesos", "AR": "pesos", "ES": "euros", "PT": "euros", "BR": "reais", "AE": "dirhams",
        "SA": "riyals", "JO": "dinars", "MA": "dirhams", "PH": "pesos", "NL": "euros", "DE": "euros", "IN": "rupees"}
PLACES = ("Santa Cruz", "San José", "Los Angeles", "São Paulo", "Abu Dhabi", "Baguio", "Davao", "Den Haag", "Van Nuys",
          "Heidelberg", "Hyderabad", "Victoria", "Florence", "Charlotte", "Adelaide", "Alexandria", "St. Louis",
          "Rose Hill", "Grace Bay", "Marbella")
VENUES = ("Baker Street Pharmacy", "Casa Sanchez", "the Van der Valk hotel", "Tim Hortons", "Wendy's", "Al Baik",
          "the Don Pedro bakery", "Joe's Coffee", "Marks and Spencer", "Ben and Jerry's", "Jollibee", "Sainsbury's")
PRODUCTS = ("the Grace Period plan", "the Rose Gold edition", "the Hunter wellies", "the Santos Flex tariff",
            "the Van Gogh print", "the Lucky Seven bundle", "the Mark II router", "the Bill Shield cover",
            "the Victoria sponge box", "the Sunny Days holiday pack")
PHRASES = ("a rose by any other name", "with good grace", "a bargain hunter", "foot the bill", "against my will",
           "come what may", "mark my words", "sunny spells", "lucky me", "pinky promise", "a long shot",
           "a green light", "the king of excuses", "a baker's dozen")


def home_phone(rng: random.Random, country: str) -> str:
    """A mobile number as written in ``country`` (local or international form)."""
    cc = CC[country]
    if country == "DE":
        p = rng.choice(sorted(_DE))
        rest = digits(rng, _DE[p])
        return rng.choice((f"0{p} {rest}", f"+49 {p} {rest}", f"0{p}/{rest}"))
    length, prefixes = _PHONE[country]
    p = rng.choice(prefixes)
    n = p + digits(rng, length - len(p))
    if country == "BR":
        n = n[:2] + "9" + rng.choice("6789") + digits(rng, 7)
        return rng.choice((f"({n[:2]}) {n[2:7]}-{n[7:]}", f"+55 {n[:2]} {n[2:7]}-{n[7:]}", f"+55{n}"))
    if country == "AR":
        return rng.choice((f"+54 9 11 {n[2:6]}-{n[6:]}", f"011 15-{n[2:6]}-{n[6:]}", f"+54911{n[2:]}"))
    if country == "MX":
        return rng.choice((f"{n[:2]} {n[2:6]} {n[6:]}", f"+52 {n[:2]} {n[2:6]} {n[6:]}", n))
    if country in ("CO", "PH"):
        local = n if country == "CO" else "0" + n
        return rng.choice((f"{local[:-7]} {local[-7:-4]} {local[-4:]}", f"+{cc} {n[:3]} {n[3:6]} {n[6:]}", local))
    if country in ("ES", "PT"):
        return rng.choice((f"{n[:3]} {n[3:6]} {n[6:]}", f"+{cc} {n[:3]} {n[3:6]} {n[6:]}", n))
    if country == "NL":
        return rng.choice((f"06 {n[1:]}", f"06-{n[1:]}", f"+31 6 {n[1:]}"))
    if country == "MA":
        return rng.choice((f"0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+212 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n}"))
    if country == "IN":
        return rng.choice((f"{n[:5]} {n[5:]}", f"+91 {n[:5]} {n[5:]}", f"+91-{n}", n))
    return rng.choice((f"0{n[:2]} {n[2:5]} {n[5:]}", f"+{cc} {n[:2]} {n[2:5]} {n[5:]}", f"0{n}"))  # AE, SA, JO


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, city, postcode or P.O. box number) at home."""
    street, city, post = rng.choice(_STREETS[country])
    addr = street.format(n=rng.randint(2, 180), k=rng.randint(1, 9), a=rng.randint(10, 99))
    if post == "box":
        return addr, city, str(rng.randint(1000, 99999))
    if country == "NL":
        return addr, city, f"{post} {rng.choice('BCDGHJKLMNPRSTVWXZ')}{rng.choice('ABCEGHJKLNPRSTVWXZ')}"
    return addr, city, post
