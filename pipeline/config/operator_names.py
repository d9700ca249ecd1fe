"""Operator names: every operator is published under a versioned name that never changes behaviour.

A behaviour change gets a new version (``surrogate.v2``); the bare name (``surrogate``) is an alias for the
current version, resolved when the config is loaded so outputs always record the versioned name.
"""
from __future__ import annotations

# bare name -> current versioned name
CURRENT_VERSIONS: dict[str, str] = {
    "tag": "tag.v1",
    "mask": "mask.v1",
    "hash": "hash.v1",
    "surrogate": "surrogate.v2",
    "encrypt": "encrypt.v1",
    "date_shift": "date_shift.v2",
    "drop_turn": "drop_turn.v1",
    "drop_conversation": "drop_conversation.v1",
}
# Earlier versions stay published (and behave as they always did) for configs that name them.
SUPERSEDED_VERSIONS: frozenset[str] = frozenset({
    "surrogate.v1",   # kept digits a PERSON span held, random initials, impossible fallback dates
    "date_shift.v1",  # date of birth could keep its day; unparseable dates got digits re-drawn
})
PUBLISHED_NAMES: frozenset[str] = frozenset(CURRENT_VERSIONS.values()) | SUPERSEDED_VERSIONS


def resolve_operator_name(name: str) -> str:
    """The versioned name for ``name`` (bare or versioned); raises ValueError naming the choices."""
    cleaned = name.strip() if isinstance(name, str) else name
    if cleaned in PUBLISHED_NAMES:
        return cleaned
    if cleaned in CURRENT_VERSIONS:
        return CURRENT_VERSIONS[cleaned]
    choices = ", ".join(sorted(CURRENT_VERSIONS) + sorted(PUBLISHED_NAMES))
    raise ValueError(f"unknown operator {name!r}; choose one of: {choices}")
