"""Person names for the ``dev_k`` split, from sources no lexicon, surrogate pool, model or other split reads.

A seeded sample of Randomuser.me-Node's nationality lists (MIT) and of the ``name-variants`` romanization
tables (MIT), vendored in ``data/dev_k_names.json`` (rebuilt by ``_build_names_dev_k``; licences in
``data/dev_k_names.LICENSE``). Five origin groups: ``anglo`` (GB / AU / NZ / US / IE lists), ``hispanic``
(MX / ES), ``south_asian`` (IN forenames; IN, Hindi, Bengali and Tamil surnames), ``east_asian`` (Chinese,
Japanese, Korean given names and surnames, Vietnamese surnames) and ``middle_eastern`` (Turkish lists; Arabic,
Persian and Turkish given names, Arabic family names). Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_d import NameD, _nick

DATA = Path(__file__).parent / "data" / "dev_k_names.json"
ORIGINS = ("anglo", "hispanic", "south_asian", "east_asian", "middle_eastern")


@lru_cache(maxsize=1)
def tables() -> dict[str, dict[str, tuple[str, ...]]]:
    """origin -> {"male", "female", "given", "surnames"} (a missing kind is empty)."""
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return {o: {k: tuple(raw.get(f"{o}_{k}", ())) for k in ("male", "female", "given", "surnames")} for o in ORIGINS}


class NameSourceK:
    """Deterministic sampler with the interface of ``_templates_names.NameSource``. Groups whose given
    names carry no sex (``given``) mix them with the sexed lists; one name in eight has a middle forename,
    one in twelve two surnames (Hispanic: two apellidos, unhyphenated half the time)."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._tables = tables()

    def name(self, origin: str | None = None) -> NameD:
        rng = self._rng
        origin = origin or rng.choice(ORIGINS)
        t = self._tables[origin]
        is_male = rng.random() < 0.5
        sexed = t["male"] if is_male else t["female"]
        pool = sexed if sexed and (not t["given"] or rng.random() < 0.4) else t["given"]
        first, last = rng.choice(pool), rng.choice(t["surnames"])
        middle, roll = "", rng.random()
        if roll < 0.125:
            middle = rng.choice(pool)
        elif roll < 0.2 or (origin == "hispanic" and roll < 0.4):
            second = rng.choice(t["surnames"])
            if second != last:
                last = f"{last} {second}" if origin == "hispanic" and rng.random() < 0.5 else f"{last}-{second}"
        if middle == first:
            middle = ""
        title = rng.choice(("Mr",) if is_male else ("Mrs", "Ms", "Miss")) if rng.random() < 0.88 else "Dr"
        return NameD(first=first, last=last, middle=middle, origin=origin, locale="dev_k", nick=_nick(first, rng),
                     title=title)
