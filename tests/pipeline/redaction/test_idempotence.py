"""Idempotence and crash safety: same input, config and key give the same content; a run never mixes
its files with an earlier run's; a killed run restarted leaves no partial or duplicate files."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.beam.batch import JobError, run_batch
from pipeline.beam.output_dir import IN_PROGRESS_MARKER, OutputDirError, leftover_temp_paths, prepare_output_dir
from tests.conftest import EXAMPLES, REPO, TEST_KEY_HEX

INPUT = str(EXAMPLES / "*")
SORT_KEYS = {"training": ["conversation_id"], "audit": ["conversation_id", "turn_index", "start"],
             "dead_letter": ["source", "position"]}


def _tables(out: Path) -> dict[str, list[dict]]:
    tables = {}
    for name, keys in SORT_KEYS.items():
        table = pq.read_table(out / name)
        tables[name] = table.sort_by([(k, "ascending") for k in keys]).to_pylist()
    return tables


def _assert_only_complete_files(out: Path) -> None:
    assert not (out / IN_PROGRESS_MARKER).exists()
    assert leftover_temp_paths(str(out)) == []
    for name in SORT_KEYS:
        files = sorted((out / name).iterdir())
        assert files and all(f.name.startswith("part-") and f.suffix == ".parquet" for f in files), files
        for f in files:
            pq.read_metadata(f)  # a complete Parquet file has a footer


@pytest.fixture(scope="module")
def first_run(tmp_path_factory, default_config, test_key):
    out = tmp_path_factory.mktemp("idem") / "a"
    report = run_batch([INPUT], str(out), default_config, test_key)
    return out, report, _tables(out)


def test_run_batch_outputs_only_complete_files(first_run):
    out, report, _ = first_run
    _assert_only_complete_files(out)
    assert report["accounting"] == "balanced"


def test_run_batch_rerun_same_dir_is_refused(first_run, default_config, test_key):
    out, _, tables = first_run
    with pytest.raises(JobError, match="--overwrite"):
        run_batch([INPUT], str(out), default_config, test_key)
    assert _tables(out) == tables  # nothing touched


def test_run_batch_overwrite_gives_identical_content(first_run, default_config, test_key):
    out, _, tables = first_run
    (out / "keep-me.txt").write_text("not ours")
    run_batch([INPUT], str(out), default_config, test_key, overwrite=True)
    assert _tables(out) == tables
    assert (out / "keep-me.txt").read_text() == "not ours"  # only the run's own entries are cleared
    _assert_only_complete_files(out)


def test_run_batch_killed_then_restarted_leaves_no_partial_files(first_run, tmp_path, default_config, test_key):
    _, _, tables = first_run
    out = tmp_path / "killed"
    env = {**os.environ, "PII_PIPELINE_KEY": TEST_KEY_HEX}
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", "--input", INPUT, "--output", str(out)],
                            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not (out / IN_PROGRESS_MARKER).exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert (out / IN_PROGRESS_MARKER).exists(), "the run finished before it could be killed"
    assert not (out / "report.json").exists()
    # What a sink killed mid-write can leave: a temp folder and a stray part file.
    (out / "training" / "beam-temp-part-dead").mkdir(parents=True, exist_ok=True)
    (out / "training" / "beam-temp-part-dead" / "partial").write_bytes(b"PAR1 half")
    (out / "training" / "part-00007-of-00009.parquet").write_bytes(b"PAR1 half")
    report = run_batch([INPUT], str(out), default_config, test_key)  # restart: same command, no --overwrite
    assert report["accounting"] == "balanced"
    _assert_only_complete_files(out)
    assert _tables(out) == tables


@pytest.mark.parametrize("entries,marker,overwrite,expected", [
    ((), False, False, "none"),
    (("training",), True, False, "incomplete"),
    (("report.json",), False, True, "complete"),
    (("audit", "report.json"), True, True, "incomplete"),
])
def test_prepare_output_dir_policy(tmp_path, entries, marker, overwrite, expected):
    for name in entries:
        (tmp_path / name).mkdir() if "." not in name else (tmp_path / name).write_text("{}")
    if marker:
        (tmp_path / IN_PROGRESS_MARKER).write_text("")
    prepared = prepare_output_dir(str(tmp_path), overwrite=overwrite)
    assert prepared.previous_run == expected and set(prepared.cleared) == set(entries)
    assert sorted(p.name for p in tmp_path.iterdir()) == [IN_PROGRESS_MARKER]


@pytest.mark.parametrize("entry", ["training", "dead_letter", "review", "report.json"])
def test_prepare_output_dir_complete_run_refused(tmp_path, entry):
    (tmp_path / entry).mkdir()
    with pytest.raises(OutputDirError, match=entry):
        prepare_output_dir(str(tmp_path))
    assert (tmp_path / entry).exists() and not (tmp_path / IN_PROGRESS_MARKER).exists()


def test_cli_rerun_without_overwrite_exits_usage(first_run, key_env, capsys):
    from pipeline.cli import EXIT_USAGE, main

    out, _, _ = first_run
    assert main(["run", "--input", INPUT, "--output", str(out)]) == EXIT_USAGE
    assert "--overwrite" in capsys.readouterr().err
