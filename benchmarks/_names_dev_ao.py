"""Person names for the ``dev_ao`` split, from sources no lexicon, surrogate pool, model or other split reads.

@zxcvbn-ts/language-pl 3.0.2 (npm, MIT; PESEL registry lists, CC0) and the hand-kept lists of ``_build_names_dev_ao``,
vendored in ``data/dev_ao_names.json`` (licences in ``data/dev_ao_names.LICENSE``).

Seven groups of the people an insurance claim names: West African (Yoruba / Igbo / Akan / Ewe; long given names with a
short form ``Oluwaseun`` -> ``Seun``, an English given name first, double-barrelled surnames ``Okonkwo-Adeyemi``),
Filipino (two given names, ``Ma.`` compounds, a middle initial from the mother's surname, nicknames ``Bong`` /
``Len-Len``, ``dela Cruz`` particles), Polish (``-ski`` / ``-ska``, familiar forms ``Gosia``, a woman's double
surname), Afrikaans (particles ``van der``, double given names called by a familiar form ``Kobus``, initials),
Māori / Pacific (macrons, ``Te`` surnames, Samoan ``'`` glottal stops, an English given name first), Korean (surname
spellings ``Lee`` / ``Yi`` / ``Rhee``, given names hyphenated, joined or spaced, a Western given name, surname first)
and an English reference. Groups are the pools of the lists, not persons. Never add these names to a lexicon or pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._build_names_dev_ao import polish_feminine
from benchmarks._staged_people import StagedName, StagedNameSource, weighted

DATA = Path(__file__).parent / "data" / "dev_ao_names.json"
ORIGINS = ("west_african", "filipino", "polish", "afrikaans", "maori_pacific", "korean", "english_reference")
COUNTRIES = {"west_african": (("NG", 35), ("GH", 30), ("UK", 25), ("US", 10)),
             "filipino": (("PH", 40), ("US", 20), ("CA", 15), ("AU", 10), ("UK", 10), ("NZ", 5)),
             "polish": (("PL", 45), ("UK", 30), ("IE", 15), ("US", 10)),
             "afrikaans": (("ZA", 55), ("AU", 15), ("NZ", 15), ("UK", 15)),
             "maori_pacific": (("NZ", 65), ("AU", 35)),
             "korean": (("US", 30), ("CA", 25), ("AU", 20), ("NZ", 15), ("UK", 10)),
             "english_reference": (("UK", 30), ("IE", 15), ("US", 20), ("CA", 15), ("AU", 10), ("NZ", 10))}
WEST = ("yoruba", "igbo", "akan", "ewe")


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def korean_given(given: str, form: str) -> str:
    """A Korean given name as printed: ``hyphen`` ``Ji-woo``, ``joined`` ``Jiwoo``, ``spaced`` ``Ji Woo``."""
    a, b = given.split("-")
    return {"hyphen": given, "joined": a + b.lower(), "spaced": f"{a} {b.capitalize()}"}[form]


class NameSourceAO(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())

    def _list(self, origin: str, key: str, avoid: str = "") -> str:
        return self._pick(self._t[origin][key], avoid)

    @staticmethod
    def _plain(given: str, sur: str, called: str | None = None, style: str = "plain", first: bool = False):
        full = f"{sur} {given}" if first else f"{given} {sur}"
        return style, given, sur, full, called or given.split()[0], first

    def _west_african(self, male: bool, surname: str | None):
        rng, t, sex = self._rng, self._t["west_african"], "male" if male else "female"
        people = rng.choice(WEST)
        first = self._list("west_african", f"{people}_{sex}")
        sur = surname or self._list("west_african", f"{people}_surname")
        called = t["nick"].get(first) if rng.random() < 0.5 else None
        if not surname and rng.random() < 0.15:  # a double-barrelled surname: "Okonkwo-Adeyemi"
            other = self._list("west_african", f"{rng.choice(WEST)}_surname", sur)
            return self._plain(first, f"{sur}-{other}", called, "double_barrelled")
        if rng.random() < 0.25:  # an English given name first, the people's name second
            english = self._list("west_african", f"christian_{sex}")
            return "two_given", f"{english} {first}", sur, f"{english} {first} {sur}", english, False
        return self._plain(first, sur, called, people)

    def _filipino(self, male: bool, surname: str | None):
        rng, sex = self._rng, "male" if male else "female"
        sur = surname or self._list("filipino", "surname")
        r = rng.random()
        first = self._list("filipino", f"compound_{sex}") if r < 0.35 else self._list("filipino", sex)
        if r >= 0.35 and rng.random() < 0.3:
            first = f"{first} {self._list('filipino', sex, first)}"
        called = self._list("filipino", f"nick_{sex}") if rng.random() < 0.3 else None
        if rng.random() < 0.3:  # the mother's surname as a middle initial: "Rowena B. Villanueva"
            initial = self._list("filipino", "surname", sur).replace("de ", "").replace("dela ", "")[0].upper()
            return "middle_initial", first, sur, f"{first} {initial}. {sur}", called or first.split()[0].rstrip("."), False
        style = "particle" if sur[0].islower() else "compound" if " " in first else "plain"
        return self._plain(first, sur, called or (first if first.startswith("Ma.") else None), style)

    def _polish(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["polish"]
        first = self._list("polish", "male" if male else "female")
        base = surname[:-1] + "i" if surname and surname.endswith(("ska", "cka", "dzka")) else surname
        base = base or self._list("polish", "surname")
        sur = base if male else polish_feminine(base)
        called = t["nick"].get(first) if rng.random() < 0.3 else None
        if not male and not surname and rng.random() < 0.12:  # a married woman's double surname
            sur = f"{sur}-{polish_feminine(self._list('polish', 'surname', base))}"
            return self._plain(first, sur, called, "double")
        return self._plain(first, sur, called, "feminine" if sur != base else "plain")

    def _afrikaans(self, male: bool, surname: str | None):
        rng, t, sex = self._rng, self._t["afrikaans"], "male" if male else "female"
        first = self._list("afrikaans", sex)
        sur = surname or self._list("afrikaans", "surname")
        if rng.random() < 0.35:  # two given names, called by the first's familiar form
            second = self._list("afrikaans", sex, first)
            called = t["nick"].get(first, first)
            return "two_given", f"{first} {second}", sur, f"{first} {second} {sur}", called, False
        called = t["nick"].get(first) if rng.random() < 0.5 else None
        return self._plain(first, sur, called, "particle" if sur[0].islower() or " " in sur else "plain")

    def _maori_pacific(self, male: bool, surname: str | None):
        rng, sex = self._rng, "male" if male else "female"
        people = "maori" if (surname and surname in self._t["maori_pacific"]["maori_surname"]) or (
            not surname and rng.random() < 0.55) else "pacific"
        first = self._list("maori_pacific", f"{people}_{sex}")
        sur = surname or self._list("maori_pacific", f"{people}_surname")
        if rng.random() < 0.2:  # an English given name first
            english = self._list("maori_pacific", f"english_{sex}")
            return "two_given", f"{english} {first}", sur, f"{english} {first} {sur}", english, False
        return self._plain(first, sur, style=people)

    def _korean(self, male: bool, surname: str | None):
        rng, t, sex = self._rng, self._t["korean"], "male" if male else "female"
        sur = surname or rng.choice(rng.choice(t["surname"]))
        given = korean_given(self._list("korean", f"given_{sex}"), weighted(rng, (("hyphen", 45), ("joined", 35), ("spaced", 20))))
        r = rng.random()
        if r < 0.25:  # a Western given name: "Grace Park"
            western = self._list("korean", f"western_{sex}")
            return self._plain(western, sur, style="western")
        if r < 0.4:  # Western and Korean given names: "Daniel Ji-hoon Park"
            western = self._list("korean", f"western_{sex}")
            return "two_given", f"{western} {given}", sur, f"{western} {given} {sur}", western, False
        if r < 0.55:  # surname first, as at home
            return self._plain(given, sur, given, "surname_first", True)
        return self._plain(given, sur, given, "korean")

    def _english_reference(self, male: bool, surname: str | None):
        first = self._list("english_reference", "male" if male else "female")
        return self._plain(first, surname or self._list("english_reference", "surname"), style="english")

    def relative(self, person: StagedName) -> StagedName:
        """A family member (same group and country, often the same surname) not called what the person is."""
        for _ in range(6):
            kin = super().relative(person)
            if kin.called != person.called:
                return kin
        return kin
