"""Person names for the ``dev_o`` split, from sources no lexicon, surrogate pool, model or other split reads.

The seedfaker 0.4.0a1 Singapore and Malay locales (MIT) and the tamil-names 0.1.1 list (PyPI, MIT), grouped by
hand into ``chinese``, ``malay`` and ``indian`` and vendored in ``data/dev_o_names.json`` (``_build_names_dev_o``;
licences in ``data/dev_o_names.LICENSE``). Names are built the way they are written in Singapore and Malaysia:
``Tan Wei Ming`` / ``Jason Tan Wei Ming``, ``Muhammad Hafiz bin Abdullah`` / ``Siti Aminah binti Ismail``,
``Rajesh s/o Muthu`` / ``Kavitha a/p Gopal``. Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "dev_o_names.json"
ORIGINS = ("chinese", "malay", "indian")


@dataclass(frozen=True)
class NameO:
    """``full`` as on an IC; ``called`` what the agent calls the person; ``surname`` the part a title goes with
    (Chinese surname, else the given name), ``spell`` the part spelled out letter by letter."""

    full: str
    called: str
    surname: str
    spell: str
    origin: str
    title: str


@lru_cache(maxsize=1)
def tables() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in json.loads(DATA.read_text(encoding="utf-8")).items()}


class NameSourceO:
    """Deterministic sampler with the interface ``name(origin=None)``."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._t = tables()

    def name(self, origin: str | None = None) -> NameO:
        rng, t = self._rng, self._t
        origin = origin or rng.choice(ORIGINS)
        male = rng.random() < 0.5
        title = rng.choice(("Mr", "Mr", "Sir")) if male else rng.choice(("Ms", "Mdm", "Miss", "Ms"))
        if origin == "chinese":
            sur = rng.choice(t["chinese_surnames"])
            given = rng.choice(t["chinese_male" if male else "chinese_female"])
            if " " not in given and rng.random() < 0.7:
                given += " " + rng.choice([g for g in t["chinese_male"] if " " not in g and g != given])
            english = rng.choice(t["english_male" if male else "english_female"]) if rng.random() < 0.35 else ""
            full = " ".join(p for p in (english, sur, given) if p)
            return NameO(full, english or given, sur, sur, origin, title)
        if origin == "malay":
            pool = t["malay_male" if male else "malay_female"]
            given = rng.choice(pool)
            if given in ("Muhammad", "Mohd", "Nur", "Nurul", "Siti", "Noor") or rng.random() < 0.3:
                given += " " + rng.choice([g for g in pool if g != given and g not in ("Muhammad", "Mohd")])
            father = rng.choice(t["malay_fathers"])
            particle = rng.choice(("bin", "bin", "bin", "b.")) if male else rng.choice(("binti", "binti", "binte", "bt"))
            called = given.split()[-1] if given.split()[0] in ("Muhammad", "Mohd", "Nur", "Nurul", "Siti", "Noor") else given.split()[0]
            return NameO(f"{given} {particle} {father}", called, called, father, origin, title)
        given = rng.choice(t["indian_male" if male else "indian_female"])
        father = rng.choice(t["indian_fathers"])
        particle = rng.choice(("s/o", "s/o", "a/l")) if male else rng.choice(("d/o", "d/o", "a/p"))
        return NameO(f"{given} {particle} {father}", given, given, father, origin, title)
