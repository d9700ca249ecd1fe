"""How a job's workers get the pseudonym key: a ``KeySource`` in the graph, the key loaded in ``setup()``.

Policy (SECURITY.md, "The key never leaves its source"):

* A key loaded from ``PII_PIPELINE_KEY`` or a key file travels as that reference plus its fingerprint.
  The driver resolves the reference once, as a worker will, and checks the fingerprint; each worker
  resolves it again in ``setup()`` and refuses another key.
* A key with no reference (a random per-run key, or a ``PseudonymKey`` a library caller built from
  bytes) is written to an owner-only temporary key file for the run's *local* workers (which share this
  machine) and deleted when the run ends. A remote runner's workers cannot read that file, and shipping
  the key any other way would put it in the job graph: such runs are refused.
"""
from __future__ import annotations

import contextlib
import logging
from typing import Iterator, Sequence

from pipeline.privacy.key_source import KeySource, ephemeral_key_file, source_of, validated
from pipeline.privacy.keys import KEY_ENV_VAR, PseudonymKey, PseudonymKeyError

logger = logging.getLogger(__name__)

# Runners whose workers run on this machine (threads or child processes of the driver).
LOCAL_RUNNERS = ("fnapirunner", "directrunner", "bundlebaseddirectrunner", "prismrunner", "switchingdirectrunner")


def runner_name(beam_args: Sequence[str]) -> str | None:
    """The ``--runner`` flag's value (class name, lowercased), or None when the flag is absent."""
    args = list(beam_args)
    for i, arg in enumerate(args):
        if arg.startswith("--runner="):
            return arg.split("=", 1)[1].rsplit(".", 1)[-1].lower()
        if arg == "--runner" and i + 1 < len(args):
            return args[i + 1].rsplit(".", 1)[-1].lower()
    return None


def is_local_runner(beam_args: Sequence[str]) -> bool:
    """True when no ``--runner`` is given (our default is local) or it names a local runner."""
    name = runner_name(beam_args)
    return name is None or name in LOCAL_RUNNERS


@contextlib.contextmanager
def worker_key_source(key: PseudonymKey | KeySource, beam_args: Sequence[str] = ()) -> Iterator[KeySource]:
    """The ``KeySource`` the job's DoFns carry, valid while the context is open.

    Raises:
        PseudonymKeyError: the key has no reference and the runner is not local, or the reference does
            not resolve to the same key on the driver.
    """
    source = source_of(key)
    if source is not None:
        validated(source)
        if source.use_env and not source.key_file and not is_local_runner(beam_args):
            logger.warning("remote workers must have %s set to the same key (fingerprint %s)",
                           KEY_ENV_VAR, source.fingerprint)
        yield source
        return
    if not is_local_runner(beam_args):
        raise PseudonymKeyError(
            "this key exists only in the driver's memory (a random per-run key or one built from bytes) and "
            f"cannot reach remote workers without being put into the job graph: set {KEY_ENV_VAR} on the "
            "workers or name a key file they can read (make one with `pii-pipeline keygen`)")
    with ephemeral_key_file(key) as temporary:
        validated(temporary)
        yield temporary
