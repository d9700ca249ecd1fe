"""The Spark batch job (``pii-pipeline spark-run``): transcript files -> the batch job's outputs.

Same inputs, outputs, schemas, report, accounting check and exit codes as ``pii-pipeline run``
(``pipeline.beam.batch``; this job shares its start and finish steps). Outputs are written by Spark's
DataFrame writer: each task writes to an attempt folder and its output committer publishes one attempt
per partition, so a task retried after a lost executor neither loses nor duplicates rows. Spark's part
files cannot carry the schemas' key/value metadata (``pii_pipeline.schema_version``, ``.layout``,
``.output``): after each commit the driver adds a ``_common_metadata`` file holding the explicit schema.
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from typing import Iterator, Mapping, Sequence

import pipeline
from pipeline.beam.batch import finish_run, start_run
from pipeline.config.models import PipelineConfig
from pipeline.io.filesystem import current, write_atomic
from pipeline.privacy.keys import write_key_file
from pipeline.reporting.report import build_report
from pipeline.schema import COMMON_METADATA_FILE, common_metadata_bytes
from pipeline.spark import worker
from pipeline.spark.consent import registry_rows
from pipeline.spark.frames import redact_frame
from pipeline.spark.reading import read_frame
from pipeline.spark.session import spark_session

logger = logging.getLogger(__name__)


@contextmanager
def key_reference(key, key_file: str | None) -> Iterator[tuple[worker.KeyRef, object]]:
    """(a ``KeyRef`` executors can load the run's key from, that key).

    A configured key is read where it was configured (``PII_PIPELINE_KEY`` in the executors'
    environment, or the key file). A random per-run key has neither: a fresh one is written to an
    owner-only temporary file for the run's duration (local and single-host clusters; a multi-host
    cluster needs a configured key).
    """
    if not key.is_random:
        yield worker.KeyRef(key.fingerprint, key_file), key
        return
    folder = tempfile.mkdtemp(prefix="pii-pipeline-key-")
    try:
        path = os.path.join(folder, "key")
        run_key = write_key_file(path)
        yield worker.KeyRef(run_key.fingerprint, path), run_key
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_spark(inputs: Sequence[str], output_dir: str, config: PipelineConfig, key, *,
              key_file: str | None = None, master: str | None = None, conf: Mapping[str, str] | None = None,
              verify: bool | None = None, overwrite: bool = False, partitions: int | None = None) -> dict:
    """Run the job to completion and write ``report.json``; returns the report.

    Args:
        key_file: The key file the key came from (executors read it); None: ``PII_PIPELINE_KEY``.
        master: Spark master URL (``local[N]``, ``spark://host:port``; None: Spark's default/env).
        conf: Extra Spark configuration.

    Raises:
        JobError: no input file matched, or ``output_dir`` holds a run and ``overwrite`` is False.
        AccountingError: the counts do not add up (a record was lost).
    """
    files, skipped, outputs, previous = start_run(inputs, output_dir, config, overwrite=overwrite)
    started = time.monotonic()
    spark = spark_session(master, conf)
    with key_reference(key, key_file or config.redaction.key_file) as (key_ref, run_key):
        spec = worker.WorkerSpec(config, key_ref, pipeline.__version__, review_dir=outputs.review(config))
        frame, shards = read_frame(spark, files, config)
        frames = redact_frame(frame, spec, grouped=True, partitions=partitions)
        try:
            for kind, schema in worker.output_schemas(config.output.layout).items():
                path = getattr(outputs, kind)  # output kinds are named as the output folders
                getattr(frames, kind).write.mode("errorifexists").parquet(path)
                # After the commit, beside the part files: the schema's version and layout keys.
                write_atomic(current().join(path, COMMON_METADATA_FILE), common_metadata_bytes(schema))
            counters, peaks = frames.worker_stats()
        finally:
            frames.unpersist()
    counters["input_shards"] = shards
    if config.consent.registry:
        counters["consent.registry_rows"] = registry_rows(spark, config.consent)
    report = build_report(
        counters, run_seconds=time.monotonic() - started,
        config_fingerprint=config.fingerprint(run_key.fingerprint), spacy_model=config.detection.spacy_model,
        outputs={"training": outputs.training, "audit": outputs.audit, "dead_letter": outputs.dead_letter,
                 "audio_redactions": outputs.audio_redactions, "report": outputs.report},
        extra={"input_files": len(files), "skipped_files": len(skipped),
               "pseudonym_key": "random per-run key" if key.is_random else "configured key",
               "engine": {"name": "spark", "version": spark.version, "master": spark.sparkContext.master,
                          "python_workers": len(peaks),
                          "peak_rss_mib_per_python_worker": sorted(round(v / 1024) for v in peaks.values())}})
    return finish_run(report, outputs, config, previous, verify=verify)
