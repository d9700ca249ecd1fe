"""The real ``pii-pipeline stream`` command: files dropped into a watched folder while it runs."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.conftest import EXAMPLES, TEST_KEY_HEX

STARTUP_TIMEOUT = 120


def _start(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen, Path, Path]:
    watched, out = tmp_path / "in", tmp_path / "out"
    watched.mkdir()
    env = {**os.environ, "PII_PIPELINE_KEY": TEST_KEY_HEX}
    cmd = [sys.executable, "-m", "pipeline.cli", "stream", "--input-dir", str(watched), "--output", str(out),
           "--poll-interval", "0.5", "--window-seconds", "5", *extra]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return proc, watched, out


def _drop(src: Path, folder: Path, name: str) -> None:
    """Write under a temporary name, then rename (what producers should do)."""
    shutil.copy(src, folder / f".{name}")
    os.replace(folder / f".{name}", folder / name)


def _wait_for(predicate, timeout: float) -> bool:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def _training_ids(out: Path) -> list[str]:
    ids = []
    for f in sorted((out / "training").glob("window-*.parquet")):
        ids.extend(pq.read_table(f).column("conversation_id").to_pylist())
    return ids


def _training_rows(out: Path) -> int:
    return sum(pq.read_table(f).num_rows for f in (out / "training").glob("window-*.parquet"))


@pytest.mark.slow
def test_stream_command_writes_parquet_while_running_and_stops_on_sigterm(tmp_path):
    """Files dropped in while the job runs are training Parquet while it still runs (local micro-batches)."""
    proc, watched, out = _start(tmp_path)
    renamed = tmp_path / "renamed.jsonl"  # the chat examples again, under other conversation ids
    renamed.write_text("".join(json.dumps({**json.loads(line), "conversation_id": f"copy-{i}"}) + "\n"
                               for i, line in enumerate((EXAMPLES / "chat_conversations.jsonl").read_text()
                                                        .splitlines()) if line.strip()))
    latencies = []
    try:
        # The first file also waits for start-up (imports, spaCy); the next ones measure the latency.
        for name, src in [("a.jsonl", "chat_conversations.jsonl"), ("b.jsonl", "call_conversations.jsonl"),
                          ("d.jsonl", renamed)]:
            before = _training_rows(out) if (out / "training").exists() else 0
            _drop(EXAMPLES / src, watched, name)
            landed = time.time()
            assert _wait_for(lambda: (out / "training").exists() and _training_rows(out) > before,
                             STARTUP_TIMEOUT), "no Parquet while running"
            latencies.append(time.time() - landed)
            assert proc.poll() is None  # read while the job is still running
        ids_while_running = _training_ids(out)
        _drop(EXAMPLES / "malformed.jsonl", watched, "c.jsonl")
        assert _wait_for(lambda: list((out / "dead_letter").glob("window-*.parquet")), STARTUP_TIMEOUT)
        proc.send_signal(signal.SIGTERM)
        stdout, stderr = proc.communicate(timeout=STARTUP_TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
    print(f"file landed -> Parquet visible: {', '.join(f'{x:.2f} s' for x in latencies[1:])} "
          f"(first, with start-up: {latencies[0]:.1f} s)")
    assert proc.returncode == 0, stderr[-2000:]
    report = json.loads((out / "report.json").read_text())
    ids = _training_ids(out)
    assert ids_while_running and set(ids_while_running) <= set(ids)
    assert len(ids) == len(set(ids)) == report["counts"]["written"]  # each file read exactly once
    assert report["files_seen"] == 4 and report["mode"] == "streaming"
    assert report["execution"] == "micro_batch" and report["micro_batches"] >= 4
    assert report["counts"]["dead_lettered"] >= 1
    assert not list((out / "training").glob(".*"))  # no temporary files left visible
    assert "07700" not in (out / "report.json").read_text()
    state = json.loads((out / "_stream_state.json").read_text())
    assert len(state["files"]) == 4 and state["open"] == {}
    assert max(latencies[1:]) < 15  # measured here: ~2 s (poll 0.5 s + min_file_age 1 s + the micro-batch)


@pytest.mark.slow
def test_stream_command_stop_when_idle_ends_the_run(tmp_path):
    proc, watched, out = _start(tmp_path, "--stop-when-idle", "3", "--layout", "utterance")
    _drop(EXAMPLES / "chat_utterances.jsonl", watched, "u.jsonl")
    stdout, stderr = proc.communicate(timeout=STARTUP_TIMEOUT)
    assert proc.returncode == 0, stderr[-2000:]
    report = json.loads((out / "report.json").read_text())
    assert report["counts"]["written"] > 0
    assert sum(pq.read_table(f).num_rows for f in (out / "training").glob("*.parquet")) == \
        report["rows_written"]["training"]


@pytest.mark.parametrize("argv, message", [
    (["stream", "--output", "o"], "needs --input-dir"),
    (["stream", "--output", "o", "--source", "pubsub"], "pubsub.subscription"),
    (["stream", "--output", "o", "--input-dir", "/nonexistent/dir"], "does not exist"),
])
def test_stream_command_usage_errors_exit_2(argv, message, key_env, capsys, tmp_path):
    from pipeline.cli import main

    argv = [a if a != "o" else str(tmp_path / "o") for a in argv]
    assert main(argv) == 2
    assert message in capsys.readouterr().err
