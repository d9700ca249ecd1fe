"""The ``dev_ah`` conversation profile: a caller of a US / UK / Canadian / Australian contact centre, or at home in
Kenya, Uganda, Tanzania, South Africa, Zimbabwe, DR Congo, Rwanda, Malaysia, Singapore, Korea or Japan, with a
Chinese, Korean, Japanese, East African, Southern / Central African or English name (``_names_dev_ah``); a family
member; the agent and an earlier agent; the values of the call (``_profile_dev_s`` and ``_staged_people.HomeCaller``,
plus home phones, addresses, postcodes or P.O. boxes) and how each name is said or typed. Written blind.

This split's point is NOISE around and inside names. ASR: a speech engine at roughly 15-20 % word error rate on name
words: syllables heard as sound-alike English words (``wanjiku`` -> ``one geek who``), a long part broken in two
(``kimani`` -> ``kim manny``), two short parts run together, a filler inside a name, a middle part
dropped; every mention of a name is heard afresh (a repeated name is misheard differently). Chat: phone autocorrect
turning a name part into an English word or another name (``Nkosi`` -> ``Nosy``), typos (letters swapped, dropped,
doubled), all lower case, and voice-to-text inside chat (a name heard as ASR hears it). The printed form is the gold
span (a mention is a mention however it is mangled).

Person slots: those of ``_staged_people.PERSONS`` plus ``ACNAME`` (the customer's surname as autocorrect left it),
``FIXNAME`` (the surname typed again, cleanly, as a correction), ``VNAME`` (the customer's full name in a
voice-to-text message), ``MISHEARD`` (the agent's misheard read-back of the surname).
"""
from __future__ import annotations

import random
import re

from benchmarks import _profile_dev_s as S
from benchmarks._profile_dev_s import ONES, ProfileS
from benchmarks._staged_people import PERSONS, HomeCaller, PersonSlots, SpelledPerson, typo
from benchmarks._staged_people import ascii_fold as staged_ascii_fold
from recognizers import entities as E

DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
HOME = ("KE", "UG", "TZ", "ZA", "ZW", "CD", "RW", "MY", "SG", "KR", "JP")
EXTRA = ("ACNAME", "FIXNAME", "VNAME", "MISHEARD")
SLOTS = PERSONS + EXTRA
# How the speech engine hears a name word (the printed form is the gold span).
HEARD = {
    "wanjiku": ("one geek who", "wan jiku"), "wanjiru": ("one jiru", "wanting you"), "kimani": ("kim manny", "kimmy"),
    "kamau": ("come out", "kamo"), "mwangi": ("one gee", "mangy"), "njoroge": ("joe roger", "in joroge"),
    "kariuki": ("carry you key",), "njeri": ("jerry",), "wambui": ("wam buoy",), "muthoni": ("mo tony",),
    "gitau": ("get out",), "maina": ("my na", "mina"), "karanja": ("ka ranger",), "nyambura": ("nam bura",),
    "otieno": ("oh tea no", "otie know"), "odhiambo": ("o jambo",), "ochieng": ("oh chain", "o ching"),
    "achieng": ("a chain",), "akinyi": ("a kinny",), "onyango": ("on yango", "oh mango"), "omondi": ("oh monday",),
    "atieno": ("a tea no",), "okoth": ("oh cot",), "ouma": ("oh mar",), "owino": ("oh wino",),
    "mukasa": ("moo casa",), "nakato": ("knock a toe",), "ssemakula": ("sam a cooler",),
    "nsubuga": ("in sue bugger", "su buga"), "lubega": ("lou bega",), "kiggundu": ("kick undo",),
    "namutebi": ("nam a tebby",), "babirye": ("baby ray",), "kasozi": ("ka so easy",), "wasswa": ("was war",),
    "baraka": ("barrack a",), "juma": ("jumar",), "neema": ("nema",), "rehema": ("ray hema",), "zawadi": ("za wadi",),
    "massawe": ("ma sawa",), "kimaro": ("kim arrow",), "mushi": ("mushy",), "mrema": ("mer ema",),
    "hamisi": ("ha missy",), "upendo": ("up endo",), "mwakyusa": ("walk you sa",),
    "nkosi": ("in cosy", "kosi"), "dlamini": ("the lamini", "la mini"), "ndlovu": ("in love you", "dilovu"),
    "khumalo": ("coo mallow",), "sipho": ("see poe", "sipo"), "thabo": ("tab oh",), "thandiwe": ("tandy way",),
    "lindiwe": ("lindy way",), "nomvula": ("nom vula",), "zanele": ("za nelly",), "themba": ("tember",),
    "mkhize": ("mk easy",), "ngcobo": ("in cobo",), "sithole": ("see toller",), "bongani": ("bong ani",),
    "tendai": ("ten die", "tender"), "tatenda": ("ta tender",), "farai": ("far eye",), "tinashe": ("tina shay",),
    "chipo": ("cheap oh", "chip oh"), "rutendo": ("ru tendo",), "tsitsi": ("sitsy",), "moyo": ("mojo",),
    "ncube": ("in cube", "cube"), "mutasa": ("moo tassa",), "nyasha": ("near sha",), "tariro": ("ta rear oh",),
    "kabongo": ("ka bongo",), "ilunga": ("i lunga", "ill lunger"), "mutombo": ("moo tombo",),
    "tshibangu": ("she bang you",), "kalonji": ("colon gee",), "mukendi": ("moo kendy",), "kasongo": ("ka song go",),
    "mujinga": ("moo jinga",), "ngalula": ("in ga lula",), "kapinga": ("ka pinger",),
    "niyonzima": ("knee yon zima",), "habimana": ("harbi mana",), "mugisha": ("moo geisha",),
    "uwase": ("oo wasa", "you was a"), "ingabire": ("in ga beer",), "umutoni": ("oo moo tony",),
    "ishimwe": ("ishy mway",), "mukamana": ("mooka mana",), "bizimana": ("busy mana",),
    "seo": ("so", "sew"), "yeon": ("young", "yawn"), "seoyeon": ("so young",), "jiwoo": ("gee woo",),
    "min": ("mean",), "jun": ("june",), "choi": ("choy",), "jung": ("young",), "kang": ("kong",), "cho": ("joe",),
    "eun": ("un",), "hye": ("hey",), "soo": ("sue",), "kwon": ("quan",), "hwang": ("wong",), "ahn": ("an",),
    "jae": ("jay",), "woo": ("woo",), "hyun": ("hun",), "yoon": ("you in",), "baek": ("back",), "heo": ("hey oh",),
    "tan": ("ten",), "ah": ("a",), "kow": ("cow",), "lim": ("limb",), "bee": ("be",), "leng": ("lang",),
    "ng": ("ing", "eng"), "goh": ("go",), "huat": ("what",), "hock": ("hawk",), "chua": ("chewer",), "teo": ("tayo",),
    "yeo": ("yo",), "wee": ("we",), "swee": ("sweet",), "seng": ("sang",), "keng": ("king",), "ong": ("on",),
    "loh": ("low",), "kiat": ("key at",), "siew": ("sue",), "koh": ("co",), "peck": ("peck",), "ooi": ("oo ee",),
    "xiu": ("shoe",), "xu": ("shoe",), "zhou": ("joe",), "zhao": ("jow",), "wei": ("way",), "jian": ("jen",),
    "qiang": ("chang",), "xin": ("shin",), "hui": ("way",), "xia": ("sha",), "qian": ("chen",), "xue": ("shway",),
    "hao": ("how",), "lei": ("lay",), "li": ("lee",), "zhang": ("jang",), "xie": ("shay",), "cao": ("sow",),
    "sato": ("saddle",), "suzuki": ("sue zuki",), "takahashi": ("taka hashi",), "watanabe": ("what a nabby",),
    "kobayashi": ("cobaya she",), "yamaguchi": ("yama gucci",), "hayashi": ("hi ashy",), "mori": ("mary", "morey"),
    "ikeda": ("ikea da",), "ogawa": ("oh gawa",), "okada": ("oh car da",), "haruto": ("ha root oh",),
    "sota": ("soda",), "kenta": ("kent a",), "takeshi": ("take she",), "yusuke": ("you skay",),
    "daichi": ("die chee",), "yuka": ("you car",), "aya": ("i a",), "nozomi": ("no so me",),
    "kumiko": ("cool me co",), "eriko": ("erica",), "mariko": ("mary co",), "sachiko": ("sachi co",),
    "hitomi": ("he tummy",), "midori": ("me dory",), "kyoko": ("key oko",), "kimura": ("key mura",),
    "inoue": ("he no way",), "noguchi": ("no gucci",),
}
# What phone autocorrect makes of a name word (lower case key); other words get a typo now and then.
AUTOCORRECT = {
    "nkosi": "Nosy", "wanjiru": "Wanting", "wanjiku": "Wanjiru", "yeon": "yeah", "otieno": "Often", "achieng": "Aching",
    "mwangi": "Mango", "kamau": "Kamal", "thandiwe": "Thandie", "lindiwe": "Lindsey", "tendai": "Tenday",
    "chipo": "Chip", "tatenda": "Attends", "farai": "Farah", "moyo": "Mayo", "ncube": "Cube", "dlamini": "Damini",
    "kabongo": "Bongo", "ilunga": "Lunge", "mutombo": "Mutton", "uwase": "Uses", "mugisha": "Mugs",
    "mukasa": "Mucosa", "nakato": "Nachos", "nsubuga": "Subway", "baraka": "Barack", "neema": "Nemo",
    "massawe": "Massage", "kimaro": "Kimono", "juma": "Jumbo", "minjun": "Minion", "choi": "Choir", "jung": "Jungle",
    "leng": "Lens", "goh": "Go", "huat": "What", "hock": "Hockey", "chua": "Chia", "teo": "Ted", "swee": "Sweet",
    "kiat": "Kit", "zhou": "Zoo", "xue": "Sue", "haruto": "Hairdo", "nozomi": "Nozzle", "yusuke": "Yusuf",
    "watanabe": "Wannabe", "ishimwe": "Ishmael", "ochieng": "Coching", "odhiambo": "Odhiambos", "sipho": "Siphon",
    "themba": "Thema", "khumalo": "Khalo", "rutendo": "Rotundo", "njeri": "Jeri", "kimani": "Kimani's",
    "seoyeon": "Seoyeah", "jiwoo": "Jiwoo's", "eun": "Run", "kwon": "Won", "takeshi": "Takes hi",
}
_PHONE = {"KE": (9, ("710", "711", "712", "715", "720", "721", "722", "725", "727", "729", "740", "742", "746", "757", "768", "790", "791", "799", "110", "111")),
          "UG": (9, ("70", "71", "74", "75", "76", "77", "78")),
          "TZ": (9, ("65", "67", "68", "71", "74", "75", "76", "77", "78")),
          "ZA": (9, ("60", "61", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84")),
          "ZW": (9, ("71", "77", "78")),
          "CD": (9, ("81", "82", "84", "85", "89", "97", "99")),
          "RW": (9, ("72", "73", "78", "79")),
          "MY": (9, ("12", "16", "19")),
          "SG": (8, ("81", "83", "85", "87", "88", "90", "91", "93", "96", "97", "98")),
          "KR": (10, ("102", "103", "104", "106", "107", "108", "109")),
          "JP": (10, ("90", "80", "70"))}
_PHONE["JP"] = (10, tuple(a + str(d) for a in ("90", "80", "70") for d in range(1, 10)))
_CC = {"KE": "254", "UG": "256", "TZ": "255", "ZA": "27", "ZW": "263", "CD": "243", "RW": "250", "MY": "60",
       "SG": "65", "KR": "82", "JP": "81"}
_MAILS = {"KE": ("gmail.com", "yahoo.com", "outlook.com"), "UG": ("gmail.com", "yahoo.co.uk", "hotmail.com"),
          "TZ": ("gmail.com", "yahoo.com", "outlook.com"), "ZA": ("gmail.com", "webmail.co.za", "mweb.co.za"),
          "ZW": ("gmail.com", "yahoo.com", "zol.co.zw"), "CD": ("gmail.com", "yahoo.fr", "outlook.fr"),
          "RW": ("gmail.com", "yahoo.com", "outlook.com"), "MY": ("gmail.com", "yahoo.com.my", "hotmail.my"),
          "SG": ("gmail.com", "singnet.com.sg", "outlook.sg"), "KR": ("naver.com", "daum.net", "gmail.com"),
          "JP": ("gmail.com", "docomo.ne.jp", "yahoo.co.jp")}
# (street, city, postcode or P.O. box prefix); "box" countries give a P.O. box number as the postal part
_STREETS = {"KE": (("Kimathi Street", "Nairobi", "00100"), ("Oginga Odinga Street", "Kisumu", "40100"),
                   ("Kenyatta Avenue, Milimani", "Nakuru", "20100"), ("Argwings Kodhek Road, Hurlingham", "Nairobi", "00505"),
                   ("Nyali Road", "Mombasa", "80118")),
            "UG": (("Kampala Road", "Kampala", "box"), ("Acacia Avenue, Kololo", "Kampala", "box"),
                   ("Main Street", "Jinja", "box"), ("Gaba Road, Kansanga", "Kampala", "box")),
            "TZ": (("Samora Avenue", "Dar es Salaam", "11101"), ("Ali Hassan Mwinyi Road, Msasani", "Dar es Salaam", "14111"),
                   ("Boma Road", "Arusha", "23101"), ("Nyerere Road", "Mwanza", "33101")),
            "ZA": (("Vilakazi Street, Orlando West", "Soweto", "1804"), ("Long Street", "Cape Town", "8001"),
                   ("Florida Road, Morningside", "Durban", "4001"), ("Jan Smuts Avenue, Parktown North", "Johannesburg", "2193")),
            "ZW": (("Samora Machel Avenue", "Harare", "box"), ("Borrowdale Road", "Harare", "box"),
                   ("Fife Street", "Bulawayo", "box")),
            "CD": (("Avenue du Commerce, Gombe", "Kinshasa", "box"), ("Boulevard du 30 Juin", "Kinshasa", "box"),
                   ("Avenue Kasavubu", "Lubumbashi", "box")),
            "RW": (("KN 4 Avenue", "Kigali", "box"), ("KG 9 Avenue, Nyarutarama", "Kigali", "box"),
                   ("Avenue de la Paix", "Kigali", "box")),
            "MY": (("Jalan Ampang", "Kuala Lumpur", "50450"), ("Jalan Burma", "George Town", "10050"),
                   ("Jalan SS 2/24", "Petaling Jaya", "47300"), ("Jalan Wong Ah Fook", "Johor Bahru", "80000")),
            "SG": (("Bedok North Avenue 1", "Singapore", "46"), ("Yishun Ring Road", "Singapore", "76"),
                   ("Clementi Avenue 2", "Singapore", "12"), ("Hougang Street 21", "Singapore", "53")),
            "KR": (("Teheran-ro, Gangnam-gu", "Seoul", "06234"), ("Haeundae-ro, Haeundae-gu", "Busan", "48094"),
                   ("Mapo-daero, Mapo-gu", "Seoul", "04156"), ("Dongseong-ro, Jung-gu", "Daegu", "41911")),
            "JP": (("Shibuya, Shibuya-ku", "Tokyo", "150-0002"), ("Namba, Chuo-ku", "Osaka", "542-0076"),
                   ("Sakae, Naka-ku", "Nagoya", "460-0008"), ("Tenjin, Chuo-ku", "Fukuoka", "810-0001"))}
_LINES = {"KE": ("0800 721 000",), "UG": ("0800 100 330",), "TZ": ("0800 110 011",), "ZA": ("0860 102 030",),
          "ZW": ("0808 0123",), "CD": ("+243 81 555 0100",), "RW": ("3030",), "MY": ("1300 88 2525",),
          "SG": ("1800 283 7766",), "KR": ("1588 3820",), "JP": ("0120 444 113",)}
_MONEY = {"KE": (("{n} bob", "KSh {n}", "Ksh{n}"), (2400, 6500, 11000, 18500)),
          "UG": (("{n} shillings", "UGX {n}", "USh {n}"), (45000, 120000, 380000, 650000)),
          "TZ": (("{n} shillings", "TZS {n}", "TSh {n}"), (25000, 60000, 150000, 420000)),
          "ZA": (("{n} rand", "R{n}", "ZAR {n}"), (350, 899, 1450, 3200)),
          "ZW": (("{n} US dollars", "US${n}", "USD {n}"), (25, 60, 140, 300)),
          "CD": (("{n} dollars", "US${n}", "{n} USD"), (20, 55, 120, 260)),
          "RW": (("{n} francs", "RWF {n}", "{n} Frw"), (15000, 40000, 95000, 180000)),
          "MY": (("{n} ringgit", "RM{n}", "RM {n}"), (45, 129, 380, 950)),
          "SG": (("{n} dollars", "S${n}", "SGD {n}"), (38, 110, 420, 860)),
          "KR": (("{n} won", "₩{n}", "KRW {n}"), (35000, 89000, 240000, 510000)),
          "JP": (("{n} yen", "¥{n}", "JPY {n}"), (3800, 9800, 24000, 56000))}
_PLACES = ("Nairobi", "Kisumu", "Kampala", "Entebbe", "Zanzibar", "Arusha", "Durban", "Soweto", "Harare", "Bulawayo",
           "Kinshasa", "Kigali", "Penang", "Ipoh", "Malacca", "Jeju", "Busan", "Osaka", "Sapporo", "Brixton",
           "Flushing", "Richmond Hill", "Box Hill")
_VENUES = ("the Java House cafe", "Mama Oliech's kitchen", "Kim's Kimchi Bar", "the Lucky Koi noodle shop",
           "Sakura Ramen", "the Shoprite on Long Street", "Tan's Kopitiam", "the Serena Hotel lobby",
           "Choi's Dry Cleaning", "the Jollibee near the station", "Moyo Grill", "the Nando's by the mall")
_PRODUCTS = ("the Jambo Unlimited bundle", "the Simba Saver plan", "the Cherry Blossom card", "the Lion Heart cover",
             "the Kilima data pack", "the Tiger Balm rewards", "the Sunrise Flex tariff", "the Ubuntu family plan")
_PHRASES = ("come out of nowhere", "one gee too many", "a cheap oh dear moment", "ten die hard fans", "so young at heart",
            "in love you know", "no gucci bag", "what a nabby day", "barrack a bus", "carry you key ring", "mojo working",
            "tender loving care", "knock a toe", "moo tony said")
_FOLD = str.maketrans({"₩": "W", "¥": "Y"})


def ascii_fold(text: str) -> str:
    return staged_ascii_fold(text.translate(_FOLD))


def home_phone(rng: random.Random, country: str) -> str:
    """A mobile number as written in that country (local or international form)."""
    length, prefixes = _PHONE[country]
    p = rng.choice(prefixes)
    n = p + S.digits(rng, length - len(p))
    cc = _CC[country]
    if country == "SG":
        return rng.choice((f"{n[:4]} {n[4:]}", n, f"+65 {n[:4]} {n[4:]}"))
    if country in ("KR", "JP"):
        return rng.choice((f"0{n[:2]}-{n[2:6]}-{n[6:]}", f"0{n}", f"+{cc} {n[:2]}-{n[2:6]}-{n[6:]}", f"0{n[:2]} {n[2:6]} {n[6:]}"))
    if country == "MY":
        return rng.choice((f"0{n[:2]}-{n[2:5]} {n[5:]}", f"0{n}", f"+60 {n[:2]}-{n[2:5]} {n[5:]}", f"+60{n}"))
    if country in ("KE", "UG", "TZ", "RW"):
        return rng.choice((f"0{n[:3]} {n[3:]}", f"0{n}", f"+{cc} {n[:3]} {n[3:]}", f"+{cc}{n}"))
    return rng.choice((f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n}", f"+{cc} {n[:2]} {n[2:5]} {n[5:]}", f"+{cc}{n}"))


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, city, postcode or P.O. box number) at home."""
    street, city, post = rng.choice(_STREETS[country])
    n = rng.randint(2, 160)
    if post == "box":
        return rng.choice((f"Plot {n}, {street}", f"{n} {street}", f"House {n}, {street}")), city, str(rng.randint(1000, 39999))
    if country == "SG":
        block = rng.randint(100, 899)
        return f"Blk {block} {street}, #{rng.randint(2, 16):02d}-{rng.randint(10, 399)}", city, f"{post}{block % 1000:04d}"[:6]
    if country == "KR":
        return f"{rng.randint(10, 520)} {street}, Apt {rng.randint(101, 1505)}", city, post
    if country == "JP":
        return f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {street}", city, post
    if country == "MY":
        return rng.choice((f"No. {n}, {street}", f"{n}-{rng.randint(1, 12)}, {street}")), city, post
    if country == "KE":
        return rng.choice((f"{street}, House {n}", f"Flat {rng.randint(1, 30)}, {street}")), city, post
    return rng.choice((f"{n} {street}", f"Unit {rng.randint(1, 40)}, {n} {street}")), city, post


class ProfileAH(PersonSlots, SpelledPerson, HomeCaller, ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention (``_profile_dev_s``), ``person(slot)`` one
    name mention in this split's noisy forms."""

    HINT_SHARE, HINT_WORD, HINTED_LETTERS = 0.35, "like", 2  # "n like nancy, k like ..."
    fold = staticmethod(ascii_fold)
    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY = HOME, ("KE", "UG", "TZ", "ZA", "ZW", "MY", "SG"), HEARD, _MAILS, _LINES, _MONEY
    LONG_PART, MERGE_SHARE = 8, 0.5
    UNIT = {"KE": "shillings", "UG": "shillings", "TZ": "shillings", "ZA": "rand", "ZW": "dollars", "CD": "dollars",
            "RW": "francs", "MY": "ringgit", "SG": "dollars", "KR": "won", "JP": "yen"}
    POSTNAME = {"UG": "P.O. Box", "ZW": "P.O. Box", "CD": "P.O. Box", "RW": "P.O. Box", "MY": "poskod",
                "ZA": "postal code", "KE": "postal code", "TZ": "postcode", "SG": "postal code", "KR": "postcode",
                "JP": "postcode"}
    NEUTRAL = {"place": _PLACES, "venue": _VENUES, "product": _PRODUCTS, "phrase": _PHRASES}
    home_phone, home_address = staticmethod(home_phone), staticmethod(home_address)

    def _habits(self, rng: random.Random) -> None:
        super()._habits(rng)
        self.heard = self.asr and rng.random() < 0.85  # this engine mishears name words in most calls
        self.autocorrect = not self.asr and rng.random() < 0.6  # this customer's phone autocorrects names

    def _heard_as_words(self, parts: list, alone: bool) -> list:
        """Each name word the engine knows a sound-alike for is misheard about half the time."""
        rng = self.rng
        if not self.heard:
            return parts
        return [rng.choice(self.HEARD[p]) if p in self.HEARD and rng.random() < 0.5 else p for p in parts]

    def _hear(self, text: str) -> str:
        words = super()._hear(text).split()
        rng = self.rng
        if self.heard and len(words) >= 3 and rng.random() < 0.1:  # a middle word lost
            del words[rng.randint(1, len(words) - 2)]
        if self.heard and len(words) >= 2 and rng.random() < 0.08:  # a filler inside the name
            words.insert(rng.randint(1, len(words) - 1), rng.choice(("uh", "um", "er")))
        return " ".join(words)

    def _typed(self, text: str) -> str:
        """Chat: a customer's phone autocorrects one name word, or a thumb slips."""
        rng = self.rng
        words = text.split(" ")
        if self.autocorrect and rng.random() < 0.45:
            keys = [i for i, w in enumerate(words) if w.lower().replace("-", "") in AUTOCORRECT or
                    any(p.lower() in AUTOCORRECT for p in w.split("-"))]
            if keys:
                i = rng.choice(keys)
                w = words[i]
                if w.lower().replace("-", "") in AUTOCORRECT:
                    words[i] = AUTOCORRECT[w.lower().replace("-", "")]
                else:
                    words[i] = "-".join(AUTOCORRECT.get(p.lower(), p) for p in w.split("-"))
                return " ".join(words)
        if rng.random() < 0.15:
            i = rng.randrange(len(words))
            words[i] = typo(words[i], rng)
        return " ".join(words)

    def _autocorrected(self, word: str) -> str:
        key = word.lower().replace("-", "")
        if key in AUTOCORRECT:
            return AUTOCORRECT[key]
        parts = word.split("-")
        if any(p.lower() in AUTOCORRECT for p in parts):
            return "-".join(AUTOCORRECT.get(p.lower(), p) for p in parts)
        out = typo(word, self.rng)
        return out if out != word else word + "s"  # a short word: autocorrect makes a plural of it

    def _voice(self, text: str) -> str:
        """Voice-to-text inside a chat: the name as a speech engine prints it (lower case, sound-alikes)."""
        rng = self.rng
        parts = self.fold(text).lower().replace("-", " ").split()
        return " ".join(rng.choice(HEARD[p]) if p in HEARD and rng.random() < 0.5 else p for p in parts)

    def _misheard(self, word: str) -> str:
        """The agent's misheard read-back of a surname: a sound-alike, else a letter lost or swapped."""
        key = self.fold(word).lower()
        if key in HEARD:
            return self.rng.choice(HEARD[key])
        out = typo(key, self.rng)
        return out if out != key else key + "s"

    def person(self, slot: str) -> str:
        c = self.customer
        if slot == "ACNAME":
            out = self._autocorrected(c.surname)
            return out.lower() if self.lower and self.speaker == "customer" else out
        if slot == "FIXNAME":
            return c.surname
        if slot == "VNAME":
            return self._voice(c.full)
        if slot == "MISHEARD":
            out = self._misheard(c.surname)
            return out if self.asr else out.capitalize()
        said = super().person(slot)
        if self.asr:
            return re.sub(r"\s+", " ", said.replace("-", " ")).strip()
        if self.speaker == "customer" and slot in ("NAME", "GIVEN", "SURNAME", "THIRD"):
            return self._typed(said)
        return said

    def label(self, slot: str) -> str:
        return E.PERSON if slot in EXTRA else super().label(slot)

    def origin(self, slot: str) -> str | None:
        return self.customer.origin if slot in EXTRA else super().origin(slot)

    def value(self, slot: str) -> str:
        home = self.country in HOME
        if slot == "ADDR" and self.asr and home:
            text = ascii_fold(super().value(slot)).replace("#", "unit ").replace(".", " ").replace(":", " ")
            return re.sub(r"\s+", " ", text.replace("-", " ").replace("/", " slash ")).strip()
        if slot == "POST" and self.asr and home:
            return " ".join(ONES[int(ch)] if ch.isdigit() else ch.lower() for ch in self.raw["POST"] if ch.isalnum())
        return super().value(slot)
