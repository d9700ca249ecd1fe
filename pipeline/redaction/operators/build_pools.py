"""Regenerate ``data/surrogate_pools.json`` from Faker's per-locale providers (dev-time only).

Run ``.venv/bin/python -m pipeline.redaction.operators.build_pools``. Faker is a dev dependency: the pipeline reads
the JSON file and never imports Faker at run time. Names are grouped by origin and every group gets the
same number of names, so surrogates do not drift toward one culture; names are reduced to ASCII letters
because ASR transcripts and most chat logs are written that way.
"""
from __future__ import annotations

import importlib
import json
import unicodedata
from pathlib import Path

OUTPUT = Path(__file__).with_name("data") / "surrogate_pools.json"
NAMES_PER_GROUP = 120  # equal share per group; every group has at least this many usable names
MIN_LEN, MAX_LEN = 3, 11

# origin group -> Faker locales (Latin-script lists, or romanized lists where Faker has them)
GROUPS: dict[str, tuple[str, ...]] = {
    "anglo": ("en_US", "en_GB"),
    "hispanic": ("es_MX", "es_ES"),
    "south_asian": ("en_IN",),
    "muslim_south_asian": ("en_PK",),
    "west_african": ("yo_NG", "ig_NG", "ha_NG", "tw_GH"),
    "east_southern_african": ("sw", "zu_ZA", "en_KE"),
    "east_asian": ("zh_CN", "ja_JP"),
    "continental_european": ("de_DE", "fr_FR", "it_IT", "pl_PL", "pt_BR"),
    "southeast_asian": ("id_ID", "vi_VN"),
    "turkic": ("tr_TR", "az_AZ"),
}
FIRST_ATTRS = ("first_romanized_names", "first_names_female", "first_names_male", "first_names")
LAST_ATTRS = ("last_romanized_names", "last_names", "unisex_last_names", "last_names_male")

STREET_WORDS = (
    "Oak", "Maple", "Cedar", "Pine", "Elm", "Birch", "Willow", "Walnut", "Chestnut", "Spruce", "Hickory",
    "Magnolia", "Laurel", "Aspen", "Juniper", "Sycamore", "Poplar", "Cypress", "Dogwood", "Holly",
    "Park", "Lake", "Hill", "River", "Forest", "Meadow", "Valley", "Ridge", "Spring", "Sunset", "Highland",
    "Church", "Mill", "Market", "Bridge", "Harbor", "Garden", "Orchard", "Prairie", "Canyon", "Summit",
    "Washington", "Lincoln", "Jefferson", "Madison", "Franklin", "Jackson", "Adams", "Monroe", "Hamilton",
    "Grant", "Lafayette", "Union", "Liberty", "Center", "Main", "Broad", "High", "College", "Academy",
    "Railroad", "Depot", "Station", "Mission", "Vista", "Alder", "Beech", "Linden", "Rosewood", "Fairview",
    "Greenwood", "Brookside", "Lakeview", "Riverside", "Hillcrest", "Woodland", "Kingston", "Windsor",
    "Cambridge", "Oxford", "Prospect", "Pleasant", "Water", "Front", "Bay", "Ocean", "Shore", "Harbour",
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
)
DOMAIN_WORDS = (
    "northwind", "bluepeak", "brightline", "cedarworks", "clearwater", "copperleaf", "evergreen", "fairhaven",
    "granite", "harborview", "ironbridge", "lakeshore", "lumen", "meridian", "oakridge", "pinecrest",
    "quarry", "redstone", "riverbend", "silverline", "stonegate", "summit", "sunfield", "trailhead",
    "westbrook", "willowby", "amberly", "birchwood", "crestline", "driftwood", "elmstead", "foxglove",
)


# Letters NFKD does not decompose to ASCII; without these, "Münəvvər" folded to the unreadable "Munvvr".
_TRANSLITERATE = str.maketrans({"ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o",
                                "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "ß": "ss", "æ": "ae", "Æ": "Ae",
                                "œ": "oe", "Œ": "Oe", "þ": "th", "ð": "d"})


def _ascii_name(raw: str) -> str | None:
    stripped = raw.strip().translate(_TRANSLITERATE)
    if " " in stripped:
        return None  # compound names would break the token-wise first/last mapping
    base = "".join(c for c in unicodedata.normalize("NFKD", stripped) if not unicodedata.combining(c))
    folded = base.encode("ascii", "ignore").decode()
    if folded != base:
        return None  # a letter with no ASCII form would vanish and leave a non-name
    if not folded.isalpha() or not MIN_LEN <= len(folded) <= MAX_LEN:
        return None
    return folded[:1].upper() + folded[1:].lower()


def _collect(locales: tuple[str, ...], attrs: tuple[str, ...]) -> list[str]:
    names: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in attrs:
            for raw in getattr(provider, attr, ()) or ():
                name = _ascii_name(str(raw))
                if name:
                    names.add(name)
            if attr.startswith(("first_romanized", "last_romanized")) and getattr(provider, attr, None):
                break  # a romanized list means the plain list is in another script
    return sorted(names)


def _spread(names: list[str], count: int) -> list[str]:
    """``count`` names spread evenly over the sorted list (deterministic, no RNG)."""
    if len(names) <= count:
        return names
    step = len(names) / count
    return [names[int(i * step)] for i in range(count)]


def build() -> dict:
    groups = {}
    known_first: set[str] = set()
    known_last: set[str] = set()
    for group, locales in GROUPS.items():
        first = _collect(locales, FIRST_ATTRS)
        last = _collect(locales, LAST_ATTRS)
        known_first.update(first)
        known_last.update(last)
        groups[group] = {"first": _spread(first, NAMES_PER_GROUP), "last": _spread(last, NAMES_PER_GROUP)}
    # Full lists (not only the balanced pools) tell whether a lone name is more likely a first or a last name.
    return {"version": 1, "source": "faker per-locale person providers", "groups": groups,
            "known_first": sorted(known_first), "known_last": sorted(known_last),
            "street_words": list(STREET_WORDS), "domain_words": list(DOMAIN_WORDS)}


def main() -> None:
    data = build()
    OUTPUT.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    for group, pools in data["groups"].items():
        print(f"{group}: {len(pools['first'])} first, {len(pools['last'])} last")


if __name__ == "__main__":
    main()
