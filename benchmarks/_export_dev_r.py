"""Export renderers of the ``dev_r`` family, each moving every gold and look-alike offset with the text it rewrites.

Calls: TTML / DFXP caption XML (``<p xml:id begin end ttm:agent>``, XML entities ``&amp;`` ``&apos;`` ``&quot;``,
``<br/>`` between caption lines) or YouTube SBV cues (``0:01:02.340,0:01:05.120`` then up to two lines; ``>> `` marks a
speaker change). Chats: a Slack Connect channel export (one pretty-printed JSON message object per turn: Slack's
``&amp;`` / ``&lt;`` / ``&gt;`` text escapes, ``<mailto:a@b|a@b>`` links, JSON ``\\n``, ``\\"``, ``\\/`` and ``\\uXXXX``
escapes, ``user_profile`` with ``real_name`` and ``display_name``) or an Intercom conversation-parts export (one JSON
object per line, raw UTF-8, HTML ``<p>`` body, author name and e-mail).

``escape_marks(turn, fn)`` rewrites a turn one character at a time; ``check`` is the self-check: every gold span's
text equals the value it was generated from, escaped the way its export escapes it.
"""
from __future__ import annotations

import json
import random

from recognizers import entities as E

_XML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&apos;", '"': "&quot;"}
_SLACK = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&#39;", '"': "&quot;"}


def xml_escape(text: str) -> str:
    return "".join(_XML.get(ch, ch) for ch in text)


def slack_text(text: str) -> str:
    return "".join(_SLACK.get(ch, ch) for ch in text)


def json_ascii(text: str) -> str:
    """JSON string body as Slack writes it: ``\\uXXXX`` for non-ASCII, ``\\/`` for slashes."""
    return json.dumps(text, ensure_ascii=True)[1:-1].replace("/", "\\/")


def json_utf8(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


def html_body(text: str) -> str:
    return "<p>" + "".join(_HTML.get(ch, ch) for ch in text).replace("\n", "</p><p>") + "</p>"


def escape_marks(turn: dict, fn) -> None:
    """Rewrite ``turn['text']`` with ``fn`` applied to every character (the escapes above are all per character),
    moving spans and look-alikes."""
    text, out, pos = turn["text"], [], []
    n = 0
    for ch in text:
        pos.append(n)
        piece = fn(ch)
        out.append(piece)
        n += len(piece)
    pos.append(n)
    turn["text"] = "".join(out)
    for mark in turn["spans"] + turn["distractors"]:
        mark["start"], mark["end"] = pos[mark["start"]], pos[mark["end"]]


def compose(pieces) -> dict:
    """Pieces: a plain string, ``("person", text, origin)``, ``("mail", text)``, ``("stamp", text)`` or
    ``("body", turn)``."""
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
        elif kind == "mail":
            spans.append({"start": len(text), "end": len(text) + len(piece[1]), "label": E.EMAIL_ADDRESS})
            text += piece[1]
        else:
            distractors.append({"start": len(text), "end": len(text) + len(piece[1]), "kind": "stamp"})
            text += piece[1]
    return {"text": text, "spans": spans, "distractors": distractors}


def _who(display: str, origin: str | None, escape=lambda s: s):
    return ("person", escape(display), origin, display) if origin else escape(display)


# -- calls ---------------------------------------------------------------------------------------------------------
def _clock(ms: int, sbv: bool) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h}:{m:02d}:{s:02d}.{ms:03d}" if sbv else f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def _chunks(turn: dict, width: int) -> list[tuple[int, int]]:
    """Break points of a turn into lines of about ``width`` characters, at spaces outside every mark."""
    text, marks = turn["text"], turn["spans"] + turn["distractors"]
    cuts, start = [], 0
    while len(text) - start > width:
        cut = text.rfind(" ", start, start + width)
        while cut > start and any(m["start"] < cut < m["end"] for m in marks):
            cut = text.rfind(" ", start, cut)
        if cut <= start:
            cut = text.find(" ", start + width)
            while cut != -1 and any(m["start"] < cut < m["end"] for m in marks):
                cut = text.find(" ", cut + 1)
            if cut == -1:
                break
        cuts.append((start, cut))
        start = cut + 1
    cuts.append((start, len(text)))
    return cuts


def _slice(turn: dict, a: int, b: int) -> dict:
    keep = lambda items: [dict(m, start=m["start"] - a, end=m["end"] - a) for m in items if a <= m["start"] and m["end"] <= b]  # noqa: E731
    return {"text": turn["text"][a:b], "spans": keep(turn["spans"]), "distractors": keep(turn["distractors"])}


def ttml_turn(turn: dict, index: int, agent_id: str, start_ms: int, end_ms: int) -> None:
    """``<p xml:id="p12" begin="00:01:02.340" end="00:01:05.120" ttm:agent="spk1">line<br/>line</p>``."""
    lines = [_slice(turn, a, b) for a, b in _chunks(turn, 42)]
    for line in lines:
        escape_marks(line, lambda ch: _XML.get(ch, ch))
    pieces: list = [f'<p xml:id="p{index}" begin="', ("stamp", _clock(start_ms, False)), '" end="', ("stamp", _clock(end_ms, False)),
                    f'" ttm:agent="{agent_id}">']
    for i, line in enumerate(lines):
        if i:
            pieces.append("<br/>")
        pieces.append(("body", line))
    pieces.append("</p>")
    turn.update(compose(pieces))


def ttml_head(agents: list[tuple[str, str, str | None]]) -> dict:
    """The document head: one ``ttm:agent`` per speaker, its ``ttm:name`` the display (a PERSON when a name)."""
    pieces: list = ['<?xml version="1.0" encoding="UTF-8"?>\n<tt xmlns="http://www.w3.org/ns/ttml" '
                    'xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xml:lang="en">\n<head>\n<ttm:agent xml:id="']
    for i, (agent_id, display, origin) in enumerate(agents):
        if i:
            pieces.append('<ttm:agent xml:id="')
        pieces += [f'{agent_id}" type="person"><ttm:name>', _who(display, origin, xml_escape), "</ttm:name></ttm:agent>\n"]
    pieces.append("</head>\n<body><div>\n")
    return compose(pieces)


def sbv_turn(turn: dict, speaker: str | None, origin: str | None, start_ms: int, end_ms: int) -> None:
    """Cues of at most two 32-character lines; the first cue of a turn starts with ``>> SPEAKER:`` (or ``>>``)."""
    lines = [_slice(turn, a, b) for a, b in _chunks(turn, 32)]
    cues = [lines[i:i + 2] for i in range(0, len(lines), 2)]
    step = max(1, (end_ms - start_ms) // max(1, len(cues)))
    pieces: list = []
    for k, cue in enumerate(cues):
        t0 = start_ms + k * step
        pieces += [("stamp", _clock(t0, True)), ",", ("stamp", _clock(t0 + step - 40, True)), "\n"]
        if k == 0:
            pieces += [">> "] + ([_who(speaker, origin), ": "] if speaker else [])
        for j, line in enumerate(cue):
            pieces += (["\n"] if j else []) + [("body", line)]
        pieces.append("\n\n" if k < len(cues) - 1 else "\n")
    turn.update(compose(pieces))


# -- chats ---------------------------------------------------------------------------------------------------------
def mailto(turn: dict) -> None:
    """Slack links every e-mail address: ``<mailto:a@b.de|a@b.de>`` (two labelled copies)."""
    mails = sorted((s for s in turn["spans"] if s["label"] == E.EMAIL_ADDRESS), key=lambda s: -s["start"])
    for s in mails:
        value = turn["text"][s["start"]:s["end"]]
        link = f"<mailto:{value}|{value}>"
        a, b, grow = s["start"], s["end"], len(link) - len(value)
        turn["text"] = turn["text"][:a] + link + turn["text"][b:]
        for m in turn["spans"] + turn["distractors"]:
            if m is not s and m["start"] >= b:
                m["start"] += grow
                m["end"] += grow
        s["start"], s["end"] = a + len("<mailto:"), a + len("<mailto:") + len(value)
        turn["spans"].append(dict(s, start=s["end"] + 1, end=s["end"] + 1 + len(value)))


def slack_message(turn: dict, user_id: str, author: tuple[str, str | None, str], ts: str, rng: random.Random,
                  first: bool, last: bool) -> None:
    """One pretty-printed message object of a Slack channel export ``[ {...}, {...} ]``."""
    display, origin, handle = author
    message = {"text": turn["text"], "spans": [dict(s) for s in turn["spans"]], "distractors": [dict(d) for d in turn["distractors"]]}
    escape_marks(message, lambda ch: _SLACK.get(ch, ch))
    mailto(message)
    escape_marks(message, json_ascii)
    client = "%08x-%04x-4%03x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12),
                                             0x8000 | rng.getrandbits(14), rng.getrandbits(48))
    pieces: list = ["[\n" if first else "", "    {\n", f'        "client_msg_id": "{client}",\n',
                    '        "type": "message",\n        "text": "', ("body", message), '",\n',
                    f'        "user": "{user_id}",\n        "ts": "', ("stamp", ts), '",\n',
                    '        "user_profile": {\n            "real_name": "', _who(display, origin, json_ascii), '",\n',
                    '            "display_name": "', _who(handle, origin if handle else None, json_ascii), '"\n        }\n',
                    "    }" + ("\n]" if last else ",")]
    turn.update(compose([p for p in pieces if p != ""]))


def intercom_part(turn: dict, part_id: str, author: tuple[str, str | None, str, str], created: int) -> None:
    """One line of an Intercom conversation-parts export (JSON lines, HTML body, the author's name and e-mail)."""
    kind, display, origin, mail = author
    message = {"text": turn["text"], "spans": [dict(s) for s in turn["spans"]], "distractors": [dict(d) for d in turn["distractors"]]}
    escape_marks(message, lambda ch: "</p><p>" if ch == "\n" else _HTML.get(ch, ch))
    escape_marks(message, json_utf8)
    pieces: list = [f'{{"type": "conversation_part", "id": "{part_id}", "part_type": "comment", "body": "<p>', ("body", message),
                    '</p>", "created_at": ', ("stamp", str(created)), f', "author": {{"type": "{kind}", "id": "',
                    ("stamp", part_id[::-1][:12]), '", "name": "', _who(display, origin, json_utf8), '", "email": ']
    pieces += (['"', ("mail", json_utf8(mail), mail), '"'] if mail else ["null"]) + ["}}"]
    turn.update(compose(pieces))


ESCAPES = {"ttml": xml_escape, "sbv": lambda v: v, "slack": lambda v: json_ascii(slack_text(v)),
           "intercom": lambda v: json_utf8("".join(_HTML.get(ch, ch) for ch in v))}


def check(turn: dict, export: str) -> None:
    """Self-check: the text of each gold span rendered from a template slot is the value it was generated from,
    escaped as ``export`` escapes it (names and e-mails the export itself adds are checked by construction)."""
    escape = ESCAPES[export]
    for s in turn["spans"]:
        value = s.pop("value", None)
        if value is not None:
            assert turn["text"][s["start"]:s["end"]] == escape(value), (turn["text"][s["start"]:s["end"]], value)
