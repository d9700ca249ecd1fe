"""Person names for the ``dev_ar`` split, from sources no lexicon, surrogate pool, model or other split reads.

@zxcvbn-ts/language-fi 3.0.2 and @zxcvbn-ts/language-ja 3.0.2 (npm, MIT) and the hand-kept lists of
``_build_names_dev_ar``, vendored in ``data/dev_ar_names.json`` (licences in ``data/dev_ar_names.LICENSE``).

Eight groups of the workers, managers, agency staff and couriers of a workplace: Tamil (Sri Lankan and Indian: an
initial for the father's name ``S. Kumaran``, long father's-name surnames ``Sivasubramaniam``, a given name alone),
Bangladeshi (``Mohammed`` / ``Mohammad`` / ``Md``, ``Abdul``, ``Begum``, Hindu ``Das`` / ``Saha``), Afghan (one name
alone, ``-zai`` / ``-i`` surnames, ``Gul`` / ``Jan`` / ``Khan`` as name parts), Caucasus (Georgian ``-shvili`` /
``-dze`` / ``-ia``, Armenian ``-yan`` / ``-ian``), Finnish (``-nen`` / ``-la``, ``ä ö``), Japanese (surname first or
last, long vowels ``ou`` / ``o`` / ``oh``, nicknames ``Ken`` / ``Yuki``), English word given names (``Hope``,
``Precious``, ``Storm``) and an English reference. Groups are the pools of the lists, not persons. Never add these
names to a lexicon or pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_aq import NameSourceAQ
from benchmarks._staged_people import StagedName

DATA = Path(__file__).parent / "data" / "dev_ar_names.json"
ORIGINS = ("tamil", "bangladeshi", "afghan", "caucasus", "finnish", "japanese", "word_given", "english_reference")
COUNTRIES = {"tamil": (("LK", 30), ("IN", 30), ("UK", 25), ("CA", 10), ("AU", 5)),
             "bangladeshi": (("BD", 40), ("UK", 45), ("US", 15)),
             "afghan": (("UK", 45), ("US", 20), ("CA", 15), ("AU", 20)),
             "caucasus": (("GE", 35), ("AM", 30), ("UK", 10), ("US", 15), ("CA", 10)),
             "finnish": (("FI", 60), ("UK", 15), ("IE", 10), ("AU", 15)),
             "japanese": (("JP", 55), ("UK", 20), ("US", 15), ("AU", 10)),
             "word_given": (("UK", 30), ("US", 25), ("AU", 15), ("NZ", 15), ("CA", 15)),
             "english_reference": (("UK", 40), ("IE", 15), ("NZ", 15), ("AU", 15), ("CA", 15))}
LONG_VOWELS = (("ou", "o"), ("ou", "oh"), ("uu", "u"))


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def long_vowel(word: str, form: str) -> str:
    """A Japanese long vowel as written: ``ou`` kept (``Satou``), shortened (``Sato``) or ``oh`` (``Satoh``, at
    the end only); ``uu`` as ``u`` (``Yuuki`` -> ``Yuki``)."""
    if form == "ou":
        return word
    if form == "oh":
        return word[:-2] + "oh" if word.endswith("ou") else word.replace("ou", "o").replace("uu", "u")
    return word.replace("ou", "o").replace("uu", "u")


class NameSourceAR(NameSourceAQ):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()``, ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super(NameSourceAQ, self).__init__(seed, tables())

    def _tamil(self, male: bool, surname: str | None):
        rng = self._rng
        given = self._list("tamil", "male" if male else "female")
        father = surname or self._list("tamil", "surname")
        r = rng.random()
        if r < 0.3:  # an initial for the father's name: "S. Kumaran"
            return "initial", given, father, f"{father[0]}. {given}", given, False
        if r < 0.4 and self._country == "IN":  # "Kumaran S", as on Indian papers
            return "initial_after", given, father, f"{given} {father[0]}", given, False
        return ("long_surname" if len(father) >= 11 else "plain"), given, father, f"{given} {father}", given, False

    def _bangladeshi(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["bangladeshi"]
        given = self._list("bangladeshi", "male" if male else "female")
        hindu = given in t["hindu"]
        if surname:
            sur = surname
        elif hindu:
            sur = rng.choice(t["hindu_surname"])
        elif not male and rng.random() < 0.6:
            sur = rng.choice(t["female_surname"])
        else:
            sur = rng.choice([s for s in t["surname"] if s not in t["hindu_surname"] + t["female_surname"]])
        if male and not hindu and rng.random() < 0.5:  # "Mohammed Abdul Karim", "Md Rafiqul Islam"
            parts = [rng.choice(t["muslim_mark"])] + ([rng.choice(t["middle"])] if rng.random() < 0.4 else [])
            return "muslim_mark", " ".join(parts + [given]), sur, " ".join(parts + [given, sur]), given, False
        return "plain", given, sur, f"{given} {sur}", given, False

    def _afghan(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["afghan"]
        given = self._list("afghan", "male" if male else "female")
        if not surname and rng.random() < 0.25:  # one name alone, as on many Afghan papers
            return "single", given, given, given, given, False
        if rng.random() < 0.3:  # "Gul Ahmad", "Ahmad Jan", "Bibi Gul"
            part = rng.choice(t["part"] if male else t["female_part"])
            given = f"{part} {given}" if rng.random() < 0.5 else f"{given} {part}"
        sur = surname or self._list("afghan", "surname")
        return "name_part" if " " in given else "plain", given, sur, f"{given} {sur}", given, False

    def _caucasus(self, male: bool, surname: str | None):
        rng = self._rng
        side = "armenian" if self._country == "AM" or (self._country != "GE" and rng.random() < 0.5) else "georgian"
        if surname:
            side = "armenian" if surname.endswith(("yan", "ian")) else "georgian"
        given = self._list(side, "male" if male else "female")
        sur = surname or self._list(side, "surname")
        if side == "armenian" and self._country in ("US", "CA") and sur.endswith("yan") and rng.random() < 0.6:
            sur = sur[:-3] + "ian"  # the diaspora's "-ian"
        return side, given, sur, f"{given} {sur}", given, False

    def _finnish(self, male: bool, surname: str | None):
        rng = self._rng
        given = self._list("finnish", "male" if male else "female")
        sur = surname or self._list("finnish", "surname")
        if rng.random() < 0.15:
            second = self._list("finnish", "male" if male else "female", given)
            return "two_given", f"{given} {second}", sur, f"{given} {second} {sur}", given, False
        return "plain", given, sur, f"{given} {sur}", given, False

    def _japanese(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["japanese"]
        form = rng.choice(("ou", "ou", "o", "oh"))
        source = self._list("japanese", "male" if male else "female")
        given = long_vowel(source, "o" if form == "oh" else form)
        sur = surname or long_vowel(self._list("japanese", "surname"), form)
        called = t["nick"].get(source) if rng.random() < 0.3 else None
        first = rng.random() < (0.5 if self._country == "JP" else 0.2)  # "Watanabe Kenji"
        full = f"{sur} {given}" if first else f"{given} {sur}"
        return ("surname_first" if first else "nickname" if called else "plain"), given, sur, full, called or given, first

    def _word_given(self, male: bool, surname: str | None):
        return self._plain(self._list("word_given", "male" if male else "female"),
                           surname or self._list("word_given", "surname"), style="word_given")

    def _english_reference(self, male: bool, surname: str | None):
        return self._plain(self._list("english_reference", "male" if male else "female"),
                           surname or self._list("english_reference", "surname"), style="english")

    def colleague(self, avoid_called: set, avoid_surnames: set) -> StagedName:
        """A colleague, manager or member of staff of any group, called by no name in ``avoid_called``."""
        for _ in range(12):
            who = self.name(None)
            if who.called not in avoid_called and who.surname not in avoid_surnames:
                return who
        return who
