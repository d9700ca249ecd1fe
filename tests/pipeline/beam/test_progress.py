"""Progress of local batch runs: when it is shown, the side channel from worker processes, the line."""
from __future__ import annotations

import multiprocessing
import os
import pty
import re
import select
import sys
import time

import pytest

from pipeline.beam import progress
from pipeline.io.shards import FileShard
from pipeline.records import Conversation, Turn
from tests.conftest import REPO


class _Stream:
    def __init__(self, tty: bool) -> None:
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.mark.parametrize("tty, args, env, shown", [
    (True, [], {}, True),
    (False, [], {}, False),  # piped / redirected
    (True, [], {"CI": "true"}, False),
    (True, [], {"GITHUB_ACTIONS": "true"}, False),
    (True, ["--runner=DirectRunner"], {}, True),
    (True, ["--runner", "PrismRunner"], {}, True),
    (True, ["--direct_running_mode=multi_processing", "--direct_num_workers=2"], {}, True),
    (True, ["--runner=DataflowRunner"], {}, False),  # remote: the runner has its own UI
    (True, ["--runner", "FlinkRunner"], {}, False),
])
def test_progress_wanted_table(tty, args, env, shown):
    assert progress.wanted(_Stream(tty), args, env) is shown


@pytest.mark.parametrize("totals, seconds, input_bytes, expected", [
    ({"conversations": 1234, "words": 50_000, "bytes": 512}, 10.0, 1024,
     "1,234 conversations | 5,000 words/s | 50% of input read | 10 s"),
    ({"conversations": 0, "words": 0, "bytes": 0}, 3.0, 0, "starting (loading models, planning input) | 3 s"),
    ({"conversations": 1, "words": 0, "bytes": 0}, 0.0, 0, "1 conversations | 0 words/s | ? of input read | 0 s"),
    ({"conversations": 3, "words": 10, "bytes": 5000}, 2.0, 1000, "3 conversations | 5 words/s | 100% of input read | 2 s"),
])
def test_progress_format_line_table(totals, seconds, input_bytes, expected):
    assert progress.format_line(totals, seconds, input_bytes) == expected


def test_progress_format_line_recent_rate():
    totals = {"conversations": 5, "words": 1000, "bytes": 0}
    assert "250 words/s" in progress.format_line(totals, 100.0, 0, rate=250.0)
    assert "10 words/s" in progress.format_line(totals, 100.0, 0)


def _worker(folder: str, n: int) -> None:
    os.environ[progress.ENV_DIR] = folder
    progress.tick(conversations=n, words=10 * n, bytes_read=100 * n)
    progress.flush()


def test_progress_side_channel_sums_worker_processes(tmp_path):
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_worker, args=(str(tmp_path), n)) for n in (1, 2, 3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
        assert w.exitcode == 0
    assert progress.read_totals(tmp_path) == {"conversations": 6, "words": 60, "bytes": 600}


def test_progress_totals_restart_for_a_new_run(tmp_path, monkeypatch):
    monkeypatch.setenv(progress.ENV_DIR, str(tmp_path / "a"))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    progress.tick(conversations=5)
    progress.flush()
    monkeypatch.setenv(progress.ENV_DIR, str(tmp_path / "b"))
    progress.tick(conversations=2)
    progress.flush()
    assert progress.read_totals(tmp_path / "a")["conversations"] == 5
    assert progress.read_totals(tmp_path / "b")["conversations"] == 2


def test_progress_tick_batch_counts_words_only_when_asked(tmp_path, monkeypatch):
    batch = [Conversation("c1", (Turn("agent", "hello there"), Turn("customer", "hi")), source="s")]
    monkeypatch.delenv(progress.ENV_DIR, raising=False)
    progress.tick_batch(batch)  # no run asked: nothing written anywhere
    monkeypatch.setenv(progress.ENV_DIR, str(tmp_path))
    progress.tick_batch(batch)
    progress.flush()
    assert progress.read_totals(tmp_path) == {"conversations": 1, "words": 3, "bytes": 0}


@pytest.mark.parametrize("start, stop, expected", [(0, None, 1000), (0, 400, 400), (400, None, 600), (900, 2000, 100)])
def test_progress_shard_bytes_table(tmp_path, start, stop, expected):
    path = tmp_path / "f.jsonl"
    path.write_bytes(b"x" * 1000)
    assert progress.shard_bytes(FileShard(str(path), start, stop)) == expected


def test_progress_line_context_restores_environment(monkeypatch):
    monkeypatch.delenv(progress.ENV_DIR, raising=False)

    class Sink:
        text = ""

        def write(self, s):
            Sink.text += s

        def flush(self):
            pass

    with progress.ProgressLine(100, Sink(), enabled=True):
        folder = os.environ[progress.ENV_DIR]
        progress.tick(conversations=7, words=70, bytes_read=100)
        progress.flush()
        time.sleep(progress.PRINT_INTERVAL_SECONDS * 2.5)
    assert progress.ENV_DIR not in os.environ and not os.path.exists(folder)
    assert "7 conversations" in Sink.text and "100% of input read" in Sink.text
    assert Sink.text.endswith("\r\x1b[2K")  # the line is cleared for the summary


@pytest.mark.slow
def test_run_shows_progress_on_a_terminal_only(tmp_path):
    """``pii-pipeline run`` in a pty prints progress lines on stderr; the same run piped prints none."""
    env = dict(os.environ, PII_PIPELINE_KEY="ab" * 32, TERM="xterm")
    for name in progress.CI_VARIABLES:
        env.pop(name, None)
    argv = [sys.executable, "-m", "pipeline.cli", "run", "--input", str(REPO / "examples"),
            "--output", str(tmp_path / "tty")]
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(REPO)
        os.execve(sys.executable, argv, env)
    seen = b""
    while True:
        ready, _, _ = select.select([fd], [], [], 300)
        try:
            chunk = os.read(fd, 4096) if ready else b""
        except OSError:
            chunk = b""
        if not chunk:
            break
        seen += chunk
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    screen = seen.decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == 0, screen
    lines = re.findall(r"(\d[\d,]*) conversations \| [\d,]+ words/s \| (\d+|\?)% of input read", screen)
    assert lines, screen
    assert "conversations: read" in screen  # the summary follows

    import subprocess

    piped = subprocess.run(argv[:-1] + [str(tmp_path / "piped")], env=env, cwd=REPO, capture_output=True,
                           text=True, timeout=300)
    assert piped.returncode == 0
    assert "words/s" not in piped.stderr and "\x1b[2K" not in piped.stderr
