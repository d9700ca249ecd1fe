"""Executor side of the Spark job: Arrow batches of records in, Arrow-encoded outputs out (``mapInArrow``).

What Spark serializes and ships to executors is a ``WorkerSpec``: the config, a *reference* to the key
(an optional key-file path; the ``PII_PIPELINE_KEY`` variable is read from the executor's environment)
and the key's fingerprint. The key itself is loaded on the executor, checked against the fingerprint,
and the Redactor is built once per Python worker process (``_REDACTORS``, keyed by config fingerprint).

Rows arrive sorted by ``conversation_id`` then ``turn_index`` (``pipeline.spark.frames``): utterances of one
conversation are contiguous, so a partition is streamed, never held whole.
"""
from __future__ import annotations

import json
import logging
import os
import pickle
import resource
import time
from dataclasses import dataclass
from typing import Iterator

import pyarrow as pa

from pipeline.config.models import PipelineConfig
from pipeline.io.parse import group_utterances, parse_record
from pipeline.io.errors import RecordError
from pipeline.io.readers import RawRecord
from pipeline.privacy.consent import ConsentPolicy, ConsentRecord, parse_timestamp
from pipeline.privacy.keys import PseudonymKeyError, load_key
from pipeline.records import Conversation, DeadLetter, Utterance
from pipeline.redaction.batch_outputs import RoutedBatch, ipc_bytes, record_batch, route_batch
from pipeline.schema import (AUDIO_REDACTION_SCHEMA, AUDIT_SCHEMA, DEAD_LETTER_SCHEMA, dead_letter_row,
                             training_schema)

logger = logging.getLogger(__name__)

# Conversations per redaction batch (as the Beam job: enough turns for nlp.pipe, bounded memory).
BATCH_CONVERSATIONS = 16
STAGE_GROUP = "group"
# Output kinds, named as the job's output folders (``OutputPaths``) and ``RedactedFrames`` fields.
KIND_TRAINING, KIND_AUDIT, KIND_DEAD, KIND_AUDIO = "training", "audit", "dead_letter", "audio_redactions"
KIND_COUNTERS = "counters"
# What mapInArrow returns: one row per produced Arrow batch, its kind and its IPC bytes.
OUTPUT_FIELDS = (("kind", pa.string()), ("data", pa.binary()))
OUTPUT_SCHEMA = pa.schema([pa.field(n, t, nullable=False) for n, t in OUTPUT_FIELDS])


@dataclass(frozen=True)
class KeyRef:
    """Where executors load the key from: ``PII_PIPELINE_KEY`` in their environment, or ``key_file``.

    Holds no key material, only a path and the fingerprint the loaded key must have.
    """

    fingerprint: str
    key_file: str | None = None

    def load(self):
        key = load_key(self.key_file, allow_random=False)
        if key.fingerprint != self.fingerprint:
            raise PseudonymKeyError(
                f"the executor loaded key {key.fingerprint}, the driver uses {self.fingerprint}: "
                "give every node the same PII_PIPELINE_KEY or key file")
        return key


@dataclass(frozen=True)
class WorkerSpec:
    """Everything an executor needs, picklable and free of secrets."""

    config: PipelineConfig
    key_ref: KeyRef
    version: str
    review_dir: str | None = None  # where held / QA-sampled conversations are queued (None: not queued)


def output_schemas(layout: str) -> dict[str, pa.Schema]:
    """Output kind -> its explicit schema (training: of ``layout``), in the order outputs are written."""
    return {KIND_TRAINING: training_schema(layout), KIND_AUDIT: AUDIT_SCHEMA, KIND_DEAD: DEAD_LETTER_SCHEMA,
            KIND_AUDIO: AUDIO_REDACTION_SCHEMA}


_REDACTORS: dict[str, object] = {}  # one Redactor per Python worker process and config


def worker_redactor(spec: WorkerSpec):
    """The process's Redactor for ``spec`` (built on first use; consent was enforced by the join)."""
    tag = spec.config.fingerprint(spec.key_ref.fingerprint)
    redactor = _REDACTORS.get(tag)
    if redactor is None:
        from pipeline.privacy.consent import allow_all
        from pipeline.redaction.redactor import Redactor

        started = time.monotonic()
        redactor = Redactor(spec.config, key=spec.key_ref.load(), consent=allow_all)
        _REDACTORS[tag] = redactor
        logger.info("pid %d: redactor built in %.1f s", os.getpid(), time.monotonic() - started)
    return redactor


def _parsed(row: dict, spec: WorkerSpec) -> Conversation | Utterance | DeadLetter:
    if row.get("record") is not None:
        return pickle.loads(row["record"])  # written by pipeline.spark.reading in this job
    payload = row.get("payload")
    try:
        decoded = json.loads(payload) if payload is not None else None
    except ValueError:
        decoded = None
    raw = RawRecord(row.get("source") or "dataframe", row.get("position"), decoded,
                    None if isinstance(decoded, dict) else "InvalidJson",
                    "" if isinstance(decoded, dict) else "row payload is not a JSON object")
    return parse_record(raw, spec.config.limits, spec.config.input)


class _Partition:
    """State of one partition: pending utterances, the batch being filled, its outputs."""

    def __init__(self, spec: WorkerSpec) -> None:
        self.spec = spec
        self.redactor = worker_redactor(spec)
        self.layout = spec.config.output.layout
        # The registry was joined (columns consent_*) when configured: decide here, before detection.
        self.consent = ConsentPolicy.from_config(spec.config.consent) if spec.config.consent.registry else None
        self.out = RoutedBatch()
        self.batch: list[Conversation] = []
        self.group_id: str | None = None
        self.group: list[tuple[Utterance, ConsentRecord | None]] = []

    def add(self, row: dict) -> None:
        parsed = _parsed(row, self.spec)
        self.out.counters["records_read"] += 1
        if isinstance(parsed, Utterance):
            if parsed.conversation_id != self.group_id:
                self.flush_group()
                self.group_id = parsed.conversation_id
            self.out.counters["utterances_read"] += 1
            self.group.append((parsed, _consent_record(row)))
            return
        self.flush_group()
        if isinstance(parsed, DeadLetter):
            self.out.add_dead(parsed)
        else:
            self.out.counters["conversations_assembled"] += 1
            self.admit(parsed, _consent_record(row))

    def flush_group(self) -> None:
        if not self.group:
            return
        utterances = [u for u, _ in self.group]
        records = {u.customer_id: r for u, r in self.group}
        conversation_id, self.group_id, self.group = self.group_id, None, []
        try:
            conversation = group_utterances(conversation_id, utterances, self.spec.config.limits)
        except RecordError as err:
            self.out.add_dead(DeadLetter(source=utterances[0].source, stage=STAGE_GROUP,
                                         error_type=err.error_type, detail=err.detail, record_id=conversation_id))
            return
        self.out.counters["conversations_assembled"] += 1
        self.admit(conversation, records.get(conversation.customer_id))

    def admit(self, conversation: Conversation, record: ConsentRecord | None) -> None:
        policy = self.consent
        if policy is not None:
            self.out.counters["consent.checked"] += 1
            reason = policy.decide(conversation.customer_id, record)
            if reason is not None:
                self.out.counters[f"dropped.{reason}"] += 1
                return
        self.batch.append(conversation)
        if len(self.batch) >= BATCH_CONVERSATIONS:
            self.redact()

    def redact(self) -> None:
        if self.batch:
            route_batch(self.redactor, self.batch, self.layout, self.spec.version, self.out)
            self.batch = []

    def drain(self) -> Iterator[dict]:
        """Arrow-encoded training, audit, dead-letter and audio outputs gathered so far (review items written)."""
        out, self.out = self.out, RoutedBatch(counters=self.out.counters)
        for item in out.review:
            if self.spec.review_dir is None:
                out.counters[f"review.not_queued.{item['kind']}"] += 1
                continue
            from pipeline.privacy.review.queue import write_item

            write_item(self.spec.review_dir, item)  # named by kind + id: a retried task rewrites it
            out.counters[f"review.queued.{item['kind']}"] += 1
        fingerprint = self.redactor.fingerprint
        dead = [dead_letter_row(d, self.spec.version, fingerprint) for d in out.dead]
        rows_of = {KIND_TRAINING: out.training, KIND_AUDIT: out.audit, KIND_DEAD: dead, KIND_AUDIO: out.audio}
        for kind, schema in output_schemas(self.layout).items():
            if rows := rows_of[kind]:
                yield {"kind": kind, "data": ipc_bytes(record_batch(rows, schema))}


def _consent_record(row: dict) -> ConsentRecord | None:
    state = row.get("consent_state")
    if state is None or not row.get("customer_id"):
        return None
    return ConsentRecord(row["customer_id"], state, parse_timestamp(row.get("consent_updated_at")))


def redact_partition(spec: WorkerSpec):
    """The ``mapInArrow`` function: record batches of the job's input frame -> ``OUTPUT_SCHEMA`` batches.

    Each partition ends with one ``counters`` row (JSON): the job's counters for this partition and the
    worker's peak memory, summed by the driver from committed data (no accumulator double counts).
    """
    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        started = time.monotonic()
        part = _Partition(spec)
        for batch in batches:
            for row in batch.to_pylist():
                part.add(row)
            rows = list(part.drain())  # an utterance group may continue into the next batch
            if rows:
                yield pa.RecordBatch.from_pylist(rows, schema=OUTPUT_SCHEMA)
        part.flush_group()
        part.redact()
        rows = list(part.drain())
        counters = dict(part.out.counters)
        logger.info("pid %d: partition of %d records in %.1f s", os.getpid(),
                    counters.get("records_read", 0), time.monotonic() - started)
        rows.append({"kind": KIND_COUNTERS, "data": json.dumps({
            "counters": counters, "pid": os.getpid(),
            "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}).encode()})
        yield pa.RecordBatch.from_pylist(rows, schema=OUTPUT_SCHEMA)

    return run


