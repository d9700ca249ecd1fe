"""Person names for the ``dev_aw`` split, from hand-kept lists no lexicon, surrogate pool, model or other split reads
(``_build_names_dev_aw``, vendored in ``data/dev_aw_names.json``; notes in ``data/dev_aw_names.LICENSE``).

Eight groups of the buyers, drivers, keepers, hirers and members of a motoring call: Uzbek (``-ov`` / ``-ova``:
``Dilnoza Rasulova``), Azerbaijani (``ə ğ ı``: ``Aytən Məmmədova``, ``Elvin Qasımlı``), Latvian (gendered surnames:
``Jānis Bērziņš`` / ``Ilze Bērziņa``, ``Balodis`` / ``Balode``, ``Jansons`` / ``Jansone``), Yemeni (long nasab chains:
``Khaled Nasser Qaid al-Maqtari``, ``Ali bin Salem al-Kathiri``), Amazigh (Berber given names with Arabic or
French-spelled surnames: ``Massinissa Aït Kaci``, ``Tiziri Oubella``), Bosnian (``-ić``: ``Amra Hadžić``), English
given names that are everyday words (``Moss``, ``Posy``, ``Maverick``) and an English reference. Groups are the pools
of the lists, not persons. Never add these names to a lexicon or pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_aq import NameSourceAQ
from benchmarks._names_dev_au import NameSourceAU
from benchmarks._names_dev_av import kazakh_surname

DATA = Path(__file__).parent / "data" / "dev_aw_names.json"
ORIGINS = ("uzbek", "azerbaijani", "latvian", "yemeni", "amazigh", "bosnian", "word_given", "english_reference")
COUNTRIES = {"uzbek": (("UZ", 70), ("DE", 10), ("US", 10), ("UK", 10)),
             "azerbaijani": (("AZ", 75), ("DE", 10), ("UK", 10), ("US", 5)),
             "latvian": (("LV", 70), ("UK", 20), ("DE", 10)),
             "yemeni": (("UK", 45), ("US", 45), ("DE", 10)),
             "amazigh": (("MA", 45), ("DZ", 30), ("FR", 25)),
             "bosnian": (("BA", 65), ("DE", 25), ("US", 10)),
             "word_given": (("UK", 50), ("US", 50)),
             "english_reference": (("UK", 80), ("US", 20))}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def latvian_surname(base: str, male: bool) -> str:
    """A Latvian surname in the form of the person's sex, from its masculine form: ``Bērziņš`` / ``Bērziņa``,
    ``Ozols`` / ``Ozola``, ``Balodis`` / ``Balode``, ``Jansons`` / ``Jansone``; ``Liepa`` is both."""
    if male or not base.endswith(("s", "š")):
        return base
    if base.endswith("ons"):
        return base[:-1] + "e"
    if base.endswith("is"):
        return base[:-2] + "e"
    return base[:-1] + "a"


def latvian_base(surname: str, bases: list[str]) -> str | None:
    """The masculine form of a family's surname given either form."""
    return next((b for b in bases if surname in (b, latvian_surname(b, False))), None)


class NameSourceAW(NameSourceAU):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()``, ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super(NameSourceAQ, self).__init__(seed, tables())

    def _gendered(self, origin: str, male: bool, surname: str | None):
        given = self._list(origin, "male" if male else "female")
        sur = kazakh_surname(surname or self._list(origin, "surname"), male)
        return self._plain(given, sur, style="plain" if male or sur.endswith(("li", "lı", "lu", "lü")) else "female_form")

    def _uzbek(self, male: bool, surname: str | None):
        return self._gendered("uzbek", male, surname)

    def _azerbaijani(self, male: bool, surname: str | None):
        return self._gendered("azerbaijani", male, surname)

    def _latvian(self, male: bool, surname: str | None):
        bases = self._t["latvian"]["surname"]
        base = (latvian_base(surname, bases) if surname else None) or self._list("latvian", "surname")
        return self._plain(self._list("latvian", "male" if male else "female"), latvian_surname(base, male),
                           style="plain" if male else "female_form")

    def _yemeni(self, male: bool, surname: str | None):
        """Given name, father's name, now and then the grandfather's, and the family: ``Khaled Nasser Qaid
        al-Maqtari``; Hadhrami chains with ``bin``: ``Ali bin Salem al-Kathiri``. Called by the given name."""
        rng = self._rng
        given = self._list("yemeni", "male" if male else "female")
        family = surname.split()[-1] if surname else f"al-{self._list('yemeni', 'family')}"
        father = self._list("yemeni", "father", given)
        chain = [father, self._list("yemeni", "father", father)] if rng.random() < 0.35 else [father]
        if male and rng.random() < 0.25:
            chain = ["bin", father]
        sur = " ".join(chain + [family])
        return "nasab", given, sur, f"{given} {sur}", given, False

    def _amazigh(self, male: bool, surname: str | None):
        sur = surname or self._list("amazigh", "surname")
        return self._plain(self._list("amazigh", "male" if male else "female"), sur,
                           style="particle" if " " in sur else "plain")

    def _bosnian(self, male: bool, surname: str | None):
        return self._plain(self._list("bosnian", "male" if male else "female"), surname or self._list("bosnian", "surname"))
