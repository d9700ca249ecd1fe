"""Surrogate pools (names by origin group, street and domain words), parsed once at import."""
from __future__ import annotations

import json
from importlib import resources

_DATA = json.loads(resources.files("pipeline.redaction.operators").joinpath("data/surrogate_pools.json").read_text("utf-8"))

NAME_GROUPS: tuple[str, ...] = tuple(sorted(_DATA["groups"]))
FIRST_NAMES: dict[str, tuple[str, ...]] = {g: tuple(_DATA["groups"][g]["first"]) for g in NAME_GROUPS}
LAST_NAMES: dict[str, tuple[str, ...]] = {g: tuple(_DATA["groups"][g]["last"]) for g in NAME_GROUPS}
KNOWN_FIRST: frozenset[str] = frozenset(n.casefold() for n in _DATA["known_first"])
KNOWN_LAST: frozenset[str] = frozenset(n.casefold() for n in _DATA["known_last"])
STREET_WORDS: tuple[str, ...] = tuple(_DATA["street_words"])
DOMAIN_WORDS: tuple[str, ...] = tuple(_DATA["domain_words"])
POOLS_BY_ROLE: dict[str, dict[str, tuple[str, ...]]] = {"first": FIRST_NAMES, "last": LAST_NAMES}
del _DATA
