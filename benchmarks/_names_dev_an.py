"""Person names for the ``dev_an`` split, from sources no lexicon, surrogate pool, model or other split reads.

Indian-HR-Dataset, el-name-tools, magyar 4.2.0, finnish-name-generator 0.2.1 (MIT), ylhyra_content's Icelandic
nicknames page (CC0) and the hand-kept lists of ``_build_names_dev_an``, vendored in ``data/dev_an_names.json``
(licences in ``data/dev_an_names.LICENSE``).

Seven groups of the people who book flights, rooms, events and trains for several people: South Indian (an initial
before the given name ``R. Lakshmi`` whose expansion is the surname on a passport, two initials ``K. S. Raghavan``,
long single names, ``Sree`` / ``Kumar`` parts), Greek (``Konstantinos`` called ``Kostas``, women's surname forms
``Papadopoulou`` / ``Papadaki``), Italian (``Di`` / ``De`` / ``Della`` / ``Lo`` / ``D'`` particles, ``Gian Luca``,
``Maria Grazia``), Irish (Irish-language given names, ``Ó`` / ``Ní`` / ``Mac`` / ``Nic`` surnames, ``O'`` / ``Mc``),
Nordic (Icelandic ``-son`` / ``-dóttir``, Danish / Norwegian / Swedish letters, Swedish double surnames, Finnish),
Hungarian (surname first, two given names, ``dr.``) and an English reference (a middle initial now and then). Groups are
the pools of the lists, not persons. Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._build_names_dev_an import patronymic
from benchmarks._staged_people import StagedName, StagedNameSource, weighted

DATA = Path(__file__).parent / "data" / "dev_an_names.json"
ORIGINS = ("south_indian", "greek", "italian", "irish", "nordic", "hungarian", "english_reference")
COUNTRIES = {"south_indian": (("IN", 35), ("UK", 25), ("US", 20), ("CA", 10), ("AU", 10)),
             "greek": (("GR", 45), ("UK", 20), ("AU", 20), ("US", 15)),
             "italian": (("IT", 45), ("UK", 20), ("US", 15), ("CA", 10), ("AU", 10)),
             "irish": (("IE", 60), ("UK", 25), ("US", 15)),
             "nordic": (("SE", 40), ("NO", 40), ("UK", 20)),
             "hungarian": (("HU", 70), ("UK", 30)),
             "english_reference": (("UK", 40), ("US", 20), ("CA", 15), ("AU", 15), ("IE", 10))}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def greek_feminine(surname: str) -> str:
    """A Greek woman's surname: ``Papadopoulos`` -> ``Papadopoulou``, ``Papadakis`` -> ``Papadaki``, ``Vlachos`` ->
    ``Vlachou``, ``Katsaros`` -> ``Katsarou``; ``Georgiou`` stays."""
    if surname.endswith("os"):
        return surname[:-2] + "ou"
    if surname.endswith(("is", "as", "es")):
        return surname[:-1]
    return surname


def irish_form(surname: str, male: bool) -> str:
    """An Irish-language surname in the form for a man (``Ó Briain``) or a woman (``Ní Bhriain``)."""
    for pair in tables()["irish"]["gaelic"]:
        if surname in pair:
            return pair[0 if male else 1]
    return surname


def icelandic_form(surname: str, male: bool) -> str:
    """A sibling's patronymic: ``Ólafsson`` <-> ``Ólafsdóttir``."""
    if male and surname.endswith("dóttir"):
        stem = surname[:-6]
        return (stem[:-2] + "ðsson") if stem.endswith("ðar") else stem + ("son" if stem.endswith("s") else "sson")
    if not male and surname.endswith("son"):
        return surname[:-3] + "dóttir"
    return surname


class NameSourceAN(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())

    def _list(self, origin: str, key: str, avoid: str = "") -> str:
        return self._pick(self._t[origin][key], avoid)

    @staticmethod
    def _plain(given: str, sur: str, called: str | None = None, style: str = "plain", first: bool = False):
        full = f"{sur} {given}" if first else f"{given} {sur}"
        return style, given, sur, full, called or given, first

    def _south_indian(self, male: bool, surname: str | None):
        rng, sex = self._rng, "male" if male else "female"
        t = self._t["south_indian"]
        first = self._list("south_indian", sex)
        r = rng.random()
        if r < 0.12:
            first = rng.choice(t["sree"] if not male or rng.random() < 0.5 else t["kumar"])
        father = surname or (self._list("south_indian", "father") if rng.random() < 0.6 else self._list("south_indian", "surname"))
        r = rng.random()
        if r < 0.3:  # the father's initial before the given name: "R. Lakshmi" (the passport reads "Lakshmi Raghavan")
            dot = rng.random() < 0.7
            return "initial", first, father, f"{father[0]}{'.' if dot else ''} {first}", first, False
        if r < 0.45:  # a village and a father's initial: "K. S. Raghavan" / "K S Raghavan"
            village = rng.choice("KMPTSNVR")
            dot = rng.random() < 0.6
            inits = f"{village}. {father[0]}." if dot else f"{village} {father[0]}"
            return "two_initials", first, father, f"{inits} {first}", first, False
        if r < 0.55:  # one long name
            long = self._list("south_indian", "long")
            return "long", long, father, f"{long} {father}", long, False
        return self._plain(first, father, style="plain")

    def _greek(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["greek"]
        first = self._list("greek", "male" if male else "female")
        base = self._list("greek", "surname")
        if surname:  # a relative: the man's form of the family's surname first
            base = next((b for b in (surname, surname + "s", surname[:-2] + "os") if b in t["surname"]), surname)
        sur = base if male else greek_feminine(base)
        called = t["nick"].get(first) if rng.random() < 0.6 else None
        if rng.random() < 0.12:  # a second given name (a grandparent's)
            second = self._list("greek", "male" if male else "female", first)
            return "two_given", f"{first} {second}", sur, f"{first} {second} {sur}", called or first, False
        return self._plain(first, sur, called, "feminine" if sur != base else "plain")

    def _italian(self, male: bool, surname: str | None):
        rng, sex = self._rng, "male" if male else "female"
        first = self._list("italian", sex) if rng.random() < 0.75 else self._list("italian", f"compound_{sex}")
        sur = surname or (self._list("italian", "particle") if rng.random() < 0.45 else self._list("italian", "surname"))
        style = "particle" if sur.split()[0] in ("Di", "De", "Della", "Dello", "Lo", "La", "Li") or "'" in sur else "plain"
        if style == "plain" and " " in first:
            style = "compound"
        if rng.random() < 0.15:  # an Italian form: surname first
            return self._plain(first, sur, style=style, first=True)
        return self._plain(first, sur, style=style)

    def _irish(self, male: bool, surname: str | None):
        rng = self._rng
        first = self._list("irish", "male" if male else "female")
        if surname:
            sur = irish_form(surname, male)
        elif rng.random() < 0.45:
            sur = irish_form(rng.choice(self._t["irish"]["gaelic"])[0], male)
        else:
            sur = self._list("irish", "anglicised")
        style = "gaelic" if sur.split()[0] in ("Ó", "Ní", "Mac", "Nic", "de") else "anglicised"
        return self._plain(first, sur, style=style)

    def _nordic(self, male: bool, surname: str | None):
        rng, sex = self._rng, "male" if male else "female"
        kind = weighted(rng, (("is", 35), ("sc", 40), ("fi", 25)))
        if surname:
            kind = "is" if surname.endswith(("son", "dóttir")) and not surname.endswith("sen") else kind
        if kind == "is":
            first = self._list("nordic", f"is_{sex}")
            sur = icelandic_form(surname, male) if surname else patronymic(self._list("nordic", "is_male"), male)
            called = self._t["nordic"]["is_nick"].get(first) if rng.random() < 0.3 else None
            return self._plain(first, sur, called, "icelandic")
        if kind == "fi":
            return self._plain(self._list("nordic", f"fi_{sex}"), surname or self._list("nordic", "fi_surname"), style="finnish")
        first = self._list("nordic", f"sc_{sex}")
        if not surname and rng.random() < 0.2:
            return self._plain(first, " ".join(rng.choice(self._t["nordic"]["sv_double"])), style="double")
        return self._plain(first, surname or self._list("nordic", "sc_surname"), style="scandinavian")

    def _hungarian(self, male: bool, surname: str | None):
        rng, sex = self._rng, "male" if male else "female"
        first, sur = self._list("hungarian", sex), surname or self._list("hungarian", "surname")
        given = f"{first} {self._list('hungarian', sex, first)}" if rng.random() < 0.3 else first
        # Hungarians write the surname first at home; abroad mostly given name first
        surname_first = self._country == "HU" or rng.random() < 0.3
        return self._plain(given, sur, first, "surname_first" if surname_first else "western", surname_first)

    def _english_reference(self, male: bool, surname: str | None):
        rng, sex = self._rng, "male" if male else "female"
        first, sur = self._list("english_reference", sex), surname or self._list("english_reference", "surname")
        if rng.random() < 0.25:  # a middle initial: "Richard J. Leary"
            middle = self._list("english_reference", sex, first)[0]
            return "middle_initial", first, sur, f"{first} {middle}{'.' if rng.random() < 0.7 else ''} {sur}", first, False
        return self._plain(first, sur, style="english")

    def relative(self, person: StagedName) -> StagedName:
        """A family member (same group and country, often the same surname) not called what the person is."""
        for _ in range(6):
            kin = super().relative(person)
            if kin.called != person.called:
                return kin
        return kin
