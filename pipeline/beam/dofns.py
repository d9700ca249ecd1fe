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
        from pipeline.redaction.batch_outputs import route_batch

        # Routing and counting are the core's (pipeline.redaction.batch_outputs), shared with Spark.
        routed = route_batch(self._holder.redactor, batch, self._layout, self._version)
        for name, n in routed.counters.items():
            count(name, n)
        for dead in routed.dead:
            yield beam.pvalue.TaggedOutput(TAG_DEAD, dead)
        for row in routed.audit:
            yield beam.pvalue.TaggedOutput(TAG_AUDIT, row)
        for item in routed.review:
            yield beam.pvalue.TaggedOutput(TAG_REVIEW, item)
        for row in routed.audio:
            yield beam.pvalue.TaggedOutput(TAG_AUDIO, row)
        yield from routed.training
        progress.tick_batch(batch)  # the terminal's progress line (pipeline.beam.progress)

    def finish_bundle(self) -> None:
        progress.flush()
