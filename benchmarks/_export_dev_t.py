"""Export renderers of the ``dev_t`` family, each moving every gold and look-alike offset with the text it rewrites.

Calls: an Amazon Connect Contact Lens analysis file (``Transcript`` items with ``BeginOffsetMillis``, ``Content``,
``EndOffsetMillis``, ``Id``, ``ParticipantId`` AGENT / CUSTOMER, ``Sentiment``, ``LoudnessScore``) or a Genesys Cloud
conversation transcript (``transcripts[0].phrases`` with ``text``, ``stability``, ``startTimeMs``, ``duration``,
``participantPurpose`` internal / external and ``alternatives[0].transcript``, the text a second time). Chats: a Zendesk
Support ``GET /api/v2/tickets/{id}/comments.json?include=users`` answer (``comments`` with ``body``, ``html_body``,
``plain_body`` (the message three times), ``author_id``, ``via``, ``created_at``; side-loaded ``users`` with ``name``
and ``email`` after the last comment). JSON string escapes (``\\"``, ``\\n``), in ``html_body`` HTML escapes and
Zendesk's ``<a href="mailto:...">`` links.

``escaped(turn, fn)`` rewrites a copy of a turn one character at a time and is the self-check: every gold span
rendered from a slot still holds its value as ``fn`` escapes it.
"""
from __future__ import annotations

import json
import random

from recognizers import entities as E

_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}


def json_utf8(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


def html_char(ch: str) -> str:
    return "<br>" if ch == "\n" else _HTML.get(ch, ch)


def escaped(turn: dict, fn) -> dict:
    """A copy of ``turn`` with ``fn`` applied to every character, marks moved; checks each span's ``value``."""
    text, out, pos, n = turn["text"], [], [], 0
    for ch in text:
        pos.append(n)
        piece = fn(ch)
        out.append(piece)
        n += len(piece)
    pos.append(n)
    new = {"text": "".join(out), "spans": [], "distractors": []}
    for key in ("spans", "distractors"):
        for mark in turn[key]:
            moved = dict(mark, start=pos[mark["start"]], end=pos[mark["end"]])
            if "value" in moved:
                want = "".join(fn(ch) for ch in moved["value"])
                assert new["text"][moved["start"]:moved["end"]] == want, (new["text"][moved["start"]:moved["end"]], want)
                moved["value"] = want  # a later pass checks the escaped form
            new[key].append(moved)
    return new


def mailto(turn: dict) -> dict:
    """Zendesk links every e-mail address in ``html_body``: ``<a href="mailto:a@b" rel="noreferrer">a@b</a>``."""
    text = turn["text"]
    mails = sorted((s for s in turn["spans"] if s["label"] == E.EMAIL_ADDRESS), key=lambda s: s["start"])
    out, last, spans, shifts = "", 0, [], []
    for s in mails:
        value = text[s["start"]:s["end"]]
        out += text[last:s["start"]] + '<a href="mailto:'
        spans.append(dict(s, start=len(out), end=len(out) + len(value)))
        out += value + '" rel="noreferrer">'
        spans.append(dict(s, start=len(out), end=len(out) + len(value)))
        out += value + "</a>"
        last = s["end"]
        shifts.append((last, len(out) - last))
    out += text[last:]

    def moved(mark: dict) -> dict:
        shift = max([k for end, k in shifts if end <= mark["start"]], default=0)
        return dict(mark, start=mark["start"] + shift, end=mark["end"] + shift)

    spans += [moved(s) for s in turn["spans"] if s["label"] != E.EMAIL_ADDRESS]
    return {"text": out, "spans": sorted(spans, key=lambda s: s["start"]), "distractors": [moved(d) for d in turn["distractors"]]}


def compose(pieces) -> dict:
    """Pieces: a plain string, ``("body", turn)``, ``("person", text, origin)``, ``("mail", text)``, ``("stamp", text)``."""
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


def uuid(rng: random.Random) -> str:
    return "%08x-%04x-4%03x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12),
                                          0x8000 | rng.getrandbits(14), rng.getrandbits(48))


def _strip(turn: dict) -> dict:
    return {"text": turn["text"], "spans": [{k: v for k, v in s.items() if k != "value"} for s in turn["spans"]],
            "distractors": turn["distractors"]}


# -- calls ---------------------------------------------------------------------------------------------------------
def contact_lens_head(rng: random.Random, language: str) -> str:
    return ("{\n" f'  "AccountId": "{rng.randint(10**11, 10**12 - 1)}",\n  "Categories": {{\n    "MatchedCategories": [],\n'
            '    "MatchedDetails": {}\n  },\n  "Channel": "VOICE",\n  "ContentMetadata": {\n    "Output": "Raw",\n'
            '    "RedactionTypes": []\n  },\n' f'  "CustomerMetadata": {{\n    "ContactId": "{uuid(rng)}",\n'
            f'    "InstanceId": "{uuid(rng)}"\n  }},\n  "JobStatus": "COMPLETED",\n  "LanguageCode": "{language}",\n'
            '  "Participants": [\n    {\n      "ParticipantId": "AGENT"\n    },\n    {\n      "ParticipantId": "CUSTOMER"\n'
            '    }\n  ],\n  "Version": "1.1.0",\n  "Transcript": [\n')


def contact_lens_item(turn: dict, rng: random.Random, begin: int, end: int, last: bool) -> None:
    body = escaped(turn, json_utf8)
    who = "AGENT" if turn["speaker"] == "agent" else "CUSTOMER"
    loud = ", ".join(f"{rng.uniform(55, 90):.2f}" for _ in range(max(1, (end - begin) // 1000)))
    pieces = ["    {\n      \"BeginOffsetMillis\": ", ("stamp", str(begin)), ",\n      \"Content\": \"", ("body", _strip(body)),
              "\",\n      \"EndOffsetMillis\": ", ("stamp", str(end)), f",\n      \"Id\": \"{uuid(rng)}\",\n"
              f"      \"LoudnessScore\": [{loud}],\n      \"ParticipantId\": \"{who}\",\n"
              f"      \"Sentiment\": \"{rng.choice(('NEUTRAL', 'NEUTRAL', 'NEUTRAL', 'POSITIVE', 'NEGATIVE'))}\"\n    }}"
              + ("" if last else ",\n")]
    turn.update(compose(pieces))


def contact_lens_tail(total: int) -> str:
    return ("\n  ],\n  \"ConversationCharacteristics\": {\n    \"TotalConversationDurationMillis\": " f"{total}" ",\n"
            "    \"Interruptions\": {\n      \"TotalCount\": 0\n    }\n  }\n}")


def genesys_head(rng: random.Random, language: str, count: int) -> str:
    return ("{\n" f'  "organizationId": "{uuid(rng)}",\n  "conversationId": "{uuid(rng)}",\n'
            f'  "communicationId": "{uuid(rng)}",\n  "mediaType": "call",\n  "transcripts": [\n    {{\n'
            f'      "utteranceCount": {count},\n      "language": "{language}",\n      "phrases": [\n')


def genesys_phrase(turn: dict, rng: random.Random, start: int, duration: int, last: bool) -> None:
    body = _strip(escaped(turn, json_utf8))
    purpose = "internal" if turn["speaker"] == "agent" else "external"
    pieces = ["        {\n          \"text\": \"", ("body", body), "\",\n          \"stability\": 100,\n"
              "          \"startTimeMs\": ", ("stamp", str(start)), ",\n          \"duration\": {\n"
              "            \"milliseconds\": ", ("stamp", str(duration)), "\n          },\n"
              f"          \"participantPurpose\": \"{purpose}\",\n          \"alternatives\": [\n            {{\n"
              f"              \"confidence\": {rng.uniform(0.62, 0.98):.4f},\n              \"transcript\": \"", ("body", body),
              "\"\n            }\n          ]\n        }" + ("" if last else ",\n")]
    turn.update(compose(pieces))


GENESYS_TAIL = "\n      ]\n    }\n  ]\n}"


# -- chats ---------------------------------------------------------------------------------------------------------
def zendesk_comment(turn: dict, comment_id: int, author_id: int, audit_id: int, created: str, first: bool,
                    last: bool) -> None:
    plain = _strip(escaped(turn, json_utf8))
    html = escaped(turn, html_char)
    html = escaped(mailto(html), json_utf8)
    html = _strip(html)
    pieces = ["{\n  \"comments\": [\n" if first else "", "    {\n", f"      \"id\": {comment_id},\n",
              "      \"type\": \"Comment\",\n", f"      \"author_id\": {author_id},\n", "      \"body\": \"", ("body", plain),
              "\",\n      \"html_body\": \"<div class=\\\"zd-comment\\\" dir=\\\"auto\\\"><p dir=\\\"auto\\\">", ("body", html),
              "</p></div>\",\n      \"plain_body\": \"", ("body", plain), "\",\n      \"public\": true,\n",
              "      \"attachments\": [],\n", f"      \"audit_id\": {audit_id},\n",
              "      \"via\": {\n        \"channel\": \"chat\",\n        \"source\": {\n          \"from\": {},\n"
              "          \"to\": {},\n          \"rel\": \"chat_transcript\"\n        }\n      },\n",
              "      \"created_at\": \"", ("stamp", created), "\"\n    }" + ("\n  ]," if last else ",\n")]
    turn.update(compose([p for p in pieces if p != ""]))


def zendesk_users(users: list[tuple[int, str, str | None, str | None, str]]) -> dict:
    """The side-loaded ``users`` block: (id, name, origin, e-mail, role)."""
    pieces: list = ["\n  \"users\": [\n"]
    for k, (uid, name, origin, mail, role) in enumerate(users):
        pieces += [f"    {{\n      \"id\": {uid},\n      \"name\": \"", ("person", json_utf8(name), origin), "\",\n"
                   "      \"email\": "]
        pieces += (["\"", ("mail", json_utf8(mail)), "\""] if mail else ["null"])
        pieces += [f",\n      \"role\": \"{role}\"\n    }}" + ("," if k < len(users) - 1 else "") + "\n"]
    pieces += ["  ],\n  \"next_page\": null,\n  \"previous_page\": null,\n  \"count\": "]
    return compose(pieces)
