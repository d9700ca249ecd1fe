"""Person names for the ``dev_l`` split, from a source no lexicon, surrogate pool, model or other split reads.

A seeded sample of ``ozdemirburak/full-name-generator`` (code MIT; name data from government statistical
offices: SSA / US Census, ONS / NRS, CSO Ireland, NZ DIA, SEP Mexico, INE Spain, RENAPER Argentina, TÜİK; the
Indian, Vietnamese and Arabic lists from earlier MIT commits), vendored in ``data/dev_l_names.json`` (rebuilt by
``_build_names_dev_l``; licences in ``data/dev_l_names.LICENSE``). Five origin groups: ``anglo`` (US / GB / IE /
NZ), ``hispanic`` (MX / ES / AR), ``south_asian`` (India), ``east_asian`` (Vietnam) and ``middle_eastern``
(Turkey; Arabic given names). Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_d import NameD

DATA = Path(__file__).parent / "data" / "dev_l_names.json"
ORIGINS = ("anglo", "hispanic", "south_asian", "east_asian", "middle_eastern")


@lru_cache(maxsize=1)
def tables() -> dict[str, dict[str, tuple[str, ...]]]:
    """origin -> {"male", "female", "surnames"}."""
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return {o: {k: tuple(raw.get(f"{o}_{k}", ())) for k in ("male", "female", "surnames")} for o in ORIGINS}


class NameSourceL:
    """Deterministic sampler with the interface of ``_templates_names.NameSource``. One name in ten has a
    middle forename; Hispanic names have two apellidos one time in three; Vietnamese names keep family name
    last (as Western forms print them) with a middle name one time in two."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._tables = tables()

    def name(self, origin: str | None = None) -> NameD:
        rng = self._rng
        origin = origin or rng.choice(ORIGINS)
        t = self._tables[origin]
        is_male = rng.random() < 0.5
        pool = t["male"] if is_male else t["female"]
        first, last, middle = rng.choice(pool), rng.choice(t["surnames"]), ""
        roll = rng.random()
        if roll < 0.1 or (origin == "east_asian" and roll < 0.5):
            middle = rng.choice(pool)
        elif origin == "hispanic" and roll < 0.43:
            second = rng.choice(t["surnames"])
            last = f"{last} {second}" if second != last else last
        if middle == first:
            middle = ""
        title = rng.choice(("Mr",) if is_male else ("Mrs", "Ms", "Miss")) if rng.random() < 0.9 else "Dr"
        return NameD(first=first, last=last, middle=middle, origin=origin, locale="dev_l", nick="", title=title)
