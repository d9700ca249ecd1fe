"""The ``redaction:`` section of the config: which operator each entity type gets, and its settings.

The key itself never appears here; ``key_file`` is only a path (see ``pipeline.privacy.keys``).
"""
from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from recognizers import entities as E

from pipeline.config.operator_names import resolve_operator_name

ENTITY_NAME_PATTERN = re.compile(r"^[A-Z][A-Z0-9_]*$")

# The training-data policy: realistic surrogates keep text natural; a date keeps its year (``date``,
# ``date_of_birth``).
DEFAULT_ENTITY_OPERATORS: dict[str, str] = {
    E.PERSON: "surrogate.v2",
    E.PHONE_NUMBER: "surrogate.v2",
    E.EMAIL_ADDRESS: "surrogate.v2",
    E.CREDIT_CARD: "surrogate.v2",
    E.US_SSN: "surrogate.v2",
    E.DATE_OF_BIRTH: "date_shift.v2",
    E.DATE: "date_shift.v2",
    E.STREET_ADDRESS: "surrogate.v2",
    E.ZIP_CODE: "surrogate.v2",
    E.ACCOUNT_NUMBER: "surrogate.v2",
    E.AUTH_CODE: "surrogate.v2",
    E.IBAN_CODE: "surrogate.v2",
    E.IP_ADDRESS: "surrogate.v2",
}


class DateShiftPolicy(BaseModel):
    """How dates move: one keyed offset per conversation (or customer), never zero."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_days: int = Field(90, ge=1, le=3650, description="offsets are drawn from [-max_days, -1] and [1, max_days]")
    per: Literal["conversation", "customer"] = Field(
        "conversation", description="one offset per conversation, or per customer_id (falls back to the "
        "conversation when a record has no customer_id)")


class RedactionPolicy(BaseModel):
    """How detected values are replaced (the ``redaction:`` config section)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    default_operator: str = Field(
        "tag.v1", description="operator for entity types not listed in `operators`")
    operators: dict[str, str] = Field(
        default_factory=lambda: dict(DEFAULT_ENTITY_OPERATORS),
        description="entity type -> operator name (tag, mask, hash, surrogate, encrypt, date_shift, drop_turn, "
        "drop_conversation; optionally versioned, e.g. surrogate.v2); entries merge over the defaults")
    scope: Literal["conversation", "dataset"] = Field(
        "conversation", description="pseudonym consistency: within one conversation (unlinkable across "
        "conversations) or across the whole dataset (needs a persistent key)")
    date_shift: DateShiftPolicy = Field(default_factory=DateShiftPolicy, description="date shifting settings")
    date_of_birth: Literal["shift", "year", "year_only"] = Field(
        "year", description="DATE_OF_BIRTH under date_shift: shift like other dates; `year`: keep only the "
        "year (month/day re-drawn, same format); `year_only`: replace the date by its year")
    date: Literal["shift", "year", "year_only"] = Field(
        "year", description="a date without birth context (DATE, and any type given date_shift) under "
        "date_shift.v2: `year`: keep only the year (month/day re-drawn, same format); `year_only`: replace the "
        "date by its year; `shift`: move it by the keyed offset (intervals kept, its month and year may stay)")
    date_fallback: Literal["surrogate", "tag"] = Field(
        "surrogate", description="an unparseable date: digits re-drawn keeping its shape (tag if it has none), "
        "or a tag")
    tag_numbering: bool = Field(
        True, description="number tags per conversation by first appearance (<PERSON_1>); name variants share one")
    mask_char: str = Field("*", min_length=1, max_length=1, description="character that replaces masked characters")
    mask_keep_last: int = Field(0, ge=0, le=4, description="mask: trailing letters/digits left visible")
    hash_length: int = Field(16, ge=8, le=64, description="hex characters kept of the keyed HMAC-SHA256")
    key_file: str | None = Field(
        None, description="path of the pseudonym key file (the key itself never goes in YAML; "
        "PII_PIPELINE_KEY in the environment also works)")

    @field_validator("default_operator")
    @classmethod
    def _check_default(cls, name: str) -> str:
        return resolve_operator_name(name)

    @field_validator("operators", mode="before")
    @classmethod
    def _merge_operators(cls, value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        merged = dict(DEFAULT_ENTITY_OPERATORS)
        merged.update(value)
        return merged

    @field_validator("operators")
    @classmethod
    def _check_operators(cls, value: dict[str, str]) -> dict[str, str]:
        resolved = {}
        for entity, name in value.items():
            if not ENTITY_NAME_PATTERN.match(entity):
                raise ValueError(f"entity type {entity!r} must be UPPER_SNAKE_CASE")
            resolved[entity] = resolve_operator_name(name)
        return resolved

    def operator_for(self, entity_type: str) -> str:
        """The versioned operator name for an entity type (the default operator when unlisted)."""
        return self.operators.get(entity_type, self.default_operator)


def policy_requires_real_key(policy: RedactionPolicy) -> bool:
    """True when a random per-run key would break the policy's promise (dataset scope, reversible encryption)."""
    if policy.scope == "dataset":
        return True
    names = set(policy.operators.values()) | {policy.default_operator}
    return any(name.startswith("encrypt.") for name in names)
