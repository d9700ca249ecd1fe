"""Person names for the ``dev_p`` split, from sources no lexicon, surrogate pool, model or other split reads.

egy-names 0.3.6 (``arab``), faker-pk 0.2.0 (``pakistani``) and fake-name-india 1.0.1 (``indian``), all MIT, vendored in
``data/dev_p_names.json`` (``_build_names_dev_p``; licences in ``data/dev_p_names.LICENSE``). Names are built the
way they are written in the Gulf, Egypt and Jordan: ``Hamad bin Saeed Al Ashry``, ``Mariam bint Khaled Al-Badawy``,
``Mostafa Mahmoud Abdelhamid Elsherbiny``, ``Omar Khaled Al-Masry``, a kunya (``Abu Khaled``, ``Umm Youssef``);
expatriates ``Muhammad Bilal Butt``, ``Abdul Rehman Qureshi``, ``Rahul Sharma``. Never add these names to a lexicon
or a pool.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "dev_p_names.json"
ORIGINS = ("arab", "pakistani", "indian")
_ARAB_COUNTRIES = (("AE", 30), ("SA", 25), ("QA", 10), ("EG", 20), ("JO", 15))
_EXPAT_COUNTRIES = (("AE", 50), ("SA", 35), ("QA", 15))


@dataclass(frozen=True)
class NameP:
    """``full`` as on an ID; ``called`` the given name; ``surname`` the part a title goes with (Gulf usage: often the
    given name); ``spell`` the part spelled out; ``kunya`` ``Abu`` / ``Umm`` + a son's name; ``arabizi`` the given
    name in chat digits (``7amad``) or None; ``country`` where the person lives."""

    full: str
    called: str
    surname: str
    spell: str
    origin: str
    title: str
    male: bool
    country: str
    kunya: str
    arabizi: str | None


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def _weighted(rng: random.Random, pairs) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


class NameSourceP:
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(origin)``."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._t = tables()

    def name(self, origin: str | None = None, country: str | None = None) -> NameP:
        rng, t = self._rng, self._t
        origin = origin or _weighted(rng, (("arab", 50), ("pakistani", 25), ("indian", 25)))
        country = country or _weighted(rng, _ARAB_COUNTRIES if origin == "arab" else _EXPAT_COUNTRIES)
        male = rng.random() < 0.55
        title = rng.choice(("Mr", "Mr", "Mister")) if male else rng.choice(("Ms", "Mrs", "Madam", "Ms"))
        son = rng.choice(t["arab_male"] if origin == "arab" else t[f"{origin}_male"])
        kunya = ("Abu " if male else "Umm ") + son
        if origin == "arab":
            return self._arab(male, title, country, kunya)
        given = rng.choice(t[f"{origin}_male" if male else f"{origin}_female"])
        if origin == "pakistani" and male and given in ("Muhammad", "Ahmed", "Syed") and rng.random() < 0.8:
            given += " " + rng.choice([g for g in t["pakistani_male"] if " " not in g and g != given])
        family = rng.choice(t[f"{origin}_family"])
        called = given if given.startswith("Abdul") else given.split()[-1]
        surname = family if rng.random() < 0.6 else called
        kunya = kunya if origin == "pakistani" else called  # a kunya is an Arab / Muslim usage
        return NameP(f"{given} {family}", called, surname, family, origin, title, male, country, kunya, None)

    def _arab(self, male: bool, title: str, country: str, kunya: str) -> NameP:
        rng, t = self._rng, self._t
        given = rng.choice(t["arab_male" if male else "arab_female"])
        father, grand = rng.choice(t["arab_male"]), rng.choice(t["arab_male"])
        if country == "EG":
            family = rng.choice(t["arab_family"])
            parts = [given, father] + ([grand] if rng.random() < 0.3 else []) + ([family] if rng.random() < 0.8 else [])
            spell = parts[-1]
            surname = parts[-1] if rng.random() < 0.4 else given
        else:
            base = rng.choice(t["arab_gulf_family"])
            family = rng.choice(("Al ", "Al ", "Al-", "al-")) + base
            if country == "JO" and rng.random() < 0.4:
                family = rng.choice(t["arab_family"])
            r = rng.random()
            if r < 0.4 and country != "JO":
                parts = [given, "bin" if male else "bint", father, family]
            elif r < 0.75:
                parts = [given, father, family]
            else:
                parts = [given, family]
            spell = base if family.lower().startswith("al") else family
            surname = family if rng.random() < 0.5 else given
        arabizi = t["arab_arabizi"].get(given)
        return NameP(" ".join(parts), given, surname, spell, "arab", title, male, country, kunya, arabizi)

    def agent(self) -> NameP:
        """A contact-centre agent: often an expatriate from India or Pakistan, else Arab."""
        return self.name(_weighted(self._rng, (("indian", 45), ("pakistani", 25), ("arab", 30))))

    def relative(self, origin: str | None) -> NameP:
        return self.name(origin)
