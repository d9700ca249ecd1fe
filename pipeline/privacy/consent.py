"""Consent to AI training: the registry (who said yes or no, and when) and the policy that reads it.

Plain Python. The batch and streaming jobs join the registry with conversations on ``customer_id``
(``pipeline.beam.consent``); the library loads it into memory (``ConsentRegistry``). Both decide with
``ConsentPolicy.decide``: the same rules, one implementation. Refusals carry a reason only, never an id
in logs beyond counts.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Iterable, Iterator, Mapping, Protocol

from pipeline.config.controls import ConsentConfig, normalize_state

logger = logging.getLogger(__name__)

REASON_OPTED_OUT = "consent_opted_out"
REASON_UNKNOWN = "consent_unknown"
CUSTOMER_ID_FIELDS = ("customer_id",)
STATE_FIELDS = ("consent", "state", "consent_state", "ai_training")
UPDATED_FIELDS = ("updated_at", "updated", "timestamp")
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


class ConsentRegistryError(ValueError):
    """The registry cannot be read (the job must not run without the consent it was told to honour)."""


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """One registry row: a customer's consent state as of ``updated_at``."""

    customer_id: str
    state: str
    updated_at: datetime


_STATE_LABEL = re.compile(r"^[a-z]+$")
MAX_STATE_LABEL_CHARS = 24
OTHER_STATE = "(other)"


def state_label(state: str) -> str:
    """How an unrecognised state is counted in metrics and reports: the normalized state if it is a
    short word of letters only (a state name), else ``(other)``, so that a registry column holding free
    text (names, notes, numbers) never reaches a counter name or a report."""
    normal = normalize_state(state)
    if normal and len(normal) <= MAX_STATE_LABEL_CHARS and _STATE_LABEL.match(normal):
        return normal
    return OTHER_STATE


def _first(payload: Mapping, names: Iterable[str]):
    for name in names:
        value = payload.get(name)
        if value is not None and value != "":
            return value
    return None


def parse_timestamp(value) -> datetime | None:
    """An ISO-8601 string, a datetime or epoch seconds as an aware UTC datetime; None when unreadable."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(float(value), tz=timezone.utc)
    if isinstance(value, str):
        text = value.strip().replace("Z", "+00:00")
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    return None


def record_from_payload(payload: Mapping) -> ConsentRecord | None:
    """A registry row as a record; None when it has no customer id (a missing timestamp sorts oldest)."""
    customer = _first(payload, CUSTOMER_ID_FIELDS)
    if customer is None:
        return None
    state = _first(payload, STATE_FIELDS)
    updated = parse_timestamp(_first(payload, UPDATED_FIELDS)) or _EPOCH
    return ConsentRecord(str(customer), normalize_state(state if state is not None else ""), updated)


@dataclass(frozen=True, slots=True)
class ConsentPolicy:
    """The rules of the ``consent:`` config section as a pure function of (customer id, latest record)."""

    opt_in: frozenset[str]
    opt_out: frozenset[str]
    include_unknown: bool
    include_missing_id: bool

    @classmethod
    def from_config(cls, config: ConsentConfig) -> "ConsentPolicy":
        return cls(frozenset(normalize_state(s) for s in config.opt_in_states),
                   frozenset(normalize_state(s) for s in config.opt_out_states),
                   config.unknown_customer == "include", config.missing_customer_id == "include")

    def latest(self, records: Iterable[ConsentRecord]) -> ConsentRecord | None:
        """The record with the latest ``updated_at``; on a tie a refusing state wins (fail closed)."""
        return max(records, key=lambda r: (r.updated_at, normalize_state(r.state) not in self.opt_in, r.state),
                   default=None)

    def decide(self, customer_id: str | None, record: ConsentRecord | None) -> str | None:
        """None when the conversation may be used for training, else the drop reason."""
        if customer_id is None or customer_id == "":
            return None if self.include_missing_id else REASON_UNKNOWN
        if record is None:
            return None if self.include_unknown else REASON_UNKNOWN
        state = normalize_state(record.state)  # records built by hand may hold the state as written
        if state in self.opt_in:
            return None
        if state in self.opt_out:
            return REASON_OPTED_OUT
        return REASON_UNKNOWN  # an unrecognised state never counts as consent

    def unrecognized(self, record: ConsentRecord | None) -> str | None:
        """``state_label`` of the record's state when it is neither opt-in nor opt-out, else None."""
        if record is None or normalize_state(record.state) in self.opt_in | self.opt_out:
            return None
        return state_label(record.state)


class ConsentCheck(Protocol):
    """Anything that answers "may this customer's conversation train AI?" with None or a drop reason."""

    def __call__(self, customer_id: str | None) -> str | None: ...


def allow_all(customer_id: str | None) -> str | None:  # noqa: ARG001 - the ConsentCheck signature
    """A check that refuses nobody: for callers whose consent was enforced upstream (the Beam join)."""
    return None


def read_registry(path: str) -> Iterator[ConsentRecord]:
    """Every usable row of a registry file (CSV, JSONL or Parquet; any Beam filesystem).

    Raises:
        ConsentRegistryError: the file cannot be opened or has an unsupported format.
    """
    from pipeline.io.readers import file_format, read_records

    if file_format(path) is None:
        raise ConsentRegistryError(f"consent registry {path}: unsupported format (use .csv, .jsonl or .parquet)")
    skipped = 0
    for raw in read_records(path):
        if raw.payload is None:
            if raw.position is None:
                raise ConsentRegistryError(f"consent registry {path}: cannot read ({raw.error_type})")
            skipped += 1
            continue
        record = record_from_payload(raw.payload)
        if record is None:
            skipped += 1
            continue
        yield record
    if skipped:
        logger.warning("consent registry %s: %d rows without a customer_id skipped", path, skipped)


class ConsentRegistry:
    """The registry in memory (library use; the Beam jobs join instead of loading it whole)."""

    def __init__(self, records: Iterable[ConsentRecord], config: ConsentConfig = ConsentConfig()) -> None:
        grouped: dict[str, list[ConsentRecord]] = {}
        for record in records:
            grouped.setdefault(record.customer_id, []).append(record)
        self.policy = ConsentPolicy.from_config(config)
        self._latest = {cid: self.policy.latest(rs) for cid, rs in grouped.items()}

    @classmethod
    def from_file(cls, path: str, config: ConsentConfig = ConsentConfig()) -> "ConsentRegistry":
        """Load a registry file with the latest state per customer."""
        return cls(read_registry(path), config)

    def __len__(self) -> int:
        return len(self._latest)

    def __call__(self, customer_id: str | None) -> str | None:
        """None when allowed, else ``consent_opted_out`` / ``consent_unknown``."""
        return self.policy.decide(customer_id, self._latest.get(customer_id) if customer_id else None)


def as_check(consent, config: ConsentConfig) -> Callable[[str | None], str | None] | None:
    """Normalise a ``consent`` argument: None (use ``config.registry`` if set), a path, or a callable."""
    if consent is None:
        return ConsentRegistry.from_file(config.registry, config) if config.registry else None
    if isinstance(consent, str) or hasattr(consent, "__fspath__"):
        return ConsentRegistry.from_file(str(consent), config)
    if callable(consent):
        return consent
    raise TypeError("consent must be None, a registry path or a callable(customer_id) -> reason | None")
