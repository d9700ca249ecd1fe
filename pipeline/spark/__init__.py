"""The Spark layer: the same redaction core as the Beam job, on Apache Spark (``pip install pii-pipeline[spark]``).

``redact_dataframe`` redacts a DataFrame already in Spark (Databricks, EMR, Dataproc tables);
``pipeline.spark.job.run_spark`` is the ``pii-pipeline spark-run`` command's job (files in, the batch job's
outputs out). See docs/scale-out.md.
"""
from __future__ import annotations


def __getattr__(name: str):
    # Lazy: Python workers that import pipeline.spark.reading or .types must not load spaCy/Presidio.
    if name in ("redact_dataframe", "RedactedFrames"):
        from pipeline.spark import frames

        return getattr(frames, name)
    raise AttributeError(name)


__all__ = ["RedactedFrames", "redact_dataframe"]
