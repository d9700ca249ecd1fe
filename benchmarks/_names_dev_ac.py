"""Person names for the ``dev_ac`` split, from sources no lexicon, surrogate pool, model or other split reads.

Carmen (github Cryborg/Carmen, MIT; given names picked from its African Faker provider), randnamepy 1.0.1 (PyPI,
MIT; English given names and surnames) and hand-kept lists of Horn of Africa and Francophone Central / West African
naming-system names, vendored in ``data/dev_ac_names.json`` (``_build_names_dev_ac``; licence in
``data/dev_ac_names.LICENSE``). Callers of UK, US, Canadian and French / Belgian contact centres, and a share at home
in Ethiopia, Kenya, Somalia, the DR Congo or Senegal: Ethiopian / Eritrean names (the father's name as the second
name, now and then the grandfather's; ``Gebre-`` / ``Wolde-`` / ``-mariam`` compounds written joined, split or
hyphenated); Somali names (two or three parts, Somali spelling ``Cabdiraxman`` now and then, nicknames like
``Dheere``); Congolese names (French given names with Bantu family names, the post-name, surname first as on a form,
two Bantu names); Wolof / Fula / Bambara names (``Ndeye Fatou Ndiaye``, two-letter surnames ``Ba`` / ``Sy`` / ``Ka``);
English or word first names with one of those surnames (``Gift Warsame``, ``Merveille Kabongo``); and an English
reference group. Groups are the pools of the lists, not persons. Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedNameSource

DATA = Path(__file__).parent / "data" / "dev_ac_names.json"
ORIGINS = ("habesha", "somali", "congolese", "senegambian", "mixed", "english")
COUNTRIES = {"habesha": (("ET", 35), ("US", 25), ("UK", 15), ("CA", 15), ("KE", 10)),
             "somali": (("SO", 30), ("KE", 15), ("UK", 25), ("US", 20), ("CA", 10)),
             "congolese": (("CD", 35), ("BE", 25), ("FR", 20), ("CA", 15), ("UK", 5)),
             "senegambian": (("SN", 40), ("FR", 35), ("US", 15), ("BE", 5), ("CA", 5)),
             "mixed": (("UK", 30), ("US", 30), ("CA", 15), ("FR", 10), ("KE", 10), ("BE", 5)),
             "english": (("UK", 40), ("US", 40), ("CA", 20))}
NATIVE = ("habesha", "somali", "congolese", "senegambian")


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceAC(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())

    def _given(self, origin: str, male: bool, avoid: str = "") -> str:
        """A given name of the group; the picked source names mixed in where the group has them."""
        t, g = self._t[origin], "male" if male else "female"
        pool = t[g] + t.get(f"{g}_src", [])
        return self._pick(pool, avoid)

    def _compound(self) -> tuple[str, str]:
        """(style, name): a ``Gebre-`` / ``Wolde-`` compound written joined, split or hyphenated."""
        t, rng = self._t["habesha"], self._rng
        head, tail = self._pick(t["compound_head"]), self._pick(t["compound_tail"])
        style = rng.choice(("joined", "joined", "split", "hyphen"))
        return style, {"joined": head + tail, "split": f"{head} {tail.capitalize()}", "hyphen": f"{head}-{tail.capitalize()}"}[style]

    def _father(self) -> tuple[str, str]:
        if self._rng.random() < 0.4:
            return self._compound()
        return "plain", self._pick(self._t["habesha"]["father"] + self._t["habesha"]["male"])

    def _habesha(self, male: bool, surname: str | None):
        """Given name and father's name (the second name works as a surname); 25 % the grandfather's name too."""
        rng = self._rng
        style, sur = ("plain", surname) if surname else self._father()
        first = self._given("habesha", male)
        if rng.random() < 0.25:
            _, grand = self._father()
            return "three_part", first, sur, f"{first} {sur} {grand}", first, False
        return style, first, sur, f"{first} {sur}", first, False

    def _somali(self, male: bool, surname: str | None):
        """Given, father's and (45 %) grandfather's names; a nickname now and then."""
        t, rng = self._t["somali"], self._rng
        sur, first = surname or self._pick(t["surname"]), self._given("somali", male)
        r = rng.random()
        if r < 0.45:
            mid = self._pick(t["surname"], sur)
            return "three_part", first, sur, f"{first} {mid} {sur}", first, False
        if r < 0.6:
            nick = self._pick(t["nickname"])
            return "nickname", first, sur, f"{first} {sur} {nick}", first, False
        return "plain", first, sur, f"{first} {sur}", first, False

    def _congolese(self, male: bool, surname: str | None):
        """A French given name with a Bantu family name; the post-name; surname first; or two Bantu names."""
        t, rng = self._t["congolese"], self._rng
        sur = surname or self._pick(t["surname"])
        r = rng.random()
        if r < 0.2:
            first = self._pick(t["bantu_male" if male else "bantu_female"], sur)
            return "bantu", first, sur, f"{first} {sur}", first, False
        first = self._given("congolese", male)
        if r < 0.6:
            return "french_given", first, sur, f"{first} {sur}", first, False
        post = self._pick(t["surname"], sur)
        if r < 0.85:
            return "postname", first, sur, f"{first} {sur} {post}", first, False
        return "surname_first", first, sur, f"{sur} {post} {first}", first, True

    def _senegambian(self, male: bool, surname: str | None):
        """Given name and family name; a two-letter family name in a quarter; a prefixed given name in a fifth."""
        t, rng = self._t["senegambian"], self._rng
        sur = surname or self._pick(t["short"] if rng.random() < 0.25 else t["surname"])
        first = self._given("senegambian", male)
        if rng.random() < 0.2:
            pre = self._pick(t["prefix_male" if male else "prefix_female"])
            return "prefixed", f"{pre} {first}", sur, f"{pre} {first} {sur}", first, False
        return ("short" if len(sur) <= 3 else "plain"), first, sur, f"{first} {sur}", first, False

    def _mixed(self, male: bool, surname: str | None):
        """An English name or a word given as a name, with a Horn / Central / West African surname; 25 % a middle
        name of that group."""
        rng = self._rng
        people = rng.choice(NATIVE)
        t = self._t[people]
        pool = t.get("surname") or t["father"]
        sur = surname or self._pick(pool)
        given = self._pick(self._t["words"]["male" if male else "female"]) if rng.random() < 0.5 else self._given("english", male)
        if rng.random() < 0.25:
            mid = self._given(people, male)
            return "native_middle", given, sur, f"{given} {mid} {sur}", given, False
        return "english_given", given, sur, f"{given} {sur}", given, False

    def _same_surname(self, person) -> bool:
        """An Ethiopian / Eritrean child carries the father's name, not a family name: a relative seldom shares it."""
        return self._rng.random() < (0.2 if person.origin == "habesha" else 0.65)
