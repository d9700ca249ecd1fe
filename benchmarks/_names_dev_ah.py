"""Person names for the ``dev_ah`` split, from sources no lexicon, surrogate pool, model or other split reads.

gender-detection-from-name 1.11.5 (npm, MIT; the attestation of the English reference given names), humannames 1.0.5
(npm, MIT; the attestation of the English reference surnames) and the hand-kept lists of ``_build_names_dev_ah``
(Chinese pinyin and Malaysian / Singaporean dialect romanizations, Korean, Japanese, Kikuyu / Luo / Luganda / Swahili,
Zulu / Shona / Congolese / Kinyarwanda, English), vendored in ``data/dev_ah_names.json`` (licences in
``data/dev_ah_names.LICENSE``).

Six groups: Chinese (``Tan Bee Leng``, ``Ah Kow`` given names in Malaysia and Singapore, pinyin ``Zhang Weijian``
elsewhere), Korean (``Park Seo-yeon``, ``Seoyeon Park``), Japanese (surname first or given first), East African
(Kikuyu, Luo, Luganda, Swahili: a given name and a family name), Southern / Central African (Zulu, Shona, Congolese
with a post-name, Rwandan two own names), and an English reference group. Groups are the pools of the lists, not
persons. Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedNameSource

DATA = Path(__file__).parent / "data" / "dev_ah_names.json"
ORIGINS = ("chinese", "korean", "japanese", "east_african", "southern_african", "english")
COUNTRIES = {"chinese": (("MY", 30), ("SG", 30), ("US", 15), ("UK", 10), ("CA", 10), ("AU", 5)),
             "korean": (("KR", 40), ("US", 25), ("CA", 15), ("AU", 20)),
             "japanese": (("JP", 45), ("US", 20), ("UK", 15), ("AU", 20)),
             "east_african": (("KE", 35), ("UG", 20), ("TZ", 20), ("UK", 15), ("US", 10)),
             "southern_african": (("ZA", 25), ("ZW", 20), ("CD", 15), ("RW", 15), ("UK", 15), ("AU", 10)),
             "english": (("US", 30), ("UK", 30), ("CA", 20), ("AU", 20))}
_SUB = {"east_african": {"KE": ("kikuyu", "luo"), "UG": ("ganda",), "TZ": ("swahili",)},
        "southern_african": {"ZA": ("zulu",), "ZW": ("shona",), "CD": ("congolese",), "RW": ("rwandan",)}}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceAH(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())
        self._kin_of = ""

    # -- Chinese: Malaysian / Singaporean dialect romanization at home there, pinyin elsewhere (now and then both) ----
    def _chinese(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["chinese"]
        sex = "male" if male else "female"
        dialect = surname in t["dialect_surname"] if surname else (
            self._country in ("MY", "SG") or rng.random() < 0.25)
        if dialect:
            sur = surname or self._pick(t["dialect_surname"])
            a = "Ah" if rng.random() < 0.2 else self._pick(t[f"dialect_{sex}"])
            given = f"{a} {self._pick(t[f'dialect_{sex}'], a)}"
            if rng.random() < 0.8:
                return "dialect", given, sur, f"{sur} {given}", given, True
            return "dialect_given_first", given, sur, f"{given} {sur}", given, False
        sur = surname or self._pick(t["pinyin_surname"])
        a = self._pick(t[f"pinyin_{sex}"])
        given = (a + self._pick(t[f"pinyin_{sex}"], a)).capitalize() if rng.random() < 0.75 else a.capitalize()
        if rng.random() < 0.5:
            return "pinyin", given, sur, f"{sur} {given}", given, True
        return "pinyin_given_first", given, sur, f"{given} {sur}", given, False

    # -- Korean: Seo-yeon / Seoyeon / Seo Yeon; surname first or last ------------------------------------------------
    def _korean(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["korean"]
        sur, given = surname or self._pick(t["surname"]), self._pick(t["male" if male else "female"])
        r = rng.random()
        if r < 0.35:
            given = given.replace("-", "").capitalize()
        elif r < 0.55:
            a, b = given.split("-")
            given = f"{a} {b.capitalize()}"
        else:
            a, b = given.split("-")
            given = f"{a}-{b if rng.random() < 0.6 else b.capitalize()}"
        if self._country == "KR" or rng.random() < 0.35:
            return "korean_surname_first", given, sur, f"{sur} {given}", given, True
        return "korean_given_first", given, sur, f"{given} {sur}", given, False

    def _japanese(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["japanese"]
        sur, given = surname or self._pick(t["surname"]), self._pick(t["male" if male else "female"])
        if rng.random() < (0.5 if self._country == "JP" else 0.2):
            return "japanese_surname_first", given, sur, f"{sur} {given}", given, True
        return "japanese_given_first", given, sur, f"{given} {sur}", given, False

    def _people(self, origin: str, surname: str | None) -> str:
        t = self._t[origin]
        if self._kin_of:
            return self._kin_of
        if surname:
            found = [k[:-len("_surname")] for k in t if k.endswith("_surname") and surname in t[k]]
            if found:
                return found[0]
        home = _SUB[origin].get(self._country)
        return self._rng.choice(home or sorted({k.rsplit("_", 1)[0] for k in t}))

    def _east_african(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["east_african"]
        people = self._people("east_african", surname)
        first = self._pick(t[f"{people}_{'male' if male else 'female'}"])
        sur = surname or self._pick(t[f"{people}_surname"], first)
        if rng.random() < 0.2:
            second = self._pick(t[f"{people}_{'male' if male else 'female'}"], first)
            return f"{people}_two_given", f"{first} {second}", sur, f"{first} {second} {sur}", first, False
        if rng.random() < 0.1:
            return f"{people}_surname_first", first, sur, f"{sur} {first}", first, True
        return people, first, sur, f"{first} {sur}", first, False

    def _southern_african(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["southern_african"]
        people = self._people("southern_african", surname)
        first = self._pick(t[f"{people}_{'male' if male else 'female'}"])
        sur = surname or self._pick(t[f"{people}_surname"], first)
        if people == "congolese" and rng.random() < 0.5:  # a post-name after the name
            post = self._pick(t["congolese_surname"], sur)
            return "congolese_postname", first, sur, f"{first} {sur} {post}", first, False
        if people == "rwandan" and rng.random() < 0.4:  # the Kinyarwanda name said first
            return "rwandan_surname_first", first, sur, f"{sur} {first}", first, True
        return people, first, sur, f"{first} {sur}", first, False

    def relative(self, person):
        """A family member of the same sub-group (a Luo caller's sister is Luo too)."""
        t = self._t.get(person.origin, {})
        self._kin_of = next((k.rsplit("_", 1)[0] for k in t if k.endswith(("_male", "_female"))
                             and person.given.split()[0] in t[k]), "") if person.origin in _SUB else ""
        try:
            return super().relative(person)
        finally:
            self._kin_of = ""

    def _same_surname(self, person) -> bool:
        if person.style.startswith("rwandan"):  # a Rwandan relative has names of their own
            return False
        return super()._same_surname(person)
