"""Recognise a vendor transcript by its content and read it into one ``Conversation``.

A vendor document is one call: its words become turns by speaker (``words.group_turns``), speakers
become ``agent`` / ``customer`` (``roles.assign_roles``) and every turn keeps its words' offsets and
times (``Turn.timings``). Every failure raises ``RecordError`` (the caller dead-letters the record);
details name fields, never text.
"""
from __future__ import annotations

import posixpath
from typing import Any, Callable, Mapping

from pipeline.config.models import LimitsConfig
from pipeline.config.interop import InputConfig
from pipeline.io.errors import RecordError
from pipeline.io.vendors.aws import call_analytics_words, transcribe_streams
from pipeline.io.vendors.deepgram import deepgram_streams
from pipeline.io.vendors.roles import CALL_ANALYTICS_ROLES, assign_roles
from pipeline.io.vendors.whisper import whisper_words
from pipeline.io.vendors.words import Word, fill_speakers, group_turns, merge_streams
from pipeline.records import Conversation, Turn

FORMAT_METADATA_KEY = "transcript_format"


def detect_format(payload: Mapping[str, Any]) -> str | None:
    """The vendor whose documented layout ``payload`` has, or None (then it is one of our layouts)."""
    if "turns" in payload or "turn_index" in payload:
        return None
    results = payload.get("results")
    if isinstance(results, Mapping):
        if "channels" in results:
            return "deepgram"
        if "items" in results or "channel_labels" in results or "transcripts" in results:
            return "aws_transcribe"
    transcript = payload.get("Transcript")
    if isinstance(transcript, list) and ("Participants" in payload or "JobStatus" in payload or any(
            isinstance(t, Mapping) and "ParticipantRole" in t for t in transcript[:1])):
        return "aws_call_analytics"
    segments = payload.get("segments")
    if isinstance(segments, list) and all(isinstance(s, Mapping) and ("words" in s or "start" in s)
                                          for s in segments[:1]):
        return "whisper"
    return None


def resolve_format(payload: Mapping[str, Any], configured: str) -> str | None:
    """The vendor format to read ``payload`` with: detected (``auto``) or ``configured``.

    Raises:
        RecordError: ``configured`` names a vendor but the record has another vendor's layout.
    """
    detected = detect_format(payload)
    if configured == "auto":
        return detected
    if detected is not None and detected != configured:
        raise RecordError("WrongFormat", f"record has the {detected} layout but input.format is {configured}")
    return configured


def _aws_words(payload: Mapping) -> list[Word]:
    return merge_streams(transcribe_streams(payload))


def _deepgram_words(payload: Mapping) -> list[Word]:
    return merge_streams(deepgram_streams(payload))


WORD_READERS: dict[str, Callable[[Mapping], list[Word]]] = {
    "aws_transcribe": _aws_words,
    "aws_call_analytics": call_analytics_words,
    "whisper": whisper_words,
    "deepgram": _deepgram_words,
}


def _language(payload: Mapping) -> str | None:
    results = payload.get("results")
    for value in (payload.get("language"), payload.get("LanguageCode"),
                  results.get("language_code") if isinstance(results, Mapping) else None):
        if isinstance(value, str) and value:
            return value
    return None


def conversation_id(payload: Mapping, source: str, position: int | None) -> str:
    """The record's ``conversation_id`` field if any, else the transcript file's name without suffix
    (the name of its audio file, e.g. ``call-7.json`` <-> ``call-7.wav``); ``name:N`` for the N-th
    (N > 1) record of a JSON-lines file of transcripts."""
    given = payload.get("conversation_id")
    if isinstance(given, (str, int)) and not isinstance(given, bool) and str(given).strip():
        return str(given).strip()
    stem = posixpath.splitext(posixpath.basename(source.replace("\\", "/")))[0] or "transcript"
    return stem if position in (None, 1) else f"{stem}:{position}"


def parse_vendor(payload: Mapping[str, Any], fmt: str, source: str, position: int | None,
                 limits: LimitsConfig, config: InputConfig) -> Conversation:
    """Read one vendor transcript of format ``fmt`` into a ``Conversation`` with timed turns.

    Raises:
        RecordError: malformed document, a limit exceeded, or speakers whose role is undecided.
    """
    if fmt not in WORD_READERS:
        raise RecordError("UnsupportedFormat", f"unknown transcript format {fmt}")
    try:
        words = WORD_READERS[fmt](payload)
    except RecordError:
        raise
    except (TypeError, ValueError, KeyError, IndexError, AttributeError, RecursionError) as err:
        # A shape the checks above did not foresee: a dead letter, never a crash; the message may quote text.
        raise RecordError("MalformedTranscript", f"{fmt} document not in the documented layout "
                          f"({type(err).__name__})") from None
    if fmt != "aws_call_analytics" and any(w.speaker is not None for w in words):
        words = fill_speakers(words)
    speaker_turns = group_turns(words)
    if not speaker_turns:
        raise RecordError("EmptyConversation", "the transcript holds no words")
    if len(speaker_turns) > limits.max_turns:
        raise RecordError("LimitExceeded", f"{len(speaker_turns)} turns > limits.max_turns={limits.max_turns}")
    for i, turn in enumerate(speaker_turns):
        if len(turn.text) > limits.max_turn_chars:
            raise RecordError("LimitExceeded", f"turn {i} has {len(turn.text)} characters > "
                              f"limits.max_turn_chars={limits.max_turn_chars}")
    vendor_roles = ([CALL_ANALYTICS_ROLES[t.speaker] for t in speaker_turns]
                    if fmt == "aws_call_analytics" else None)
    roles = assign_roles(speaker_turns, config.speakers, vendor_roles)
    return Conversation(
        conversation_id=conversation_id(payload, source, position),
        turns=tuple(Turn(role, t.text, t.timings) for role, t in zip(roles, speaker_turns)),
        channel="voice", language=_language(payload), metadata={FORMAT_METADATA_KEY: fmt}, source=source)
