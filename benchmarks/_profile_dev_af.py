"""The ``dev_af`` conversation profile: a caller or chat customer at home in Taiwan, Hong Kong, Japan or Korea, or in
the US, Canada, the UK or Australia, with a Taiwanese, Hong Kong, Japanese, Korean, mainland Chinese or English name
(``_names_dev_af``); a family member; the agent and an earlier agent; the values of the call (the number-word and
shape helpers of ``_profile_dev_s``, plus local mobiles, addresses and postcodes) and how each name is said or typed.
ASR: lower case, hyphenated given names said as two words, a long part broken in two, two short syllables run
together, a syllable heard as an English word (``xu`` -> ``shoe``, ``zhou`` -> ``joe``, ``wang`` -> ``one``, ``he``
-> ``her``, ``lina`` -> ``lena``, ``tsang`` -> ``sang``); spelled letter by letter. Extra person slots: ``ENG`` (the
customer's English name, or one they use), ``WRONG`` (the name as an agent reads it back wrongly: another surname of
the group). Neutral look-alikes: places, shops, products and phrases with name-like words (``a shoe box``, ``joe
public``, ``young at heart``). Written blind.
"""
from __future__ import annotations

import random
import re

from benchmarks import _profile_dev_s as S
from benchmarks._profile_dev_s import ProfileS
from benchmarks._staged_people import PERSONS, HomeCaller, PersonSlots, SpelledPerson
from benchmarks._names_dev_af import tables
from recognizers import entities as E

DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
SLOTS = PERSONS + ("ENG", "WRONG")
HOME = ("TW", "HK", "JP", "KR")
# A speech engine prints a name syllable it hears as English words; the printed form is the gold span.
HEARD = {"xu": ("shoe", "sue"), "zhou": ("joe",), "wang": ("one", "wong"), "he": ("her",), "lina": ("lena",),
         "li": ("lee",), "na": ("nah",), "zhang": ("jung", "john"), "xiao": ("shout",), "qiang": ("chang",),
         "jie": ("jay",), "yu": ("you",), "mei": ("may",), "lin": ("lynn",), "wei": ("way",), "hao": ("how",),
         "xin": ("sin",), "zhu": ("jew", "chew"), "qi": ("chee",), "xia": ("sha",), "cao": ("chow",), "sun": ("son",),
         "ma": ("mar",), "hu": ("who",), "gao": ("gow",), "zheng": ("jung",), "tang": ("tongue",), "deng": ("dung",),
         "hsu": ("sue", "shoe"), "tsai": ("tie", "sigh"), "hsieh": ("shay",), "kuo": ("quo", "go"), "chien": ("chin",),
         "chih": ("cheer", "jer"), "ming": ("mean",), "chieh": ("jay",), "hsuan": ("swan",), "tzu": ("zoo",),
         "tseng": ("zeng",), "chiu": ("chew",), "yeh": ("yay",), "chuang": ("twang",), "chiang": ("jiang",),
         "tsang": ("sang",), "yeung": ("young",), "cheung": ("chung",), "ng": ("eng", "ing"), "yip": ("yep",),
         "kwok": ("quack",), "leung": ("lung",), "wong": ("wrong",), "tse": ("see",), "poon": ("poon",),
         "tai": ("tie",), "ka": ("car",), "wai": ("why",), "yee": ("ye",), "hui": ("huey",), "siu": ("sue",),
         "lok": ("lock",), "fai": ("fly",), "keung": ("kyung",), "chun": ("chin",), "sze": ("see",), "fung": ("fun",),
         "sato": ("sat oh",), "kato": ("cato",), "ito": ("eat oh",), "suzuki": ("sue zuki",), "tanaka": ("tanner car",),
         "yuki": ("you key",), "kenji": ("ken gee",), "haruka": ("ha ruka",), "yuko": ("you co",), "saori": ("say or e",),
         "lee": ("li",), "park": ("bark",), "choi": ("choy", "joy"), "jung": ("young",), "kang": ("kong",),
         "seo": ("so",), "jun": ("june",), "min": ("mean",), "ji": ("gee",), "eun": ("un",), "yoon": ("yun",),
         "ho": ("hoe",), "woo": ("who",), "hyun": ("hewn",), "joon": ("june",), "soo": ("sue",), "ah": ("a",),
         "kim": ("kym",), "oh": ("o",), "son": ("sun",), "moon": ("mun",), "yoo": ("you",), "han": ("hun",)}
_PHONE = {"TW": ("910", "912", "916", "920", "921", "928", "932", "933", "937", "952", "958", "963", "968", "972",
                 "975", "978", "983", "988"),
          # four-digit heads each valid for every ending in phonenumbers' metadata (a sample of them)
          "HK": ("5163", "5228", "5327", "5547", "5603", "5818", "6012", "6154", "6278", "6289", "6290", "6315",
                 "6413", "6741", "6799", "6836", "6882", "6958", "9213", "9227", "9480", "9536", "9662", "9863"),
          "JP": ("7016", "7032", "7047", "7096", "8003", "8010", "8011", "8014", "8017", "8020", "8058", "8062",
                 "8070", "8094", "9010", "9012", "9021", "9046", "9074", "9077", "9081", "9091", "9094", "9095"),
          "KR": ("1000", "1007", "1008", "1018", "1021", "1022", "1023", "1032", "1033", "1038", "1039", "1040",
                 "1042", "1043", "1045", "1061", "1062", "1076", "1077", "1078", "1083", "1086", "1087", "1096")}
_MAILS = {"TW": ("gmail.com", "yahoo.com.tw", "hinet.net"), "HK": ("gmail.com", "yahoo.com.hk", "netvigator.com"),
          "JP": ("gmail.com", "yahoo.co.jp", "docomo.ne.jp"), "KR": ("gmail.com", "naver.com", "daum.net")}
_STREETS = {"TW": (("Section 2, Zhongshan North Road, Zhongshan District", "Taipei", "104"),
                   ("Section 4, Xinyi Road, Da'an District", "Taipei", "106"),
                   ("Wenxin Road, Xitun District", "Taichung", "407"),
                   ("Zhongzheng 4th Road, Qianjin District", "Kaohsiung", "801"),
                   ("Section 1, Minquan Road, West Central District", "Tainan", "700"),
                   ("Guangfu Road, East District", "Hsinchu", "300")),
            "HK": (("Nathan Road, Mong Kok", "Kowloon", "999077"), ("Hennessy Road, Wan Chai", "Hong Kong", "999077"),
                   ("King's Road, North Point", "Hong Kong", "999077"), ("Castle Peak Road, Tsuen Wan", "New Territories", "999077"),
                   ("Sha Tin Centre Street, Sha Tin", "New Territories", "999077")),
            "JP": (("Jinnan, Shibuya-ku", "Tokyo", "150-0041"), ("Nishi-Shinjuku, Shinjuku-ku", "Tokyo", "160-0023"),
                   ("Umeda, Kita-ku", "Osaka", "530-0001"), ("Sakae, Naka-ku", "Nagoya", "460-0008"),
                   ("Tenjin, Chuo-ku", "Fukuoka", "810-0001")),
            "KR": (("Teheran-ro, Gangnam-gu", "Seoul", "06236"), ("Sejong-daero, Jung-gu", "Seoul", "04524"),
                   ("Haeundae-ro, Haeundae-gu", "Busan", "48094"), ("Dongseong-ro, Jung-gu", "Daegu", "41938"),
                   ("Gyeongin-ro, Michuhol-gu", "Incheon", "22109"))}
_LINES = {"TW": ("0800 211 511",), "HK": ("3100 2200",), "JP": ("0120 444 113",), "KR": ("1588 3366",)}
_MONEY = {"TW": (("NT${n}", "NT$ {n}", "{n} NTD"), (350, 1200, 2990, 5400)),
          "HK": (("HK${n}", "HKD {n}", "{n} HKD"), (88, 260, 780, 1500)),
          "JP": (("¥{n}", "{n} yen", "JPY {n}"), (980, 3300, 12000, 45000)),
          "KR": (("₩{n}", "{n} won", "KRW {n}"), (9900, 33000, 120000, 550000))}
_PLACES = ("Mong Kok", "Tsim Sha Tsui", "Causeway Bay", "Ximending", "Shibuya", "Gangnam", "Myeongdong", "Akihabara",
           "Kowloon Tong", "Sha Tin", "Flushing", "Richmond", "Box Hill", "Koreatown", "Chinatown", "Markham")
_VENUES = ("Wong's Noodle House", "the Golden Dragon", "Lucky Chan's Dim Sum", "Sato Ramen Bar",
           "Kim's Convenience Store", "Uncle Lee's Bakery", "the Jade Garden", "Mister Park's BBQ",
           "Happy Valley racecourse", "the Lin Tea House", "Auntie Mei's Dumplings")
_PRODUCTS = ("the Dragon Saver plan", "the Sakura Gold card", "the Lotus Family bundle", "the Jade Rewards card",
             "the Phoenix Plus plan", "the Bamboo Basic tariff", "the Lucky Eight package", "the Hana Care cover")
_PHRASES = ("one way or another", "a shoe box", "her own way", "joe public", "young at heart", "a wrong number",
            "go figure", "sue me", "hold your horses", "the lee side", "why not", "how about that")
_POSTNAME = {"TW": "postal code", "HK": "postal code", "JP": "postcode", "KR": "postal code"}


def home_phone(rng: random.Random, country: str) -> str:
    """A mobile number as typed in Taiwan, Hong Kong, Japan or Korea."""
    p = rng.choice(_PHONE[country])
    if country == "TW":
        n = p + S.digits(rng, 6)
        return rng.choice((f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]}-{n[3:6]}-{n[6:]}", f"+886 {n[:3]} {n[3:6]} {n[6:]}",
                           f"+886{n}", f"0{n}"))
    if country == "HK":
        n = p + S.digits(rng, 4)
        return rng.choice((f"{n[:4]} {n[4:]}", f"+852 {n[:4]} {n[4:]}", f"+852-{n[:4]}-{n[4:]}", n))
    n = p + S.digits(rng, 6)
    code = {"JP": "81", "KR": "82"}[country]
    return rng.choice((f"0{n[:2]}-{n[2:6]}-{n[6:]}", f"0{n[:2]} {n[2:6]} {n[6:]}", f"+{code} {n[:2]} {n[2:6]} {n[6:]}",
                       f"+{code}-{n[:2]}-{n[2:6]}-{n[6:]}", f"0{n}"))


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, city, postcode) at home."""
    street, city, post = rng.choice(_STREETS[country])
    n = rng.randint(2, 180)
    if country == "TW":
        addr = rng.choice((f"No. {n}, {street}", f"{rng.randint(2, 15)}F., No. {n}, Lane {rng.randint(5, 300)}, {street}"))
        return addr, city, post + S.digits(rng, rng.choice((2, 3)))
    if country == "HK":
        return (f"Flat {rng.randint(1, 30)}{rng.choice('ABCDEF')}, {rng.randint(2, 40)}/F, {n} {street}", city, post)
    if country == "JP":
        addr = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {street}"
        return rng.choice((addr, f"{addr}, Room {rng.randint(1, 9)}0{rng.randint(1, 9)}")), city, post
    return rng.choice((f"{n} {street}", f"{n} {street}, Apt {rng.randint(101, 120)}-{rng.randint(101, 1504)}")), city, post


class ProfileAF(PersonSlots, SpelledPerson, HomeCaller, ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention (``_profile_dev_s``), ``person(slot)`` one
    name mention in this split's forms."""

    HINT_SHARE, HINT_WORD, HINTED_LETTERS = 0.3, "as in", 1  # "h as in hotel" for the first letter only
    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY = HOME, ("HK",), HEARD, _MAILS, _LINES, _MONEY
    UNIT = {"TW": "nt dollars", "HK": "hong kong dollars", "JP": "yen", "KR": "won"}
    MONTH, POSTNAME, LONG_PART = "last month", _POSTNAME, 9
    NEUTRAL = {"place": _PLACES, "venue": _VENUES, "product": _PRODUCTS, "phrase": _PHRASES}
    home_phone, home_address = staticmethod(home_phone), staticmethod(home_address)

    def _habits(self, rng: random.Random) -> None:
        super()._habits(rng)
        c, t = self.customer, tables()
        if "english" in c.style:
            self.eng = c.called
        else:
            self.eng = rng.choice(t["english"]["male" if c.male else "female"])
        pool = [s for s in t[c.origin]["surname"][:300] if s != c.surname]
        other = rng.choice(pool)
        self.wrong = c.full.replace(c.surname, other, 1)

    def label(self, slot: str) -> str:
        return E.PERSON if slot in ("ENG", "WRONG") else super().label(slot)

    def origin(self, slot: str) -> str | None:
        return self.customer.origin if slot in ("ENG", "WRONG") else super().origin(slot)

    def person(self, slot: str) -> str:
        if slot in ("ENG", "WRONG"):
            value = self.eng if slot == "ENG" else self.wrong
            if self.asr:
                return self._hear(value)
            if slot == "ENG" and self.lower and self.speaker == "customer":
                return value.lower()
            return value
        said = super().person(slot)
        if self.asr:
            return re.sub(r"\s+", " ", re.sub(r"[.'-]", " ", said)).strip()
        return said

    def value(self, slot: str) -> str:
        if slot == "ADDR" and self.asr and self.country in HOME:
            text = self.fold(super().value(slot)).lower()
            return re.sub(r"\s+", " ", re.sub(r"[.,:/'-]", " ", text)).strip()
        if slot == "POST" and self.asr:
            return re.sub(r"\s+", " ", re.sub(r"[^a-z ]", " ", super().value(slot))).strip()
        return super().value(slot)
