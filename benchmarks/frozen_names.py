"""Person names for the FROZEN test split, from sources never used for our lexicon or surrogate pools.

Our name lexicon (``recognizers/data/names.tsv``) and surrogate pools (``pipeline/.../build_pools.py``) are
built from Faker's per-locale person providers plus small curated lists. The frozen test split holds out
whole sources instead, read from public repositories mirrored by the search toolset's ``fetch`` (the data is
never committed; the generated test split is):

* ``sigpwned/popular-names-by-country-dataset`` @ ``eb62e13d4d62`` (CC0 1.0): most common forenames and
  surnames per country, scraped from Wikipedia's "List of most popular given names" and "Lists of most
  common surnames" (July 2023), with romanizations. Faker's lists come from other compilations per locale;
  a name can be in both (``Maria``, ``Wang``) because both describe the same populations, but no list of
  this source was ever read by the project before this split.
* ``cyberkillua/nigerian-name-generator`` @ ``6f86ef2fdd2d`` (ISC, per its package.json): 373 Nigerian
  (Yoruba, Igbo, Hausa, Edo, ...) names, 316 marked as usable as surnames. The first source has no African
  surnames.

Origin groups are coarse and exist only to see whether recall depends on where a name comes from. Names
are paired within a country where the source has both lists, else within the group. Arabic-speaking
countries have forenames only: the surname is a patronymic (a male forename of that country, as in
``Youssef Ibrahim``) or an ``Al-`` family name built on one (``Al-Hassan``), both common forms.
"""
from __future__ import annotations

import csv
import io
import random
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

MIRROR = Path("/work/.mirror")
SOURCES = {
    "popular_names": {"repo": "sigpwned/popular-names-by-country-dataset",
                      "commit": "eb62e13d4d62dd96cdfae79d293a02066352205f", "licence": "CC0-1.0"},
    "nigerian_names": {"repo": "cyberkillua/nigerian-name-generator",
                       "commit": "6f86ef2fdd2d912dd387a4d285bcf14b9fce9fca", "licence": "ISC"},
}

GROUP_COUNTRIES: dict[str, tuple[str, ...]] = {
    "anglo": ("GB", "US", "IE", "AU", "NZ", "CA"),
    "hispanic": ("MX", "ES", "AR", "CL", "CO", "PE", "CU", "DO", "SV", "GT", "CR", "PY", "VE", "EC", "BO",
                 "PA", "PR", "UY"),
    "western_european": ("DE", "FR", "IT", "NL", "BE", "PT", "AT", "CH", "LU", "DK", "NO", "FI", "IS"),
    "slavic": ("RU", "UA", "PL", "CZ", "SK", "HR", "BA", "MK", "BG", "SI", "RS", "BY", "ME"),
    "south_asian": ("IN", "PK", "NP", "BD", "LK"),
    "east_asian": ("CN", "TW", "JP", "KR"),
    "southeast_asian": ("PH", "MY"),
    "west_central_asian": ("TR", "AZ", "KZ", "GE", "AM"),
    "arabic": ("EG", "SA", "AE", "JO", "KW", "LB", "LY", "MA", "DZ", "TN", "IQ"),
    "african": ("NG",),
}
FROZEN_ORIGINS: tuple[str, ...] = tuple(GROUP_COUNTRIES)
# Scripts whose romanizations carry tone marks or macrons nobody types in a chat ("Ruòxī", "Satō").
_FOLD_ALWAYS = {"CN", "TW", "JP", "KR", "VN"}
_PARTICLE_FORM = re.compile(r"^(?:[A-Za-z]+ )?[^\W\d_]+(?:[-' ][^\W\d_]+)*$")
_NAME = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*$")


def _git_show(repo: str, commit: str, path: str, mirror: Path) -> str:
    git_dir = mirror / repo.replace("/", "+") / "repo"
    if not git_dir.exists():
        raise FileNotFoundError(f"{git_dir} missing: fetch github:{repo} with the search toolset first")
    done = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                          capture_output=True, check=True)
    return done.stdout.decode("utf-8-sig")


def fold(text: str) -> str:
    """Strip diacritics (``Satō`` -> ``Sato``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Pools:
    """Forenames (with gender) and surnames per country."""

    forenames: dict[str, list[tuple[str, str]]]
    surnames: dict[str, list[str]]


def _clean(name: str, country: str) -> list[str]:
    out = []
    for variant in name.split("/"):
        variant = re.sub(r"\s+", " ", variant.strip())
        if country in _FOLD_ALWAYS:
            variant = fold(variant)
        if len(variant) >= 2 and _PARTICLE_FORM.match(variant) and not variant.isupper():
            out.append(variant)
    return out


def load_pools(mirror: Path = MIRROR) -> Pools:
    """Read both sources from the mirror at their pinned commits."""
    src = SOURCES["popular_names"]
    forenames: dict[str, list[tuple[str, str]]] = {}
    for row in csv.DictReader(io.StringIO(_git_show(src["repo"], src["commit"],
                                                    "common-forenames-by-country.csv", mirror))):
        for name in _clean(row["Romanized Name"], row["Country"]):
            if (name, row["Gender"]) not in forenames.setdefault(row["Country"], []):
                forenames[row["Country"]].append((name, row["Gender"]))
    surnames: dict[str, list[str]] = {}
    for row in csv.DictReader(io.StringIO(_git_show(src["repo"], src["commit"],
                                                    "common-surnames-by-country.csv", mirror))):
        for name in _clean(row["Romanized Name"], row["Country"]):
            if name not in surnames.setdefault(row["Country"], []):
                surnames[row["Country"]].append(name)
    src = SOURCES["nigerian_names"]
    text = _git_show(src["repo"], src["commit"], "names.js", mirror)
    entries = re.findall(r'name:\s*"([^"]+)",\s*canBeLastName:\s*(true|false)', text)
    forenames["NG"] = [(n, "U") for n, _ in entries if _NAME.match(n)]
    surnames["NG"] = [n for n, last in entries if last == "true" and _NAME.match(n)]
    return Pools(forenames, surnames)


@dataclass(frozen=True, slots=True)
class FrozenName:
    """A name of the frozen split: ``first`` (may hold two words), optional ``middle``, ``last`` (may hold
    a particle: ``van Dijk``, ``binti Ahmad``)."""

    first: str
    last: str
    origin: str
    country: str
    middle: str = ""

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


class FrozenNameSource:
    """Deterministic sampler over the held-out sources."""

    def __init__(self, seed: int, pools: Pools | None = None) -> None:
        self._rng = random.Random(seed)
        self.pools = pools or load_pools()
        self._countries = {g: [c for c in cs if self.pools.forenames.get(c)]
                           for g, cs in GROUP_COUNTRIES.items()}

    def _surname(self, origin: str, country: str, rng: random.Random) -> str:
        if origin == "arabic":
            males = [n for n, g in self.pools.forenames[country] if g == "M" and " " not in n]
            base = rng.choice(males)
            return f"Al-{base}" if country in ("SA", "AE", "KW", "JO", "IQ") and rng.random() < 0.4 else base
        if country == "MY":
            return None  # handled by the caller (bin / binti)
        own = self.pools.surnames.get(country)
        if own:
            return rng.choice(own)
        pool = [s for c in GROUP_COUNTRIES[origin] for s in self.pools.surnames.get(c, [])]
        return rng.choice(pool)

    def name(self, origin: str | None = None, *, middle: bool = False) -> FrozenName:
        """One name; ``origin=None`` picks a group uniformly. ``middle``: add a second given name."""
        rng = self._rng
        origin = origin or rng.choice(FROZEN_ORIGINS)
        country = rng.choice(self._countries[origin])
        first, gender = rng.choice(self.pools.forenames[country])
        if country == "MY":
            father = rng.choice([n for n, g in self.pools.forenames[country] if g == "M" and " " not in n])
            last = f"{'binti' if gender == 'F' else 'bin'} {father}"
        else:
            last = self._surname(origin, country, rng)
        mid = ""
        if middle and " " not in first:
            others = [n for n, g in self.pools.forenames[country] if n != first and " " not in n]
            mid = rng.choice(others)
        return FrozenName(first=first, last=last, origin=origin, country=country, middle=mid)
