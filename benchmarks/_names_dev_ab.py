"""Person names for the ``dev_ab`` split, from sources no lexicon, surrogate pool, model or other split reads.

Nomix (github tomasilluminati/Nomix, MIT; its English and Hindi lists) and hand-kept lists of Pacific naming-system
names (Maori, Samoan, Tongan and Fijian forms of Bible and English given names, given names from words of those
languages, family names; English words given as first names), vendored in ``data/dev_ab_names.json``
(``_build_names_dev_ab``; licence in ``data/dev_ab_names.LICENSE``). Callers of New Zealand, Australian and US
(Hawaii) contact centres, and a share at home in New Zealand, Fiji, Samoa or Tonga: Maori names, a third of the
family names with the particle ``Te`` (``Aroha Te Whare``); Samoan names with long parts and apostrophes
(``Losa Fa'asavalu``); Tongan names (``Siosaia Taufa``, ``'Ofa Fifita``); Fijian iTaukei names (``Losana
Vunivalu``) and Fiji Indian names (``Ravi Prasad``-like: Hindi given names with an Indian surname); English or word
first names with a Pacific surname (``Grace Tuilagi``, ``Patience Ngata``); and an English reference group. Groups
are the pools of the lists, not persons. Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedName, StagedNameSource

DATA = Path(__file__).parent / "data" / "dev_ab_names.json"
ORIGINS = ("maori", "samoan", "tongan", "fijian", "pasifika", "english")
COUNTRIES = {"maori": (("NZ", 70), ("AU", 25), ("US", 5)),
             "samoan": (("WS", 35), ("NZ", 35), ("AU", 15), ("US", 15)),
             "tongan": (("TO", 35), ("NZ", 30), ("AU", 20), ("US", 15)),
             "fijian": (("FJ", 50), ("NZ", 20), ("AU", 25), ("US", 5)),
             "pasifika": (("NZ", 40), ("AU", 25), ("US", 15), ("WS", 10), ("TO", 5), ("FJ", 5)),
             "english": (("NZ", 35), ("AU", 35), ("US", 30))}
NATIVE = ("maori", "samoan", "tongan", "fijian")


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceAB(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())

    def _maori(self, male: bool, surname: str | None):
        """A third of the family names with the particle ``Te``."""
        t = self._t["maori"]
        sur = surname or self._pick(t["te"] if self._rng.random() < 0.35 else t["surname"])
        first = self._given("maori", male)
        if self._rng.random() < 0.85:
            return ("te" if sur.startswith("Te ") else "plain"), first, sur, f"{first} {sur}", first, False
        second = self._given("maori", male, first)
        return "two_given", f"{first} {second}", sur, f"{first} {second} {sur}", first, False

    def _samoan(self, male: bool, surname: str | None):
        return self._second_given("samoan", male, surname, 0.7, 0.88)

    def _tongan(self, male: bool, surname: str | None):
        return self._second_given("tongan", male, surname, 0.7, 0.88)

    def _fijian(self, male: bool, surname: str | None):
        """iTaukei names, or (35 %) a Fiji Indian name; a share surname first (as on a Fijian form)."""
        t, rng = self._t["fijian"], self._rng
        if rng.random() < 0.35 and (not surname or surname in t["indian_surname"]):
            sur = surname or self._pick(t["indian_surname"])
            first = self._pick(t["indian_male" if male else "indian_female"])
            return "indian", first, sur, f"{first} {sur}", first, False
        sur = surname if surname and surname not in t["indian_surname"] else self._surname("fijian")
        first = self._given("fijian", male)
        if rng.random() < 0.85:
            return "plain", first, sur, f"{first} {sur}", first, False
        return "surname_first", first, sur, f"{sur} {first}", first, True

    def _pasifika(self, male: bool, surname: str | None):
        """An English name or an English word given as a name, with a Pacific surname; 25 % a Pacific middle name."""
        rng = self._rng
        people = rng.choice(NATIVE)
        t = self._t[people]
        sur = surname or self._pick(t["surname"] + t.get("te", []))
        given = self._pick(self._t["words"]["male" if male else "female"]) if rng.random() < 0.5 else self._given("english", male)
        if rng.random() < 0.25:
            mid = self._given(people, male)
            return "native_middle", given, sur, f"{given} {mid} {sur}", given, False
        return "english_given", given, sur, f"{given} {sur}", given, False
