"""Person names for the ``dev_j`` split, from a source no lexicon, surrogate pool or other split reads.

The ``names`` package 0.3.0 on PyPI (MIT, Trey Hunner; its lists are the 1990 US Census first-name and
surname files, public domain): a seeded sample vendored in ``data/dev_j_names.json`` (licence:
``data/dev_j_names.LICENSE``). The census gives no origin, so the four fairness groups are frequency bands
(``frequent`` .. ``rare``: rank bands of the forename and the surname lists); the rare band is where most
non-Anglo surnames sit. Never add these names to a lexicon or a surrogate pool (``data/dev_j_PROVENANCE.md``).
"""
from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_d import NameD, _nick

DATA = Path(__file__).parent / "data" / "dev_j_names.json"
ORIGINS = ("frequent", "common", "uncommon", "rare")
_PARTICLES = ("Mc", "O'")  # "Mac", "De", "Van" would break Macias, Denton, Vance


@lru_cache(maxsize=1)
def tables() -> dict[str, tuple[tuple[str, ...], ...]]:
    """origin -> (male forenames, female forenames, surnames)."""
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return {o: tuple(tuple(raw[f"{o}_{k}"]) for k in ("male", "female", "surnames")) for o in ORIGINS}


def tidy(surname: str) -> str:
    """The census prints ``MCDONALD``: give the inner capital back (``McDonald``, ``O'Neal``)."""
    for p in _PARTICLES:
        if surname.startswith(p) and len(surname) > len(p) + 2:
            rest = surname[len(p):]
            return p + rest[0].upper() + rest[1:]
    return surname


class NameSourceJ:
    """Deterministic sampler with the interface of ``_templates_names.NameSource``; one name in five has a
    middle part (a second forename, or a second surname joined by a hyphen)."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._tables = tables()

    def name(self, origin: str | None = None) -> NameD:
        rng = self._rng
        origin = origin or rng.choice(ORIGINS)
        male, female, surnames = self._tables[origin]
        is_male = rng.random() < 0.5
        first, last = rng.choice(male if is_male else female), tidy(rng.choice(surnames))
        middle = ""
        roll = rng.random()
        if roll < 0.14:
            middle = rng.choice(male if is_male else female)
        elif roll < 0.2:
            last = f"{tidy(rng.choice(surnames))}-{last}"
        if middle == first:
            middle = ""
        title = rng.choice(("Mr",) if is_male else ("Mrs", "Ms", "Miss")) if rng.random() < 0.85 else "Dr"
        return NameD(first=first, last=last, middle=middle, origin=origin, locale="en_US_1990", nick=_nick(first, rng),
                     title=title)
