"""Person names for the ``dev_al`` split, from sources no lexicon, surrogate pool, model or other split reads.

nicknames 1.0.1 (Apache-2.0), pydni 0.9.0, pakgender 0.1.61, IndianNameGenerator 4.0.0, chinese-finder 0.1.4 (MIT),
OctaconDeveloper/Laravel-Naija-Faker, duyet/vietnamese-namedb, strathausen/vietname (MIT) and the hand-kept lists of
``_build_names_dev_al``, vendored in ``data/dev_al_names.json`` (licences in ``data/dev_al_names.LICENSE``).

Seven groups of the people a voice assistant's users call, text and pay: names that are English words or places
(``Grace Bell``, ``Chase Banks``, ``Will Stone``), US Hispanic (two surnames, ``de la Cruz``, ``Chuy``), Vietnamese
(``Nguyễn Thị Linh``, ``Tuan Tran``), Nigerian (Yoruba / Igbo / Hausa), South Asian (Tamil, Telugu, Bengali,
Pakistani), Chinese (pinyin, Cantonese, an English given name with a Chinese surname) and an English reference.
Groups are the pools of the lists, not persons. Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedName, StagedNameSource, weighted

DATA = Path(__file__).parent / "data" / "dev_al_names.json"
ORIGINS = ("word_names", "hispanic_us", "vietnamese", "nigerian", "south_asian", "chinese", "english_reference")
COUNTRIES = {"word_names": (("US", 60), ("UK", 25), ("CA", 15)), "hispanic_us": (("US", 100),),
             "vietnamese": (("US", 50), ("VN", 30), ("CA", 20)), "nigerian": (("NG", 55), ("UK", 25), ("US", 20)),
             "south_asian": (("IN", 55), ("UK", 25), ("US", 20)), "chinese": (("US", 45), ("CA", 30), ("UK", 25)),
             "english_reference": (("US", 50), ("UK", 30), ("CA", 20))}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceAL(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())

    def _list(self, origin: str, key: str, avoid: str = "") -> str:
        return self._pick(self._t[origin][key], avoid)

    def _plain(self, given: str, sur: str, called: str | None = None, style: str = "plain"):
        return style, given, sur, f"{given} {sur}", called or given, False

    def _ref_given(self, male: bool) -> str:
        return self._list("english_reference", "male" if male else "female")

    def _word_names(self, male: bool, surname: str | None):
        r = self._rng.random()
        sur = surname or (self._list("word_names", "word_surname") if r < 0.65 else self._list("english_reference", "surname"))
        if r < 0.2:  # an ordinary given name with a word surname: "Michael Stone"
            return self._plain(self._ref_given(male), sur, style="word_surname")
        return self._plain(self._list("word_names", "male" if male else "female"), sur, style="word_given")

    def _hispanic_us(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["hispanic_us"]
        given = self._list("hispanic_us", "male" if male else "female")
        called = t["nick"].get(given, given) if rng.random() < 0.4 else given
        r = rng.random()
        if surname:
            sur, style = surname, "plain"
        elif r < 0.45:
            first = self._list("hispanic_us", "surname")
            sur, style = f"{first} {self._list('hispanic_us', 'surname', first)}", "two_surnames"
        elif r < 0.6:
            sur, style = self._list("hispanic_us", "particle_surname"), "particle"
        else:
            sur, style = self._list("hispanic_us", "surname"), "plain"
        return style, given, sur, f"{given} {sur}", called, False

    def _vietnamese(self, male: bool, surname: str | None):
        rng = self._rng
        middle, given = self._list("vietnamese", "male" if male else "female").split(" ", 1)
        if rng.random() < 0.35:
            middle = "Văn" if male else "Thị"
        sur = surname or weighted(rng, ((self._list("vietnamese", "surname"), 55), ("Nguyễn", 25), ("Trần", 10), ("Lê", 10)))
        if self._country == "VN" or rng.random() < 0.35:  # family name first, as Vietnam writes it
            return "surname_first", f"{middle} {given}", sur, f"{sur} {middle} {given}", given, True
        if rng.random() < 0.5:
            return "western", given, sur, f"{given} {sur}", given, False
        return "western_middle", f"{given} {middle}", sur, f"{given} {middle} {sur}", given, False

    def _nigerian(self, male: bool, surname: str | None):
        rng = self._rng
        tribe = weighted(rng, (("yoruba", 40), ("igbo", 40), ("hausa", 20)))
        sex = "male" if male else "female"
        given = self._list("nigerian", f"{tribe}_{sex}")
        sur = surname or self._list("nigerian", f"{tribe}_surname", given)
        r = rng.random()
        if r < 0.2 and tribe != "hausa":  # a Christian given name first, called by it
            first = self._ref_given(male)
            return "christian_first", f"{first} {given}", sur, f"{first} {given} {sur}", first, False
        if r < 0.3:
            second = self._list("nigerian", f"{tribe}_{sex}", given)
            return "two_given", f"{given} {second}", sur, f"{given} {second} {sur}", given, False
        return self._plain(given, sur)

    def _south_asian(self, male: bool, surname: str | None):
        rng, sex = self._rng, "male" if male else "female"
        kinds = (("tamil", 35), ("telugu", 35), ("bengali", 30)) if self._country == "IN" else \
            (("tamil", 20), ("telugu", 20), ("bengali", 20), ("pakistani", 40))
        kind = weighted(rng, kinds)
        if kind == "pakistani":
            given, sur = self._list("south_asian", f"pk_{sex}"), surname or self._list("south_asian", "pk_surname")
            if male and rng.random() < 0.25:
                return "muhammad", f"Muhammad {given}", sur, f"Muhammad {given} {sur}", given, False
            return self._plain(given, sur, style="pakistani")
        if kind == "bengali":
            if rng.random() < 0.4:  # a Bangladeshi Muslim name
                given = self._list("south_asian", f"pk_{sex}")
                return self._plain(given, surname or self._list("south_asian", "bangladeshi_surname"), style="bangladeshi")
            return self._plain(self._list("south_asian", f"bn_{sex}"), surname or self._list("south_asian", "bengali_surname"),
                               style="bengali")
        given = self._list("south_asian", f"{kind}_{sex}")
        return self._plain(given, surname or self._list("south_asian", f"{kind}_surname"), style=kind)

    def _chinese(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t["chinese"]
        r = rng.random()
        if r < 0.25:  # Cantonese: two-syllable given name, surname first half the time
            given, sur = rng.choice(t["canto_given"]), surname or rng.choice(t["canto_surname"])
            if rng.random() < 0.5:
                return "canto_surname_first", given, sur, f"{sur} {given}", given, True
            return self._plain(given, sur, style="cantonese")
        sur = surname or rng.choice(t["pinyin_surname"][:60])
        if r < 0.5:
            return self._plain(rng.choice(t["english_male" if male else "english_female"]), sur, style="english_given")
        given = rng.choice(t["pinyin_male" if male else "pinyin_female"])
        if rng.random() < 0.3:
            return "surname_first", given, sur, f"{sur} {given}", given, True
        return self._plain(given, sur, style="pinyin")

    def _english_reference(self, male: bool, surname: str | None):
        given = self._ref_given(male)
        nick = self._t["english_reference"]["nick"].get(given)
        called = nick if nick and self._rng.random() < 0.4 else given
        return self._plain(given, surname or self._list("english_reference", "surname"), called, "english")

    def relative(self, person: StagedName) -> StagedName:
        """A family member (same group and country, often the same surname) not called what the person is."""
        for _ in range(6):
            kin = super().relative(person)
            if kin.called != person.called:
                return kin
        return kin

    def namesake(self, person: StagedName) -> StagedName:
        """Another contact with the same given name (said the same) and another surname: ``which mike?``."""
        for _ in range(12):
            other = self.name(person.origin, person.country)
            if other.surname != person.surname and other.male == person.male:
                full = f"{other.surname} {person.given}" if person.surname_first else f"{person.given} {other.surname}"
                return StagedName(full, person.given, other.surname, person.called, other.spell, other.origin, other.style,
                                  other.male, other.title, other.country, person.surname_first)
        return other
