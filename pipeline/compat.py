"""Guards around the few private third-party APIs the pipeline uses for speed.

Three places reach past a library's public API, each because the public path was measured slower or
broken on the versions CI tests:

* ``presidio``: ``Detector`` replays ``AnalyzerEngine.analyze``'s steps (public path: ``engine.analyze``);
* ``beam_parquet``: ``pipeline.beam.parquet_sink`` wires ``iobase``'s private bundle-writer classes and
  ``parquetio._RowDictionariesToArrowTable`` (public path: ``WriteToParquet`` after a ``Flatten``);
* ``beam_metrics``: the streaming driver replaces ``fn_runner.consolidate_monitoring_infos`` while its
  own pipeline runs (public path: Beam's own merge).

Each private path is taken only when the installed version is in ``TESTED_RANGES`` (the versions CI
runs, pinned in ``constraints.txt``); outside it the public path runs and a warning says so once.
``force_public`` (tests, or a user who prefers the public paths) switches a path off.
"""
from __future__ import annotations

import logging
import threading
from importlib import metadata

logger = logging.getLogger(__name__)

# Private path -> (distribution, lowest tested version inclusive, first untested version exclusive).
TESTED_RANGES: dict[str, tuple[str, str, str]] = {
    "presidio": ("presidio-analyzer", "2.2.366", "2.2.367"),
    "beam_parquet": ("apache-beam", "2.77.0", "2.78.0"),
    "beam_metrics": ("apache-beam", "2.77.0", "2.78.0"),
}

_forced_public: set[str] = set()
_warned: set[str] = set()
_lock = threading.Lock()


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit()) if piece[:1].isdigit() else ""
        if not digits:
            break
        parts.append(int(digits))
        if not piece.isdigit():  # 2.78.0rc1 -> (2, 78, 0): stop after the first non-numeric part
            break
    return tuple(parts)


def installed_version(distribution: str) -> str | None:
    """The installed version of ``distribution``, or None when it is not installed."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def in_tested_range(path: str, version: str | None = None) -> bool:
    """True when the private ``path`` may be used: the installed (or given) version is in its range."""
    distribution, low, high = TESTED_RANGES[path]
    version = installed_version(distribution) if version is None else version
    return version is not None and _version_tuple(low) <= _version_tuple(version) < _version_tuple(high)


def use_private(path: str) -> bool:
    """Whether to take the private ``path`` now (tested version and not forced public); warns once if not."""
    if path in _forced_public:
        return False
    if in_tested_range(path):
        return True
    with _lock:
        if path not in _warned:
            _warned.add(path)
            distribution, low, high = TESTED_RANGES[path]
            logger.warning("%s %s is outside the tested range [%s, %s): using the public API for %s",
                           distribution, installed_version(distribution), low, high, path)
    return False


def force_public(path: str, enabled: bool = True) -> None:
    """Switch the private ``path`` off (``enabled=False`` switches it back on when the version allows)."""
    if path not in TESTED_RANGES:
        raise KeyError(path)
    if enabled:
        _forced_public.add(path)
    else:
        _forced_public.discard(path)
