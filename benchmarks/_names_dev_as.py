"""Person names for the ``dev_as`` split, from hand-kept lists no lexicon, surrogate pool, model or other split reads
(``_build_names_dev_as``, vendored in ``data/dev_as_names.json``; notes in ``data/dev_as_names.LICENSE``).

Eight groups of the account holders, payees, executors, attorneys and bank staff of a money call: Burmese (no surname:
a name of two to four syllables, ``Khin Mar Win``, said whole; a bank form splits off the last syllable), Khmer
(family name first at home: ``Sok Dara``; ``Sreymom``), Malagasy (long surnames ``Andrianarivelo``, a French given
name beside a Malagasy one, surname first on papers at home), Icelandic (patronymics ``Jónsson`` / ``Jónsdóttir``,
``ð þ æ ö``, a second given name, a few family names), Haitian (compound ``Jean-Robert`` / ``Marie-Carmel``, surnames
that are French words ``Désir`` / ``Lamour`` / ``Innocent``, hyphenated ``Fils-Aimé``), Hmong (one-syllable given
names and clan names: ``Pa Her``, ``Mai Nou Xiong``, ``Bee Lee``), English given names that are everyday words
(``Sterling``, ``Penny``, ``Honor``) and an English reference. Groups are the pools of the lists, not persons. Never
add these names to a lexicon or pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_aq import NameSourceAQ
from benchmarks._staged_people import StagedName

DATA = Path(__file__).parent / "data" / "dev_as_names.json"
ORIGINS = ("burmese", "khmer", "malagasy", "icelandic", "haitian", "hmong", "word_given", "english_reference")
COUNTRIES = {"burmese": (("MM", 40), ("TH", 20), ("US", 25), ("UK", 15)),
             "khmer": (("KH", 45), ("US", 35), ("CA", 10), ("FR", 10)),
             "malagasy": (("MG", 55), ("FR", 35), ("CA", 10)),
             "icelandic": (("IS", 65), ("UK", 15), ("US", 10), ("CA", 10)),
             "haitian": (("HT", 35), ("US", 40), ("CA", 15), ("FR", 10)),
             "hmong": (("US", 65), ("FR", 15), ("TH", 20)),
             "word_given": (("US", 45), ("UK", 30), ("CA", 25)),
             "english_reference": (("UK", 50), ("US", 25), ("CA", 25))}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def patronymic(pairs: list, surname: str | None, male: bool, pick) -> str:
    """An Icelandic ``-son`` / ``-dóttir`` name; a sibling of ``surname`` has the same father's name."""
    pair = next((p for p in pairs if surname in p), None) if surname else None
    pair = pair or pick(pairs)
    return pair[0 if male else 1]


class NameSourceAS(NameSourceAQ):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()``, ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super(NameSourceAQ, self).__init__(seed, tables())

    def _burmese(self, male: bool, surname: str | None):
        rng = self._rng
        pool = self._t["burmese"]["male" if male else "female"]
        n = rng.choice((2, 3, 3, 3, 4)) if male else rng.choice((2, 3, 3, 4))
        words = [rng.choice(pool) for _ in range(n)]
        if n == 4 and rng.random() < 0.5:  # a doubled syllable: "Htet Htet Aung"
            words[1] = words[0]
        words[-1] = words[-1] if words[-1] != words[-2] else rng.choice([w for w in pool if w != words[-2]])
        full = " ".join(words)
        return "no_surname", " ".join(words[:-1]), words[-1], full, full, False

    def _khmer(self, male: bool, surname: str | None):
        rng = self._rng
        given = self._list("khmer", "male" if male else "female")
        sur = surname or self._list("khmer", "surname")
        first = rng.random() < (0.75 if self._country == "KH" else 0.3)  # "Sok Dara"
        return self._plain(given, sur, given, "surname_first" if first else "plain", first)

    def _malagasy(self, male: bool, surname: str | None):
        rng = self._rng
        given = self._list("malagasy", "male" if male else "female")
        if rng.random() < 0.3:  # a French given name beside the Malagasy one: "Jean Hery"
            given = f"{self._list('malagasy', 'french_male' if male else 'french_female')} {given}"
        sur = surname or self._list("malagasy", "surname")
        first = rng.random() < (0.4 if self._country == "MG" else 0.1)  # "Rakotomalala Hery" on papers at home
        called = given.split()[-1] if rng.random() < 0.6 else given.split()[0]
        style = "surname_first" if first else "long_surname" if len(sur) >= 12 else "plain"
        return style, given, sur, f"{sur} {given}" if first else f"{given} {sur}", called, first

    def _icelandic(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["icelandic"]
        given = self._list("icelandic", "male" if male else "female")
        if surname in t["family"] or (not surname and rng.random() < 0.06):
            sur, style = surname or rng.choice(t["family"]), "family_name"
        else:
            sur, style = patronymic(t["patronymic"], surname, male, rng.choice), "patronymic"
        if rng.random() < 0.2:  # "Anna Katrín Jónsdóttir", called Anna
            second = self._list("icelandic", "male" if male else "female", given)
            return "two_given", f"{given} {second}", sur, f"{given} {second} {sur}", given, False
        return style, given, sur, f"{given} {sur}", given, False

    def _haitian(self, male: bool, surname: str | None):
        rng = self._rng
        given = self._list("haitian", "male" if male else "female")
        sur = surname or self._list("haitian", "surname")
        first = rng.random() < (0.2 if self._country == "HT" else 0.05)
        style = "compound" if "-" in given else "hyphen_surname" if "-" in sur else "surname_first" if first else "plain"
        return style, given, sur, f"{sur} {given}" if first else f"{given} {sur}", given, first

    def _hmong(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["hmong"]
        given = self._list("hmong", "male" if male else "female")
        if not male and given == "Mai" and rng.random() < 0.6:  # "Mai Nou", "Mai Yer"
            given = f"Mai {rng.choice(t['mai_part'])}"
        sur = surname or self._list("hmong", "surname")
        return ("two_given" if " " in given else "plain"), given, sur, f"{given} {sur}", given, False

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
