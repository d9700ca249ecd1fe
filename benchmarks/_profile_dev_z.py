"""The ``dev_z`` conversation profile: a caller of a UK / US / Canadian / Australian contact centre, or at home in
Taiwan, Singapore, Vietnam, Korea or Japan, with a Chinese, Vietnamese, Korean or Japanese name, an English given name
and an East / Southeast Asian surname, or an English name; a family member; the agent and an earlier agent; the values
of the call (``_profile_dev_s``'s number words and shapes, plus home phones, addresses and postcodes) and how each name
is said (ASR: lower case, Vietnamese marks dropped, hyphenated given names split or run together, a long Japanese
vowel said long, a short part heard as an English word, spelled letter by letter) or typed (Vietnamese with its marks
or without). Neutral look-alikes: places, shops, products and phrases with name-like words. Written blind.
"""
from __future__ import annotations

import random
import re

from benchmarks import _profile_dev_s as S
from benchmarks._profile_dev_s import ProfileS
from benchmarks._staged_people import HomeCaller, PersonSlots, SpelledPerson, ascii_fold

DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
HOME = ("TW", "SG", "VN", "KR", "JP")
# A speech engine prints a short or unusual name part as English words; the printed form is the gold span.
HEARD = {"ng": ("eng", "in"), "ho": ("hoe", "who"), "ma": ("mar", "mah"), "lee": ("lea", "leigh"), "yu": ("you", "ewe"),
         "le": ("lay", "lee"), "do": ("dough", "doe"), "lam": ("lamb",), "wong": ("wrong",), "chan": ("chant",),
         "lau": ("lao", "low"), "yau": ("yo",), "to": ("toe", "two"), "mo": ("mow",), "so": ("sew",), "ko": ("coe",),
         "oh": ("owe",), "park": ("parked",), "kim": ("kin",), "song": ("song",), "moon": ("moon",), "bae": ("bay",),
         "shin": ("shin",), "han": ("hun",), "ha": ("hah",), "nam": ("nom",), "min": ("mean",), "jung": ("young",),
         "nguyen": ("new when", "win"), "tran": ("tron", "train"), "pham": ("farm", "fam"), "hoang": ("wong",),
         "huynh": ("win",), "phan": ("fan",), "vu": ("voo",), "vo": ("voe",), "thi": ("tea", "tee"), "van": ("van",),
         "trang": ("chang",), "thu": ("two",), "linh": ("lin",), "minh": ("min",), "anh": ("an",), "duc": ("duck",),
         "phuong": ("foo ong",), "thao": ("tower",), "chang": ("change",), "hsu": ("sue", "shoe"), "tsai": ("sigh",),
         "chen": ("chan",), "lin": ("lynn",), "huang": ("hwang",), "kuo": ("quo",), "wei": ("way",), "hsieh": ("shay",),
         "chou": ("joe",), "li": ("lee",), "mei": ("may",), "ling": ("ling",), "sato": ("sat oh",), "ito": ("eat oh",),
         "kato": ("cat oh",), "abe": ("abby",), "mori": ("maury",), "ono": ("oh no",), "ryo": ("rio",), "yuki": ("you key",),
         "haru": ("ha roo",), "sora": ("sorer",), "kenji": ("ken g",), "daisuke": ("dice kay",), "aoki": ("ah oh key",),
         "hoon": ("hoon",), "woo": ("woo",), "yoon": ("yoon",), "seo": ("so",), "cho": ("joe",), "choi": ("choy",)}
_PHONE = {"TW": ("912", "921", "933", "958", "972", "988", "910", "920"), "SG": ("8", "9"),
          "VN": ("90", "91", "93", "94", "96", "97", "98", "86", "88", "70", "77", "81", "83", "84", "32", "33", "35"),
          "KR": ("10",), "JP": ("90", "80", "70")}
_CC = {"TW": "886", "SG": "65", "VN": "84", "KR": "82", "JP": "81"}
_MAILS = {"TW": ("gmail.com", "yahoo.com.tw", "outlook.com"), "SG": ("gmail.com", "singnet.com.sg", "hotmail.com"),
          "VN": ("gmail.com", "yahoo.com.vn", "outlook.com"), "KR": ("naver.com", "gmail.com", "daum.net"),
          "JP": ("gmail.com", "yahoo.co.jp", "docomo.ne.jp")}
_STREETS = {"TW": (("Zhongxiao East Road Section 4", "Taipei", "106"), ("Minsheng East Road Section 3", "Taipei", "104"),
                   ("Wenxin Road Section 2", "Taichung", "407"), ("Zhongshan 1st Road", "Kaohsiung", "800")),
            "SG": (("Ang Mo Kio Avenue 3", "Singapore", "56"), ("Tampines Street 21", "Singapore", "52"),
                   ("Jurong West Street 42", "Singapore", "64"), ("Bedok North Road", "Singapore", "46")),
            "VN": (("Le Loi Street, District 1", "Ho Chi Minh City", "700000"), ("Hai Ba Trung Street", "Hanoi", "100000"),
                   ("Nguyen Van Linh Road, District 7", "Ho Chi Minh City", "700000"), ("Tran Phu Street", "Da Nang", "550000")),
            "KR": (("Teheran-ro, Gangnam-gu", "Seoul", "06"), ("Haeundae-ro, Haeundae-gu", "Busan", "48"),
                   ("Sejong-daero, Jung-gu", "Seoul", "04"), ("Dongseong-ro, Jung-gu", "Daegu", "41")),
            "JP": (("Shibuya, Shibuya-ku", "Tokyo", "150"), ("Umeda, Kita-ku", "Osaka", "530"),
                   ("Sakae, Naka-ku", "Nagoya", "460"), ("Tenjin, Chuo-ku", "Fukuoka", "810"))}
_LINES = {"TW": ("0800 123 456",), "SG": ("1800 222 3344",), "VN": ("1900 5555 12",), "KR": ("1588 1234",), "JP": ("0120 444 555",)}
_MONEY = {"TW": (("NT${n}", "{n} NTD", "{n} dollars"), (350, 1200, 2800, 4500)), "SG": (("S${n}", "{n} SGD"), (45, 120, 380, 900)),
          "VN": (("{n},000 dong", "{n}.000đ", "{n}k VND"), (150, 450, 900, 1200)), "KR": (("₩{n},000", "{n},000 won"), (35, 80, 150, 420)),
          "JP": (("¥{n},000", "{n},000 yen"), (3, 8, 12, 45))}
_UNIT = {"TW": "dollars", "SG": "dollars", "VN": "thousand dong", "KR": "thousand won", "JP": "thousand yen"}
_PLACES = ("Taipei", "Kaohsiung", "Hanoi", "Da Nang", "Hue", "Busan", "Incheon", "Osaka", "Kyoto", "Sapporo", "Kowloon",
           "Little Saigon", "Koreatown", "Richmond", "Flushing", "Cabramatta", "Chinatown", "Jurong")
_VENUES = ("Lee Gardens Mall", "Pho Saigon Kitchen", "Wong's Bakery", "the Kim Chi House", "Sakura Sushi Bar",
           "Golden Lotus Market", "Song's Noodle Bar", "the Ho Chi Minh Cafe", "Ma's Dumplings", "Lucky Dragon Grocers",
           "Hanok Barbecue", "Tokyo Central")
_PRODUCTS = ("the Lotus Saver plan", "the Sakura Plus tariff", "the Jade Shield policy", "the Dragon Mile card",
             "the Bamboo Fibre bundle", "the Lee Premier cover", "the Kim Family pack", "the Pearl Travel plan")
_PHRASES = ("a ho hum day", "a ma and pa shop", "to do or not to do", "a song and dance", "the moon was out",
            "a young crowd", "the wrong turn", "a lamb roast", "a fan of it", "win or lose", "a duck pond",
            "a shin splint", "may be later", "a quo vadis moment")
_LONG = {"ryunosuke": "ryuunosuke", "yusuke": "yuusuke", "kosuke": "kousuke", "shota": "shouta", "kohei": "kouhei",
         "yuto": "yuuto", "ryota": "ryouta", "shohei": "shouhei", "kota": "kouta", "yuki": "yuuki", "goto": "gotou",
         "ito": "itou", "kato": "katou", "sato": "satou", "saito": "saitou", "endo": "endou", "ando": "andou",
         "kondo": "kondou", "kudo": "kudou", "ota": "oota", "ono": "oono"}


def home_phone(rng: random.Random, country: str) -> str:
    """A mobile number as typed in Taiwan, Singapore, Vietnam, Korea or Japan."""
    p, cc = rng.choice(_PHONE[country]), _CC[country]
    if country == "TW":
        n = p + S.digits(rng, 6)
        return rng.choice((f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+886 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]}-{n[3:]}"))
    if country == "SG":
        n = p + rng.choice("1234567") + S.digits(rng, 6)
        return rng.choice((f"{n[:4]} {n[4:]}", n, f"+65 {n[:4]} {n[4:]}", f"+65{n}"))
    if country == "VN":
        n = p + S.digits(rng, 7)
        return rng.choice((f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n}", f"+84 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:3]} {n[3:6]} {n[6:]}"))
    if country == "KR":
        n = p + rng.choice("234678") + S.digits(rng, 7)
        return rng.choice((f"0{n[:2]}-{n[2:6]}-{n[6:]}", f"0{n}", f"+82 {n[:2]} {n[2:6]} {n[6:]}", f"0{n[:2]} {n[2:6]} {n[6:]}"))
    n = p + rng.choice("123456789") + S.digits(rng, 7)
    return rng.choice((f"0{n[:2]}-{n[2:6]}-{n[6:]}", f"0{n}", f"+81 {n[:2]} {n[2:6]} {n[6:]}", f"+81-{n[:2]}-{n[2:6]}-{n[6:]}"))


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, city, postcode) at home."""
    street, city, post = rng.choice(_STREETS[country])
    n = rng.randint(2, 180)
    if country == "TW":
        addr = rng.choice((f"No. {n}, {street}", f"{rng.randint(2, 12)}F, No. {n}, {street}"))
        return addr, city, post + S.digits(rng, 2)
    if country == "SG":
        return f"Blk {rng.randint(100, 699)} {street}", city, post + S.digits(rng, 4)
    if country == "VN":
        return f"{n} {street}", city, post
    if country == "KR":
        return rng.choice((f"{n} {street}", f"{n} {street}, Apt {rng.randint(101, 120)}-{rng.randint(101, 1504)}")), city, post + S.digits(rng, 3)
    addr = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {street}"
    return addr, city, f"{post}-{S.digits(rng, 4)}"


class ProfileZ(PersonSlots, SpelledPerson, HomeCaller, ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention (``_profile_dev_s``), ``person(slot)`` one
    name mention in this split's forms."""

    HINT_SHARE, HINT_WORD, HINTED_LETTERS = 0.3, "as in", 1  # "n as in november" for the first letter only
    HOME, STAND_IN, BRITISH_AT_HOME, MERGE_SHARE, HEARD = HOME, "US", ("SG",), 0.4, HEARD
    MAILS, LINES, MONEY, UNIT = _MAILS, _LINES, _MONEY, _UNIT
    NEUTRAL = {"place": _PLACES, "venue": _VENUES, "product": _PRODUCTS, "phrase": _PHRASES}
    home_phone, home_address = staticmethod(home_phone), staticmethod(home_address)

    def _habits(self, rng: random.Random) -> None:
        self.long_vowel = self.asr and rng.random() < 0.5
        self.marks = not self.asr and rng.random() < 0.35  # chat: Vietnamese typed with its marks

    def _hear(self, text: str) -> str:
        """ASR: lower case without marks; a hyphenated given name split (default) or run together; two short parts
        run together; a Japanese long vowel printed long; one short part heard as English words."""
        rng = self.rng
        joined = self.merge and rng.random() < 0.4
        parts = ascii_fold(text).lower().replace("-", "" if joined else " ").split()
        if self.long_vowel:
            parts = [_LONG.get(p, p) if rng.random() < 0.6 else p for p in parts]
        return " ".join(self._heard_as_words(self._run_together(parts, 3, 4, 0.3), alone=True))

    def person(self, slot: str) -> str:
        value = super().person(slot)
        if not self.asr and not self.marks and slot not in ("SPELT", "GSPELT"):
            return ascii_fold(value)
        return value

    def value(self, slot: str) -> str:
        if slot == "ADDR" and self.asr and self.country in HOME:
            return re.sub(r"\s+", " ", super().value(slot).replace(".", " ").replace("-", " ")).strip()
        if slot == "POST" and self.asr:
            return re.sub(r"\s+", " ", super().value(slot).replace("-", " ")).strip()
        return super().value(slot)
