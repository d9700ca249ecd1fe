"""Immutable records shared by detection, redaction and the Beam layer.

Records never carry a detected value: findings hold offsets into the original text only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data found in a text.

    Attributes:
        start: Offset of the first character in the ORIGINAL text.
        end: Offset one past the last character in the ORIGINAL text.
        entity_type: Entity type, e.g. ``PERSON`` or ``PHONE_NUMBER``.
        score: Confidence in [0, 1].
        recognizer: Name of the recognizer that produced it.
        reason: Why it fired: ``pattern``, ``context``, ``cross_turn``, ``name_list``, ``ner``, ...
    """

    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str
    reason: str = "pattern"

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"invalid finding span [{self.start}, {self.end})")


@dataclass(frozen=True, slots=True)
class Annotation:
    """An entity position in the SANITIZED text (what the training output carries)."""

    start: int
    end: int
    entity_type: str
    operator: str


@dataclass(frozen=True, slots=True)
class RedactedText:
    """Result of redacting one text.

    Attributes:
        text: The sanitized text.
        findings: Findings with offsets into the ORIGINAL text.
        annotations: Entity positions in the sanitized ``text``.
        action: ``keep``, or what a drop operator asked: ``drop_turn`` / ``drop_conversation``.
    """

    text: str
    findings: tuple[Finding, ...] = ()
    annotations: tuple[Annotation, ...] = ()
    action: str = "keep"

    @property
    def dropped(self) -> bool:
        """True when this text must not reach training output."""
        return self.action != "keep"


@dataclass(frozen=True, slots=True)
class WordTiming:
    """Where one spoken word is in its turn's text and when it was said.

    Attributes:
        start: Offset of the word's first character in the turn text.
        end: Offset one past its last character.
        start_time: Seconds from the start of the audio; None when the transcript gave no time.
        end_time: Seconds from the start of the audio; None when the transcript gave no time.
    """

    start: int
    end: int
    start_time: float | None
    end_time: float | None


@dataclass(frozen=True, slots=True)
class TurnTimings:
    """Word timings of a turn read from a timed (ASR vendor) transcript.

    Attributes:
        words: One entry per spoken word, in text order (punctuation has none of its own).
        channel: Audio channel index when the transcript separated channels, else None.
    """

    words: tuple[WordTiming, ...]
    channel: int | None = None


@dataclass(frozen=True, slots=True)
class Turn:
    """One utterance of a conversation; ``timings`` only for turns read from timed transcripts."""

    speaker: str
    text: str
    timings: TurnTimings | None = None


def agent_turns(turns: Sequence[Turn], agent_speakers: Sequence[str]) -> list[bool]:
    """For each turn, whether its speaker is one of ``agent_speakers`` (case-insensitive)."""
    agents = {s.lower() for s in agent_speakers}
    return [t.speaker.lower() in agents for t in turns]


@dataclass(frozen=True, slots=True)
class Conversation:
    """One conversation, the unit of the training output."""

    conversation_id: str
    turns: tuple[Turn, ...]
    customer_id: str | None = None
    channel: str | None = None
    language: str | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)
    source: str = ""


@dataclass(frozen=True, slots=True)
class Utterance:
    """One message of the utterance input layout; grouped by ``conversation_id`` before detection."""

    conversation_id: str
    turn_index: int
    speaker: str
    text: str
    customer_id: str | None = None
    channel: str | None = None
    language: str | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)
    source: str = ""


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """A record that could not be processed. Carries where it was and why, never its text."""

    source: str
    stage: str
    error_type: str
    detail: str
    record_id: str | None = None
    position: int | None = None
