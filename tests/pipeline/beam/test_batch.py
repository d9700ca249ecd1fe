"""The batch Beam job: TestPipeline + assert_that on the transforms, and the whole job into Parquet."""
import json

import apache_beam as beam
import pyarrow.parquet as pq
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.beam.batch import JobError, run_batch
from pipeline.beam.inputs import match_inputs
from pipeline.beam.transforms import ReadTranscripts, RedactTranscripts
from pipeline.schema import AUDIT_SCHEMA, DEAD_LETTER_SCHEMA, TRAINING_CONVERSATION_SCHEMA
from tests.conftest import EXAMPLES

EXAMPLE_CONVERSATIONS = 32  # valid conversations in examples/ (see examples/README.md)
EXAMPLE_DEAD = 6


def _example_files():
    files, skipped = match_inputs([str(EXAMPLES / "*")])
    assert any(f.endswith("README.md") for f in skipped)
    return files


@pytest.mark.parametrize("suffix", ["", "/"])
def test_match_inputs_expands_a_folder(suffix):
    files, skipped = match_inputs([str(EXAMPLES) + suffix])
    assert files == _example_files() and [s.rsplit("/", 1)[-1] for s in skipped] == ["README.md"]


def test_read_transcripts_counts_examples(default_config):
    with TestPipeline() as p:
        read = p | beam.Create(_example_files()) | ReadTranscripts(default_config)
        ids = (read["conversations"] | "AllConversations" >> beam.Flatten()
               | "Ids" >> beam.Map(lambda c: c.conversation_id))
        n_conv = ids | "CountConv" >> beam.combiners.Count.Globally()
        errors = read["dead"] | "AllDead" >> beam.Flatten() | "Err" >> beam.Map(lambda d: (d.stage, d.error_type))
        assert_that(n_conv, equal_to([EXAMPLE_CONVERSATIONS]), label="conversations")
        assert_that(errors | "CountDead" >> beam.combiners.Count.Globally(), equal_to([EXAMPLE_DEAD]),
                    label="dead")


def test_redact_transcripts_outputs_no_raw_values(default_config, test_key_source):
    from pipeline.records import Conversation, Turn

    conv = Conversation("c1", (Turn("agent", "who am i speaking with"),
                               Turn("customer", "my name is priya raghunathan and my number is 415-555-0132")))
    with TestPipeline() as p:
        out = p | beam.Create([conv]) | RedactTranscripts(default_config, test_key_source, "test")
        contents = out["training"] | beam.Map(lambda row: " ".join(m["content"] for m in row["messages"]))
        leaked = contents | beam.Filter(lambda c: "raghunathan" in c or "555-0132" in c)
        assert_that(leaked | "NLeak" >> beam.combiners.Count.Globally(), equal_to([0]), label="noleak")
        assert_that(out["training"] | "NRows" >> beam.combiners.Count.Globally(), equal_to([1]), label="rows")
        types = out["audit"] | beam.Map(lambda r: r["entity_type"])
        assert_that(types | beam.Distinct(), equal_to(["PERSON", "PHONE_NUMBER"]), label="types")


@pytest.mark.slow
def test_run_batch_on_examples_writes_parquet_and_report(tmp_path, default_config, test_key):
    report = run_batch([str(EXAMPLES / "*")], str(tmp_path), default_config, test_key)
    counts = report["counts"]
    assert counts["read"] == EXAMPLE_CONVERSATIONS + EXAMPLE_DEAD
    assert counts["written"] + sum(counts["dropped"].values()) == EXAMPLE_CONVERSATIONS
    assert counts["dead_lettered"] == EXAMPLE_DEAD
    assert counts["read"] == counts["written"] + sum(counts["dropped"].values()) + counts["dead_lettered"]

    training = pq.read_table(tmp_path / "training")
    assert training.schema.equals(TRAINING_CONVERSATION_SCHEMA, check_metadata=False)
    assert training.num_rows == counts["written"]
    assert pq.read_table(tmp_path / "audit").schema.equals(AUDIT_SCHEMA, check_metadata=False)
    dead = pq.read_table(tmp_path / "dead_letter")
    assert dead.schema.equals(DEAD_LETTER_SCHEMA, check_metadata=False)
    assert sorted(dead.column("position").to_pylist()) == [1, 3, 4, 5, 7, 8]
    on_disk = json.loads((tmp_path / "report.json").read_text())
    assert on_disk["counts"] == counts and report["entities"]["PERSON"] > 0
    # annotations point at the replaced spans of the sanitized text
    row = training.slice(0, 1).to_pylist()[0]
    for ent in row["entities"]:
        content = row["messages"][ent["message_index"]]["content"]
        assert 0 <= ent["start"] < ent["end"] <= len(content)


def test_run_batch_no_input_is_job_error(tmp_path, default_config, test_key):
    with pytest.raises(JobError, match="no input file matched"):
        run_batch([str(tmp_path / "none-*.jsonl")], str(tmp_path / "out"), default_config, test_key)


@pytest.mark.parametrize("args, expect_env", [([], True), (["--runner=DataflowRunner"], False)])
def test_worker_allocator_env_for_local_runs_only_and_restored(monkeypatch, args, expect_env):
    import os

    from pipeline.beam.options import WORKER_ALLOCATOR_ENV, beam_options, worker_allocator_env

    for name in WORKER_ALLOCATOR_ENV:
        monkeypatch.delenv(name, raising=False)
    beam_options(args)
    assert not any(name in os.environ for name in WORKER_ALLOCATOR_ENV)  # building options changes nothing
    with worker_allocator_env(args):
        assert all((os.environ.get(k) == v) is expect_env for k, v in WORKER_ALLOCATOR_ENV.items())
    assert not any(name in os.environ for name in WORKER_ALLOCATOR_ENV)


def test_worker_allocator_env_keeps_user_settings(monkeypatch):
    import os

    from pipeline.beam.options import worker_allocator_env

    monkeypatch.setenv("MALLOC_ARENA_MAX", "8")
    with worker_allocator_env([]):
        assert os.environ["MALLOC_ARENA_MAX"] == "8"
    assert os.environ["MALLOC_ARENA_MAX"] == "8"


def test_redact_transcripts_branches_share_one_redactor_per_process(default_config, test_key_source, caplog):
    from pipeline.records import Conversation, Turn

    # A config of its own: its fingerprint is the cache tag, so no earlier test's Redactor is reused.
    config = default_config.model_copy(update={"detection": default_config.detection.model_copy(
        update={"score_threshold": 0.51})})
    convs = [Conversation(f"c{i}", (Turn("customer", "my name is priya raghunathan"),)) for i in range(2)]
    caplog.set_level("INFO", logger="pipeline.detection.detector")
    with TestPipeline() as p:
        rows = [p | f"Create{i}" >> beam.Create([c]) | f"Redact{i}" >> RedactTranscripts(config, test_key_source, "t")
                for i, c in enumerate(convs)]
        counted = (tuple(r["training"] for r in rows) | beam.Flatten() | beam.combiners.Count.Globally())
        assert_that(counted, equal_to([2]))
    assert sum("detector ready" in r.getMessage() for r in caplog.records) == 1
