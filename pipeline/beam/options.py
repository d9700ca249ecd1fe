"""Beam pipeline options: our defaults for running here, everything else passed through."""
from __future__ import annotations

import contextlib
import os
from typing import Iterator, Sequence

from apache_beam.options.pipeline_options import PipelineOptions

# The DirectRunner first tries to download the Prism runner binary on every run; offline that fails
# and it falls back. Our default is the local portable runner itself; --runner overrides it.
DEFAULT_LOCAL_RUNNER = "FnApiRunner"
# The BundleBasedDirectRunner cannot run a self-checkpointing splittable DoFn (our folder watcher,
# PeriodicImpulse): the FnApiRunner can, so it is the local streaming runner too (docs/streaming.md).
DEFAULT_STREAMING_RUNNER = "FnApiRunner"


# Allocator settings for the worker processes a local runner starts (they inherit the environment).
# Measured on a 1-worker job, 0.4M vs 4M words: peak worker RSS 398 -> 631 MB with the defaults,
# 373 -> 471 MB with these, at the same speed (benchmarks/README.md). A value the user set wins.
WORKER_ALLOCATOR_ENV = {
    "MALLOC_ARENA_MAX": "2",  # glibc: fewer per-thread arenas, less fragmentation in threaded workers
    "ARROW_DEFAULT_MEMORY_POOL": "system",  # pyarrow: return freed Parquet buffers instead of pooling
}


@contextlib.contextmanager
def worker_allocator_env(beam_args: Sequence[str] = ()) -> Iterator[None]:
    """While the context is open, set ``WORKER_ALLOCATOR_ENV`` for the local workers a run starts.

    Only for local runs (no ``--runner``), only names the user has not set, and the previous environment
    is restored on exit: using the library does not leave ``os.environ`` changed.
    """
    if _has_flag(list(beam_args), "--runner"):
        yield
        return
    added = [name for name in WORKER_ALLOCATOR_ENV if name not in os.environ]
    for name in added:
        os.environ[name] = WORKER_ALLOCATOR_ENV[name]
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)


def _has_flag(args: list[str], flag: str) -> bool:
    return any(a == flag or a.startswith(flag + "=") for a in args)


def beam_options(beam_args: list[str], *, streaming: bool = False) -> PipelineOptions:
    """PipelineOptions from pass-through flags, with a local runner unless ``--runner`` is given."""
    args = list(beam_args)
    if not _has_flag(args, "--runner"):
        args.append(f"--runner={DEFAULT_STREAMING_RUNNER if streaming else DEFAULT_LOCAL_RUNNER}")
    if streaming and not _has_flag(args, "--streaming"):
        args.append("--streaming")
    options = PipelineOptions(args)
    # Workers import our modules; the main session is not needed (DoFns live in importable modules).
    return options
