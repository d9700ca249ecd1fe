"""Person names for the ``dev_d`` split, from a source no other part of the project reads.

The lexicon (``recognizers/data/names.tsv``) and the ``dev``/``dev_b`` generators draw on Faker, ``dev_c`` on
name-forge, the frozen split on its own sources. ``dev_d`` reads the per-country name tables of
``Mootassam/datamasterpro`` (``brain/src/utils/emailData.ts``: male and female first names and surnames for
191 countries; licence ISC in ``brain/package.json``, MIT in the root ``package.json``) at generation time
from a local mirror; only the generated jsonl is committed (``benchmarks/data/dev_d_PROVENANCE.md``). Never
add these names to a lexicon or a surrogate pool.

Mirror location: ``$DEV_D_NAME_SOURCE`` (a git directory) or ``/work/.mirror/Mootassam+datamasterpro/repo``.
Shapes: nicknames (a short form of the first name), titles, Slavic feminine surnames, particles and
hyphenated surnames as the source spells them.
"""
from __future__ import annotations

import json
import os
import random
import re
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DEFAULT_MIRROR = Path("/work/.mirror/Mootassam+datamasterpro/repo")
PINNED_COMMIT = "6d7c879a9afc596b20285cca895c0d1d84e254d5"
SOURCE_PATH = "brain/src/utils/emailData.ts"
ORIGIN_COUNTRIES: dict[str, tuple[str, ...]] = {
    "anglo": ("UnitedKingdom", "UnitedStates", "Ireland", "Australia", "NewZealand", "Canada"),
    "hispanic": ("Mexico", "Peru", "Ecuador", "Argentina", "Chile", "Venezuela", "Cuba", "Guatemala"),
    "south_asian": ("India", "Pakistan", "Bangladesh", "Nepal"),
    "east_asian": ("China", "Japan", "Taiwan", "HongKong"),
    "southeast_asian": ("Vietnam", "Philippines", "Thailand", "Indonesia", "Malaysia", "Cambodia", "Myanmar"),
    "african": ("Nigeria", "Kenya", "Ghana", "Uganda", "Tanzania", "Zimbabwe", "Zambia", "Ethiopia", "Senegal"),
    "arabic": ("SaudiArabia", "Egypt", "Morocco", "Iraq", "Jordan", "Syria", "Lebanon", "Algeria", "Yemen"),
    "slavic": ("Poland", "Russia", "Ukraine", "Serbia", "Czechia", "Slovakia", "Bulgaria", "Croatia", "Belarus"),
    # Only in conversations (not in the fairness set, whose groups match the other splits).
    "european": ("Germany", "France", "Italy", "Netherlands", "Portugal", "Sweden", "Greece", "Turkey"),
}
ORIGINS = tuple(o for o in ORIGIN_COUNTRIES if o != "european")
_FEMININE = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"), ("ov", "ova"), ("ev", "eva"), ("in", "ina"))
_FEMININE_COUNTRIES = {"Poland", "Russia", "Ukraine", "Belarus", "Bulgaria", "Czechia", "Slovakia"}
_TOKEN = re.compile(r"""\s+|//[^\n]*|/\*.*?\*/|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([A-Za-z_]\w*)|([{}\[\]:,])""",
                    re.S)


@dataclass(frozen=True, slots=True)
class NameD:
    """A name with an optional middle part and the short form friends use (``nick``, may be empty)."""

    first: str
    last: str
    origin: str
    locale: str
    middle: str = ""
    nick: str = ""
    title: str = ""

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


def _ts_object_to_json(src: str) -> dict:
    """The exported object literal of a TypeScript module as data (keys bare or quoted, either quote)."""
    body = src[src.index("{"):src.rindex("}") + 1]
    out, pos = [], 0
    while pos < len(body):
        m = _TOKEN.match(body, pos)
        if not m:
            raise ValueError(f"unexpected text at offset {pos}")
        pos = m.end()
        if m.group(1) is not None:
            out.append(json.dumps(m.group(1)))
        elif m.group(2) is not None:
            out.append(json.dumps(m.group(2).replace("\\'", "'")))
        elif m.group(3):
            out.append(json.dumps(m.group(3)))
        elif m.group(4):
            out.append(m.group(4))
    return json.loads(re.sub(r",\s*([\]}])", r"\1", "".join(out)))


@lru_cache(maxsize=1)
def _tables() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """country -> (male firsts, female firsts, male surnames, female surnames)."""
    git_dir = Path(os.environ.get("DEV_D_NAME_SOURCE", DEFAULT_MIRROR))
    try:
        src = subprocess.run(["git", "-C", str(git_dir), "show", f"{PINNED_COMMIT}:{SOURCE_PATH}"],
                             check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        raise RuntimeError(f"dev_d name source not mirrored at {git_dir} (set DEV_D_NAME_SOURCE)") from exc
    data = _ts_object_to_json(src)

    def clean(names: list[str]) -> tuple[str, ...]:
        return tuple(sorted({n.strip() for n in names if n.strip() and len(n.strip()) > 1}))

    out = {}
    for country in {c for cs in ORIGIN_COUNTRIES.values() for c in cs}:
        male, female = data[country]["male"], data[country]["female"]
        m_last = clean(male["lastNames"])
        f_last = clean(female.get("lastNames") or male["lastNames"])
        if country in _FEMININE_COUNTRIES and "lastNames" not in female:
            f_last = tuple(sorted({_feminine(n) for n in f_last}))
        out[country] = (clean(male["firstNames"]), clean(female["firstNames"]), m_last, f_last)
    return out


def _feminine(surname: str) -> str:
    for masc, fem in _FEMININE:
        if surname.endswith(masc):
            return surname[: -len(masc)] + fem
    return surname


def _nick(first: str, rng: random.Random) -> str:
    """A short form: the first syllable-ish (``Oluwaseun`` -> ``Olu``), ``-y`` forms for Anglo names."""
    plain = first.split()[0]
    if len(plain) < 6:
        return ""
    cut = next((i + 1 for i in range(2, len(plain) - 2) if plain[i].lower() not in "aeiouy"), 3)
    return plain[:cut] + (rng.choice(("", "", "y", "ie")) if plain[cut - 1].lower() not in "aeiouy" else "")


class NameSourceD:
    """Deterministic sampler with the interface of ``_templates_names.NameSource``."""

    def __init__(self, seed: int, with_european: bool = True) -> None:
        self._rng = random.Random(seed)
        self._origins = tuple(ORIGIN_COUNTRIES) if with_european else ORIGINS
        self._tables = _tables()

    def name(self, origin: str | None = None) -> NameD:
        rng = self._rng
        origin = origin or rng.choice(self._origins)
        country = rng.choice(ORIGIN_COUNTRIES[origin])
        male, female, m_last, f_last = self._tables[country]
        is_male = rng.random() < 0.5
        first = rng.choice(male if is_male else female)
        last = rng.choice(m_last if is_male else f_last)
        middle = ""
        roll = rng.random()
        if origin == "hispanic" and roll < 0.3:
            second = rng.choice(m_last)
            last = f"{last} {second}" if second != last else last
        elif origin in ("anglo", "african", "south_asian") and roll < 0.2:
            middle = rng.choice(male if is_male else female)
            middle = "" if middle == first else middle
        title = rng.choice(("Mr", "Mister") if is_male else ("Mrs", "Ms", "Miss")) if rng.random() < 0.7 \
            else rng.choice(("Dr", "Doctor"))
        return NameD(first=first, last=last, origin=origin, locale=country, middle=middle,
                     nick=_nick(first, rng), title=title)
