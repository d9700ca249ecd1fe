"""Consent states as people write them: normalized before matching; unrecognized ones counted by value."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from pipeline.config.controls import ConsentConfig, normalize_state
from pipeline.privacy.consent import (OTHER_STATE, REASON_OPTED_OUT, REASON_UNKNOWN, ConsentPolicy, ConsentRecord,
                                      record_from_payload, state_label)
from pipeline.reporting.report import unrecognized_states

T = datetime(2024, 1, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize("written, expected", [
    ("opt_in", None), ("opt-in", None), ("Opt In", None), ("OPT_IN", None), ("optin", None),
    ("Opted In", None), (" opted-in ", None), ("YES", None),
    ("OPT_OUT", REASON_OPTED_OUT), ("optout", REASON_OPTED_OUT), ("Opt-Out", REASON_OPTED_OUT),
    ("Opted Out", REASON_OPTED_OUT), ("Withdrawn", REASON_OPTED_OUT),
    ("maybe", REASON_UNKNOWN), ("pending review", REASON_UNKNOWN), ("", REASON_UNKNOWN),
    ("opt in please", REASON_UNKNOWN), ("in", REASON_UNKNOWN),
])
def test_policy_matches_normalized_states(written, expected):
    policy = ConsentPolicy.from_config(ConsentConfig())
    record = record_from_payload({"customer_id": "c", "consent": written, "updated_at": "2024-01-01"})
    assert policy.decide("c", record) == expected


def test_configured_states_are_normalized_too():
    policy = ConsentPolicy.from_config(ConsentConfig(opt_in_states=("Training-OK",), opt_out_states=("NO AI",)))
    assert policy.decide("c", ConsentRecord("c", normalize_state("training_ok"), T)) is None
    assert policy.decide("c", ConsentRecord("c", normalize_state("no-ai"), T)) == REASON_OPTED_OUT


def test_config_rejects_states_that_overlap_after_normalization():
    with pytest.raises(ValueError, match="both opt-in and opt-out"):
        ConsentConfig(opt_in_states=("opt-in",), opt_out_states=("OPT_IN",))


@pytest.mark.parametrize("state, label", [
    ("maybe", "maybe"), ("Pending Review", "pendingreview"), ("UNKNOWN", "unknown"),
    ("customer John Smith said no on the phone", OTHER_STATE),  # free text: too long
    ("john@example.com", OTHER_STATE), ("415-555-0132", OTHER_STATE), ("x" * 25, OTHER_STATE),
    ("état", OTHER_STATE), ("", OTHER_STATE),
])
def test_state_label_caps_length_and_characters(state, label):
    assert state_label(state) == label


def test_unrecognized_states_capped_in_report():
    counts = {f"s{chr(97 + i)}": 20 - i for i in range(15)}
    reported = unrecognized_states(counts, limit=10)
    assert len(reported) == 11 and reported["(other)"] == sum(20 - i for i in range(10, 15))
    assert list(reported)[:2] == ["sa", "sb"]


def test_run_batch_reports_unrecognized_states_by_value(tmp_path, default_config, test_key):
    from pipeline.beam.batch import run_batch
    from pipeline.reporting.html import render

    registry = tmp_path / "reg.jsonl"
    states = {"c1": "Opt-In", "c2": "maybe", "c3": "maybe", "c4": "Call me back, Jane Doe 415 555 0132", "c5": "OPT_OUT"}
    registry.write_text("".join(json.dumps({"customer_id": c, "consent": s, "updated_at": "2024-01-01"}) + "\n"
                                for c, s in states.items()))
    (tmp_path / "in.jsonl").write_text("".join(json.dumps({"conversation_id": f"v-{c}", "customer_id": c, "turns": [
        {"speaker": "customer", "text": "hello"}]}) + "\n" for c in states))
    config = default_config.model_copy(update={"consent": ConsentConfig(registry=str(registry))})
    report = run_batch([str(tmp_path / "in.jsonl")], str(tmp_path / "out"), config, test_key)
    assert report["counts"]["written"] == 1
    assert report["counts"]["dropped"] == {"consent_opted_out": 1, "consent_unknown": 3}
    assert report["consent_unrecognized_states"] == {"maybe": 2, OTHER_STATE: 1}
    on_disk = (tmp_path / "out" / "report.json").read_text() + (tmp_path / "out" / "report.html").read_text()
    # (the phone's digits as written: a bare "555" also turns up in timings such as "seconds": 1.555)
    assert "Jane" not in on_disk and "415 555 0132" not in on_disk and "555 0132" not in on_disk
    assert "maybe" in render(report)
