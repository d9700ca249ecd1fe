"""The review queue on disk: one JSON file per conversation, readable by the owner only.

Queue items carry raw text (a reviewer must see it), so the folder is created ``0700`` and every file
``0600``, written to a temporary name and renamed (a reader never sees half a file). An existing folder
is used only if it is already owner-only: its permissions are never changed (it may be a shared folder
someone else relies on), and a group- or world-accessible one is refused. A remote review folder
(``gs://``, ...) has no such permissions: it is refused unless ``review.allow_remote`` is set.

Layout of a review folder::

    queue/<kind>-<id>.json     items waiting for a person (kind: hold | qa_sample)
    released/                  items applied by ``pii-pipeline release``
    decisions.jsonl            reviewers' decisions (offsets and types only, never values)
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from pathlib import Path
from typing import Iterator

from pipeline.privacy.review.routing import is_uncertain

ITEM_FORMAT = 1
QUEUE_DIR = "queue"
RELEASED_DIR = "released"
DECISIONS_FILE = "decisions.jsonl"
DIR_MODE = 0o700
FILE_MODE = 0o600
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def review_item(processed, redactor, kind: str, version: str) -> dict:
    """A queue item for a processed conversation: raw turns, findings and why it is here."""
    conv = processed.conversation
    review = redactor.config.review
    findings = [{"turn_index": t, "start": f.start, "end": f.end, "entity_type": f.entity_type,
                 "score": round(f.score, 4), "recognizer": f.recognizer, "reason": f.reason,
                 "uncertain": is_uncertain(f, review)}
                for t, red in enumerate(processed.redacted) for f in red.findings]
    return {"item_format": ITEM_FORMAT, "kind": kind, "conversation_id": conv.conversation_id,
            "customer_id": conv.customer_id, "channel": conv.channel, "language": conv.language,
            "metadata": dict(conv.metadata), "source": conv.source,
            "turns": [{"speaker": t.speaker, "text": t.text} for t in conv.turns],
            "findings": findings, "pipeline_version": version, "config_fingerprint": redactor.fingerprint}


def item_filename(kind: str, conversation_id: str) -> str:
    """A safe, unique file name for an item (readable id prefix + short digest of the exact id)."""
    digest = hashlib.sha256(conversation_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{kind}-{_UNSAFE.sub('_', conversation_id)[:60]}-{digest}.json"


class ReviewLocationError(ValueError):
    """The review folder is not private (shared permissions, not ours, remote without permission)."""


def private_dir(path: str | Path) -> Path:
    """Create ``path`` owner-only (0700), or accept an existing folder that already is owner-only.

    Parents are created with default permissions; only a folder this call creates is given mode 0700.

    Raises:
        ReviewLocationError: ``path`` exists and is not a folder, is a symlink, belongs to another user,
            or is accessible by group or others (its permissions are left as they are).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(mode=DIR_MODE)
    except FileExistsError:
        info = os.lstat(path)
        if not stat.S_ISDIR(info.st_mode):
            raise ReviewLocationError(f"review folder {path} exists and is not a folder") from None
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            raise ReviewLocationError(f"review folder {path} belongs to another user") from None
        if info.st_mode & 0o077:
            raise ReviewLocationError(
                f"review folder {path} is accessible by group or others (mode {stat.S_IMODE(info.st_mode):o}); "
                "the review queue holds raw text and its permissions are not changed for you: "
                "run `chmod 700` on it or choose another review.directory") from None
        return path
    os.chmod(path, DIR_MODE)  # ours: make it exact whatever the umask
    return path


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically with mode 0600."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def check_location(review_dir: str, allow_remote: bool) -> None:
    """Refuse a remote review folder unless the user allowed it (``review.allow_remote``).

    Raises:
        ReviewLocationError: ``review_dir`` is remote and ``allow_remote`` is False.
    """
    from pipeline.io.filesystem import is_remote

    if is_remote(review_dir) and not allow_remote:
        raise ReviewLocationError(
            f"the review queue holds raw transcript text and {review_dir} is remote, where owner-only "
            "permissions cannot be set: set review.allow_remote: true to write it there, or choose a local "
            "review.directory")


def may_write(review_config) -> bool:
    """True when the review settings can put items in the queue (hold policy or QA sampling)."""
    return review_config.policy == "hold" or review_config.qa_sample_rate > 0


def write_item(review_dir: str | Path, item: dict, *, allow_remote: bool = False) -> Path | str:
    """Put one item into ``<review_dir>/queue/`` (owner-only; remote only with ``allow_remote``)."""
    from pipeline.io import filesystem

    review_dir = str(review_dir)
    check_location(review_dir, allow_remote)
    if filesystem.is_remote(review_dir):
        target = filesystem.current().join(review_dir, QUEUE_DIR, item_filename(item["kind"], item["conversation_id"]))
        filesystem.write_atomic(target, json.dumps(item, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        return target
    private_dir(review_dir)
    queue = private_dir(Path(review_dir) / QUEUE_DIR)
    path = queue / item_filename(item["kind"], item["conversation_id"])
    write_private(path, json.dumps(item, ensure_ascii=False, sort_keys=True))
    return path


def queue_items(review_dir: str | Path) -> Iterator[tuple[Path, dict]]:
    """``(path, item)`` of every item waiting in the queue, in file-name order."""
    queue = Path(review_dir) / QUEUE_DIR
    if not queue.is_dir():
        return
    for path in sorted(queue.glob("*.json")):
        yield path, json.loads(path.read_text("utf-8"))
