"""The batch job: transcript files -> training Parquet, audit Parquet, dead letters, run report."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Sequence

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics.metric import MetricsFilter

import pipeline
from pipeline.beam import dofns
from pipeline.beam.options import beam_options, worker_allocator_env
from pipeline.beam.progress import ProgressLine
from pipeline.beam.transforms import (DeadLetterRows, ReadTranscripts, RedactTranscripts, WriteParquet,
                                      WriteReviewQueue)
from pipeline.config.models import PipelineConfig
from pipeline.beam.worker_key import worker_key_source
from pipeline.beam.inputs import _matches, input_sizes, inputs_section, match_inputs
from pipeline.beam.output_dir import OutputDirError, mark_complete, prepare_output_dir
from pipeline.reporting.drift import compare, load_previous
from pipeline.reporting.report import AccountingError, build_report, check_accounting, write_json_atomic
from pipeline.reporting.verify import verify_training_output
from pipeline.reporting.html import write_html
from pipeline.schema import (AUDIO_REDACTION_SCHEMA, AUDIT_SCHEMA, DEAD_LETTER_SCHEMA, SCHEMA_VERSION,
                             training_schema)

logger = logging.getLogger(__name__)


class JobError(RuntimeError):
    """The job itself cannot run (no input, bad arguments): the CLI exits non-zero."""


@dataclass(frozen=True)
class OutputPaths:
    """Where a run writes: ``training/``, ``audit/``, ``dead_letter/``, ``audio_redactions/`` and
    ``report.json``."""

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
    def audio_redactions(self) -> str:
        return self.sub("audio_redactions")

    @property
    def report(self) -> str:
        return self.sub("report.json")

    @property
    def report_html(self) -> str:
        return self.sub("report.html")

    def review(self, config: PipelineConfig) -> str:
        """The review-queue folder: ``review.directory`` or ``<root>/review``."""
        return config.review.directory or self.sub("review")


def build_batch_pipeline(p: beam.Pipeline, files: Sequence[str], outputs: OutputPaths,
                         config: PipelineConfig, key) -> None:
    """Wire the batch job into ``p`` (sinks included); ``key`` is a ``KeySource`` (``worker_key``).

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
    outputs_by_name: dict[str, list] = {"training": [], "audit": [], "audio": [], "dead": list(read["dead"])}
    for i, conversations in enumerate(sources):
        redacted = conversations | f"Redact{i}" >> RedactTranscripts(config, key, version, spread=False)
        for name in outputs_by_name:
            outputs_by_name[name].append(redacted[name])
        redacted["review"] | f"WriteReviewQueue{i}" >> WriteReviewQueue(outputs.review(config),
                                                                         config.review.allow_remote)
    (tuple(outputs_by_name["training"])
     | "WriteTraining" >> WriteParquet(outputs.training, training_schema(config.output.layout),
                                       config.output.row_group_size))
    tuple(outputs_by_name["audit"]) | "WriteAudit" >> WriteParquet(outputs.audit, AUDIT_SCHEMA)
    (tuple(outputs_by_name["audio"])
     | "WriteAudioRedactions" >> WriteParquet(outputs.audio_redactions, AUDIO_REDACTION_SCHEMA))
    (tuple(outputs_by_name["dead"])
     | "AllDeadLetters" >> beam.Flatten()  # few and small
     | "DeadLetterRows" >> DeadLetterRows(version, fingerprint)
     | "WriteDeadLetters" >> WriteParquet(outputs.dead_letter, DEAD_LETTER_SCHEMA))


def check_review_location(review_dir: str, config: PipelineConfig) -> None:
    """Refuse, before anything runs, a remote review queue the user did not allow (raw text)."""
    from pipeline.privacy.review.queue import ReviewLocationError, check_location, may_write

    if may_write(config.review):
        try:
            check_location(review_dir, config.review.allow_remote)
        except ReviewLocationError as err:
            raise JobError(str(err)) from None


def job_counters(result) -> dict[str, int]:
    """Our counters from a finished pipeline result (committed values where the runner has them)."""
    counters: dict[str, int] = {}
    for counter in result.metrics().query(MetricsFilter().with_namespace(dofns.NAMESPACE))["counters"]:
        value = counter.committed if counter.committed is not None else counter.attempted
        counters[counter.key.metric.name] = counters.get(counter.key.metric.name, 0) + int(value or 0)
    return counters


def start_run(inputs: Sequence[str], output_dir: str, config: PipelineConfig, *, overwrite: bool,
              discard_review: bool = False) -> tuple[list[str], list[str], OutputPaths, dict | None]:
    """Match the inputs, check the registry and review location, prepare the output folder.

    Shared with the Spark job (``pipeline.spark.job``).

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
    check_review_location(outputs.review(config), config)
    previous = load_previous(outputs.report)  # read before the folder is prepared (drift comparison)
    try:
        prepare_output_dir(output_dir, overwrite=overwrite, discard_review=discard_review)
    except OutputDirError as err:
        raise JobError(str(err)) from None
    return files, skipped, outputs, previous


def run_batch(inputs: Sequence[str], output_dir: str, config: PipelineConfig, key,
              beam_args: Sequence[str] = (), *, verify: bool | None = None, overwrite: bool = False,
              discard_review: bool = False, show_progress: bool = False) -> dict:
    """Run the batch job to completion and write ``report.json``; returns the report.

    Args:
        verify: Run the residual-leak check over the training output (``None``: ``verify.enabled``).
        overwrite: Replace a complete earlier run in ``output_dir`` (see ``pipeline.beam.output_dir``).
        discard_review: With ``overwrite``, also delete a ``review/`` holding unreleased work.
        show_progress: Rewrite a progress line on stderr while the job runs (``pipeline.beam.progress``;
            the command line sets it for local runs on a terminal).

    Raises:
        JobError: no input file matched, or ``output_dir`` holds a run and ``overwrite`` is False.
        AccountingError: the counts do not add up (a record was lost).
    """
    files, skipped, outputs, previous = start_run(inputs, output_dir, config, overwrite=overwrite,
                                                  discard_review=discard_review)
    started, started_at = time.monotonic(), datetime.now(timezone.utc).isoformat(timespec="seconds")
    options = beam_options(list(beam_args))
    sizes = input_sizes(files)
    # Workers load the key (the graph never holds it); allocator settings only while the job runs.
    with worker_key_source(key, beam_args) as key_source, worker_allocator_env(beam_args), \
            ProgressLine(sum(sizes.values()), enabled=show_progress):
        p = beam.Pipeline(options=options)
        build_batch_pipeline(p, files, outputs, config, key_source)
        result = p.run()
        result.wait_until_finish()
    counters = job_counters(result)
    report = build_report(
        counters, run_seconds=time.monotonic() - started,
        config_fingerprint=config.fingerprint(key.fingerprint), spacy_model=config.detection.spacy_model,
        outputs={"training": outputs.training, "audit": outputs.audit, "dead_letter": outputs.dead_letter,
                 "audio_redactions": outputs.audio_redactions, "report": outputs.report},
        extra={"input_files": len(files), "skipped_files": len(skipped),
               "pseudonym_key": "random per-run key" if key.is_random else "configured key",
               "started_at": started_at, "inputs": inputs_section(inputs, sizes, skipped)})
    return finish_run(report, outputs, config, previous, verify=verify)


def finish_run(report: dict, outputs: OutputPaths, config: PipelineConfig, previous: dict | None, *,
               verify: bool | None) -> dict:
    """Verify, check the accounting (failing loudly), add drift, write report.json/.html, mark complete.

    Shared by the Beam and Spark batch jobs (``pipeline.spark.job``).

    Raises:
        AccountingError: the counts do not add up; report.json (and .html) say so and the run stays
            incomplete.
    """
    # The outputs' schema version and training layout (also each Parquet file's or folder's metadata keys).
    report["schemas"] = {"version": SCHEMA_VERSION, "training_layout": config.output.layout}
    if config.verify.enabled if verify is None else verify:
        report["verification"] = verify_training_output(
            outputs.training, config, config.verify.score_threshold).to_report()
    try:
        check_accounting(report["counts"])
    except AccountingError:
        report["accounting"] = "mismatch"
        write_json_atomic(outputs.report, report)  # the in-progress marker stays: the run failed
        if config.report.html:
            write_html(outputs.report_html, report, config.report.top_recognizers)
        raise
    report["accounting"] = "balanced"
    report["outputs"]["review"] = outputs.review(config)
    report["drift"] = compare(previous, report, config.report.drift_threshold, config.report.drift_min_count)
    write_json_atomic(outputs.report, report)
    if config.report.html:
        write_html(outputs.report_html, report, config.report.top_recognizers)
    mark_complete(outputs.root)
    return report
