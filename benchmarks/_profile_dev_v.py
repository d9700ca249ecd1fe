"""The ``dev_v`` conversation profile: a caller of a US / UK / Canadian contact centre, or at home in Senegal,
Zambia or Ethiopia, with a Senegalese (Wolof, Serer, Pulaar, Diola), francophone Senegalese, Ethiopian / Eritrean,
African-American, English-word or English name; a family member; the agent and an earlier agent; the values of the
call (the number-word and shape helpers of ``_profile_dev_s``, plus Senegalese, Zambian and Ethiopian phones,
addresses and postcodes) and how each name is said (ASR: lower case, accents and hyphens dropped, two parts run
together, a part heard as an English word, a prefix split off, spelled letter by letter) or typed. Neutral
look-alikes: English words that are also given names here (``a blessing in disguise``, ``memory lane``, ``Mercy
Hospital``), Senegalese places and shops. Written blind.

Person slots: ``NAME`` (full), ``GIVEN``, ``SURNAME``, ``SPELT`` (the surname letter by letter), ``GSPELT`` (the
given name letter by letter), ``THIRD`` (the family member), ``STAFF`` / ``STAFFNAME`` (the agent's given / full
name), ``PREV`` (an earlier agent's full name).
"""
from __future__ import annotations

import random
import re

from benchmarks import _profile_dev_s as S
from benchmarks._profile_dev_s import _LETTERS, ProfileS, number_words, ordinal, spoken_digits
from benchmarks._staged_people import PersonSlots, Shadow, ascii_fold

DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
HOME = ("SN", "ZM", "ET")
# A speech engine prints a name part it hears as English words; the printed form is the gold span.
HEARD = {"diop": ("deep", "jop"), "ndiaye": ("and jay", "in yay"), "gueye": ("guy",), "fall": ("fall",),
         "sow": ("sow", "so"), "ba": ("bar", "bah"), "sy": ("see",), "mbaye": ("im bye", "m bye"), "seck": ("sack",),
         "faye": ("fay",), "sarr": ("star", "sar"), "cisse": ("see say",), "kane": ("cane",), "ndoye": ("and doi",),
         "thiam": ("chiam",), "lo": ("low",), "dieng": ("jang",), "mbodj": ("im bodge",), "gaye": ("guy",),
         "samb": ("sam",), "mane": ("many",), "diouf": ("due of", "joof"), "diallo": ("jello",), "ly": ("lee",),
         "toure": ("to ray",), "sall": ("sell",), "tall": ("tall",), "dia": ("dear",), "mendy": ("mandy",),
         "diatta": ("the atta", "jatta"), "gomis": ("go miss",), "sagna": ("sanya",), "badji": ("badge",),
         "coly": ("collie",), "sambou": ("sam boo",), "sane": ("sunny",), "sonko": ("son co",), "camara": ("camera",),
         "wane": ("wayne",), "sylla": ("cilla",), "dione": ("dion",), "goudiaby": ("good yabby",), "fatou": ("fat two",),
         "awa": ("ah wa",), "moussa": ("moose a", "musa"), "pape": ("pop", "pap"), "mame": ("mom", "mam"),
         "ndeye": ("and day", "in day"), "serigne": ("serene",), "khady": ("katy",), "cheikh": ("shake",),
         "modou": ("mo do",), "lamine": ("la mean",), "demba": ("dumber",), "amadou": ("ama do",), "abdou": ("ab do",),
         "ousmane": ("use man",), "babacar": ("baba car",), "malick": ("malik",), "assane": ("a sun",),
         "coumba": ("cumbia",), "astou": ("ask two",), "binta": ("bent a",), "mariama": ("maria ma",),
         "adama": ("adam a",), "ibrahima": ("abraham a",), "hadji": ("hajji", "had gee"), "penda": ("panda",),
         "dame": ("dom",), "mor": ("more",), "oumar": ("oh mar",), "jean": ("john", "gene"), "pierre": ("pier",),
         "baptiste": ("battiste",), "marie": ("mary", "marry"), "therese": ("theresa",), "claude": ("clod",),
         "luc": ("luke",), "marc": ("mark",), "yves": ("eve",), "michel": ("michelle",), "francois": ("francis",),
         "louis": ("louie",), "jacques": ("jack",), "anne": ("ann",), "claire": ("clear",), "rene": ("rena",),
         "haile": ("highly",), "desta": ("the star",), "dawit": ("da wit",), "gebre": ("gabby", "gay bray"),
         "selam": ("salaam",), "almaz": ("all maz",), "tigist": ("tea gist",), "hana": ("hannah",), "sara": ("sarah",),
         "yonas": ("jonas",), "eyob": ("eye ob",), "henok": ("enoch",), "tewodros": ("the odros",), "genet": ("janet",),
         "mekonnen": ("make on in",), "bekele": ("becky lay",), "girma": ("germa",), "abebe": ("a baby",),
         "worku": ("work who",), "negash": ("nay gash",), "mamo": ("mama",), "hiwot": ("he what",), "belay": ("belay",),
         "yared": ("yard",), "kebede": ("cab a day",), "tesfaye": ("test fire", "tess fay"), "mulugeta": ("mulu getta",),
         "welde": ("welder",), "tekle": ("tackle",), "medhin": ("med in",), "mariam": ("miriam",), "berhane": ("bear hane",)}
_PREFIX_HEARD = {"de": ("de", "the", "day"), "da": ("da", "the"), "ja": ("ja", "jay"), "la": ("la", "law"),
                 "ke": ("key",), "ta": ("ta", "tah"), "ty": ("tie", "ty"), "tre": ("tray",), "sha": ("sha", "shaw")}
_AA = re.compile(r"^(de|da|ja|la|ke|ta|ty|tre|sha)([a-z]{4,})$")
_MAILS = {"SN": ("gmail.com", "yahoo.fr", "orange.sn", "hotmail.fr"), "ZM": ("gmail.com", "yahoo.com", "zamtel.zm", "outlook.com"),
          "ET": ("gmail.com", "yahoo.com", "ethionet.et", "outlook.com")}
_STREETS = {"SN": ("Rue 10 Médina", "Cité Keur Gorgui", "Sacré-Coeur 3", "Liberté 6", "Route de Ouakam", "Cité Mixta"),
            "ZM": ("Great East Road", "Kabulonga Road", "Independence Avenue", "Addis Ababa Drive", "Cairo Road", "Leopards Hill Road"),
            "ET": ("Bole Road", "Africa Avenue", "Churchill Avenue", "CMC Road", "Kebele 03, Kirkos", "Haile Gebreselassie Road")}
_CITIES = {"SN": ("Dakar", "Thiès", "Saint-Louis", "Rufisque", "Mbour", "Ziguinchor"), "ZM": ("Lusaka", "Kitwe", "Ndola", "Livingstone"),
           "ET": ("Addis Ababa", "Adama", "Bahir Dar", "Hawassa", "Mekelle", "Gondar")}
_POST = {"SN": ("10200", "10700", "12500", "11000", "21000", "32000", "27000"), "ZM": ("10101", "10102", "50100", "20100"),
         "ET": ("1000", "1110", "1250", "3000", "6000")}
_LINES = {"SN": ("800 00 25 25", "33 839 80 00"), "ZM": ("0211 250 000", "5757"), "ET": ("8294", "011 551 0500")}
_PLACES = ("Dakar", "Touba", "Saint-Louis", "Ziguinchor", "Banjul", "Lusaka", "Livingstone", "Harlem", "Atlanta",
           "Montreal", "Gorée", "Kaolack", "Victoria Falls", "Brooklyn")
_VENUES = ("Chez Awa", "Le Djolof", "Teranga Grill", "Hope Street Bakery", "Mercy Hospital", "Grace Chapel",
           "Precious Moments Daycare", "Keur Moussa Market", "Justice Hall", "Trust Pharmacy", "Sandaga Market", "Blessings Salon")
_PRODUCTS = ("the Faith Plus plan", "the Memory Saver cloud plan", "the Teranga bundle", "the Gift card",
             "the Harmony family plan", "the Promise Protect cover", "the Fortune rewards card", "the Baobab router")
_PHRASES = ("a blessing in disguise", "memory lane", "precious little time", "in good faith", "a free gift",
            "given the delay", "out of patience", "trust me", "mercy me", "what a blessing", "hope so", "no justice")


def home_phone(rng: random.Random, country: str) -> str:
    """A Senegalese, Zambian or Ethiopian mobile number as typed there."""
    if country == "ET":
        n = rng.choice(("91", "92", "93", "94")) + S.digits(rng, 7)
        return rng.choice((f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n}", f"+251 {n[:2]} {n[2:5]} {n[5:]}"))
    if country == "SN":
        n = rng.choice(("70", "75", "76", "77", "78")) + S.digits(rng, 7)
        return rng.choice((f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", n, f"+221 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"))
    n = rng.choice(("95", "96", "97", "76", "77")) + S.digits(rng, 7, "23456789")
    return rng.choice((f"0{n[:2]} {n[2:]}", f"0{n}", f"+260 {n[:2]} {n[2:5]} {n[5:]}"))


class ProfileV(PersonSlots, ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention (``_profile_dev_s``), ``person(slot)`` one
    name mention in this split's forms."""

    def __init__(self, customer, agent, third, prev, style: str, rng: random.Random) -> None:
        home = customer.country in HOME
        # the shapes of _profile_dev_s (a home caller seen as a US one, names without accents), then home values
        super().__init__(Shadow(customer, HOME, "US"), agent, third, style, rng)
        self.customer = customer
        self.prev = prev
        self.heard = self.asr and rng.random() < 0.6
        self.merge = self.asr and rng.random() < 0.4
        user = self.raw["MAIL"].split("@")[0]
        if home:
            c = self.country = self.customer.country
            self.city = rng.choice(_CITIES[c])
            street, n = rng.choice(_STREETS[c]), rng.randint(2, 400)
            addr = {"SN": (f"Villa {n}, {street}", f"{n} {street}"), "ZM": (f"Plot {n}, {street}", f"House {n} {street}"),
                    "ET": (f"House {n}, {street}", f"House No. {n}, {street}")}[c]
            addr = rng.choice(addr)
            self.raw.update({"TEL": home_phone(rng, c), "ALT": home_phone(rng, c), "ADDR": addr, "POST": rng.choice(_POST[c]),
                             "MAIL": f"{user}@{rng.choice(_MAILS[c])}"})

    def _hear(self, text: str, origin: str) -> str:
        """ASR: accents and hyphens dropped; a prefix split off; two short parts run together; one part of a name of
        two or more words heard as English words."""
        rng = self.rng
        parts = ascii_fold(text).lower().replace("-", " ").split()
        m = _AA.match(parts[0]) if origin == "african_american" else None
        if m and self.asr and rng.random() < 0.45:  # deshawn -> de shawn / the shawn
            parts[0:1] = [rng.choice(_PREFIX_HEARD[m.group(1)]), m.group(2)]
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

    def _spell(self, word: str) -> str:
        rng, letters = self.rng, [ch for ch in ascii_fold(word).lower() if ch.isalpha()]
        if self.asr:
            if rng.random() < 0.35:
                return " ".join(f"{ch} for {_LETTERS[ch]}" if ch in _LETTERS and k < 2 else ch for k, ch in enumerate(letters))
            return " ".join(letters)
        sep = rng.choice(("-", " ", "", ". "))
        out = sep.join(ch.upper() for ch in letters) if sep else ascii_fold(word).upper().replace(" ", "")
        return out + "." if sep == ". " else out

    def person(self, slot: str) -> str:
        c, a = self.customer, self.agent
        if slot == "SPELT":
            return self._spell(c.spell)
        if slot == "GSPELT":
            return self._spell(c.called)
        who = {"THIRD": self.third, "STAFF": a, "STAFFNAME": a, "PREV": self.prev}.get(slot, c)
        value = {"NAME": c.full, "GIVEN": c.called, "SURNAME": c.surname, "THIRD": self.third.full,
                 "STAFF": a.called, "STAFFNAME": a.full, "PREV": self.prev.full}[slot]
        if self.asr:
            if slot in ("STAFF", "STAFFNAME") and self.rng.random() < 0.5:
                return ascii_fold(value).lower().replace("-", " ")
            return self._hear(value, who.origin)
        if self.lower and self.speaker == "customer":
            return value.lower() if self.rng.random() < 0.8 else ascii_fold(value).lower()
        return value

    def plain(self, slot: str) -> str:
        if slot == "postname" and self.country in HOME:
            return "postal code"
        value = super().plain(slot)
        return ascii_fold(value).replace("-", " ") if self.asr else value

    def value(self, slot: str) -> str:
        if slot in ("TEL", "ALT") and self.country in HOME and self.asr:
            raw = self.raw[slot]
            ds = re.sub(r"\D", "", raw)
            return ("plus " + spoken_digits(ds, self.rng, False)) if raw.startswith("+") else spoken_digits(ds, self.rng, False)
        value = super().value(slot)
        return ascii_fold(value).replace("-", " ") if self.asr and slot == "ADDR" else value

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        """A NEUTRAL value: amounts, dates, helplines, references (``_profile_dev_s``) and this split's places,
        shops, products and phrases with name-like English words."""
        home = self.country in HOME
        if kind == "money" and home:
            n = rng.choice((15, 25, 40, 120, 350))
            if self.country == "SN":
                return f"{number_words(n)} thousand francs" if self.asr else f"{n} 000 FCFA"
            if self.country == "ET":
                return f"{number_words(n * 10)} birr" if self.asr else f"ETB {n * 10}"
            return f"{number_words(n)} kwacha" if self.asr else f"K{n}"
        if kind == "helpline" and home:
            line = rng.choice(_LINES[self.country])
            return spoken_digits(line, rng, False) if self.asr else line
        if kind not in ("place", "venue", "product", "phrase"):
            if kind == "date" and self.asr and rng.random() < 0.3:
                return f"the {ordinal(rng.randint(1, 28))} coming"
            return super().distractor(kind, rng, style)
        value = rng.choice({"place": _PLACES, "venue": _VENUES, "product": _PRODUCTS, "phrase": _PHRASES}[kind])
        if self.asr:
            return ascii_fold(value).lower().replace("'", "").replace("-", " ")
        return value.lower() if self.lower and self.speaker == "customer" else value
