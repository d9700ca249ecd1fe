"""Person names for the ``dev_ad`` split, from sources no lexicon, surrogate pool, model or other split reads.

fictional-names 1.0.0 (PyPI, MIT; its Chinese pinyin, Japanese and English name lists) and hand-kept lists of
Southeast Asian Chinese dialect spellings, Korean McCune-Reischauer / North American spellings, the three spellings
of Japanese long vowels and Mongolian given names, vendored in ``data/dev_ad_names.json`` (``_build_names_dev_ad``;
licence in ``data/dev_ad_names.LICENSE``). Callers at home in Malaysia, Singapore, Indonesia, the Philippines,
Mongolia or Korea, or in Canada, Australia and the US: mainland Chinese names in pinyin (given names of one or two
syllables written joined, surname first or last: ``Zhang Xiaoming`` / ``Xiaoming Zhang``); Southeast Asian Chinese
names (``Tan Boon Keng``, ``Tan Ah Kow``, ``Michelle Lim Siew Ling``, Indonesian Chinese ``Budi Santoso Tanoto``,
Philippine Chinese ``Mark Anthony Sy``); Korean names in older spellings (``Pak Chul-soo``, ``Grace Rhee``,
``Young Hee Yi``); Japanese names whose long vowels are written three ways (``Ohno`` / ``Ono`` / ``Oono``); Mongolian
names (patronymic initial and given name, ``B. Batbayar``, or the father's name in full); English given names with a
short East Asian surname in every group; and an English reference group. Groups are the pools of the lists, not
persons. Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedNameSource

DATA = Path(__file__).parent / "data" / "dev_ad_names.json"
ORIGINS = ("mainland", "nanyang", "korean", "japanese", "mongolian", "english")
COUNTRIES = {"mainland": (("CA", 25), ("AU", 20), ("US", 25), ("SG", 15), ("MY", 15)),
             "nanyang": (("MY", 30), ("SG", 25), ("ID", 20), ("PH", 15), ("AU", 10)),
             "korean": (("KR", 40), ("US", 25), ("CA", 20), ("AU", 15)),
             "japanese": (("US", 35), ("CA", 20), ("AU", 25), ("SG", 10), ("PH", 10)),
             "mongolian": (("MN", 50), ("KR", 20), ("AU", 15), ("US", 15)),
             "english": (("US", 40), ("CA", 25), ("AU", 20), ("UK", 15))}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceAD(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())

    def _english_given(self, male: bool, avoid: str = "") -> str:
        return self._pick(self._t["english"]["male" if male else "female"], avoid)

    def _two(self, pool: list, joiner: str) -> str:
        a = self._pick(pool)
        b = self._pick(pool, a)
        return a + joiner + (b.lower() if joiner in ("", "-") else b)

    # -- mainland Chinese, pinyin -------------------------------------------------------------------------
    def _mainland(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["mainland"]
        sur = surname or self._surname("mainland")
        g = "male" if male else "female"
        first = self._pick(t[g]) if rng.random() < 0.35 else self._two(t[f"{g}_syllable"], "")
        r = rng.random()
        if r < 0.35:
            return "plain", first, sur, f"{first} {sur}", first, False
        if r < 0.7:
            return "surname_first", first, sur, f"{sur} {first}", first, True
        eng = self._english_given(male)
        if r < 0.85:
            return "english_given", eng, sur, f"{eng} {sur}", eng, False
        return "english_chinese", f"{eng} {first}", sur, f"{eng} {first} {sur}", eng, False

    # -- Southeast Asian Chinese ----------------------------------------------------------------------------
    def _nanyang(self, male: bool, surname: str | None):
        rng, t, country = self._rng, self._t["nanyang"], self._country
        syll = t["male_syllable" if male else "female_syllable"]
        if country == "ID" and rng.random() < 0.7:  # Budi Santoso Tanoto
            sur = surname or self._pick(t["indonesian_surname"])
            first = self._pick(t["indonesian_male" if male else "indonesian_female"])
            if rng.random() < 0.5:
                mid = self._pick(t["indonesian_surname"], sur)
                return "indonesian", first, sur, f"{first} {mid} {sur}", first, False
            return "indonesian", first, sur, f"{first} {sur}", first, False
        if country == "PH" and rng.random() < 0.7:  # Mark Anthony Sy
            sur = surname or self._pick(t["philippine"])
            first = self._english_given(male)
            if rng.random() < 0.4:
                second = self._english_given(male, first)
                return "philippine", f"{first} {second}", sur, f"{first} {second} {sur}", first, False
            return "philippine", first, sur, f"{first} {sur}", first, False
        sur = surname or self._surname("nanyang")
        r = rng.random()
        if r < 0.5:  # Tan Boon Keng / Tan Boon-Keng
            given = self._two(syll, rng.choice((" ", " ", "-")))
            return "dialect", given, sur, f"{sur} {given}", given, True
        if r < 0.65:  # Tan Ah Kow
            given = f"Ah {self._pick(t['ah'])}"
            return "ah", given, sur, f"{sur} {given}", given, True
        eng = self._english_given(male)
        if r < 0.85:  # Michelle Lim Siew Ling
            given = self._two(syll, " ")
            return "english_dialect", eng, sur, f"{eng} {sur} {given}", eng, False
        return "english_given", eng, sur, f"{eng} {sur}", eng, False

    # -- Korean, older and North American spellings --------------------------------------------------------
    def _korean(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["korean"]
        sur = surname or self._surname("korean")
        syll = t["male_syllable" if male else "female_syllable"]
        first = self._two(syll, rng.choice(("", "-", "-", " ")))  # Chulsoo, Chul-soo, Chul Soo
        r = rng.random()
        if r < 0.35:
            return "plain", first, sur, f"{first} {sur}", first, False
        if r < 0.7:
            return "surname_first", first, sur, f"{sur} {first}", first, True
        eng = self._english_given(male)
        if r < 0.85:
            return "english_given", eng, sur, f"{eng} {sur}", eng, False
        return "english_korean", f"{eng} {first}", sur, f"{eng} {first} {sur}", eng, False

    # -- Japanese, long vowels written three ways ----------------------------------------------------------
    def _spelled(self, name: str) -> str:
        forms = self._t["japanese"]["long"].get(name)
        return self._rng.choice(forms) if forms else name

    def _japanese(self, male: bool, surname: str | None):
        rng = self._rng
        sur = surname or self._spelled(self._surname("japanese"))
        first = self._spelled(self._given("japanese", male))
        r = rng.random()
        if r < 0.55:
            return "plain", first, sur, f"{first} {sur}", first, False
        if r < 0.8:
            return "surname_first", first, sur, f"{sur} {first}", first, True
        eng = self._english_given(male)
        return "english_given", eng, sur, f"{eng} {sur}", eng, False

    # -- Mongolian: the father's given name as the patronymic ----------------------------------------------
    def _mongolian(self, male: bool, surname: str | None):
        rng = self._rng
        father = surname or self._given("mongolian", True)
        first = self._given("mongolian", male, father)
        r = rng.random()
        if r < 0.4:  # B. Batbayar
            return "initial", first, father, f"{father[0]}. {first}", first, True
        if r < 0.7:  # Ganbold Batbayar
            return "patronymic_first", first, father, f"{father} {first}", first, True
        if r < 0.9:
            return "given_first", first, father, f"{first} {father}", first, False
        eng = self._english_given(male)
        return "english_given", eng, father, f"{eng} {father}", eng, False
