"""Person names for the second FROZEN split (``frozen_b``), from two sources no other part of the project reads.

Lexicon and surrogate pools come from Faker, the name model is trained on Faker, faker-js and FakerPHP,
``dev_c`` reads name-forge, ``dev_d`` datamasterpro, the first frozen split popular-names-by-country and
nigerian-name-generator, mimesis is the name model's held-out set (``benchmarks/data/NAME_SOURCES.md``).
``frozen_b`` holds out two further whole sources, read at generation time from local mirrors made by the
search toolset's ``fetch`` (only the generated split is committed, see ``data/frozen_b_PROVENANCE.md``):

* ``poqueque/random_name_generator`` @ ``db0dc0b9cc53`` (BSD-3-Clause; the Dart package
  ``random_name_generator``): about 100 forenames per sex and 100 surnames for each of 29 zones
  (``lib/src/zones/*.dart``), "the most common names" of each zone.
* ``ZpowerOficial/my-football-career-sim-community`` @ ``8c2875879214`` (MIT): the name tables of a
  football career game (``constants/names/*.ts``): 300 forenames per sex and 300 surnames per nationality
  group, plus Chinese, Indian and Southeast Asian tables (the latter split by country in comments).

Names are paired within one table of one source (a zone, or a country section of the Southeast Asian
table), never across sources. Mixed tables are left out where the group would be unclear (South Africa,
Brazil, Israel, Romania; the game's "global", Portuguese, Greek, Fijian, Pacific and Lusophone tables).
Origin groups are the ten of the first frozen split (``frozen_names.FROZEN_ORIGINS``).
"""
from __future__ import annotations

import random
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from benchmarks.frozen_names import FROZEN_ORIGINS, FrozenName, fold

MIRROR = Path("/work/.mirror")
SOURCES = {
    "random_name_generator": {"repo": "poqueque/random_name_generator",
                              "commit": "db0dc0b9cc534cf16d1aa12c53d5284b8961d733", "licence": "BSD-3-Clause",
                              "paths": "lib/src/zones/*.dart"},
    "football_career_names": {"repo": "ZpowerOficial/my-football-career-sim-community",
                              "commit": "8c2875879214d6aaf1bc9a053170bb25752cfaaf", "licence": "MIT",
                              "paths": "constants/names/*.ts"},
}
# origin group -> zones of random_name_generator (file stems; the Afghanistan file is spelled that way)
ZONES: dict[str, tuple[str, ...]] = {
    "anglo": ("uk", "us", "canada"), "hispanic": ("spain", "catalonia"),
    "western_european": ("france", "germany", "austria", "belgium", "switzerland", "italy", "finland"),
    "slavic": ("poland", "russia", "ukraine"), "south_asian": ("india",), "east_asian": ("china", "japan"),
    "southeast_asian": (), "west_central_asian": ("turkey", "iran", "afhganistan"),
    "arabic": ("egypt", "saudi_arabia"), "african": ("uganda", "zimbabwe"),
}
# origin group -> tables of the football game (suffix of FIRST_NAMES_<X>, FIRST_NAMES_FEMALE_<X>, LAST_NAMES_<X>)
TABLES: dict[str, tuple[str, ...]] = {
    "anglo": ("ENGLISH",), "hispanic": ("SPANISH", "ARGENTINIAN"),
    "western_european": ("GERMAN", "ITALIAN", "FRENCH", "DUTCH", "SCANDINAVIAN"),
    "slavic": ("EASTERN_EUROPEAN",), "south_asian": ("INDIAN",), "east_asian": ("CHINESE", "JAPANESE", "KOREAN"),
    "southeast_asian": ("SOUTHEAST_ASIAN",), "west_central_asian": ("TURKISH",), "arabic": ("ARABIC",),
    "african": ("AFRICAN",),
}
assert tuple(ZONES) == tuple(TABLES) == FROZEN_ORIGINS
SPLIT_BY_COMMENT = ("SOUTHEAST_ASIAN",)  # tables whose comment lines name the country of the next names
_NAME = re.compile(r"^[^\W\d_]+(?:[-' ][^\W\d_]+)*$")
_STRING = re.compile(r"\"([^\"]+)\"|'([^']+)'")


def _git(repo: str, mirror: Path, *args: str) -> str:
    git_dir = mirror / repo.replace("/", "+") / "repo"
    if not git_dir.exists():
        raise FileNotFoundError(f"{git_dir} missing: fetch github:{repo} with the search toolset first")
    done = subprocess.run(["git", "--git-dir", str(git_dir), *args], capture_output=True, check=True)
    return done.stdout.decode("utf-8-sig")


def _strings(body: str) -> list[str]:
    return [a or b for a, b in _STRING.findall(body)]


def _usable(names: list[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        name = re.sub(r"\s+", " ", name.strip())
        if len(name) >= 2 and _NAME.match(name) and not name.isupper() and name not in out:
            out.append(name)
    return out


@dataclass(frozen=True, slots=True)
class Table:
    """Forenames (with sex) and surnames that belong together: one zone, one country section."""

    key: str  # "<source>:<table>" (recorded as the utterance's ``country``)
    origin: str
    forenames: tuple[tuple[str, str], ...]
    surnames: tuple[str, ...]


def _zone_tables(mirror: Path) -> list[Table]:
    src = SOURCES["random_name_generator"]
    tables = []
    for origin, zones in ZONES.items():
        for zone in zones:
            text = _git(src["repo"], mirror, "show", f"{src['commit']}:lib/src/zones/{zone}.dart")
            lists = {k: _usable(_strings(m.group(1))) for k in ("surnames", "namesM", "namesW")
                     for m in [re.search(k + r"\s*=\s*\[(.*?)\];", text, re.S)] if m}
            forenames = tuple([(n, "M") for n in lists["namesM"]] + [(n, "F") for n in lists["namesW"]])
            tables.append(Table(f"rng:{zone}", origin, forenames, tuple(lists["surnames"])))
    return tables


def _sections(body: str) -> dict[str, list[str]]:
    """Names of a table by the first word of the comment line above them (``// Thai names`` -> thai)."""
    out: dict[str, list[str]] = {}
    key = ""
    for line in body.splitlines():
        comment = re.match(r"\s*//\s*(\w+)", line)
        if comment:
            key = comment.group(1).lower()
        out.setdefault(key, []).extend(_strings(line.split("//")[0]))
    return out


def _game_tables(mirror: Path) -> list[Table]:
    src = SOURCES["football_career_names"]
    files = _git(src["repo"], mirror, "ls-tree", "--name-only", src["commit"], "constants/names/").split()
    bodies: dict[str, str] = {}
    for path in files:
        text = _git(src["repo"], mirror, "show", f"{src['commit']}:{path}")
        for m in re.finditer(r"export const (\w+)\s*=\s*\[(.*?)\];", text, re.S):
            bodies[m.group(1)] = m.group(2)
    tables = []
    for origin, names in TABLES.items():
        for name in names:
            parts = (bodies[f"FIRST_NAMES_{name}"], bodies[f"FIRST_NAMES_FEMALE_{name}"], bodies[f"LAST_NAMES_{name}"])
            if name in SPLIT_BY_COMMENT:
                male, female, last = (_sections(p) for p in parts)
                keys = [k for k in last if k and k in male and k in female]
            else:
                male, female, last = ({"": _strings(p)} for p in parts)
                keys = [""]
            for key in keys:
                forenames = [(n, "M") for n in _usable(male[key])] + [(n, "F") for n in _usable(female[key])]
                tag = f"game:{name.lower()}" + (f"/{key}" if key else "")
                tables.append(Table(tag, origin, tuple(forenames), tuple(_usable(last[key]))))
    return tables


def load_tables(mirror: Path = MIRROR) -> list[Table]:
    """Every table of both sources at their pinned commits."""
    return [t for t in _zone_tables(mirror) + _game_tables(mirror) if t.forenames and t.surnames]


class FrozenBNameSource:
    """Deterministic sampler: a group, then one of its tables, then a forename and a surname of that table."""

    def __init__(self, seed: int, tables: list[Table] | None = None) -> None:
        self._rng = random.Random(seed)
        self.tables = tables if tables is not None else load_tables()
        self._by_origin = {o: [t for t in self.tables if t.origin == o] for o in FROZEN_ORIGINS}
        missing = [o for o, ts in self._by_origin.items() if not ts]
        if missing:
            raise ValueError(f"no name table for origin groups {missing}")

    def name(self, origin: str | None = None, *, middle: bool = False) -> FrozenName:
        """One name; ``origin=None`` picks a group uniformly. ``middle``: add a second given name."""
        return self.pick(origin, middle=middle)[0]

    def pick(self, origin: str | None = None, *, middle: bool = False) -> tuple[FrozenName, str]:
        """A name and the sex its table gives the forename (``M`` / ``F``)."""
        rng = self._rng
        origin = origin or rng.choice(FROZEN_ORIGINS)
        table = rng.choice(self._by_origin[origin])
        first, sex = rng.choice(table.forenames)
        last = rng.choice(table.surnames)
        while fold(last).lower() == fold(first).lower():  # "Kato Kato": the same word twice
            last = rng.choice(table.surnames)
        mid = ""
        if middle and " " not in first:
            same_sex = [n for n, s in table.forenames if s == sex and n != first and " " not in n]
            mid = rng.choice(same_sex) if same_sex else ""
        return FrozenName(first=first, last=last, origin=origin, country=table.key, middle=mid), sex
