"""Person names for the ``dev_t`` split, from a source no lexicon, surrogate pool, model or other split reads.

niafaker 1.0.0 (PyPI, MIT; its ``person.json`` tables of five locales), vendored in ``data/dev_t_names.json``
(``_build_names_dev_t``; licence in ``data/dev_t_names.LICENSE``). Callers of South African, Kenyan, Ghanaian,
Ugandan and Tanzanian contact centres: ``Sipho Dlamini``, two given names (``Grace Wanjiku Otieno``), the surname
first on a form (``Okello Brian``), a hyphenated married surname. Groups are the locales of the lists, not of
persons. Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "dev_t_names.json"
ORIGINS = ("south_african", "kenyan", "ghanaian", "ugandan", "tanzanian")
COUNTRY = {"south_african": "ZA", "kenyan": "KE", "ghanaian": "GH", "ugandan": "UG", "tanzanian": "TZ"}


@dataclass(frozen=True)
class NameT:
    """``full`` as the person gives it; ``given`` the first given name; ``surname``; ``called`` what people call the
    person; ``spell`` the letters spelled out (the surname)."""

    full: str
    given: str
    surname: str
    called: str
    spell: str
    origin: str
    male: bool
    title: str
    country: str
    surname_first: bool


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceT:
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._t = tables()

    def name(self, origin: str | None = None, surname: str | None = None, male: bool | None = None) -> NameT:
        rng = self._rng
        origin = origin or rng.choice(ORIGINS)
        t = self._t[origin]
        male = rng.random() < 0.5 if male is None else male
        given = rng.choice(t["male" if male else "female"])
        sur = surname or rng.choice(t["surnames"])
        if not male and origin == "south_african" and surname is None and rng.random() < 0.1:
            other = rng.choice([s for s in t["surnames"] if s != sur])
            sur = f"{sur}-{other}"
        title = rng.choice(("Mr", "Mr.", "Mister") if male else ("Mrs", "Ms", "Miss", "Madam"))
        r = rng.random()
        middle = ""
        if origin in ("kenyan", "ugandan", "tanzanian", "ghanaian") and r < 0.25:
            pool = [g for g in t["male" if male else "female"] if g != given]
            middle = " " + rng.choice(pool)
        first = origin in ("ugandan", "tanzanian") and rng.random() < 0.15
        full = f"{sur} {given}{middle}" if first else f"{given}{middle} {sur}"
        return NameT(full, given, sur, given, sur.split("-")[0], origin, male, title, COUNTRY[origin], first)

    def agent(self) -> NameT:
        """A contact-centre agent of any of the groups (agents' names are scored too)."""
        return self.name(self._rng.choice(ORIGINS))

    def relative(self, person: NameT) -> NameT:
        """A family member: same group and country, the same surname in 65 %."""
        same = self._rng.random() < 0.65
        return self.name(person.origin, person.surname if same else None)
