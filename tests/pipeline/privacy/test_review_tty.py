"""The reviewer in a real terminal (a pty): whole conversation shown, single keys without Enter, ``?`` help,
quit and resume with the text shown again, and transcript control characters never reaching the terminal."""
from __future__ import annotations

import os
import pty
import select
import sys
import time

import pytest

from pipeline.privacy.review import decisions as D
from pipeline.privacy.review.queue import write_item
from pipeline.privacy.review.tui import highlight, mark_spans, safe

HOSTILE = "\x1b[2J\x1b]0;pwned\x07"  # clear screen + set window title: must arrive escaped
ITEM = {
    "item_format": 1, "kind": "hold", "conversation_id": "conv-tty", "customer_id": None, "channel": "voice",
    "language": "en", "metadata": {}, "source": "t.jsonl",
    "turns": [{"speaker": "agent", "text": "who am i speaking to?"},
              {"speaker": "customer", "text": f"it's jordan lee {HOSTILE}from springfield"},
              {"speaker": "agent", "text": "thanks \u202eevil\u202c, anything else?"}],
    "findings": [{"turn_index": 1, "start": 5, "end": 11, "entity_type": "PERSON", "score": 0.55,
                  "recognizer": "person_names.v1", "reason": "name_list", "uncertain": True},
                 {"turn_index": 1, "start": 12, "end": 15, "entity_type": "PERSON", "score": 0.55,
                  "recognizer": "person_names.v1", "reason": "name_list", "uncertain": True}],
    "pipeline_version": "t", "config_fingerprint": "f"}


class Terminal:
    """``pii-pipeline review`` on the child side of a pty; the test types keys and reads the screen."""

    def __init__(self, review_dir) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # child: the real command line
            os.environ["TERM"] = "xterm"
            os.execv(sys.executable, [sys.executable, "-m", "pipeline.cli", "review", "--review-dir",
                                      str(review_dir), "--reviewer", "tty-test"])
        self.seen = ""

    def read_until(self, text: str, timeout: float = 60.0) -> str:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            ready, _, _ = select.select([self.fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise AssertionError(f"{text!r} not shown; screen so far:\n{self.seen}")
            try:
                chunk = os.read(self.fd, 4096)
            except OSError:  # the child exited
                chunk = b""
            if not chunk:
                raise AssertionError(f"{text!r} not shown before exit; screen:\n{self.seen}")
            self.seen += chunk.decode("utf-8", "replace")
        return self.seen

    def press(self, key: str) -> None:
        os.write(self.fd, key.encode())

    def exit_code(self) -> int:
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)


@pytest.mark.parametrize("text, expected", [
    ("plain words", "plain words"),
    ("a\x1b[31mred", "a\\x1b[31mred"),
    ("tab\there", "tab\\x09here"),
    ("line\nbreak", "line\\x0abreak"),
    ("bell\x07", "bell\\x07"),
    ("c1\x9bcsi", "c1\\x9bcsi"),
    ("rtl\u202eoverride\u202c", "rtl\\u202eoverride\\u202c"),
    ("isolate\u2066x\u2069", "isolate\\u2066x\\u2069"),
    ("café 😀", "café 😀"),
])
def test_safe_escapes_control_characters_table(text, expected):
    assert safe(text) == expected


def test_highlight_escapes_inside_and_outside_the_span():
    assert highlight("a\x1bb\x1bc", 1, 3) == "a[[\\x1bb]]\\x1bc"


def test_mark_spans_skips_overlaps_and_bad_offsets():
    marks = ("<", ">")
    assert mark_spans("abcdef", [(0, 2, marks), (1, 3, marks), (4, 9, marks), (4, 5, marks)]) == "<ab>cd<e>f"


@pytest.mark.slow
def test_reviewer_in_pty_single_keys_help_quit_resume(tmp_path):
    review = tmp_path / "review"
    write_item(review, ITEM)

    term = Terminal(review)
    screen = term.read_until("[a]ccept")
    # the whole conversation, the uncertain span in reverse video, hostile text escaped
    assert "who am i speaking to?" in screen and "anything else?" in screen
    assert "\x1b[7mjordan\x1b[0m" in screen
    assert HOSTILE not in screen and "\\x1b[2J\\x1b]0;pwned\\x07" in screen
    assert "\u202e" not in screen and "\\u202e" in screen
    term.press("?")  # no Enter anywhere below
    assert "keys (no Enter needed)" in term.read_until("keys (no Enter needed)")
    term.press("a")
    term.read_until("finding 2/2")
    term.press("q")
    term.read_until("completed 0 conversation(s)")
    assert term.exit_code() == 0
    state = D.load_decisions(review)["conv-tty"]
    assert not state.done and [d["action"] for d in state.by_finding.values()] == ["accept"]

    term = Terminal(review)
    screen = term.read_until("[a]ccept")
    assert "resuming: 1 of 2 finding(s) decided earlier" in screen
    assert "who am i speaking to?" in screen and "\x1b[7mlee\x1b[0m" in screen
    term.press("r")
    term.read_until("[m]ark missed data")
    term.press("m")
    term.read_until("turn number")
    term.press("1\r")  # typed values end with Enter
    term.read_until("exact words")
    term.press("springfield\r")
    term.read_until("entity type")
    term.press("location\r")
    term.read_until("added LOCATION")
    term.press("d")
    assert "completed 1 conversation(s)" in term.read_until("completed 1 conversation(s)")
    assert term.exit_code() == 0
    state = D.load_decisions(review)["conv-tty"]
    assert state.done and state.added == {(1, 35, 46): "LOCATION"}
    assert [d["action"] for d in state.by_finding.values()] == ["accept", "reject"]
