"""The ``dev_aa`` conversation profile: a caller of a UK / US / Canadian / Australian contact centre, or at home in
South Africa or Ghana, with an East African (Ganda, Acholi / Luo), South African (Nguni, Sotho), Zimbabwean (Shona,
Ndebele) or Akan name, an English or word first name with an African surname, or an English name; a family member;
the agent and an earlier agent; the values of the call (the number-word and shape helpers of ``_profile_dev_s``,
plus South African and Ghanaian mobiles, addresses and postcodes / GhanaPost digital addresses) and how each name is
said (ASR: lower case, a long part broken in two, two short parts run together, a part heard as English words, spelled
letter by letter) or typed. Neutral look-alikes: places, shops, products and phrases with name-like words (``a
blessing in disguise``, ``Moyo's Butchery``, ``the Kente Saver bundle``). Written blind.

Person slots: ``NAME`` (full), ``GIVEN``, ``SURNAME``, ``SPELT`` (the surname letter by letter), ``GSPELT`` (the
given name letter by letter), ``THIRD`` (the family member), ``STAFF`` / ``STAFFNAME`` (the agent's given / full
name), ``PREV`` (an earlier agent's full name).
"""
from __future__ import annotations

import random
import re

from benchmarks import _profile_dev_s as S
from benchmarks._profile_dev_s import ProfileS
from benchmarks._staged_people import HomeCaller, PersonSlots, SpelledPerson

DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
HOME = ("ZA", "GH")
# A speech engine prints a name part it hears as English words; the printed form is the gold span.
HEARD = {"kofi": ("coffee",), "yaw": ("your", "yo"), "ato": ("auto",), "esi": ("essie",), "aba": ("abba",),
         "ekow": ("echo",), "kojo": ("cojo",), "ama": ("armour",), "afia": ("a fia",), "kwame": ("qua may",),
         "kwaku": ("qua coo",), "mensah": ("mensa",), "annan": ("an ann",), "manu": ("man who",), "badu": ("bad do",),
         "nsiah": ("and see a",), "moyo": ("mojo", "my yo"), "dube": ("doobie",), "nzou": ("and zoo",),
         "sipho": ("see po",), "thabo": ("tar bo",), "themba": ("tember",), "mandla": ("mandala",), "musa": ("moose a",),
         "zulu": ("zoo lou",), "xaba": ("kaaba",), "xolani": ("kolani", "so lani"), "nkosi": ("in cosy",),
         "dlamini": ("la mini",), "ndlovu": ("in the love",), "khumalo": ("coo malo",), "ndaba": ("in the bar",),
         "tendai": ("ten die",), "farai": ("far eye",), "nyasha": ("nyasa",), "tatenda": ("ta tender",),
         "tinashe": ("tina shay",), "chipo": ("chip o",), "rudo": ("rudy",), "gono": ("go no",), "ncube": ("in cube",),
         "kato": ("cato",), "okello": ("a cello",), "ouma": ("oma",), "otim": ("o team",), "okot": ("a cot",),
         "ocen": ("ocean",), "kizito": ("kiss eat oh",), "mukasa": ("moo kasa",), "nakato": ("na cato",),
         "ssali": ("sally",), "wasswa": ("wasa",), "mugisha": ("moo geisha",), "nambi": ("namby",),
         "opio": ("o pia",), "ojok": ("o joke",), "kamya": ("calm ya",), "mpho": ("m po",), "lerato": ("la rato",)}
_PHONE = {"ZA": ("60", "61", "62", "63", "66", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"),
          "GH": ("20", "23", "24", "26", "27", "50", "54", "55", "57")}
_MAILS = {"ZA": ("gmail.com", "webmail.co.za", "outlook.com", "mweb.co.za"), "GH": ("gmail.com", "yahoo.com", "outlook.com")}
_STREETS = {"ZA": (("Vilakazi Street", "Soweto", "1804"), ("Jan Smuts Avenue", "Johannesburg", "2196"),
                   ("Florida Road", "Durban", "4001"), ("Long Street", "Cape Town", "8001"),
                   ("Church Street", "Pretoria", "0002"), ("Oxford Road", "East London", "5201")),
            "GH": (("Oxford Street, Osu", "Accra", "GA"), ("Liberation Road", "Accra", "GA"),
                   ("Harper Road, Adum", "Kumasi", "AK"), ("Ring Road East", "Accra", "GA"),
                   ("Commercial Street", "Cape Coast", "CC"), ("Market Circle Road", "Takoradi", "WS"))}
_LINES = {"ZA": ("0860 123 456",), "GH": ("030 221 4400",)}
_MONEY = {"ZA": (("R{n}", "R {n}", "ZAR {n}"), (350, 899, 1500, 2400)), "GH": (("GH₵{n}", "{n} cedis", "GHS {n}"), (120, 350, 800, 1500))}
_PLACES = ("Kampala", "Entebbe", "Harare", "Bulawayo", "Soweto", "Durban", "Kumasi", "Accra", "Cape Coast", "Jinja",
           "Peckham", "Leicester", "Croydon", "Brampton", "Minneapolis", "Melbourne", "Victoria Falls", "Mutare")
_VENUES = ("Moyo's Butchery", "Mensah Motors", "the Baobab Bakery", "Ubuntu Cafe", "the Kente Market", "Zulu Grill House",
           "Nakato Hair Studio", "Mama Afrika Kitchen", "the Jinja Road Pharmacy", "Sipho's Tyres", "the Savannah Lounge",
           "Ndlovu Hardware")
_PRODUCTS = ("the Kente Saver bundle", "the Ubuntu family plan", "the Baobab cover", "the Blessing Plus router",
             "the Safari Gold card", "the Zambezi data deal", "the Nile Flex tariff", "the Springbok travel insurance")
_PHRASES = ("a blessing in disguise", "a gift voucher", "the grace period", "patience wearing thin", "a precious little time",
            "my memory is shocking", "a lucky break", "in all fairness", "a mojo for it", "the ocean view", "a strong coffee",
            "an echo on the line")


def home_phone(rng: random.Random, country: str) -> str:
    """A mobile number as typed in South Africa or Ghana."""
    n = rng.choice(_PHONE[country]) + S.digits(rng, 7)
    cc = "27" if country == "ZA" else "233"
    return rng.choice((f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n}", f"+{cc} {n[:2]} {n[2:5]} {n[5:]}", f"+{cc}{n}"))


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, city, postcode): a South African four-digit postcode or a GhanaPost digital address."""
    street, city, post = rng.choice(_STREETS[country])
    n = rng.randint(2, 180)
    if country == "ZA":
        return rng.choice((f"{n} {street}", f"Unit {rng.randint(1, 40)}, {n} {street}")), city, post
    addr = rng.choice((f"House No. {n}, {street}", f"Plot {n}, {street}"))
    return addr, city, f"{post}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"


class ProfileAA(PersonSlots, SpelledPerson, HomeCaller, ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention (``_profile_dev_s``), ``person(slot)`` one
    name mention in this split's forms."""

    HINT_SHARE, HINT_WORD, HINTED_LETTERS = 0.3, "as in", 1  # "x as in x-ray" for the first letter only
    HOME, BRITISH_AT_HOME, LONG_PART, HEARD, MAILS, LINES, MONEY = HOME, HOME, 9, HEARD, _MAILS, _LINES, _MONEY
    UNIT, POSTNAME = {"ZA": "rand", "GH": "cedis"}, {"GH": "digital address"}
    KIN = (("husband", "son", "brother", "uncle"), ("wife", "daughter", "sister", "aunt"))
    NEUTRAL = {"place": _PLACES, "venue": _VENUES, "product": _PRODUCTS, "phrase": _PHRASES}
    home_phone, home_address = staticmethod(home_phone), staticmethod(home_address)

    def value(self, slot: str) -> str:
        if slot == "POST" and self.country == "GH" and self.asr:
            return " ".join(ch.lower() if ch.isalpha() else S.ONES[int(ch)] for ch in self.raw[slot] if ch.isalnum())
        if slot == "ADDR" and self.asr and self.country in HOME:
            return re.sub(r"\s+", " ", super().value(slot).replace(".", " ")).strip()
        return super().value(slot)
