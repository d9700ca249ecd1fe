"""Person names for the ``dev_av`` split, from hand-kept lists no lexicon, surrogate pool, model or other split reads
(``_build_names_dev_av``, vendored in ``data/dev_av_names.json``; notes in ``data/dev_av_names.LICENSE``).

Eight groups of the clients, buyers, sellers, parents and householders of a professional or household services call:
Hawaiian (``Keoni Kealoha``), Kazakh (``-ov`` / ``-ova``, ``-uly`` / ``-qyzy``: ``Aigerim Serikqyzy``), Xhosa (click
letters: ``Lindiwe Gqola``), Hungarian (``á ő ű``; now and then surname first, as Hungarians say it: ``Nagy Zoltán``),
Sinhalese (long surnames, initials before the name: ``K A Nimal Wickramasinghe``), Tigrinya (an Eritrean given name
and the father's given name: ``Yonas Ghebrehiwet``), English given names that are everyday words (``Honey``,
``Birch``, ``Chance``) and an English reference. Groups are the pools of the lists, not persons. Never add these names
to a lexicon or pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_aq import NameSourceAQ
from benchmarks._names_dev_au import NameSourceAU

DATA = Path(__file__).parent / "data" / "dev_av_names.json"
ORIGINS = ("hawaiian", "kazakh", "xhosa", "hungarian", "sinhalese", "tigrinya", "word_given", "english_reference")
COUNTRIES = {"hawaiian": (("US", 85), ("CA", 5), ("AU", 10)),
             "kazakh": (("KZ", 75), ("US", 10), ("UK", 10), ("CA", 5)),
             "xhosa": (("ZA", 80), ("UK", 10), ("AU", 10)),
             "hungarian": (("HU", 70), ("UK", 15), ("CA", 15)),
             "sinhalese": (("LK", 60), ("AU", 20), ("UK", 20)),
             "tigrinya": (("UK", 40), ("US", 25), ("CA", 25), ("AU", 10)),
             "word_given": (("US", 40), ("UK", 30), ("AU", 15), ("CA", 15)),
             "english_reference": (("UK", 50), ("AU", 20), ("CA", 15), ("US", 15))}
_GENDERED = ("ov", "ev", "in")


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def kazakh_surname(base: str, male: bool) -> str:
    """``Omarov`` / ``Omarova``, ``Serikuly`` / ``Serikqyzy``; a family's surname in the form of the person's sex."""
    if base.endswith(("uly", "qyzy")):
        stem = base[:-3] if base.endswith("uly") else base[:-4]
        return stem + ("uly" if male else "qyzy")
    stem = base[:-1] if base.endswith(("ova", "eva", "ina")) else base
    return stem if male else stem + "a" if stem.endswith(_GENDERED) else stem


class NameSourceAV(NameSourceAU):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()``, ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super(NameSourceAQ, self).__init__(seed, tables())

    def _hawaiian(self, male: bool, surname: str | None):
        sur = surname or self._list("hawaiian", "surname")
        return self._plain(self._list("hawaiian", "male" if male else "female"), sur,
                           style="long_surname" if len(sur) >= 11 else "plain")

    def _kazakh(self, male: bool, surname: str | None):
        given = self._list("kazakh", "male" if male else "female")
        if surname:
            return self._plain(given, kazakh_surname(surname, male), style="plain")
        if self._rng.random() < 0.25:  # a father's name worn as the surname: "Serikuly", "Serikqyzy"
            return self._plain(given, kazakh_surname(self._list("kazakh", "father") + "uly", male), style="patronym")
        return self._plain(given, kazakh_surname(self._list("kazakh", "surname"), male),
                           style="plain" if male else "female_form")

    def _xhosa(self, male: bool, surname: str | None):
        return self._plain(self._list("xhosa", "male" if male else "female"), surname or self._list("xhosa", "surname"),
                           style="click")

    def _hungarian(self, male: bool, surname: str | None):
        given = self._list("hungarian", "male" if male else "female")
        sur = surname or self._list("hungarian", "surname")
        if self._rng.random() < 0.3:  # "Nagy Zoltán": the family name first, as in Hungary
            return self._plain(given, sur, given, "surname_first", True)
        return self._plain(given, sur)

    def _sinhalese(self, male: bool, surname: str | None):
        rng = self._rng
        given = self._list("sinhalese", "male" if male else "female")
        sur = surname or self._list("sinhalese", "surname")
        if rng.random() < 0.3:  # "K A Nimal Perera": initials of the family's and other names first
            initials = " ".join(rng.sample(self._t["sinhalese"]["initial"], rng.choice((1, 2, 2))))
            return "initials", f"{initials} {given}", sur, f"{initials} {given} {sur}", given, False
        return self._plain(given, sur, style="long_surname" if len(sur) >= 11 else "plain")

    def _tigrinya(self, male: bool, surname: str | None):
        given = self._list("tigrinya", "male" if male else "female")
        return self._plain(given, surname or self._list("tigrinya", "father", given), style="patronym")
