"""The ``dev_ac`` conversation profile: a caller of a UK / US / Canadian / French / Belgian contact centre, or at home
in Ethiopia (Addis Ababa), Kenya (Nairobi), Somalia (Mogadishu), the DR Congo (Kinshasa) or Senegal (Dakar), with an
Ethiopian / Eritrean, Somali, Congolese or Wolof / Fula / Bambara name, an English or word first name with one of
those surnames, or an English name; a family member; the agent and an earlier agent; the values of the call (the
number-word and shape helpers of ``_profile_dev_s``, plus French, Belgian, Ethiopian, Kenyan, Somali, Congolese and
Senegalese mobiles, addresses in those countries' forms (kebele / woreda / sub-city, quartier / commune, rue / avenue),
French and Belgian postcodes, P.O. boxes and B.P. boxes) and how each name is said (ASR: lower case, accents and
hyphens dropped, a long part broken in two, two short parts run together, a part heard as English words, spelled
letter by letter) or typed (chat: most customers type in lower case, some names with a typo). Neutral look-alikes:
places, shops, products and phrases with name-like words (``peace of mind``, ``Chez Fatou``, ``the Baraka bundle``).
Written blind.

Person slots: ``NAME`` (full), ``GIVEN``, ``SURNAME``, ``SPELT`` (the surname letter by letter), ``GSPELT`` (the
given name letter by letter), ``THIRD`` (the family member), ``STAFF`` / ``STAFFNAME`` (the agent's given / full
name), ``PREV`` (an earlier agent's full name).
"""
from __future__ import annotations

import random
import re

from benchmarks import _profile_dev_s as S
from benchmarks._profile_dev_s import ProfileS
from benchmarks._staged_people import HomeCaller, PersonSlots, SpelledPerson, ascii_fold
from recognizers import entities as E

DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
HOME = ("FR", "BE", "ET", "KE", "SO", "CD", "SN")
BOXES = ("ET", "KE", "SO", "CD", "SN")  # postal address by box, not a postcode
# A speech engine prints a name part it hears as English words; the printed form is the gold span.
HEARD = {"tesfaye": ("test fire",), "haile": ("highly",), "dawit": ("the wit",), "abebe": ("a baby",), "kebede": ("cab a day",),
         "desta": ("dest a",), "girma": ("german",), "tigist": ("tea gist",), "almaz": ("all mas",), "meron": ("marron",),
         "hagos": ("ha goes",), "negash": ("knee gosh",), "berhe": ("bear hay",), "selam": ("salaam",), "yonas": ("jonas",),
         "abdi": ("abby",), "farah": ("farrah", "fara"), "warsame": ("war sammy",), "hodan": ("hold on",), "ali": ("alley",),
         "hassan": ("has sun",), "jama": ("jammer",), "guled": ("gullet",), "sahra": ("sarah",), "ubah": ("ooh bar",),
         "dheere": ("there a",), "elmi": ("elmy",), "barre": ("barry",), "hawa": ("howa",), "nuur": ("noor",),
         "mbuyi": ("boo ee",), "kabongo": ("ka bongo",), "mukendi": ("moo kenny",), "ngalula": ("nah lula",),
         "kalonji": ("call on gee",), "mutombo": ("moo tombo",), "ilunga": ("ill lunger",), "kasongo": ("casa ngo",),
         "ntumba": ("in tumba",), "nzuzi": ("in zoozy",), "kanku": ("can coo",), "makiese": ("maki essay",),
         "diop": ("the op", "jop"), "ndiaye": ("and jay",), "sow": ("so",), "ba": ("bar",), "sy": ("see",), "ka": ("car",),
         "gueye": ("guy",), "mamadou": ("mama do",), "fatou": ("fat two",), "awa": ("a war",), "seck": ("sec",),
         "faye": ("fay",), "sarr": ("saar",), "cheikh": ("shake",), "coumba": ("cumbia",), "khady": ("caddy",),
         "ndeye": ("and day",), "pape": ("pap",), "toure": ("tour a",), "diallo": ("dial o",), "wade": ("wad",),
         "thiam": ("chum",), "lo": ("low",), "dia": ("dear",)}
_PHONE = {"FR": tuple((f"6{d}", 7) for d in "01245678") + (("75", 7), ("76", 7), ("77", 7), ("78", 7)),
          "BE": (("470", 6), ("471", 6), ("472", 6), ("475", 6), ("476", 6), ("477", 6), ("485", 6), ("496", 6)),
          "ET": (("91", 7), ("92", 7), ("93", 7), ("94", 7)),
          "KE": (("70", 7), ("71", 7), ("72", 7), ("79", 7)),
          "SO": (("61", 7), ("62", 7), ("63", 7)),
          "CD": (("81", 7), ("82", 7), ("84", 7), ("85", 7), ("89", 7), ("97", 7), ("99", 7)),
          "SN": (("77", 7), ("78", 7), ("76", 7), ("70", 7))}
_CC = {"FR": "33", "BE": "32", "ET": "251", "KE": "254", "SO": "252", "CD": "243", "SN": "221"}
_MAILS = {"FR": ("gmail.com", "orange.fr", "free.fr", "hotmail.fr"), "BE": ("gmail.com", "skynet.be", "outlook.be"),
          "ET": ("gmail.com", "yahoo.com", "ethionet.et"), "KE": ("gmail.com", "yahoo.com", "outlook.com"),
          "SO": ("gmail.com", "hotmail.com", "yahoo.com"), "CD": ("gmail.com", "yahoo.fr", "outlook.fr"),
          "SN": ("gmail.com", "orange.sn", "yahoo.fr")}
_STREETS = {"FR": (("rue Marx Dormoy", "Paris", "75018"), ("rue Myrha", "Paris", "75018"), ("avenue Jean Jaurès", "Paris", "75019"),
                   ("rue Gabriel Péri", "Saint-Denis", "93200"), ("boulevard de la Villette", "Paris", "75010"),
                   ("rue de Marseille", "Lyon", "69007"), ("avenue de la République", "Aubervilliers", "93300"),
                   ("cours Belsunce", "Marseille", "13001")),
            "BE": (("chaussée de Wavre", "Ixelles", "1050"), ("rue de Brabant", "Schaerbeek", "1030"),
                   ("chaussée de Gand", "Molenbeek", "1080"), ("rue Saint-Léonard", "Liège", "4000"),
                   ("boulevard Anspach", "Bruxelles", "1000")),
            "ET": (("Bole", "Addis Ababa"), ("Yeka", "Addis Ababa"), ("Arada", "Addis Ababa"), ("Kirkos", "Addis Ababa"),
                   ("Lideta", "Addis Ababa"), ("Kolfe Keranio", "Addis Ababa")),
            "KE": (("Eastleigh First Avenue", "Nairobi"), ("Ngong Road", "Nairobi"), ("Jogoo Road", "Nairobi"),
                   ("Kiambu Road", "Nairobi"), ("Moi Avenue", "Mombasa")),
            "SO": (("Maka Al Mukarama Road", "Mogadishu"), ("Wadada Warshadaha", "Mogadishu"), ("Hodan district", "Mogadishu"),
                   ("Wadajir district", "Mogadishu")),
            "CD": (("avenue Kasa-Vubu", "Kinshasa", "Matonge", "Kalamu"), ("avenue de la Libération", "Kinshasa", "Binza", "Ngaliema"),
                   ("avenue Kabambare", "Kinshasa", "Quartier 1", "Barumbu"), ("boulevard Lumumba", "Kinshasa", "Quartier 7", "Limete"),
                   ("avenue Bokassa", "Kinshasa", "Quartier Kauka", "Kalamu")),
            "SN": (("Sicap Liberté", "Dakar"), ("Médina, rue 11", "Dakar"), ("Parcelles Assainies, unité", "Dakar"),
                   ("HLM Grand Yoff", "Dakar"), ("Sacré-Cœur 3", "Dakar"))}
_LINES = {"FR": ("09 70 81 24 35",), "BE": ("02 588 14 20",), "ET": ("8994",), "KE": ("0800 221 300",), "SO": ("4400",),
          "CD": ("0815 110 000",), "SN": ("33 839 12 12",)}
_MONEY = {"FR": (("{n} €", "€{n}", "{n} euros"), (45, 130, 390, 1250)), "BE": (("{n} €", "€ {n}", "{n} EUR"), (40, 150, 420, 1100)),
          "ET": (("{n} birr", "ETB {n}", "Br {n}"), (500, 1800, 4200, 12000)), "KE": (("KSh {n}", "Ksh{n}", "{n} shillings"), (750, 2400, 6500, 15000)),
          "SO": (("${n}", "{n} USD", "{n} dollars"), (15, 40, 120, 350)), "CD": (("{n} FC", "${n}", "{n} francs"), (5000, 25000, 60000, 150000)),
          "SN": (("{n} FCFA", "{n} F CFA", "{n} francs"), (5000, 15000, 45000, 120000))}
_PLACES = ("Bole", "Piassa", "Merkato", "Eastleigh", "Little Mogadishu", "Cedar-Riverside", "Matonge", "Château Rouge",
           "Barbès", "Goutte d'Or", "Medina", "Pikine", "Touba", "Gombe", "Lubumbashi", "Hargeisa", "Asmara", "Mekelle",
           "Silver Spring", "Peckham", "Southall", "Lewisham")
_VENUES = ("Chez Fatou", "the Selam Coffee House", "Habesha Restaurant", "the Sandaga market", "Teranga Grill",
           "Mama Africa Hair", "the Amani Butchery", "Marché Dejean", "the Barwaqo Mall", "Le Petit Kinois",
           "Lucy Lounge", "the Awash Cafe", "Sunnah Halal Meats", "Gloire Coiffure")
_PRODUCTS = ("the Baraka bundle", "the Teranga cover", "the Tesfa Saver plan", "the Amani data pack", "the Merveille card",
             "the Comfort Plus tariff", "the Gift family plan", "the Hodan Home router", "the Peace-of-Mind cover",
             "the Simba broadband deal")
_PHRASES = ("peace of mind", "no comfort there", "a gift horse", "pure luck", "an innocent mistake", "in good faith",
            "my memory is terrible", "the patience of a saint", "a blessing really", "a real miracle", "divine timing",
            "worth every penny", "beauty sleep")


def home_phone(rng: random.Random, country: str) -> str:
    """A mobile number as typed in France, Belgium, Ethiopia, Kenya, Somalia, the DR Congo or Senegal."""
    pre, rest = rng.choice(_PHONE[country])
    n = pre + S.digits(rng, rest)
    cc = _CC[country]
    if country == "FR":
        pairs = " ".join(n[i:i + 2] for i in range(1, 9, 2))
        return rng.choice((f"0{n[0]} {pairs}", f"0{n}", f"+33 {n[0]} {pairs}", f"+33{n}", f"0{n[0]}.{pairs.replace(' ', '.')}"))
    if country == "BE":
        return rng.choice((f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n}", f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32{n}"))
    if country == "SN":
        return rng.choice((f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", n, f"+221 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"+221{n}"))
    if country == "SO":
        return rng.choice((f"0{n[:2]} {n[2:5]} {n[5:]}", f"+252 {n[:2]} {n[2:5]} {n[5:]}", f"+252{n}", f"{n[:2]} {n[2:]}"))
    return rng.choice((f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+{cc} {n[:3]} {n[3:6]} {n[6:]}", f"+{cc}{n}"))


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, city, postcode or box): French / Belgian street and postcode; Addis Ababa sub-city, woreda
    and house number; Nairobi, Mogadishu road and house; Kinshasa avenue, quartier and commune; Dakar villa or lot;
    a P.O. box (B.P. in Kinshasa and Dakar) where there is no postcode."""
    entry = rng.choice(_STREETS[country])
    n = rng.randint(2, 240)
    if country == "FR":
        street, city, post = entry
        return rng.choice((f"{n} {street}", f"{n} bis {street}", f"{n}, {street}, bât. {rng.choice('ABC')}")), city, post
    if country == "BE":
        street, city, post = entry
        return rng.choice((f"{street} {n}", f"{street} {n}, boîte {rng.randint(1, 12)}", f"{n} {street}")), city, post
    if country == "ET":
        sub, city = entry
        addr = rng.choice((f"{sub} Sub-City, Woreda {rng.randint(1, 14)}, House No. {rng.randint(100, 2999)}",
                           f"Kebele {rng.randint(1, 30):02d}, Woreda {rng.randint(1, 14)}, {sub} Sub-City",
                           f"House {rng.randint(100, 2999)}, Woreda {rng.randint(1, 14)}, {sub}"))
        return addr, city, f"P.O. Box {rng.randint(1000, 99999)}"
    if country in ("KE", "SO"):
        road, city = entry
        addr = rng.choice((f"House {n}, {road}", f"{road}, Plot {rng.randint(10, 999)}", f"Apartment {rng.randint(1, 40)}, {road}"))
        box = f"P.O. Box {rng.randint(100, 99999)}" + (f"-00{rng.choice(('100', '610', '200'))}" if country == "KE" else "")
        return addr, city, box
    if country == "CD":
        avenue, city, quartier, commune = entry
        addr = rng.choice((f"{n} {avenue}, {quartier}, commune de {commune}", f"{avenue} n° {n}, quartier {quartier}, {commune}",
                           f"{n}, {avenue}, {commune}"))
        return addr, city, f"B.P. {rng.randint(100, 9999)}"
    area, city = entry
    addr = rng.choice((f"Villa {n}, {area}", f"{area}, lot {n}", f"{area} n° {n}"))
    return addr, city, f"B.P. {rng.randint(1000, 29999)}"


def typo(word: str, rng: random.Random) -> str:
    """One slip of fast typing: a letter dropped, doubled or swapped with the next."""
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("drop", "double", "swap"))
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


class ProfileAC(PersonSlots, SpelledPerson, HomeCaller, ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention (``_profile_dev_s``), ``person(slot)`` one
    name mention in this split's forms."""

    HINT_SHARE, HINT_WORD, HINTED_LETTERS = 0.3, "as in", 1
    HOME, BRITISH_AT_HOME, LONG_PART, HEARD, MAILS, LINES, MONEY = HOME, ("KE", "SO", "ET"), 9, HEARD, _MAILS, _LINES, _MONEY
    UNIT = {"FR": "euros", "BE": "euros", "ET": "birr", "KE": "shillings", "SO": "dollars", "CD": "francs", "SN": "francs cfa"}
    POSTNAME = {"FR": "code postal", "BE": "postcode", "ET": "p o box", "KE": "p o box", "SO": "p o box", "CD": "b p",
                "SN": "b p"}
    KIN = (("husband", "son", "brother", "uncle", "cousin"), ("wife", "daughter", "sister", "auntie", "cousin"))
    NEUTRAL = {"place": _PLACES, "venue": _VENUES, "product": _PRODUCTS, "phrase": _PHRASES}
    home_phone, home_address = staticmethod(home_phone), staticmethod(home_address)

    def __init__(self, customer, agent, third, prev, style: str, rng: random.Random) -> None:
        super().__init__(customer, agent, third, prev, style, rng)
        if not self.asr:  # chat: most customers type fast in lower case, a third slip on a name
            self.lower = rng.random() < 0.7
            self.typos = rng.random() < 0.35
        else:
            self.typos = False

    def label(self, slot: str) -> str:
        if slot == "POST" and self.country in BOXES:
            return E.STREET_ADDRESS  # a P.O. / B.P. box is a postal address, not a postcode
        return super().label(slot)

    def plain(self, slot: str) -> str:
        if slot == "postname" and self.country in BOXES and not self.asr:
            return "B.P." if self.country in ("CD", "SN") else "P.O. box"
        if slot == "postname" and self.country == "FR" and not self.asr:
            return "code postal"
        return super().plain(slot)

    def person(self, slot: str) -> str:
        value = super().person(slot)
        if self.typos and self.speaker == "customer" and slot in ("NAME", "GIVEN", "SURNAME", "THIRD", "STAFF", "PREV") \
                and self.rng.random() < 0.3:
            parts = value.split(" ")
            long = [i for i, p in enumerate(parts) if len(p) >= 5 and p.isalpha()]
            if long:
                i = self.rng.choice(long)
                parts[i] = typo(parts[i], self.rng)
                value = " ".join(parts)
        return value

    def value(self, slot: str) -> str:
        if slot == "POST" and self.country in BOXES:
            raw = self.raw[slot]
            box = raw.split()[-1]
            if self.asr:
                word = "b p " if raw.startswith("B.P.") else "p o box "
                return word + S.spoken_digits(box, self.rng, True)
            if not self.lower:
                return raw
            return self.rng.choice((raw.lower(), f"{'bp' if raw.startswith('B.P.') else 'po box'} {box}"))
        if slot == "ADDR" and self.asr and self.country in HOME:
            text = super().value(slot).replace("n°", "number").replace("'", " ").replace("/", " slash ")
            text = re.sub(r"[.\-]", " ", ascii_fold(text.replace("œ", "oe")))
            return re.sub(r"\s+", " ", text).strip()
        if slot == "ADDR" and self.asr:
            return ascii_fold(super().value(slot))
        return super().value(slot)
