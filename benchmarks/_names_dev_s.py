"""Person names for the ``dev_s`` split, from sources no lexicon, surrogate pool, model or other split reads.

sinonym 0.5.1 (Apache-2.0; its hand-written romanisation tables) and japanese-personal-name-dataset 0.4.0 (MIT),
vendored in ``data/dev_s_names.json`` (``_build_names_dev_s``; licences in ``data/dev_s_names.LICENSE``). East Asian
and diaspora names as callers in US / UK / Canadian / Australian contact centres give them: Mandarin pinyin
(``Wang Xiaoming`` / ``Xiao Ming Wang``), Cantonese (``Chan Wai Man``), Taiwanese Wade-Giles (``Chih-Hao Hsu``),
Korean (``Kim Min-jun`` / ``Minjun Kim``), Japanese (``Ken Sato``), Vietnamese (``Nguyen Thi Mai`` / ``Mai Nguyen``)
and a Western given name with an East Asian surname (``Ryan Lee``). Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedName, weighted

DATA = Path(__file__).parent / "data" / "dev_s_names.json"
ORIGINS = ("chinese", "korean", "japanese", "vietnamese", "western_given_east_asian_surname")
COUNTRIES = (("US", 40), ("UK", 20), ("CA", 20), ("AU", 20))
_VIET_MIDDLE_M = ("Van", "Van", "Van", "Minh", "Duc", "Quoc", "Thanh", "Huu")
_VIET_MIDDLE_F = ("Thi", "Thi", "Thi", "Ngoc", "Thanh", "Kim", "Bich")


NameS = StagedName  # the name record every staged family shares


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def join_given(parts: list[str], rng: random.Random, hyphen: float, space: float) -> str:
    """``["min", "jun"]`` -> ``Min-jun`` / ``Min Jun`` / ``Minjun``."""
    if len(parts) == 1:
        return parts[0].capitalize()
    r = rng.random()
    if r < hyphen:
        return f"{parts[0].capitalize()}-{parts[1]}" if rng.random() < 0.6 else "-".join(p.capitalize() for p in parts)
    if r < hyphen + space:
        return " ".join(p.capitalize() for p in parts)
    return "".join(parts).capitalize()


class NameSourceS:
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._t = tables()

    # -- per origin ------------------------------------------------------------------------------------------
    def _chinese(self, male: bool):
        rng, t = self._rng, self._t
        style = weighted(rng, (("mandarin", 45), ("cantonese", 30), ("taiwanese", 25)))
        if style == "mandarin":
            surname = rng.choice(t["chinese_mandarin_surnames"])
            first = rng.choices(*zip(*t["chinese_given_initial"]))[0]
            second = rng.choices(*zip(*t["chinese_given_final"]))[0]
            parts = [first, second] if rng.random() < 0.75 and first != second else [second]
            given = join_given(parts, rng, 0.15, 0.35)
            surname_first = rng.random() < 0.4
        elif style == "cantonese":
            surname = rng.choice(t["chinese_cantonese_surnames"])
            parts = rng.sample(t["chinese_cantonese_given_syllables"], 2)
            given = join_given(parts, rng, 0.25, 0.65)
            surname_first = rng.random() < 0.5
        else:
            surname = rng.choice(t["chinese_taiwanese_surnames"])
            tw = t["pinyin_to_taiwanese"]
            first = rng.choices(*zip(*t["chinese_given_initial"]))[0]
            second = rng.choices(*zip(*t["chinese_given_final"]))[0]
            parts = [tw.get(first, first), tw.get(second, second)]
            given = join_given(parts, rng, 0.7, 0.2)
            surname_first = rng.random() < 0.3
        return style, given, surname.capitalize(), surname_first

    def _korean(self, male: bool):
        rng, t = self._rng, self._t
        surname = rng.choice(t["korean_surnames"]).capitalize()
        r = rng.random()
        if r < 0.4:
            parts = rng.choice(t["korean_given_pairs"]).split()
        elif r < 0.85:
            parts = rng.sample(t["korean_given_syllables"], 2)
        else:
            parts = [rng.choice(t["korean_given_atomic"])]
        return "korean", join_given(parts, rng, 0.4, 0.25), surname, rng.random() < 0.35

    def _japanese(self, male: bool):
        rng, t = self._rng, self._t
        given = rng.choice(t["japanese_male" if male else "japanese_female"]).capitalize()
        surname = rng.choice(t["japanese_surnames"][:250] if rng.random() < 0.8 else t["japanese_surnames"]).capitalize()
        return "japanese", given, surname, rng.random() < 0.25

    def _vietnamese(self, male: bool):
        rng, t = self._rng, self._t
        surname = rng.choice(t["vietnamese_surnames"] + ["nguyen"] * 6 + ["tran", "le", "pham"] * 2).capitalize()
        given = rng.choice(t["vietnamese_given"]).capitalize()
        middle = rng.choice(_VIET_MIDDLE_M if male else _VIET_MIDDLE_F)
        return "vietnamese", given, surname, middle

    def name(self, origin: str | None = None, country: str | None = None, surname: str | None = None,
             origin_of_surname: str | None = None) -> NameS:
        rng, t = self._rng, self._t
        origin = origin or rng.choice(ORIGINS)
        country = country or weighted(rng, COUNTRIES)
        male = rng.random() < 0.5
        title = rng.choice(("Mr", "Mr.", "Mister") if male else ("Ms", "Ms.", "Mrs", "Miss"))
        if origin == "western_given_east_asian_surname":
            given = rng.choice(t["western_male" if male else "western_female"]).capitalize()
            base = origin_of_surname or rng.choice(ORIGINS[:4])
            style, ea_given, ea_surname, extra = getattr(self, f"_{base}")(male)
            sur = surname or ea_surname
            middle = f" {ea_given}" if base != "vietnamese" and rng.random() < 0.15 else ""
            return NameS(f"{given}{middle} {sur}", given, sur, given, sur, origin, f"western_{base}", male, title,
                         country, False)
        style, given, sur, extra = getattr(self, f"_{origin}")(male)
        sur = surname or sur
        if origin == "vietnamese":
            middle, r = extra, rng.random()
            if r < 0.5:
                full, first = f"{sur} {middle} {given}", True
            elif r < 0.85:
                full, first = f"{given} {sur}", False
            else:
                full, first = f"{given} {middle} {sur}", False
            return NameS(full, given, sur, given, sur, origin, style, male, title, country, first)
        full = f"{sur} {given}" if extra else f"{given} {sur}"
        return NameS(full, given, sur, given, sur, origin, style, male, title, country, bool(extra))

    def agent(self) -> NameS:
        """A contact-centre agent: any of the groups (agents' names are scored too)."""
        return self.name(self._rng.choice(ORIGINS))

    def relative(self, person: NameS) -> NameS:
        """A family member: same group and country, the same surname in most cases."""
        base = person.style.split("_")[1] if person.origin == "western_given_east_asian_surname" else None
        same = self._rng.random() < 0.7 and person.origin != "vietnamese"
        return self.name(person.origin, person.country, person.surname if same else None, base)
