"""The streaming job's graph: events -> windowed training, audit and dead-letter Parquet.

Same core as the batch job: the batch readers' records, ``ParseRecords``, ``group_utterances`` (per
conversation, in state: ``pipeline.beam.sessions``), ``RedactTranscripts`` (``process_batch``,
``training_rows``, ``audit_rows``), ``DeadLetterRows``, the schemas and the report. Only the framing
differs: conversations are placed in fixed event-time windows and every window's rows are written as
Parquet files named after the window.

Late data policy (docs/streaming.md): the sinks never drop a row. A row whose window already has
files adds another part file to that window. An utterance arriving after its conversation closed is
a dead letter (``LateUtterance``) with the reason, counted as ``late.utterance_after_close``.
"""
from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from typing import Callable

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems
from apache_beam.transforms import window
from apache_beam.utils.windowed_value import WindowedValue

from pipeline.beam import dofns
from pipeline.beam.sessions import TAG_SESSION_STATE, AssembleSessions, CarryOver
from pipeline.beam.batch import OutputPaths
from pipeline.beam.transforms import DeadLetterRows, RedactTranscripts, WriteReviewQueue
from pipeline.config.models import PipelineConfig
from pipeline.schema import AUDIO_REDACTION_SCHEMA, AUDIT_SCHEMA, DEAD_LETTER_SCHEMA, training_schema

logger = logging.getLogger(__name__)

DEAD_LETTER_OUTPUT = "dead_letter"
PARQUET_SUFFIX = ".parquet"


def output_sinks(config: PipelineConfig, output_root: str) -> dict[str, tuple[str, Callable[[], beam.PTransform]]]:
    """Output name -> (folder, writer factory) for every output of the streaming job.

    The one place that maps ``RedactTranscripts`` outputs to sinks: Parquet outputs get windowed
    Parquet files, ``review`` items the batch job's owner-only review queue. An output missing here
    fails the pipeline build (a row is never silently left unwritten).
    """
    paths = OutputPaths(output_root)
    review = paths.review(config)

    def parquet(folder: str, schema: pa.Schema, name: str):
        return folder, lambda: beam.ParDo(WriteWindowFiles(folder, schema, name))

    return {"training": parquet(paths.training, training_schema(config.output.layout), "training"),
            "audit": parquet(paths.audit, AUDIT_SCHEMA, "audit"),
            DEAD_LETTER_OUTPUT: parquet(paths.dead_letter, DEAD_LETTER_SCHEMA, DEAD_LETTER_OUTPUT),
            "audio": parquet(paths.audio_redactions, AUDIO_REDACTION_SCHEMA, "audio_redactions"),
            "review": (review, lambda: WriteReviewQueue(review, config.review.allow_remote))}


def sink_for(name: str, config: PipelineConfig, output_root: str):
    """(folder, writer factory) of output ``name``; raises ValueError for an output without a sink."""
    sinks = output_sinks(config, output_root)
    if name not in sinks:
        raise ValueError(f"RedactTranscripts output {name!r} has no streaming sink: "
                         "add it to pipeline.beam.streaming.output_sinks")
    return sinks[name]


def window_label(win) -> str:
    """``20260101T100000Z-20260101T100100Z`` for a window; ``global`` for the global window."""
    if not isinstance(win, window.IntervalWindow):
        return "global"
    fmt = "%Y%m%dT%H%M%SZ"
    return f"{win.start.to_utc_datetime().strftime(fmt)}-{win.end.to_utc_datetime().strftime(fmt)}"


class WriteWindowFiles(beam.DoFn):
    """Rows in; per bundle, one Parquet file per window ``<dir>/window-<label>-<id>.parquet``.

    Written under a dot-name in the same folder and renamed when complete, so a visible file is
    always whole (readers skip dot-files). No grouping by window: a row is written in the bundle
    that brings it, whatever the watermark, so late rows are written too and the files of a poll
    become visible as soon as it is processed, on every runner.
    """

    def __init__(self, directory: str, schema: pa.Schema, output_name: str) -> None:
        self._directory = directory.rstrip("/")
        self._schema = schema
        self._name = output_name
        self._rows: dict = {}

    def start_bundle(self) -> None:
        self._rows = defaultdict(list)

    def process(self, row: dict, win=beam.DoFn.WindowParam):
        self._rows[win].append(row)

    def finish_bundle(self):
        for win, rows in self._rows.items():
            path = self._write(win, rows)
            dofns.count(f"rows_written.{self._name}", len(rows))
            dofns.count(f"files_written.{self._name}")
            yield WindowedValue(path, win.max_timestamp(), [win])
        self._rows = defaultdict(list)

    def _write(self, win, rows: list[dict]) -> str:
        name = f"window-{window_label(win)}-{uuid.uuid4().hex[:12]}{PARQUET_SUFFIX}"
        final = FileSystems.join(self._directory, name)
        temp = FileSystems.join(self._directory, f".tmp-{name}")
        table = pa.Table.from_pylist(rows, schema=self._schema)
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink)
        with FileSystems.create(temp) as handle:
            handle.write(sink.getvalue().to_pybytes())
        FileSystems.rename([temp], [final])
        return final


class ParseEvents(beam.PTransform):
    """Raw records -> conversations (``conversations``) and dead letters (``dead``), global window.

    Conversation records pass straight through; utterance records wait in per-conversation state.
    Each output is a tuple of PCollections, not a Flatten: on the FnApiRunner a Flatten of two
    producers holds its data until the source ends, which would stop files appearing while running.
    """

    def __init__(self, config: PipelineConfig, carry: CarryOver | None = None) -> None:
        super().__init__()
        self._config = config
        self._carry = carry

    def expand(self, raw):
        streaming = self._config.streaming
        parsed = raw | "Parse" >> beam.ParDo(dofns.ParseRecords(self._config.limits, self._config.input)).with_outputs(
            dofns.TAG_UTTERANCE, dofns.TAG_DEAD, main="conversation")
        sessions = parsed[dofns.TAG_UTTERANCE] | "Sessions" >> AssembleSessions(
            self._config.limits, streaming.conversation_gap_seconds, streaming.closed_retention_seconds,
            self._carry)
        result = {"conversations": (parsed.conversation, sessions["conversations"]),
                  "dead": (parsed[dofns.TAG_DEAD], sessions["dead"])}
        if self._carry is not None:  # micro-batch: held and closed sessions (ids and paths only)
            result[TAG_SESSION_STATE] = (sessions[TAG_SESSION_STATE],)
        return result


class StreamTranscripts(beam.PTransform):
    """Raw records -> windowed rows: output name (``training``, ``audit``, ``dead_letter``, ...) ->
    tuple of PCollections (each written by the same sink; see ``ParseEvents`` for why no Flatten)."""

    def __init__(self, config: PipelineConfig, key, version: str, carry: CarryOver | None = None) -> None:
        super().__init__()
        self._config = config
        self._key = key
        self._version = version
        self._carry = carry

    def expand(self, raw):
        seconds = self._config.streaming.window_seconds
        fingerprint = self._config.fingerprint(self._key.fingerprint)
        parsed = raw | "ParseEvents" >> ParseEvents(self._config, self._carry)
        outputs: dict[str, list] = defaultdict(list)
        if TAG_SESSION_STATE in parsed:
            outputs[TAG_SESSION_STATE].extend(parsed[TAG_SESSION_STATE])
        dead = list(parsed["dead"])
        for i, conversations in enumerate(parsed["conversations"]):
            redacted = (conversations
                        | f"Window{i}" >> beam.WindowInto(window.FixedWindows(seconds))
                        | f"Redact{i}" >> RedactTranscripts(self._config, self._key, self._version))
            for name, rows in redacted.items():
                if name == "dead":
                    dead.append(rows)
                else:
                    outputs[name].append(rows)
        for j, letters in enumerate(dead):
            outputs[DEAD_LETTER_OUTPUT].append(
                letters
                | f"WindowDead{j}" >> beam.WindowInto(window.FixedWindows(seconds))
                | f"DeadLetterRows{j}" >> DeadLetterRows(self._version, fingerprint))
        return {name: tuple(pcolls) for name, pcolls in outputs.items()}


def build_stream_pipeline(p: beam.Pipeline, raw, output_root: str, config: PipelineConfig, key,
                          version: str, carry: CarryOver | None = None,
                          session_state_sink: Callable[[], beam.PTransform] | None = None) -> dict[str, str]:
    """Wire redaction and one windowed sink per output; returns output name -> folder.

    ``carry`` and ``session_state_sink`` are the micro-batch loop's (``pipeline.beam.microbatch``):
    held/closed sessions go to ``session_state_sink`` (not an output folder).
    """
    folders = {}
    for name, pcolls in (raw | "Stream" >> StreamTranscripts(config, key, version, carry)).items():
        if name == TAG_SESSION_STATE:
            for j, records in enumerate(pcolls):
                records | f"SessionState_{j}" >> session_state_sink()
            continue
        folder, writer = sink_for(name, config, output_root)
        folders[name] = folder
        for j, rows in enumerate(pcolls):
            rows | f"Write_{name}_{j}" >> writer()
    return folders
