"""Export renderers of the ``dev_q`` family: an Otter.ai style plain-text transcript (calls) and a Teams / Zoom chat
text export (chats). Every renderer moves the offsets of a turn's spans and look-alikes with the text it adds.

Pieces given to ``compose``: a plain string, ``("person", text, origin)``, ``("stamp", text)`` or ``("body", turn)``
(an already rendered text with its spans and look-alikes).
"""
from __future__ import annotations

import random

from recognizers import entities as E

REACTIONS = ("👍 1", "❤️ 1", "😂 2", "👍 2", "🙏 1", "😮 1")


def compose(pieces) -> dict:
    text, spans, distractors = "", [], []
    for piece in pieces:
        if isinstance(piece, str):
            text += piece
            continue
        kind = piece[0]
        if kind == "body":
            body = piece[1]
            spans += [dict(s, start=s["start"] + len(text), end=s["end"] + len(text)) for s in body["spans"]]
            distractors += [dict(d, start=d["start"] + len(text), end=d["end"] + len(text)) for d in body["distractors"]]
            text += body["text"]
        elif kind == "person":
            spans.append({"start": len(text), "end": len(text) + len(piece[1]), "label": E.PERSON, "origin": piece[2]})
            text += piece[1]
        else:
            distractors.append({"start": len(text), "end": len(text) + len(piece[1]), "kind": "stamp"})
            text += piece[1]
    return {"text": text, "spans": spans, "distractors": distractors}


def _who(display: str, origin: str | None):
    return ("person", display, origin) if origin else display


def otter_paragraph(turn: dict, display: str, origin: str | None, seconds: int, rng: random.Random) -> None:
    """``Speaker Name  0:02`` (two spaces, minutes:seconds, hours past the hour mark) then the paragraph."""
    h, rest = divmod(seconds, 3600)
    stamp = f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60}:{rest % 60:02d}"
    turn.update(compose([_who(display, origin), "  ", ("stamp", stamp), "\n", ("body", dict(turn))]))


def _clock(hms, vendor: str) -> str:
    h, m, s = hms
    if vendor == "zoom":
        return f"{h:02d}:{m:02d}:{s:02d}"
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def _first_line(turn: dict, limit: int = 90) -> dict:
    """The quoted part of an earlier message: its first line, cut at a word end outside every span."""
    text = turn["text"].split("\n", 1)[0]
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        while cut > 0 and any(s["start"] < cut < s["end"] for s in turn["spans"] + turn["distractors"]):
            cut = text.rfind(" ", 0, cut)
        text = text[:cut] + "…" if cut > 0 else text
    end = len(text.rstrip("…"))
    keep = lambda items: [dict(s) for s in items if s["end"] <= end]  # noqa: E731
    return {"text": text, "spans": keep(turn["spans"]), "distractors": keep(turn["distractors"])}


def chat_message(turn: dict, vendor: str, author, hms, rng: random.Random, quote=None, edited: bool = False,
                 reaction: bool = False) -> None:
    """A Teams (``[10:02 AM] Ana López``) or Zoom (``10:02:33 From Ana López to Everyone:``) message; ``author`` is
    ``(display, origin, suffix)`` (origin None: not a person; suffix `` (Guest)`` or empty), ``quote`` ``(body, (display, origin))`` of an earlier one."""
    display, origin, suffix = author or ("Guest", None, "")
    clock = ("stamp", _clock(hms, vendor))
    if vendor == "zoom":
        head = [clock, " From ", _who(display, origin), suffix, " to Everyone:\n\t"]
    else:
        head = ["[", clock, "] ", _who(display, origin), suffix, "\n"]
    pieces = list(head)
    if quote is not None:
        body, (qname, qorigin) = quote
        pieces += ["> ", _who(qname, qorigin), ": ", ("body", _first_line(body)), "\n\t" if vendor == "zoom" else "\n"]
    message = dict(turn)
    if vendor == "zoom":
        message = {"text": turn["text"].replace("\n", "\n\t"), "spans": [], "distractors": []}
        shift = _tab_shift(turn["text"])
        message["spans"] = [dict(s, start=shift(s["start"]), end=shift(s["end"])) for s in turn["spans"]]
        message["distractors"] = [dict(d, start=shift(d["start"]), end=shift(d["end"])) for d in turn["distractors"]]
    pieces.append(("body", message))
    if edited:
        pieces.append(" (edited)")
    if reaction:
        pieces.append("\n" + rng.choice(REACTIONS))
    turn.update(compose(pieces))


def _tab_shift(text: str):
    """Offsets after every newline of ``text`` got a tab after it."""
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    return lambda pos: pos + sum(1 for b in breaks if b < pos)
