"""The ``dev_ae`` conversation profile: a caller or chat customer at home in South Africa, Zambia, Kenya, Ghana,
Ireland or Belgium, or in the UK, the US or Canada, with a Southern African, Zambian / Malawian, East African, West /
Central African, diaspora or English name (``_names_dev_ae``); a family member; the agent and an earlier agent; the
values of the call (the number-word and shape helpers of ``_profile_dev_s``, plus local mobiles, addresses and
postcodes) and how each name is said or typed. ASR: lower case, a click or nasal prefix broken off (``n dlovu``,
``ma hlangu``, ``ra maphosa``), a long part broken in two, two short parts run together, a part heard as English
words (``ndlovu`` -> ``in the love``, ``kamara`` -> ``camera``, ``phiri`` -> ``fairy``); spelled letter by letter.
Chat: each customer types one way: cased, all lower case, ALL CAPS, or WhatsApp-style (lower case, no punctuation,
short forms such as ``pls`` / ``u`` / ``thx``, an emoji at the end); a surname first in capitals (``NDLOVU
Thandeka``); an initial and surname (``T. Ndlovu``) or initials alone (``TN``). Neutral look-alikes: places, shops,
products and phrases with name-like words. Written blind.

Person slots: those of ``_staged_people.PERSONS`` and ``INIT`` (the customer's initial(s) and surname, or initials).
"""
from __future__ import annotations

import random
import re

from benchmarks import _profile_dev_s as S
from benchmarks._profile_dev_s import ProfileS
from benchmarks._staged_people import PERSONS, HomeCaller, PersonSlots, SpelledPerson
from recognizers import entities as E

DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
SLOTS = PERSONS + ("INIT",)
HOME = ("ZA", "ZM", "KE", "GH", "IE", "BE")
# A speech engine prints a name part it hears as English words; the printed form is the gold span.
HEARD = {"ndlovu": ("in the love", "endlovu"), "dlamini": ("the mini", "dla meanie"), "nkosi": ("in cosy", "cosy"),
         "zulu": ("zoo loo",), "mkhize": ("m keys",), "thandeka": ("tan decker",), "sipho": ("see po",),
         "themba": ("temper",), "mandla": ("mandela",), "lindiwe": ("lindy way",), "lerato": ("la rato",),
         "palesa": ("pa lisa",), "naledi": ("nah lady",), "kagiso": ("car giso",), "thabo": ("tarbo",),
         "molefe": ("mole effy",), "mokoena": ("mo queena",), "khumalo": ("coo mallow",), "sithole": ("see tolly",),
         "cele": ("selly",), "xaba": ("kaba",), "banda": ("band a",), "phiri": ("fairy",), "tembo": ("tempo",),
         "mwansa": ("one sir",), "chanda": ("chandler",), "bwalya": ("bwali ya",), "mumba": ("mumble",),
         "chikondi": ("chick ondi",), "mwale": ("whale",), "chirwa": ("cheer wa",), "kamau": ("come now",),
         "otieno": ("oh tieno",), "odhiambo": ("odd jumbo",), "ochieng": ("oh chang",), "achieng": ("a chang",),
         "wanjiku": ("one jiku",), "kiprotich": ("keep rotich",), "chebet": ("che bet",), "wafula": ("waffle a",),
         "juma": ("jumar",), "uwimana": ("we mana",), "habimana": ("happy mana",), "niyonzima": ("neon zima",),
         "mugisha": ("moo geesha",), "kwizera": ("quiz era",), "onana": ("oh nana",), "mbarga": ("embargo",),
         "kamga": ("come ga",), "fotso": ("photo",), "nguema": ("new emma",), "selorm": ("say lom",),
         "mawuli": ("ma woolly",), "tetteh": ("teddy",), "quaye": ("quay",), "lamptey": ("lamp tea",),
         "tsikata": ("chicata",), "mahama": ("ma hammer",), "koroma": ("core oma",), "kamara": ("camera",),
         "sesay": ("say say",), "bangura": ("ban gura",), "kanu": ("canoe",), "bah": ("bar",), "kollie": ("collie",),
         "flomo": ("flow mo",), "sahr": ("sir",), "musu": ("moo sue",), "fati": ("fatty",), "hawa": ("how a",),
         "nii": ("knee",), "naa": ("nah",), "kumba": ("cumbia",), "tamba": ("tumble",), "conteh": ("contay",)}
# Prefixes an engine may hear as a word of their own: ``n dlovu``, ``ma hlangu``, ``ra maphosa``, ``ne tshitenzhe``
_PREFIX = re.compile(r"^(ma|mo|ra|ne|nkosi|n|m)(?=[a-z]{4,})")
_PHONE = {"ZA": ("60", "61", "71", "72", "73", "74", "76", "79", "81", "82", "83", "84"),
          "ZM": ("95", "96", "97", "76", "77"), "KE": ("70", "71", "72", "74", "79"),
          "GH": ("24", "54", "55", "20", "50", "26", "27"), "IE": ("83", "85", "86", "87", "89"),
          "BE": ("470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "489",
                 "494", "495", "496", "497", "498", "499")}
_MAILS = {"ZA": ("gmail.com", "webmail.co.za", "mweb.co.za"), "ZM": ("gmail.com", "yahoo.com", "zamnet.zm"),
          "KE": ("gmail.com", "yahoo.com"), "GH": ("gmail.com", "yahoo.com"), "IE": ("gmail.com", "eircom.net"),
          "BE": ("gmail.com", "skynet.be", "telenet.be")}
_STREETS = {"ZA": (("Vilakazi Street, Orlando West", "Soweto", "1804"), ("Florence Nzama Street", "Durban", "4001"),
                   ("Church Street, Arcadia", "Pretoria", "0083"), ("Main Road, Claremont", "Cape Town", "7708"),
                   ("Sisulu Street", "Mthatha", "5099"), ("Landdros Mare Street", "Polokwane", "0699")),
            "ZM": (("Great East Road", "Lusaka", "10101"), ("Cairo Road", "Lusaka", "10101"),
                   ("Freedom Way", "Kitwe", "50100"), ("Buteko Avenue", "Ndola", "10100"), ("Mosi-oa-Tunya Road", "Livingstone", "20100")),
            "KE": (("Ngong Road", "Nairobi", "00100"), ("Moi Avenue", "Mombasa", "80100"),
                   ("Oginga Odinga Street", "Kisumu", "40100"), ("Kenyatta Avenue", "Nakuru", "20100"),
                   ("Uganda Road", "Eldoret", "30100")),
            "GH": (("Oxford Street, Osu", "Accra", "GA"), ("Spintex Road", "Accra", "GA"), ("Harper Road", "Kumasi", "AK"),
                   ("Bankoe Road", "Ho", "VH"), ("Commercial Street", "Cape Coast", "CC")),
            "IE": (("Parnell Street", "Dublin", "D01"), ("Moore Street", "Dublin", "D01"),
                   ("Clanbrassil Street", "Dublin", "D08"), ("Shop Street", "Galway", "H91"),
                   ("Oliver Plunkett Street", "Cork", "T12")),
            "BE": (("Chaussée de Wavre", "Ixelles", "1050"), ("Rue de la Paix", "Ixelles", "1050"),
                   ("Rue Gray", "Etterbeek", "1040"), ("Kerkstraat", "Antwerpen", "2060"),
                   ("Chaussée de Louvain", "Schaerbeek", "1030"))}
_LINES = {"ZA": ("0860 555 214",), "ZM": ("0211 250 300",), "KE": ("0800 720 111",), "GH": ("0302 600 600",),
          "IE": ("1800 300 412",), "BE": ("078 15 20 30",)}
_MONEY = {"ZA": (("R{n}", "R {n}", "ZAR {n}"), (85, 250, 499, 1200)),
          "ZM": (("K{n}", "ZMW {n}", "{n} kwacha"), (150, 300, 750, 2000)),
          "KE": (("KSh {n}", "Ksh{n}", "{n} bob"), (500, 1500, 2500, 6000)),
          "GH": (("GH₵{n}", "GHS {n}", "{n} cedis"), (45, 120, 300, 850)),
          "IE": (("€{n}", "{n} euro", "EUR {n}"), (35, 79, 150, 420)),
          "BE": (("€{n}", "{n} euros", "EUR {n}"), (35, 79, 150, 420))}
_PLACES = ("Soweto", "Durban", "Bloemfontein", "Lusaka", "Lilongwe", "Blantyre", "Mombasa", "Kigali", "Bujumbura",
           "Kumasi", "Douala", "Yaounde", "Freetown", "Monrovia", "Peckham", "Matonge", "Tottenham", "Silver Spring",
           "Brampton", "Limerick")
_VENUES = ("Zulu Grill House", "Banda's Butchery", "Mama Chanda's Kitchen", "the Kamau Coffee House",
           "Uncle Kofi's Jollof", "Sipho's Car Wash", "the Nkosi Tavern", "Otieno Hardware", "Auntie Fati's Chop Bar",
           "Tembo Tyres", "the Mensah Barbershop", "Grace Hair Salon")
_PRODUCTS = ("the Ubuntu Saver plan", "the Simba Data bundle", "the Baobab Family cover", "the Kilimanjaro Max deal",
             "the Jabali Shield", "the Zawadi rewards card", "the Imani Flexi plan", "the Sankofa Gold account")
_PHRASES = ("a blessing in disguise", "patience wearing thin", "have a little faith", "a gift card",
            "the camera roll", "a fairy tale ending", "a coffee break", "the tempo of it", "a mercy dash",
            "precious little time", "out of my comfort zone", "a band aid")
_POSTNAME = {"ZA": "postal code", "ZM": "postal code", "KE": "postal code", "GH": "digital address",
             "IE": "Eircode", "BE": "postcode"}
_EIR = "ACDEFHKNPRTVWXY0123456789"
# chat habits: (habit, weight)
HABITS = (("cased", 30), ("lower", 25), ("caps", 15), ("whatsapp", 30))


def home_phone(rng: random.Random, country: str) -> str:
    """A mobile number as typed in South Africa, Zambia, Kenya, Ghana, Ireland or Belgium."""
    p = rng.choice(_PHONE[country])
    code = {"ZA": "27", "ZM": "260", "KE": "254", "GH": "233", "IE": "353", "BE": "32"}[country]
    if country == "BE":
        n = p + S.digits(rng, 6)
        return rng.choice((f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n}"))
    n = p + S.digits(rng, 7)
    if country == "KE":
        return rng.choice((f"0{n[:3]} {n[3:]}", f"+254 {n[:3]} {n[3:]}", f"0{n}", f"+254{n}"))
    return rng.choice((f"0{n[:2]} {n[2:5]} {n[5:]}", f"+{code} {n[:2]} {n[2:5]} {n[5:]}", f"0{n}", f"+{code}{n}"))


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, city, postcode) at home."""
    street, city, post = rng.choice(_STREETS[country])
    n = rng.randint(2, 180)
    if country == "GH":
        return rng.choice((f"House No. {n}, {street}", f"{n} {street}")), city, f"{post}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    if country == "IE":
        return f"{n} {street}", city, f"{post} {''.join(rng.choice(_EIR) for _ in range(4))}"
    if country == "BE":
        return rng.choice((f"{street} {n}", f"{street} {n}, boîte {rng.randint(1, 9)}")), city, post
    if country == "ZM":
        return rng.choice((f"Plot {n}, {street}", f"House {n}, {street}")), city, post
    if country == "KE":
        return rng.choice((f"House {n}, {street}", f"{n} {street}", f"Apartment {rng.randint(1, 40)}, {street}")), city, post
    return rng.choice((f"{n} {street}", f"Unit {rng.randint(1, 40)}, {n} {street}")), city, post


class ProfileAE(PersonSlots, SpelledPerson, HomeCaller, ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention (``_profile_dev_s``), ``person(slot)`` one
    name mention in this split's forms."""

    HINT_SHARE, HINT_WORD, HINTED_LETTERS = 0.35, "for", 1  # "n for nancy" for the first letter only
    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY = HOME, ("ZA", "ZM", "KE", "GH", "IE"), HEARD, _MAILS, _LINES, _MONEY
    UNIT = {"ZA": "rand", "ZM": "kwacha", "KE": "shillings", "GH": "cedis", "IE": "euro", "BE": "euros"}
    MONTH, POSTNAME = "last month", _POSTNAME
    NEUTRAL = {"place": _PLACES, "venue": _VENUES, "product": _PRODUCTS, "phrase": _PHRASES}
    CHAT_KIN = (("bro", "brother", "dad", "husband", "son", "uncle"), ("mom", "mum", "sis", "sister", "wife", "daughter", "aunt"))
    home_phone, home_address = staticmethod(home_phone), staticmethod(home_address)

    def _habits(self, rng: random.Random) -> None:
        """This call's engine (a long part broken in two, a prefix heard apart) or this customer's typing."""
        super()._habits(rng)
        self.split_prefix = self.asr and rng.random() < 0.45
        self.habit = "asr" if self.asr else S_weighted(rng, HABITS)
        if not self.asr:
            self.lower = self.habit in ("lower", "whatsapp")
        self.caps_surname = not self.asr and rng.random() < 0.5  # "NDLOVU Thandeka" when the surname comes first

    def label(self, slot: str) -> str:
        return E.PERSON if slot == "INIT" else super().label(slot)

    def origin(self, slot: str) -> str | None:
        return self.customer.origin if slot == "INIT" else super().origin(slot)

    def _hear(self, text: str) -> str:
        """ASR as ``HomeCaller`` hears it, and now and then a prefix heard as a word of its own."""
        said = super()._hear(text)
        if self.split_prefix and self.rng.random() < 0.45:
            parts = said.split(" ")
            options = [i for i, p in enumerate(parts) if _PREFIX.match(p) and p not in self.HEARD]
            if options:
                i = self.rng.choice(options)
                k = _PREFIX.match(parts[i]).end()
                parts[i] = f"{parts[i][:k]} {parts[i][k:]}"
                said = " ".join(parts)
        return said

    def _initials(self) -> str:
        c, rng = self.customer, self.rng
        first = c.given.replace("-", " ").split()[0][0]
        r = rng.random()
        if r < 0.6:
            return f"{first}. {c.surname}"
        if r < 0.85:
            return f"{first} {c.surname}"
        return f"{first}{c.surname[0]}"

    def person(self, slot: str) -> str:
        c = self.customer
        if slot == "INIT":
            said = self._initials()
            if self.asr:
                said = " ".join(ch for ch in self.fold(said).lower().replace(".", "")) if len(said) == 2 \
                    else self.fold(said).lower().replace(".", "")
                return re.sub(r"\s+", " ", said).strip()
        else:
            said = super().person(slot)
            if self.asr:
                return re.sub(r"\s+", " ", re.sub(r"[.-]", " ", said)).strip()
            if slot == "NAME" and c.surname_first and self.caps_surname and said.startswith(c.surname + " "):
                said = c.surname.upper() + said[len(c.surname):]
        if self.speaker == "customer" and self.habit == "caps":
            return said.upper()
        if self.speaker == "customer" and self.lower:
            return said.lower()
        return said

    def plain(self, slot: str) -> str:
        if slot == "kin" and not self.asr and self.speaker == "customer" and self.habit in ("lower", "whatsapp"):
            return self.rng.choice(self.CHAT_KIN[0] if self.third.male else self.CHAT_KIN[1])
        return super().plain(slot)

    def value(self, slot: str) -> str:
        if slot == "ADDR" and self.asr and self.country in HOME:
            text = self.fold(super().value(slot)).lower()
            return re.sub(r"\s+", " ", re.sub(r"[.,:/-]", " ", text)).strip()
        if slot == "POST" and self.asr and self.country in ("GH", "IE"):
            raw = self.raw["POST"]
            return " ".join(ch.lower() if ch.isalpha() else S.ONES[int(ch)] for ch in raw if ch.isalnum())
        return super().value(slot)


def S_weighted(rng: random.Random, pairs) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]
