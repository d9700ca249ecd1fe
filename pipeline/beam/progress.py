"""Progress of a local batch run on the terminal: conversations done, words/s, share of input bytes read.

A side channel from the workers to the command line, because the local runner returns its metrics only
when the run has ended. Workers add to module-level totals (``tick``) and, at most every
``WRITE_INTERVAL_SECONDS``, write them to one small JSON file per process in a private temporary folder
named by the ``PII_PIPELINE_PROGRESS_DIR`` environment variable (set by the batch job before the run;
worker processes of the local runner inherit it). The command line sums the files every
``PRINT_INTERVAL_SECONDS`` and rewrites one status line on stderr. Without the variable ``tick``
returns at once (one environment look-up per batch or shard).

Shown only when stderr is a terminal, the runner is local and no CI variable is set: piped output and
CI logs stay quiet. Counts only, never text.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import tempfile
import threading
import time
from collections import deque
from pathlib import Path
from typing import Mapping, Sequence, TextIO

logger = logging.getLogger(__name__)

ENV_DIR = "PII_PIPELINE_PROGRESS_DIR"
WRITE_INTERVAL_SECONDS = 0.5
PRINT_INTERVAL_SECONDS = 0.5
RATE_WINDOW_SECONDS = 5.0  # words/s over the last this many seconds
CI_VARIABLES = ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "TF_BUILD")
LOCAL_RUNNERS = ("", "directrunner", "direct", "fnapirunner", "bundlebaseddirectrunner", "prismrunner", "prism")
FIELDS = ("conversations", "words", "bytes")

_totals = dict.fromkeys(FIELDS, 0)
_run_folder: str | None = None  # the run the totals belong to (one process may serve several runs)
_last_write = 0.0
_lock = threading.Lock()


def tick(conversations: int = 0, words: int = 0, bytes_read: int = 0) -> None:
    """Add to this process's totals; write them for the command line when a run asked for progress."""
    global _last_write, _run_folder
    folder = os.environ.get(ENV_DIR)
    if not folder:
        return
    with _lock:
        if folder != _run_folder:
            _run_folder, _last_write = folder, 0.0
            for k in FIELDS:
                _totals[k] = 0
        _totals["conversations"] += conversations
        _totals["words"] += words
        _totals["bytes"] += bytes_read
        now = time.monotonic()
        if now - _last_write < WRITE_INTERVAL_SECONDS:
            return
        _last_write = now
        snapshot = dict(_totals)
    _write(Path(folder), snapshot)


def flush() -> None:
    """Write this process's totals now (end of a bundle), when a run asked for progress."""
    folder = os.environ.get(ENV_DIR)
    if folder and folder == _run_folder:
        with _lock:
            snapshot = dict(_totals)
        _write(Path(folder), snapshot)


def _write(folder: Path, snapshot: Mapping[str, int]) -> None:
    try:
        tmp = folder / f".tmp-{os.getpid()}-{threading.get_ident()}"
        tmp.write_text(json.dumps(dict(snapshot)))
        os.replace(tmp, folder / f"worker-{os.getpid()}.json")
    except OSError:  # the run ended and removed the folder, or the disk is full: progress is optional
        pass


def tick_batch(conversations: Sequence) -> None:
    """A batch of conversations done: count them and their words (only when a run asked for progress)."""
    if os.environ.get(ENV_DIR):
        tick(conversations=len(conversations),
             words=sum(len(turn.text.split()) for c in conversations for turn in c.turns))


def tick_shard(shard) -> None:
    """A file shard read to its end: count its bytes (only when a run asked for progress)."""
    if os.environ.get(ENV_DIR):
        tick(bytes_read=shard_bytes(shard))


def shard_bytes(shard) -> int:
    """Bytes of input a finished shard stands for (``pipeline.io.shards.FileShard``; 0 when unknown)."""
    try:
        size = os.path.getsize(shard.path)
    except OSError:
        return 0
    if shard.stop is None and shard.start == 0:
        return size
    if shard.path.lower().endswith(".parquet"):
        import pyarrow.parquet as pq

        try:
            groups = pq.ParquetFile(shard.path).metadata.num_row_groups
        except Exception:  # noqa: BLE001 - unreadable: the read itself dead-letters it
            return 0
        stop = groups if shard.stop is None else shard.stop
        return size * (stop - shard.start) // max(groups, 1)
    return (size if shard.stop is None else min(shard.stop, size)) - shard.start


def wanted(stream: TextIO, beam_args: Sequence[str], environ: Mapping[str, str] = os.environ) -> bool:
    """True when a progress line should be shown: a terminal, a local runner and not in CI."""
    if any(environ.get(name) for name in CI_VARIABLES):
        return False
    if not getattr(stream, "isatty", lambda: False)():
        return False
    runner = ""
    for i, arg in enumerate(beam_args):
        if arg.startswith("--runner="):
            runner = arg.split("=", 1)[1]
        elif arg == "--runner" and i + 1 < len(beam_args):
            runner = beam_args[i + 1]
    return runner.lower() in LOCAL_RUNNERS


def read_totals(folder: Path) -> dict[str, int]:
    """The sum of every worker process's totals written to ``folder``."""
    totals = dict.fromkeys(FIELDS, 0)
    for path in folder.glob("worker-*.json"):
        try:
            data = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        for k in FIELDS:
            totals[k] += int(data.get(k, 0))
    return totals


def format_line(totals: Mapping[str, int], seconds: float, input_bytes: int, rate: float | None = None) -> str:
    """``1,234 conversations | 5,678 words/s | 42% of input read | 12 s``.

    Args:
        rate: Words per second to show (the recent rate); None: the average since the start.
    """
    if not any(totals.values()):
        return f"starting (loading models, planning input) | {seconds:.0f} s"
    if rate is None:
        rate = totals["words"] / seconds if seconds > 0 else 0.0
    share = f"{min(100, 100 * totals['bytes'] // input_bytes)}%" if input_bytes else "?"
    return (f"{totals['conversations']:,} conversations | {rate:,.0f} words/s | "
            f"{share} of input read | {seconds:.0f} s")


class ProgressLine:
    """Context manager: while the run lasts, a thread rewrites one status line on ``stream``.

    Args:
        input_bytes: Total size of the input files (for the share read).
        stream: Where the line goes (stderr).
        enabled: False makes it do nothing (not a terminal, CI, a remote runner).
    """

    def __init__(self, input_bytes: int, stream: TextIO = sys.stderr, enabled: bool = True) -> None:
        self.input_bytes, self.stream, self.enabled = input_bytes, stream, enabled
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._folder: Path | None = None
        self._previous_env: str | None = None

    def __enter__(self) -> "ProgressLine":
        if not self.enabled:
            return self
        self._folder = Path(tempfile.mkdtemp(prefix="pii-progress-"))
        self._previous_env = os.environ.get(ENV_DIR)
        os.environ[ENV_DIR] = str(self._folder)
        self._started = time.monotonic()
        self._samples: deque[tuple[float, int]] = deque()
        self._thread = threading.Thread(target=self._loop, name="pii-progress", daemon=True)
        self._thread.start()
        return self

    def _loop(self) -> None:
        while not self._stop.wait(PRINT_INTERVAL_SECONDS):
            self._print()

    def _print(self) -> None:
        now, totals = time.monotonic(), read_totals(self._folder)
        self._samples.append((now, totals["words"]))
        while now - self._samples[0][0] > RATE_WINDOW_SECONDS:
            self._samples.popleft()
        then, words_then = self._samples[0]
        rate = (totals["words"] - words_then) / (now - then) if now > then else None
        line = format_line(totals, now - self._started, self.input_bytes, rate)
        self.stream.write(f"\r\x1b[2K{line}")
        self.stream.flush()

    def __exit__(self, *exc) -> None:
        if not self.enabled:
            return
        self._stop.set()
        self._thread.join()
        self.stream.write("\r\x1b[2K")  # the command's summary follows with the final counts
        self.stream.flush()
        if self._previous_env is None:
            os.environ.pop(ENV_DIR, None)
        else:
            os.environ[ENV_DIR] = self._previous_env
        shutil.rmtree(self._folder, ignore_errors=True)
