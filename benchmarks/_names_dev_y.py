"""Person names for the ``dev_y`` split, from sources no lexicon, surrogate pool, model or other split reads.

persian-names 1.5.1 (MIT; Persian given names, surnames composed by its rule), turkish-name-generator 1.0.6 (MIT;
Turkish given names and surnames), nepalpy 1.3.2 (MIT; Nepali given names, community surnames), iiyo 1.0.7 (MIT;
Sinhala given names and surnames) and generator-names 0.3.0 (MIT; US given names and surnames), vendored in
``data/dev_y_names.json`` (``_build_names_dev_y``; licences in ``data/dev_y_names.LICENSE``). Callers of UK / US /
Canadian / Australian contact centres, and a share at home in Iran, Turkey, Nepal or Sri Lanka: Persian names with a
second given name (``Mohammad Reza Ahmadzadeh``) or a ``Khan`` element (``Dariush Khan Tehrani``), Turkish names with
two given names (``Ayşe Nur Karakuş``), Nepali names with ``Bahadur`` / ``Kumari`` (``Ram Bahadur Gurung``), Sinhala
names with long surnames (``Kasun Tharindu Wickramasinghe``), surname first in every group, English given names with
one of those surnames (``Kevin Jayawardena``), and an English reference group. Groups are the pools of the lists, not
persons. Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedNameSource

DATA = Path(__file__).parent / "data" / "dev_y_names.json"
ORIGINS = ("persian", "turkish", "nepali", "sinhala", "diaspora", "english")
COUNTRIES = {"persian": (("IR", 35), ("UK", 25), ("US", 20), ("CA", 15), ("AU", 5)),
             "turkish": (("TR", 40), ("UK", 25), ("US", 10), ("CA", 10), ("AU", 15)),
             "nepali": (("NP", 40), ("UK", 25), ("AU", 20), ("US", 10), ("CA", 5)),
             "sinhala": (("LK", 40), ("AU", 25), ("UK", 20), ("CA", 10), ("US", 5)),
             "diaspora": (("UK", 30), ("US", 30), ("CA", 20), ("AU", 20)),
             "english": (("US", 40), ("UK", 25), ("CA", 20), ("AU", 15))}
NATIVE = ("persian", "turkish", "nepali", "sinhala")


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceY(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())

    def _given(self, origin: str, male: bool, avoid: str = "") -> str:
        pool = self._t[origin]["male" if male else "female"]
        if origin == "turkish":  # a long list: the shorter, everyday-looking names
            pool = [n for n in pool if 3 <= len(n) <= 7]
        return self._pick(pool, avoid)

    def _surname(self, origin: str) -> str:
        pool = self._t[origin]["surname"]
        if origin == "sinhala" and self._rng.random() < 0.6:  # Wickramasinghe, Jayawardena, Gunasekara
            pool = [n for n in pool if len(n) >= 9]
        return self._pick(pool)

    def _persian(self, male: bool, surname: str | None):
        rng = self._rng
        sur, first = surname or self._surname("persian"), self._given("persian", male)
        r = rng.random()
        if r < 0.45:
            return "plain", first, sur, f"{first} {sur}", first, False
        if r < 0.7:  # Mohammad Reza Ahmadzadeh: two given names, called by both
            second = self._given("persian", male, first)
            return "two_given", f"{first} {second}", sur, f"{first} {second} {sur}", first, False
        if r < 0.85 and male:  # Dariush Khan Tehrani
            return "khan", first, sur, f"{first} Khan {sur}", first, False
        return "surname_first", first, sur, f"{sur} {first}", first, True

    def _turkish(self, male: bool, surname: str | None):
        return self._second_given("turkish", male, surname, 0.55, 0.85)  # Ayşe Nur Karakuş

    def _nepali(self, male: bool, surname: str | None):
        rng = self._rng
        sur, first = surname or self._surname("nepali"), self._given("nepali", male)
        r = rng.random()
        if r < 0.45:
            return "plain", first, sur, f"{first} {sur}", first, False
        if r < 0.8:  # Ram Bahadur Gurung, Sita Kumari Shrestha
            mid = "Bahadur" if male else "Kumari"
            return "bahadur", first, sur, f"{first} {mid} {sur}", first, False
        return "surname_first", first, sur, f"{sur} {first}", first, True

    def _sinhala(self, male: bool, surname: str | None):
        return self._second_given("sinhala", male, surname, 0.5, 0.75)  # Kasun Tharindu Wickramasinghe

    def _diaspora(self, male: bool, surname: str | None):
        """An English given name with a Persian, Turkish, Nepali or Sinhala surname; 35 % a native middle name."""
        rng = self._rng
        people = rng.choice(NATIVE)
        sur, given = surname or self._surname(people), self._given("english", male)
        if rng.random() < 0.35:
            mid = self._given(people, male)
            return "native_middle", given, sur, f"{given} {mid} {sur}", given, False
        return "english_given", given, sur, f"{given} {sur}", given, False
