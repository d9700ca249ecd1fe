"""The ``dev_x`` conversation profile: a caller of a UK / US / Canadian contact centre, or at home in Nigeria, with a
Yoruba, Igbo or Hausa name, an English given name and a Nigerian surname, a short Nigerian name, or an English name;
a family member; the agent and an earlier agent; the values of the call (the number-word and shape helpers of
``_profile_dev_s``, plus Nigerian phones, addresses and postcodes) and how each name is said (ASR: lower case, long
names broken into their parts, two parts run together, a part heard as English words, spelled letter by letter) or
typed. Neutral look-alikes: Nigerian places, shops and phrases with name-like words. Written blind.

Person slots: ``NAME`` (full), ``GIVEN``, ``SURNAME``, ``SPELT`` (the surname letter by letter), ``GSPELT`` (the
given name letter by letter), ``THIRD`` (the family member), ``STAFF`` / ``STAFFNAME`` (the agent's given / full
name), ``PREV`` (an earlier agent's full name).
"""
from __future__ import annotations

import random
import re

from benchmarks import _profile_dev_s as S
from benchmarks._profile_dev_s import ProfileS, number_words, ordinal, spoken_digits
from benchmarks._staged_people import PersonSlots, Shadow, SpelledPerson, ascii_fold

DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
HOME = ("NG",)
# A speech engine prints a name part it hears as English words; the printed form is the gold span.
HEARD = {"dare": ("dare", "dary"), "ike": ("ike", "icky"), "obi": ("obey", "o be"), "uche": ("oo chay", "you chay"),
         "ojo": ("o joe",), "eze": ("easy", "ez a"), "bello": ("bellow", "hello"), "kalu": ("ka lou",),
         "tope": ("top a", "toppy"), "sade": ("shah day", "sad a"), "lola": ("lola",), "titi": ("tee tee",),
         "tobi": ("toby",), "kemi": ("kemmy",), "femi": ("feminine", "femmy"), "wale": ("wally", "whale"),
         "bode": ("bode", "bow day"), "dele": ("deli", "della"), "ade": ("a day", "aid"), "ayo": ("eye oh",),
         "bayo": ("buy oh", "bio"), "seun": ("shay un",), "seyi": ("shay ee",), "sola": ("solar",), "kola": ("cola",),
         "simi": ("see me",), "yemi": ("yummy",), "ugo": ("you go",), "ada": ("ada", "adder"), "chi": ("chee",),
         "ife": ("if a",), "ify": ("iffy",), "nike": ("nike", "nicky"), "tola": ("tola",), "temi": ("tammy",),
         "duru": ("do rue",), "ogbu": ("og boo",), "igwe": ("ig way",), "ozor": ("oh zaw",), "uzor": ("you zaw",),
         "sani": ("sunny",), "bala": ("baller",), "idris": ("id ris",), "jimoh": ("jim oh",), "okeke": ("okay kay",),
         "nwosu": ("wosu", "and wo sue"), "obasi": ("o bossy",), "ajayi": ("a jiy", "aja yi"), "alabi": ("a lobby",),
         "ilori": ("ill lorry",), "lawal": ("law al",), "shehu": ("shay who",), "tanko": ("tank oh",),
         "adebayo": ("add a buyer", "adabayo"), "adeyemi": ("add a yummy",), "ogundele": ("ogun daily",),
         "oluwaseun": ("olu wa shay un",), "oluwatobi": ("olu wa toby",), "oluwafemi": ("olu wa femmy",),
         "olumide": ("olu me day",), "babatunde": ("baba tunde",), "akinwande": ("akin wandy",),
         "chukwuemeka": ("chuck wu emeka", "chukwu a mecca"), "chukwudi": ("chuck wu dee",), "emeka": ("a mecca",),
         "nnamdi": ("nam dee", "and am dee"), "ngozi": ("in go zee", "n go z"), "ikechukwu": ("icky chuck wu",),
         "okonkwo": ("o conk wo",), "okafor": ("oak a four", "okay for"), "nwachukwu": ("wa chuck wu",),
         "ifeanyi": ("if any", "if any e"), "chinedu": ("chin a do",), "amaka": ("a mocha",), "obinna": ("o bean a",),
         "kelechi": ("kelly chi",), "chioma": ("chee oma",), "nneka": ("neck a", "and neck a"), "uchenna": ("oo chenna",),
         "chidi": ("cheddi", "cheddar"), "ebuka": ("a book a",), "tochukwu": ("toe chuck wu",), "ugochukwu": ("you go chuck wu",),
         "abubakar": ("a boo bakar",), "aliyu": ("ali you",), "musa": ("moose a",), "yusuf": ("you surf",),
         "hadiza": ("had isa", "ha deeza"), "hauwa": ("how a",), "usman": ("use man",), "garba": ("garbage", "gar ba"),
         "danjuma": ("dan juma",), "bashir": ("bash ear",), "amina": ("a meena",), "zainab": ("zane ab",),
         "ibrahim": ("abraham",), "mohammed": ("mohammad",), "suleiman": ("solomon",), "yakubu": ("yah coo boo",),
         "gambo": ("gumbo",), "dogo": ("doggo",), "sarki": ("sarky",), "kabiru": ("cab e ru",)}
_MAILS = {"NG": ("gmail.com", "yahoo.com", "yahoo.co.uk", "outlook.com", "hotmail.com")}
_STREETS = (("Admiralty Way, Lekki", "Lagos"), ("Awolowo Road, Ikoyi", "Lagos"), ("Allen Avenue, Ikeja", "Lagos"),
            ("Adeola Odeku Street, Victoria Island", "Lagos"), ("Herbert Macaulay Way, Yaba", "Lagos"),
            ("Aminu Kano Crescent, Wuse 2", "Abuja"), ("Ogui Road", "Enugu"), ("Ring Road", "Ibadan"), ("Zoo Road", "Kano"),
            ("Aba Road", "Port Harcourt"), ("Wetheral Road", "Owerri"), ("Ahmadu Bello Way", "Kaduna"))
_POST = {"NG": ("100001", "101233", "105102", "900288", "400001", "200212", "700233", "500272", "460281")}
_LINES = {"NG": ("0700 225 5226", "0201 280 3380")}
_PLACES = ("Lagos", "Lekki", "Ibadan", "Enugu", "Kano", "Abuja", "Abeokuta", "Onitsha", "Peckham", "Houston",
           "Calabar", "Jos", "Zaria", "Owerri")
_VENUES = ("Mama Cass", "Buka Hut", "Yellow Chilli", "Jollof Palace", "Balogun Market", "Ikeja City Mall",
           "Ojuelegba junction", "the Kano Durbar grounds", "Mr Bigg's", "Chief's Kitchen", "Ngozi's Hair World",
           "Iya Basira's canteen")
_PRODUCTS = ("the Obi Plus bundle", "the Naija Saver plan", "the Ada prepaid meter", "the Eko data pack",
             "the Kola family plan", "the Dare Protect cover", "the Unity router", "the Chi mobile wallet")
_PHRASES = ("i dare say", "an easy one", "no dare", "as easy as that", "the deli down the road", "obey the rules",
            "a sunny day", "a cola and chips", "a whale of a time", "top up", "a book a week", "tough luck")


def home_phone(rng: random.Random, country: str) -> str:
    """A Nigerian mobile number as typed there."""
    n = rng.choice(("803", "806", "813", "816", "703", "706", "805", "807", "815", "802", "808", "812", "701",
                    "902", "809", "817", "818", "909", "810", "814")) + S.digits(rng, 7)
    return rng.choice((f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+234 {n[:3]} {n[3:6]} {n[6:]}", f"+234{n}"))


class ProfileX(PersonSlots, SpelledPerson, ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention (``_profile_dev_s``), ``person(slot)`` one
    name mention in this split's forms."""

    def __init__(self, customer, agent, third, prev, style: str, rng: random.Random) -> None:
        home = customer.country in HOME
        # the shapes of _profile_dev_s (a home caller seen as a UK one), then home values
        super().__init__(Shadow(customer, HOME, "UK"), agent, third, style, rng)
        self.customer = customer
        self.prev = prev
        self.heard = self.asr and rng.random() < 0.6
        self.merge = self.asr and rng.random() < 0.4
        user = self.raw["MAIL"].split("@")[0]
        if home:
            c = self.country = "NG"
            self.british = True
            (street, self.city), n = rng.choice(_STREETS), rng.randint(2, 250)
            addr = rng.choice((f"{n} {street}", f"Plot {n}, {street}", f"Flat {rng.randint(1, 12)}, {n} {street}"))
            self.raw.update({"TEL": home_phone(rng, c), "ALT": home_phone(rng, c), "ADDR": addr, "POST": rng.choice(_POST[c]),
                             "MAIL": f"{user}@{rng.choice(_MAILS[c])}"})

    def _hear(self, text: str) -> str:
        """ASR: lower case; two short parts run together; one part of a name of two or more words heard as English
        words."""
        rng = self.rng
        parts = ascii_fold(text).lower().replace("-", " ").split()
        short = [i for i in range(len(parts) - 1) if len(parts[i]) <= 4 and len(parts[i + 1]) <= 5]
        if short and self.merge and rng.random() < 0.4:
            i = rng.choice(short)
            parts[i:i + 2] = [parts[i] + parts[i + 1]]
        if self.heard and len(parts) > 1 and rng.random() < 0.5:
            options = [i for i, p in enumerate(parts) if p in HEARD]
            if options:
                i = rng.choice(options)
                parts[i] = rng.choice(HEARD[parts[i]])
        return " ".join(parts)

    def plain(self, slot: str) -> str:
        if slot == "postname" and self.country in HOME:
            return "postal code"
        if slot == "kin" and self.country in HOME:
            return self.rng.choice(("husband", "son", "brother", "uncle") if self.third.male else ("wife", "daughter", "sister", "aunty"))
        return super().plain(slot)

    def value(self, slot: str) -> str:
        if slot in ("TEL", "ALT") and self.country in HOME and self.asr:
            raw = self.raw[slot]
            ds = re.sub(r"\D", "", raw)
            return ("plus " + spoken_digits(ds, self.rng, True)) if raw.startswith("+") else spoken_digits(ds, self.rng, True)
        return super().value(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        """A NEUTRAL value: amounts, dates, helplines, references (``_profile_dev_s``) and this split's places,
        shops, products and phrases with name-like words."""
        home = self.country in HOME
        if kind == "money" and home:
            n = rng.choice((5, 12, 25, 40, 150))
            return f"{number_words(n)} thousand naira" if self.asr else rng.choice((f"₦{n},000", f"N{n}k", f"{n},000 naira"))
        if kind == "helpline" and home:
            line = rng.choice(_LINES[self.country])
            return spoken_digits(line, rng, True) if self.asr else line
        if kind not in ("place", "venue", "product", "phrase"):
            if kind == "date" and self.asr and rng.random() < 0.3:
                return f"the {ordinal(rng.randint(1, 28))} coming"
            return super().distractor(kind, rng, style)
        value = rng.choice({"place": _PLACES, "venue": _VENUES, "product": _PRODUCTS, "phrase": _PHRASES}[kind])
        if self.asr:
            return ascii_fold(value).lower().replace("'", "").replace("-", " ")
        return value.lower() if self.lower and self.speaker == "customer" else value
