"""Consent: registry parsing, latest-wins, policy table, the Beam join, the library check, the batch job."""
import copy
import json
from datetime import datetime, timezone

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.beam.consent import MODE_JOIN, MODE_SIDE_INPUT, FilterConsent
from pipeline.privacy.consent import (REASON_OPTED_OUT, REASON_UNKNOWN, ConsentPolicy, ConsentRecord,
                              ConsentRegistry, ConsentRegistryError, read_registry)
from pipeline.config.controls import ConsentConfig
from pipeline.records import Conversation, Turn

T1 = datetime(2024, 1, 1, tzinfo=timezone.utc)
T2 = datetime(2024, 6, 1, tzinfo=timezone.utc)
REGISTRY_ROWS = [
    {"customer_id": "c-in", "consent": "opted_in", "updated_at": "2024-01-01T00:00:00Z"},
    {"customer_id": "c-out", "consent": "opted_in", "updated_at": "2024-01-01T00:00:00Z"},
    {"customer_id": "c-out", "consent": "OPTED_OUT", "updated_at": "2024-06-01T00:00:00Z"},
    {"customer_id": "c-back", "consent": "opted_out", "updated_at": "2024-01-01"},
    {"customer_id": "c-back", "consent": "opted_in", "updated_at": "2024-06-01"},
    {"customer_id": "c-odd", "consent": "maybe", "updated_at": "2024-06-01"},
]


def write_registry(path, fmt: str, rows=REGISTRY_ROWS):
    if fmt == "csv":
        lines = ["customer_id,consent,updated_at"] + [f"{r['customer_id']},{r['consent']},{r['updated_at']}"
                                                       for r in rows]
        path.write_text("\n".join(lines) + "\n")
    elif fmt == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    else:
        pq.write_table(pa.Table.from_pylist(rows), path)
    return str(path)


@pytest.mark.parametrize("customer_id, record, unknown, missing, expected", [
    ("a", ConsentRecord("a", "opted_in", T1), "exclude", "exclude", None),
    ("a", ConsentRecord("a", "opted_out", T1), "include", "include", REASON_OPTED_OUT),
    ("a", ConsentRecord("a", "withdrawn", T1), "include", "include", REASON_OPTED_OUT),
    ("a", ConsentRecord("a", "maybe", T1), "include", "include", REASON_UNKNOWN),
    ("a", ConsentRecord("a", "", T1), "include", "include", REASON_UNKNOWN),
    ("a", None, "exclude", "include", REASON_UNKNOWN),
    ("a", None, "include", "exclude", None),
    (None, None, "include", "exclude", REASON_UNKNOWN),
    ("", None, "include", "exclude", REASON_UNKNOWN),
    (None, None, "exclude", "include", None),
])
def test_policy_decide_table(customer_id, record, unknown, missing, expected):
    policy = ConsentPolicy.from_config(ConsentConfig(unknown_customer=unknown, missing_customer_id=missing))
    assert policy.decide(customer_id, record) == expected


@pytest.mark.parametrize("records, expected_state", [
    ([ConsentRecord("a", "opted_in", T1), ConsentRecord("a", "opted_out", T2)], "opted_out"),
    ([ConsentRecord("a", "opted_out", T2), ConsentRecord("a", "opted_in", T1)], "opted_out"),
    ([ConsentRecord("a", "opted_out", T1), ConsentRecord("a", "opted_in", T2)], "opted_in"),
    ([ConsentRecord("a", "opted_in", T1), ConsentRecord("a", "opted_out", T1)], "opted_out"),  # tie: refuse
    ([], None),
])
def test_policy_latest_wins(records, expected_state):
    best = ConsentPolicy.from_config(ConsentConfig()).latest(records)
    assert (best.state if best else None) == expected_state


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_registry_reads_every_format_latest_wins(tmp_path, fmt):
    path = write_registry(tmp_path / f"reg.{fmt}", fmt)
    registry = ConsentRegistry.from_file(path, ConsentConfig())
    assert len(registry) == 4
    assert [registry(c) for c in ("c-in", "c-out", "c-back", "c-odd", "c-none", None)] == [
        None, REASON_OPTED_OUT, None, REASON_UNKNOWN, REASON_UNKNOWN, REASON_UNKNOWN]


@pytest.mark.parametrize("name", ["missing.csv", "registry.txt"])
def test_registry_unreadable_is_error(tmp_path, name):
    with pytest.raises(ConsentRegistryError):
        list(read_registry(str(tmp_path / name)))


def test_config_rejects_overlapping_states():
    with pytest.raises(ValueError, match="both opt-in and opt-out"):
        ConsentConfig(opt_in_states=("yes",), opt_out_states=("YES",))


def _conv(cid, customer):
    return Conversation(cid, (Turn("customer", "hello there"),), customer_id=customer)


@pytest.mark.parametrize("mode", [MODE_JOIN, MODE_SIDE_INPUT])
def test_filter_consent_beam_keeps_only_allowed(tmp_path, mode):
    config = ConsentConfig(registry=write_registry(tmp_path / "reg.jsonl", "jsonl"),
                           unknown_customer="exclude", missing_customer_id="include")
    convs = [_conv("1", "c-in"), _conv("2", "c-out"), _conv("3", "c-back"), _conv("4", "c-odd"),
             _conv("5", "c-none"), _conv("6", None), _conv("7", "c-in")]
    with TestPipeline() as p:
        out = p | beam.Create(convs) | FilterConsent(config, mode=mode)
        assert_that(out | beam.Map(lambda c: c.conversation_id), equal_to(["1", "3", "6", "7"]))


def test_redactor_consent_refused_never_analyzed(redactor):
    refusing = copy.copy(redactor)
    refusing.consent = ConsentRegistry([ConsentRecord("c-out", "opted_out", T1),
                                        ConsentRecord("c-in", "opted_in", T1)], ConsentConfig())

    class NoDetector:
        def __getattr__(self, name):
            raise AssertionError("a refused conversation must not be analyzed")

    refusing.detector = NoDetector()
    turns = [{"speaker": "customer", "text": "my name is Priya Raghunathan"}]
    results = refusing.redact_conversation(turns, customer_id="c-out")
    assert [(r.text, r.action, r.dropped, r.findings) for r in results] == [("", REASON_OPTED_OUT, True, ())]
    assert refusing.redact_conversation(turns, customer_id="c-new")[0].action == REASON_UNKNOWN
    allowed = copy.copy(refusing)
    allowed.detector = redactor.detector
    assert "Raghunathan" not in allowed.redact_conversation(turns, customer_id="c-in")[0].text


def test_process_batch_drops_refused_before_detection(redactor):
    from pipeline.redaction.process import OUTCOME_DROPPED, process_batch

    checker = copy.copy(redactor)
    checker.consent = lambda customer: REASON_OPTED_OUT if customer == "c-out" else None
    outcomes = process_batch(checker, [_conv("a", "c-out"), _conv("b", "c-in")])
    assert [(o.conversation.conversation_id, o.outcome, o.drop_reason) for o in outcomes] == [
        ("a", OUTCOME_DROPPED, REASON_OPTED_OUT), ("b", "written", None)]
    assert outcomes[0].redacted == ()


@pytest.mark.slow
def test_run_batch_opted_out_never_written_audited_or_queued(tmp_path, default_config, test_key):
    from pipeline.beam.batch import run_batch
    from pipeline.config.controls import ReviewConfig

    registry = write_registry(tmp_path / "reg.csv", "csv")
    text = "Hi, I am Priya Raghunathan, email priya.raghunathan@example.com, phone (415) 555-0132."
    rows = [{"conversation_id": cid, "customer_id": cust, "turns": [{"speaker": "customer", "text": text}]}
            for cid, cust in (("conv-in", "c-in"), ("conv-out", "c-out"), ("conv-unknown", "c-none"),
                              ("conv-odd", "c-odd"))]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    config = default_config.model_copy(update={
        "consent": ConsentConfig(registry=registry),
        # every written conversation is also QA-sampled: the queue would show a leak
        "review": ReviewConfig(policy="flag", qa_sample_rate=1.0)})
    out = tmp_path / "out"
    report = run_batch([str(tmp_path / "in.jsonl")], str(out), config, test_key)
    counts = report["counts"]
    assert counts["dropped"] == {"consent_opted_out": 1, "consent_unknown": 2}
    assert (counts["read"], counts["written"]) == (4, 1)
    assert pq.read_table(out / "training").column("conversation_id").to_pylist() == ["conv-in"]
    assert set(pq.read_table(out / "audit").column("conversation_id").to_pylist()) == {"conv-in"}
    queued = [json.loads(p.read_text())["conversation_id"] for p in (out / "review" / "queue").glob("*.json")]
    assert queued == ["conv-in"]
    assert report["consent"]["checked"] == 4


def test_run_batch_missing_registry_is_job_error(tmp_path, default_config, test_key):
    from pipeline.beam.batch import JobError, run_batch

    (tmp_path / "in.jsonl").write_text(json.dumps({"conversation_id": "x", "turns": []}) + "\n")
    config = default_config.model_copy(update={"consent": ConsentConfig(registry=str(tmp_path / "none.csv"))})
    with pytest.raises(JobError, match="consent registry"):
        run_batch([str(tmp_path / "in.jsonl")], str(tmp_path / "out"), config, test_key)
