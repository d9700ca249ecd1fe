"""Person names for the ``dev_ay`` split, from hand-kept lists no lexicon, surrogate pool, model or other split reads
(``_build_names_dev_ay``, vendored in ``data/dev_ay_names.json``; notes in ``data/dev_ay_names.LICENSE``).

Eight groups of the account holders, parents, device owners, buyers and sellers of a technology-support call: Tatar
and Bashkir (``-ov`` / ``-ova``, ``-in`` / ``-ina``: ``Alsu Khairullina``, ``Salavat Yumagulov``), Circassian
(Adyghe / Kabardian: ``Anzor Shogenov`` in Russia, ``Nafset Berzeg`` in Turkey, ``Kazbek Haghandoqa`` in Jordan),
Cape Verdean (two surnames: ``Edson Tavares Semedo``), Mauritian (Creole ``Jean-Marc Perrine``, Indo-Mauritian
``Vikash Seebaluck``, Sino-Mauritian ``Kenny Li Wan Po``), Northern Sámi (``Máhtte Somby``, ``Biret Hætta``), English
given names that are everyday words (``Falcon``, ``Opal``, ``Comfort``) and an English reference. Groups are the pools
of the lists, not persons. Never add these names to a lexicon or pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_aq import NameSourceAQ
from benchmarks._names_dev_au import NameSourceAU
from benchmarks._names_dev_av import kazakh_surname

DATA = Path(__file__).parent / "data" / "dev_ay_names.json"
ORIGINS = ("tatar", "bashkir", "circassian", "cape_verdean", "mauritian", "sami", "word_given", "english_reference")
COUNTRIES = {"tatar": (("RU", 75), ("TR", 10), ("FI", 15)),
             "bashkir": (("RU", 90), ("US", 10)),
             "circassian": (("RU", 45), ("TR", 30), ("JO", 25)),
             "cape_verdean": (("CV", 45), ("PT", 35), ("US", 20)),
             "mauritian": (("MU", 60), ("FR", 25), ("UK", 15)),
             "sami": (("NO", 50), ("SE", 30), ("FI", 20)),
             "word_given": (("UK", 55), ("US", 45)),
             "english_reference": (("UK", 85), ("US", 15))}
MAURITIAN = ("creole", "indo", "sino")


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceAY(NameSourceAU):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()``, ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super(NameSourceAQ, self).__init__(seed, tables())

    def _gendered(self, origin: str, male: bool, surname: str | None, key: str = "surname"):
        sur = kazakh_surname(surname or self._list(origin, key), male)
        gendered = sur.endswith(("ova", "eva", "ina")) and not male
        return self._plain(self._list(origin, "male" if male else "female"), sur,
                           style="female_form" if gendered else "plain")

    def _tatar(self, male: bool, surname: str | None):
        return self._gendered("tatar", male, surname)

    def _bashkir(self, male: bool, surname: str | None):
        return self._gendered("bashkir", male, surname)

    def _circassian(self, male: bool, surname: str | None):
        """Russian-form surnames in Russia; the family names kept in Turkey and Jordan elsewhere."""
        return self._gendered("circassian", male, surname, "surname" if self._country == "RU" else "abroad")

    def _cape_verdean(self, male: bool, surname: str | None):
        """Two surnames (the mother's, then the father's); a relative shares the family's."""
        if surname is None:
            first = self._list("cape_verdean", "surname")
            surname = f"{first} {self._list('cape_verdean', 'surname', first)}" if self._rng.random() < 0.75 else first
        return self._plain(self._list("cape_verdean", "male" if male else "female"), surname,
                           style="two_surnames" if " " in surname else "plain")

    def _mauritian(self, male: bool, surname: str | None):
        t = self._t["mauritian"]
        part = next((p for p in MAURITIAN if surname in t[f"{p}_surname"]), None) if surname else None
        part = part or self._rng.choice(MAURITIAN)
        sur = surname or self._list("mauritian", f"{part}_surname")
        given = self._list("mauritian", f"{part}_{'male' if male else 'female'}")
        style = "compound" if "-" in given else "long_surname" if " " in sur else "plain"
        return self._plain(given, sur, style=style)

    def _sami(self, male: bool, surname: str | None):
        given = self._list("sami", "male" if male else "female")
        return self._plain(given, surname or self._list("sami", "surname"), style="compound" if "-" in given else "plain")
