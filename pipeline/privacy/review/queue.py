"""The review queue on disk: one JSON file per conversation, readable by the owner only.

Queue items carry raw text (a reviewer must see it), so the folder is created ``0700`` and every file
``0600``, written to a temporary name and renamed (a reader never sees half a file). Local paths only.

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


def private_dir(path: str | Path) -> Path:
    """Create ``path`` (and parents) and make it owner-only (0700)."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    os.chmod(path, DIR_MODE)
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


def write_item(review_dir: str | Path, item: dict) -> Path:
    """Put one item into ``<review_dir>/queue/`` (owner-only)."""
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
