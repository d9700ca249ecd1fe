"""Run output directory safety: a run never mixes its files with an earlier run's.

Policy (local and remote Beam filesystems alike):

* A run writes only its own entries under the output root: ``training/``, ``audit/``,
  ``dead_letter/``, ``review/``, ``audio_redactions/`` and ``report.json`` (``RUN_ENTRIES``); other files there are left alone.
* While a run is in progress the root holds an ``_RUN_IN_PROGRESS`` marker, removed only after
  ``report.json`` has been written. ``report.json`` itself is written atomically, so a report means a
  complete run.
* Starting a run where a *complete* earlier run left entries is refused unless ``overwrite`` is set;
  with it, the run's own entries are deleted first (never anything else).
* Starting a run where an *incomplete* earlier run left entries (the marker is still there: it was
  killed or crashed) clears those entries automatically: they were never a finished output, and
  keeping them would mix partial or duplicate files into the new run's output.
* Either way, a ``review/`` that still holds queue items or reviewers' decisions (work not yet released:
  held conversations exist nowhere else) is never deleted unless ``discard_review`` is also set.
* The streaming job follows the same rules; its state file is one of its entries.

Beam's file sinks write to ``beam-temp-*`` folders and rename on finalize, so part files appear only
complete; a killed run can leave such temp folders behind inside the entries, and clearing the entries
removes them too.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from apache_beam.io.filesystems import FileSystems

logger = logging.getLogger(__name__)

RUN_ENTRIES = ("training", "audit", "dead_letter", "review", "audio_redactions", "report.json")
IN_PROGRESS_MARKER = "_RUN_IN_PROGRESS"


class OutputDirError(RuntimeError):
    """The output directory holds a complete earlier run and ``overwrite`` was not given."""


@dataclass(frozen=True)
class PreparedOutput:
    """What ``prepare_output_dir`` found and did.

    Attributes:
        root: The output root.
        cleared: Names of earlier entries that were deleted.
        previous_run: ``none``, ``complete`` or ``incomplete``.
    """

    root: str
    cleared: tuple[str, ...]
    previous_run: str


def _join(root: str, name: str) -> str:
    return FileSystems.join(root, name)


def _present(path: str) -> bool:
    if FileSystems.exists(path):
        return True
    try:  # object stores have no folders: a prefix exists when something is under it
        return bool(FileSystems.match([_join(path, "*")])[0].metadata_list)
    except Exception:  # noqa: BLE001 - nothing matched
        return False


def existing_entries(root: str) -> list[str]:
    """Names of ``RUN_ENTRIES`` present under ``root``."""
    return [name for name in RUN_ENTRIES if _present(_join(root, name))]


def unreleased_review(root: str) -> int:
    """Queue items plus decision files under ``<root>/review`` (work a reviewer has not released)."""
    review = _join(root, "review")
    found = 0
    for pattern in (_join(_join(review, "queue"), "*.json"), _join(review, "decisions.jsonl")):
        try:
            found += len(FileSystems.match([pattern])[0].metadata_list)
        except Exception:  # noqa: BLE001 - nothing there
            continue
    return found


def prepare_output_dir(root: str, *, overwrite: bool = False, discard_review: bool = False,
                       extra_entries: tuple[str, ...] = ()) -> PreparedOutput:
    """Make ``root`` ready for a new run and mark the run as in progress.

    Args:
        root: The run's output folder (created if missing).
        overwrite: Delete the entries of a complete earlier run instead of refusing.
        discard_review: Also delete a ``review/`` that holds unreleased queue items or decisions.
        extra_entries: More entries the job owns (the streaming job's state file).

    Raises:
        OutputDirError: a complete earlier run is there and ``overwrite`` is False, or its ``review/``
            holds unreleased work and ``discard_review`` is False.
    """
    entries = existing_entries(root) + [n for n in extra_entries if _present(_join(root, n))]
    incomplete = FileSystems.exists(_join(root, IN_PROGRESS_MARKER))
    previous = "incomplete" if incomplete else "complete" if entries else "none"
    if entries and previous == "complete" and not overwrite:
        raise OutputDirError(
            f"output folder {root} already holds a run ({', '.join(entries)}); "
            "pass --overwrite to replace it, or choose another --output")
    if "review" in entries and not discard_review:
        pending = unreleased_review(root)
        if pending:
            raise OutputDirError(
                f"output folder {root} holds a review queue with {pending} unreleased item or decision file(s); "
                "release them first (pii-pipeline release), or pass --discard-review as well to delete them")
    if entries:
        logger.warning("clearing %s run outputs in %s: %s", previous, root, ", ".join(entries))
        FileSystems.delete([_join(root, name) for name in entries])
    if not FileSystems.exists(root):
        FileSystems.mkdirs(root)
    with FileSystems.create(_join(root, IN_PROGRESS_MARKER)) as handle:
        handle.write(b"a pii-pipeline run is writing here; if no run is active it was interrupted\n")
    return PreparedOutput(root, tuple(entries), previous)


def mark_complete(root: str) -> None:
    """Remove the in-progress marker (call after ``report.json`` is written)."""
    marker = _join(root, IN_PROGRESS_MARKER)
    if FileSystems.exists(marker):
        FileSystems.delete([marker])


def leftover_temp_paths(root: str) -> list[str]:
    """Beam sink temp folders/files left under the run's entries (empty after a complete run)."""
    found = set()
    for name in RUN_ENTRIES:
        for pattern in ("beam-temp-*", "beam-temp-*/*"):
            try:
                matches = FileSystems.match([_join(_join(root, name), pattern)])[0].metadata_list
            except Exception:  # noqa: BLE001 - a missing entry has nothing left over
                continue
            found.update(m.path for m in matches)
    return sorted(found)
