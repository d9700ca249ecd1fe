"""The batch job on one large file: split into shards, every record read once, positions as in the file."""
from __future__ import annotations

import json

import apache_beam as beam
import pyarrow.parquet as pq
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.beam.batch import run_batch
from pipeline.beam.transforms import ReadTranscripts
from pipeline.io.shards import plan_shards

CONVERSATIONS = 150
BAD_LINES = (7, 64, 149)  # 1-based line numbers that hold malformed records
PADDING = 4_000  # metadata characters per record: makes the file large enough to split, cheap to redact


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("shards") / "big.jsonl"
    lines = []
    for line in range(1, CONVERSATIONS + len(BAD_LINES) + 1):
        if line in BAD_LINES:
            lines.append('{"conversation_id": "broken", "turns": ')
            continue
        lines.append(json.dumps({
            "conversation_id": f"conv-{line:04d}", "metadata": {"note": "x" * PADDING},
            "turns": [{"speaker": "agent", "text": "who am i speaking with"},
                      {"speaker": "customer", "text": f"this is maria gonzalez call me at 415-555-{line:04d}"}]}))
    path.write_text("\n".join(lines) + "\n")
    assert len(plan_shards(str(path))) >= 2, "the file must be large enough to split"
    return path


def _expected_ids() -> list[str]:
    return [f"conv-{n:04d}" for n in range(1, CONVERSATIONS + len(BAD_LINES) + 1) if n not in BAD_LINES]


def test_read_transcripts_reads_every_shard_once(big_file, default_config):
    with TestPipeline() as p:
        read = p | beam.Create([str(big_file)]) | ReadTranscripts(default_config)
        ids = read["conversations"] | "AllConversations" >> beam.Flatten() | beam.Map(lambda c: c.conversation_id)
        positions = read["dead"] | "AllDead" >> beam.Flatten() | beam.Map(lambda d: (d.error_type, d.position))
        assert_that(ids, equal_to(_expected_ids()), label="ids")
        assert_that(positions, equal_to([("InvalidJson", n) for n in BAD_LINES]), label="dead")


@pytest.mark.slow
@pytest.mark.parametrize("beam_args", [[], ["--direct_running_mode=multi_processing", "--direct_num_workers=2"]],
                         ids=["in-process", "two-workers"])
def test_run_batch_on_split_file_writes_each_conversation_once(tmp_path, big_file, default_config, test_key,
                                                               beam_args):
    report = run_batch([str(big_file)], str(tmp_path), default_config, test_key, beam_args)
    assert report["counts"]["read"] == CONVERSATIONS + len(BAD_LINES)
    assert report["counts"]["written"] == CONVERSATIONS and report["accounting"] == "balanced"
    training = pq.read_table(tmp_path / "training")
    assert sorted(training.column("conversation_id").to_pylist()) == _expected_ids()
    contents = " ".join(m["content"] for row in training.column("messages").to_pylist() for m in row)
    assert "gonzalez" not in contents and "415-555-0001" not in contents
    dead = pq.read_table(tmp_path / "dead_letter")
    assert sorted(dead.column("position").to_pylist()) == list(BAD_LINES)
