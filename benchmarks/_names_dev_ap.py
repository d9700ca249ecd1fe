"""Person names for the ``dev_ap`` split, from sources no lexicon, surrogate pool, model or other split reads.

@zxcvbn-ts/language-pt-br 4.1.1 and @zxcvbn-ts/language-ar 3.1.0 (npm, MIT), turkishfullnamegenerator 0.0.5 (PyPI,
MIT) and the hand-kept lists of ``_build_names_dev_ap``, vendored in ``data/dev_ap_names.json`` (licences in
``data/dev_ap_names.LICENSE``).

Seven groups of the families a school or university hears from: Chinese (pinyin given names joined ``Xinyi``, split
``Xin Yi`` or hyphenated ``Xin-Yi``, surname first, an English name beside them ``Kevin Zhang Wei``), Vietnamese
(``Nguyễn Thị Lan``: family, middle, given, the given name used alone, ``Minh Anh``; or ``Lan Nguyen`` abroad), Gulf
Arab (``Al Mansouri`` / ``Al-Mansouri``, ``bin`` / ``bint`` chains, ``Abdul`` compounds printed three ways), Turkish
(given names that are words: ``Deniz``, ``Umut``; two given names), Brazilian (compound given names ``Ana Júlia``,
two surnames with particles ``dos Santos Oliveira``, nicknames ``Duda``), Ukrainian (transliterations ``Oleksandr`` /
``Olexander`` / ``Aleksandr``, familiar forms ``Sasha``, a patronymic on forms) and an English reference. Groups
are the pools of the lists, not persons. Never add these names to a lexicon or pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedName, StagedNameSource, weighted

DATA = Path(__file__).parent / "data" / "dev_ap_names.json"
ORIGINS = ("chinese", "vietnamese", "arabic_gulf", "turkish", "brazilian", "ukrainian", "english_reference")
COUNTRIES = {"chinese": (("UK", 35), ("CN", 20), ("AU", 15), ("CA", 15), ("US", 15)),
             "vietnamese": (("VN", 25), ("UK", 25), ("US", 20), ("AU", 20), ("CA", 10)),
             "arabic_gulf": (("AE", 60), ("UK", 30), ("IE", 10)),
             "turkish": (("TR", 45), ("UK", 35), ("IE", 10), ("AU", 10)),
             "brazilian": (("BR", 45), ("IE", 30), ("UK", 15), ("US", 10)),
             "ukrainian": (("UK", 40), ("IE", 35), ("UA", 15), ("CA", 10)),
             "english_reference": (("UK", 35), ("IE", 15), ("US", 20), ("CA", 15), ("AU", 15))}
WORD_NAMES = {True: ("Deniz", "Umut", "Bora", "Toprak", "Çınar", "Ege", "Güneş"),  # Turkish given names that are words
              False: ("Deniz", "Umut", "Yıldız", "Bahar", "Eylül", "Yağmur", "Ay", "Su", "Doğa")}
PARTICLE = {"Silva": "da", "Costa": "da", "Cunha": "da", "Rocha": "da", "Fonseca": "da", "Santos": "dos", "Reis": "dos",
            "Souza": "de", "Oliveira": "de", "Almeida": "de", "Andrade": "de", "Assis": "de", "Castro": "de",
            "Freitas": "de", "Lima": "de", "Melo": "de", "Moraes": "de"}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def pinyin_given(given: str, form: str) -> str:
    """A two-syllable pinyin given name as printed: ``hyphen`` ``Xin-Yi``, ``lower`` ``Xin-yi``, ``joined`` ``Xinyi``,
    ``spaced`` ``Xin Yi``; one syllable stays as it is."""
    if "-" not in given:
        return given
    a, b = given.split("-")
    return {"hyphen": given, "lower": f"{a}-{b.lower()}", "joined": a + b.lower(), "spaced": f"{a} {b}"}[form]


def gulf_family(family: str, form: str) -> str:
    """``Mansouri`` as a Gulf family name is printed: ``Al Mansouri``, ``Al-Mansouri``, ``AlMansouri``, ``al Mansouri``."""
    return {"space": f"Al {family}", "hyphen": f"Al-{family}", "joined": f"Al{family}",
            "lower": f"al {family}"}[form]


def abdul(given: str, form: str) -> str:
    """``Abdul-Rahman`` printed ``Abdulrahman``, ``Abdul Rahman`` or ``Abdul-Rahman``."""
    if not given.startswith("Abdul-"):
        return given
    rest = given[6:]
    return {"joined": f"Abdul{rest.lower()}", "spaced": f"Abdul {rest}", "hyphen": given}[form]


def patronymic(father: str, male: bool) -> str:
    """A Ukrainian patronymic from a father's given name: ``Petro`` -> ``Petrovych`` / ``Petrivna``."""
    if father.endswith("a"):  # Mykola -> Mykolaiovych / Mykolaivna
        return father + ("iovych" if male else "ivna")
    if father.endswith("ii"):  # Andrii -> Andriiovych / Andriivna
        return father + ("ovych" if male else "vna")
    stem = father[:-1] if father.endswith("o") else father
    return stem + ("ovych" if male else "ivna")


class NameSourceAP(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())

    def _list(self, origin: str, key: str, avoid: str = "") -> str:
        return self._pick(self._t[origin][key], avoid)

    @staticmethod
    def _plain(given: str, sur: str, called: str | None = None, style: str = "plain", first: bool = False):
        full = f"{sur} {given}" if first else f"{given} {sur}"
        return style, given, sur, full, called or given.split()[0], first

    def _chinese(self, male: bool, surname: str | None):
        rng, sex = self._rng, "male" if male else "female"
        sur = surname or self._list("chinese", "surname")
        given = pinyin_given(self._list("chinese", f"given_{sex}"),
                             weighted(rng, (("joined", 40), ("spaced", 25), ("hyphen", 20), ("lower", 15))))
        r = rng.random()
        if r < 0.15:  # an English name beside the Chinese one: "Kevin Zhang Wei"
            english = self._list("chinese", f"english_{sex}")
            return "english_and_chinese", english, sur, f"{english} {sur} {given}", english, False
        if r < 0.3:
            return self._plain(self._list("chinese", f"english_{sex}"), sur, style="english_name")
        if r < 0.7:  # surname first, as at home
            return self._plain(given, sur, given, "surname_first", True)
        return self._plain(given, sur, given, "given_first")

    def _vietnamese(self, male: bool, surname: str | None):
        rng, sex = self._rng, "male" if male else "female"
        sur = surname or self._list("vietnamese", "surname")
        given = self._list("vietnamese", sex)
        middle = self._list("vietnamese", f"middle_{sex}", given.split()[0]) if " " not in given and rng.random() < 0.75 else ""
        if rng.random() < 0.35:  # abroad: the given name first, the family name last, no middle name
            return "given_first", given, sur, f"{given} {sur}", given, False
        full = " ".join(p for p in (sur, middle, given) if p)
        return ("middle" if middle else "surname_first"), " ".join(p for p in (middle, given) if p), sur, full, given, True

    def _arabic_gulf(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["arabic_gulf"]
        family = surname or gulf_family(rng.choice(t["surname"]), weighted(rng, (("space", 45), ("hyphen", 30), ("joined", 10), ("lower", 15))))
        form = weighted(rng, (("joined", 45), ("spaced", 30), ("hyphen", 25)))
        given = abdul(self._list("arabic_gulf", "male" if male else "female"), form)
        r = rng.random()
        if r < 0.3:  # "Mohammed bin Rashid Al Mansouri", "Fatima bint Khalid Al Shamsi"
            father = abdul(self._list("arabic_gulf", "male", given), form)
            given_full = f"{given} {'bin' if male else 'bint'} {father}"
            if r < 0.1:  # the grandfather too
                given_full += f" bin {abdul(self._list('arabic_gulf', 'male', father), form)}"
            return "chain", given_full, family, f"{given_full} {family}", given, False
        return self._plain(given, family, given, "compound" if " " in given or "Abdul" in given else "plain")

    def _turkish(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["turkish"]
        sur = surname or self._list("turkish", "surname")
        if rng.random() < 0.2:  # a given name that is a word: "Deniz", "Umut", "Yıldız"
            first = rng.choice([w for w in t["words"] if w in WORD_NAMES[male]])
            return self._plain(first, sur, style="word_name")
        first = self._list("turkish", "male" if male else "female")
        if rng.random() < 0.2:  # two given names, called by either
            second = self._list("turkish", "male" if male else "female", first)
            called = first if rng.random() < 0.6 else second
            return "two_given", f"{first} {second}", sur, f"{first} {second} {sur}", called, False
        return self._plain(first, sur)

    def _brazilian(self, male: bool, surname: str | None):
        rng, t, sex = self._rng, self._t["brazilian"], "male" if male else "female"
        first = self._list("brazilian", f"compound_{sex}") if rng.random() < 0.35 else self._list("brazilian", sex)
        if surname:
            sur = surname
        else:
            a, b = (self._list("brazilian", "surname") for _ in range(2))
            r = rng.random()
            sur = a if r < 0.3 or a == b else f"{a} {b}"
            if r > 0.7 and a in PARTICLE:  # "dos Santos Oliveira", "da Silva"
                sur = f"{PARTICLE[a]} {sur}"
        called = t["nick"].get(first) if rng.random() < 0.3 else None
        if " " in first and not called:
            called = first if rng.random() < 0.7 else first.split()[0]
        style = "particle" if sur[0].islower() else "compound" if " " in first else "two_surnames" if " " in sur else "plain"
        return style, first, sur, f"{first} {sur}", called or first, False

    def _ukrainian(self, male: bool, surname: str | None):
        rng, t, sex = self._rng, self._t["ukrainian"], "male" if male else "female"
        canonical = rng.choice(sorted(t[sex]))
        spellings = t[sex][canonical]
        given = rng.choice(spellings) if spellings and rng.random() < 0.35 else canonical
        sur = surname or self._list("ukrainian", "surname")
        called = t["nick"].get(canonical) if rng.random() < 0.3 else None
        if rng.random() < 0.15:  # on a form: surname, given name, patronymic
            father = rng.choice(sorted(t["male"]))
            given_full = f"{given} {patronymic(father, male)}"
            return "patronymic", given_full, sur, f"{sur} {given_full}", called or given, True
        return self._plain(given, sur, called, "transliterated" if given != canonical else "plain")

    def _english_reference(self, male: bool, surname: str | None):
        first = self._list("english_reference", "male" if male else "female")
        return self._plain(first, surname or self._list("english_reference", "surname"), style="english")

    def relative(self, person: StagedName) -> StagedName:
        """A family member (same group and country, often the same surname) not called what the person is."""
        for _ in range(6):
            kin = super().relative(person)
            if kin.called != person.called:
                return kin
        return kin

    def child(self, parent: StagedName, avoid: set) -> StagedName:
        """A child of ``parent``: same group and country, the family's surname in most cases, a new called name."""
        for _ in range(8):
            kid = self.name(parent.origin, parent.country, parent.surname if self._rng.random() < 0.85 else None)
            if kid.called not in avoid:
                return kid
        return kid
