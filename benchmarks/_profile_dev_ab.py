"""The ``dev_ab`` conversation profile: a caller of a New Zealand / Australian / US (Hawaii) contact centre, or at
home in New Zealand, Fiji, Samoa or Tonga, with a Maori, Samoan, Tongan or Fijian (iTaukei or Fiji Indian) name, an
English or word first name with a Pacific surname, or an English name; a family member; the agent and an earlier
agent; the values of the call (the number-word and shape helpers of ``_profile_dev_s``, plus New Zealand, Fijian,
Samoan and Tongan mobiles, addresses, New Zealand postcodes and island P.O. boxes) and how each name is said (ASR:
lower case, apostrophes dropped, a long part broken in two, two short parts run together, a part heard as English
words, spelled letter by letter) or typed. Neutral look-alikes: places, shops, products and phrases with name-like
words (``a leap of faith``, ``Tui's Takeaways``, ``the Moana Saver plan``). Written blind.

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
from recognizers import entities as E

DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
HOME = ("NZ", "FJ", "WS", "TO")
ISLANDS = ("FJ", "WS", "TO")
# A speech engine prints a name part it hears as English words; the printed form is the gold span.
HEARD = {"hone": ("honey",), "hemi": ("hemmy",), "mere": ("mary", "merry"), "huia": ("who ya",), "kiri": ("kiri", "carry"),
         "aroha": ("a roar",), "tane": ("tarny",), "rangi": ("rung he",), "ngata": ("nutter",), "parata": ("para ta",),
         "tamati": ("tom at he",), "wiremu": ("we ray moo",), "pania": ("pan ya",), "kahu": ("car who",),
         "sione": ("see only", "shony"), "losa": ("loser",), "malia": ("malaya",), "sina": ("seena",), "lupe": ("loop a",),
         "tuilagi": ("twee lungi",), "faleolo": ("far lay olo",), "aiono": ("i own o",), "sapolu": ("sap a loo",),
         "leota": ("leo ta",), "masoe": ("ma so way",), "tavita": ("ta veeta",), "mose": ("mosey",),
         "siosaia": ("see o sire",), "tevita": ("the veeta",), "mele": ("melee",), "taufa": ("tofa",),
         "fifita": ("fee feeta",), "tupou": ("to poo",), "latu": ("latte",), "mafi": ("mafia",), "folau": ("foul ow",),
         "salote": ("sa lottie",), "sela": ("sailor",), "vili": ("villi",), "moala": ("mo ala",),
         "jone": ("jonny", "joanie"), "losana": ("lo sauna",), "timoci": ("timothy",), "viliame": ("villi army",),
         "ratu": ("rattoo",), "koroi": ("corroy",), "tabua": ("tuba",), "waqa": ("wonga",), "qalo": ("gallo",),
         "vunivalu": ("vooni valu",), "litia": ("lydia",), "semi": ("semmy",), "epeli": ("a pelly",)}
_PHONE = {"NZ": (("21", 7), ("22", 7), ("27", 7), ("20", 8)), "FJ": (("7", 6), ("9", 6)),
          "WS": (("72", 5), ("75", 5), ("76", 5), ("77", 5)), "TO": (("77", 5), ("78", 5), ("84", 5), ("87", 5))}
_CC = {"NZ": "64", "FJ": "679", "WS": "685", "TO": "676"}
_MAILS = {"NZ": ("gmail.com", "xtra.co.nz", "outlook.com", "hotmail.co.nz"), "FJ": ("gmail.com", "connect.com.fj", "yahoo.com"),
          "WS": ("gmail.com", "yahoo.com", "outlook.com"), "TO": ("gmail.com", "kalianet.to", "yahoo.com")}
_STREETS = {"NZ": (("Karangahape Road", "Auckland", "1010"), ("Great South Road", "Otahuhu", "1062"),
                   ("Cuba Street", "Wellington", "6011"), ("Riccarton Road", "Christchurch", "8041"),
                   ("Cameron Road", "Tauranga", "3110"), ("Victoria Street", "Hamilton", "3204"),
                   ("Bader Drive", "Mangere", "2022"), ("High Street", "Lower Hutt", "5010")),
            "FJ": (("Ratu Sukuna Road", "Suva"), ("Queens Road", "Nadi"), ("Vitogo Parade", "Lautoka"),
                   ("Kings Road", "Nausori"), ("Waimanu Road", "Suva")),
            "WS": (("Beach Road", "Apia"), ("Vaitele Street", "Apia"), ("Falealili Street", "Apia"), ("Main Road", "Salelologa")),
            "TO": (("Taufa'ahau Road", "Nuku'alofa"), ("Vuna Road", "Nuku'alofa"), ("Salote Road", "Nuku'alofa"),
                   ("Hihifo Road", "Neiafu"))}
_LINES = {"NZ": ("0800 462 771",), "FJ": ("330 4455",), "WS": ("26 114",), "TO": ("23 500",)}
_MONEY = {"NZ": (("NZ${n}", "${n}", "{n} dollars"), (45, 120, 380, 1200)), "FJ": (("FJ${n}", "${n} FJD", "{n} dollars"), (60, 150, 420, 900)),
          "WS": (("WS${n}", "{n} tala", "WST {n}"), (80, 200, 550, 1300)), "TO": (("T${n}", "{n} pa'anga", "TOP {n}"), (70, 180, 460, 1100))}
_PLACES = ("Otara", "Porirua", "Mangere", "Rotorua", "Gisborne", "Whanganui", "Apia", "Savai'i", "Nuku'alofa", "Vava'u",
           "Suva", "Labasa", "Nadi", "Honolulu", "Laie", "Waipahu", "Logan", "Ipswich", "Penrith", "Mount Druitt")
_VENUES = ("Tui's Takeaways", "the Hibiscus Bakery", "Sione's Panelbeaters", "the Aroha Cafe", "Mele's Fale Shop",
           "Moana Fish Market", "the Kava Bowl", "Talofa Travel", "the Pasifika Market", "Vunivalu Hardware",
           "the Ratu Cakobau Park canteen", "Faleolo Airport duty free")
_PRODUCTS = ("the Moana Saver plan", "the Aroha Family bundle", "the Tapa cover", "the Grace Plus router",
             "the Malo travel insurance", "the Kaiwaka data pack", "the Hope Starter card", "the Taro Flex tariff")
_PHRASES = ("a leap of faith", "my patience is gone", "no hope of that", "the grace period", "a real blessing",
            "just my luck", "in all honour", "the mercy of the weather", "a bit of joy", "for charity", "the mana of it",
            "what a harmony")


def home_phone(rng: random.Random, country: str) -> str:
    """A mobile number as typed in New Zealand, Fiji, Samoa or Tonga."""
    pre, rest = rng.choice(_PHONE[country])
    n = pre + S.digits(rng, rest)
    cc = _CC[country]
    if country == "NZ":
        return rng.choice((f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n}", f"+{cc} {n[:2]} {n[2:5]} {n[5:]}", f"+{cc}{n}"))
    return rng.choice((f"{n[:3]} {n[3:]}", n, f"+{cc} {n[:3]} {n[3:]}", f"+{cc}{n}"))


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, city, postcode): a New Zealand four-digit postcode, or on the islands a P.O. box."""
    street, city, *post = rng.choice(_STREETS[country])
    n = rng.randint(2, 240)
    if country == "NZ":
        return rng.choice((f"{n} {street}", f"{rng.randint(1, 30)}/{n} {street}", f"Flat {rng.randint(1, 12)}, {n} {street}")), city, post[0]
    addr = rng.choice((f"Lot {n}, {street}", f"{n} {street}", f"Fale {rng.randint(1, 40)}, {street}"))
    return addr, city, f"P.O. Box {rng.randint(100, 9999)}"


class ProfileAB(PersonSlots, SpelledPerson, HomeCaller, ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention (``_profile_dev_s``), ``person(slot)`` one
    name mention in this split's forms."""

    HINT_SHARE, HINT_WORD, HINTED_LETTERS = 0.3, "for", 1
    HOME, BRITISH_AT_HOME, LONG_PART, HEARD, MAILS, LINES, MONEY = HOME, HOME, 9, HEARD, _MAILS, _LINES, _MONEY
    STAND_IN = "AU"
    UNIT = {"NZ": "dollars", "FJ": "fiji dollars", "WS": "tala", "TO": "paanga"}
    POSTNAME = {"NZ": "postcode", "FJ": "p o box", "WS": "p o box", "TO": "p o box"}
    KIN = (("husband", "son", "brother", "uncle"), ("wife", "daughter", "sister", "aunty"))
    NEUTRAL = {"place": _PLACES, "venue": _VENUES, "product": _PRODUCTS, "phrase": _PHRASES}
    home_phone, home_address = staticmethod(home_phone), staticmethod(home_address)

    def label(self, slot: str) -> str:
        if slot == "POST" and self.country in ISLANDS:
            return E.STREET_ADDRESS  # a P.O. box is a postal address, not a postcode
        return super().label(slot)

    def plain(self, slot: str) -> str:
        if slot == "postname" and self.country in ISLANDS and not self.asr:
            return "P.O. box"
        return super().plain(slot)

    def value(self, slot: str) -> str:
        if slot == "POST" and self.country in ISLANDS:
            box = self.raw[slot].split()[-1]
            if self.asr:
                return "p o box " + S.spoken_digits(box, self.rng, True)
            return self.raw[slot] if not self.lower else self.rng.choice((self.raw[slot].lower(), f"po box {box}"))
        if slot == "ADDR" and self.asr and self.country in HOME:
            return re.sub(r"\s+", " ", super().value(slot).replace("'", "").replace("/", " slash ")).strip()
        return super().value(slot)
