"""Person names for the ``dev_z`` split, from sources no lexicon, surrogate pool, model or other split reads.

nameCreator 1.0.0 (Apache-2.0; Chinese surnames and given syllables, Japanese romaji names, US names), omelo-nickname
1.0.2 (ISC; Vietnamese names), korean-name-generator 1.0.1 (MIT; Korean surnames, given names from its syllable
model) and pycantonese 5.0.0's rime-cantonese table (CC BY 4.0; a converter to Cantonese readings), vendored in
``data/dev_z_names.json`` (``_build_names_dev_z``; licences in ``data/dev_z_names.LICENSE``). East and Southeast Asian
names: Taiwanese (Wade-Giles: ``Chang Wei-lun``) and Hong Kong (``Chan Ka Ming``) Chinese, Vietnamese three- and
four-part names (``Nguyen Thi Thu Trang``), Korean (``Park Ji-hoon``, ``Jihoon Park``), Japanese (surname first or
last), English given names with a short East / Southeast Asian surname (``Kevin Ng``), an English reference group.
Groups are the pools of the lists, not persons. Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedNameSource, ascii_fold

DATA = Path(__file__).parent / "data" / "dev_z_names.json"
ORIGINS = ("chinese", "vietnamese", "korean", "japanese", "diaspora", "english")
COUNTRIES = {"chinese": (("TW", 30), ("SG", 15), ("UK", 15), ("CA", 15), ("US", 15), ("AU", 10)),
             "vietnamese": (("VN", 40), ("US", 25), ("AU", 15), ("CA", 10), ("UK", 10)),
             "korean": (("KR", 40), ("US", 30), ("CA", 10), ("AU", 10), ("UK", 10)),
             "japanese": (("JP", 45), ("US", 20), ("UK", 15), ("AU", 10), ("CA", 10)),
             "diaspora": (("US", 30), ("UK", 25), ("CA", 25), ("AU", 20)),
             "english": (("US", 40), ("UK", 25), ("CA", 20), ("AU", 15))}
NATIVE = ("chinese", "vietnamese", "korean", "japanese")


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceZ(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())

    def _chinese(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["chinese"]
        hk = surname in t["hk_surname"] if surname else rng.random() < 0.5
        key = "hk" if hk else "tw"
        sur = surname or self._pick(t[f"{key}_surname"])
        pool = t[f"{key}_{'male' if male else 'female'}"]
        a, b = self._pick(pool), self._pick(pool)
        r = rng.random()
        given = f"{a} {b}" if hk and r < 0.6 else (f"{a}{b.lower()}" if r > 0.85 else f"{a}-{b.lower()}")
        first = rng.random() < 0.6
        full = f"{sur} {given}" if first else f"{given} {sur}"
        return ("hk" if hk else "wade_giles") + ("_surname_first" if first else ""), given, sur, full, given, first

    def _vietnamese(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["vietnamese"]
        sur, given = surname or self._pick(t["surname"]), self._pick(t["male" if male else "female"])
        mid = rng.choice(("Văn", "Đức", "Hữu", "Minh") if male else ("Thị", "Thị", "Ngọc", "Thu", "Kim"))
        called = given.split()[-1]
        if rng.random() < 0.7:  # Nguyễn Thị Thu Trang: surname, middle, given; called by the last word
            return "surname_first", given, sur, f"{sur} {mid} {given}", called, True
        return "given_first", called, sur, f"{called} {sur}", called, False

    def _korean(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["korean"]
        sur = surname or rng.choices(t["surname"], weights=t["surname_weight"])[0]
        given = self._pick(t["male" if male else "female"])
        r = rng.random()
        if r < 0.3:
            given = given.replace("-", "").capitalize()  # Jihoon
        elif r < 0.45:
            given = " ".join(p.capitalize() for p in given.split("-"))  # Ji Hoon
        first = rng.random() < 0.5
        return "surname_first" if first else "given_first", given, sur, f"{sur} {given}" if first else f"{given} {sur}", given, first

    def _japanese(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["japanese"]
        sur, given = surname or self._pick(t["surname"]), self._pick(t["male" if male else "female"])
        first = rng.random() < 0.4
        return "surname_first" if first else "given_first", given, sur, f"{sur} {given}" if first else f"{given} {sur}", given, first

    def _short_surname(self) -> str:
        t = self._t
        pool = [s for o in ("chinese", "vietnamese", "korean") for k in ("surname", "hk_surname", "tw_surname")
                for s in t[o].get(k, []) if len(s) <= 3]
        return self._pick(pool)

    def _native_surname(self) -> str:
        o = self._rng.choice(NATIVE)
        return self._pick(self._t[o].get("surname") or self._t[o]["hk_surname"])

    def _diaspora(self, male: bool, surname: str | None):
        """An English given name with an East / Southeast Asian surname, 60 % one of three letters or fewer (Ng, Ho,
        Le, Do, Ma, Lee, Yu); 25 % with a native middle name (Kevin Minh Nguyen)."""
        rng = self._rng
        sur = surname or ascii_fold(self._short_surname() if rng.random() < 0.6 else self._native_surname())
        given = self._given("english", male)
        if rng.random() < 0.25:
            mid = rng.choice(("Minh", "Wei", "Jiwoo", "Kenji", "Ka Ming", "Thanh", "Hyun", "Mei", "Yuki", "Bao"))
            return "native_middle", given, sur, f"{given} {mid} {sur}", given, False
        return "english_given", given, sur, f"{given} {sur}", given, False
