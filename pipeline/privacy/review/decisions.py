"""Reviewers' decisions: an append-only JSONL file of offsets, types and actions (never values).

A later decision on the same finding replaces an earlier one, so a reviewer can quit, resume and
correct. A ``done`` line closes a conversation: only closed conversations are released.
"""
from __future__ import annotations

import getpass
import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from pipeline.privacy.review.queue import DECISIONS_FILE, FILE_MODE, private_dir

ACCEPT, REJECT, EDIT, ADD, DONE = "accept", "reject", "edit", "add", "done"
ACTIONS = (ACCEPT, REJECT, EDIT, ADD, DONE)

Span = tuple[int, int, int]  # (turn_index, start, end)


@dataclass
class ConversationDecisions:
    """What reviewers decided for one conversation (built while reading the file)."""

    by_finding: dict[Span, dict] = field(default_factory=dict)  # original span -> latest decision
    added: dict[Span, str] = field(default_factory=dict)  # new span -> entity type
    done: bool = False


def append_decision(review_dir: str | Path, conversation_id: str, action: str, *,
                    finding: dict | None = None, new: dict | None = None, reviewer: str | None = None) -> dict:
    """Append one decision line (file created 0600).

    Args:
        finding: The reviewed finding's ``turn_index``, ``start``, ``end``, ``entity_type``.
        new: For ``edit``/``add``: the new ``turn_index``, ``start``, ``end``, ``entity_type``.
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown review action {action!r}")
    keys = ("turn_index", "start", "end", "entity_type")
    line = {"conversation_id": conversation_id, "action": action,
            "finding": {k: finding[k] for k in keys} if finding else None,
            "new": {k: new[k] for k in keys} if new else None,
            "reviewer": reviewer or _reviewer(), "decided_at": datetime.now(timezone.utc).isoformat()}
    private_dir(review_dir)
    path = Path(review_dir) / DECISIONS_FILE
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(line, sort_keys=True) + "\n")
    return line


def _reviewer() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name available
        return "unknown"


def _span(d: dict) -> Span:
    return int(d["turn_index"]), int(d["start"]), int(d["end"])


def load_decisions(review_dir: str | Path) -> dict[str, ConversationDecisions]:
    """Every conversation's latest decisions (an absent file means none yet)."""
    path = Path(review_dir) / DECISIONS_FILE
    out: dict[str, ConversationDecisions] = {}
    if not path.is_file():
        return out
    for raw in path.read_text("utf-8").splitlines():
        if not raw.strip():
            continue
        line = json.loads(raw)
        state = out.setdefault(line["conversation_id"], ConversationDecisions())
        action = line["action"]
        if action == DONE:
            state.done = True
        elif action == ADD:
            state.added[_span(line["new"])] = line["new"]["entity_type"]
        else:
            state.by_finding[_span(line["finding"])] = line
    return out
