"""Tags a speech engine prints in place of what it could not hear ("[inaudible]", "<unk>", "[crosstalk]"), and
the stamp and role label an export puts before each turn ("[00:01:40] Speaker 2:", "[08:57, 15/11/2026]",
"CALLER:").

They carry nothing of the speaker's, but they break the patterns around them ("okay [inaudible] it's i e 5
1 u l s b" is an answer of one piece; a stamp's date reads as a date, "Speaker" as a name). Recognizers read
the turn with each blanked (same length, so offsets hold); the sanitized text keeps them. A display name
after a stamp ("[08:57, 15/11/2026] Ada Obi:") is the person's and stays for the recognizers.
"""
from __future__ import annotations

import re

_TAG = re.compile(r"\[(?:inaudible|unintelligible|unk|noise|crosstalk|laughter|laughs|music|silence|pause|"
                  r"cough|background noise|overlapping)\]|<unk>|<noise>", re.IGNORECASE)

# At the turn's start: an export's time stamp (a date may follow), then a role label; or a role label alone.
_TIME_STAMP = r"\[\d{1,2}:\d{2}(?::\d{2})?(?:,?[ \t]*\d{1,2}/\d{1,2}/\d{2,4})?\]"  # "[00:01:40]", "[08:57, 15/11/2026]"
_ROLE = r"(?:speaker|spk|caller|agent|customer|ivr|bot|system|operator)(?:[ \t]*\d{1,2})?[ \t]*:"
_STAMP = re.compile(rf"^[ \t]*(?:{_TIME_STAMP}(?:[ \t]*{_ROLE})?|{_ROLE})", re.IGNORECASE)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def blank_engine_tags(text: str) -> str:
    """``text`` with every speech-engine tag, export stamp and role label replaced by blanks of its length."""
    if "[" in text or "<" in text:
        text = _TAG.sub(_blank, text)
    if ":" in text:
        text = _STAMP.sub(_blank, text)
    return text


# A chat export's message header: the stamp, then the sender's role or display name and a colon.
_HEADER = re.compile(rf"[ \t]*{_TIME_STAMP}[ \t]*[^:\n]{{1,60}}?:[ \t]*")


def message_start(text: str) -> int:
    """Where the message itself starts after an export's header ("[14:45, 27/12/2026] Ada Obi: "), else 0."""
    match = _HEADER.match(text) if "[" in text[:8] else None
    return match.end() if match else 0
