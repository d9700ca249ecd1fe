"""The file system the core reads and writes through: local by default, Beam's when the Beam layer is loaded.

The core never imports Apache Beam. Paths with a scheme (``gs://``, ``s3://``, ...) need a backend that
understands them: importing ``pipeline.beam`` installs one over Beam's ``FileSystems`` (every scheme Beam
knows, local paths too), so the batch and streaming jobs read and write remote folders; library callers
without Beam get the local one, which refuses remote paths with a clear error.
"""
from __future__ import annotations

import glob
import os
import re
import shutil
import uuid
from dataclasses import dataclass
from typing import BinaryIO, Protocol

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


@dataclass(frozen=True, slots=True)
class FileInfo:
    """A matched file: its path and size in bytes."""

    path: str
    size: int


class FileSystem(Protocol):
    """What the core needs of a file system."""

    def open(self, path: str) -> BinaryIO: ...
    def create(self, path: str) -> BinaryIO: ...
    def exists(self, path: str) -> bool: ...
    def match(self, pattern: str) -> list[FileInfo]: ...
    def delete(self, paths: list[str]) -> None: ...
    def mkdirs(self, path: str) -> None: ...
    def rename(self, source: str, destination: str) -> None: ...
    def join(self, root: str, *parts: str) -> str: ...


def is_remote(path: str) -> bool:
    """True for a path with a URL scheme (``gs://bucket/x``), False for a local path."""
    return bool(_SCHEME.match(str(path)))


class LocalFileSystem:
    """Local files only; a remote path raises ``ValueError`` naming its scheme."""

    @staticmethod
    def _local(path: str) -> str:
        if is_remote(path):
            scheme = str(path).split("://", 1)[0]
            raise ValueError(f"{scheme}:// paths need Beam's file systems: import pipeline.beam first")
        return str(path)

    def open(self, path: str) -> BinaryIO:
        return open(self._local(path), "rb")

    def create(self, path: str) -> BinaryIO:
        path = self._local(path)
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        return open(path, "wb")

    def exists(self, path: str) -> bool:
        return os.path.exists(self._local(path))

    def match(self, pattern: str) -> list[FileInfo]:
        paths = glob.glob(self._local(pattern))
        return [FileInfo(p, os.path.getsize(p)) for p in sorted(paths) if os.path.isfile(p)]

    def delete(self, paths: list[str]) -> None:
        for path in map(self._local, paths):
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path)
            else:
                os.remove(path)

    def mkdirs(self, path: str) -> None:
        os.makedirs(self._local(path), exist_ok=True)

    def rename(self, source: str, destination: str) -> None:
        os.replace(self._local(source), self._local(destination))

    def join(self, root: str, *parts: str) -> str:
        return os.path.join(root, *parts)


_current: list[FileSystem] = [LocalFileSystem()]


def use(file_system: FileSystem) -> None:
    """Make ``file_system`` the one the core uses (``pipeline.beam`` installs Beam's on import)."""
    _current[0] = file_system


def current() -> FileSystem:
    """The file system in use."""
    return _current[0]


def open_file(path: str) -> BinaryIO:
    """Open ``path`` for reading bytes (no decompression)."""
    return current().open(path)


def file_size(path: str) -> int | None:
    """Size of ``path`` in bytes, or None when it cannot be listed."""
    try:
        return current().match(path)[0].size
    except Exception:  # noqa: BLE001 - unlisted or unreadable: callers read it whole and report there
        return None


def split(path: str) -> tuple[str, str]:
    """``(folder, name)`` of a local path or a URL (``gs://b/out/report.json`` -> ``gs://b/out``, ...)."""
    if is_remote(path):
        folder, _, name = str(path).rstrip("/").rpartition("/")
        return folder, name
    return os.path.split(str(path))


def ensure_dir(path: str) -> None:
    """Create folder ``path`` (and parents) unless it exists; object stores need nothing."""
    file_system = current()
    if not file_system.exists(path):
        file_system.mkdirs(path)


def write_atomic(path: str, data: bytes) -> None:
    """Write ``data`` to a temporary name next to ``path``, then rename it over ``path``.

    A reader never sees half a file: local renames are atomic, object stores publish an object whole.
    """
    file_system = current()
    folder, name = split(path)
    if folder:
        ensure_dir(folder)
    tmp = file_system.join(folder, f".{name}.{uuid.uuid4().hex}.tmp") if folder else f".{name}.tmp"
    try:
        with file_system.create(tmp) as handle:
            handle.write(data)
        file_system.rename(tmp, path)
    except BaseException:
        try:
            if file_system.exists(tmp):
                file_system.delete([tmp])
        except Exception:  # noqa: BLE001 - the original error is the one to raise
            pass
        raise


def read_bytes(path: str) -> bytes | None:
    """The bytes of ``path``, or None when it does not exist."""
    file_system = current()
    if not file_system.exists(path):
        return None
    with file_system.open(path) as handle:
        return handle.read()
