"""Config sections of the responsible-AI controls: consent, human review and the run report.

Plain pydantic models (no Beam); ``pipeline.config.models.PipelineConfig`` carries one of each.
"""
from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

# Registry states that allow AI training; every other state refuses (fail closed).
DEFAULT_OPT_IN_STATES = ("opted_in", "opt_in", "granted", "allow", "allowed", "yes", "true")
DEFAULT_OPT_OUT_STATES = ("opted_out", "opt_out", "withdrawn", "denied", "deny", "no", "false", "revoked")
_STATE_SEPARATORS = re.compile(r"[\s_\-]+")


def normalize_state(state: str) -> str:
    """A consent state as compared: lowercase, without spaces, hyphens or underscores.

    ``opt_in``, ``opt-in``, ``Opt In`` and ``OPTIN`` are all ``optin``; ``Opted In`` is ``optedin``.
    """
    return _STATE_SEPARATORS.sub("", str(state).strip().lower())


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ConsentConfig(_Section):
    """Who may have their conversations used for AI training (``consent:`` section)."""

    registry: str | None = Field(
        None, description="consent registry file (CSV, JSONL or Parquet of customer_id, consent, updated_at); "
        "None: no consent check")
    unknown_customer: Literal["include", "exclude"] = Field(
        "exclude", description="a customer_id absent from the registry: include or exclude (consent_unknown)")
    missing_customer_id: Literal["include", "exclude"] = Field(
        "exclude", description="a conversation without customer_id: include or exclude (consent_unknown)")
    opt_in_states: tuple[str, ...] = Field(
        DEFAULT_OPT_IN_STATES, min_length=1, description="registry states (case-insensitive) that allow training")
    opt_out_states: tuple[str, ...] = Field(
        DEFAULT_OPT_OUT_STATES, description="registry states that refuse training (reason consent_opted_out); "
        "any other state counts as consent_unknown and is refused")

    @model_validator(mode="after")
    def _disjoint(self) -> "ConsentConfig":
        both = ({normalize_state(s) for s in self.opt_in_states}
                & {normalize_state(s) for s in self.opt_out_states})
        if both:
            raise ValueError(f"states both opt-in and opt-out: {', '.join(sorted(both))}")
        return self


class ReviewConfig(_Section):
    """Human review of uncertain findings and QA sampling (``review:`` section)."""

    policy: Literal["off", "flag", "hold"] = Field(
        "flag", description="uncertain findings: off; flag (redacted, decision 'flagged'); "
        "hold (conversation goes to the review queue instead of training output)")
    band_low: float = Field(0.5, ge=0, le=1, description="lowest score of the uncertainty band (inclusive)")
    band_high: float = Field(0.6, ge=0, le=1, description="score at which findings are certain (exclusive)")
    qa_sample_rate: float = Field(
        0.0, ge=0, le=1, description="share of written conversations also copied to the review queue for "
        "spot checks (deterministic by keyed hash of the conversation id)")
    directory: str | None = Field(
        None, description="review queue folder; None: <output>/review")
    allow_remote: bool = Field(
        False, description="allow the review queue (raw text) on a remote file system (gs://, s3://, ...), "
        "where owner-only permissions cannot be set; without it such a run is refused")

    @model_validator(mode="after")
    def _band(self) -> "ReviewConfig":
        if self.band_low > self.band_high:
            raise ValueError("band_low must not exceed band_high")
        return self


class ReportConfig(_Section):
    """The human-readable run report and drift check (``report:`` section)."""

    html: bool = Field(True, description="write report.html next to report.json")
    drift_threshold: float = Field(
        0.5, gt=0, description="flag an entity type whose rate per 1,000 turns changed by more than this "
        "share against the previous report in the same output folder")
    drift_min_count: int = Field(
        5, ge=0, description="ignore drift for types seen fewer times than this in both runs")
    top_recognizers: int = Field(10, ge=1, le=100, description="recognizers listed in the report")
