"""Person names for the ``dev_m`` split, from a source no lexicon, surrogate pool, model or other split reads.

Every name of ``Pythonian/fakernaija`` (MIT; Nigerian given names and surnames by ethnic group), vendored in
``data/dev_m_names.json`` (rebuilt by ``_build_names_dev_m``; licence in ``data/dev_m_names.LICENSE``). Five
origin groups: ``yoruba``, ``igbo``, ``hausa_fulani``, ``edo`` and ``ijaw``. Never add these names to a lexicon
or a pool.
"""
from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_d import NameD

DATA = Path(__file__).parent / "data" / "dev_m_names.json"
ORIGINS = ("yoruba", "igbo", "hausa_fulani", "edo", "ijaw")
_TITLES_M = ("Mr", "Mr", "Mr", "Chief", "Engr", "Pastor")
_TITLES_F = ("Mrs", "Mrs", "Miss", "Ms", "Madam")
_TITLES_HAUSA = {"m": "Alhaji", "f": "Hajiya"}


@lru_cache(maxsize=1)
def tables() -> dict[str, dict[str, tuple[str, ...]]]:
    """origin -> {"male", "female", "surnames"}."""
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return {o: {k: tuple(raw.get(f"{o}_{k}", ())) for k in ("male", "female", "surnames")} for o in ORIGINS}


class NameSourceM:
    """Deterministic sampler with the interface of ``_templates_names.NameSource``. One name in four has a
    middle (native) forename of the same group, as Nigerian forms often print three names."""

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
        middle = rng.choice(pool) if rng.random() < 0.25 else ""
        if middle in (first, last):
            middle = ""
        if origin == "hausa_fulani" and rng.random() < 0.3:
            title = _TITLES_HAUSA["m" if is_male else "f"]
        else:
            title = rng.choice(_TITLES_M if is_male else _TITLES_F) if rng.random() < 0.9 else "Dr"
        return NameD(first=first, last=last, middle=middle, origin=origin, locale="dev_m", nick="", title=title)
