"""Beam DoFns: thin wrappers over the plain-Python core (parsing, grouping, redaction).

Heavy objects (the Redactor: spaCy + recognizers) are built in ``setup()`` and shared by every DoFn
instance of a worker process through ``shared.Shared``; never captured in ``__init__`` (pickling an
analyzer costs ~17 MB per DoFn). Error paths log ids and error types, never elements.
"""
from __future__ import annotations

import logging
from typing import Iterable

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils import shared

from pipeline.beam import progress
from pipeline.config.models import LimitsConfig, PipelineConfig
from pipeline.config.interop import InputConfig
from pipeline.io.parse import RecordError, group_utterances, parse_record
from pipeline.io.readers import RawRecord, read_records
from pipeline.io.shards import FileShard, plan_shards, read_shard
from pipeline.records import Conversation, DeadLetter, Utterance
from pipeline.privacy.key_source import KeySource
from pipeline.privacy.review.queue import review_item
from pipeline.privacy.review.routing import KIND_HOLD, KIND_QA, qa_sampled

logger = logging.getLogger(__name__)

NAMESPACE = "pii_pipeline"
TAG_UTTERANCE = "utterance"
TAG_DEAD = "dead"
TAG_TRAINING = "training"
TAG_AUDIT = "audit"
TAG_REVIEW = "review"  # review-queue items (raw text: held or QA-sampled conversations)
TAG_AUDIO = "audio"  # audio redaction intervals of written conversations (times and types, never text)
STAGE_GROUP = "group"


def count(name: str, n: int = 1) -> None:
    """Increment the job counter ``name`` (read back by the run report)."""
    Metrics.counter(NAMESPACE, name).inc(n)


def dead_letter_counted(dead: DeadLetter) -> DeadLetter:
    count(f"dead_lettered.{dead.stage}")
    return dead


SCORE_BINS = 10  # score histogram: [0.0, 0.1), ..., [0.9, 1.0]


def score_bin(score: float) -> str:
    """The histogram bin label of a score, e.g. ``0.7`` for 0.74 (1.0 falls in ``0.9``)."""
    return f"{min(int(score * SCORE_BINS), SCORE_BINS - 1) / SCORE_BINS:.1f}"


def count_findings(outcome, review_config) -> None:
    """Entities per type, score histogram, recognizers and flagged (uncertain) findings of an outcome."""
    from collections import Counter

    from pipeline.privacy.review.routing import POLICY_FLAG, is_uncertain

    counts: Counter[str] = Counter()  # one counter update per name, not per finding
    flag = review_config.policy == POLICY_FLAG
    for red in outcome.redacted:
        for finding in red.findings:
            counts[f"entities.{finding.entity_type}"] += 1
            counts[f"score_bin.{score_bin(finding.score)}"] += 1
            counts[f"recognizers.{finding.recognizer}"] += 1
            if flag and is_uncertain(finding, review_config):
                counts["review.flagged_findings"] += 1
    for name, n in counts.items():
        count(name, n)


def count_minimization(conversation: Conversation, allowlist) -> None:
    """Metadata keys kept out of training output and customer ids replaced by keyed references."""
    allowed = set(allowlist)
    dropped = [k for k in conversation.metadata if k not in allowed]
    if dropped:
        count("minimization.metadata_keys_dropped", len(dropped))
        count("minimization.conversations_with_metadata_dropped")
    if conversation.customer_id is not None:
        count("minimization.customer_ids_pseudonymized")


class WriteReviewItems(beam.DoFn):
    """Review-queue items -> owner-only JSON files under ``<review_dir>/queue/`` (remote only if allowed)."""

    def __init__(self, review_dir: str, allow_remote: bool = False) -> None:
        self._review_dir = review_dir
        self._allow_remote = allow_remote

    def process(self, item: dict):
        from pipeline.privacy.review.queue import write_item

        write_item(self._review_dir, item, allow_remote=self._allow_remote)
        count(f"review.queued.{item['kind']}")
        yield item["conversation_id"]


class ReadFileRecords(beam.DoFn):
    """A file path in, its raw records out (streamed; a bad file becomes one raw error record)."""

    def process(self, path: str) -> Iterable[RawRecord]:
        for raw in read_records(path):
            count("records_read")
            yield raw


class PlanFileShards(beam.DoFn):
    """A file path in, its shards out (``pipeline.io.shards``: large files split for several workers)."""

    def process(self, path: str) -> Iterable[FileShard]:
        shards = plan_shards(path)
        count("input_shards", len(shards))
        yield from shards


class ReadShardRecords(beam.DoFn):
    """A file shard in, its raw records out (streamed, numbered as in the whole file)."""

    def process(self, shard: FileShard) -> Iterable[RawRecord]:
        for raw in read_shard(shard):
            count("records_read")
            yield raw
        progress.tick_shard(shard)

    def finish_bundle(self) -> None:
        progress.flush()  # the last shard's bytes reach the progress line


class ParseRecords(beam.DoFn):
    """Raw records to conversations (main), utterances and dead letters (tagged)."""

    def __init__(self, limits: LimitsConfig, input_config: InputConfig | None = None) -> None:
        self._limits = limits
        self._input = input_config

    def process(self, raw: RawRecord):
        parsed = parse_record(raw, self._limits, self._input)
        if isinstance(parsed, DeadLetter):
            yield beam.pvalue.TaggedOutput(TAG_DEAD, dead_letter_counted(parsed))
        elif isinstance(parsed, Utterance):
            count("utterances_read")
            yield beam.pvalue.TaggedOutput(TAG_UTTERANCE, (parsed.conversation_id, parsed))
        else:
            count("conversations_assembled")
            yield parsed


class AssembleConversations(beam.DoFn):
    """Grouped utterances to one conversation, or a dead letter for the whole group."""

    def __init__(self, limits: LimitsConfig) -> None:
        self._limits = limits

    def process(self, keyed: tuple[str, Iterable[Utterance]]):
        conversation_id, utterances = keyed
        utterances = list(utterances)
        try:
            conversation = group_utterances(conversation_id, utterances, self._limits)
        except RecordError as err:
            yield beam.pvalue.TaggedOutput(TAG_DEAD, dead_letter_counted(DeadLetter(
                source=utterances[0].source if utterances else "", stage=STAGE_GROUP,
                error_type=err.error_type, detail=err.detail, record_id=conversation_id)))
            return
        count("conversations_assembled")
        yield conversation


# One handle per worker process (module state, never pickled): every RedactConversations instance of a
# process, in every stage, then gets the same Redactor. A handle per DoFn would build one per stage.
_SHARED_REDACTORS = shared.Shared()


class _RedactorHolder:
    """Weak-referenceable holder so ``shared.Shared`` can keep one Redactor per worker process."""

    def __init__(self, redactor) -> None:
        self.redactor = redactor


class RedactConversations(beam.DoFn):
    """Batches of conversations in; training rows (main), audit rows and dead letters out.

    Holds a ``KeySource`` (where the key is, and its fingerprint), never the key: the DoFn is pickled
    into the job graph, which runners store. ``setup()`` loads the key on the worker.
    """

    def __init__(self, config: PipelineConfig, key: KeySource, layout: str, version: str) -> None:
        if not isinstance(key, KeySource):
            raise TypeError("RedactConversations needs a KeySource (pipeline.beam.worker_key), never a key: "
                            "the DoFn is pickled into the job graph")
        self._config = config
        self._key = key
        self._layout = layout
        self._version = version
        self._holder: _RedactorHolder | None = None

    def setup(self) -> None:
        from pipeline.privacy.consent import allow_all
        from pipeline.redaction.redactor import Redactor

        def build() -> _RedactorHolder:
            # Consent was enforced upstream by the registry join (pipeline.beam.consent). The key is
            # loaded here, on the worker, and checked against the driver's fingerprint.
            return _RedactorHolder(Redactor(self._config, key=self._key.resolve(), consent=allow_all))

        tag = f"redactor-{self._config.fingerprint(self._key.fingerprint)}"
        # Keep the holder: Shared keeps only a weak reference, dropping it would rebuild per instance.
        self._holder = _SHARED_REDACTORS.acquire(build, tag=tag)

    def process(self, batch: list[Conversation]):
        from pipeline.redaction import process as core

        redactor = self._holder.redactor
        for outcome in core.process_batch(redactor, batch):
            if isinstance(outcome, DeadLetter):
                yield beam.pvalue.TaggedOutput(TAG_DEAD, dead_letter_counted(outcome))
                continue
            count("turns_processed", len(outcome.conversation.turns))
            count_findings(outcome, redactor.config.review)
            for row in core.audit_rows(outcome, redactor, self._version):
                yield beam.pvalue.TaggedOutput(TAG_AUDIT, row)
            if outcome.outcome == core.OUTCOME_DROPPED:
                count(f"dropped.{outcome.drop_reason}")
                continue
            if outcome.outcome == core.OUTCOME_HELD:
                count("held_for_review")
                yield beam.pvalue.TaggedOutput(TAG_REVIEW, review_item(outcome, redactor, KIND_HOLD, self._version))
                continue
            count("written")
            count_minimization(outcome.conversation, redactor.config.output.metadata_allowlist)
            if qa_sampled(redactor.key, outcome.conversation.conversation_id, redactor.config.review.qa_sample_rate):
                count("review.qa_sampled")
                yield beam.pvalue.TaggedOutput(TAG_REVIEW, review_item(outcome, redactor, KIND_QA, self._version))
            for row in core.training_rows(outcome, redactor, self._layout, self._version):
                yield row
            for row in audio_rows(outcome, redactor, self._version):
                yield beam.pvalue.TaggedOutput(TAG_AUDIO, row)
        progress.tick_batch(batch)  # the terminal's progress line (pipeline.beam.progress)

    def finish_bundle(self) -> None:
        progress.flush()


def audio_rows(outcome, redactor, version: str) -> list[dict]:
    """``AUDIO_REDACTION_SCHEMA`` rows of a written conversation (none unless its turns are timed).

    Fails closed: a conversation whose intervals cannot be computed gets none, so ``pii-pipeline bleep``
    lists its recording as not copied (counted ``audio.failed``).
    """
    if not any(turn.timings is not None for turn in outcome.conversation.turns):
        return []
    from pipeline.audio.intervals import audio_intervals, audio_redaction_rows

    count("audio.timed_conversations")
    try:
        intervals = audio_intervals(outcome.conversation, outcome.redacted,
                                    redactor.config.output.audio_padding_seconds)
    except Exception as err:  # noqa: BLE001 - no intervals: `bleep` then never copies this recording
        logger.error("audio intervals failed for conversation %s (%s)",
                     outcome.conversation.conversation_id, type(err).__name__)
        count("audio.failed")
        return []
    if intervals:
        count("audio.intervals", len(intervals))
    return audio_redaction_rows(intervals, version, redactor.fingerprint)
