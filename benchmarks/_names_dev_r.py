"""Person names for the ``dev_r`` split, from a source no lexicon, surrogate pool, model or other split reads.

nominate 0.1.0 (PyPI; MIT code, per-country tables from Onomaverse CC BY 4.0 / a Kaggle table Apache-2.0), minus every
name of sigpwned's lists (the ``frozen_test`` source), vendored in ``data/dev_r_names.json`` (``_build_names_dev_r``;
licences in ``data/dev_r_names.LICENSE``). Names are built the way they are written in each country: German
double-barrelled family names and ``von``, French hyphenated given names and ``de`` / ``de la``, Italian ``Di`` /
``De`` / ``D'``, Spanish two family names, Polish ``-ski`` / ``-ska`` by sex, Dutch ``van`` / ``van der`` / ``de`` in
lower case after a given name, Swedish ``-sson``. Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "dev_r_names.json"
ORIGINS = ("german", "french", "italian", "spanish", "polish", "dutch", "nordic")
FAIRNESS_ORIGINS = ("german", "french", "italian", "spanish", "polish")
_WEIGHTS = (("german", 20), ("french", 17), ("italian", 15), ("spanish", 15), ("polish", 15), ("dutch", 10), ("nordic", 8))
_COUNTRY = {"german": "DE", "french": "FR", "italian": "IT", "spanish": "ES", "polish": "PL", "dutch": "NL", "nordic": "SE"}
TITLES = {"german": (("Herr",), ("Frau",)), "french": (("Monsieur", "M."), ("Madame", "Mme")),
          "italian": (("Signor", "Dottor"), ("Signora", "Dottoressa")), "spanish": (("Señor", "Don"), ("Señora", "Doña")),
          "polish": (("Pan",), ("Pani",)), "dutch": (("meneer",), ("mevrouw",)), "nordic": (("Mr",), ("Ms",))}


@dataclass(frozen=True)
class NameR:
    """``full`` as on an ID; ``given`` the given name(s); ``called`` what people use; ``surname`` what a title goes
    with; ``spell`` the part spelled out; ``country`` where the person lives."""

    full: str
    given: str
    called: str
    surname: str
    spell: str
    origin: str
    title: str
    male: bool
    country: str


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def polish_form(surname: str, male: bool) -> str:
    """``Kowalska`` for a man is ``Kowalski``; ``Wiśniewski`` for a woman ``Wiśniewska``."""
    if male:
        return re.sub(r"(sk|ck|dzk)a$", r"\1i", surname)
    return re.sub(r"(sk|ck|dzk)i$", r"\1a", surname)


def dutch_particles(surname: str) -> str:
    """After a given name Dutch particles are lower case: ``Van der Berg`` -> ``van der Berg``."""
    return re.sub(r"^(Van der|Van den|Van de|Van|De|Ter|Ten|Te|In 't|Op de) ", lambda m: m.group(1).lower() + " ", surname)


class NameSourceR:
    """Deterministic sampler: ``name(origin=None, country=None)``, ``agent()``, ``relative(origin, country)``."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._t = tables()

    def _pick(self, key: str, exclude: str = "") -> str:
        return self._rng.choice([n for n in self._t[key] if n != exclude])

    def name(self, origin: str | None = None, country: str | None = None) -> NameR:
        rng = self._rng
        origin = origin or rng.choices([o for o, _ in _WEIGHTS], weights=[w for _, w in _WEIGHTS])[0]
        if country is None:
            country = _COUNTRY[origin]
            if origin in ("french", "dutch") and rng.random() < 0.3:
                country = "BE"
        male = rng.random() < 0.5
        g = f"{origin}_{'male' if male else 'female'}"
        given = self._pick(g)
        family = f"{origin}_family"
        surname = self._pick(family)
        r = rng.random()
        if origin == "german":
            if r < 0.14:
                surname = f"{surname}-{self._pick(family, surname)}"
            elif r < 0.2:
                surname = f"von {surname}"
            if rng.random() < 0.1:
                given = f"{given}-{self._pick(g, given)}" if male else f"{given} {self._pick(g, given)}"
        elif origin == "french":
            if r < 0.08:
                surname = f"de {surname}" if surname[0] not in "AEIOUÉ" else f"d'{surname}"
            elif r < 0.12:
                surname = f"de la {surname}"
            elif r < 0.2:
                surname = f"{surname}-{self._pick(family, surname)}"
            if rng.random() < 0.18:
                given = f"{'Jean' if male else 'Marie'}-{given}" if not given.startswith(("Jean", "Marie")) else given
        elif origin == "italian":
            if r < 0.1 and not surname.startswith(("De ", "Di ", "D'")):
                surname = f"{rng.choice(('Di', 'De', 'Lo', 'La'))} {surname}"
        elif origin == "spanish":
            if r < 0.85:
                second = self._pick(family, surname)
                surname = f"{surname} {'de la ' if rng.random() < 0.05 else ''}{second}"
        elif origin == "polish":
            surname = polish_form(surname, male)
            if r < 0.1:
                surname = f"{surname}-{polish_form(self._pick(family, surname), male)}"
        elif origin == "dutch":
            surname = dutch_particles(surname)
            if r < 0.08 and " " not in surname:
                surname = f"{rng.choice(('van der', 'van den', 'van', 'de'))} {surname}"
        called = given.split()[0] if origin != "french" else given
        titles = TITLES[origin][0 if male else 1]
        title = rng.choice(titles)
        words = [w for w in re.split(r"[ \-']", surname) if w and w[0].isupper()]
        spell = words[-1] if words else surname
        return NameR(f"{given} {surname}", given, called, surname, spell, origin, title, male, country)

    def agent(self) -> NameR:
        """An agent of a pan-European contact centre (Lisbon, Dublin, Berlin, Warsaw): any origin."""
        return self.name()

    def relative(self, origin: str, country: str) -> NameR:
        return self.name(origin, country)
