"""Which findings are uncertain, which conversations are held or QA-sampled (plain functions)."""
from __future__ import annotations

from typing import Sequence

from pipeline.config.controls import ReviewConfig
from pipeline.privacy.hashing import keyed_hash
from pipeline.privacy.keys import PseudonymKey
from pipeline.records import Finding

POLICY_OFF, POLICY_FLAG, POLICY_HOLD = "off", "flag", "hold"
DECISION_REDACTED = "redacted"
DECISION_FLAGGED = "flagged"  # uncertain, redacted and written, counted for review
DECISION_HELD = "held"  # uncertain, its conversation went to the review queue instead of training
KIND_HOLD, KIND_QA = "hold", "qa_sample"
_QA_HASH_CHARS = 8  # 32 bits of the keyed hash decide the sample


def is_uncertain(finding: Finding, config: ReviewConfig) -> bool:
    """True when the finding's score lies in ``[band_low, band_high)`` and review is on."""
    return config.policy != POLICY_OFF and config.band_low <= finding.score < config.band_high


def uncertain_count(findings: Sequence[Sequence[Finding]], config: ReviewConfig) -> int:
    """How many findings of a conversation are uncertain."""
    return sum(is_uncertain(f, config) for fs in findings for f in fs)


def should_hold(findings: Sequence[Sequence[Finding]], config: ReviewConfig) -> bool:
    """True when policy is ``hold`` and the conversation has an uncertain finding."""
    return config.policy == POLICY_HOLD and uncertain_count(findings, config) > 0


def qa_sampled(key: PseudonymKey, conversation_id: str, rate: float) -> bool:
    """Deterministic QA sample: the keyed hash of the id, read as a fraction, falls below ``rate``."""
    if rate <= 0:
        return False
    fraction = int(keyed_hash(key, "qa_sample", conversation_id, _QA_HASH_CHARS), 16) / 16 ** _QA_HASH_CHARS
    return fraction < rate


def finding_decision(finding: Finding, config: ReviewConfig, held: bool) -> str:
    """The audit decision of a kept finding: redacted, flagged or held."""
    if not is_uncertain(finding, config):
        return DECISION_REDACTED
    return DECISION_HELD if held else DECISION_FLAGGED
