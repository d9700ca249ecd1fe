"""The consent registry as a Spark join: latest state per customer, joined on ``customer_id``.

The registry is read by the executors (one task per file) and reduced per customer with
``ConsentPolicy.latest`` (the same rule as the Beam join), so it never has to fit in one process. The
decision itself (``ConsentPolicy.decide``) runs on the executors before detection
(``pipeline.spark.worker``).
"""
from __future__ import annotations

import glob
import logging

from pyspark.sql import DataFrame, SparkSession, functions as F, types as T

from pipeline.config.controls import ConsentConfig
from pipeline.privacy.consent import ConsentPolicy, read_registry

logger = logging.getLogger(__name__)

LATEST_SCHEMA = T.StructType([
    T.StructField("customer_id", T.StringType(), False), T.StructField("consent_state", T.StringType()),
    T.StructField("consent_updated_at", T.StringType()), T.StructField("registry_rows", T.LongType(), False),
])


def registry_files(pattern: str) -> list[str]:
    """Registry files matching ``pattern`` (a local glob or path)."""
    return sorted(glob.glob(pattern)) or ([pattern] if "*" not in pattern else [])


def _records(path: str):
    for record in read_registry(path):
        yield record.customer_id, (record, 1)


def latest_consent(spark: SparkSession, config: ConsentConfig) -> DataFrame:
    """One row per customer: the latest registry state and how many registry rows the customer had."""
    policy = ConsentPolicy.from_config(config)
    files = registry_files(config.registry)
    latest = (spark.sparkContext.parallelize(files, max(1, len(files))).flatMap(_records)
              .reduceByKey(lambda a, b: (policy.latest([a[0], b[0]]), a[1] + b[1]))
              .map(lambda kv: (kv[0], kv[1][0].state, kv[1][0].updated_at.isoformat(), kv[1][1])))
    return spark.createDataFrame(latest, LATEST_SCHEMA)


def join_consent(frame: DataFrame, config: ConsentConfig) -> DataFrame:
    """``frame`` with ``consent_state`` / ``consent_updated_at`` of each row's customer (null: unknown)."""
    latest = latest_consent(frame.sparkSession, config).drop("registry_rows")
    return frame.join(latest, on="customer_id", how="left")


def registry_rows(spark: SparkSession, config: ConsentConfig) -> int:
    """Usable rows in the registry (the report's ``consent.registry_rows``)."""
    total = latest_consent(spark, config).agg(F.sum("registry_rows")).first()[0]
    return int(total or 0)
