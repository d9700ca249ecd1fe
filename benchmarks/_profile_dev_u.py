"""The ``dev_u`` conversation profile: a caller of a US / UK / Canadian / Australian contact centre with a Korean,
Vietnamese, Hong Kong Cantonese, Taiwanese, Hokkien or English name; a family member; the agent and an earlier agent; the
values of the call (phones, dates, addresses, cards: the number-word and shape helpers of ``_profile_dev_s``) and
how each name is said (ASR: lower case, hyphens as spaces, two parts run together, a part heard as an English word
by the engine, a name spelled letter by letter) or typed. Neutral look-alikes: English words that are also East
Asian name syllables (``the long weekend``, ``young people``, ``sun cream``, ``man oh man``). Written blind.

Person slots: ``NAME`` (full), ``GIVEN``, ``SURNAME``, ``SPELT`` (the surname letter by letter), ``GSPELT`` (the
given name letter by letter), ``THIRD`` (the family member), ``STAFF`` / ``STAFFNAME`` (the agent's given / full
name), ``PREV`` (an earlier agent's full name).
"""
from __future__ import annotations

import random

from benchmarks._profile_dev_s import _LETTERS, ProfileS, number_words, ordinal
from recognizers import entities as E

PERSONS = ("NAME", "GIVEN", "SURNAME", "SPELT", "GSPELT", "THIRD", "STAFF", "STAFFNAME", "PREV")
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
# A speech engine prints a syllable it hears as an English word; the printed form is the gold span.
HEARD = {"sun": ("son",), "long": ("long",), "young": ("young",), "hung": ("hung",), "min": ("men", "mean"),
         "man": ("man",), "bo": ("bow",), "hong": ("hung",), "an": ("on", "and"), "kim": ("kim",), "ha": ("huh",),
         "do": ("dough", "doe"), "le": ("lay",), "vu": ("view",), "duc": ("duck",), "ngoc": ("knock",), "thi": ("tea",),
         "van": ("van", "fan"), "hsieh": ("she", "shay"), "tsai": ("tie", "sigh"), "hsin": ("shin",), "chun": ("june",),
         "wai": ("why",), "yee": ("ye",), "ka": ("car",), "ho": ("hoe",), "lam": ("lamb",), "wong": ("wrong",),
         "choi": ("choy",), "seo": ("so", "say"), "yeon": ("young", "yon"), "jun": ("june",), "ji": ("gee",),
         "eun": ("un",), "soo": ("sue",), "hye": ("hey",), "joon": ("june",), "sung": ("sung",), "mai": ("my",),
         "hai": ("high",), "nam": ("nom",), "tuan": ("twan",), "hoa": ("wah",), "yu": ("you",), "lau": ("low",),
         "chan": ("chan",), "tse": ("say",), "tao": ("tow",), "wei": ("way",), "chia": ("chia",), "ming": ("mink",),
         "park": ("park",), "lee": ("lee",), "ku": ("coo",), "so": ("sew",), "min-jun": ("min june",), "lin": ("lynn",),
         "hsu": ("sue",), "chou": ("joe",), "tan": ("ton",), "lim": ("limb",), "ong": ("on",), "ah": ("a",),
         "keng": ("king",), "boon": ("boon",), "teo": ("tayo",), "chua": ("chewer",), "beng": ("bang",), "nguyen": ("win", "new yen"), "tran": ("tron",), "pham": ("fam",)}
_PLACES = ("Busan", "Incheon", "Daegu", "Hue", "Can Tho", "Nha Trang", "Mong Kok", "Sha Tin", "Tsim Sha Tsui",
           "Taichung", "Kaohsiung", "Tainan", "Jeju", "Haiphong", "Penang", "Ang Mo Kio", "Johor Bahru")
_VENUES = ("Hung Fook Tong", "Pho Bac", "Sun Kee Cafe", "Young's Fish Bar", "Long Bay Noodles", "Lucky Man Bakery",
           "Bo Ssam House", "Hong Kong Garden", "Kim's Convenience", "Han Il Kwan", "Tan Tan Dumplings", "Min's Deli")
_PRODUCTS = ("the Sun Plus bundle", "the Long Haul pass", "the Young Driver cover", "the Golden Years plan",
             "the Man Up gym pass", "the Bo Tea subscription", "the Hong Lee speaker", "the Do More card")
_PHRASES = ("the long weekend", "young people", "sun cream", "man oh man", "before long", "the young ones",
            "a long time", "in the sun", "so long", "for the young", "a do over", "ha ha")


class ProfileU(ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention (``_profile_dev_s``), ``person(slot)`` one
    name mention in this split's forms."""

    def __init__(self, customer, agent, third, prev, style: str, rng: random.Random) -> None:
        super().__init__(customer, agent, third, style, rng)
        self.prev = prev
        self.heard = self.asr and rng.random() < 0.6
        self.merge = self.asr and rng.random() < 0.4

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None, agents_too: bool = True) -> "ProfileU":
        """``origin`` sets the customer's group, and the agents' too unless ``agents_too`` is False."""
        customer, staff = names.name(origin), origin if agents_too else None
        return cls(customer, names.agent(staff), names.relative(customer), names.agent(staff), style, rng)

    def label(self, slot: str) -> str:
        if slot in PERSONS:
            return E.PERSON
        return super().label(slot)

    def origin(self, slot: str) -> str | None:
        if slot not in PERSONS:
            return None
        who = {"THIRD": self.third, "STAFF": self.agent, "STAFFNAME": self.agent, "PREV": self.prev}
        return who.get(slot, self.customer).origin

    def _hear(self, text: str) -> str:
        """ASR: hyphens become spaces; two short parts run together; one part heard as an English word."""
        rng = self.rng
        parts = text.lower().replace("-", " ").split()
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
        out = sep.join(ch.upper() for ch in letters) if sep else word.upper()
        return out + "." if sep == ". " else out

    def person(self, slot: str) -> str:
        c, a = self.customer, self.agent
        if slot == "SPELT":
            return self._spell(c.spell)
        if slot == "GSPELT":
            return self._spell(c.called)
        value = {"NAME": c.full, "GIVEN": c.called, "SURNAME": c.surname, "THIRD": self.third.full,
                 "STAFF": a.called, "STAFFNAME": a.full, "PREV": self.prev.full}[slot]
        if self.asr:
            if slot in ("STAFF", "STAFFNAME") and self.rng.random() < 0.5:
                return value.lower().replace("-", " ")
            return self._hear(value)
        if self.lower and self.speaker == "customer":
            return value.lower()
        return value

    def plain(self, slot: str) -> str:
        if slot == "kin" and self.third.origin == "vietnamese" and self.rng.random() < 0.2:
            return "cousin"
        return super().plain(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        """A NEUTRAL value: amounts, dates, helplines, references (``_profile_dev_s``) and this split's places,
        shops, products and phrases with name-like English words."""
        if kind not in ("place", "venue", "product", "phrase"):
            if kind == "date" and self.asr and rng.random() < 0.3:
                return f"{ordinal(rng.randint(1, 28))} of next month"
            if kind == "money" and self.asr and rng.random() < 0.3:
                return f"{number_words(rng.choice((12, 30, 64, 310)))} bucks"
            return super().distractor(kind, rng, style)
        value = rng.choice({"place": _PLACES, "venue": _VENUES, "product": _PRODUCTS, "phrase": _PHRASES}[kind])
        return value.lower().replace("'", "") if self.asr or (self.lower and self.speaker == "customer") else value
