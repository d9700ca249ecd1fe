"""Export renderers of the ``dev_p`` family: contact-centre analytics JSON segments (calls) and helpdesk HTML (tickets).

``segments`` rewrites a spoken turn as one JSON segment object per sentence group (two vendors' key sets), every
offset, duration, id and score a neutral ``stamp``; ``html_body`` escapes a ticket body (``&amp;``, ``&#39;``,
``<p>``, ``<br>``); ``Doc`` builds text with its marks; ``display`` prints a requester as a ticketing system does.
All of them move the gold and distractor offsets along with the text.
"""
from __future__ import annotations

import random
import re
import uuid
from typing import Any

from benchmarks.generate_transcripts import verify
from recognizers import entities as E

_SEG = 120
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&#39;", '"': "&quot;"}


def new_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _map(text: str, marks: list[dict], repl) -> str:
    """Rewrite ``text`` one character at a time (``repl(i, ch) -> str``), moving every mark along."""
    pos, out, n = [], [], 0
    for i, ch in enumerate(text):
        pos.append(n)
        out.append(repl(i, ch))
        n += len(out[-1])
    for m in marks:
        m["start"], m["end"] = pos[m["start"]], pos[m["end"] - 1] + len(out[m["end"] - 1])
    return "".join(out)


def _sentences(text: str, marks: list[dict]) -> list[int]:
    inside = lambda i: any(m["start"] <= i < m["end"] for m in marks)  # noqa: E731
    ends = [m.end() - 1 for m in re.finditer(r"[.?!] ", text) if not inside(m.end() - 1)]
    cuts, last = [], 0
    for e in ends:
        if e - last > _SEG // 2 and len(text) - e > 20:
            cuts.append(e)
            last = e + 1
    return cuts


def segments(turn: dict, speaker: str, start_ms: int, rng: random.Random, vendor: int) -> int:
    """Rewrite ``turn`` as JSON segment objects, one per line; returns the end time in ms."""
    text, marks = turn["text"], turn["spans"] + turn["distractors"]
    bounds = [-1] + _sentences(text, marks) + [len(text)]
    out, stamps = "", []

    def stamp(s: str) -> None:
        nonlocal out
        stamps.append({"start": len(out), "end": len(out) + len(s), "kind": "stamp"})
        out += s
    moved = []
    for a, b in zip(bounds, bounds[1:]):
        chunk = text[a + 1:b]
        assert '"' not in chunk and "\\" not in chunk and chunk.isascii(), "segment text needs no JSON escape"
        end_ms = start_ms + 300 + 55 * len(chunk) + rng.randint(0, 400)
        if out:
            out += ",\n"
        if vendor == 0:
            out += '{"ParticipantId": "' + ("CUSTOMER" if speaker == "customer" else "AGENT") + '", "Id": "'
            stamp(new_id(rng))
            out += '", "Content": "'
        else:
            out += '{"participantPurpose": "' + ("external" if speaker == "customer" else "internal") + '", "phrase": "'
        for m in marks:
            if a < m["start"] < b:
                moved.append((m, len(out) - (a + 1)))
        out += chunk + '", '
        if vendor == 0:
            out += '"BeginOffsetMillis": '
            stamp(str(start_ms))
            out += ', "EndOffsetMillis": '
            stamp(str(end_ms))
            out += ', "Sentiment": "' + rng.choice(("NEUTRAL", "NEUTRAL", "NEGATIVE", "POSITIVE", "MIXED")) + '"}'
        else:
            out += '"startTimeMs": '
            stamp(str(start_ms))
            out += ', "duration": {"milliseconds": '
            stamp(str(end_ms - start_ms))
            out += '}, "sentimentScore": '
            stamp(f"{rng.uniform(-1, 1):.2f}")
            out += ', "confidence": '
            stamp(f"{rng.uniform(0.6, 0.99):.2f}")
            out += "}"
        start_ms = end_ms + rng.randint(0, 300)
    for m, delta in moved:
        m["start"] += delta
        m["end"] += delta
    turn["text"], turn["distractors"] = out, stamps + turn["distractors"]
    return start_ms


class Doc:
    """Text with spans and distractors built piece by piece (``html`` escapes literal text)."""

    def __init__(self) -> None:
        self.text, self.spans, self.dist = "", [], []

    def lit(self, s: str) -> None:
        self.text += s

    def span(self, s: str, label: str, origin: str | None = None) -> None:
        d: dict[str, Any] = {"start": len(self.text), "end": len(self.text) + len(s), "label": label}
        if origin:
            d["origin"] = origin
        self.spans.append(d)
        self.text += s

    def stamp(self, s: str) -> None:
        self.dist.append({"start": len(self.text), "end": len(self.text) + len(s), "kind": "stamp"})
        self.text += s

    def add(self, text: str, spans: list[dict], dist: list[dict]) -> None:
        base = len(self.text)
        self.spans += [{**m, "start": m["start"] + base, "end": m["end"] + base} for m in spans]
        self.dist += [{**m, "start": m["start"] + base, "end": m["end"] + base} for m in dist]
        self.text += text

    def mail(self, address: str) -> None:
        self.lit('<a href="mailto:')
        self.span(address, E.EMAIL_ADDRESS)
        self.lit('">')
        self.span(address, E.EMAIL_ADDRESS)
        self.lit("</a>")


def html_body(turn: dict) -> None:
    """Escape a rendered body for HTML: paragraphs in ``<p>``, lines joined by ``<br>``, offsets moved along."""
    text, marks = turn["text"], turn["spans"] + turn["distractors"]

    def repl(i: int, ch: str) -> str:
        if ch != "\n":
            return _HTML.get(ch, ch)
        if text[i + 1:i + 2] == "\n":
            return "</p>\n<p>"
        return "" if text[i - 1:i] == "\n" else "<br>\n"
    turn["text"] = "<p>" + _map(text, marks, repl) + "</p>"
    for m in marks:
        m["start"] += 3
        m["end"] += 3
    verify(turn["text"], marks)


def display(name, rng: random.Random) -> str:
    """A requester as a ticketing system shows it: as written, or family name first in capitals."""
    words = name.full.split()
    k = len(words) - 2 if len(words) > 2 and words[-2] in ("Al", "El") else len(words) - 1
    if rng.random() < 0.6 or k < 1:
        return name.full
    return f"{' '.join(words[k:]).upper()}, {' '.join(words[:k]).upper()}"
