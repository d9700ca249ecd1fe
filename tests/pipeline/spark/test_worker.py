"""Executor side of the Spark job, without a JVM: the mapInArrow function fed Arrow batches directly."""
from __future__ import annotations

import json
import pickle

import pyarrow as pa
import pytest

pytest.importorskip("pyspark")

from pyspark import cloudpickle  # noqa: E402

import pipeline  # noqa: E402
from pipeline.privacy.keys import PseudonymKeyError  # noqa: E402
from pipeline.redaction import process as core  # noqa: E402
from pipeline.redaction.batch_outputs import from_ipc_bytes  # noqa: E402
from pipeline.spark import worker  # noqa: E402
from pipeline.spark.types import INTERNAL_SCHEMA, spark_schema  # noqa: E402
from pipeline.schema import AUDIT_SCHEMA, DEAD_LETTER_SCHEMA, TRAINING_CONVERSATION_SCHEMA, TRAINING_UTTERANCE_SCHEMA  # noqa: E402
from tests.conftest import TEST_KEY_HEX  # noqa: E402

INPUT_ARROW = pa.schema([(f.name, {"string": pa.string(), "bigint": pa.int64(), "binary": pa.binary()}[
    f.dataType.simpleString()]) for f in INTERNAL_SCHEMA.fields])


def _spec(config, test_key):
    return worker.WorkerSpec(config, worker.KeyRef(test_key.fingerprint), pipeline.__version__)


def _row(payload: dict | str, position: int) -> dict:
    text = payload if isinstance(payload, str) else json.dumps(payload)
    return {"source": "rows.jsonl", "position": position, "conversation_id": None, "turn_index": None,
            "customer_id": None, "payload": text, "record": None}


def _outputs(spec, batches):
    out: dict[str, list] = {"training": [], "audit": [], "dead_letter": [], "counters": []}
    for batch in worker.redact_partition(spec)(iter(batches)):
        for row in batch.to_pylist():
            if row["kind"] == worker.KIND_COUNTERS:
                out["counters"].append(json.loads(row["data"]))
            else:
                out[row["kind"]].extend(r for b in from_ipc_bytes(row["data"]) for r in b.to_pylist())
    return out


def test_redact_partition_pickle_holds_no_key(default_config, test_key):
    shipped = cloudpickle.dumps(worker.redact_partition(_spec(default_config, test_key)))
    secret = bytes.fromhex(TEST_KEY_HEX)
    assert secret not in shipped
    assert TEST_KEY_HEX.encode() not in shipped and secret.hex().upper().encode() not in shipped
    assert test_key.fingerprint.encode() in shipped  # the reference is there, the key is not


@pytest.mark.parametrize("env_key, matches", [(TEST_KEY_HEX, True), ("ab" * 32, False)])
def test_key_ref_loads_on_executor_and_checks_fingerprint(monkeypatch, test_key, env_key, matches):
    monkeypatch.setenv("PII_PIPELINE_KEY", env_key)
    ref = worker.KeyRef(test_key.fingerprint)
    if matches:
        assert ref.load() == test_key
    else:
        with pytest.raises(PseudonymKeyError, match="same PII_PIPELINE_KEY"):
            ref.load()


def test_key_ref_refuses_missing_key(monkeypatch, test_key):
    monkeypatch.delenv("PII_PIPELINE_KEY", raising=False)
    with pytest.raises(PseudonymKeyError):
        worker.KeyRef(test_key.fingerprint).load()


@pytest.mark.parametrize("arrow_schema", [TRAINING_CONVERSATION_SCHEMA, TRAINING_UTTERANCE_SCHEMA, AUDIT_SCHEMA,
                                          DEAD_LETTER_SCHEMA])
def test_spark_schema_keeps_names_and_nullability(arrow_schema):
    converted = spark_schema(arrow_schema)
    assert [(f.name, f.nullable) for f in converted.fields] == [(f.name, f.nullable) for f in arrow_schema]


def test_redact_partition_groups_utterances_across_batches_like_the_core(
        monkeypatch, default_config, test_key, redactor):
    monkeypatch.setenv("PII_PIPELINE_KEY", TEST_KEY_HEX)
    utterances = [
        {"conversation_id": "u1", "turn_index": 0, "speaker": "agent", "text": "who am i speaking with"},
        {"conversation_id": "u1", "turn_index": 1, "speaker": "customer", "text": "this is Priya Raghunathan"},
        {"conversation_id": "u1", "turn_index": 2, "speaker": "customer", "text": "call me on 415-555-0132"},
    ]
    conversation = {"conversation_id": "c1", "customer_id": "cust-9",
                    "turns": [{"speaker": "customer", "text": "my email is jo.smith@example.com"}]}
    rows = [_row(u, i + 1) for i, u in enumerate(utterances)] + [_row(conversation, 4), _row("{not json", 5),
                                                                   _row({"conversation_id": "x"}, 6)]
    # The utterance group is split across two Arrow batches: it must still become one conversation.
    batches = [pa.RecordBatch.from_pylist(rows[:2], schema=INPUT_ARROW),
               pa.RecordBatch.from_pylist(rows[2:], schema=INPUT_ARROW)]
    out = _outputs(_spec(default_config, test_key), batches)

    from pipeline.io.parse import group_utterances, parse_record
    from pipeline.io.readers import RawRecord

    parsed = [parse_record(RawRecord("rows.jsonl", i + 1, u), default_config.limits) for i, u in enumerate(utterances)]
    expected_convs = [group_utterances("u1", parsed, default_config.limits),
                      parse_record(RawRecord("rows.jsonl", 4, conversation), default_config.limits)]
    expected = [r for o in core.process_batch(redactor, expected_convs)
                for r in core.training_rows(o, redactor, "conversation", pipeline.__version__)]
    assert sorted(out["training"], key=lambda r: r["conversation_id"]) == sorted(
        expected, key=lambda r: r["conversation_id"])
    assert [m["content"] for m in out["training"][-1]["messages"]] != [u["text"] for u in utterances]
    assert sorted((d["position"], d["stage"]) for d in out["dead_letter"]) == [(5, "read"), (6, "validate")]
    counters = out["counters"][0]["counters"]
    assert counters["records_read"] == 6 and counters["utterances_read"] == 3
    assert counters["conversations_assembled"] == 2 and counters["written"] == 2
    assert {t for t in counters if t.startswith("entities.")} >= {"entities.PERSON", "entities.PHONE_NUMBER",
                                                                  "entities.EMAIL_ADDRESS"}


def test_worker_spec_pickles_without_secret(default_config, test_key):
    assert bytes.fromhex(TEST_KEY_HEX) not in pickle.dumps(_spec(default_config, test_key))


def test_key_reference_hands_random_key_to_executors_in_private_file(monkeypatch):
    import os
    import stat

    from pipeline.privacy.keys import load_key
    from pipeline.spark.job import key_reference

    monkeypatch.delenv("PII_PIPELINE_KEY", raising=False)
    with key_reference(load_key(None, allow_random=True), None) as (ref, run_key):
        assert ref.key_file and stat.S_IMODE(os.stat(ref.key_file).st_mode) == 0o600
        assert ref.load() == run_key and ref.fingerprint == run_key.fingerprint
        path = ref.key_file
    assert not os.path.exists(path)  # gone after the run


def test_key_reference_of_configured_key_names_no_file(test_key):
    from pipeline.spark.job import key_reference

    with key_reference(test_key, None) as (ref, run_key):
        assert (ref.key_file, run_key) == (None, test_key)
