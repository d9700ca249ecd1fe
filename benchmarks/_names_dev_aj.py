"""Person names for the ``dev_aj`` split, from a source no lexicon, surrogate pool, model or other split reads.

cieslarmichal/faker-cxx (MIT; Irish, Lithuanian, Indian, Syrian / Lebanese / Palestinian lists, minus every name of
faker-js's lists) and the hand-kept lists of ``_build_names_dev_aj``, vendored in ``data/dev_aj_names.json``
(licence in ``data/dev_aj_names.LICENSE``).

Seven groups of a diverse UK / Irish population: South Asian British (Pakistani ``Muhammad Asif Khan``, Bangladeshi
``Rahima Begum``, Indian, Sri Lankan ``Perera``), Arabic (``Al-Najjar``, ``Abdul``, ``bin``), West African (Yoruba,
Igbo, Akan; an English first name with an African surname), East European (Polish, Romanian, Lithuanian with
diacritics and women's surname forms), Chinese (Cantonese ``Chan Tai Man``, an English first name with a Chinese
surname, Mandarin), Irish / Scottish (``Mc`` / ``Mac`` / ``O'``, Gaelic spellings) and an English reference group whose
surnames are often everyday words (``Wood``, ``Bird``). Groups are the pools of the lists, not persons. Never add
these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedName, StagedNameSource, weighted

DATA = Path(__file__).parent / "data" / "dev_aj_names.json"
ORIGINS = ("south_asian_uk", "arabic", "west_african", "east_european", "chinese", "irish_scottish", "english")
COUNTRIES = {"south_asian_uk": (("GB", 95), ("IE", 5)), "arabic": (("GB", 90), ("IE", 10)),
             "west_african": (("GB", 85), ("IE", 15)), "east_european": (("GB", 70), ("IE", 30)),
             "chinese": (("GB", 90), ("IE", 10)), "irish_scottish": (("IE", 55), ("GB", 45)),
             "english": (("GB", 90), ("IE", 10))}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def feminine(surname: str, land: str) -> str:
    """A woman's form of a Polish (``-ski`` -> ``-ska``) or Lithuanian (``-as`` -> ``-ienė``) surname."""
    if land == "pl":
        for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if surname.endswith(male):
                return surname[: -len(male)] + female
        return surname
    if land == "lt":
        for end in ("as", "is", "ys", "us"):
            if surname.endswith(end):
                return surname[:-2] + "ienė"
    return surname


class NameSourceAJ(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())

    def name(self, origin: str | None = None, country: str | None = None, surname: str | None = None) -> StagedName:
        person = super().name(origin, country, surname)
        if self._rng.random() < 0.1:  # a doctor now and then
            return replace(person, title="Dr")
        return person

    def relative(self, person: StagedName) -> StagedName:
        """A family member (same group and country, often the same surname) not called what the person is."""
        for _ in range(6):
            kin = super().relative(person)
            if kin.called != person.called and kin.given.split()[0] != person.given.split()[0]:
                return kin
        return kin

    def _sex(self, male: bool) -> str:
        return "male" if male else "female"

    def _south_asian_uk(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["south_asian_uk"]
        sub = weighted(rng, (("pakistani", 35), ("bangladeshi", 20), ("indian", 30), ("srilankan", 15)))
        first = self._pick(t[f"{sub}_{self._sex(male)}"])
        sur = surname or self._pick(t[f"{sub}_surname"])
        if sub == "bangladeshi" and not male and not surname and rng.random() < 0.5:
            sur = "Begum"
        if sub in ("pakistani", "bangladeshi") and male and rng.random() < 0.35:
            lead = "Muhammad" if sub == "pakistani" else rng.choice(("Mohammed", "Abdul"))
            if first != lead:  # called by the second name: "Muhammad Asif Khan" is Asif
                return "three_part", f"{lead} {first}", sur, f"{lead} {first} {sur}", first, False
        if rng.random() < 0.15:
            middle = self._pick(t[f"{sub}_{self._sex(male)}"], first)
            return "middle", f"{first} {middle}", sur, f"{first} {middle} {sur}", first, False
        return sub, first, sur, f"{first} {sur}", first, False

    def _arabic(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["arabic"]
        first = self._pick(t[self._sex(male)])
        if male and rng.random() < 0.2:
            first = f"Abdul {self._pick(t['male'], first)}" if rng.random() < 0.7 else f"Abdul{self._pick(t['male']).lower()}"
        family = surname or (self._pick(t["al_family"]) if rng.random() < 0.45 else self._pick(t["family"]))
        if not surname and family.startswith("Al-") and rng.random() < 0.3:
            family = family.replace("Al-", rng.choice(("al-", "Al ", "al ")), 1)
        called = first.split()[-1] if first.startswith("Abdul ") and rng.random() < 0.3 else first
        if rng.random() < 0.12:
            father = self._pick(t["male"], first)
            link = "bin" if male else "bint"
            return "nasab", first, family, f"{first} {link} {father} {family}", called, False
        return "arabic", first, family, f"{first} {family}", called, False

    def _west_african(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["west_african"]
        sub = weighted(rng, (("yoruba", 40), ("igbo", 35), ("akan", 25)))
        native = self._pick(t[f"{sub}_{self._sex(male)}"])
        sur = surname or self._pick(t[f"{sub}_surname"])
        r = rng.random()
        if r < 0.25:
            english = self._pick(t[f"english_{self._sex(male)}"])
            return "english_first", english, sur, f"{english} {sur}", english, False
        if r < 0.45:
            english = self._pick(t[f"english_{self._sex(male)}"])
            return "two_given", f"{english} {native}", sur, f"{english} {native} {sur}", english, False
        return sub, native, sur, f"{native} {sur}", native, False

    def _east_european(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["east_european"]
        land = weighted(rng, (("lt", 40), ("pl", 35), ("ro", 25)))
        first = self._pick(t[f"{land}_{self._sex(male)}"])
        sur = surname or self._pick(t[f"{land}_surname"])
        if not male:
            sur = feminine(sur, land)
        return land, first, sur, f"{first} {sur}", first, False

    def _chinese(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["chinese"]
        r = rng.random()
        if r < 0.6:
            sur = surname or self._pick(t["canto_surname"])
            english = self._pick(t[f"english_{self._sex(male)}"])
            given = self._pick(t["canto_given"])
            if r < 0.3:
                return "english_first", english, sur, f"{english} {sur}", english, False
            if r < 0.42:
                return "english_and_chinese", english, sur, f"{english} {sur} {given}", english, False
            return "surname_first", given, sur, f"{sur} {given}", given, True
        sur = surname or self._pick(t["mandarin_surname"])
        given = self._pick(t[f"mandarin_{self._sex(male)}"])
        if r < 0.8:
            return "pinyin", given, sur, f"{given} {sur}", given, False
        return "pinyin_surname_first", given, sur, f"{sur} {given}", given, True

    def _irish_scottish(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["irish_scottish"]
        sex = self._sex(male)
        if rng.random() < 0.3:
            first = self._pick(t[f"scottish_{sex}"])
            sur = surname or self._pick(t["mac_surname"])
            return "scottish", first, sur, f"{first} {sur}", first, False
        first = self._pick(t[f"gaelic_{sex}"] + t[sex])
        sur = surname or self._pick(t["surname"])
        return "irish", first, sur, f"{first} {sur}", first, False

    def _english(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["english"]
        first = self._pick(t[self._sex(male)])
        sur = surname or (self._pick(t["word_surname"]) if rng.random() < 0.6 else self._pick(t["surname"]))
        return "english", first, sur, f"{first} {sur}", first, False
