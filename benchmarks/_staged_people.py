"""Pieces the staged families share (dev_v, dev_x, dev_y): a person's name record and a weighted choice (their names
modules), ASCII folding, the customer as ``ProfileS.__init__`` sees it, the person slots (a profile made for an
origin group, their labels and origins), and (dev_x, dev_y) how a name is spelled and printed in each slot."""
from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from benchmarks._profile_dev_s import _LETTERS
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


PERSONS = ("NAME", "GIVEN", "SURNAME", "SPELT", "GSPELT", "THIRD", "STAFF", "STAFFNAME", "PREV")


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


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
    """Profile methods of dev_v, dev_x and dev_y: the profile of a customer of one origin group, and each person
    slot's label and origin group."""

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
    """Profile methods of dev_x and dev_y: a name spelled letter by letter (ASR: letters, now and then "k for
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
