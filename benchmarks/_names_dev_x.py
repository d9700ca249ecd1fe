"""Person names for the ``dev_x`` split, from sources no lexicon, surrogate pool, model or other split reads.

morphex 0.1.0 (MIT; its reviewed lexicon of Yoruba, Igbo and Hausa given names and surnames) and chance 1.1.13
(MIT; its English given names and US surnames), vendored in ``data/dev_x_names.json`` (``_build_names_dev_x``;
licences in ``data/dev_x_names.LICENSE``). Callers of UK / US / Canadian contact centres, and a share at home in
Nigeria: long Yoruba names (``Oluwafikayomi Adegboyega``, ``Temiloluwa Ayomide Ogunleye``, surname first
``Adeyemi Olumuyiwa``), Igbo names (``Chukwuemeka Nnamdi Okonkwo``, ``Ifeanyichukwu Nwachukwu``), Hausa names
with the father's name in the surname's place (``Abubakar Musa``, ``Hadiza Aliyu Bello``), English given names
with a Nigerian surname and often a native middle name (``Grace Oluwaseun Adeyemi``), short Nigerian names and
surnames that are or sound like English words (``Dare Ojo``, ``Ike Eze``, ``Tope Bello``), and an English
reference group (``Jennifer Collins``). Groups are the pools of the lists, not persons. Never add these names to a
lexicon or a pool.
"""
from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedName, weighted

DATA = Path(__file__).parent / "data" / "dev_x_names.json"
ORIGINS = ("yoruba", "igbo", "hausa", "christian", "short", "english")
COUNTRIES = {"yoruba": (("NG", 40), ("UK", 30), ("US", 20), ("CA", 10)),
             "igbo": (("NG", 40), ("US", 25), ("UK", 25), ("CA", 10)),
             "hausa": (("NG", 60), ("UK", 15), ("US", 15), ("CA", 10)),
             "christian": (("NG", 35), ("UK", 30), ("US", 25), ("CA", 10)),
             "short": (("NG", 40), ("UK", 30), ("US", 20), ("CA", 10)),
             "english": (("US", 40), ("UK", 30), ("CA", 30))}
# Hausa given names said of women (public knowledge of Hausa / Muslim naming; the source has no sex)
_ELEMENTS = {"Nke", "Nna", "Nwa", "Anyi", "Ogun", "Oluwa", "Oma"}  # name elements the source lists, not said alone
HAUSA_WOMEN = {"Aisha", "Amina", "Balaraba", "Bilkisu", "Binta", "Fatima", "Hadiza", "Hafsat", "Halima", "Hauwa",
               "Jamila", "Jumai", "Khadija", "Maryam", "Nana", "Rabi", "Safiya", "Salamatu", "Saratu", "Talatu", "Turai",
               "Zainab"}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceX:
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._t = tables()

    def _pick(self, pool, avoid: str = "") -> str:
        return self._rng.choice([n for n in pool if n != avoid])

    def _native(self, origin: str, male: bool, surname: str | None):
        """Yoruba or Igbo: one or two given names (the longer ones more often), a surname; 20 % surname first."""
        rng, t = self._rng, self._t[origin]
        sur = surname or rng.choice(t["surname"])
        pool = [n for n in t["first"] if n not in _ELEMENTS]
        first = rng.choice(pool) if rng.random() < 0.5 else rng.choice([n for n in pool if len(n) >= 7])
        r = rng.random()
        if r < 0.5:
            return "plain", first, sur, f"{first} {sur}", first, False
        if r < 0.8:  # Temiloluwa Ayomide Ogunleye: two given names, called by the first
            second = self._pick(pool, first)
            return "two_given", first, sur, f"{first} {second} {sur}", first, False
        return "surname_first", first, sur, f"{sur} {first}", first, True

    def _yoruba(self, male: bool, surname: str | None):
        return self._native("yoruba", male, surname)

    def _igbo(self, male: bool, surname: str | None):
        return self._native("igbo", male, surname)

    def _hausa(self, male: bool, surname: str | None):
        """A given name and the father's given name (55 %) or a family name; now and then a second given name."""
        rng, t = self._rng, self._t["hausa"]
        pool = [n for n in t["first"] if (n in HAUSA_WOMEN) != male]
        first = rng.choice(pool)
        father = surname or (rng.choice([n for n in t["first"] if n not in HAUSA_WOMEN and n != first])
                             if rng.random() < 0.55 else rng.choice(t["surname"]))
        r = rng.random()
        if r < 0.6:
            return "given_father", first, father, f"{first} {father}", first, False
        if r < 0.85:  # Hadiza Aliyu Bello: the father's name before a family name
            mid = rng.choice([n for n in t["first"] if n not in HAUSA_WOMEN and n not in (first, father)])
            return "three_part", first, father, f"{first} {mid} {father}", first, False
        return "surname_first", first, father, f"{father} {first}", first, True

    def _christian(self, male: bool, surname: str | None):
        """An English given name with a Yoruba or Igbo surname; 45 % a native middle name."""
        rng, t = self._rng, self._t
        people = rng.choice(("yoruba", "igbo"))
        sur = surname or rng.choice(t[people]["surname"])
        given = rng.choice(t["english"]["male" if male else "female"])
        if rng.random() < 0.45:  # Grace Oluwaseun Adeyemi
            mid = rng.choice(t[people]["first"])
            return "native_middle", given, sur, f"{given} {mid} {sur}", given, False
        return "english_given", given, sur, f"{given} {sur}", given, False

    def _short(self, male: bool, surname: str | None):
        """A short given name (the everyday forms: Dare, Ike, Tope, Sade) and a short surname (Ojo, Eze, Bello)."""
        rng, t = self._rng, self._t["short"]
        sur = surname or rng.choice(t["surname"])
        first = rng.choice(t["first"])
        if rng.random() < 0.2:
            return "surname_first", first, sur, f"{sur} {first}", first, True
        return "short", first, sur, f"{first} {sur}", first, False

    def _english(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["english"]
        sur = surname or rng.choice(t["surnames"])
        pool = t["male" if male else "female"]
        given = rng.choice(pool)
        if rng.random() < 0.2:
            return "english_middle", given, sur, f"{given} {self._pick(pool, given)} {sur}", given, False
        return "english", given, sur, f"{given} {sur}", given, False

    def name(self, origin: str | None = None, country: str | None = None, surname: str | None = None) -> StagedName:
        rng = self._rng
        origin = origin or rng.choice(ORIGINS)
        country = country or weighted(rng, COUNTRIES[origin])
        male = rng.random() < 0.5
        style, given, sur, full, called, first = getattr(self, f"_{origin}")(male, surname)
        if origin == "hausa":
            male = given not in HAUSA_WOMEN
        title = rng.choice(("Mr", "Mr.", "Mister") if male else ("Ms", "Ms.", "Mrs", "Miss"))
        return StagedName(full, given, sur, called, sur, origin, style, male, title, country, first)

    def agent(self, origin: str | None = None) -> StagedName:
        """A contact-centre agent: any of the groups (agents' names are scored too)."""
        return self.name(origin or self._rng.choice(ORIGINS))

    def relative(self, person: StagedName) -> StagedName:
        """A family member: same group and country, the same surname in most cases (a Hausa child carries the
        father's given name, so a sibling shares it)."""
        same = self._rng.random() < 0.65
        return self.name(person.origin, person.country, person.surname if same else None)
