"""Person names for the ``dev_n`` split, from a source no lexicon, surrogate pool, model or other split reads.

Every name of the ``faker-ph`` 0.1.0 name inventory (PyPI, Apache-2.0; Philippine surnames by origin bucket and
given names), vendored in ``data/dev_n_names.json`` (rebuilt by ``_build_names_dev_n``; licence in
``data/dev_n_names.LICENSE``). Four origin groups: ``spanish``, ``tagalog``, ``chinese`` and ``anglo``. Never add
these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_d import NameD

DATA = Path(__file__).parent / "data" / "dev_n_names.json"
ORIGINS = ("spanish", "tagalog", "chinese", "anglo")
_TITLES_M = ("Mr", "Mr", "Sir", "Sir", "Engr", "Atty")
_TITLES_F = ("Ms", "Mrs", "Ma'am", "Ma'am", "Miss")


@lru_cache(maxsize=1)
def tables() -> dict[str, dict[str, tuple[str, ...]]]:
    """origin -> {"male", "female", "surnames"}."""
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return {o: {k: tuple(raw.get(f"{o}_{k}", ())) for k in ("male", "female", "surnames")} for o in ORIGINS}


class NameSourceN:
    """Deterministic sampler with the interface of ``_templates_names.NameSource``. As on Philippine forms, a
    third of names carry the mother's maiden surname as a middle name (of the same group), written out or as an
    initial (``Juan P. dela Cruz``); one given name in six is a double name (``Maria Lourdes``)."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._tables = tables()

    def name(self, origin: str | None = None) -> NameD:
        rng = self._rng
        origin = origin or rng.choice(ORIGINS)
        t = self._tables[origin]
        is_male = rng.random() < 0.5
        pool = t["male"] if is_male else t["female"]
        first, last = rng.choice(pool), rng.choice(t["surnames"])
        if rng.random() < 0.16:
            second = rng.choice(pool)
            first = first if second == first else f"{first} {second}"
        middle = ""
        if rng.random() < 0.33:
            maiden = rng.choice(t["surnames"])
            if maiden != last:
                middle = maiden if rng.random() < 0.5 else maiden[0].upper() + "."
        title = rng.choice(_TITLES_M if is_male else _TITLES_F)
        return NameD(first=first, last=last, middle=middle, origin=origin, locale="dev_n", nick="", title=title)
