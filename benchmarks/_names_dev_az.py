"""Person names for the ``dev_az`` split, from hand-kept lists no lexicon, surrogate pool, model or other split reads
(``_build_names_dev_az``, vendored in ``data/dev_az_names.json``; notes in ``data/dev_az_names.LICENSE``).

Eight groups of the hosts, guests, customers, bereaved families and agency workers of a food and hospitality call:
Sakha (Yakut) and Buryat (``-ov`` / ``-ova``, ``-in`` / ``-ina``: ``Sardaana Sleptsova``, ``Bair Dugarov``), Chamorro
(``Vicente Quichocho``), Garifuna (two surnames in Honduras half the time: ``Dilcia Guity Norales``), Faroese
(``Høgni Joensen``, ``Sólja við Á``), Romani (by home country: ``Florin Căldăraru``, ``Béla Kolompár``, ``Renáta
Gabčová``, ``Kizzy Loveridge``), English given names that are everyday words (``Basil``, ``Plum``, ``Sugar``) and an
English reference. Groups are the pools of the lists, not persons. Never add these names to a lexicon or pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_aq import NameSourceAQ
from benchmarks._names_dev_au import NameSourceAU
from benchmarks._names_dev_av import kazakh_surname

DATA = Path(__file__).parent / "data" / "dev_az_names.json"
ORIGINS = ("sakha", "buryat", "chamorro", "garifuna", "faroese", "romani", "word_given", "english_reference")
COUNTRIES = {"sakha": (("RU", 85), ("US", 15)),
             "buryat": (("RU", 90), ("UK", 10)),
             "chamorro": (("GU", 60), ("US", 40)),
             "garifuna": (("HN", 60), ("US", 40)),
             "faroese": (("FO", 65), ("DK", 35)),
             "romani": (("RO", 30), ("HU", 25), ("SK", 25), ("UK", 20)),
             "word_given": (("UK", 55), ("US", 45)),
             "english_reference": (("UK", 85), ("US", 15))}
ROMANI = {"RO": "ro", "HU": "hu", "SK": "sk"}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def slovak_female(base: str) -> str:
    """``Gabčo`` -> ``Gabčová``, ``Mirga`` -> ``Mirgová``, ``Horváth`` -> ``Horváthová``."""
    return (base[:-1] if base.endswith(("a", "o")) else base) + "ová"


class NameSourceAZ(NameSourceAU):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()``, ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super(NameSourceAQ, self).__init__(seed, tables())

    def _gendered(self, origin: str, male: bool, surname: str | None):
        sur = kazakh_surname(surname or self._list(origin, "surname"), male)
        gendered = sur.endswith(("ova", "eva", "ina")) and not male
        return self._plain(self._list(origin, "male" if male else "female"), sur,
                           style="female_form" if gendered else "plain")

    def _sakha(self, male: bool, surname: str | None):
        return self._gendered("sakha", male, surname)

    def _buryat(self, male: bool, surname: str | None):
        return self._gendered("buryat", male, surname)

    def _chamorro(self, male: bool, surname: str | None):
        return self._plain(self._list("chamorro", "male" if male else "female"), surname or self._list("chamorro", "surname"))

    def _garifuna(self, male: bool, surname: str | None):
        """Two surnames (the father's, then the mother's) half the time in Honduras; a relative shares them."""
        if surname is None:
            first = self._list("garifuna", "surname")
            two = self._country == "HN" and self._rng.random() < 0.5
            surname = f"{first} {self._list('garifuna', 'surname', first)}" if two else first
        return self._plain(self._list("garifuna", "male" if male else "female"), surname,
                           style="two_surnames" if " " in surname else "plain")

    def _faroese(self, male: bool, surname: str | None):
        """A family name, or a place-name with its particle one time in five (``Sólja við Á``)."""
        if surname is None:
            surname = self._list("faroese", "particle" if self._rng.random() < 0.2 else "surname")
        return self._plain(self._list("faroese", "male" if male else "female"), surname,
                           style="particle" if " " in surname else "plain")

    def _romani(self, male: bool, surname: str | None):
        """Given names and surnames of the caller's home country; Slovak surnames in the form of the person's sex."""
        part = ROMANI.get(self._country, "uk")
        given = self._list("romani", f"{part}_{'male' if male else 'female'}")
        if part != "sk":
            return self._plain(given, surname or self._list("romani", f"{part}_surname"))
        bases = self._t["romani"]["sk_surname"]
        base = next((b for b in bases if surname in (b, slovak_female(b))), None) or self._list("romani", "sk_surname")
        return self._plain(given, base if male else slovak_female(base), style="plain" if male else "female_form")
