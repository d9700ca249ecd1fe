"""The terminal reviewer: one queued conversation at a time, one finding at a time.

Line-based on purpose (works over ssh, in tmux and with scripted stdin in tests). For each uncertain
finding of a held conversation: ``a`` accept, ``r`` reject (keep the text), ``e`` edit the span, ``q``
quit (resume later where you left off). Then the reviewer may add spans the detector missed (every
QA-sampled conversation gets this pass). Decisions go to ``decisions.jsonl`` as offsets only.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TextIO

from pipeline.privacy.review import decisions as D
from pipeline.privacy.review.queue import queue_items
from pipeline.privacy.review.routing import KIND_HOLD

logger = logging.getLogger(__name__)

PLAIN_MARKS = ("[[", "]]")
ANSI_MARKS = ("\x1b[7m", "\x1b[0m")


class _Quit(Exception):
    """The reviewer asked to stop (or input ended)."""


def highlight(text: str, start: int, end: int, marks: tuple[str, str] = PLAIN_MARKS) -> str:
    """``text`` with ``[start, end)`` wrapped in the marks."""
    return f"{text[:start]}{marks[0]}{text[start:end]}{marks[1]}{text[end:]}"


def locate(text: str, answer: str, near: int = 0) -> tuple[int, int] | None:
    """A span from ``start:end`` or from exact words of the turn (the occurrence nearest ``near``)."""
    answer = answer.strip()
    if ":" in answer and all(p.strip().isdigit() for p in answer.split(":", 1)):
        start, end = (int(p) for p in answer.split(":", 1))
        return (start, end) if 0 <= start < end <= len(text) else None
    if not answer:
        return None
    hits, i = [], text.find(answer)
    while i >= 0:
        hits.append(i)
        i = text.find(answer, i + 1)
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - near))
    return best, best + len(answer)


class Reviewer:
    """Drives a review session over ``review_dir`` with line input and text output."""

    def __init__(self, review_dir: str | Path, stdin: TextIO, stdout: TextIO, reviewer: str | None = None) -> None:
        self.review_dir = Path(review_dir)
        self.stdin, self.stdout, self.reviewer = stdin, stdout, reviewer
        self.marks = ANSI_MARKS if getattr(stdout, "isatty", lambda: False)() else PLAIN_MARKS

    def _say(self, text: str = "") -> None:
        self.stdout.write(text + "\n")
        self.stdout.flush()

    def _ask(self, prompt: str) -> str:
        self.stdout.write(prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            raise _Quit
        line = line.rstrip("\n")
        if line.strip().lower() == "q":
            raise _Quit
        return line

    def run(self) -> int:
        """Review every open conversation; returns how many were completed in this session."""
        existing = D.load_decisions(self.review_dir)
        items = [(p, it) for p, it in queue_items(self.review_dir)
                 if not existing.get(it["conversation_id"], D.ConversationDecisions()).done]
        self._say(f"{len(items)} conversation(s) waiting for review")
        completed = 0
        try:
            for n, (_, item) in enumerate(items, 1):
                self._review(item, existing.get(item["conversation_id"], D.ConversationDecisions()), n, len(items))
                completed += 1
        except _Quit:
            self._say("stopped; run the command again to resume")
        self._say(f"completed {completed} conversation(s) this session")
        return completed

    def _review(self, item: dict, state: D.ConversationDecisions, n: int, total: int) -> None:
        cid, turns = item["conversation_id"], item["turns"]
        self._say(f"\n=== [{n}/{total}] conversation {cid} ({item['kind']}) ===")
        targets = [f for f in item["findings"] if f["uncertain"]] if item["kind"] == KIND_HOLD else []
        for f in targets:
            if (f["turn_index"], f["start"], f["end"]) in state.by_finding:
                continue  # decided in an earlier session
            self._finding(cid, turns, f)
        self._missed(cid, item)
        self._append(cid, D.DONE)

    def _finding(self, cid: str, turns: list[dict], f: dict) -> None:
        turn = turns[f["turn_index"]]
        self._say(f"turn {f['turn_index']} ({turn['speaker']}): "
                  f"{highlight(turn['text'], f['start'], f['end'], self.marks)}")
        self._say(f"  {f['entity_type']} score {f['score']:.2f} by {f['recognizer']} ({f['reason']})")
        while True:
            answer = self._ask("  [a]ccept  [r]eject  [e]dit  [q]uit > ").strip().lower()
            if answer in ("a", "r"):
                self._append(cid, D.ACCEPT if answer == "a" else D.REJECT, finding=f)
                return
            if answer == "e":
                span = locate(turn["text"], self._ask("  new span (exact words or start:end) > "), f["start"])
                if span is None:
                    self._say("  not found in this turn; try again")
                    continue
                etype = self._ask(f"  entity type [{f['entity_type']}] > ").strip().upper() or f["entity_type"]
                self._append(cid, D.EDIT, finding=f, new={"turn_index": f["turn_index"], "start": span[0],
                                                          "end": span[1], "entity_type": etype})
                return
            self._say("  please answer a, r, e or q")

    def _missed(self, cid: str, item: dict) -> None:
        turns = item["turns"]
        if item["kind"] != KIND_HOLD:
            by_turn: dict[int, list[dict]] = {}
            for f in item["findings"]:
                by_turn.setdefault(f["turn_index"], []).append(f)
            for i, turn in enumerate(turns):
                text = turn["text"]
                for f in sorted(by_turn.get(i, []), key=lambda f: -f["start"]):
                    text = highlight(text, f["start"], f["end"], self.marks)
                self._say(f"turn {i} ({turn['speaker']}): {text}")
        while True:
            which = self._ask("  missed personal data? turn number (blank: none) > ").strip()
            if not which:
                return
            if not which.isdigit() or int(which) >= len(turns):
                self._say(f"  turn must be 0..{len(turns) - 1}")
                continue
            index = int(which)
            span = locate(turns[index]["text"], self._ask("  exact words (or start:end) > "))
            if span is None:
                self._say("  not found in that turn")
                continue
            etype = self._ask("  entity type [PERSON] > ").strip().upper() or "PERSON"
            self._append(cid, D.ADD, new={"turn_index": index, "start": span[0], "end": span[1],
                                          "entity_type": etype})

    def _append(self, cid: str, action: str, **kw) -> None:
        D.append_decision(self.review_dir, cid, action, reviewer=self.reviewer, **kw)
