"""Person names for the ``dev_ag`` split, from sources no lexicon, surrogate pool, model or other split reads.

vn-fullname-generator 0.0.2 (MIT; Vietnamese middle + given names, family names), chgender 0.0.2 (MIT; pinyin
given-name syllables), pynames 0.2.4 (BSD-3-Clause; Korean given names), @cspell/dict-people-names 1.1.16 (MIT; the
attestation of the English reference names) and the hand-kept lists of ``_build_names_dev_ag`` (pinyin, Korean and
Japanese family names, Japanese given names, Yoruba / Igbo / Hausa / Akan names and nicknames, Ethiopian / Eritrean /
Somali given names, English names), vendored in ``data/dev_ag_names.json`` (licences in ``data/dev_ag_names.LICENSE``).

The two weakest groups of the frozen splits, East Asian names in speech and African names in chat: mainland Chinese
pinyin names (``Liu Yangyang``, ``Zhang Wei Ming``, ``Zhang Wei-Ming``, given name first now and then), Vietnamese
names of three parts (``Nguyễn Văn An``, ``Trần Thị Hương``; surname first or given first; called by the given name),
Korean and Japanese names (surname first or given first, ``Min-Jun`` joined or split), Nigerian and Ghanaian names
(long given names, a nickname used by family, Akan day names), Ethiopian / Eritrean / Somali names (given name and
father's name, now and then a grandfather's), and an English reference group. Groups are the pools of the lists,
not persons. Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedName, StagedNameSource

DATA = Path(__file__).parent / "data" / "dev_ag_names.json"
ORIGINS = ("chinese", "vietnamese", "korean_japanese", "west_african", "horn", "english")
COUNTRIES = {"chinese": (("SG", 25), ("US", 25), ("UK", 20), ("CA", 20), ("AU", 10)),
             "vietnamese": (("VN", 40), ("US", 25), ("AU", 15), ("CA", 10), ("UK", 10)),
             "korean_japanese": (("US", 30), ("CA", 20), ("AU", 20), ("UK", 15), ("SG", 15)),
             "west_african": (("NG", 30), ("GH", 20), ("UK", 25), ("US", 15), ("CA", 10)),
             "horn": (("ET", 30), ("KE", 20), ("US", 20), ("UK", 15), ("CA", 15)),
             "english": (("US", 35), ("UK", 25), ("CA", 20), ("AU", 20))}
_VN_FOLD = str.maketrans({"Đ": "D", "đ": "d"})


def vn_plain(text: str) -> str:
    """Vietnamese without its marks (``Nguyễn`` -> ``Nguyen``), as most people abroad and many at home type it."""
    return unicodedata.normalize("NFKD", text.translate(_VN_FOLD)).encode("ascii", "ignore").decode()


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceAG(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())
        self._kin_of = ""  # the sub-group (yoruba, somali, ...) of the person whose relative is being drawn

    def name(self, origin: str | None = None, country: str | None = None, surname: str | None = None) -> StagedName:
        person = super().name(origin, country, surname)
        if person.origin == "vietnamese" and (person.country != "VN" or self._rng.random() < 0.5):
            fold = vn_plain
            person = StagedName(fold(person.full), fold(person.given), fold(person.surname), fold(person.called),
                                fold(person.spell), person.origin, person.style, person.male, person.title,
                                person.country, person.surname_first)
        return person

    # -- mainland Chinese: pinyin syllables, given name joined, split or hyphenated ---------------------------------
    def _chinese(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["chinese"]
        sur = surname or self._pick(t["surname"])
        pool = t["male" if male else "female"]
        if rng.random() < 0.3:
            given = self._pick(pool).capitalize()
            return "one_syllable", given, sur, f"{sur} {given}", given, True
        a = self._pick(pool)
        b = a if rng.random() < 0.15 else self._pick(pool, a)  # Yangyang, Tingting
        form = rng.random()
        if form < 0.5:
            given, style = (a + b).capitalize(), "joined"
        elif form < 0.75:
            given, style = f"{a.capitalize()} {b.capitalize()}", "split"
        else:
            given, style = f"{a.capitalize()}-{b}", "hyphen"
        if rng.random() < 0.25:  # given name first, as on a Western form
            return style + "_given_first", given, sur, f"{given} {sur}", given, False
        return style, given, sur, f"{sur} {given}", given, True

    # -- Vietnamese: surname, middle, given; called by the given name -----------------------------------------------
    def _vietnamese(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["vietnamese"]
        sur = surname or self._pick(t["surname"])
        middle, given = self._pick(t["male" if male else "female"]).split()
        r = rng.random()
        if r < 0.45:
            middle = rng.choice(("Văn", "Văn", "Đức")) if male else "Thị"
        if rng.random() < 0.7:
            return "three_part", f"{middle} {given}", sur, f"{sur} {middle} {given}", given, True
        return "given_first", given, sur, f"{given} {sur}", given, False

    # -- Korean / Japanese ------------------------------------------------------------------------------------------
    def _korean_japanese(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["korean_japanese"]
        sex = "male" if male else "female"
        if self._kin_of:
            people = self._kin_of
        elif surname:
            people = "korean" if surname in t["korean_surname"] else "japanese"
        else:
            people = "korean" if rng.random() < 0.55 else "japanese"
        sur = surname or self._pick(t[f"{people}_surname"])
        given = self._pick(t[f"{people}_{sex}"])
        if people == "korean":
            r = rng.random()
            if r < 0.3:
                given = given.replace("-", "").capitalize()  # Minjun
            elif r < 0.5:
                given = given.replace("-", " ")  # Min Jun
            elif r < 0.7:
                a, b = given.split("-")
                given = f"{a}-{b.lower()}"  # Min-jun
        if rng.random() < 0.5:
            return f"{people}_surname_first", given, sur, f"{sur} {given}", given, True
        return f"{people}_given_first", given, sur, f"{given} {sur}", given, False

    # -- Nigerian / Ghanaian: long given names, a nickname, a second given name ------------------------------------
    def _people(self, origin: str, surname: str | None, home: dict) -> str:
        """The sub-group of a West African or Horn name: the one a relative's surname belongs to, else by country."""
        t = self._t[origin]
        if self._kin_of:
            return self._kin_of
        if surname:
            found = [k[:-len("_surname")] for k in t if k.endswith("_surname") and surname in t[k]]
            found += [k.rsplit("_", 1)[0] for k in t if k.endswith("_male") and surname in t[k]]
            if found:
                return found[0]
        return self._rng.choice(home.get(self._country, sorted({k.rsplit("_", 1)[0] for k in t if k != "nickname"})))

    def _west_african(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["west_african"]
        people = self._people("west_african", surname, {"NG": ("yoruba", "igbo", "hausa"), "GH": ("akan_ewe_ga",)})
        pool = t[f"{people}_{'male' if male else 'female'}"]
        sur, first = surname or self._pick(t[f"{people}_surname"]), self._pick(pool)
        called = t["nickname"].get(first, first) if rng.random() < 0.5 else first
        style = "nickname" if called != first else "plain"
        r = rng.random()
        if r < 0.55:
            return style, first, sur, f"{first} {sur}", called, False
        if r < 0.85:
            second = self._pick(pool, first)
            return style + "_two_given", f"{first} {second}", sur, f"{first} {second} {sur}", called, False
        return style + "_surname_first", first, sur, f"{sur} {first}", called, True

    # -- Ethiopian / Eritrean / Somali: given name and father's name (a grandfather's too) ------------------------
    def _horn(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["horn"]
        people = self._people("horn", surname, {"ET": ("habesha",), "KE": ("somali",)})
        first = self._pick(t[f"{people}_{'male' if male else 'female'}"])
        father = surname or self._pick(t[f"{people}_male"], first)
        if rng.random() < 0.3:
            grand = self._pick(t[f"{people}_male"], father)
            return "three_names", first, father, f"{first} {father} {grand}", first, False
        return "patronym", first, father, f"{first} {father}", first, False

    def relative(self, person: StagedName) -> StagedName:
        """A family member of the same sub-group (a Yoruba caller's sister is Yoruba too)."""
        t = self._t.get(person.origin, {})
        first = person.full.split()[1 if person.surname_first else 0]
        self._kin_of = next((k.rsplit("_", 1)[0] for k in t if k.endswith(("_male", "_female")) and first in t[k]), "")
        try:
            return super().relative(person)
        finally:
            self._kin_of = ""

    def _same_surname(self, person: StagedName) -> bool:
        if person.origin == "horn":  # a relative is named after a father: a sibling shares it, a parent does not
            return self._rng.random() < 0.4
        return super()._same_surname(person)


