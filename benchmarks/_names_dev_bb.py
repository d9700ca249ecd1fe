"""Person names for the ``dev_bb`` split, from hand-kept lists no lexicon, surrogate pool, model or other split reads
(``_build_names_dev_bb``, vendored in ``data/dev_bb_names.json``; notes in ``data/dev_bb_names.LICENSE``).

Eight groups of the passengers, relatives, finders, companions and drivers of a travel disruption or transport call:
Ossetian (``-ov`` / ``-ova`` and the native ``-ty``: ``Zalina Tedeeva``, ``Soslan Gabaraty``), Kalmyk (``Delgir
Ochirova``, ``Sanal Dordzhiev``), Frisian (West Frisian ``Sjoerd Wiersma``, ``Sytske de Haan``; North Frisian ``Inken
Ketelsen`` in Germany), Breton (``Gwenaëlle Le Floc'h``, ``Erwan Kerhervé``), Mende (a Mende name between a third of
the time: ``Lahai Gbessay Kallon``), Navajo / Diné (``Shandiin Yazzie``, ``Darrell Tsinajinnie``), English given names
that are everyday words (``Badger``, ``Damson``, ``Teasel``) and an English reference. Groups are the pools of the
lists, not persons. Never add these names to a lexicon or pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_aq import NameSourceAQ
from benchmarks._names_dev_au import NameSourceAU
from benchmarks._names_dev_ba import sexed

DATA = Path(__file__).parent / "data" / "dev_bb_names.json"
ORIGINS = ("ossetian", "kalmyk", "frisian", "breton", "mende", "navajo", "word_given", "english_reference")
COUNTRIES = {"ossetian": (("RU", 65), ("GE", 35)),
             "kalmyk": (("RU", 80), ("US", 20)),
             "frisian": (("NL", 75), ("DE", 25)),
             "breton": (("FR", 80), ("UK", 20)),
             "mende": (("SL", 60), ("UK", 25), ("US", 15)),
             "navajo": (("US", 100),),
             "word_given": (("UK", 55), ("US", 45)),
             "english_reference": (("UK", 85), ("US", 15))}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceBB(NameSourceAU):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()``, ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super(NameSourceAQ, self).__init__(seed, tables())

    def _sexed(self, origin: str, male: bool, surname: str | None):
        sur = sexed(surname or self._list(origin, "surname"), male)
        return self._plain(self._list(origin, "male" if male else "female"), sur,
                           style="female_form" if sur.endswith(("ova", "eva")) else "plain")

    def _ossetian(self, male: bool, surname: str | None):
        """``-ov`` / ``-ova`` mostly; the native ``-ty`` form (the same for both sexes) one time in five."""
        if surname is None and self._rng.random() < 0.2:
            surname = self._list("ossetian", "native")
        return self._sexed("ossetian", male, surname)

    def _kalmyk(self, male: bool, surname: str | None):
        return self._sexed("kalmyk", male, surname)

    def _frisian(self, male: bool, surname: str | None):
        """West Frisian (a particle surname one time in five); North Frisian names one time in four."""
        sex = "male" if male else "female"
        if self._rng.random() < 0.25:
            return self._plain(self._list("frisian", f"north_{sex}"), surname or self._list("frisian", "north_surname"))
        if surname is None and self._rng.random() < 0.2:
            surname = self._list("frisian", "particle")
        return self._plain(self._list("frisian", sex), surname or self._list("frisian", "surname"))

    def _breton(self, male: bool, surname: str | None):
        return self._plain(self._list("breton", "male" if male else "female"), surname or self._list("breton", "surname"))

    def _mende(self, male: bool, surname: str | None):
        """A Mende home name between the given name and the surname a third of the time (called by the given name)."""
        given = self._list("mende", "male" if male else "female")
        sur = surname or self._list("mende", "surname")
        if self._rng.random() < 0.33:
            home = self._list("mende", "home", given)
            return self._plain(f"{given} {home}", sur, called=given, style="home_name")
        return self._plain(given, sur)

    def _navajo(self, male: bool, surname: str | None):
        return self._plain(self._list("navajo", "male" if male else "female"), surname or self._list("navajo", "surname"))
