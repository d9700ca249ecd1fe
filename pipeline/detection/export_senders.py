"""A chat export's sender column names the customer: "07/11/2026,12:33 PM,Crystal Brown,,"hi"", "[14:05,
03/12/2026] Ada Obi: hi"; so does an e-mail's header ("From: Norman <n@x.com>", ``mail_headers``) and a JSON export's
name field ("real_name": "Fabian Sierra", "display_name": "fabian.sierra", an author's "name": ``markup.json_name_spans``).

The name recognizers read a display name like any other words, so "Crystal Brown" loses "Brown" only and "Joy"
none of it, though the column holds nothing but the sender's name (or number). For each customer message of an
export (``engine_tags.message_sender``), the display name is one PERSON finding, unless it is a role label
("Speaker 2", "Customer"), holds no letter (a phone number: the phone recognizer's), or another type was found
on it. Findings inside it give way; propagation then finds its parts in the messages.

A plain function over findings; it logs nothing.
"""
from __future__ import annotations

import re
from typing import Sequence

from pipeline.detection.engine_tags import ROLE_WORDS, message_sender
from pipeline.detection.mail_headers import mail_display_names
from pipeline.detection.markup import json_name_spans
from pipeline.records import Finding, Turn
from recognizers.entities import PERSON, REASON_CONTEXT
from recognizers.start_set import compile_fast

RECOGNIZER_NAME = "export_sender.v1"
SCORE = 0.85
# Labels a sender column holds in place of a name.
_ROLE_LABEL = compile_fast(rf"(?:{'|'.join(ROLE_WORDS)}|client|user|visitor|guest|member|unknown|you|me|support|admin|"
                           r"sender)(?:[ \t_#-]*\d{1,3})?", re.IGNORECASE)


def find_senders(turns: Sequence[Turn], findings: Sequence[list[Finding]],
                 agent_speakers: Sequence[str]) -> list[list[Finding]]:
    """``findings`` per turn with each customer message's display name as one PERSON finding."""
    agents = {s.lower() for s in agent_speakers}
    out = []
    for turn, found in zip(turns, findings):
        span = message_sender(turn.text) if turn.speaker.lower() not in agents else None
        spans = ([_trimmed(turn.text, span)] if span is not None and _is_name(turn.text[span[0]:span[1]]) else []) \
            + mail_display_names(turn.text) + [s for s in json_name_spans(turn.text) if _is_name(turn.text[s[0]:s[1]])]
        for start, end in spans:
            if start < end and not any(f.entity_type != PERSON and f.start < end and start < f.end for f in found):
                found = sorted([f for f in found if not (start <= f.start and f.end <= end)]
                               + [Finding(start, end, PERSON, SCORE, RECOGNIZER_NAME, REASON_CONTEXT)],
                               key=lambda f: f.start)
        out.append(list(found))
    return out


def _is_name(display: str) -> bool:
    return any(map(str.isalpha, display)) and not _ROLE_LABEL.fullmatch(display.strip())


def _trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end
