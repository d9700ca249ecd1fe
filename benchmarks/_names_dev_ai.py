"""Person names for the ``dev_ai`` split, from sources no lexicon, surrogate pool, model or other split reads.

stacksjs/nanofaker, jkga/katalogo, digitalheir/family-names-in-the-netherlands, omar-haris/arabic-name-transliterator
and abhayvikramnayak98/Indian-HR-Dataset (all MIT; the Meertens data CC0), vendored in ``data/dev_ai_names.json`` by
``_build_names_dev_ai`` (licences in ``data/dev_ai_names.LICENSE``).

Seven groups, each with the forms the issue names: Hispanic (two surnames, ``de la``, ``del``, ``y``:
``María José de la Cruz Fernández``), lusophone (``da`` / ``dos`` / ``das``, long multi-part Brazilian names),
Arabic (``bin`` / ``bint`` in the Gulf, three-part names in the Levant, ``El`` / ``Ben`` in the Maghreb, ``Abdul`` /
``Abd Al-`` compounds, a man called ``Abu Omar``), Filipino (``Dela Cruz``, ``de los Santos``, a middle initial,
nicknames: ``Bong``, ``Jun``), Dutch / German (``van der``, ``de``, ``ter``, ``von``, hyphenated surnames), South
Asian (three-part names, initials ``K. S. Rao``, ``Sunny``), and an English reference group whose surnames are
everyday English words (``Baker``, ``Hill``). Groups are the pools of the lists, not persons. Never add these
names to a lexicon or a pool.
"""
from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedName, StagedNameSource

DATA = Path(__file__).parent / "data" / "dev_ai_names.json"
ORIGINS = ("hispanic", "lusophone", "arabic", "filipino", "dutch_german", "south_asian", "english")
COUNTRIES = {"hispanic": (("MX", 30), ("CO", 15), ("AR", 10), ("ES", 15), ("US", 30)),
             "lusophone": (("BR", 50), ("PT", 20), ("US", 15), ("UK", 15)),
             "arabic": (("AE", 25), ("SA", 20), ("JO", 15), ("MA", 15), ("UK", 15), ("US", 10)),
             "filipino": (("PH", 55), ("US", 25), ("CA", 10), ("AU", 10)),
             "dutch_german": (("NL", 35), ("DE", 30), ("UK", 10), ("US", 10), ("CA", 5), ("AU", 10)),
             "south_asian": (("IN", 55), ("UK", 20), ("US", 15), ("CA", 10)),
             "english": (("US", 30), ("UK", 30), ("CA", 20), ("AU", 20))}
GULF, MAGHREB = ("AE", "SA"), ("MA",)


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def abdul(compound: str, form: int) -> str:
    """``Abd Al-Rahman`` as people write it: ``Abd Al-Rahman``, ``Abdul Rahman``, ``Abdulrahman``, ``Abdel Rahman``."""
    root = compound.split("-", 1)[1]
    return (compound, f"Abdul {root}", f"Abdul{root.lower()}", f"Abdel {root}")[form]


class NameSourceAI(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())

    def name(self, origin: str | None = None, country: str | None = None, surname: str | None = None) -> StagedName:
        person = super().name(origin, country, surname)
        if self._rng.random() < 0.12:  # a doctor now and then: "Dr de la Cruz"
            return replace(person, title=self._rng.choice(("Dr", "Dr.")))
        return person

    def relative(self, person: StagedName) -> StagedName:
        """A family member (same group and country, often the same surname) who is not called what the person is."""
        for _ in range(6):
            kin = super().relative(person)
            if kin.called != person.called and kin.given.split()[0] != person.given.split()[0]:
                return kin
        return kin

    def _particle(self, table: dict, sur: str, share: float) -> str:
        particle = table["particle"].get(sur)
        return f"{particle} {sur}" if particle and self._rng.random() < share else sur

    def _hispanic(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["hispanic"]
        sex = "male" if male else "female"
        first = self._pick(t[sex])
        two = rng.random() < 0.25
        given = f"{first} {self._pick(t[sex], first)}" if two else first
        called = given if two and rng.random() < 0.5 else first
        paternal = surname or self._particle(t, self._pick(t["surname"]), 0.6)
        if rng.random() < (0.35 if self._country == "US" else 0.8):
            maternal = self._particle(t, self._pick(t["surname"], paternal.split()[-1]), 0.2)
            joined = f"{paternal} y {maternal}" if rng.random() < 0.08 else f"{paternal} {maternal}"
            return "two_surnames", given, paternal, f"{given} {joined}", called, False
        return "one_surname", given, paternal, f"{given} {paternal}", called, False

    def _lusophone(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["lusophone"]
        sex = "male" if male else "female"
        first = self._pick(t[sex])
        given = f"{first} {self._pick(t[sex], first)}" if rng.random() < 0.45 else first
        father = surname or self._particle(t, self._pick(t["surname"]), 0.5)
        parts = [self._particle(t, self._pick(t["surname"], father.split()[-1]), 0.6)]
        if rng.random() < 0.2:  # a long Brazilian name: two family names before the father's
            parts.append(self._particle(t, self._pick(t["surname"], parts[0].split()[-1]), 0.3))
        full = " ".join([given] + parts + [father])
        return ("long" if len(full.split()) >= 5 else "lusophone"), given, father, full, first, False

    def _arabic(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["arabic"]
        if male and rng.random() < 0.25:
            given = abdul(self._pick(t["abd"]), rng.randrange(4))
        else:
            given = self._pick(t["male" if male else "female"])
        father = self._pick(t["male"], given)
        called = f"Abu {self._pick(t['male'], given)}" if male and rng.random() < 0.15 else given
        if self._country in MAGHREB:
            family = surname or (f"Ben {self._pick(t['male'], father)}" if rng.random() < 0.5
                                 else "El " + self._pick(t["family"]).split("-", 1)[1])
            return "maghreb", given, family, f"{given} {family}", called, False
        family = surname or self._pick(t["family"])
        if rng.random() < 0.15:
            family = family.replace("Al-", rng.choice(("al-", "Al ")), 1)
        if rng.random() < (0.7 if self._country in GULF else 0.1):
            link = "bin" if male else "bint"
            return "gulf_nasab", given, family, f"{given} {link} {father} {family}", called, False
        if rng.random() < 0.4:
            return "three_part", given, family, f"{given} {father} {family}", called, False
        return "arabic", given, family, f"{given} {family}", called, False

    def _filipino(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["filipino"]
        sex = "male" if male else "female"
        first = self._pick(t[sex])
        given = f"{first} {self._pick(t[sex], first)}" if rng.random() < 0.2 else first
        if surname:
            sur = surname
        elif rng.random() < 0.5:
            sur = self._pick(t["spanish_surname"])
            sur = "de los Santos" if sur == "Santos" and rng.random() < 0.5 else sur
            sur = rng.choice(("Dela Cruz", "dela Cruz", "De la Cruz")) if sur == "Dela Cruz" else sur
        else:
            sur = self._pick(t["native_surname"])
        called = self._pick(t["nickname"][sex]) if rng.random() < 0.3 else first
        middle = self._pick(t["native_surname"] + t["spanish_surname"], sur)
        r = rng.random()
        if r < 0.35:
            return "middle_initial", given, sur, f"{given} {middle[0]}. {sur}", called, False
        if r < 0.5:
            return "middle_name", given, sur, f"{given} {middle} {sur}", called, False
        return "filipino", given, sur, f"{given} {sur}", called, False

    def _dutch_german(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["dutch_german"]
        land = "de" if self._country == "DE" or (self._country != "NL" and rng.random() < 0.45) else "nl"
        sex = "male" if male else "female"
        first = self._pick(t[f"{land}_{sex}"])
        given = f"{first}-{self._pick(t[f'{land}_{sex}'], first)}" if land == "de" and rng.random() < 0.15 else first
        sur = surname or self._pick(t[f"{land}_surname"])
        if not surname and land == "de" and rng.random() < 0.1:
            sur = f"von {sur}"
        if not surname and rng.random() < 0.15:  # a double-barrelled / married name
            sur = f"{sur}-{self._pick(t[f'{land}_surname'], sur)}"
        style = "particle" if sur[0].islower() else ("hyphenated" if "-" in sur else land)
        return style, given, sur, f"{given} {sur}", first, False

    def _south_asian(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["south_asian"]
        sex = "male" if male else "female"
        region = rng.choice(("north", "west", "south", "east"))
        pool = t[f"word_{sex}"] if rng.random() < 0.08 else t[f"{region}_{sex}"]
        first = self._pick(pool)
        sur = surname or self._pick(t[f"{region}_surname"])
        father = self._pick(t[f"{region}_male"], first)
        r = rng.random()
        if region == "south" and r < 0.35:
            return "initials", f"{first} {father}", sur, f"{first[0]}. {father[0]}. {sur}", first, False
        if r < 0.4:
            middle = "Kumar" if male and region == "north" and rng.random() < 0.5 else father
            return "three_part", f"{first} {middle}", sur, f"{first} {middle} {sur}", first, False
        return "south_asian", first, sur, f"{first} {sur}", first, False
