"""One redaction batch as the rows and counters every sink needs: the engine-neutral routing step.

``process_batch`` gives one outcome per conversation; ``route_batch`` turns those outcomes into training
rows, audit rows, dead letters, review-queue items and job counters, exactly as the batch job writes
and counts them. ``record_batch`` builds an Arrow record batch with an explicit output schema, so an
engine that moves Arrow data (Spark's ``mapInArrow``) writes the same tables. Plain Python: no engine.
"""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

import pyarrow as pa

from pipeline.privacy.review.queue import review_item
from pipeline.privacy.review.routing import KIND_HOLD, KIND_QA, POLICY_FLAG, is_uncertain, qa_sampled
from pipeline.records import Conversation, DeadLetter
from pipeline.redaction import process as core
from pipeline.redaction.redactor import Redactor

logger = logging.getLogger(__name__)

SCORE_BINS = 10  # score histogram: [0.0, 0.1), ..., [0.9, 1.0]


def score_bin(score: float) -> str:
    """The histogram bin label of a score, e.g. ``0.7`` for 0.74 (1.0 falls in ``0.9``)."""
    return f"{min(int(score * SCORE_BINS), SCORE_BINS - 1) / SCORE_BINS:.1f}"


def finding_counts(outcome: core.ProcessedConversation, review_config) -> Counter[str]:
    """Entities per type, score histogram, recognizers and flagged (uncertain) findings of an outcome."""
    counts: Counter[str] = Counter()
    flag = review_config.policy == POLICY_FLAG
    for red in outcome.redacted:
        for finding in red.findings:
            counts[f"entities.{finding.entity_type}"] += 1
            counts[f"score_bin.{score_bin(finding.score)}"] += 1
            counts[f"recognizers.{finding.recognizer}"] += 1
            if flag and is_uncertain(finding, review_config):
                counts["review.flagged_findings"] += 1
    return counts


def minimization_counts(conversation: Conversation, allowlist: Iterable[str]) -> Counter[str]:
    """Metadata keys kept out of training output and customer ids replaced by keyed references."""
    counts: Counter[str] = Counter()
    allowed = set(allowlist)
    dropped = [k for k in conversation.metadata if k not in allowed]
    if dropped:
        counts["minimization.metadata_keys_dropped"] += len(dropped)
        counts["minimization.conversations_with_metadata_dropped"] += 1
    if conversation.customer_id is not None:
        counts["minimization.customer_ids_pseudonymized"] += 1
    return counts


@dataclass
class RoutedBatch:
    """What one batch of conversations produced, per sink; ``counters`` use the job's counter names."""

    training: list[dict] = field(default_factory=list)
    audit: list[dict] = field(default_factory=list)
    dead: list[DeadLetter] = field(default_factory=list)
    review: list[dict] = field(default_factory=list)
    audio: list[dict] = field(default_factory=list)
    counters: Counter[str] = field(default_factory=Counter)

    def add_dead(self, dead: DeadLetter) -> None:
        """Record a dead letter and count it under ``dead_lettered.<stage>``."""
        self.dead.append(dead)
        self.counters[f"dead_lettered.{dead.stage}"] += 1


def route_outcome(outcome: core.ProcessedConversation | DeadLetter, redactor: Redactor, layout: str,
                  version: str, out: RoutedBatch) -> None:
    """Route one outcome of ``process_batch`` into ``out`` (the batch job's rules, one implementation)."""
    if isinstance(outcome, DeadLetter):
        out.add_dead(outcome)
        return
    config = redactor.config
    out.counters["turns_processed"] += len(outcome.conversation.turns)
    out.counters.update(finding_counts(outcome, config.review))
    out.audit.extend(core.audit_rows(outcome, redactor, version))
    if outcome.outcome == core.OUTCOME_DROPPED:
        out.counters[f"dropped.{outcome.drop_reason}"] += 1
        return
    if outcome.outcome == core.OUTCOME_HELD:
        out.counters["held_for_review"] += 1
        out.review.append(review_item(outcome, redactor, KIND_HOLD, version))
        return
    out.counters["written"] += 1
    out.counters.update(minimization_counts(outcome.conversation, config.output.metadata_allowlist))
    if qa_sampled(redactor.key, outcome.conversation.conversation_id, config.review.qa_sample_rate):
        out.counters["review.qa_sampled"] += 1
        out.review.append(review_item(outcome, redactor, KIND_QA, version))
    out.training.extend(core.training_rows(outcome, redactor, layout, version))
    out.audio.extend(audio_rows(outcome, redactor, version, out.counters))


def audio_rows(outcome: core.ProcessedConversation, redactor: Redactor, version: str,
               counters: Counter[str]) -> list[dict]:
    """``AUDIO_REDACTION_SCHEMA`` rows of a written conversation (none unless its turns are timed).

    Fails closed: a conversation whose intervals cannot be computed gets none, so ``pii-pipeline bleep``
    lists its recording as not copied (counted ``audio.failed``).
    """
    if not any(turn.timings is not None for turn in outcome.conversation.turns):
        return []
    from pipeline.audio.intervals import audio_intervals, audio_redaction_rows

    counters["audio.timed_conversations"] += 1
    try:
        intervals = audio_intervals(outcome.conversation, outcome.redacted,
                                    redactor.config.output.audio_padding_seconds)
    except Exception as err:  # noqa: BLE001 - no intervals: `bleep` then never copies this recording
        logger.error("audio intervals failed for conversation %s (%s)",
                     outcome.conversation.conversation_id, type(err).__name__)
        counters["audio.failed"] += 1
        return []
    if intervals:
        counters["audio.intervals"] += len(intervals)
    return audio_redaction_rows(intervals, version, redactor.fingerprint)


def route_batch(redactor: Redactor, conversations: Sequence[Conversation], layout: str, version: str,
                out: RoutedBatch | None = None) -> RoutedBatch:
    """Detect, redact and route a batch of conversations (``process_batch`` + ``route_outcome``)."""
    out = out if out is not None else RoutedBatch()
    for outcome in core.process_batch(redactor, conversations):
        route_outcome(outcome, redactor, layout, version, out)
    return out


def record_batch(rows: Sequence[Mapping], schema: pa.Schema) -> pa.RecordBatch:
    """Rows as an Arrow record batch of exactly ``schema`` (a missing or mistyped field raises)."""
    return pa.RecordBatch.from_pylist(list(rows), schema=schema)


def ipc_bytes(batch: pa.RecordBatch) -> bytes:
    """A record batch as Arrow IPC stream bytes (schema included): a value any engine can carry."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)
    return sink.getvalue().to_pybytes()


def from_ipc_bytes(data: bytes) -> list[pa.RecordBatch]:
    """The record batches of ``ipc_bytes`` output."""
    return list(pa.ipc.open_stream(pa.py_buffer(data)))
