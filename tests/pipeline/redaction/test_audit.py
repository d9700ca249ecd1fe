"""Audit rows: reasons, operators and decisions for redacted / flagged / held findings; no original values."""
import copy
import hashlib

import pytest

from recognizers.entities import ALL_REASONS

from pipeline.config.controls import ReviewConfig
from pipeline.privacy.hashing import keyed_hash
from pipeline.privacy.keys import parse_key_text
from pipeline.redaction.process import OUTCOME_HELD, OUTCOME_WRITTEN, audit_rows, process_batch
from pipeline.records import Conversation, Turn

CANARIES = ("Zorbulon Quexley", "zorbulon.quexley@example.com", "(415) 555-0177", "4111 1111 1111 1111")
CANARY_PARTS = ("Zorbulon", "Quexley", "zorbulon.quexley", "555-0177", "4111")
KNOWN_REASONS = ALL_REASONS | {"reviewer"}
CONVERSATION = Conversation("audit-1", (
    Turn("agent", "Can I have your full name please?"),
    Turn("customer", f"Sure, it's {CANARIES[0]}. Email {CANARIES[1]}, phone {CANARIES[2]}."),
    Turn("agent", f"Thanks {CANARIES[0].split()[0]}. And the card?"),
    Turn("customer", f"Card {CANARIES[3]}."),
), customer_id="cust-audit")


def _with_review(redactor, review: ReviewConfig):
    r = copy.copy(redactor)
    r.config = redactor.config.model_copy(update={"review": review})
    return r


@pytest.fixture(scope="module")
def flagged(redactor):
    r = _with_review(redactor, ReviewConfig(policy="flag", band_low=0.0, band_high=0.9))
    [outcome] = process_batch(r, [CONVERSATION])
    return r, outcome, audit_rows(outcome, r, "test")


def test_audit_rows_contain_no_canary_value(flagged):
    _, _, rows = flagged
    types = {row["entity_type"] for row in rows}
    assert {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"} <= types
    dump = repr(rows)
    for part in CANARY_PARTS:
        assert part not in dump and part.lower() not in dump.lower()


def test_audit_value_hash_is_keyed(flagged, test_key):
    redactor, _, rows = flagged
    other = parse_key_text("7a" * 32, source="other")
    email = next(r for r in rows if r["entity_type"] == "EMAIL_ADDRESS")
    assert email["value_hash"] == keyed_hash(test_key, "audit_value", CANARIES[1])
    assert email["value_hash"] != keyed_hash(other, "audit_value", CANARIES[1])
    assert email["value_hash"] not in hashlib.sha256(CANARIES[1].encode()).hexdigest()


def test_audit_reason_and_operator_explain_each_finding(flagged):
    redactor, _, rows = flagged
    for row in rows:
        assert row["reason"] in KNOWN_REASONS, row["reason"]
        assert row["operator"] == redactor.config.redaction.operator_for(row["entity_type"])


@pytest.mark.parametrize("policy, band, outcome, uncertain_decision", [
    ("flag", (0.0, 0.9), OUTCOME_WRITTEN, "flagged"),
    ("hold", (0.0, 0.9), OUTCOME_HELD, "held"),
    ("off", (0.0, 0.9), OUTCOME_WRITTEN, "redacted"),
    ("flag", (0.0, 0.0), OUTCOME_WRITTEN, "redacted"),  # empty band: nothing uncertain
])
def test_audit_decision_per_review_policy(redactor, policy, band, outcome, uncertain_decision):
    r = _with_review(redactor, ReviewConfig(policy=policy, band_low=band[0], band_high=band[1]))
    [processed] = process_batch(r, [CONVERSATION])
    assert processed.outcome == outcome
    rows = audit_rows(processed, r, "test")
    low = [row for row in rows if row["score"] < 0.9]
    high = [row for row in rows if row["score"] >= 0.9]
    assert low and all(row["decision"] == uncertain_decision for row in low)
    assert all(row["decision"] == "redacted" for row in high)
