"""The streaming job's driver: runs the graph of ``pipeline.beam.stream_graph`` until a stop condition.

Locally a watched folder runs as a loop of bounded runs (``pipeline.beam.microbatch``); on a streaming
runner the pipeline itself runs. Ctrl-C / SIGTERM write a stop marker, then everything flushes.
"""
from __future__ import annotations

import contextlib
import logging
import signal
import tempfile
import time

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from pipeline.beam.options import worker_allocator_env
from pipeline.beam.stream_graph import build_stream_pipeline
from pipeline.compat import use_private
from pipeline.beam.worker_key import worker_key_source
from pipeline.config.models import PipelineConfig

logger = logging.getLogger(__name__)


@contextlib.contextmanager
def eager_fnapi_metrics():
    """While the context is open, make the FnApiRunner merge bundle metrics eagerly; restored on exit.

    Beam 2.77's FnApiRunner chains one lazy generator per bundle when merging metrics; a streaming
    run has thousands of bundles and reading the metrics then overflows the recursion limit. The
    eager merge computes the same values. It replaces a private module attribute, so it is done only
    on the Beam versions CI tests (``pipeline.compat``) and only around our own pipeline's run and
    metrics read: other pipelines in the process see Beam's original before and after.
    """
    if not use_private("beam_metrics"):
        yield
        return
    from apache_beam.metrics import monitoring_infos
    from apache_beam.runners.portability.fn_api_runner import fn_runner

    def consolidate(metrics, key=monitoring_infos.to_key):
        return list(monitoring_infos.consolidate(metrics, key))

    original = fn_runner.consolidate_monitoring_infos
    fn_runner.consolidate_monitoring_infos = consolidate
    try:
        yield
    finally:
        fn_runner.consolidate_monitoring_infos = original


def _install_stop_handlers(stop_file: str) -> dict:
    """SIGINT/SIGTERM write the stop marker (the watcher then stops and everything flushes)."""
    previous = {}

    def request_stop(signum, _frame):
        logger.warning("signal %s: stopping after the current poll; flushing", signum)
        with FileSystems.create(stop_file) as handle:
            handle.write(b"stop\n")
        # A second signal interrupts at once.
        signal.signal(signum, previous.get(signum, signal.SIG_DFL))

    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            previous[signum] = signal.signal(signum, request_stop)
        except ValueError:  # not the main thread: no handlers, stop conditions still apply
            pass
    return previous


def run_stream(output_dir: str, config: PipelineConfig, key, *, input_dir: str | None = None,
               beam_args=(), stop_after: float | None = None, stop_when_idle: float | None = None,
               micro_batch: bool | None = None, overwrite: bool = False, discard_review: bool = False) -> dict:
    """Run the streaming job until a stop condition or signal; write ``report.json``; return the report.

    Args:
        output_dir: Root of ``training/``, ``audit/``, ``dead_letter/`` and ``report.json``.
        config: Job config; its ``streaming`` section selects the source and windows.
        key: Pseudonymization key.
        input_dir: Folder to watch (overrides ``streaming.watch.input_dir``).
        beam_args: Beam pipeline flags (``--runner`` etc.).
        stop_after: Stop polling after this many seconds (watched folder).
        stop_when_idle: Stop after this many seconds without a new file (watched folder).
        micro_batch: Watched folder only. None: the micro-batch loop on a local runner (no
            ``--runner`` or a local one), the streaming pipeline otherwise; True/False force it.
        overwrite: Replace a complete earlier run in ``output_dir`` (the batch job's folder rules,
            ``pipeline.beam.output_dir``; the stream state file is one of the run's entries).
        discard_review: With ``overwrite``, also delete a ``review/`` holding unreleased work.

    Raises:
        JobError: no folder to watch for the watch source.
        AccountingError: the counts do not add up after the final flush.
    """
    import pipeline
    from pipeline.beam.batch import JobError
    from pipeline.beam.watch import WatchSpec
    from pipeline.reporting.drift import compare, load_previous
    from pipeline.reporting.report import AccountingError, build_report, check_accounting, write_json_atomic
    from pipeline.reporting.html import write_html
    from pipeline.config.streaming import SOURCE_WATCH

    streaming = config.streaming
    spec = None
    control = tempfile.mkdtemp(prefix="pii-stream-")
    stop_file = FileSystems.join(control, "STOP")
    if streaming.source == SOURCE_WATCH:
        folder = input_dir or streaming.watch.input_dir
        if not folder:
            raise JobError("the watched-folder source needs --input-dir (or streaming.watch.input_dir)")
        if not FileSystems.exists(folder):
            raise JobError(f"input folder {folder} does not exist")
        spec = WatchSpec(pattern=FileSystems.join(folder, streaming.watch.pattern),
                         poll_interval=streaming.watch.poll_interval_seconds,
                         min_file_age=streaming.watch.min_file_age_seconds,
                         stop_at=time.time() + stop_after if stop_after else None,
                         stop_when_idle=stop_when_idle, stop_file=stop_file)
    from pipeline.beam.batch import OutputPaths, check_review_location
    from pipeline.beam.microbatch import STATE_FILE
    from pipeline.beam.output_dir import OutputDirError, mark_complete, prepare_output_dir

    check_review_location(OutputPaths(output_dir).review(config), config)
    report_path = FileSystems.join(output_dir, "report.json")
    previous = load_previous(report_path)  # the last run's report, for the drift comparison
    try:
        prepare_output_dir(output_dir, overwrite=overwrite, discard_review=discard_review,
                           extra_entries=(STATE_FILE,))
    except OutputDirError as err:
        raise JobError(str(err)) from None
    version = pipeline.__version__
    started = time.monotonic()
    # Workers load the key (the graph never holds it); allocator settings only while the job runs.
    with worker_key_source(key, beam_args) as key_source, worker_allocator_env(beam_args):
        counters, folders, local_mode = _run(output_dir, config, key_source, spec, streaming, version,
                                             beam_args, stop_after, stop_when_idle, micro_batch, stop_file)
    late = {k[len("late."):]: v for k, v in sorted(counters.items()) if k.startswith("late.")}
    report = build_report(
        counters, run_seconds=time.monotonic() - started,
        config_fingerprint=config.fingerprint(key.fingerprint), spacy_model=config.detection.spacy_model,
        outputs={**folders, "report": report_path},
        extra={"mode": "streaming", "source": streaming.source, "execution": local_mode,
               "micro_batches": counters.get("micro_batches", 0),
               "window_seconds": streaming.window_seconds,
               "files_seen": counters.get("files_seen", 0), "late": late,
               "rows_written": {k[len("rows_written."):]: v for k, v in sorted(counters.items())
                                if k.startswith("rows_written.")},
               "pseudonym_key": "random per-run key" if key.is_random else "configured key"})
    try:
        check_accounting(report["counts"])
    except AccountingError:
        report["accounting"] = "mismatch"
        write_json_atomic(report_path, report)
        raise
    report["accounting"] = "balanced"
    report["drift"] = compare(previous, report, config.report.drift_threshold, config.report.drift_min_count)
    write_json_atomic(report_path, report)
    if config.report.html:
        write_html(FileSystems.join(output_dir, "report.html"), report, config.report.top_recognizers)
    mark_complete(output_dir)
    return report


def _run(output_dir, config, key_source, spec, streaming, version, beam_args, stop_after, stop_when_idle,
         micro_batch, stop_file) -> tuple[dict, dict, str]:
    """Run the loop or the pipeline; returns (counters, output folders, execution mode)."""
    from pipeline.beam.batch import job_counters
    from pipeline.beam.microbatch import LoopSettings, MicroBatchLoop, uses_local_runner
    from pipeline.beam.options import beam_options
    from pipeline.beam.sources import read_raw_records

    if spec is not None and micro_batch is not False and (micro_batch or uses_local_runner(beam_args)):
        # Local runner: a loop of bounded runs of the same transforms (why: pipeline.beam.microbatch).
        local_mode = "micro_batch"
        loop = MicroBatchLoop(output_dir, config, key_source, version, LoopSettings(
            pattern=spec.pattern, poll_interval=spec.poll_interval, min_file_age=spec.min_file_age,
            stop_after=stop_after, stop_when_idle=stop_when_idle), beam_args)
        counters, folders = loop.run()
        counters["micro_batches"] = loop.batches
    else:
        local_mode = "pipeline"
        p = beam.Pipeline(options=beam_options(list(beam_args), streaming=True))
        raw = read_raw_records(p, streaming, spec)
        folders = build_stream_pipeline(p, raw, output_dir, config, key_source, version)
        previous = _install_stop_handlers(stop_file)
        with eager_fnapi_metrics():
            try:
                result = p.run()
                result.wait_until_finish()
            finally:
                for signum, handler in previous.items():
                    signal.signal(signum, handler)
            counters = job_counters(result)
    return counters, folders, local_mode
