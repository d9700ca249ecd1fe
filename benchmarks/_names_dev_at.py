"""Person names for the ``dev_at`` split, from hand-kept lists no lexicon, surrogate pool, model or other split reads
(``_build_names_dev_at``, vendored in ``data/dev_at_names.json``; notes in ``data/dev_at_names.LICENSE``).

Eight groups of the patients, relatives, carers and clinicians of a health and care call: Kurdish (Sorani and
Kurmanji given names, family names such as ``Zebari`` / ``Hawrami``, Turkish-registered surnames in Germany and
Sweden), Albanian (``ë ç``: ``Shpëtim Krasniqi``, ``Ëndrita Çela``), Lao (long surnames ``Souvannavong``, called by
the given name), Punjabi Sikh (``Singh`` / ``Kaur`` as a middle name or the only surname: ``Gurpreet Singh Sandhu``,
``Harpreet Kaur``; many given names worn by men and women alike), Andean (Spanish given names, single or compound,
with one or two Quechua / Aymara surnames: ``Juan Carlos Mamani Quispe``), Maltese (``ġ ċ ż``: ``Ġużeppi Xuereb``),
English given names that are everyday words (``Faith``, ``Hunter``, ``Poppy``) and an English reference. Groups are
the pools of the lists, not persons. Never add these names to a lexicon or pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_aq import NameSourceAQ
from benchmarks._staged_people import StagedName

DATA = Path(__file__).parent / "data" / "dev_at_names.json"
ORIGINS = ("kurdish", "albanian", "lao", "punjabi_sikh", "andean", "maltese", "word_given", "english_reference")
COUNTRIES = {"kurdish": (("UK", 35), ("DE", 35), ("SE", 30)),
             "albanian": (("UK", 35), ("DE", 30), ("SE", 10), ("US", 25)),
             "lao": (("LA", 45), ("US", 30), ("AU", 15), ("CA", 10)),
             "punjabi_sikh": (("IN", 35), ("UK", 30), ("CA", 25), ("AU", 10)),
             "andean": (("PE", 70), ("US", 20), ("CA", 10)),
             "maltese": (("MT", 60), ("AU", 25), ("UK", 15)),
             "word_given": (("US", 40), ("UK", 30), ("AU", 15), ("CA", 15)),
             "english_reference": (("UK", 50), ("AU", 20), ("CA", 15), ("US", 15))}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceAT(NameSourceAQ):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()``, ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super(NameSourceAQ, self).__init__(seed, tables())

    def _kurdish(self, male: bool, surname: str | None):
        return self._plain(self._list("kurdish", "male" if male else "female"),
                           surname or self._list("kurdish", "surname"))

    def _albanian(self, male: bool, surname: str | None):
        return self._plain(self._list("albanian", "male" if male else "female"),
                           surname or self._list("albanian", "surname"))

    def _lao(self, male: bool, surname: str | None):
        sur = surname or self._list("lao", "surname")
        return self._plain(self._list("lao", "male" if male else "female"), sur,
                           style="long_surname" if len(sur) >= 11 else "plain")

    def _punjabi_sikh(self, male: bool, surname: str | None):
        rng = self._rng
        given = self._list("punjabi_sikh", "male" if male else "female")
        mark = "Singh" if male else "Kaur"
        if surname in ("Singh", "Kaur") or (not surname and rng.random() < 0.3):  # "Harpreet Kaur": no family name
            return "singh_kaur_only", given, mark, f"{given} {mark}", given, False
        sur = surname or self._list("punjabi_sikh", "surname")
        if rng.random() < 0.65:  # "Gurpreet Singh Sandhu"
            return "singh_kaur", f"{given} {mark}", sur, f"{given} {mark} {sur}", given, False
        return "plain", given, sur, f"{given} {sur}", given, False

    def _andean(self, male: bool, surname: str | None):
        rng, sex = self._rng, "male" if male else "female"
        given = self._list("andean", f"compound_{sex}") if rng.random() < 0.3 else self._list("andean", sex)
        if surname:
            sur = surname
        else:
            a, b = self._list("andean", "surname"), self._list("andean", "surname")
            sur = f"{a} {b}" if a != b and rng.random() < 0.7 else a
        called = given if " " in given and rng.random() < 0.5 else given.split()[0]
        style = "compound" if " " in given else "two_surnames" if " " in sur else "plain"
        return style, given, sur, f"{given} {sur}", called, False

    def _maltese(self, male: bool, surname: str | None):
        return self._plain(self._list("maltese", "male" if male else "female"),
                           surname or self._list("maltese", "surname"), style="maltese")

    def _word_given(self, male: bool, surname: str | None):
        return self._plain(self._list("word_given", "male" if male else "female"),
                           surname or self._list("word_given", "surname"), style="word_given")

    def _english_reference(self, male: bool, surname: str | None):
        return self._plain(self._list("english_reference", "male" if male else "female"),
                           surname or self._list("english_reference", "surname"), style="english")

    def colleague(self, avoid_called: set, avoid_surnames: set, origin: str | None = None) -> StagedName:
        """Someone of ``origin`` (any group if None), called by no name in ``avoid_called``, no surname shared."""
        for _ in range(12):
            who = self.name(origin)
            if who.called not in avoid_called and who.surname not in avoid_surnames:
                return who
        return who
