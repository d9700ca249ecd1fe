"""The Spark job on local[2]: same tables as the Beam job, consent as a join, utterances ordered, exit codes."""
from __future__ import annotations

import json
import os

import pyarrow.parquet as pq
import pytest

pytest.importorskip("pyspark")

from pipeline.schema import (AUDIO_REDACTION_SCHEMA, AUDIT_SCHEMA, COMMON_METADATA_FILE,  # noqa: E402
                             DEAD_LETTER_SCHEMA, SCHEMA_VERSION, TRAINING_CONVERSATION_SCHEMA)
from tests.conftest import EXAMPLES, REPO  # noqa: E402
from tests.pipeline.privacy.test_consent import write_registry  # noqa: E402

pytestmark = pytest.mark.slow

# A timed vendor transcript (word times, roles given): the runs write audio intervals for it.
TIMED_CALL = REPO / "tests" / "fixtures" / "vendors" / "aws_call_analytics.json"


def _rows(folder) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True) for r in pq.read_table(folder).to_pylist())


def test_spark_run_equals_beam_run_on_examples(tmp_path, spark, default_config, test_key, key_file):
    """Cross-engine equality: same input, config and key -> equal training, audit, dead-letter and audio tables.

    The Beam job runs in its own process, as Spark's executors do: both start from a clean interpreter
    (no caches or patches left behind by other tests in this worker).
    """
    import subprocess
    import sys

    from pipeline.spark.job import run_spark

    env = {k: v for k, v in os.environ.items() if k != "PII_PIPELINE_KEY"}
    inputs = [str(EXAMPLES / "*"), str(TIMED_CALL)]
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", "--input", inputs[0], "--input", inputs[1],
                           "--output", str(tmp_path / "beam"), "--key-file", key_file],
                          capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    beam = json.loads((tmp_path / "beam" / "report.json").read_text())
    sparked = run_spark(inputs, str(tmp_path / "spark"), default_config, test_key, key_file=key_file)
    for table, schema in (("training", TRAINING_CONVERSATION_SCHEMA), ("audit", AUDIT_SCHEMA),
                          ("dead_letter", DEAD_LETTER_SCHEMA), ("audio_redactions", AUDIO_REDACTION_SCHEMA)):
        spark_rows, beam_rows = _rows(tmp_path / "spark" / table), _rows(tmp_path / "beam" / table)
        if table == "audit":
            # Known gap: which recognizer is credited for a finding two recognizers tie on (same span,
            # score) can depend on how conversations were batched; spans, types, operators, value hashes
            # and the sanitized text are equal. At most 1 % of audit rows may differ in that credit.
            credit = ("recognizer", "reason")
            strip = lambda rows: sorted(json.dumps({k: v for k, v in json.loads(r).items() if k not in credit},
                                                   sort_keys=True) for r in rows)
            assert strip(spark_rows) == strip(beam_rows), table
            assert len(set(spark_rows) ^ set(beam_rows)) <= 2 * max(1, len(beam_rows) // 100), table
        else:
            assert spark_rows == beam_rows, table
        for part in (tmp_path / "spark" / table).glob("*.parquet"):
            assert pq.read_schema(part).remove_metadata().equals(schema.remove_metadata()), part
        # The keys Spark's part files lack are in the folder's _common_metadata, as in Beam's part files.
        summary = pq.read_schema(tmp_path / "spark" / table / COMMON_METADATA_FILE)
        assert summary.remove_metadata().equals(schema.remove_metadata()), table
        assert summary.metadata == schema.metadata, table
        for part in (tmp_path / "beam" / table).glob("*.parquet"):
            assert pq.read_schema(part).metadata == summary.metadata, part
        # ... and readers of the folder skip it: Spark reads the same rows.
        spark_read = spark.read.parquet(str(tmp_path / "spark" / table)).collect()
        assert sorted(json.dumps(r.asDict(recursive=True), sort_keys=True) for r in spark_read) == spark_rows
    assert sparked["counts"] == beam["counts"]
    assert sparked["entities"] == beam["entities"]
    assert sparked["audio_redactions"] == beam["audio_redactions"]
    assert sparked["audio_redactions"]["timed_conversations"] == 1 and sparked["audio_redactions"]["intervals"] > 0
    assert len(_rows(tmp_path / "spark" / "audio_redactions")) == sparked["audio_redactions"]["intervals"]
    assert sparked["outputs"].keys() == beam["outputs"].keys()
    assert sparked["schemas"] == beam["schemas"] == {"version": SCHEMA_VERSION, "training_layout": "conversation"}
    assert sparked["accounting"] == "balanced" and sparked["counts"]["dead_lettered"] == 6
    assert (tmp_path / "spark" / "report.html").exists()
    assert not (tmp_path / "spark" / "_RUN_IN_PROGRESS").exists()


def test_spark_run_opted_out_never_written_audited_or_queued(tmp_path, spark, default_config, test_key,
                                                             key_file):
    from pipeline.config.controls import ConsentConfig, ReviewConfig
    from pipeline.spark.job import run_spark

    registry = write_registry(tmp_path / "reg.csv", "csv")
    text = "Hi, I am Priya Raghunathan, email priya.raghunathan@example.com, phone (415) 555-0132."
    rows = [{"conversation_id": cid, "customer_id": cust, "turns": [{"speaker": "customer", "text": text}]}
            for cid, cust in (("conv-in", "c-in"), ("conv-out", "c-out"), ("conv-unknown", "c-none"),
                              ("conv-odd", "c-odd"))]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    config = default_config.model_copy(update={
        "consent": ConsentConfig(registry=registry), "review": ReviewConfig(policy="flag", qa_sample_rate=1.0)})
    out = tmp_path / "out"
    report = run_spark([str(tmp_path / "in.jsonl")], str(out), config, test_key, key_file=key_file)
    counts = report["counts"]
    assert counts["dropped"] == {"consent_opted_out": 1, "consent_unknown": 2}
    assert (counts["read"], counts["written"]) == (4, 1)
    assert pq.read_table(out / "training").column("conversation_id").to_pylist() == ["conv-in"]
    assert set(pq.read_table(out / "audit").column("conversation_id").to_pylist()) == {"conv-in"}
    queued = [json.loads(p.read_text())["conversation_id"] for p in (out / "review" / "queue").glob("*.json")]
    assert queued == ["conv-in"]
    assert report["consent"] == {"checked": 4, "registry_rows": 6}


def test_redact_dataframe_orders_utterances_by_turn_index(spark, default_config, redactor, key_file):
    from pipeline.io.parse import parse_record
    from pipeline.io.readers import RawRecord
    from pipeline.redaction import process as core
    from pipeline.spark import redact_dataframe

    turns = ["who am i speaking with", "this is Priya Raghunathan", "thanks priya, and your phone?",
             "it is 415-555-0132"]
    rows = [{"conversation_id": f"u{c}", "turn_index": i, "speaker": "agent" if i % 2 == 0 else "customer",
             "text": t} for c in range(3) for i, t in enumerate(turns)]
    df = spark.createDataFrame(list(reversed(rows))).repartition(3)  # turns scattered, out of order
    training, audit, dead = redact_dataframe(df, default_config, layout="utterance", key_file=key_file)
    got = {r["conversation_id"]: [m["content"] for m in r["messages"]] for r in training.collect()}
    conversations = [parse_record(RawRecord("x", 1, {"conversation_id": f"u{c}", "turns": [
        {"speaker": r["speaker"], "text": r["text"]} for r in rows[4 * c:4 * c + 4]]}), default_config.limits)
        for c in range(3)]
    expected = core.process_batch(redactor, conversations)
    assert got == {e.conversation.conversation_id: [r.text for r in e.redacted] for e in expected}
    assert all("Raghunathan" not in m and "555-0132" not in m for ms in got.values() for m in ms)
    assert audit.count() == sum(len(r.findings) for e in expected for r in e.redacted) and dead.count() == 0


def test_spark_run_accounting_mismatch_exits_3(tmp_path, monkeypatch, spark, key_file):
    """A lost (or invented) record fails the run loudly, with `run`'s exit code."""
    from pipeline.cli import EXIT_ACCOUNTING, main
    from pipeline.spark import frames

    real = frames.RedactedFrames.worker_stats

    def lossy(self):
        counters, peaks = real(self)
        counters["written"] -= 1  # a lost conversation
        return counters, peaks

    monkeypatch.setattr(frames.RedactedFrames, "worker_stats", lossy)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"conversation_id": "c1", "turns": [{"speaker": "c", "text": "hello"}]}) + "\n")
    assert main(["spark-run", "--input", str(src), "--output", str(tmp_path / "o"), "--key-file", key_file]) == \
        EXIT_ACCOUNTING
    assert json.loads((tmp_path / "o" / "report.json").read_text())["accounting"] == "mismatch"


def test_spark_run_without_input_exits_2(tmp_path, key_file):
    from pipeline.cli import EXIT_USAGE, main

    assert main(["spark-run", "--input", str(tmp_path / "none*.jsonl"), "--output", str(tmp_path / "o"),
                 "--key-file", key_file]) == EXIT_USAGE


@pytest.mark.parametrize("timed", [True, False])
def test_redact_dataframe_returns_audio_intervals_of_timed_conversations(spark, default_config, redactor, key_file,
                                                                         timed):
    import pipeline
    from pipeline.io.parse import parse_record
    from pipeline.io.readers import RawRecord
    from pipeline.redaction.batch_outputs import route_batch
    from pipeline.spark import redact_dataframe
    from pipeline.spark.types import spark_schema

    if timed:  # a vendor document with word times, as spark.read.json gives it
        record = {**json.loads(TIMED_CALL.read_text()), "conversation_id": "call-1"}
    else:
        record = {"conversation_id": "chat-1", "turns": [
            {"speaker": "agent", "text": "your name please"}, {"speaker": "customer", "text": "Priya Raghunathan"}]}
    df = spark.read.json(spark.sparkContext.parallelize([json.dumps(record)]))
    frames = redact_dataframe(df, default_config, key_file=key_file)
    training, audit, dead = frames  # unpacking as before: three frames
    assert frames.audio_redactions.schema == spark_schema(AUDIO_REDACTION_SCHEMA)
    got = sorted(json.dumps(r.asDict(), sort_keys=True) for r in frames.audio_redactions.collect())
    conversation = parse_record(RawRecord("dataframe", None, record), default_config.limits)
    expected = route_batch(redactor, [conversation], "conversation", pipeline.__version__).audio
    assert got == sorted(json.dumps(r, sort_keys=True) for r in expected)
    assert bool(got) is timed and training.count() == 1 and dead.count() == 0
    assert frames.counters().get("audio.intervals", 0) == len(got)
    frames.unpersist()
