"""The ``dev_ad`` conversation profile: a caller at home in Malaysia, Singapore, Indonesia, the Philippines, Mongolia
or Korea, or in Canada, Australia, the US or the UK, with a mainland Chinese, Southeast Asian Chinese, Korean,
Japanese, Mongolian or English name (``_names_dev_ad``); a family member; the agent and an earlier agent; the values of
the call (the number-word and shape helpers of ``_profile_dev_s``, plus local mobiles, addresses and postcodes) and
how each name is said (ASR: lower case, a joined pinyin or Korean given name split into its syllables, two short
parts run together, a syllable heard as an English word: ``li`` -> ``lee``, ``wang`` -> ``wong``, ``xi`` -> ``she``;
spelled letter by letter) or typed. Neutral look-alikes: places, shops, products and phrases with name-like words.
Written blind.

Person slots: ``NAME`` (full), ``GIVEN``, ``SURNAME``, ``SPELT`` (the surname letter by letter), ``GSPELT`` (the
given name letter by letter), ``THIRD`` (the family member), ``STAFF`` / ``STAFFNAME`` (the agent's given / full
name), ``PREV`` (an earlier agent's full name).
"""
from __future__ import annotations

import random
import re

from benchmarks import _profile_dev_s as S
from benchmarks._names_dev_ad import tables
from benchmarks._profile_dev_s import ProfileS
from benchmarks._staged_people import HomeCaller, PersonSlots, SpelledPerson

DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
HOME = ("MY", "SG", "ID", "PH", "MN", "KR")
# A speech engine prints a name part it hears as English words; the printed form is the gold span.
HEARD = {"li": ("lee",), "wang": ("wong",), "xi": ("she",), "xiao": ("shaw", "show"), "zhou": ("joe",),
         "zhang": ("jang", "chang"), "qin": ("chin",), "xu": ("sue", "shoe"), "hu": ("who",), "he": ("her",),
         "ma": ("mar",), "liu": ("leo",), "zhao": ("jow",), "chen": ("chun",), "huang": ("wong",), "qing": ("ching",),
         "xin": ("sin",), "jun": ("june",), "mei": ("may",), "wei": ("way",), "yu": ("you",), "gao": ("gow",),
         "lin": ("lynn",), "qiang": ("chang",), "xue": ("shweh",), "zhu": ("joo",), "sun": ("son",), "ye": ("yeah",),
         "yan": ("yen",), "jiang": ("jang",), "cao": ("tsao",), "qian": ("chen",), "zheng": ("jung",),
         "huat": ("what",), "hock": ("hawk",), "ng": ("eng",), "goh": ("go",), "low": ("lo",), "yap": ("yup",),
         "ang": ("ung",), "toh": ("toe",), "kow": ("cow",), "beng": ("bang",), "seng": ("sang",), "tee": ("tea",),
         "sy": ("see",), "co": ("coe",), "uy": ("we",), "dy": ("dee",), "budi": ("buddy",), "tay": ("tie",),
         "santoso": ("santo so",), "wijaya": ("we jaya",), "gunawan": ("goona wan",), "keng": ("kang",),
         "pak": ("pack",), "rhee": ("ree",), "yi": ("ee", "yee"), "chung": ("chong",), "choe": ("choy", "chway"),
         "choi": ("choy",), "suh": ("sir",), "sohn": ("sewn",), "paik": ("pike",), "kwon": ("quan",), "soo": ("sue",),
         "jin": ("gin",), "hee": ("he",), "jae": ("jay",), "eun": ("un",), "hye": ("hey",), "mi": ("me",),
         "ji": ("gee",), "ho": ("hoe",), "joon": ("june",), "ahn": ("on",), "oh": ("o",),
         "ohno": ("oh no",), "ono": ("oh no",), "oono": ("oh oh no",), "satoh": ("sat oh",), "itoh": ("eat oh",),
         "ito": ("eat oh",), "yuki": ("you key",), "yuuki": ("you key",), "shota": ("show ta",), "shouta": ("show ta",),
         "yusuke": ("you ski",), "kato": ("cat oh",), "katoh": ("cat oh",), "goto": ("go toe",), "saito": ("sight oh",),
         "ota": ("oh ta",), "ohta": ("oh ta",), "takeshi": ("take she",), "tanaka": ("tanner ka",), "mari": ("marie",),
         "emi": ("amy",), "kei": ("kay",), "aki": ("achy",), "rei": ("ray",), "mai": ("my",), "haru": ("ha roo",),
         "batbayar": ("bat buyer",), "ganbold": ("gun bold",), "baatar": ("bar tar",), "enkhtuya": ("ink tuya",),
         "khulan": ("ku lan",), "nomin": ("no min",), "tuul": ("tool",), "sarnai": ("sir nigh",), "orgil": ("or gil",),
         "temuujin": ("temu gin",), "solongo": ("so long go",), "saruul": ("sa rule",), "tumur": ("tomb or",),
         "ganbaatar": ("gun bar tar",), "munkhbat": ("monk bat",), "battulga": ("bat tulga",), "uyanga": ("oo yanga",)}
_PHONE = {"MY": ("12", "13", "14", "16", "17", "19"), "SG": ("81", "82", "83", "84", "85", "87", "88", "90", "91", "93", "94", "96", "97", "98"),
          "ID": ("812", "813", "821", "822", "852", "853", "856", "857", "878", "896"),
          "PH": ("917", "918", "920", "927", "939", "945", "966", "995"),
          "MN": ("88", "99", "95", "94", "85", "80", "86", "89", "91"), "KR": ("10",)}
_MAILS = {"MY": ("gmail.com", "yahoo.com.my", "outlook.com"), "SG": ("gmail.com", "singnet.com.sg", "hotmail.com"),
          "ID": ("gmail.com", "yahoo.co.id"), "PH": ("gmail.com", "yahoo.com.ph"), "MN": ("gmail.com", "yahoo.com"),
          "KR": ("naver.com", "daum.net", "gmail.com")}
_STREETS = {"MY": (("Jalan Ampang", "Kuala Lumpur", "50450"), ("Jalan SS 2/24", "Petaling Jaya", "47300"),
                   ("Jalan Burma", "George Town", "10050"), ("Jalan Wong Ah Fook", "Johor Bahru", "80000"),
                   ("Jalan Sultan Idris Shah", "Ipoh", "30000")),
            "SG": (("Ang Mo Kio Avenue 3", "Singapore", "56"), ("Toa Payoh Lorong 1", "Singapore", "31"),
                   ("Tampines Street 21", "Singapore", "52"), ("Jurong West Street 42", "Singapore", "64"),
                   ("Bedok North Road", "Singapore", "46")),
            "ID": (("Jl. Kebon Jeruk Raya", "Jakarta Barat", "11530"), ("Jl. Pemuda", "Surabaya", "60271"),
                   ("Jl. Asia", "Medan", "20214"), ("Jl. Gajah Mada", "Pontianak", "78121"), ("Jl. Braga", "Bandung", "40111")),
            "PH": (("Ongpin Street, Binondo", "Manila", "1006"), ("Banawe Street", "Quezon City", "1114"),
                   ("Colon Street", "Cebu City", "6000"), ("San Pedro Street", "Davao City", "8000"),
                   ("Ayala Avenue", "Makati", "1226")),
            "MN": (("Peace Avenue, Bayanzurkh District", "Ulaanbaatar", "13381"), ("Seoul Street, Sukhbaatar District", "Ulaanbaatar", "14251"),
                   ("Chinggis Avenue, Khan-Uul District", "Ulaanbaatar", "17011"), ("Zaisan Street, Khan-Uul District", "Ulaanbaatar", "17042"),
                   ("Sukhbaatar Square, Bulgan Sum", "Erdenet", "61000")),
            "KR": (("Teheran-ro, Gangnam-gu", "Seoul", "06234"), ("Haeundae-ro, Haeundae-gu", "Busan", "48094"),
                   ("Songdo-dong, Yeonsu-gu", "Incheon", "21984"), ("Dongseong-ro, Jung-gu", "Daegu", "41940"),
                   ("Sejong-daero, Jongno-gu", "Seoul", "03172"))}
_LINES = {"MY": ("1300 88 1234",), "SG": ("1800 222 3344",), "ID": ("1500 123",), "PH": ("02 8888 1234",),
          "MN": ("1800 1234",), "KR": ("1588 1234",)}
_MONEY = {"MY": (("RM{n}", "RM {n}", "{n} ringgit"), (45, 120, 350, 800)), "SG": (("S${n}", "${n}", "SGD {n}"), (35, 90, 240, 600)),
          "ID": (("Rp{n}.000", "IDR {n},000", "{n} ribu"), (150, 250, 500, 750)),
          "PH": (("₱{n}", "PHP {n}", "{n} pesos"), (500, 1200, 2500, 4000)),
          "MN": (("{n},000₮", "MNT {n},000", "{n} thousand tugrik"), (50, 120, 300, 450)),
          "KR": (("₩{n},000", "{n},000 won", "KRW {n},000"), (30, 55, 120, 200))}
_PLACES = ("Penang", "Ipoh", "Malacca", "Kuching", "Sentosa", "Jurong", "Surabaya", "Bali", "Cebu", "Baguio",
           "Ulaanbaatar", "Terelj", "Busan", "Jeju", "Hokkaido", "Vancouver", "Markham", "Box Hill", "Chatswood", "Flushing")
_VENUES = ("Ah Kow Kopitiam", "Wong's Dim Sum", "the Lee Kitchen", "Tan's Bak Kut Teh", "the Golden Khan Hotpot",
           "Chung Ho Bakery", "Mama Lim's Laksa", "the Sato Ramen Bar", "Genghis Grill", "the Seoul Garden BBQ",
           "Uncle Go's Hopia", "the Ono Sushi Train")
_PRODUCTS = ("the Jade Saver plan", "the Golden Lotus bundle", "the Seoul Starter pack", "the Sakura rewards card",
             "the Gobi Gold cover", "the Dragon Fibre Max deal", "the Merlion Flexi plan", "the Batik Family bundle")
_PHRASES = ("she said no", "who knows", "sometime in june", "a chin strap", "may be later", "no way", "a long way round",
            "you see", "on the go", "a tall tree", "a cow bell", "oh no not again")
_POSTNAME = {"MY": "poskod", "ID": "kode pos", "PH": "zip code"}
# every two-syllable pinyin or Korean given name an engine may print as its syllables: ``xiaoming`` -> ``xiao ming``
_SYLLABLES = frozenset(s.lower() for k in ("mainland", "korean") for g in ("male_syllable", "female_syllable")
                       for s in tables()[k][g])
# where a Mongolian compound given name may break in speech: Tumur|baatar, Oyun|tsetseg, Bat|bayar
_ELEMENTS = ("baatar", "bayar", "bold", "dorj", "erdene", "tsetseg", "chimeg", "gerel", "suren", "saikhan", "tuya",
             "jargal", "khuyag", "zorig", "bileg", "tulga", "bat")
_ENGLISH = frozenset(n.lower() for v in tables()["english"].values() for n in v)


def home_phone(rng: random.Random, country: str) -> str:
    """A mobile number as typed in Malaysia, Singapore, Indonesia, the Philippines, Mongolia or Korea."""
    p = rng.choice(_PHONE[country])
    if country == "MY":
        n = p + S.digits(rng, 7, "2356789")
        return rng.choice((f"0{n[:2]}-{n[2:5]} {n[5:]}", f"+60 {n[:2]}-{n[2:5]} {n[5:]}", f"0{n}", f"+60{n}"))
    if country == "SG":
        n = p + S.digits(rng, 6)
        return rng.choice((f"{n[:4]} {n[4:]}", f"+65 {n[:4]} {n[4:]}", f"+65{n}", n))
    if country == "ID":
        n = p + S.digits(rng, 8)
        return rng.choice((f"0{n[:3]}-{n[3:7]}-{n[7:]}", f"+62 {n[:3]} {n[3:7]} {n[7:]}", f"0{n}", f"+62{n}"))
    if country == "PH":
        n = p + S.digits(rng, 7)
        return rng.choice((f"0{n[:3]} {n[3:6]} {n[6:]}", f"+63 {n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+63{n}"))
    if country == "MN":
        n = p + S.digits(rng, 6)
        return rng.choice((f"{n[:4]} {n[4:]}", f"+976 {n[:4]} {n[4:]}", f"+976{n}", f"{n[:4]}-{n[4:]}"))
    n = p + S.digits(rng, 8, "2346789")
    return rng.choice((f"0{n[:2]}-{n[2:6]}-{n[6:]}", f"+82 {n[:2]}-{n[2:6]}-{n[6:]}", f"0{n}", f"+82 {n[:2]} {n[2:6]} {n[6:]}"))


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, city, postcode) at home."""
    street, city, post = rng.choice(_STREETS[country])
    n = rng.randint(2, 180)
    if country == "MY":
        return rng.choice((f"No. {n}, {street}", f"{n}, {street}", f"Lot {n}, {street}")), city, post
    if country == "SG":
        block = rng.randint(101, 699)
        unit = f"{rng.randint(2, 15):02d}-{rng.randint(1, 300):02d}"
        return rng.choice((f"Blk {block} {street}, Unit {unit}", f"Block {block} {street}")), city, f"{post}{block:04d}"
    if country == "ID":
        return rng.choice((f"{street} No. {n}", f"{street} No. {n}, RT {rng.randint(1, 12)}")), city, post
    if country == "PH":
        return rng.choice((f"{n} {street}", f"Unit {rng.randint(2, 30)}, {n} {street}")), city, post
    if country == "MN":
        return rng.choice((f"Building {n}, Apartment {rng.randint(1, 90)}, {street}", f"Khoroo {rng.randint(1, 20)}, Building {n}, {street}")), city, post
    return rng.choice((f"{n}, {street}", f"{n}-{rng.randint(1, 30)}, {street}")), city, post


class ProfileAD(PersonSlots, SpelledPerson, HomeCaller, ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention (``_profile_dev_s``), ``person(slot)`` one
    name mention in this split's forms."""

    HINT_SHARE, HINT_WORD, HINTED_LETTERS = 0.3, "as in", 1  # "p as in peter" for the first letter only
    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY = HOME, ("MY", "SG"), HEARD, _MAILS, _LINES, _MONEY
    UNIT = {"MY": "ringgit", "SG": "dollars", "ID": "thousand rupiah", "PH": "pesos", "MN": "thousand tugrik",
            "KR": "thousand won"}
    MONTH, POSTNAME = "next month", _POSTNAME
    NEUTRAL = {"place": _PLACES, "venue": _VENUES, "product": _PRODUCTS, "phrase": _PHRASES}
    home_phone, home_address = staticmethod(home_phone), staticmethod(home_address)

    def _habits(self, rng: random.Random) -> None:
        """This call's engine: a long part broken in two now and then; a joined given name printed as syllables."""
        super()._habits(rng)
        self.split_syllables = self.asr and rng.random() < 0.55

    def _syllables(self, parts: list) -> list:
        out = []
        for p in parts:
            cut = 0 if p in _SYLLABLES else next((k for k in range(2, len(p) - 1) if p[:k] in _SYLLABLES and p[k:] in _SYLLABLES), 0)
            if cut and p not in _ENGLISH and self.split_syllables and self.rng.random() < 0.7:
                out += [p[:cut], p[cut:]]
            else:
                out.append(p)
        return out

    def _hear(self, text: str) -> str:
        """ASR as ``HomeCaller`` hears it, the patronymic initial said alone (``b batbayar``), a Mongolian compound
        broken where its parts meet (``tumur baatar``) and joined syllables printed apart (``xiao ming``)."""
        initial = re.match(r"([A-Z])\. (.+)", text)
        if initial:
            return initial.group(1).lower() + " " + self._hear(initial.group(2))
        parts = text.split(" ")
        if self.split_long and self.rng.random() < 0.4:
            for i, p in enumerate(parts):
                end = next((e for e in _ELEMENTS if p.lower().endswith(e) and len(p) - len(e) >= 3), "")
                if end and len(p) >= 8:
                    parts[i] = f"{p[:-len(end)]} {p[-len(end):]}"
                    break
        said = super()._hear(" ".join(parts))
        return " ".join(self._syllables(said.split()))

    def person(self, slot: str) -> str:
        """As ``SpelledPerson`` prints it; an agent's name said plainly loses its hyphen and initial's full stop too."""
        said = super().person(slot)
        return re.sub(r"\s+", " ", re.sub(r"[.-]", " ", said)).strip() if self.asr else said

    def value(self, slot: str) -> str:
        if slot == "ADDR" and self.asr and self.country in HOME:
            text = re.sub(r"\bblk\b", "block", re.sub(r"\bjl\b\.?", "jalan", super().value(slot)))
            text = self.fold(text).replace(":", " ").replace(".", " ").replace("-", " ").replace("/", " ")
            return re.sub(r"\s+", " ", text).strip()
        return super().value(slot)
