"""Person names for the ``dev_aa`` split, from sources no lexicon, surrogate pool, model or other split reads.

random_name_generator (Dart, github poqueque/random_name_generator, BSD-3-Clause; its Uganda, South Africa, Zimbabwe,
UK and US zones) and two hand-kept lists of naming-system words (Akan day names and birth-order names; English words
given as first names), vendored in ``data/dev_aa_names.json`` (``_build_names_dev_aa``; licence in
``data/dev_aa_names.LICENSE``). Callers of UK / US / Canadian / Australian contact centres, and a share at home in
South Africa or Ghana: Ganda names with clan surnames and Acholi / Luo ``O-`` names, two of them in a row
(``Otim Okello``), Nguni and Sotho names with click letters (``Xolani Xaba``), Shona / Ndebele names (``Tendai
Moyo``), Akan day names with a birth-order family name and often an English first name before them (``Emmanuel Kofi
Mensah``), English or word first names with an African surname (``Blessing Moyo``, ``Grace Nakato``), surname first
in part of every African group, and an English reference group. Groups are the pools of the lists, not persons.
Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedName, StagedNameSource

DATA = Path(__file__).parent / "data" / "dev_aa_names.json"
ORIGINS = ("east_african", "south_african", "zimbabwean", "akan", "diaspora", "english")
COUNTRIES = {"east_african": (("UK", 45), ("US", 20), ("CA", 15), ("AU", 20)),
             "south_african": (("ZA", 50), ("UK", 20), ("AU", 20), ("US", 5), ("CA", 5)),
             "zimbabwean": (("ZA", 25), ("UK", 40), ("AU", 15), ("US", 10), ("CA", 10)),
             "akan": (("GH", 45), ("UK", 25), ("US", 15), ("CA", 15)),
             "diaspora": (("ZA", 15), ("GH", 10), ("UK", 35), ("US", 20), ("CA", 10), ("AU", 10)),
             "english": (("US", 40), ("UK", 25), ("CA", 20), ("AU", 15))}
NATIVE = ("east_african", "south_african", "zimbabwean", "akan")


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceAA(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())

    def _given(self, origin: str, male: bool, avoid: str = "") -> str:
        t = self._t[origin]
        pool = t["given"] if origin == "zimbabwean" else t["male" if male else "female"]
        return self._pick(pool, avoid)

    def _east_african(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["east_african"]
        r = rng.random()
        if male and r < 0.35 and not surname:  # Otim Okello: two Acholi / Luo names
            first = self._pick(t["luo"])
            sur = self._pick(t["luo"], first)
            return "luo", first, sur, f"{first} {sur}", first, False
        sur, first = surname or self._surname("east_african"), self._given("east_african", male)
        if r < 0.8:
            return "plain", first, sur, f"{first} {sur}", first, False
        return "surname_first", first, sur, f"{sur} {first}", first, True

    def _south_african(self, male: bool, surname: str | None):
        return self._second_given("south_african", male, surname, 0.6, 0.85)  # Sipho Themba Dlamini

    def _zimbabwean(self, male: bool, surname: str | None):
        return self._second_given("zimbabwean", male, surname, 0.65, 0.85)

    def _akan(self, male: bool, surname: str | None):
        """A day name and a birth-order family name; 40 % an English first name before the day name."""
        rng = self._rng
        sur, day = surname or self._surname("akan"), self._given("akan", male)
        r = rng.random()
        if r < 0.4:
            english = self._given("english", male)
            return "english_day", english, sur, f"{english} {day} {sur}", english, False
        if r < 0.85:
            return "plain", day, sur, f"{day} {sur}", day, False
        return "surname_first", day, sur, f"{sur} {day}", day, True

    def _diaspora(self, male: bool, surname: str | None):
        """An English name or an English word given as a name, with an African surname; 30 % an African middle name."""
        rng = self._rng
        people = rng.choice(NATIVE)
        sur = surname or self._surname(people)
        given = self._pick(self._t["words"]["male" if male else "female"]) if rng.random() < 0.5 else self._given("english", male)
        if rng.random() < 0.3:
            mid = self._given(people, male)
            return "native_middle", given, sur, f"{given} {mid} {sur}", given, False
        return "english_given", given, sur, f"{given} {sur}", given, False

    def _same_surname(self, person: StagedName) -> bool:
        """The same surname in most cases, never for two Luo names."""
        return super()._same_surname(person) and person.style != "luo"
