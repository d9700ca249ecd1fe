"""Person names for the ``dev_u`` split, from sources no lexicon, surrogate pool, model or other split reads.

randino 1.6.0 (MIT; its Korean, Vietnamese, Chinese and English name pools), cantonese-romanisation 1.0.5 (MIT;
Hong Kong Government romanisation of the Chinese characters) and taibun 1.1.8 (MIT; their Hokkien readings), vendored in ``data/dev_u_names.json``
(``_build_names_dev_u``; licences in ``data/dev_u_names.LICENSE``). Callers of US / UK / Canadian / Australian
contact centres: Korean names in conventional, Revised or McCune-Reischauer spelling, the given name as one word,
hyphenated or split (``Seoyeon Park``, ``Kim Seo-yeon``, ``Pak So Yon``); Vietnamese three-part names (``Nguyen Thi
Mai``, ``Mai Thi Nguyen``); Hong Kong Cantonese (``Chan Wai Man``, ``Kevin Chan Wai Man``); Taiwanese Wade-Giles
(``Hsieh Chia-hsin``, ``Chia-Hsin Tsai``); Singapore / Malaysia Hokkien (``Tan Boon Keng``, ``Lim Ah Kow``, ``Kelvin
Tan Boon Keng``); English given names with an East Asian surname (``Grace Park``, ``Jenny
Nguyen``) inside each East Asian group; an English reference group (``James Henry Smith``). Groups are the pools
of the lists, not persons. Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_s import join_given
from benchmarks._staged_people import StagedName, weighted

DATA = Path(__file__).parent / "data" / "dev_u_names.json"
ORIGINS = ("korean", "vietnamese", "cantonese", "taiwanese", "hokkien", "english")
COUNTRIES = (("US", 40), ("UK", 20), ("CA", 20), ("AU", 20))


NameU = StagedName  # the name record every staged family shares


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def _cap(parts: list[str]) -> str:
    return " ".join(p.capitalize() for p in parts)


class NameSourceU:
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._t = tables()

    def _english_given(self, male: bool) -> str:
        return self._rng.choice(self._t["english"]["male" if male else "female"])

    # -- per origin: (style, given as written, surname, full, called, surname first) -----------------------------
    def _korean(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["korean"]
        style = weighted(rng, (("rr", 55), ("mr", 25), ("popular", 20)))
        if surname is None:
            row = rng.choices(t["surnames"], weights=[r[1] for r in t["surnames"]])[0]
            form = {"rr": row[3], "mr": row[4], "popular": row[2]}[style] if rng.random() < 0.6 else row[2]
            surname = ("yi" if form == "i" else form).capitalize()
        row = rng.choice(t["male" if male else "female"])
        sylls = row[2] if style == "mr" else row[1]
        given = join_given(list(sylls), rng, 0.35, 0.25)
        r = rng.random()
        if r < 0.12:  # an English given name in front (Grace Park), now and then the Korean one kept in the middle
            eng = self._english_given(male)
            full = f"{eng} {given} {surname}" if rng.random() < 0.35 else f"{eng} {surname}"
            return "english_" + style, eng, surname, full, eng, False
        first = r < 0.55
        return style, given, surname, f"{surname} {given}" if first else f"{given} {surname}", given, first

    def _vietnamese(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["vietnamese"]
        sur = surname or rng.choices([s for s, _ in t["surnames"]], weights=[w for _, w in t["surnames"]])[0].capitalize()
        given = rng.choice(t["male" if male else "female"]).capitalize()
        middle = rng.choice(["thi"] * 4 + t["middle_female"] if not male else ["van"] * 3 + ["duc"] + t["middle_male"])
        middle = middle.capitalize()
        r = rng.random()
        if r < 0.46:
            return "three_surname_first", given, sur, f"{sur} {middle} {given}", given, True
        if r < 0.7:
            return "given_surname", given, sur, f"{given} {sur}", given, False
        if r < 0.88:
            return "three_given_first", given, sur, f"{given} {middle} {sur}", given, False
        eng = self._english_given(male)
        full = f"{eng} {given} {sur}" if rng.random() < 0.3 else f"{eng} {sur}"
        return "english", eng, sur, full, eng, False

    def _cantonese(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["cantonese"]
        if surname is None:
            row = rng.choices(t["surnames"], weights=[r[1] for r in t["surnames"]])[0]
            surname = (row[2][0][0] if rng.random() < 0.75 else rng.choice(row[2][0])).capitalize()
        pool = [g for g in t["male" if male else "female"] if len(g[1]) == 2] if rng.random() < 0.8 else t["male" if male else "female"]
        sylls = [rs[0] if rng.random() < 0.7 else rng.choice(rs) for rs in rng.choice(pool)[1]]
        given = join_given(sylls, rng, 0.2, 0.75)
        r = rng.random()
        if r < 0.45:
            return "hk", given, surname, f"{surname} {given}", given, True
        if r < 0.75:
            return "hk_given_first", given, surname, f"{given} {surname}", given, False
        eng = self._english_given(male)
        if r < 0.9:  # Kevin Chan Wai Man: an English name first, then the whole Hong Kong name
            return "english_hk", eng, surname, f"{eng} {surname} {given}", eng, False
        return "english", eng, surname, f"{eng} {surname}", eng, False

    def _taiwanese(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["taiwanese"]
        if surname is None:
            row = rng.choices(t["surnames"], weights=[r[1] for r in t["surnames"]])[0]
            surname = row[2][0].capitalize()
        sylls = rng.choice([g for g in t["male" if male else "female"] if len(g[1]) == 2] if rng.random() < 0.85
                           else t["male" if male else "female"])[1]
        given = join_given(list(sylls), rng, 0.8, 0.12)
        r = rng.random()
        if r < 0.35:
            return "wade_giles", given, surname, f"{surname} {given}", given, True
        if r < 0.88:
            return "wade_giles_given_first", given, surname, f"{given} {surname}", given, False
        eng = self._english_given(male)
        return "english", eng, surname, f"{eng} {surname}", eng, False

    def _hokkien(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["hokkien"]
        if surname is None:
            row = rng.choices(t["surnames"], weights=[r[1] for r in t["surnames"]])[0]
            surname = (row[2][0][0] if rng.random() < 0.75 else rng.choice(row[2][0])).capitalize()
        pool = t["male" if male else "female"]
        sylls = [rs[0] if rng.random() < 0.7 else rng.choice(rs) for rs in rng.choice([g for g in pool if len(g[1]) == 2])[1]]
        r = rng.random()
        if r < 0.12:  # Tan Ah Kow: "Ah" and one syllable
            given = f"Ah {sylls[-1].capitalize()}"
            return "ah", given, surname, f"{surname} {given}", given, True
        given = join_given(sylls, rng, 0.1, 0.85)
        if r < 0.6:
            return "hokkien", given, surname, f"{surname} {given}", given, True
        if r < 0.8:
            return "hokkien_given_first", given, surname, f"{given} {surname}", given, False
        eng = self._english_given(male)
        if r < 0.92:  # Kelvin Tan Boon Keng
            return "english_hokkien", eng, surname, f"{eng} {surname} {given}", eng, False
        return "english", eng, surname, f"{eng} {surname}", eng, False

    def _english(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["english"]
        sur = surname or rng.choice(t["surnames"])
        given = self._english_given(male)
        if rng.random() < 0.2:
            middle = rng.choice([g for g in t["male" if male else "female"] if g != given])
            return "english_middle", given, sur, f"{given} {middle} {sur}", given, False
        return "english", given, sur, f"{given} {sur}", given, False

    def name(self, origin: str | None = None, country: str | None = None, surname: str | None = None) -> NameU:
        rng = self._rng
        origin = origin or rng.choice(ORIGINS)
        country = country or weighted(rng, COUNTRIES)
        male = rng.random() < 0.5
        title = rng.choice(("Mr", "Mr.", "Mister") if male else ("Ms", "Ms.", "Mrs", "Miss"))
        style, given, sur, full, called, first = getattr(self, f"_{origin}")(male, surname)
        return NameU(full, given, sur, called, sur, origin, style, male, title, country, first)

    def agent(self, origin: str | None = None) -> NameU:
        """A contact-centre agent: any of the groups (agents' names are scored too)."""
        return self.name(origin or self._rng.choice(ORIGINS))

    def relative(self, person: NameU) -> NameU:
        """A family member: same group and country, the same surname in most cases (Vietnamese wives keep theirs)."""
        same = self._rng.random() < (0.4 if person.origin == "vietnamese" else 0.7)
        return self.name(person.origin, person.country, person.surname if same else None)
