"""Person names for the ``dev_aq`` split, from sources no lexicon, surrogate pool, model or other split reads.

@zxcvbn-ts/language-cs 3.0.1 and @zxcvbn-ts/language-es-es 4.1.2 (npm, MIT), yb66/RandomPerson (github, MIT) and the
hand-kept lists of ``_build_names_dev_aq``, vendored in ``data/dev_aq_names.json`` (licences in
``data/dev_aq_names.LICENSE``).

Seven groups of the tenants, landlords and engineers of a home: Romanian (``-escu`` / ``-eanu``, ``ă â ș ț`` kept or
dropped, given names that are words elsewhere: ``Florin``, ``Doina``), Thai (given name first, long surnames, a
nickname used alone: ``Nok``, ``Ploy``), Lithuanian (``-as`` / ``-is`` / ``-ius``, a woman's ``-ienė`` / ``-aitė``),
Czech (``ř č ě``, ``-ová``), Mexican (two surnames ``García Hernández``, compound given names ``María Guadalupe``,
nicknames ``Lupita``), European Portuguese (particles, long chains ``Ana Rita Ferreira da Costa Pinto``) and an English
reference. Groups are the pools of the lists, not persons. Never add these names to a lexicon or pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedName, StagedNameSource

DATA = Path(__file__).parent / "data" / "dev_aq_names.json"
ORIGINS = ("romanian", "thai", "lithuanian", "czech", "mexican", "portuguese", "english_reference")
COUNTRIES = {"romanian": (("RO", 40), ("UK", 35), ("IE", 15), ("US", 10)),
             "thai": (("TH", 45), ("UK", 25), ("US", 15), ("AU", 15)),
             "lithuanian": (("LT", 40), ("UK", 35), ("IE", 25)),
             "czech": (("CZ", 55), ("UK", 30), ("IE", 15)),
             "mexican": (("MX", 50), ("US", 35), ("CA", 15)),
             "portuguese": (("PT", 50), ("UK", 30), ("IE", 10), ("CA", 10)),
             "english_reference": (("UK", 35), ("IE", 15), ("US", 20), ("CA", 15), ("AU", 15))}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def lithuanian_surname(male_form: str, forms: list, male: bool, married: bool) -> str:
    """``Kazlauskas`` for a man; ``Kazlauskienė`` for a married woman, ``Kazlauskaitė`` for an unmarried one."""
    return male_form if male else forms[0 if married else 1]


class NameSourceAQ(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()``, ``relative(name)`` and
    ``household(name, avoid)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())

    def _list(self, origin: str, key: str, avoid: str = "") -> str:
        return self._pick(self._t[origin][key], avoid)

    @staticmethod
    def _plain(given: str, sur: str, called: str | None = None, style: str = "plain", first: bool = False):
        full = f"{sur} {given}" if first else f"{given} {sur}"
        return style, given, sur, full, called or given.split()[0], first

    def _romanian(self, male: bool, surname: str | None):
        rng = self._rng
        given = self._list("romanian", "male" if male else "female")
        sur = surname or self._list("romanian", "surname")
        if rng.random() < 0.15:  # two given names, called by the first
            second = self._list("romanian", "male" if male else "female", given)
            return "two_given", f"{given} {second}", sur, f"{given} {second} {sur}", given, False
        if rng.random() < 0.15:  # surname first, as on Romanian papers
            return self._plain(given, sur, given, "surname_first", True)
        return self._plain(given, sur)

    def _thai(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["thai"]
        given = self._list("thai", "male" if male else "female")
        sur = surname or (rng.choice(t["long_surname"]) if rng.random() < 0.3 else self._list("thai", "surname"))
        nick = rng.choice(t["nick"]) if rng.random() < 0.35 else None  # "Nok", "Ploy": the name people use
        return ("nickname" if nick else "long_surname" if len(sur) >= 12 else "plain"), given, sur, f"{given} {sur}", nick or given, False

    def _lithuanian(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["lithuanian"]
        given = self._list("lithuanian", "male" if male else "female")
        base = next((m for m, forms in t["surname"].items() if surname in (m, *forms)), None) if surname else None
        base = base or rng.choice(sorted(t["surname"]))
        sur = lithuanian_surname(base, t["surname"][base], male, rng.random() < 0.6)
        return self._plain(given, sur, style="plain" if male else "female_form")

    def _czech(self, male: bool, surname: str | None):
        t = self._t["czech"]
        given = self._list("czech", "male" if male else "female")
        base = surname if surname in t["surname"] else next((m for m, f in t["surname"].items() if f == surname), None)
        base = base or self._rng.choice(sorted(t["surname"]))
        return self._plain(given, base if male else t["surname"][base], style="plain" if male else "ova")

    def _mexican(self, male: bool, surname: str | None):
        rng, t, sex = self._rng, self._t["mexican"], "male" if male else "female"
        given = self._list("mexican", f"compound_{sex}") if rng.random() < 0.35 else self._list("mexican", sex)
        if surname:
            sur = surname
        else:
            a, b = self._list("mexican", "surname"), self._list("mexican", "surname")
            sur = f"{a} {b}" if a != b and rng.random() < 0.75 else a
        called = t["nick"].get(given) if rng.random() < 0.35 else None
        if " " in given and not called:
            called = given if rng.random() < 0.6 else given.split()[0]
        style = "compound" if " " in given else "two_surnames" if " " in sur else "plain"
        return style, given, sur, f"{given} {sur}", called or given, False

    def _portuguese(self, male: bool, surname: str | None):
        rng, t, sex = self._rng, self._t["portuguese"], "male" if male else "female"
        given = self._list("portuguese", f"compound_{sex}") if rng.random() < 0.4 else self._list("portuguese", sex)
        if surname:
            sur = surname
        else:
            parts = [self._list("portuguese", "surname")]
            for _ in range(rng.choice((0, 1, 1, 2))):
                parts.append(rng.choice([n for n in t["surname"] if n not in parts]))
            if rng.random() < 0.45:  # "Ferreira da Costa Pinto"
                key = rng.choice([k for k in sorted(t["particle"]) if k not in parts])
                parts.insert(max(1, len(parts) - 1), f"{t['particle'][key]} {key}")
            sur = " ".join(parts)
        style = "particle" if " da " in f" {sur} " or " de " in f" {sur} " or " dos " in f" {sur} " else "compound" if " " in given else "plain"
        return style, given, sur, f"{given} {sur}", given.split()[0] if rng.random() < 0.7 else given, False

    def _english_reference(self, male: bool, surname: str | None):
        first = self._list("english_reference", "male" if male else "female")
        return self._plain(first, surname or self._list("english_reference", "surname"), style="english")

    def name(self, origin=None, country=None, surname=None, male: bool | None = None) -> StagedName:
        """As ``StagedNameSource.name``; ``male`` fixes the sex (a partner of the other sex)."""
        if male is None:
            return super().name(origin, country, surname)
        for _ in range(20):
            who = super().name(origin, country, surname)
            if who.male == male:
                return who
        return who

    def household(self, person: StagedName, avoid: set, male: bool | None = None, same_surname: float = 0.7) -> StagedName:
        """Someone of ``person``'s home (same group and country, the family's surname in part) not called as ``avoid``."""
        for _ in range(10):
            same = self._rng.random() < same_surname
            who = self.name(person.origin, person.country, person.surname if same else None, male)
            if who.called not in avoid:
                return who
        return who
