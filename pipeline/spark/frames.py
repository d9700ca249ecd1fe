"""``redact_dataframe``: a Spark DataFrame of transcripts -> training, audit, dead-letter and audio DataFrames.

The work is one ``mapInArrow`` over the job's input frame (``pipeline.spark.worker``): Arrow batches go
straight into the core (``pipeline.redaction.batch_outputs``), which returns Arrow batches of the
explicit output schemas (``pipeline.schema``), carried as IPC bytes and decoded per output by a second
``mapInArrow`` declaring the same schema to Spark. The redacted result is persisted (it holds redacted
text, hashes and dead-letter details only, never raw text), so the four outputs and the counters
are computed from one redaction pass.
"""
from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass
from typing import Iterator

from pyspark import StorageLevel
from pyspark.sql import DataFrame, functions as F

import pipeline
from pipeline.config.models import PipelineConfig, load_config
from pipeline.privacy.keys import load_key
from pipeline.spark import worker
from pipeline.spark.consent import join_consent
from pipeline.spark.types import decode_outputs, spark_schema

logger = logging.getLogger(__name__)

LAYOUTS = ("conversation", "utterance")
_OUTPUT_SPARK_SCHEMA = spark_schema(worker.OUTPUT_SCHEMA)


@dataclass(frozen=True)
class RedactedFrames:
    """The outputs of ``redact_dataframe``; unpack as ``training, audit, dead_letter = ...``.

    Attributes:
        training: Rows of ``training_schema(config.output.layout)``.
        audit: Rows of ``AUDIT_SCHEMA`` (keyed hashes, never values).
        dead_letter: Rows of ``DEAD_LETTER_SCHEMA``.
        redacted: The persisted redaction result the outputs are decoded from (``unpersist()`` frees it).
        audio_redactions: Rows of ``AUDIO_REDACTION_SCHEMA``: time spans to redact in the recordings of
            written conversations with word timings (vendor transcripts); not part of the unpacking.
    """

    training: DataFrame
    audit: DataFrame
    dead_letter: DataFrame
    redacted: DataFrame
    audio_redactions: DataFrame

    def __iter__(self) -> Iterator[DataFrame]:
        return iter((self.training, self.audit, self.dead_letter))

    def counters(self) -> dict[str, int]:
        """The job counters (names as in the run report), summed over committed partitions."""
        return dict(self.worker_stats()[0])

    def worker_stats(self) -> tuple[Counter, dict[int, int]]:
        """(counters, peak RSS in KiB per Python worker process id)."""
        totals: Counter[str] = Counter()
        peaks: dict[int, int] = {}
        for row in self.redacted.where(F.col("kind") == worker.KIND_COUNTERS).select("data").collect():
            stats = json.loads(bytes(row.data))
            totals.update(stats["counters"])
            peaks[stats["pid"]] = max(peaks.get(stats["pid"], 0), stats["peak_rss_kb"])
        return totals, peaks

    def unpersist(self) -> None:
        """Free the persisted redaction result."""
        self.redacted.unpersist()


def input_frame(df: DataFrame, layout: str, source_column: str | None = None) -> DataFrame:
    """A user's DataFrame (conversation or utterance columns, as in the JSONL inputs) as the input frame."""
    cols = set(df.columns)

    def column(name: str, kind: str):
        return F.col(name).cast(kind) if name in cols else F.lit(None).cast(kind)

    conversation_id = F.trim(column("conversation_id", "string"))
    turn_index = column("turn_index", "long") if layout == "utterance" else F.lit(None).cast("long")
    source = F.col(source_column).cast("string") if source_column else F.lit("dataframe")
    return df.select(source.alias("source"), F.lit(None).cast("long").alias("position"),
                     conversation_id.alias("conversation_id"), turn_index.alias("turn_index"),
                     column("customer_id", "string").alias("customer_id"),
                     F.to_json(F.struct(*[F.col(f"`{c}`") for c in df.columns])).alias("payload"),
                     F.lit(None).cast("binary").alias("record"))


def redact_frame(frame: DataFrame, spec: worker.WorkerSpec, *, grouped: bool = True,
                 partitions: int | None = None, persist: bool = True) -> RedactedFrames:
    """Redact an input frame (``INTERNAL_SCHEMA``): consent join, grouping, ``mapInArrow``, decoding.

    Args:
        grouped: Bring each conversation's records together and order them by turn index first
            (needed for utterance records; conversation records can stay where they are).
        partitions: Partitions of the grouped frame (default: twice the default parallelism).
    """
    spark = frame.sparkSession
    if spec.config.consent.registry:
        frame = join_consent(frame, spec.config.consent)
    if grouped:
        n = partitions or max(2, spark.sparkContext.defaultParallelism * 2)
        frame = (frame.repartition(n, "conversation_id")
                 .sortWithinPartitions("conversation_id", "turn_index", "source", "position"))
    redacted = frame.mapInArrow(worker.redact_partition(spec), _OUTPUT_SPARK_SCHEMA)
    if persist:
        redacted = redacted.persist(StorageLevel.MEMORY_AND_DISK)
    decoded = {kind: redacted.where(F.col("kind") == kind).mapInArrow(decode_outputs, spark_schema(schema))
               for kind, schema in worker.output_schemas(spec.config.output.layout).items()}
    return RedactedFrames(redacted=redacted, **decoded)


def redact_dataframe(df: DataFrame, config: PipelineConfig | str | None = None, *,
                     layout: str = "conversation", key_file: str | None = None, source_column: str | None = None,
                     partitions: int | None = None, persist: bool = True) -> RedactedFrames:
    """Redact a DataFrame of transcripts with the same core as the batch job.

    Args:
        df: Conversation rows (``conversation_id``, ``turns`` of ``speaker``/``text``, optional
            ``customer_id``, ``channel``, ``language``, ``metadata`` map) or utterance rows
            (``conversation_id``, ``turn_index``, ``speaker``, ``text``, ...), per ``layout``.
        config: A ``PipelineConfig``, a YAML path, or None for the packaged defaults.
        layout: ``conversation`` or ``utterance`` (rows grouped by conversation and ordered by
            ``turn_index`` before detection). The output layout is ``config.output.layout``.
        key_file: A key file present on every executor; without it executors read ``PII_PIPELINE_KEY``
            from their environment (e.g. a cluster secret). The key is never shipped by Spark.
        source_column: Column naming each row's origin (dead letters' ``source``).
        partitions: Partitions of the grouped frame.
        persist: Persist the redaction result (recommended: the outputs share it).

    Returns:
        ``RedactedFrames``: unpacks as (training, audit, dead_letter); ``.audio_redactions`` holds the
        audio intervals of conversations with word timings.

    Raises:
        PseudonymKeyError: no key is configured on the driver (a random key cannot reach executors).
    """
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}")
    if not isinstance(config, PipelineConfig):
        config = load_config(config)
    key = load_key(key_file or config.redaction.key_file, allow_random=False)
    spec = worker.WorkerSpec(config, worker.KeyRef(key.fingerprint, key_file or config.redaction.key_file),
                             pipeline.__version__, review_dir=config.review.directory)
    frame = input_frame(df, layout, source_column)
    return redact_frame(frame, spec, grouped=layout == "utterance", partitions=partitions, persist=persist)
