"""Person names for the ``dev_ba`` split, from hand-kept lists no lexicon, surrogate pool, model or other split reads
(``_build_names_dev_ba``, vendored in ``data/dev_ba_names.json``; notes in ``data/dev_ba_names.LICENSE``).

Eight groups of the donors, volunteers, families, congregations and clients of a charity or faith community call:
Tajik (``-ov`` / ``-ova`` and ``-zoda``: ``Zarina Saidova``, ``Firdavs Sharifzoda``), Turkmen (``-ow`` / ``-owa``:
``Aýgül Orazowa``), Kinyarwanda and Kirundi (a Christian name and a personal Kinyarwanda name a family does not share:
``Claudine Uwase``, ``Eric Niyonsaba``), Gujarati (a father's name between half the time: ``Hetal Jayesh Shah``),
Greenlandic (``Nivi Petrussen``, ``Inuk Heilmann``), Marshallese (``Neija Langrine``), English given names that are
everyday words (``Bramble``, ``Linnet``, ``Nutmeg``) and an English reference. Groups are the pools of the lists, not
persons. Never add these names to a lexicon or pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_aq import NameSourceAQ
from benchmarks._names_dev_au import NameSourceAU

DATA = Path(__file__).parent / "data" / "dev_ba_names.json"
ORIGINS = ("tajik", "turkmen", "kinyarwanda", "gujarati", "greenlandic", "marshallese", "word_given",
           "english_reference")
COUNTRIES = {"tajik": (("TJ", 55), ("RU", 45)),
             "turkmen": (("TM", 55), ("TR", 45)),
             "kinyarwanda": (("RW", 40), ("BI", 20), ("BE", 40)),
             "gujarati": (("IN", 40), ("UK", 35), ("KE", 25)),
             "greenlandic": (("GL", 70), ("DK", 30)),
             "marshallese": (("MH", 50), ("US", 50)),
             "word_given": (("UK", 55), ("US", 45)),
             "english_reference": (("UK", 85), ("US", 15))}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def sexed(base: str, male: bool) -> str:
    """``Saidov`` / ``Saidova``, ``Orazow`` / ``Orazowa``; ``-zoda`` the same for both."""
    stem = base[:-1] if base.endswith(("ova", "eva", "owa", "ewa")) else base
    return stem if male or not stem.endswith(("ov", "ev", "ow", "ew")) else stem + "a"


class NameSourceBA(NameSourceAU):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()``, ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super(NameSourceAQ, self).__init__(seed, tables())

    def _sexed(self, origin: str, male: bool, surname: str | None):
        sur = sexed(surname or self._list(origin, "surname"), male)
        return self._plain(self._list(origin, "male" if male else "female"), sur,
                           style="female_form" if sur.endswith(("ova", "eva", "owa", "ewa")) else "plain")

    def _tajik(self, male: bool, surname: str | None):
        """``-ov`` / ``-ova`` mostly; the newer ``-zoda`` one time in four."""
        if surname is None and self._rng.random() < 0.25:
            surname = self._list("tajik", "zoda")
        return self._sexed("tajik", male, surname)

    def _turkmen(self, male: bool, surname: str | None):
        return self._sexed("turkmen", male, surname)

    def _kinyarwanda(self, male: bool, surname: str | None):
        """A Christian name and a personal Kinyarwanda / Kirundi name: a relative never shares it."""
        sex = "male" if male else "female"
        sur = self._list("kinyarwanda", f"rw_{sex}" if self._rng.random() < 0.5 else "surname", surname or "")
        return self._plain(self._list("kinyarwanda", sex), sur, style="personal")

    def _gujarati(self, male: bool, surname: str | None):
        """The father's name between the given name and the surname half the time (``Hetal Jayesh Shah``)."""
        given = self._list("gujarati", "male" if male else "female")
        sur = surname or self._list("gujarati", "surname")
        if self._rng.random() < 0.5:
            father = self._list("gujarati", "father", given)
            return self._plain(f"{given} {father}", sur, called=given, style="fathers_name")
        return self._plain(given, sur)

    def _greenlandic(self, male: bool, surname: str | None):
        return self._plain(self._list("greenlandic", "male" if male else "female"),
                           surname or self._list("greenlandic", "surname"))

    def _marshallese(self, male: bool, surname: str | None):
        return self._plain(self._list("marshallese", "male" if male else "female"),
                           surname or self._list("marshallese", "surname"))
