"""Pseudonym scope through the real batch job: the same person in two files, dataset vs conversation scope."""
import json
import re

import pyarrow.parquet as pq
import pytest

from pipeline.beam.batch import run_batch

NAME_AFTER = re.compile(r"my name is (\w+ \w+)")


def _write_inputs(folder):
    folder.mkdir()
    for i in (1, 2):
        record = {"conversation_id": f"scope-{i}", "customer_id": f"cust-{i}", "turns": [
            {"speaker": "agent", "text": "Thanks for calling, who am I speaking with?"},
            {"speaker": "customer", "text": "Hi, my name is Priya Raghunathan and I need help with my bill."}]}
        (folder / f"part{i}.jsonl").write_text(json.dumps(record) + "\n")


def _surrogates(out_dir):
    table = pq.read_table(out_dir / "training")
    names = {}
    for row in table.to_pylist():
        text = " ".join(m["content"] for m in row["messages"])
        assert "Raghunathan" not in text and "Priya" not in text
        names[row["conversation_id"]] = NAME_AFTER.search(text).group(1)
    return names


@pytest.mark.slow
@pytest.mark.parametrize("scope, same", [("dataset", True), ("conversation", False)])
def test_batch_scope_controls_cross_file_consistency(tmp_path, default_config, test_key, scope, same):
    _write_inputs(tmp_path / "in")
    config = default_config.model_copy(update={
        "redaction": default_config.redaction.model_copy(update={"scope": scope})})
    run_batch([str(tmp_path / "in" / "*.jsonl")], str(tmp_path / "out"), config, test_key)
    names = _surrogates(tmp_path / "out")
    assert set(names) == {"scope-1", "scope-2"}
    assert (names["scope-1"] == names["scope-2"]) is same


@pytest.mark.slow
def test_batch_dataset_scope_is_stable_across_runs_and_worker_counts(tmp_path, default_config, test_key):
    _write_inputs(tmp_path / "in")
    config = default_config.model_copy(update={
        "redaction": default_config.redaction.model_copy(update={"scope": "dataset"})})
    run_batch([str(tmp_path / "in" / "*.jsonl")], str(tmp_path / "a"), config, test_key)
    run_batch([str(tmp_path / "in" / "*.jsonl")], str(tmp_path / "b"), config, test_key,
              ["--direct_running_mode=multi_processing", "--direct_num_workers=2"])
    assert _surrogates(tmp_path / "a") == _surrogates(tmp_path / "b")
