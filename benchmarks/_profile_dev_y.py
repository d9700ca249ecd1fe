"""The ``dev_y`` conversation profile: a caller of a UK / US / Canadian / Australian contact centre, or at home in
Iran, Turkey, Nepal or Sri Lanka, with a Persian, Turkish, Nepali or Sinhala name, an English given name and one of
those surnames, or an English name; a family member; the agent and an earlier agent; the values of the call (the
number-word and shape helpers of ``_profile_dev_s``, plus home phones, addresses and postcodes) and how each name is
said (ASR: lower case, accents dropped, a long part broken in two, two short parts run together, a part heard as
English words, spelled letter by letter) or typed. Neutral look-alikes: places, shops, products and phrases with
name-like words. Written blind.

Person slots: ``NAME`` (full), ``GIVEN``, ``SURNAME``, ``SPELT`` (the surname letter by letter), ``GSPELT`` (the
given name letter by letter), ``THIRD`` (the family member), ``STAFF`` / ``STAFFNAME`` (the agent's given / full
name), ``PREV`` (an earlier agent's full name).
"""
from __future__ import annotations

import random
import re
import unicodedata

from benchmarks import _profile_dev_s as S
from benchmarks._profile_dev_s import ProfileS
from benchmarks._staged_people import HomeCaller, PersonSlots, SpelledPerson

DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
HOME = ("IR", "TR", "NP", "LK")
# A speech engine prints a name part it hears as English words; the printed form is the gold span.
HEARD = {"reza": ("razor", "raise a"), "ali": ("alley", "ollie"), "mehdi": ("meh dee",), "amir": ("a mere", "a meer"),
         "maryam": ("marry am", "mary um"), "sara": ("sarah",), "parisa": ("paris a",), "nasrin": ("nas rain",),
         "shirin": ("sure in",), "hossein": ("who sane",), "hamid": ("ha mid",), "karim": ("car rim",),
         "majid": ("ma jeed",), "saeed": ("sayeed", "said"), "behnam": ("ben am",), "dariush": ("dairy ush",),
         "farhad": ("far had",), "bahram": ("bar ram",), "mina": ("meena",), "leila": ("layla",), "khan": ("con", "karn"),
         "ahmadi": ("ah muddy",), "karimi": ("carry me",), "rezaei": ("reza e",), "tehrani": ("terrani",),
         "shirazi": ("sheer azi",), "mohammad": ("mohammed",), "can": ("john", "jan"), "cem": ("gem", "jem"),
         "emre": ("em ray",), "deniz": ("denis", "denise"), "mert": ("mart",), "burak": ("bu rock",), "kaya": ("ky a",),
         "demir": ("the mere",), "aslan": ("ass lan", "as lan"), "ozturk": ("oz turk",), "yilmaz": ("yil mas",),
         "sahin": ("sha hin",), "ozdemir": ("oz the mere",), "celik": ("che lick",), "kurt": ("curt",), "tan": ("tan",),
         "ayse": ("i sha",), "elif": ("a leaf",), "zeynep": ("zane ep",), "hakan": ("ha can",), "serkan": ("sir can",),
         "ozan": ("oh zan",), "sen": ("shen",), "aydin": ("eye din",), "eren": ("aaron",), "baris": ("bar is", "paris"),
         "gurung": ("goo rung", "grung"), "rai": ("rye",), "pun": ("pun",), "sherpa": ("sure pa",), "tamang": ("tom ang",),
         "magar": ("ma gar",), "shrestha": ("shresta", "shred star"), "yadav": ("yada",), "pradhan": ("pra done",),
         "limbu": ("limbo",), "bahadur": ("ba hadoor", "bahadoor"), "kumari": ("cool mari",), "ram": ("ram",),
         "hari": ("hairy", "harry"), "sita": ("seater",), "gita": ("guitar",), "binod": ("be nod",), "kiran": ("key ran",),
         "suman": ("sue man",), "sagar": ("saga",), "anil": ("a nil",), "dipak": ("dee pack",), "rekha": ("reka",),
         "perera": ("per era",), "silva": ("silver",), "fernando": ("fernando",), "mendis": ("mend is",),
         "dias": ("dee as",), "herath": ("her ath",), "bandara": ("band ara",), "kumara": ("cool mara",),
         "wickramasinghe": ("wicked rama singe", "wick rama singhe"), "jayawardena": ("jay a wardena",),
         "gunasekara": ("gunner sekara",), "dissanayake": ("disa nayake",), "ranasinghe": ("runner singhe",),
         "jayasinghe": ("jay a singhe",), "senanayake": ("senna nayake",), "wijesinghe": ("vije singhe",),
         "kasun": ("ka soon",), "nuwan": ("new an",), "lahiru": ("la hero",), "dilshan": ("dill shan",),
         "supun": ("sue pun",), "isuru": ("is uru",), "gayan": ("guy an",), "amila": ("a mila",), "sanath": ("san at",),
         "nimali": ("nim ali",), "dilini": ("dilly knee",), "thilini": ("tilly knee",)}
_PHONE = {"IR": ("912", "913", "915", "917", "919", "935", "936", "937", "938", "939", "901", "902", "990"),
          "TR": ("530", "532", "533", "535", "536", "537", "538", "541", "542", "543", "544", "545", "505", "506", "507", "553"),
          "NP": ("984", "985", "986", "980", "981", "982"),
          "LK": ("70", "71", "72", "75", "76", "77", "78")}
_CC = {"IR": "98", "TR": "90", "NP": "977", "LK": "94"}
_MAILS = {"IR": ("gmail.com", "yahoo.com", "outlook.com"), "TR": ("gmail.com", "hotmail.com", "outlook.com", "yandex.com"),
          "NP": ("gmail.com", "yahoo.com", "hotmail.com"), "LK": ("gmail.com", "yahoo.com", "sltnet.lk")}
_STREETS = {"IR": (("Valiasr Street", "Tehran", "15"), ("Enghelab Street", "Tehran", "13"), ("Chaharbagh Avenue", "Isfahan", "81"),
                   ("Zand Boulevard", "Shiraz", "71"), ("Imam Reza Street", "Mashhad", "91")),
            "TR": (("Bağdat Caddesi", "İstanbul", "347"), ("İstiklal Caddesi", "İstanbul", "344"), ("Atatürk Bulvarı", "Ankara", "066"),
                   ("Kıbrıs Şehitleri Caddesi", "İzmir", "352"), ("Cumhuriyet Caddesi", "Bursa", "161")),
            "NP": (("New Baneshwor", "Kathmandu", "44600"), ("Maharajgunj", "Kathmandu", "44600"), ("Jhamsikhel", "Lalitpur", "44700"),
                   ("Lakeside Road", "Pokhara", "33700"), ("Suryabinayak", "Bhaktapur", "44800")),
            "LK": (("Galle Road, Colombo 03", "Colombo", "00300"), ("Havelock Road, Colombo 05", "Colombo", "00500"),
                   ("Peradeniya Road", "Kandy", "20000"), ("High Level Road, Nugegoda", "Nugegoda", "10250"),
                   ("Matara Road", "Galle", "80000"))}
_LINES = {"IR": ("021 8890 1234",), "TR": ("0850 222 4455",), "NP": ("01 4412 345",), "LK": ("011 234 5678",)}
_MONEY = {"IR": (("{n} million tomans", "{n},000,000 tomans"), (2, 5, 8, 12)), "TR": (("{n} lira", "₺{n}", "{n} TL"), (150, 450, 900, 1200)),
          "NP": (("{n} rupees", "Rs {n}", "NPR {n}"), (500, 1500, 2500, 4000)), "LK": (("{n} rupees", "Rs. {n}", "LKR {n}"), (900, 2500, 4500, 7000))}
_PLACES = ("Kathmandu", "Pokhara", "Colombo", "Kandy", "Istanbul", "Izmir", "Tehran", "Shiraz", "Isfahan", "Harrow",
           "Wembley", "Southall", "Queens", "Scarborough", "Parramatta", "Antalya", "Galle", "Negombo")
_VENUES = ("Silva's Bakery", "Gurung Momo House", "Kaya Kebab", "Persepolis Grill", "the Ceylon Tea House",
           "Everest Kitchen", "the Istanbul Market", "Shiraz Restaurant", "Perera and Sons Hardware", "Namaste Stores",
           "the Lotus Temple", "Anatolia Cafe")
_PRODUCTS = ("the Everest Saver plan", "the Silva Shield cover", "the Lotus family bundle", "the Kaya Plus router",
             "the Shah Premium pack", "the Ceylon broadband deal", "the Sherpa travel insurance", "the Tulip rewards card")
_PHRASES = ("a silver lining", "a rye sandwich", "a bad pun", "the mere thought of it", "a razor thin margin",
            "down the alley", "a real gem", "a gurgling kettle", "john said so", "a shred of luck", "a limbo contest",
            "a guitar lesson")
_FOLD = str.maketrans({"ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G"})


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.translate(_FOLD)).encode("ascii", "ignore").decode()


def home_phone(rng: random.Random, country: str) -> str:
    """A mobile number as typed in Iran, Turkey, Nepal or Sri Lanka."""
    p, cc = rng.choice(_PHONE[country]), _CC[country]
    if country == "NP":
        n = p + S.digits(rng, 7)
        return rng.choice((n, f"+977 {n}", f"+977-{n[:3]}-{n[3:]}", f"{n[:3]} {n[3:6]} {n[6:]}"))
    if country == "LK":
        n = p + S.digits(rng, 7)
        return rng.choice((f"0{n}", f"0{n[:2]} {n[2:5]} {n[5:]}", f"+94 {n[:2]} {n[2:5]} {n[5:]}", f"+94{n}"))
    n = p + S.digits(rng, 7)
    if country == "TR":
        return rng.choice((f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"0{n}", f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"+90{n}"))
    return rng.choice((f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+{cc} {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]}-{n[3:6]}-{n[6:]}"))


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, city, postcode) at home."""
    street, city, post = rng.choice(_STREETS[country])
    n = rng.randint(2, 180)
    if country == "IR":
        addr = rng.choice((f"No. {n}, {street}", f"{street}, No. {n}, Unit {rng.randint(1, 12)}"))
        return addr, city, post + S.digits(rng, 8, "13456789")
    if country == "TR":
        addr = rng.choice((f"{street} No: {n}", f"{street} No: {n} Daire {rng.randint(1, 20)}"))
        return addr, city, post + S.digits(rng, 2)
    if country == "NP":
        return rng.choice((f"House {n}, {street}", f"Ward {rng.randint(1, 32)}, {street}")), city, post
    return rng.choice((f"No. {n}, {street}", f"{n}/{rng.randint(1, 9)} {street}")), city, post


class ProfileY(PersonSlots, SpelledPerson, HomeCaller, ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention (``_profile_dev_s``), ``person(slot)`` one
    name mention in this split's forms."""

    HINT_SHARE, HINT_WORD, HINTED_LETTERS = 0.3, "like", 1  # "k like kilo" for the first letter only
    fold = staticmethod(ascii_fold)  # Turkish letters folded first
    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY = HOME, HOME, HEARD, _MAILS, _LINES, _MONEY
    UNIT, MONTH = {"IR": "million tomans", "TR": "lira", "NP": "rupees", "LK": "rupees"}, "next month"
    NEUTRAL = {"place": _PLACES, "venue": _VENUES, "product": _PRODUCTS, "phrase": _PHRASES}
    home_phone, home_address = staticmethod(home_phone), staticmethod(home_address)

    def value(self, slot: str) -> str:
        if slot == "ADDR" and self.asr and self.country in HOME:
            return re.sub(r"\s+", " ", ascii_fold(super().value(slot)).replace(":", " ").replace(".", " ")).strip()
        return super().value(slot)
