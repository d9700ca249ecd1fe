"""The ``dev_ag`` conversation profile: a caller of a US / UK / Canadian / Australian contact centre, or at home in
Nigeria, Ghana, Ethiopia, Kenya, Vietnam or Singapore, with a mainland Chinese, Vietnamese, Korean / Japanese,
Nigerian / Ghanaian, Ethiopian / Eritrean / Somali or English name (``_names_dev_ag``); a family member; the agent
and an earlier agent; the values of the call (the number-word and shape helpers of ``_profile_dev_s``, plus home
phones, addresses and postcodes) and how each name is said (ASR: lower case, marks dropped, a long part broken in
two, two short parts run together, a syllable heard as English words, spelled with ``t as in tom``) or typed.
Neutral look-alikes: places, shops, products and phrases with name-like words. Written blind.

Person slots: ``NAME`` (full), ``GIVEN`` (what the person is called: a nickname for some West African callers),
``SURNAME`` (the family or father's name), ``SPELT`` / ``GSPELT`` (surname / given name letter by letter), ``THIRD``
(the family member), ``STAFF`` / ``STAFFNAME`` (the agent's given / full name), ``PREV`` (an earlier agent).
"""
from __future__ import annotations

import random
import re
import unicodedata

from benchmarks import _profile_dev_s as S
from benchmarks._profile_dev_s import ONES, ProfileS
from benchmarks._staged_people import HomeCaller, PersonSlots, SpelledPerson

DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
HOME = ("NG", "GH", "ET", "KE", "VN", "SG")
# A speech engine prints a name part it hears as English words; the printed form is the gold span.
HEARD = {"nguyen": ("win", "new win", "when"), "tran": ("train", "tron"), "pham": ("farm", "fam"), "le": ("lay",),
         "hoang": ("wong", "hwang"), "vu": ("view",), "bui": ("buoy", "boo ee"), "ngo": ("no",), "dang": ("dang",),
         "duong": ("zoong",), "huynh": ("win",), "minh": ("min",), "thi": ("tea", "tee"), "van": ("van",),
         "duc": ("duck",), "hung": ("hung",), "phuong": ("foong",), "thanh": ("tan",), "ngoc": ("knock",),
         "liu": ("lou", "leo"), "zhang": ("jang", "jong"), "wang": ("wong",), "xu": ("shoe",), "xiao": ("shower",),
         "zhou": ("joe",), "chen": ("chen",), "wei": ("way",), "ming": ("ming",), "xin": ("shin",), "qing": ("ching",),
         "jie": ("jay",), "yang": ("young",), "jun": ("june",), "hui": ("hway",), "zhi": ("jer",), "qiang": ("chang",),
         "xiang": ("shang",), "feng": ("fung",), "hao": ("how",), "kim": ("kim",), "park": ("park",), "choi": ("choy",),
         "jung": ("young",), "seo": ("so",), "yoon": ("yun",), "tanaka": ("tanaka",), "sato": ("satto",),
         "ito": ("eto",), "kato": ("cato",), "yuki": ("yucky",), "mei": ("may",), "mai": ("my",),
         "chukwuemeka": ("chuck wu emeka", "chuckwu mecca"), "oluwaseun": ("olu wa shaun", "oluwa sean"),
         "kwabena": ("kwa bena",), "abubakar": ("abu bakar", "a boo baker"), "olumide": ("olu meedy",),
         "adebayo": ("adi bio", "ade bayo"), "ngozi": ("n gozi",), "chinedu": ("chin edu",), "obinna": ("o bina",),
         "nnamdi": ("nam dee",), "kofi": ("coffee",), "kwame": ("qua may",), "yaw": ("yaw",), "ama": ("arma",),
         "mensah": ("mensa",), "asante": ("a santi",), "owusu": ("o woo sue",), "osei": ("o say",),
         "boateng": ("bo a teng",), "okafor": ("okay for",), "okeke": ("o kay kay",), "eze": ("easy",),
         "yohannes": ("yo hannes",), "tesfaye": ("tess fire", "tesfa ye"), "abebe": ("a bebe",), "bekele": ("be kelly",),
         "haile": ("highly",), "dawit": ("da wit",), "warsame": ("war sammy",), "hodan": ("ho dan",),
         "farah": ("fara",), "abdi": ("abby",), "tigist": ("tea gist",), "girma": ("gurmah",)}
_PHONE = {"NG": ("803", "806", "813", "816", "703", "706", "810", "814", "903", "805", "807", "815", "802", "808", "812", "701", "902"),
          "GH": ("24", "54", "55", "20", "50", "26", "27", "57"),
          "ET": ("91", "92", "93", "94"),
          "KE": ("710", "711", "712", "720", "721", "722", "723", "724", "725", "726", "727", "728", "729", "790", "791", "792", "793", "740", "741", "742", "743", "745", "746", "748", "757", "758", "759", "768", "769", "110", "111", "112"),
          "VN": ("90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "88"),
          "SG": ("81", "82", "83", "84", "85", "86", "87", "88", "90", "91", "92", "93", "94", "96", "97", "98")}
_CC = {"NG": "234", "GH": "233", "ET": "251", "KE": "254", "VN": "84", "SG": "65"}
_MAILS = {"NG": ("gmail.com", "yahoo.com", "outlook.com"), "GH": ("gmail.com", "yahoo.com", "hotmail.com"),
          "ET": ("gmail.com", "yahoo.com", "ethionet.et"), "KE": ("gmail.com", "yahoo.com", "outlook.com"),
          "VN": ("gmail.com", "yahoo.com.vn", "outlook.com"), "SG": ("gmail.com", "singnet.com.sg", "hotmail.com")}
_STREETS = {"NG": (("Adeola Odeku Street, Victoria Island", "Lagos", "101241"), ("Allen Avenue, Ikeja", "Lagos", "100271"),
                   ("Aminu Kano Crescent, Wuse II", "Abuja", "900288"), ("Ogui Road", "Enugu", "400102"),
                   ("Ahmadu Bello Way", "Kaduna", "800283")),
            "GH": (("Oxford Street, Osu", "Accra", "GA-"), ("Spintex Road", "Accra", "GT-"), ("Harper Road, Adum", "Kumasi", "AK-"),
                   ("Liberation Road, Airport Residential", "Accra", "GA-")),
            "ET": (("Bole Road, Woreda 03", "Addis Ababa", "1000"), ("Churchill Avenue, Piassa", "Addis Ababa", "1000"),
                   ("Haile Gebreselassie Road, CMC", "Addis Ababa", "1000"), ("Kebele 14, Piassa", "Gondar", "6200")),
            "KE": (("Ngong Road, Kilimani", "Nairobi", "00100"), ("Moi Avenue", "Mombasa", "80100"),
                   ("First Avenue, Eastleigh", "Nairobi", "00610"), ("Kenyatta Avenue", "Nakuru", "20100")),
            "VN": (("Nguyen Hue Street, District 1", "Ho Chi Minh City", "700000"), ("Le Loi Street, Ben Thanh Ward", "Ho Chi Minh City", "700000"),
                   ("Tran Hung Dao Street, Hoan Kiem District", "Hanoi", "100000"), ("Bach Dang Street, Hai Chau District", "Da Nang", "550000")),
            "SG": (("Ang Mo Kio Avenue 3", "Singapore", "56"), ("Tampines Street 21", "Singapore", "52"),
                   ("Jurong West Street 42", "Singapore", "64"), ("Toa Payoh Lorong 1", "Singapore", "31"))}
_LINES = {"NG": ("0700 225 5226",), "GH": ("0302 611 611",), "ET": ("0116 180 000",), "KE": ("0709 876 000",),
          "VN": ("1800 588 822",), "SG": ("1800 225 5663",)}
_MONEY = {"NG": (("{n} naira", "₦{n}", "NGN {n}"), (5000, 12500, 25000, 48000)), "GH": (("{n} cedis", "GH₵{n}", "GHS {n}"), (120, 350, 800, 1500)),
          "ET": (("{n} birr", "ETB {n}", "Br {n}"), (450, 1200, 3500, 8000)), "KE": (("{n} shillings", "KSh {n}", "KES {n}"), (1500, 4200, 9000, 15000)),
          "VN": (("{n} dong", "{n} VND", "{n}đ"), (50000, 150000, 450000, 850000)), "SG": (("{n} dollars", "S${n}", "SGD {n}"), (45, 120, 380, 900))}
_PLACES = ("Lagos", "Abuja", "Accra", "Kumasi", "Addis Ababa", "Nairobi", "Mombasa", "Hanoi", "Da Nang", "Hoi An",
           "Singapore", "Sentosa", "Peckham", "Silver Spring", "Little Saigon", "Scarborough", "Cabramatta", "Footscray",
           "Koreatown", "Chinatown")
_VENUES = ("Mama Put Kitchen", "the Jollof Palace", "Saigon Pho House", "Golden Lotus Market", "the Addis Red Sea cafe",
           "Kim's Convenience Store", "Uncle Wang's Noodle Bar", "the Kente Cloth Shop", "Sakura Sushi", "the Bole Road pharmacy",
           "Lucky Star Bakery", "the Blue Nile Restaurant")
_PRODUCTS = ("the Harmattan Saver plan", "the Jade Rewards card", "the Baobab broadband deal", "the Sakura family bundle",
             "the Lotus Flex tariff", "the Kilimanjaro travel cover", "the Golden Dragon data pack", "the Savannah Silver policy")
_PHRASES = ("on the winning side", "missed my train", "fresh from the farm", "the way it goes", "young at heart",
            "a knock at the door", "a cup of coffee", "tea for two", "easy does it", "highly unlikely", "a real lou",
            "shoe laces", "may be later", "duck soup", "a jolly good time")
_FOLD = str.maketrans({"Đ": "D", "đ": "d", "₦": "N", "₵": "C"})


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.translate(_FOLD)).encode("ascii", "ignore").decode()


def home_phone(rng: random.Random, country: str) -> str:
    """A mobile number as typed in Nigeria, Ghana, Ethiopia, Kenya, Vietnam or Singapore."""
    p, cc = rng.choice(_PHONE[country]), _CC[country]
    if country == "SG":
        n = p + S.digits(rng, 6)
        return rng.choice((f"{n[:4]} {n[4:]}", n, f"+65 {n[:4]} {n[4:]}", f"+65{n}"))
    n = p + S.digits(rng, {"NG": 10, "GH": 9, "ET": 9, "KE": 9, "VN": 9}[country] - len(p))
    if country == "NG":
        return rng.choice((f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+234 {n[:3]} {n[3:6]} {n[6:]}", f"+234{n}"))
    if country == "VN":
        return rng.choice((f"0{n[:2]} {n[2:6]} {n[6:]}", f"0{n}", f"+84 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:3]}.{n[3:6]}.{n[6:]}"))
    return rng.choice((f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n}", f"+{cc} {n[:2]} {n[2:5]} {n[5:]}", f"+{cc}{n}"))


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, city, postcode) at home."""
    street, city, post = rng.choice(_STREETS[country])
    n = rng.randint(2, 180)
    if country == "GH":  # a GhanaPost digital address
        return f"House {n}, {street}", city, f"{post}{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    if country == "ET":
        return rng.choice((f"House No. {n}, {street}", f"{street}, House {n}")), city, post
    if country == "KE":
        return rng.choice((f"{street}, House {n}", f"Apartment {rng.randint(1, 40)}, {street}")), city, post
    if country == "VN":
        return rng.choice((f"{n} {street}", f"{n}/{rng.randint(1, 30)} {street}")), city, post
    if country == "SG":
        block = rng.randint(100, 699)
        return f"Blk {block} {street}, #{rng.randint(2, 15):02d}-{rng.randint(10, 99)}", city, f"{post}{block % 1000:04d}"[:6]
    return rng.choice((f"{n} {street}", f"Plot {n}, {street}", f"Flat {rng.randint(1, 12)}, {n} {street}")), city, post


class ProfileAG(PersonSlots, SpelledPerson, HomeCaller, ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention (``_profile_dev_s``), ``person(slot)`` one
    name mention in this split's forms."""

    HINT_SHARE, HINT_WORD, HINTED_LETTERS = 0.4, "as in", 2  # "t as in tom, a as in ..." for the first letters
    fold = staticmethod(ascii_fold)
    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY = HOME, HOME, HEARD, _MAILS, _LINES, _MONEY
    LONG_PART, MERGE_SHARE = 9, 0.45
    UNIT = {"NG": "naira", "GH": "cedis", "ET": "birr", "KE": "shillings", "VN": "dong", "SG": "dollars"}
    POSTNAME = {"GH": "digital address", "KE": "postal code", "NG": "postcode", "VN": "postcode", "SG": "postal code"}
    NEUTRAL = {"place": _PLACES, "venue": _VENUES, "product": _PRODUCTS, "phrase": _PHRASES}
    home_phone, home_address = staticmethod(home_phone), staticmethod(home_address)

    def person(self, slot: str) -> str:
        """As the staged families say it; an agent's hyphenated name said plainly is printed without the hyphen."""
        said = super().person(slot)
        return re.sub(r"\s+", " ", said.replace("-", " ")).strip() if self.asr else said

    def value(self, slot: str) -> str:
        home = self.country in HOME
        if slot == "ADDR" and self.asr and home:
            text = ascii_fold(super().value(slot)).replace("#", "unit ").replace(".", " ").replace(":", " ")
            return re.sub(r"\s+", " ", text.replace("-", " ")).strip()
        if slot == "POST" and self.asr and home:
            return " ".join(ONES[int(ch)] if ch.isdigit() else ch.lower() for ch in self.raw["POST"] if ch.isalnum())
        return super().value(slot)
