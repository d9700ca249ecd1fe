"""The ``dev_w`` conversation profile: a caller of a US / UK / Canadian / Australian contact centre with a mainland
Chinese (pinyin), Japanese, Korean, English-given-name-with-East-Asian-surname or English name; a family member; the
agent and an earlier agent; the values of the call (the number-word and shape helpers of ``_profile_dev_s``) and
how each name is said (ASR: lower case, hyphens as spaces, a joined given name printed syllable by syllable, two
short parts run together, a part heard as English words, a name spelled letter by letter) or typed. Neutral
look-alikes: English words that sound like East Asian name syllables (``way to go``, ``who knows``, ``oh no``),
East Asian places, shops and products. Written blind.

Person slots: ``NAME`` (full), ``GIVEN``, ``SURNAME``, ``SPELT`` (the surname letter by letter), ``GSPELT`` (the
given name letter by letter), ``THIRD`` (the family member), ``STAFF`` / ``STAFFNAME`` (the agent's given / full
name), ``PREV`` (an earlier agent's full name).
"""
from __future__ import annotations

import random

from benchmarks._profile_dev_s import _LETTERS, ProfileS, number_words, ordinal
from benchmarks._staged_people import PersonSlots

PERSONS = ("NAME", "GIVEN", "SURNAME", "SPELT", "GSPELT", "THIRD", "STAFF", "STAFFNAME", "PREV")
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
# A speech engine prints a name part it hears as English words; the printed form is the gold span.
HEARD = {
    # mandarin syllables and surnames
    "wei": ("way",), "xiao": ("shower", "show"), "zhang": ("jang", "john"), "wang": ("wong", "one"), "li": ("lee",),
    "liu": ("leo",), "yang": ("young",), "huang": ("wong",), "zhou": ("joe",), "xu": ("shoe",), "hu": ("who",),
    "lin": ("lynn",), "gao": ("gow",), "he": ("her", "huh"), "jiang": ("jong",), "xie": ("shay",), "tang": ("tongue",),
    "lei": ("lay",), "fang": ("fang",), "na": ("nah",), "bo": ("bow",), "hao": ("how",), "yu": ("you",), "jun": ("june",),
    "qing": ("ching",), "qian": ("chen",), "xin": ("shin",), "zi": ("zee",), "yi": ("e",), "lu": ("lou",), "hui": ("hway",),
    "mei": ("may",), "hai": ("high",), "tian": ("tee en",), "yan": ("yen",), "jie": ("jay",), "xue": ("shway",),
    "qi": ("chee",), "chu": ("chew",), "feng": ("fung",), "wen": ("when",), "fei": ("fay",), "an": ("on",),
    "zhao": ("jow",), "guo": ("gwo",), "song": ("song",), "sun": ("sun",), "ma": ("ma",), "zhu": ("ju",),
    "ouyang": ("oh yang",), "sima": ("see ma",), "zhuge": ("jew guh",), "shangguan": ("shang gwan",),
    # japanese
    "sato": ("sat oh",), "satou": ("sat oh",), "ito": ("eat oh",), "kato": ("cat oh",), "ono": ("oh no",),
    "abe": ("abby",), "mori": ("maury",), "ueda": ("way da",), "goto": ("go to",), "takahashi": ("taka hashi",),
    "yuki": ("you key",), "hiro": ("hero",), "kenta": ("kent a",), "shota": ("show ta",), "daisuke": ("dice kay",),
    "keiko": ("kay co",), "aiko": ("eye co",), "emi": ("emmy",), "mai": ("my",), "ryo": ("rio",), "kenji": ("can gee",),
    "mika": ("mica",), "saki": ("sake",), "ai": ("eye",), "yui": ("you e",), "kei": ("kay",), "ken": ("ken",),
    "sho": ("show",), "yuto": ("you toe",), "haruto": ("harue toe",), "ren": ("wren",), "sora": ("sore a",),
    "tanaka": ("tanner ka",), "suzuki": ("sue zuki",), "kimura": ("key mura",), "inoue": ("eno way",),
    "hayashi": ("hi ashi",), "yamada": ("yam ada",), "shimizu": ("she me zoo",), "saito": ("sigh toe",),
    "ikeda": ("ike ada",), "ishii": ("is she",), "ogawa": ("oh gawa",), "yoshida": ("yo she da",), "maeda": ("my ada",),
    "endo": ("end oh",), "aoki": ("ah oh key",), "honda": ("honda",), "hideo": ("hide oh",), "naoki": ("now key",),
    "kaito": ("kite oh",), "riku": ("ricky",), "yusuke": ("you ski",), "kosuke": ("co ski",), "taro": ("tarot",),
    # korean
    "park": ("pack", "park"), "jung": ("young", "jung"), "kang": ("kong",), "cho": ("joe",), "yoon": ("you in",),
    "lim": ("limb",), "choi": ("choy",), "min": ("men",), "seo": ("so",), "do": ("dough",), "ji": ("gee",),
    "tae": ("tay",), "woo": ("who",), "ye": ("yeah",), "gun": ("gun",), "seung": ("sung",), "dong": ("dong",),
    "jae": ("jay",), "won": ("one",), "joo": ("ju",), "in": ("in",), "hoon": ("hun",), "young": ("young",),
    "se": ("say",), "ho": ("hoe",), "jin": ("gin",), "bin": ("bin",), "su": ("sue",), "hwan": ("wan",), "yul": ("yule",),
    "chan": ("chan",), "ra": ("rah",), "ri": ("ree",), "hee": ("he",), "sol": ("soul",), "rae": ("ray",), "ha": ("ha",),
    "yeon": ("yawn",), "hye": ("hey",), "byung": ("bung",), "sang": ("sang",), "beom": ("bomb",), "kyu": ("cue",),
    "suh": ("sir",), "ah": ("ah",), "chang": ("chang",), "hyuk": ("hook",),
}
_PLACES = ("Shenzhen", "Chengdu", "Hangzhou", "Wuhan", "Osaka", "Sapporo", "Fukuoka", "Nagoya", "Gwangju", "Daejeon",
           "Suwon", "Kyoto", "Xiamen", "Kobe", "Nanjing")
_VENUES = ("Golden Lotus Dim Sum", "Sakura Ramen Bar", "Hero Comics", "Jade Garden", "Lucky Dragon Bakery",
           "Seoul Kitchen", "Kim Bap House", "Bamboo Tea Room", "Ming Court", "Koi Pond Cafe", "Fuji Mart",
           "Han River BBQ")
_PRODUCTS = ("the Way Ahead plan", "the Hero Plus package", "the Golden Panda bundle", "the Sora smart speaker",
             "the Kobe knife set", "the Joy Family cover", "the Show Pass", "the Bonsai starter kit")
_PHRASES = ("way to go", "who knows", "oh no", "how come", "may be later", "a long way", "so far so good",
            "high time", "the show must go on", "on and on", "when in doubt", "no way")


class ProfileW(PersonSlots, ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention (``_profile_dev_s``), ``person(slot)`` one
    name mention in this split's forms."""

    def __init__(self, customer, agent, third, prev, style: str, rng: random.Random) -> None:
        super().__init__(customer, agent, third, style, rng)
        self.prev = prev
        self.heard = self.asr and rng.random() < 0.6
        self.merge = self.asr and rng.random() < 0.35
        self.syllabic = self.asr and rng.random() < 0.6  # this engine prints joined given names syllable by syllable

    def _hear(self, text: str, person) -> str:
        """ASR: hyphens become spaces; a joined given name printed by syllable; two short parts run together; one
        part of a name of two or more words heard as English words."""
        rng = self.rng
        parts = text.lower().replace("-", " ").split()
        split = dict(person.syllables)
        if self.syllabic and rng.random() < 0.6:
            parts = [w for p in parts for w in (split[p].split() if p in split else [p])]
        short = [i for i in range(len(parts) - 1) if len(parts[i]) <= 4 and len(parts[i + 1]) <= 5]
        if short and self.merge and rng.random() < 0.4:
            i = rng.choice(short)
            parts[i:i + 2] = [parts[i] + parts[i + 1]]
        if self.heard and len(parts) > 1 and rng.random() < 0.5:  # a one-word name is never replaced whole
            options = [i for i, p in enumerate(parts) if p in HEARD]
            if options:
                i = rng.choice(options)
                parts[i] = rng.choice(HEARD[parts[i]])
        return " ".join(parts)

    def _spell(self, word: str) -> str:
        rng, letters = self.rng, [ch for ch in word.lower() if ch.isalpha()]
        if self.asr:
            if rng.random() < 0.35:  # the first letter or two with a word for them
                return " ".join(f"{ch} for {_LETTERS[ch]}" if ch in _LETTERS and k < 2 else ch for k, ch in enumerate(letters))
            return " ".join(letters)
        sep = rng.choice(("-", " ", "", ". "))
        out = sep.join(ch.upper() for ch in letters) if sep else "".join(letters).upper()
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
                return value.lower().replace("-", " ")
            return self._hear(value, who)
        if self.lower and self.speaker == "customer":
            return value.lower()
        if slot == "NAME" and c.surname_first and self.rng.random() < 0.15:  # ZHANG Xiaoming, as forms print it
            return value.replace(c.surname, c.surname.upper(), 1)
        return value

    def plain(self, slot: str) -> str:
        value = super().plain(slot)
        return value.lower() if self.asr else value

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        """A NEUTRAL value: amounts, dates, helplines, references (``_profile_dev_s``) and this split's places,
        shops, products and phrases with name-like English words."""
        if kind not in ("place", "venue", "product", "phrase"):
            if kind == "date" and self.asr and rng.random() < 0.3:
                return f"the {ordinal(rng.randint(1, 28))}"
            if kind == "money" and self.asr and rng.random() < 0.3:
                return f"{number_words(rng.choice((15, 45, 80, 260)))} dollars"
            return super().distractor(kind, rng, style)
        value = rng.choice({"place": _PLACES, "venue": _VENUES, "product": _PRODUCTS, "phrase": _PHRASES}[kind])
        return value.lower().replace("'", "") if self.asr or (self.lower and self.speaker == "customer") else value
