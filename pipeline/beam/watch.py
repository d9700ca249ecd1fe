"""The watched-folder source: new transcript files in a folder (local, gs://, s3://), each read once.

``fileio.MatchContinuously`` polls hundreds of times a second on the local runner and, with a stop
time, sees only the files already there (see docs/field-notes.md). This source is a small splittable
DoFn that lists the folder every ``poll_interval`` seconds, advances the watermark to the poll time
and stops cleanly when told to (deadline, idleness, or a stop-marker file written on SIGINT/SIGTERM),
so that every window and every conversation still open is flushed. A stateful step keyed by path
then lets each file through exactly once.

Element timestamps are the poll time at which a file was first listed (ingestion time): the
watcher's output is never late.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import apache_beam as beam
from apache_beam.coders import BooleanCoder
from apache_beam.io.filesystems import FileSystems
from apache_beam.io.restriction_trackers import OffsetRange, OffsetRestrictionTracker
from apache_beam.io.watermark_estimators import ManualWatermarkEstimator
from apache_beam.transforms.userstate import ReadModifyWriteStateSpec
from apache_beam.transforms.window import TimestampedValue
from apache_beam.utils.timestamp import Timestamp

from pipeline.beam.dofns import count
from pipeline.io.readers import file_format

logger = logging.getLogger(__name__)

# Polls a watcher may make; never reached in practice (2**40 polls of 1 s is 35,000 years).
_MAX_POLLS = 2 ** 40
_IGNORED_PREFIXES = (".", "_")
_IGNORED_SUFFIXES = (".tmp", ".partial", ".crdownload")


@dataclass(frozen=True)
class WatchSpec:
    """What to watch and when to stop.

    Attributes:
        pattern: Glob of the files to pick up (``<dir>/*``).
        poll_interval: Seconds between listings.
        min_file_age: A file is picked up only when its modification time is this many seconds old.
        stop_at: Wall-clock time (epoch seconds) after which the watcher stops; None = never.
        stop_when_idle: Stop after this many seconds without a new file; None = never.
        stop_file: Path whose existence stops the watcher (written by the signal handler).
    """

    pattern: str
    poll_interval: float = 2.0
    min_file_age: float = 1.0
    stop_at: float | None = None
    stop_when_idle: float | None = None
    stop_file: str | None = None


def is_candidate(path: str) -> bool:
    """True for a supported transcript file that is not a hidden or temporary name."""
    name = path.rstrip("/").rsplit("/", 1)[-1]
    if name.startswith(_IGNORED_PREFIXES) or name.lower().endswith(_IGNORED_SUFFIXES):
        return False
    return file_format(name) is not None


def list_ready(pattern: str, now: float, min_file_age: float) -> list[str]:
    """Supported files matching ``pattern`` whose last modification is at least ``min_file_age`` old."""
    try:
        metadata = FileSystems.match([pattern])[0].metadata_list
    except Exception as err:  # noqa: BLE001 - a failed listing is retried at the next poll
        logger.warning("listing %s failed: %s", pattern, type(err).__name__)
        return []
    ready = []
    for m in metadata:
        modified = getattr(m, "last_updated_in_seconds", 0.0) or 0.0
        if is_candidate(m.path) and now - modified >= min_file_age:
            ready.append(m.path)
    return sorted(ready)


class _PollRestrictionProvider(beam.transforms.core.RestrictionProvider):
    def initial_restriction(self, element):
        return OffsetRange(0, _MAX_POLLS)

    def create_tracker(self, restriction):
        return OffsetRestrictionTracker(restriction)

    def restriction_size(self, element, restriction):
        return 8

    def truncate(self, element, restriction):
        return None  # on drain: stop polling at once


class PollFolder(beam.DoFn):
    """Splittable DoFn: a ``WatchSpec`` in, ``(path, path)`` pairs out at every poll (not de-duplicated)."""

    def __init__(self) -> None:
        self._started = None
        self._last_change = None
        self._last_listing: tuple[str, ...] = ()

    def _should_stop(self, spec: WatchSpec, now: float) -> str | None:
        if spec.stop_at is not None and now >= spec.stop_at:
            return "deadline"
        if spec.stop_file and FileSystems.exists(spec.stop_file):
            return "stop requested"
        if spec.stop_when_idle is not None and now - self._last_change >= spec.stop_when_idle:
            return "idle"
        return None

    @beam.DoFn.unbounded_per_element()
    def process(self, spec: WatchSpec,
                tracker=beam.DoFn.RestrictionParam(_PollRestrictionProvider()),
                watermark=beam.DoFn.WatermarkEstimatorParam(ManualWatermarkEstimator.default_provider())):
        now = time.time()
        if self._last_change is None:
            self._last_change = now
        position = tracker.current_restriction().start
        if not tracker.try_claim(position):
            return
        listing = tuple(list_ready(spec.pattern, now, spec.min_file_age))
        if listing != self._last_listing:
            self._last_change = now
            self._last_listing = listing
        stamp = Timestamp.of(now)
        current = watermark.current_watermark()
        if current is not None and current > stamp:
            stamp = current  # a resume slightly before its time must not emit behind the watermark
        for path in listing:
            yield TimestampedValue((path, path), stamp)
        count("watch_polls")
        reason = self._should_stop(spec, time.time())
        if reason:
            logger.info("watcher stopping: %s", reason)
            # Claiming the last position marks the whole restriction done: the watermark goes to
            # the end of time and every window and timer downstream fires.
            tracker.try_claim(tracker.current_restriction().stop - 1)
            return
        next_poll = Timestamp.of(now + spec.poll_interval)
        if current is None or next_poll > current:
            watermark.set_watermark(next_poll)
        tracker.defer_remainder(next_poll)


class FirstSightOnly(beam.DoFn):
    """Keyed by path: lets a path through the first time it is seen, never again."""

    SEEN = ReadModifyWriteStateSpec("seen", BooleanCoder())

    def process(self, keyed: tuple[str, str], seen=beam.DoFn.StateParam(SEEN)):
        path, _ = keyed
        if seen.read():
            return
        seen.write(True)
        count("files_seen")
        yield path


class WatchFolder(beam.PTransform):
    """Begin -> paths of new files (unbounded; bounded when ``spec`` has a stop condition)."""

    def __init__(self, spec: WatchSpec) -> None:
        super().__init__()
        self._spec = spec

    def expand(self, pbegin):
        return (pbegin
                | "Start" >> beam.Create([self._spec])
                | "Poll" >> beam.ParDo(PollFolder())
                | "FirstSightOnly" >> beam.ParDo(FirstSightOnly()))
