"""Pieces the staged families share (dev_v, dev_x, dev_y, dev_z, dev_aa): a person's name record and a weighted
choice (their names modules), a name source's sampling (dev_y, dev_z, dev_aa), ASCII folding, the customer as
``ProfileS.__init__`` sees it, the person slots (a profile made for an origin group, their labels and origins),
(dev_x onwards) how a name is spelled and printed in each slot, and (dev_y, dev_z, dev_aa) a caller at home, how
ASR hears a name, and the neutral look-alikes."""
from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from benchmarks._profile_dev_s import _LETTERS, number_words, ordinal, spoken_digits
from recognizers import entities as E

@dataclass(frozen=True)
class StagedName:
    """``full`` as the person gives it; ``given`` the given name(s) as written; ``surname``; ``called`` what people
    call the person; ``spell`` the surname's letters; ``origin`` the group; ``style`` the form (``plain``,
    ``two_given``, ``prefix``, ...)."""

    full: str
    given: str
    surname: str
    called: str
    spell: str
    origin: str
    style: str
    male: bool
    title: str
    country: str
    surname_first: bool


def weighted(rng: random.Random, pairs) -> str:
    """One of ``pairs`` (value, weight), by weight."""
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


class StagedNameSource:
    """Deterministic sampler of dev_y, dev_z and dev_aa with the interface ``name(origin=None)``, plus ``agent()``
    and ``relative(name)``. A split sets ``ORIGINS``, ``COUNTRIES`` and, per group, ``_<origin>(male, surname)``
    giving (style, given as written, surname, full, called, surname first); ``tables`` holds its name lists."""

    ORIGINS: tuple = ()
    COUNTRIES: dict = {}

    def __init__(self, seed: int, tables: dict) -> None:
        self._rng = random.Random(seed)
        self._t = tables
        self._country = ""  # the country of the name being drawn (a group's spellings may depend on it)

    def _pick(self, pool, avoid: str = "") -> str:
        return self._rng.choice([n for n in pool if n != avoid])

    def _given(self, origin: str, male: bool, avoid: str = "") -> str:
        return self._pick(self._t[origin]["male" if male else "female"], avoid)

    def _surname(self, origin: str) -> str:
        return self._pick(self._t[origin]["surname"])

    def _second_given(self, origin: str, male: bool, surname: str | None, plain: float, two_given: float):
        """Given name and surname below ``plain``; a second given name (called by the first) below ``two_given``;
        else surname first."""
        sur, first = surname or self._surname(origin), self._given(origin, male)
        r = self._rng.random()
        if r < plain:
            return "plain", first, sur, f"{first} {sur}", first, False
        if r < two_given:
            second = self._given(origin, male, first)
            return "two_given", f"{first} {second}", sur, f"{first} {second} {sur}", first, False
        return "surname_first", first, sur, f"{sur} {first}", first, True

    def _english(self, male: bool, surname: str | None):
        sur, given = surname or self._surname("english"), self._given("english", male)
        if self._rng.random() < 0.2:
            return "english_middle", given, sur, f"{given} {self._given('english', male, given)} {sur}", given, False
        return "english", given, sur, f"{given} {sur}", given, False

    def name(self, origin: str | None = None, country: str | None = None, surname: str | None = None) -> StagedName:
        rng = self._rng
        origin = origin or rng.choice(self.ORIGINS)
        self._country = country = country or weighted(rng, self.COUNTRIES[origin])
        male = rng.random() < 0.5
        style, given, sur, full, called, first = getattr(self, f"_{origin}")(male, surname)
        title = rng.choice(("Mr", "Mr.", "Mister") if male else ("Ms", "Ms.", "Mrs", "Miss"))
        return StagedName(full, given, sur, called, sur, origin, style, male, title, country, first)

    def agent(self, origin: str | None = None) -> StagedName:
        """A contact-centre agent: any of the groups (agents' names are scored too)."""
        return self.name(origin or self._rng.choice(self.ORIGINS))

    def _same_surname(self, person: StagedName) -> bool:
        return self._rng.random() < 0.65

    def relative(self, person: StagedName) -> StagedName:
        """A family member: same group and country, the same surname in most cases."""
        same = self._same_surname(person)
        return self.name(person.origin, person.country, person.surname if same else None)


PERSONS = ("NAME", "GIVEN", "SURNAME", "SPELT", "GSPELT", "THIRD", "STAFF", "STAFFNAME", "PREV")


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def typo(word: str, rng: random.Random) -> str:
    """A thumb's slip: two letters swapped, one dropped or one doubled (never the first letter)."""
    if len(word) < 4:
        return word
    i = rng.randint(1, len(word) - 2)
    kind = rng.random()
    if kind < 0.4:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind < 0.7:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


class Shadow:
    """The customer as ``ProfileS.__init__`` sees it: given name and surname as plain lower-case letters (for the
    e-mail), a caller at home in one of ``home`` as one from ``stand_in`` (its shapes are replaced afterwards)."""

    def __init__(self, real, home, stand_in: str, fold=ascii_fold) -> None:
        self.real, self.home, self.stand_in, self.fold = real, home, stand_in, fold

    def __getattr__(self, item):
        value = getattr(self.real, item)
        if item == "country" and value in self.home:
            return self.stand_in
        return re.sub(r"[^a-z]", "", self.fold(value).lower()) if item in ("given", "surname") else value


class PersonSlots:
    """Profile methods of dev_v, dev_x, dev_y, dev_z and dev_aa: the profile of a customer of one origin group, and
    each person slot's label and origin group."""

    @classmethod
    def make(cls, names, style: str, rng, origin: str | None = None, agents_too: bool = True):
        """``origin`` sets the customer's group, and the agents' too unless ``agents_too`` is False."""
        customer, staff = names.name(origin), origin if agents_too else None
        return cls(customer, names.agent(staff), names.relative(customer), names.agent(staff), style, rng)

    def label(self, slot: str) -> str:
        return E.PERSON if slot in PERSONS else super().label(slot)

    def origin(self, slot: str) -> str | None:
        if slot not in PERSONS:
            return None
        who = {"THIRD": self.third, "STAFF": self.agent, "STAFFNAME": self.agent, "PREV": self.prev}
        return who.get(slot, self.customer).origin


class SpelledPerson:
    """Profile methods of dev_x onwards: a name spelled letter by letter (ASR: letters, now and then "k for
    kilo"; chat: capitals joined by a separator), and each person slot printed as the style prints it."""

    # How often ASR spells with a word for the first letters, which word ("k for kilo", "k like kilo"), how many.
    HINT_SHARE, HINT_WORD, HINTED_LETTERS = 0.35, "for", 2
    fold = staticmethod(ascii_fold)  # a split may fold more letters first (Turkish "ı")

    def _spell(self, word: str) -> str:
        rng, letters = self.rng, [ch for ch in self.fold(word).lower() if ch.isalpha()]
        if self.asr:
            if rng.random() < self.HINT_SHARE:
                return " ".join(f"{ch} {self.HINT_WORD} {_LETTERS[ch]}" if ch in _LETTERS and k < self.HINTED_LETTERS
                                else ch for k, ch in enumerate(letters))
            return " ".join(letters)
        sep = rng.choice(("-", " ", "", ". "))
        out = sep.join(ch.upper() for ch in letters) if sep else self.fold(word).upper().replace(" ", "")
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
                return self.fold(value).lower()
            return self._hear(value)
        if self.lower and self.speaker == "customer":
            return value.lower()
        return value


class HomeCaller:
    """Profile methods of dev_y, dev_z and dev_aa: a caller at home in one of ``HOME`` (seen by ``ProfileS`` as one
    from ``STAND_IN``) with that country's phones (``home_phone``), address (``home_address``), mail domains,
    amounts (``MONEY`` shapes and amounts, ``UNIT`` said), helplines and words; how ASR hears a name (``HEARD``); and
    the split's ``NEUTRAL`` places, shops, products and phrases."""

    HOME: tuple = ()
    STAND_IN, BRITISH_AT_HOME, MERGE_SHARE, LONG_PART, MONTH = "UK", (), 0.35, 10, "last month"
    HEARD: dict = {}
    MAILS: dict = {}
    LINES: dict = {}
    MONEY: dict = {}
    UNIT: dict = {}
    NEUTRAL: dict = {}
    POSTNAME: dict = {}  # a home country's word for its postcode other than "postal code"
    KIN = (("husband", "son", "brother", "father"), ("wife", "daughter", "sister", "mother"))

    def __init__(self, customer, agent, third, prev, style: str, rng: random.Random) -> None:
        super().__init__(Shadow(customer, self.HOME, self.STAND_IN, self.fold), agent, third, style, rng)
        self.customer = customer
        self.prev = prev
        self.heard = self.asr and rng.random() < 0.6
        self.merge = self.asr and rng.random() < self.MERGE_SHARE
        self._habits(rng)
        user = self.raw["MAIL"].split("@")[0]
        if customer.country in self.HOME:
            c = self.country = customer.country
            self.british = c in self.BRITISH_AT_HOME
            addr, self.city, post = self.home_address(rng, c)
            self.raw.update({"TEL": self.home_phone(rng, c), "ALT": self.home_phone(rng, c), "ADDR": addr, "POST": post,
                             "MAIL": f"{user}@{rng.choice(self.MAILS[c])}"})

    def _habits(self, rng: random.Random) -> None:
        """The split's further ASR habits of this call (dev_y, dev_aa: a long part broken in two)."""
        self.split_long = self.asr and rng.random() < 0.4

    def _hear(self, text: str) -> str:
        """ASR: lower case without accents; a long part broken in two; two short parts run together; one part of a
        name of two or more words heard as English words."""
        rng = self.rng
        parts = self.fold(text).lower().replace("-", " ").replace("'", "").split()
        if self.split_long and rng.random() < 0.4:
            long = [i for i, p in enumerate(parts) if len(p) >= self.LONG_PART and p not in self.HEARD]
            if long:
                i = rng.choice(long)
                p = parts[i]
                cut = next((k for k in range(len(p) // 2 - 1, len(p) - 3) if p[k - 1] in "aeiou" and p[k] not in "aeiou" and p[k] != p[k + 1]), len(p) // 2)
                parts[i:i + 1] = [p[:cut], p[cut:]]
        return " ".join(self._heard_as_words(self._run_together(parts, 4, 5, 0.4), alone=False))

    def _run_together(self, parts: list, first: int, second: int, share: float) -> list:
        """Now and then two short parts (``first`` letters or fewer, then ``second`` or fewer) run together."""
        short = [i for i in range(len(parts) - 1) if len(parts[i]) <= first and len(parts[i + 1]) <= second]
        if short and self.merge and self.rng.random() < share:
            i = self.rng.choice(short)
            parts[i:i + 2] = [parts[i] + parts[i + 1]]
        return parts

    def _heard_as_words(self, parts: list, alone: bool) -> list:
        """Half the time one part heard as English words (``HEARD``); in a name said alone too if ``alone``."""
        rng = self.rng
        if self.heard and (alone or len(parts) > 1) and rng.random() < 0.5:
            options = [i for i, p in enumerate(parts) if p in self.HEARD]
            if options:
                i = rng.choice(options)
                parts[i] = rng.choice(self.HEARD[parts[i]])
        return parts

    def plain(self, slot: str) -> str:
        if slot == "postname" and self.country in self.HOME:
            return self.POSTNAME.get(self.country, "postal code")
        if slot == "city" and self.asr:
            return self.fold(self.city)
        if slot == "kin" and self.country in self.HOME:
            return self.rng.choice(self.KIN[0] if self.third.male else self.KIN[1])
        return super().plain(slot)

    def value(self, slot: str) -> str:
        if slot in ("TEL", "ALT") and self.country in self.HOME and self.asr:
            raw = self.raw[slot]
            said = spoken_digits(re.sub(r"\D", "", raw), self.rng, True)
            return "plus " + said if raw.startswith("+") else said
        return super().value(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        """A NEUTRAL value: amounts, dates, helplines, references (``_profile_dev_s``) and this split's places,
        shops, products and phrases with name-like words."""
        home = self.country in self.HOME
        if kind == "money" and home:
            shapes, amounts = self.MONEY[self.country]
            n = rng.choice(amounts)
            if self.asr:
                return f"{number_words(n)} {self.UNIT[self.country]}"
            return rng.choice(shapes).format(n=f"{n:,}" if n >= 1000 else n)
        if kind == "helpline" and home:
            line = rng.choice(self.LINES[self.country])
            return spoken_digits(line, rng, True) if self.asr else line
        if kind not in self.NEUTRAL:
            if kind == "date" and self.asr and rng.random() < 0.3:
                return f"the {ordinal(rng.randint(1, 28))} of {self.MONTH}"
            return super().distractor(kind, rng, style)
        value = rng.choice(self.NEUTRAL[kind])
        if self.asr:
            return self.fold(value).lower().replace("'", "").replace("-", " ")
        return value.lower() if self.lower and self.speaker == "customer" else value
