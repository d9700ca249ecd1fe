"""Composite PTransforms: one per data-parallel step, logic in ``pipeline`` core functions."""
from __future__ import annotations

import apache_beam as beam
import pyarrow as pa

from pipeline.beam import dofns
from pipeline.beam.parquet_sink import WriteParquetFromMany
from pipeline.config.models import PipelineConfig
from pipeline.schema import dead_letter_row

# Conversations per redaction batch: enough turns for nlp.pipe to pay off, few enough that a worker's
# memory stays bounded. A fixed size: where batches are shuffled (streaming), BatchElements runs before
# the shuffle and cannot time the redaction.
MIN_BATCH_CONVERSATIONS = 16
MAX_BATCH_CONVERSATIONS = 16


# Arrow bytes a Parquet sink buffers before it writes a row group. Beam's default (64 MiB per open
# file, held as Python rows first) made a worker's memory grow with the input; this keeps it flat.
ROW_GROUP_BUFFER_BYTES = 4 * 1024 * 1024


class ReadTranscripts(beam.PTransform):
    """File paths -> conversations and dead letters, each a tuple of PCollections.

    Large files are split into shards (``pipeline.io.shards``) spread over the workers, so one big file
    keeps every worker busy and a worker reads it piece by piece. Conversation records come out of
    the reading stage itself (``conversations[0]``), so redaction fuses with reading and no transcript
    crosses the runner; utterance records are grouped by ``conversation_id`` and ordered by
    ``turn_index`` (``conversations[1]``). Tuples, not a Flatten: on the local runner a Flatten of two
    producers sends every element through the runner process.
    """

    def __init__(self, config: PipelineConfig) -> None:
        super().__init__()
        self._limits = config.limits
        self._input = config.input

    def expand(self, paths):
        raw = (paths
               | "PlanShards" >> beam.ParDo(dofns.PlanFileShards())
               | "SpreadShards" >> beam.Reshuffle()
               | "ReadShards" >> beam.ParDo(dofns.ReadShardRecords()))
        parsed = raw | "Parse" >> beam.ParDo(dofns.ParseRecords(self._limits, self._input)).with_outputs(
            dofns.TAG_UTTERANCE, dofns.TAG_DEAD, main="conversation")
        assembled = (parsed[dofns.TAG_UTTERANCE]
                     | "GroupUtterances" >> beam.GroupByKey()
                     | "Assemble" >> beam.ParDo(dofns.AssembleConversations(self._limits)).with_outputs(
                         dofns.TAG_DEAD, main="conversation"))
        return {"conversations": (parsed.conversation, assembled.conversation),
                "dead": (parsed[dofns.TAG_DEAD], assembled[dofns.TAG_DEAD])}


class RedactTranscripts(beam.PTransform):
    """Conversations -> training rows (``training``), audit rows (``audit``), dead letters (``dead``),
    review-queue items (``review``: held and QA-sampled conversations, raw text), audio redaction
    intervals of written conversations with timed turns (``audio``).

    With ``consent.registry`` configured, conversations of refusing customers are dropped first
    (``pipeline.beam.consent.FilterConsent``): never analyzed, counted ``dropped.<reason>``.

    Args:
        key: Where workers find the pseudonym key (``KeySource``; see ``pipeline.beam.worker_key``).
        spread: Shuffle the conversation batches over the workers before redaction. The batch job
            spreads file shards instead (``ReadTranscripts``) and redacts where it reads.
    """

    def __init__(self, config: PipelineConfig, key, version: str, *, spread: bool = True) -> None:
        super().__init__()
        self._config = config
        self._key = key
        self._version = version
        self._spread = spread

    def expand(self, conversations):
        if self._config.consent.registry:
            from pipeline.beam.consent import FilterConsent

            conversations = conversations | "Consent" >> FilterConsent(self._config.consent)
        batches = conversations | "Batch" >> beam.BatchElements(
            min_batch_size=MIN_BATCH_CONVERSATIONS, max_batch_size=MAX_BATCH_CONVERSATIONS)
        if self._spread:
            # Batch first, then spread: moving a few large elements costs the runner less than many.
            batches = batches | "SpreadBatches" >> beam.Reshuffle()
        results = (batches
                   | "Redact" >> beam.ParDo(dofns.RedactConversations(
                       self._config, self._key, self._config.output.layout, self._version)
                   ).with_outputs(dofns.TAG_AUDIT, dofns.TAG_DEAD, dofns.TAG_REVIEW, dofns.TAG_AUDIO,
                                 main=dofns.TAG_TRAINING))
        return {"training": results[dofns.TAG_TRAINING], "audit": results[dofns.TAG_AUDIT],
                "dead": results[dofns.TAG_DEAD], "review": results[dofns.TAG_REVIEW],
                "audio": results[dofns.TAG_AUDIO]}


class WriteReviewQueue(beam.PTransform):
    """Review items -> owner-only files in ``<review_dir>/queue/`` (see pipeline.privacy.review.queue)."""

    def __init__(self, review_dir: str, allow_remote: bool = False) -> None:
        super().__init__()
        self._review_dir = review_dir
        self._allow_remote = allow_remote

    def expand(self, items):
        return items | "WriteItems" >> beam.ParDo(dofns.WriteReviewItems(self._review_dir, self._allow_remote))


class DeadLetterRows(beam.PTransform):
    """DeadLetter records -> rows of ``DEAD_LETTER_SCHEMA``."""

    def __init__(self, version: str, fingerprint: str) -> None:
        super().__init__()
        self._version = version
        self._fingerprint = fingerprint

    def expand(self, dead):
        version, fingerprint = self._version, self._fingerprint
        return dead | "ToRows" >> beam.Map(lambda d: dead_letter_row(d, version, fingerprint))


class WriteParquet(beam.PTransform):
    """Rows (a PCollection or a tuple of them) -> Parquet files ``<directory>/part-SSSSS-of-NNNNN.parquet``
    with an explicit schema.

    Beam's file sink writes to a temporary location and renames on finalize, so files are complete
    when they become visible. Each producer of a tuple writes in its own stage (no Flatten of rows;
    see ``pipeline.beam.parquet_sink``).
    """

    def __init__(self, directory: str, schema: pa.Schema, row_group_size: int = 10_000) -> None:
        super().__init__()
        self._directory = directory.rstrip("/")
        self._schema = schema
        self._row_group_size = row_group_size

    def expand(self, rows):
        return rows | "WriteToParquet" >> WriteParquetFromMany(
            f"{self._directory}/part", self._schema, file_name_suffix=".parquet",
            row_group_buffer_size=ROW_GROUP_BUFFER_BYTES, record_batch_size=min(self._row_group_size, 1000))
