"""Transcript files -> the job's input frame, read on the executors (a few file shards per task).

The driver plans shards (``pipeline.io.shards``: large files split at record boundaries); executors
read and parse them with the same functions as the Beam job. Shards are dealt into at most twice as
many read tasks as the cluster has cores: a task costs a fixed ~0.2-0.3 s (scheduling, a Python
round trip, a shuffle file) whatever its size, and one large file plans into 16 shards. A parsed
record travels pickled in the ``record`` column (the executor that redacts it does not parse it again).
"""
from __future__ import annotations

import pickle
from functools import partial
from typing import Iterator, Sequence

from pyspark.sql import DataFrame, SparkSession

from pipeline.config.models import PipelineConfig
from pipeline.io.parse import parse_record
from pipeline.io.shards import FileShard, plan_shards, read_shard
from pipeline.records import DeadLetter, Utterance
from pipeline.spark.types import INTERNAL_SCHEMA

READ_TASKS_PER_CORE = 2  # enough for load balance, few enough that per-task costs stay small


def _shard_rows(shard: FileShard, limits, input_config) -> Iterator[tuple]:
    for raw in read_shard(shard):
        parsed = parse_record(raw, limits, input_config)
        if isinstance(parsed, DeadLetter):
            ids = (None, None, None)
        elif isinstance(parsed, Utterance):
            ids = (parsed.conversation_id, parsed.turn_index, parsed.customer_id)
        else:
            ids = (parsed.conversation_id, None, parsed.customer_id)
        yield (raw.source, raw.position, *ids, None, pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL))


def read_frame(spark: SparkSession, files: Sequence[str], config: PipelineConfig) -> tuple[DataFrame, int]:
    """(input frame of every record of ``files``, number of shards)."""
    shards = [shard for path in files for shard in plan_shards(path)]
    tasks = max(1, min(len(shards), READ_TASKS_PER_CORE * spark.sparkContext.defaultParallelism))
    rows = spark.sparkContext.parallelize(shards, tasks).flatMap(
        partial(_shard_rows, limits=config.limits, input_config=config.input))
    return spark.createDataFrame(rows, INTERNAL_SCHEMA), len(shards)
