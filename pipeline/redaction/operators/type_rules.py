"""When the detected type and the text disagree, or types conflict, the safer operator wins.

A surrogate imitates the shape its type promises: a person surrogate re-renders name words only, so a
house number or a ZIP inside a span typed PERSON would pass through it. ``SHAPE_RULES`` lists the
shapes that contradict a type; a value that matches one gets the rule's safer operator instead of a
surrogate. ``safest_operator`` picks the operator for a value several findings of different types claim.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from recognizers import entities as E

from pipeline.redaction.operators.guard import WORD_CLASSES
from recognizers.start_set import compile_fast

# Most protective first: an operator that keeps nothing of the value beats one that imitates it.
OPERATOR_SAFETY = ("drop_conversation", "drop_turn", "tag", "mask", "hash", "encrypt", "date_shift", "surrogate")
VALUE_SHAPED = frozenset({"surrogate", "date_shift"})
NUMBER_TYPES = frozenset({E.PHONE_NUMBER, E.CREDIT_CARD, E.US_SSN, E.ZIP_CODE, E.ACCOUNT_NUMBER, E.AUTH_CODE,
                          E.IBAN_CODE, E.IP_ADDRESS})
# Street-type and unit words that are not also common titles ("Dr", "St" stay out).
_ADDRESS_WORDS = frozenset(WORD_CLASSES[0] + WORD_CLASSES[1] + WORD_CLASSES[2]) | {"rd", "ln", "ct", "po"}
_WORDS = compile_fast(r"[^\W\d_]+", re.UNICODE)
_EMAIL = compile_fast(r"@|\s(?:at)\s.+\s(?:dot)\s", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ShapeRule:
    """A shape that contradicts an entity type, and the operator that replaces the surrogate then."""

    name: str
    entity_types: frozenset[str]
    matches: Callable[[str], bool]
    operator: str


def _has_digit(value: str) -> bool:
    return any(map(str.isdigit, value))


def _address_words(value: str) -> bool:
    words = [w.casefold() for w in _WORDS.findall(value)]
    return len(words) > 1 and any(w in _ADDRESS_WORDS for w in words[1:])


SHAPE_RULES: tuple[ShapeRule, ...] = (
    # "1842 Lotus Court, CA 95112" typed PERSON: name words would be replaced, every digit kept.
    ShapeRule("person_with_digits", frozenset({E.PERSON}), _has_digit, "tag"),
    ShapeRule("person_with_street_words", frozenset({E.PERSON}), _address_words, "tag"),
    ShapeRule("person_with_email", frozenset({E.PERSON}), lambda v: bool(_EMAIL.search(v)), "tag"),
)


def shape_rule(entity_type: str, value: str) -> ShapeRule | None:
    """The first rule whose shape contradicts ``entity_type`` for ``value`` (None: the type fits)."""
    for rule in SHAPE_RULES:
        if entity_type in rule.entity_types and rule.matches(value):
            return rule
    return None


def operator_family(name: str) -> str:
    """``surrogate`` for ``surrogate.v2``."""
    return name.split(".", 1)[0]


def safest_operator(operator_by_type: dict[str, str]) -> str:
    """The most protective operator among the types that claim one value; disagreeing types get a tag.

    Args:
        operator_by_type: Entity type -> the versioned operator the policy gives it.

    Returns:
        A versioned name, or the bare ``tag`` when several types claim the value and the most protective
        of their operators imitates a value (a surrogate of either type could keep parts of the other).
    """
    best = min(operator_by_type.values(), key=lambda n: OPERATOR_SAFETY.index(operator_family(n)))
    if operator_family(best) in VALUE_SHAPED and len(operator_by_type) > 1:
        return "tag"
    return best
