"""The batch job's inputs: patterns and folders matched to files (any Beam file system), sizes for the report."""
from __future__ import annotations

from typing import Sequence

from apache_beam.io.filesystems import FileSystems

from pipeline.io.readers import file_format


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
