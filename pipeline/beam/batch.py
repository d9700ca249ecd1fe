"""The batch job: transcript files -> training Parquet, audit Parquet, dead letters, run report."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Sequence

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics.metric import MetricsFilter

import pipeline
from pipeline.beam import dofns
from pipeline.beam.options import beam_options
from pipeline.beam.transforms import (DeadLetterRows, ReadTranscripts, RedactTranscripts, WriteParquet,
                                      WriteReviewQueue)
from pipeline.config.models import PipelineConfig
from pipeline.io.readers import file_format
from pipeline.beam.output_dir import OutputDirError, mark_complete, prepare_output_dir
from pipeline.reporting.drift import compare, load_previous
from pipeline.reporting.report import AccountingError, build_report, check_accounting, write_json_atomic
from pipeline.reporting.verify import verify_training_output
from pipeline.reporting.html import write_html
from pipeline.schema import AUDIT_SCHEMA, DEAD_LETTER_SCHEMA, training_schema

logger = logging.getLogger(__name__)


class JobError(RuntimeError):
    """The job itself cannot run (no input, bad arguments): the CLI exits non-zero."""


@dataclass(frozen=True)
class OutputPaths:
    """Where a run writes: ``training/``, ``audit/``, ``dead_letter/`` and ``report.json``."""

    root: str

    def sub(self, name: str) -> str:
        return FileSystems.join(self.root, name)

    @property
    def training(self) -> str:
        return self.sub("training")

    @property
    def audit(self) -> str:
        return self.sub("audit")

    @property
    def dead_letter(self) -> str:
        return self.sub("dead_letter")

    @property
    def report(self) -> str:
        return self.sub("report.json")

    @property
    def report_html(self) -> str:
        return self.sub("report.html")

    def review(self, config: PipelineConfig) -> str:
        """The review-queue folder: ``review.directory`` or ``<root>/review``."""
        return config.review.directory or self.sub("review")


def match_inputs(patterns: Sequence[str]) -> tuple[list[str], list[str]]:
    """Files matching the globs (a folder means every file in it): (supported, skipped)."""
    files: list[str] = []
    for pattern in patterns:
        if FileSystems.exists(pattern) and (_local_dir(pattern) or not FileSystems.match([pattern])[0].metadata_list):
            pattern = FileSystems.join(pattern, "*")
        for result in FileSystems.match([pattern]):
            files.extend(m.path for m in result.metadata_list)
        files.extend(_unlisted_local(pattern))
    files = sorted(set(files))
    supported = [f for f in files if file_format(f)]
    skipped = [f for f in files if not file_format(f)]
    return supported, skipped


def _local_dir(path: str) -> bool:
    """A local folder (Beam's match lists a local folder as one entry: itself)."""
    import os

    return FileSystems.get_scheme(path) in (None, "file") and os.path.isdir(path.removeprefix("file://"))


def _unlisted_local(pattern: str) -> list[str]:
    """Local entries Beam's match leaves out (dangling symlinks, folders named like files).

    Listed anyway so that reading them fails into a dead letter and the run reports them, instead of
    their being silently ignored.
    """
    if FileSystems.get_scheme(pattern) not in (None, "file"):
        return []
    import glob
    import os

    return [path for path in glob.glob(pattern.removeprefix("file://"))
            if file_format(path) and (os.path.isdir(path) or not os.path.exists(path))]


def _matches(pattern: str) -> bool:
    try:
        return bool(FileSystems.match([pattern])[0].metadata_list)
    except Exception:  # noqa: BLE001 - Beam raises for a missing literal path
        return False


def build_batch_pipeline(p: beam.Pipeline, files: Sequence[str], outputs: OutputPaths,
                         config: PipelineConfig, key) -> None:
    """Wire the batch job into ``p`` (sinks included).

    Each source of conversations (records read from file shards; conversations assembled from
    utterances) is redacted where it is produced and feeds the same sinks: transcripts never travel
    through a shuffle or the runner process, except where grouping needs it (utterances, and the
    consent join, which sees every conversation once).
    """
    version = pipeline.__version__
    fingerprint = config.fingerprint(key.fingerprint)
    read = p | "InputFiles" >> beam.Create(list(files)) | "Read" >> ReadTranscripts(config)
    sources = read["conversations"]
    if config.consent.registry:
        sources = (sources | "AllConversations" >> beam.Flatten(),)
    outputs_by_name: dict[str, list] = {"training": [], "audit": [], "dead": list(read["dead"])}
    for i, conversations in enumerate(sources):
        redacted = conversations | f"Redact{i}" >> RedactTranscripts(config, key, version, spread=False)
        for name in outputs_by_name:
            outputs_by_name[name].append(redacted[name])
        redacted["review"] | f"WriteReviewQueue{i}" >> WriteReviewQueue(outputs.review(config))
    (tuple(outputs_by_name["training"])
     | "WriteTraining" >> WriteParquet(outputs.training, training_schema(config.output.layout),
                                       config.output.row_group_size))
    tuple(outputs_by_name["audit"]) | "WriteAudit" >> WriteParquet(outputs.audit, AUDIT_SCHEMA)
    (tuple(outputs_by_name["dead"])
     | "AllDeadLetters" >> beam.Flatten()  # few and small
     | "DeadLetterRows" >> DeadLetterRows(version, fingerprint)
     | "WriteDeadLetters" >> WriteParquet(outputs.dead_letter, DEAD_LETTER_SCHEMA))


def job_counters(result) -> dict[str, int]:
    """Our counters from a finished pipeline result (committed values where the runner has them)."""
    counters: dict[str, int] = {}
    for counter in result.metrics().query(MetricsFilter().with_namespace(dofns.NAMESPACE))["counters"]:
        value = counter.committed if counter.committed is not None else counter.attempted
        counters[counter.key.metric.name] = counters.get(counter.key.metric.name, 0) + int(value or 0)
    return counters


def start_run(inputs: Sequence[str], output_dir: str, config: PipelineConfig, *, overwrite: bool
              ) -> tuple[list[str], list[str], OutputPaths, dict | None]:
    """Match the inputs, check the registry, prepare the output folder (shared with ``pipeline.spark.job``).

    Returns:
        (input files, skipped files, output paths, the previous run's report or None).
    """
    files, skipped = match_inputs(inputs)
    if not files:
        raise JobError(f"no input file matched {', '.join(inputs)} "
                       "(supported: .jsonl/.json/.ndjson, .csv, .parquet)")
    for path in skipped:
        logger.warning("skipping %s: not a supported transcript format", path)
    outputs = OutputPaths(output_dir)
    if config.consent.registry and not _matches(config.consent.registry):
        # Fail closed: never run as if nobody had refused.
        raise JobError(f"consent registry {config.consent.registry} matched no file")
    previous = load_previous(outputs.report)  # read before the folder is prepared (drift comparison)
    try:
        prepare_output_dir(output_dir, overwrite=overwrite)
    except OutputDirError as err:
        raise JobError(str(err)) from None
    return files, skipped, outputs, previous


def run_batch(inputs: Sequence[str], output_dir: str, config: PipelineConfig, key,
              beam_args: Sequence[str] = (), *, verify: bool | None = None, overwrite: bool = False) -> dict:
    """Run the batch job to completion and write ``report.json``; returns the report.

    Args:
        verify: Run the residual-leak check over the training output (``None``: ``verify.enabled``).
        overwrite: Replace a complete earlier run in ``output_dir`` (see ``pipeline.beam.output_dir``).

    Raises:
        JobError: no input file matched, or ``output_dir`` holds a run and ``overwrite`` is False.
        AccountingError: the counts do not add up (a record was lost).
    """
    files, skipped, outputs, previous = start_run(inputs, output_dir, config, overwrite=overwrite)
    started = time.monotonic()
    options = beam_options(list(beam_args))
    p = beam.Pipeline(options=options)
    build_batch_pipeline(p, files, outputs, config, key)
    result = p.run()
    result.wait_until_finish()
    counters = job_counters(result)
    report = build_report(
        counters, run_seconds=time.monotonic() - started,
        config_fingerprint=config.fingerprint(key.fingerprint), spacy_model=config.detection.spacy_model,
        outputs={"training": outputs.training, "audit": outputs.audit,
                 "dead_letter": outputs.dead_letter, "report": outputs.report},
        extra={"input_files": len(files), "skipped_files": len(skipped),
               "pseudonym_key": "random per-run key" if key.is_random else "configured key"})
    return finish_run(report, outputs, config, previous, verify=verify)


def finish_run(report: dict, outputs: OutputPaths, config: PipelineConfig, previous: dict | None, *,
               verify: bool | None) -> dict:
    """Verify, check the accounting (failing loudly), add drift, write report.json/.html, mark complete.

    Shared by the Beam and Spark batch jobs (``pipeline.spark.job``).

    Raises:
        AccountingError: the counts do not add up; report.json says so and the run stays incomplete.
    """
    if config.verify.enabled if verify is None else verify:
        report["verification"] = verify_training_output(
            outputs.training, config, config.verify.score_threshold).to_report()
    try:
        check_accounting(report["counts"])
    except AccountingError:
        report["accounting"] = "mismatch"
        write_json_atomic(outputs.report, report)  # the in-progress marker stays: the run failed
        raise
    report["accounting"] = "balanced"
    report["outputs"]["review"] = outputs.review(config)
    report["drift"] = compare(previous, report, config.report.drift_threshold, config.report.drift_min_count)
    write_json_atomic(outputs.report, report)
    if config.report.html:
        write_html(outputs.report_html, report, config.report.top_recognizers)
    mark_complete(outputs.root)
    return report
