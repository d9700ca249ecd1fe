"""Person names for the ``dev_au`` split, from hand-kept lists no lexicon, surrogate pool, model or other split reads
(``_build_names_dev_au``, vendored in ``data/dev_au_names.json``; notes in ``data/dev_au_names.LICENSE``).

Eight groups of the members, parents, coaches, vets' clients, library users and hall bookers of a leisure and
community call: Welsh (``ŵ ŷ â``, ``ap`` / ``ab`` forms: ``Iolo ap Gwilym``, ``Nia ab Owain``), Basque (``ñ tx``;
one surname or two: ``Iñaki Etxeberria Urrutia``), Uyghur (a father's given name worn as the
family name: ``Ablikim Tursun``), Tibetan (two given names, no family name: ``Tenzin Dolma``; the second stands where
a surname would), South Sudanese Dinka and Nuer (a father's name and now and then a grandfather's: ``Deng Majok
Garang``), Georgian (long ``-shvili`` surnames: ``Giorgi Mchedlishvili``), English given names that are everyday
words (``Hope``, ``Fox``, ``Clay``) and an English reference. Groups are the pools of the lists, not persons. Never add
these names to a lexicon or pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_aq import NameSourceAQ
from benchmarks._staged_people import StagedName

DATA = Path(__file__).parent / "data" / "dev_au_names.json"
ORIGINS = ("welsh", "basque", "uyghur", "tibetan", "south_sudanese", "georgian", "word_given", "english_reference")
COUNTRIES = {"welsh": (("UK", 70), ("AU", 15), ("CA", 15)),
             "basque": (("ES", 60), ("FR", 30), ("US", 10)),
             "uyghur": (("KZ", 55), ("US", 15), ("AU", 15), ("CA", 15)),
             "tibetan": (("NP", 40), ("IN", 40), ("CA", 10), ("US", 10)),
             "south_sudanese": (("KE", 40), ("AU", 30), ("US", 15), ("CA", 15)),
             "georgian": (("GE", 70), ("ES", 10), ("FR", 10), ("US", 10)),
             "word_given": (("US", 40), ("UK", 30), ("AU", 15), ("CA", 15)),
             "english_reference": (("UK", 50), ("AU", 20), ("CA", 15), ("US", 15))}
_VOWELS = "AEIOUaeiou"


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceAU(NameSourceAQ):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()``, ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super(NameSourceAQ, self).__init__(seed, tables())

    def _welsh(self, male: bool, surname: str | None):
        given = self._list("welsh", "male" if male else "female")
        if not surname and self._rng.random() < 0.3:  # "ap Gwilym", "ab Owain": a father's name
            father = self._list("welsh", "patronym")
            surname = f"{'ab' if father[0] in _VOWELS else 'ap'} {father}"
        sur = surname or self._list("welsh", "surname")
        return self._plain(given, sur, style="patronym" if sur.startswith(("ap ", "ab ")) else "plain")

    def _basque(self, male: bool, surname: str | None):
        rng = self._rng
        given = self._list("basque", "male" if male else "female")
        if surname:
            sur = surname
        else:
            a, b = self._list("basque", "surname"), self._list("basque", "surname")
            sur = f"{a} {b}" if a != b and rng.random() < 0.55 else a
        return self._plain(given, sur, style="two_surnames" if " " in sur else "long_surname" if len(sur) >= 11 else "plain")

    def _uyghur(self, male: bool, surname: str | None):
        sur = surname or self._list("uyghur", "surname")
        return self._plain(self._list("uyghur", "male" if male else "female"), sur,
                           style="long_surname" if len(sur) >= 11 else "plain")

    def _tibetan(self, male: bool, surname: str | None):
        sex = "male" if male else "female"
        first = self._list("tibetan", sex)
        second = surname or self._list("tibetan", f"{sex}_second", first)
        # people often go by both names ("Tenzin Dolma"), the second now and then alone
        called = f"{first} {second}" if self._rng.random() < 0.3 else first
        return "tibetan", first, second, f"{first} {second}", called, False

    def _south_sudanese(self, male: bool, surname: str | None):
        rng = self._rng
        given = self._list("south_sudanese", "male" if male else "female")
        if surname:
            sur = surname
        else:
            father = self._list("south_sudanese", "surname", given)
            sur = f"{father} {self._list('south_sudanese', 'surname', father)}" if rng.random() < 0.35 else father
        return self._plain(given, sur, style="three_names" if " " in sur else "plain")

    def _georgian(self, male: bool, surname: str | None):
        sur = surname or self._list("georgian", "surname")
        return self._plain(self._list("georgian", "male" if male else "female"), sur,
                           style="long_surname" if len(sur) >= 11 else "plain")

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
