"""Person names by origin group, drawn from Faker locales (romanized where the locale is not Latin).

Origin groups are coarse on purpose: they exist to measure whether recall on names depends on where a
name comes from, not to classify people.
"""
from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from faker import Faker

# Locales per origin group. Non-Latin locales are only used through romanized name providers
# (ja/zh) or a transliteration table (ru/uk); locales whose Faker names are mostly English
# (am_ET, en_PH, vi_VN first names) are left out so a group's names really are from that group.
ORIGIN_LOCALES: dict[str, tuple[str, ...]] = {
    "anglo": ("en_US", "en_GB", "en_AU", "en_CA"),
    "hispanic": ("es_MX", "es_ES", "es_CO", "es_AR"),
    "south_asian": ("en_IN", "en_PK"),
    "east_asian": ("ja_JP", "zh_CN", "zh_TW"),
    "southeast_asian": ("id_ID",),
    "african": ("yo_NG", "ig_NG", "ha_NG", "zu_ZA", "en_KE"),
    "arabic": ("fr_DZ",),
    "slavic": ("pl_PL", "cs_CZ", "hr_HR", "ru_RU", "uk_UA"),
}
ORIGINS: tuple[str, ...] = tuple(ORIGIN_LOCALES)

_ROMANIZED = {"ja_JP", "zh_CN", "zh_TW"}
_CYRILLIC = {"ru_RU", "uk_UA"}

# Simplified BGN-style romanization; good enough for realistic Latin spellings of Cyrillic names.
_CYR = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
     "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g"],
))


def _transliterate(text: str) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        lat = _CYR.get(low, ch)
        out.append(lat.capitalize() if ch != low and lat else lat)
    return "".join(out)


def ascii_fold(text: str) -> str:
    """Strip diacritics: what an English ASR engine would print for ``González`` -> ``Gonzalez``."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return folded.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")


@dataclass(frozen=True, slots=True)
class Name:
    """A romanized person name and its origin group."""

    first: str
    last: str
    origin: str
    locale: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


_WORD = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*$")


class NameSource:
    """Deterministic name sampler over all origin groups."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._fakers: dict[str, Faker] = {}
        for i, locale in enumerate(sorted({loc for locs in ORIGIN_LOCALES.values() for loc in locs})):
            fake = Faker(locale)
            fake.seed_instance(seed * 1000 + i)
            self._fakers[locale] = fake

    def _raw(self, locale: str) -> tuple[str, str]:
        fake = self._fakers[locale]
        if locale in _ROMANIZED:
            # zh_TW romanizations come upper-cased ("LI-HUA"); people type them title-cased.
            return fake.first_romanized_name().title(), fake.last_romanized_name().title()
        first, last = fake.first_name(), fake.last_name()
        if locale in _CYRILLIC:
            first, last = _transliterate(first), _transliterate(last)
        return first, last

    def name(self, origin: str | None = None) -> Name:
        """One name; ``origin=None`` picks a group uniformly.

        Only single-word first and last names are kept (Faker sometimes returns "Thiago Benjamin"),
        so a name's first word is always its first name when it recurs later in a conversation.
        """
        origin = origin or self._rng.choice(ORIGINS)
        for _ in range(100):
            locale = self._rng.choice(ORIGIN_LOCALES[origin])
            first, last = self._raw(locale)
            if _WORD.match(first) and _WORD.match(last) and len(first) > 1 and len(last) > 1:
                return Name(first=first, last=last, origin=origin, locale=locale)
        raise RuntimeError(f"no usable name for origin {origin!r}")  # pragma: no cover
