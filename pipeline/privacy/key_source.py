"""Where workers find the pseudonym key: a reference, never the key itself.

A Beam job's graph (pickled DoFns, the pipeline proto) is stored by the runner: on Dataflow in the staging
bucket and in the job record. So the DoFns hold a ``KeySource``: *where* the key is (the
``PII_PIPELINE_KEY`` environment variable, a key file path on any file system the workers can read) and
its fingerprint. Each worker resolves it in ``setup()`` and checks the fingerprint, so a worker that sees
another key fails instead of writing pseudonyms no one can match.

A key that exists only in the driver's memory (a random per-run key, or a ``PseudonymKey`` built by a
library caller) has no reference a worker could resolve: ``ephemeral_key_file`` writes it to an
owner-only temporary file for local workers and deletes it afterwards (``pipeline.beam.worker_key``
refuses it for remote runners).
"""
from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from typing import Iterator, Mapping

from pipeline.privacy.keys import (KEY_ENV_VAR, PseudonymKey, PseudonymKeyError, generate_key_text,
                                   load_key)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class KeySource:
    """A picklable reference to the pseudonym key: no key material, only where it is and its fingerprint.

    Attributes:
        use_env: Read ``PII_PIPELINE_KEY`` from the worker's environment.
        key_file: Path of a key file the worker reads (local or any file system of ``pipeline.io``).
        fingerprint: The key's fingerprint as seen by the driver; ``resolve`` refuses any other key.
        is_random: The key was generated for this run only (report and policy checks).
        ephemeral: ``key_file`` is a temporary copy that exists only while the run does (local workers).
    """

    use_env: bool
    key_file: str | None
    fingerprint: str
    is_random: bool = False
    ephemeral: bool = False

    def resolve(self, environ: Mapping[str, str] | None = None) -> PseudonymKey:
        """Load the key from the reference and check its fingerprint.

        Raises:
            PseudonymKeyError: the key cannot be loaded or is not the one the driver saw.
        """
        env = os.environ if environ is None else environ
        key = load_key(self.key_file, environ={KEY_ENV_VAR: env[KEY_ENV_VAR]} if self.use_env and
                       env.get(KEY_ENV_VAR) else {}, allow_random=False)
        if key.fingerprint != self.fingerprint:
            raise PseudonymKeyError(
                f"the key found by this worker (fingerprint {key.fingerprint}) is not the driver's "
                f"(fingerprint {self.fingerprint}): give every worker the same {KEY_ENV_VAR} or key file")
        if self.is_random:
            key = PseudonymKey._with_flags(key, is_random=True)
        return key

    @property
    def description(self) -> str:
        """Where the key comes from, for logs and errors (never key material)."""
        where = "a temporary per-run key file" if self.ephemeral else (
            f"key file {self.key_file}" if self.key_file else f"environment variable {KEY_ENV_VAR}")
        return f"{where} (fingerprint {self.fingerprint})"


def source_of(key: PseudonymKey | KeySource) -> KeySource | None:
    """The reference a loaded key came from (``load_key`` records it), or None when it has none.

    A ``KeySource`` is returned unchanged; a random key, or one built from bytes, has no reference.
    """
    if isinstance(key, KeySource):
        return key
    origin = key.origin
    if key.is_random or origin is None:
        return None
    from_env, key_file = origin
    return KeySource(use_env=from_env, key_file=key_file, fingerprint=key.fingerprint)


def validated(source: KeySource) -> PseudonymKey:
    """Resolve ``source`` on the driver (the same way a worker will) and return the key.

    Raises:
        PseudonymKeyError: the reference does not resolve, or resolves to another key.
    """
    key = source.resolve()
    logger.info("pseudonym key for workers: %s", source.description)
    return key


@contextlib.contextmanager
def ephemeral_key_file(key: PseudonymKey) -> Iterator[KeySource]:
    """Write ``key`` to an owner-only temporary file (0600 in a 0700 folder) for the run's local workers.

    The folder and file are deleted when the context exits, whatever happens. The file holds the key as
    hex text, exactly as a key file made by ``pii-pipeline keygen``.
    """
    folder = tempfile.mkdtemp(prefix="pii-key-")  # mode 0700
    path = os.path.join(folder, "key")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(key._secret_hex() + "\n")
        yield KeySource(use_env=False, key_file=path, fingerprint=key.fingerprint, is_random=key.is_random,
                        ephemeral=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


__all__ = ["KeySource", "source_of", "validated", "ephemeral_key_file", "generate_key_text"]
