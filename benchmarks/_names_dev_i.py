"""Person names for the ``dev_i`` split, from a source no lexicon, surrogate pool or other split reads.

``mimesis`` 22.2.0 (MIT, Isaak Uchakaev): a seeded sample of its ``datasets/<locale>/person.json`` lists,
vendored in ``data/dev_i_names.json`` (licence: ``data/dev_i_names.LICENSE``). Five origin groups: turkic
(tr, az), central_european (hu, pl, cs, sk, hr), nordic (fi, is, da), iberian_lusophone (pt, pt-br, es) and
east_asian (zh, romanised with pypinyin, MIT: surname + given name without tones). Gendered surname lists
(pl, sk, is) follow the forename's gender. Never add these names to a lexicon or a surrogate pool
(``data/dev_i_PROVENANCE.md``).
"""
from __future__ import annotations

import json
import random
import unicodedata
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_d import NameD, _nick

DATA = Path(__file__).parent / "data" / "dev_i_names.json"
ORIGINS = ("turkic", "central_european", "nordic", "iberian_lusophone", "east_asian")
_MAP = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ð": "d", "Ð": "D",
        "þ": "th", "Þ": "Th", "ß": "ss", "ə": "e", "Ə": "E", "đ": "d", "Đ": "D", "œ": "oe"}
_PARTICLES = ("da", "dos", "de", "do", "das")


def fold(text: str) -> str:
    """What a speech engine prints for the name: ``Ağaoğlu`` -> ``Agaoglu``, ``Þórdís`` -> ``Thordis``."""
    text = "".join(_MAP.get(c, c) for c in text)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def tables() -> dict[str, tuple[tuple[str, ...], ...]]:
    """origin -> (male forenames, female forenames, male surnames, female surnames)."""
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return {o: tuple(tuple(raw[f"{o}_{k}"]) for k in ("male", "female", "surnames_male", "surnames_female"))
            for o in ORIGINS}


class NameSourceI:
    """Deterministic sampler with the interface of ``_templates_names.NameSource``; one name in six has a
    middle part (a second forename, or a particle and a second surname for Iberian names)."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._tables = tables()

    def name(self, origin: str | None = None) -> NameD:
        rng = self._rng
        origin = origin or rng.choice(ORIGINS)
        male, female, sur_m, sur_f = self._tables[origin]
        is_male = rng.random() < 0.5
        first, last = rng.choice(male if is_male else female), rng.choice(sur_m if is_male else sur_f)
        middle = ""
        if rng.random() < 1 / 6 and origin != "east_asian":
            if origin == "iberian_lusophone" and rng.random() < 0.6:
                middle = f"{rng.choice(_PARTICLES)} {rng.choice(sur_m if is_male else sur_f)}"
            else:
                middle = rng.choice(male if is_male else female)
        if middle and last in middle:
            middle = ""
        title = rng.choice(("Mr",) if is_male else ("Mrs", "Ms", "Miss")) if rng.random() < 0.85 else "Dr"
        return NameD(first=first, last=last, middle=middle, origin=origin, locale=origin, nick=_nick(first, rng),
                     title=title)
