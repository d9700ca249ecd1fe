"""The local ``stream`` loop: poll the folder, run the streaming transforms over the new files as a
bounded pipeline (a micro-batch), write window files, repeat.

Why: Beam's FnApiRunner (the only local runner that can run here, see docs/field-notes.md) executes
stages in batch order. Every stage output is queued for its consumers "at MAX_TIMESTAMP"
(``fn_runner.py``, ``_execute_bundle``), and a splittable DoFn's deferred residual keeps its stage
output watermark below MAX_TIMESTAMP, so nothing downstream of the first fusion break after the
folder watcher (the per-path de-duplication, the per-conversation state, the Reshuffle before
redaction) runs until the watcher has finished. ``--streaming`` changes nothing in that runner.
So locally the job is a loop of bounded runs; on Dataflow/Flink (``--runner`` given) the real
streaming pipeline of ``pipeline.beam.streaming`` runs.

Same transforms: every micro-batch is ``build_stream_pipeline`` (parsing, per-conversation sessions,
``RedactTranscripts``, windows, ``WriteWindowFiles``, review queue) over ``ReadLandedFiles``. A file's
element timestamp is the poll time at which it was first listed (as with the watcher).

State (``<output>/_stream_state.json``, written atomically after every micro-batch; ids, paths and
times only, never text): files already read (each path is read once, also across restarts), utterance
conversations still open (their gap has not expired: held, re-read from their source files next time)
and recently closed ids (their later turns are ``LateUtterance`` dead letters).
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field

import apache_beam as beam
from apache_beam.transforms.window import TimestampedValue
from apache_beam.io.filesystems import FileSystems

from pipeline.beam import dofns
from pipeline.beam.sessions import SESSION_CLOSED, SESSION_OPEN, CarryOver
from pipeline.beam.stream_graph import build_stream_pipeline, output_sinks
from pipeline.beam.watch import list_ready
from pipeline.beam.worker_key import is_local_runner
from pipeline.io.filesystem import ensure_dir
from pipeline.io.readers import read_records

logger = logging.getLogger(__name__)

STATE_FILE = "_stream_state.json"
STATE_FORMAT = 1
def uses_local_runner(beam_args) -> bool:
    """True when no ``--runner`` is given or it names a local runner (the micro-batch loop applies)."""
    return is_local_runner(beam_args)


def _conversation_of(raw) -> str | None:
    """The record's conversation id as the parser normalizes it (``str(value).strip()``)."""
    value = (raw.payload or {}).get("conversation_id")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return str(value).strip()


class ReadLandedFiles(beam.DoFn):
    """``(path, landed_at, wanted_ids)`` in, the file's raw records out, stamped ``landed_at``.

    ``wanted_ids`` None: a new file, every record. Otherwise a file re-read for held conversations:
    only those conversations' records (counted ``utterances_reread``, not read again).
    """

    def process(self, item):
        path, landed_at, wanted = item
        if wanted is None:
            dofns.count("files_seen")
        wanted = None if wanted is None else frozenset(wanted)
        for raw in read_records(path):
            if wanted is None:
                dofns.count("records_read")
            elif _conversation_of(raw) in wanted:
                dofns.count("utterances_reread")
            else:
                continue
            yield TimestampedValue(raw, landed_at)


class WriteSessionState(beam.DoFn):
    """Held/closed session records (ids, times, paths) -> one JSON-lines file per bundle in ``directory``."""

    def __init__(self, directory: str) -> None:
        self._directory = directory
        self._records: list = []

    def start_bundle(self) -> None:
        self._records = []

    def process(self, record: dict) -> None:
        self._records.append(record)

    def finish_bundle(self) -> None:
        if self._records:
            path = os.path.join(self._directory, f"sessions-{uuid.uuid4().hex}.jsonl")
            with open(path, "w", encoding="utf-8") as handle:
                handle.writelines(json.dumps(r) + "\n" for r in self._records)
        self._records = []


@dataclass
class StreamState:
    """What the loop remembers between micro-batches (and runs)."""

    files: dict[str, float] = field(default_factory=dict)      # path -> landed_at
    open: dict[str, dict] = field(default_factory=dict)        # conversation id -> {newest, sources}
    closed: dict[str, float] = field(default_factory=dict)     # conversation id -> closed_at

    @classmethod
    def load(cls, path: str) -> "StreamState":
        from pipeline.io.filesystem import read_bytes

        raw = read_bytes(path)  # any file system (pipeline.io.filesystem)
        if raw is None:
            return cls()
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != STATE_FORMAT:
            raise ValueError(f"{path}: unknown stream state format {data.get('format')!r}")
        return cls(files=dict(data["files"]), open=dict(data["open"]), closed=dict(data["closed"]))

    def save(self, path: str) -> None:
        from pipeline.reporting.report import write_json_atomic

        write_json_atomic(path, {"format": STATE_FORMAT, "files": self.files, "open": self.open,
                                 "closed": self.closed})


@dataclass
class LoopSettings:
    """Where to look, how often, and when to stop."""

    pattern: str
    poll_interval: float
    min_file_age: float
    stop_after: float | None = None
    stop_when_idle: float | None = None


def _merge(total: dict[str, int], counters: dict[str, int]) -> None:
    for name, value in counters.items():
        total[name] = total.get(name, 0) + value


class MicroBatchLoop:
    """Runs micro-batches until a stop condition or signal; ``run()`` returns (counters, folders)."""

    def __init__(self, output_dir: str, config, key, version: str, settings: LoopSettings, beam_args=()) -> None:
        self._output = output_dir
        self._config = config
        self._key = key
        self._version = version
        self._settings = settings
        self._beam_args = list(beam_args)
        self._state_path = FileSystems.join(output_dir, STATE_FILE)
        self._stop = threading.Event()
        self.batches = 0

    # -- one micro-batch -------------------------------------------------------------------------
    def _run_batch(self, state: StreamState, new: list[str], now: float, final: bool) -> tuple[dict, dict]:
        from pipeline.beam.batch import job_counters
        from pipeline.beam.options import beam_options

        items = [(path, now, None) for path in new]
        wanted: dict[str, set] = {}
        for cid, held in state.open.items():
            for source in held["sources"]:
                wanted.setdefault(source, set()).add(cid)
        items += [(source, state.files.get(source, now), sorted(ids)) for source, ids in sorted(wanted.items())]
        retention = self._config.streaming.closed_retention_seconds
        carry = CarryOver(cutoff=None if final else now,
                          closed_before=frozenset(c for c, at in state.closed.items() if at + retention >= now))
        scratch = tempfile.mkdtemp(prefix="pii-stream-sessions-")
        try:
            p = beam.Pipeline(options=beam_options(self._beam_args, streaming=False))
            raw = p | "Landed" >> beam.Create(items, reshuffle=False) | "ReadLanded" >> beam.ParDo(ReadLandedFiles())
            folders = build_stream_pipeline(p, raw, self._output, self._config, self._key, self._version,
                                            carry=carry, session_state_sink=lambda: beam.ParDo(WriteSessionState(scratch)))
            result = p.run()
            result.wait_until_finish()
            counters = job_counters(result)
            records = []
            for name in sorted(os.listdir(scratch)):
                with open(os.path.join(scratch, name), encoding="utf-8") as handle:
                    records.extend(json.loads(line) for line in handle if line.strip())
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        # Re-read turns were counted as read when their file first landed.
        counters["utterances_read"] = counters.get("utterances_read", 0) - counters.pop("utterances_reread", 0)
        for path in new:
            state.files[path] = now
        state.open = {}
        for record in records:
            cid = record["conversation_id"]
            if record["state"] == SESSION_OPEN:
                state.open[cid] = {"newest": record["newest"], "sources": record["sources"]}
            elif record["state"] == SESSION_CLOSED:
                state.closed[cid] = record["closed_at"]
        state.closed = {c: at for c, at in state.closed.items() if at + retention >= now}
        state.save(self._state_path)
        self.batches += 1
        return counters, folders

    # -- the loop --------------------------------------------------------------------------------
    def request_stop(self) -> None:
        self._stop.set()

    def _install_signals(self) -> dict:
        previous = {}

        def handler(signum, _frame):
            logger.warning("signal %s: stopping after the current micro-batch; flushing", signum)
            self._stop.set()
            signal.signal(signum, previous.get(signum, signal.SIG_DFL))  # a second signal aborts

        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                previous[signum] = signal.signal(signum, handler)
            except ValueError:  # not the main thread
                pass
        return previous

    def run(self) -> tuple[dict[str, int], dict[str, str]]:
        from pipeline.beam.dofns import RedactConversations

        settings = self._settings
        gap = self._config.streaming.conversation_gap_seconds
        ensure_dir(self._output)
        state = StreamState.load(self._state_path)
        # Keep one Redactor alive across micro-batches (the DoFns share it through shared.Shared).
        keeper = RedactConversations(self._config, self._key, self._config.output.layout, self._version)
        keeper.setup()
        started = time.time()
        last_new = started
        counters: dict[str, int] = {}
        folders = {name: folder for name, (folder, _) in output_sinks(self._config, self._output).items()}
        previous = self._install_signals()
        try:
            while True:
                now = time.time()
                reason = None
                if self._stop.is_set():
                    reason = "stop requested"
                elif settings.stop_after is not None and now - started >= settings.stop_after:
                    reason = "deadline"
                elif settings.stop_when_idle is not None and now - last_new >= settings.stop_when_idle:
                    reason = "idle"
                new = [p for p in list_ready(settings.pattern, now, settings.min_file_age) if p not in state.files]
                counters["watch_polls"] = counters.get("watch_polls", 0) + 1
                if new:
                    last_new = now
                due = any(held["newest"] + gap <= now for held in state.open.values())
                if new or due or (reason and state.open):
                    batch_counters, _ = self._run_batch(state, new, now, final=reason is not None)
                    _merge(counters, batch_counters)
                    if new:
                        logger.info("micro-batch %d: %d new file(s) in %.1f s", self.batches, len(new),
                                    time.time() - now)
                if reason:
                    logger.info("stream stopping: %s", reason)
                    break
                self._stop.wait(max(0.0, settings.poll_interval - (time.time() - now)))
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
            del keeper
        return counters, folders
