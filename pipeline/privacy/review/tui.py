"""The terminal reviewer: one queued conversation at a time, shown whole, one uncertain finding at a time.

Each conversation is printed in full (turns numbered, the finding under review highlighted) and the
reviewer answers with one key, no Enter: ``a`` accept, ``r`` reject (keep the text), ``e`` edit the
span, ``q`` quit (run again to resume: the conversation is shown again with what was decided),
``?`` help. Then ``m`` marks personal data the detector missed and ``d`` (or Enter) closes the
conversation. Span text, turn numbers and entity types are typed as lines. On a terminal keys are read
in cbreak mode; from a pipe or a file (scripts, tests) one command per line. Decisions go to
``decisions.jsonl`` as offsets only.

Transcript text is untrusted: control characters, ANSI escape sequences and bidirectional-override
characters are shown escaped (``\\x1b``), never sent to the terminal.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Sequence, TextIO

from pipeline.privacy.review import decisions as D
from pipeline.privacy.review.queue import queue_items
from pipeline.privacy.review.routing import KIND_HOLD

logger = logging.getLogger(__name__)

PLAIN_MARKS = ("[[", "]]")
ANSI_MARKS = ("\x1b[7m", "\x1b[0m")  # reverse video
ANSI_OTHER_MARKS = ("\x1b[4m", "\x1b[0m")  # underline: the conversation's other findings
PLAIN_OTHER_MARKS = ("{", "}")
# C0 and C1 controls (ESC starts every ANSI sequence), DEL, bidi embeddings / overrides / isolates /
# marks and line / paragraph separators: each could rewrite or reorder what the reviewer sees.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
KEYS_HELP = """keys (no Enter needed):
  a  accept: the highlighted span is personal data of the shown type
  r  reject: it is not personal data; the text stays as it is
  e  edit: type the right span (exact words of the turn, or start:end) and type
  m  mark personal data the detector missed (turn number, words, type)
  d  done with this conversation (Enter works too) once no missed data remains
  q  quit; run the command again to resume where you left off
  ?  this help"""


class _Quit(Exception):
    """The reviewer asked to stop (or input ended)."""


def safe(text: str) -> str:
    """``text`` with every control / bidi character escaped (``\\x1b``, ``\\u202e``): printable as is."""
    return _UNSAFE.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def mark_spans(text: str, spans: Sequence[tuple[int, int, tuple[str, str]]]) -> str:
    """``text`` made safe, each ``(start, end, marks)`` span wrapped in its marks (overlaps: first wins)."""
    out, at = [], 0
    for start, end, (opening, closing) in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < at or not 0 <= start < end <= len(text):
            continue
        out += [safe(text[at:start]), opening, safe(text[start:end]), closing]
        at = end
    out.append(safe(text[at:]))
    return "".join(out)


def highlight(text: str, start: int, end: int, marks: tuple[str, str] = PLAIN_MARKS) -> str:
    """``text`` (made safe) with ``[start, end)`` wrapped in the marks."""
    return mark_spans(text, [(start, end, marks)])


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
    """Drives a review session over ``review_dir``: single keys on a terminal, lines otherwise."""

    def __init__(self, review_dir: str | Path, stdin: TextIO, stdout: TextIO, reviewer: str | None = None) -> None:
        self.review_dir = Path(review_dir)
        self.stdin, self.stdout, self.reviewer = stdin, stdout, reviewer
        color = getattr(stdout, "isatty", lambda: False)()
        self.marks = ANSI_MARKS if color else PLAIN_MARKS
        self.other_marks = ANSI_OTHER_MARKS if color else PLAIN_OTHER_MARKS
        self.single_keys = color and getattr(stdin, "isatty", lambda: False)()
        self._saved_mode: list | None = None  # the terminal's line mode, restored on exit

    def _say(self, text: str = "") -> None:
        self.stdout.write(text + "\n")
        self.stdout.flush()

    def _key(self, prompt: str) -> str:
        """One command key, lower-cased (``\\n`` for Enter); q, Ctrl-C, Ctrl-D and end of input quit."""
        self.stdout.write(prompt)
        self.stdout.flush()
        if self.single_keys:
            key = self.stdin.read(1)
            self._say(key if key.isprintable() else "")
        else:
            line = self.stdin.readline()
            if not line:
                raise _Quit
            key = line[:1]
        if key in ("", "\x03", "\x04") or key.lower() == "q":
            raise _Quit
        return "\n" if key == "\r" else key.lower()

    def _terminal_mode(self, cbreak: bool) -> None:
        """Cbreak (keys arrive one by one, no echo) or the saved line mode; never flushes typed keys."""
        import termios
        import tty

        fd = self.stdin.fileno()
        if cbreak:
            tty.setcbreak(fd, termios.TCSANOW)
        else:
            termios.tcsetattr(fd, termios.TCSANOW, self._saved_mode)

    def _line(self, prompt: str) -> str:
        """A typed line (Enter ends it); ``q`` alone or end of input quits."""
        self.stdout.write(prompt)
        self.stdout.flush()
        if self.single_keys:
            self._terminal_mode(cbreak=False)
            try:
                line = self.stdin.readline()
            finally:
                self._terminal_mode(cbreak=True)
        else:
            line = self.stdin.readline()
        if not line:
            raise _Quit
        line = line.rstrip("\r\n")
        if line.strip().lower() == "q":
            raise _Quit
        return line

    def run(self) -> int:
        """Review every open conversation; returns how many were completed in this session."""
        existing = D.load_decisions(self.review_dir)
        items = [(p, it) for p, it in queue_items(self.review_dir)
                 if not existing.get(it["conversation_id"], D.ConversationDecisions()).done]
        self._say(f"{len(items)} conversation(s) waiting for review; one key per answer, ? for help")
        completed = 0
        if self.single_keys:  # for the whole session: a key typed before its prompt is not lost
            import termios

            self._saved_mode = termios.tcgetattr(self.stdin.fileno())
            self._terminal_mode(cbreak=True)
        try:
            for n, (_, item) in enumerate(items, 1):
                self._review(item, existing.get(item["conversation_id"], D.ConversationDecisions()), n, len(items))
                completed += 1
        except (_Quit, KeyboardInterrupt):
            self._say("\nstopped; run the command again to resume where you left off")
        finally:
            if self.single_keys:
                self._terminal_mode(cbreak=False)
        self._say(f"completed {completed} conversation(s) this session")
        return completed

    def _review(self, item: dict, state: D.ConversationDecisions, n: int, total: int) -> None:
        cid, turns = item["conversation_id"], item["turns"]
        targets = [f for f in item["findings"] if f["uncertain"]] if item["kind"] == KIND_HOLD else []
        open_targets = [f for f in targets if (f["turn_index"], f["start"], f["end"]) not in state.by_finding]
        self._say(f"\n=== [{n}/{total}] conversation {safe(str(cid))} ({safe(str(item['kind']))}): "
                  f"{len(turns)} turns, {len(targets)} uncertain finding(s) ===")
        if len(open_targets) < len(targets) or state.added:
            self._say(f"resuming: {len(targets) - len(open_targets)} of {len(targets)} finding(s) decided "
                      f"earlier, {len(state.added)} missed span(s) added")
        for i, f in enumerate(open_targets, 1):
            self._show(turns, [(f["turn_index"], f["start"], f["end"], self.marks)], current=f["turn_index"])
            self._finding(cid, turns, f, len(targets) - len(open_targets) + i, len(targets))
        self._missed(cid, item, state)
        self._append(cid, D.DONE)

    def _show(self, turns: list[dict], spans: Sequence[tuple[int, int, int, tuple[str, str]]],
              current: int | None = None) -> None:
        """The whole conversation, one numbered line per turn, spans marked; ``>`` at ``current``."""
        by_turn: dict[int, list] = {}
        for t, start, end, marks in spans:
            by_turn.setdefault(t, []).append((start, end, marks))
        width = max((len(safe(str(t["speaker"]))) for t in turns), default=0)
        for i, turn in enumerate(turns):
            pointer = ">" if i == current else " "
            self._say(f"{pointer}{i:>3} {safe(str(turn['speaker'])):<{width}}  "
                      f"{mark_spans(turn['text'], by_turn.get(i, []))}")

    def _finding(self, cid: str, turns: list[dict], f: dict, number: int, total: int) -> None:
        turn = turns[f["turn_index"]]
        self._say(f"  finding {number}/{total} in turn {f['turn_index']}: {safe(str(f['entity_type']))} "
                  f"score {f['score']:.2f} by {safe(str(f['recognizer']))} ({safe(str(f['reason']))})")
        while True:
            key = self._key("  [a]ccept  [r]eject  [e]dit  [q]uit  [?]help > ")
            if key in ("a", "r"):
                self._append(cid, D.ACCEPT if key == "a" else D.REJECT, finding=f)
                return
            if key == "e":
                span = locate(turn["text"], self._line("  new span (exact words or start:end) > "), f["start"])
                if span is None:
                    self._say("  not found in this turn; try again")
                    continue
                etype = self._entity_type(f["entity_type"])
                self._append(cid, D.EDIT, finding=f, new={"turn_index": f["turn_index"], "start": span[0],
                                                          "end": span[1], "entity_type": etype})
                return
            if key == "?":
                self._say(KEYS_HELP)
            else:
                self._say("  please answer a, r, e or q (? for help)")

    def _missed(self, cid: str, item: dict, state: D.ConversationDecisions) -> None:
        turns = item["turns"]
        self._say("  the conversation with every finding marked; is any personal data missed?")
        spans = [(f["turn_index"], f["start"], f["end"], self.other_marks) for f in item["findings"]]
        spans += [(t, s, e, self.marks) for (t, s, e) in state.added]
        self._show(turns, spans)
        while True:
            key = self._key("  [m]ark missed data  [d]one  [q]uit  [?]help > ")
            if key in ("d", "\n"):
                return
            if key == "?":
                self._say(KEYS_HELP)
                continue
            if key != "m":
                self._say("  please answer m, d or q (? for help)")
                continue
            which = self._line(f"  turn number (0..{len(turns) - 1}) > ").strip()
            if not which.isdigit() or int(which) >= len(turns):
                self._say(f"  turn must be 0..{len(turns) - 1}")
                continue
            index = int(which)
            span = locate(turns[index]["text"], self._line("  exact words (or start:end) > "))
            if span is None:
                self._say("  not found in that turn")
                continue
            etype = self._entity_type("PERSON")
            self._append(cid, D.ADD, new={"turn_index": index, "start": span[0], "end": span[1],
                                          "entity_type": etype})
            self._say(f"  added {safe(etype)} in turn {index}: {highlight(turns[index]['text'], *span, self.marks)}")

    def _entity_type(self, default: str) -> str:
        return self._line(f"  entity type [{safe(default)}] > ").strip().upper() or default

    def _append(self, cid: str, action: str, **kw) -> None:
        D.append_decision(self.review_dir, cid, action, reviewer=self.reviewer, **kw)
