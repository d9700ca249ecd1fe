"""Person names for the ``dev_h`` split, from a source no lexicon, surrogate pool or other split reads.

``huu4ontocord/rio`` (``fake_names.py``, Apache-2.0, Ontocord LLC): its Latin-script lists only, vendored in
``data/dev_h_names.json`` (Yoruba forenames and surnames, Bantu surnames, Vietnamese forenames and surnames,
Catalan forenames and surnames, Urdu forenames and surnames at commit ``a017d8e``; Bengali surnames at
``0ed1e26``). Lists the file marks as Faker-derived or machine-translated are left out. Four origin groups
only (african, south_asian, southeast_asian, hispanic): the source has no anglo, east Asian, Arabic or
Slavic names. Never add these names to a lexicon or a surrogate pool (``data/dev_h_PROVENANCE.md``).
"""
from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_d import NameD, _nick

DATA = Path(__file__).parent / "data" / "dev_h_names.json"
ORIGINS = ("african", "south_asian", "southeast_asian", "hispanic")
_LISTS = {  # origin -> (male forenames, female forenames, surnames): keys of the vendored file
    "african": (("yoruba_firstnames_male",), ("yoruba_firstnames_female",), ("yoruba_surnames", "bantu_surnames")),
    "south_asian": (("urdu_firstnames2",), ("urdu_firstnames2",), ("urdu_surnames2", "bengali_surnames")),
    "southeast_asian": (("vietnamese_firstnames_male",), ("vietnamese_firstnames_female",), ("vietnamese_surnames",)),
    "hispanic": (("catalan_firstnames_male",), ("catalan_firstnames_female",), ("catalan_surnames",)),
}


@lru_cache(maxsize=1)
def tables() -> dict[str, tuple[tuple[str, ...], ...]]:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return {origin: tuple(tuple(sorted({n for key in keys for n in raw[key]})) for keys in parts)
            for origin, parts in _LISTS.items()}


class NameSourceH:
    """Deterministic sampler with the interface of ``_templates_names.NameSource``."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._tables = tables()

    def name(self, origin: str | None = None) -> NameD:
        rng = self._rng
        origin = origin or rng.choice(ORIGINS)
        male, female, surnames = self._tables[origin]
        is_male = rng.random() < 0.5
        first, last = rng.choice(male if is_male else female), rng.choice(surnames)
        title = rng.choice(("Mr",) if is_male else ("Mrs", "Ms", "Miss")) if rng.random() < 0.85 else "Dr"
        return NameD(first=first, last=last, origin=origin, locale=origin, nick=_nick(first, rng), title=title)
