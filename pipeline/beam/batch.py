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
from pipeline.io.readers import file_format
from pipeline.beam.worker_key import worker_key_source
from pipeline.beam.output_dir import OutputDirError, mark_complete, prepare_output_dir
from pipeline.reporting.drift import compare, load_previous
from pipeline.reporting.report import AccountingError, build_report, check_accounting, write_json_atomic
from pipeline.reporting.verify import verify_training_output
from pipeline.reporting.html import write_html
from pipeline.schema import AUDIO_REDACTION_SCHEMA, AUDIT_SCHEMA, DEAD_LETTER_SCHEMA, training_schema

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


def match_inputs(patterns: Sequence[str]) -> tuple[list[str], list[str]]:
    """Files matching the globs (a folder means every file in it): (supported, skipped)."""
    files: list[str] = []
    for pattern in map(folder_pattern, patterns):
        for result in FileSystems.match([pattern]):
            files.extend(m.path for m in result.metadata_list)
        files.extend(_unlisted_local(pattern))
    files = sorted(set(files))
    supported = [f for f in files if file_format(f)]
    skipped = [f for f in files if not file_format(f)]
    return supported, skipped


def folder_pattern(pattern: str) -> str:
    """``pattern`` itself, or ``<folder>/*`` when it names a folder (``examples``, ``examples/``,
    ``gs://bucket/calls``): a folder means every file directly in it."""
    if pattern.endswith("/"):
        return pattern + "*"
    if any(c in pattern for c in "*?["):
        return pattern
    if FileSystems.get_scheme(pattern) in (None, "file"):
        import os

        return FileSystems.join(pattern, "*") if os.path.isdir(pattern.removeprefix("file://")) else pattern
    if not _matches(pattern) and _matches(FileSystems.join(pattern, "*")):  # an object-store "folder"
        return FileSystems.join(pattern, "*")
    return pattern


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


INPUT_FILES_LISTED = 50  # report.json lists this many input files by name (all are counted)


def input_sizes(files: Sequence[str]) -> dict[str, int]:
    """Bytes of each input file (0 when its size cannot be read: it dead-letters when read)."""
    import os

    sizes = {}
    for path in files:
        try:
            if FileSystems.get_scheme(path) in (None, "file"):
                sizes[path] = os.path.getsize(path.removeprefix("file://"))
            else:
                sizes[path] = FileSystems.match([path])[0].metadata_list[0].size_in_bytes
        except Exception:  # noqa: BLE001 - dangling link, folder named like a file: read fails later
            sizes[path] = 0
    return sizes


def inputs_section(patterns: Sequence[str], sizes: dict[str, int], skipped: Sequence[str]) -> dict:
    """The report's ``inputs``: the patterns given, file count and bytes, the first files by name
    (paths and sizes only, never content)."""
    return {"patterns": list(patterns), "files": len(sizes), "bytes": sum(sizes.values()),
            "listed": [{"path": path, "bytes": n} for path, n in list(sizes.items())[:INPUT_FILES_LISTED]],
            "skipped": list(skipped)[:INPUT_FILES_LISTED]}


def _matches(pattern: str) -> bool:
    try:
        return bool(FileSystems.match([pattern])[0].metadata_list)
    except Exception:  # noqa: BLE001 - Beam raises for a missing literal path
        return False


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
    mark_complete(output_dir)
    return report
