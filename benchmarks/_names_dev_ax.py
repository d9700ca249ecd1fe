"""Person names for the ``dev_ax`` split, from hand-kept lists no lexicon, surrogate pool, model or other split reads
(``_build_names_dev_ax``, vendored in ``data/dev_ax_names.json``; notes in ``data/dev_ax_names.LICENSE``).

Eight groups of the residents, claimants, applicants, informants, jurors and electors of a public-services call:
Chechen (``-ov`` / ``-ova``: ``Kheda Magomadova``; Kist families in Georgia with ``-shvili``: ``Aslan Margoshvili``),
Assyrian (``Ninos Odisho``, Western spellings abroad: ``Giwargis``, ``Yohanna``), Estonian (``õ ä ö ü``, surnames
that are words: ``Triin Kask``, ``Märt Tamm``), Macedonian (gendered surnames: ``Nikolovski`` / ``Nikolovska``,
``Stojanov`` / ``Stojanova``), Baloch (tribe words as surnames: ``Shahdad Rind``, ``Mahnaz Lashari``), Kyrgyz (``-ov``
/ ``-ova`` or a patronymic: ``Aibek Nurlan uulu``, ``Aizada Bakyt kyzy``), English given names that are everyday
words (``Pilot``, ``Sheriff``, ``Bluebell``) and an English reference. Groups are the pools of the lists, not
persons. Never add these names to a lexicon or pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_aq import NameSourceAQ
from benchmarks._names_dev_au import NameSourceAU
from benchmarks._names_dev_av import kazakh_surname

DATA = Path(__file__).parent / "data" / "dev_ax_names.json"
ORIGINS = ("chechen", "assyrian", "estonian", "macedonian", "baloch", "kyrgyz", "word_given", "english_reference")
COUNTRIES = {"chechen": (("GE", 35), ("DE", 35), ("FR", 30)),
             "assyrian": (("IQ", 50), ("US", 35), ("UK", 15)),
             "estonian": (("EE", 75), ("UK", 15), ("DE", 10)),
             "macedonian": (("MK", 70), ("DE", 20), ("US", 10)),
             "baloch": (("PK", 50), ("OM", 25), ("UK", 25)),
             "kyrgyz": (("KG", 80), ("US", 10), ("DE", 10)),
             "word_given": (("UK", 55), ("US", 45)),
             "english_reference": (("UK", 85), ("US", 15))}
PATRONYMIC = ("uulu", "kyzy")


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def macedonian_surname(base: str, male: bool) -> str:
    """A Macedonian surname in the form of the person's sex: ``Nikolovski`` / ``Nikolovska``, ``Stojanov`` /
    ``Stojanova``, ``Mitev`` / ``Miteva``; the masculine form given either."""
    if base.endswith("ska"):
        base = base[:-1] + "i"
    elif base.endswith(("ova", "eva")):
        base = base[:-1]
    if male:
        return base
    return base[:-1] + "a" if base.endswith("ski") else base + "a"


class NameSourceAX(NameSourceAU):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()``, ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super(NameSourceAQ, self).__init__(seed, tables())

    def _gendered(self, origin: str, male: bool, surname: str | None):
        sur = kazakh_surname(surname or self._list(origin, "surname"), male)
        return self._plain(self._list(origin, "male" if male else "female"), sur,
                           style="plain" if male or sur.endswith("shvili") else "female_form")

    def _chechen(self, male: bool, surname: str | None):
        if surname is None and self._country == "GE" and self._rng.random() < 0.5:  # a Kist family of Pankisi
            surname = self._list("chechen", "kist")
        return self._gendered("chechen", male, surname)

    def _assyrian(self, male: bool, surname: str | None):
        given = self._list("assyrian", "male" if male else "female")
        sur = surname or self._list("assyrian", "surname")
        western = self._t["assyrian"]["western"]
        if self._country != "IQ" and self._rng.random() < 0.6:  # spelled as the family spells it abroad
            given, sur = western.get(given, given), western.get(sur, sur) if surname is None else sur
        return self._plain(given, sur)

    def _estonian(self, male: bool, surname: str | None):
        return self._plain(self._list("estonian", "male" if male else "female"), surname or self._list("estonian", "surname"))

    def _macedonian(self, male: bool, surname: str | None):
        base = surname or self._list("macedonian", "surname")
        return self._plain(self._list("macedonian", "male" if male else "female"), macedonian_surname(base, male),
                           style="plain" if male else "female_form")

    def _baloch(self, male: bool, surname: str | None):
        return self._plain(self._list("baloch", "male" if male else "female"), surname or self._list("baloch", "surname"))

    def _kyrgyz(self, male: bool, surname: str | None):
        """``-ov`` / ``-ova``, or the father's given name and ``uulu`` (son) / ``kyzy`` (daughter) in a quarter."""
        given = self._list("kyrgyz", "male" if male else "female")
        if surname and surname.endswith(PATRONYMIC):
            sur = f"{surname.rsplit(' ', 1)[0]} {PATRONYMIC[0 if male else 1]}"
        elif surname is None and self._rng.random() < 0.25:
            sur = f"{self._list('kyrgyz', 'male', given)} {PATRONYMIC[0 if male else 1]}"
        else:
            sur = kazakh_surname(surname or self._list("kyrgyz", "surname"), male)
        return self._plain(given, sur, style="particle" if " " in sur else "plain" if male else "female_form")
