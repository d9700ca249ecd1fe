"""Timed words of a vendor transcript -> turns by speaker, each word's offsets and times kept.

Every vendor reader turns its document into ``Word`` items in the order they were recognised per
audio stream; ``merge_streams`` interleaves separately transcribed channels by time and
``group_turns`` cuts a new turn wherever the speaker changes.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from pipeline.io.errors import RecordError
from pipeline.records import TurnTimings, WordTiming


@dataclass(frozen=True, slots=True)
class Word:
    """One recognised item of a vendor transcript.

    Attributes:
        text: The word (or punctuation mark) as the vendor wrote it.
        start: Seconds from the start of the audio, None when the vendor gave none.
        end: Seconds from the start of the audio, None when the vendor gave none.
        speaker: The vendor's speaker label (``spk_0``, ``SPEAKER_00``, ``0``), None when not diarized.
        channel: Audio channel index, None when the vendor did not separate channels.
        punctuation: True for a punctuation item: appended to the previous word without a space, no timing.
    """

    text: str
    start: float | None
    end: float | None
    speaker: str | None = None
    channel: int | None = None
    punctuation: bool = False


@dataclass(frozen=True, slots=True)
class SpeakerTurn:
    """A run of words of one speaker: the turn text, its word timings and who said it."""

    speaker: str | None
    channel: int | None
    text: str
    timings: TurnTimings


def seconds(value: Any, where: str, scale: float = 1.0) -> float | None:
    """A vendor time (number, or a numeric string as AWS writes it) in seconds; None when absent.

    Raises:
        RecordError: not a finite, non-negative number (``where`` names the field).
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise RecordError("WrongType", f"{where} must be a number of seconds")
    try:
        number = float(value) / scale
    except (TypeError, ValueError):
        raise RecordError("WrongType", f"{where} must be a number of seconds") from None
    if not math.isfinite(number) or number < 0:
        raise RecordError("InvalidTiming", f"{where} must be a finite, non-negative time")
    return number


def checked_word(text: Any, start: float | None, end: float | None, where: str, **kwargs: Any) -> Word:
    """A ``Word`` after checking its text type and that it does not end before it starts."""
    if not isinstance(text, str):
        raise RecordError("WrongType" if text is not None else "MissingField", f"{where} must be a string")
    if start is not None and end is not None and end < start:
        raise RecordError("InvalidTiming", f"{where}: end time before start time")
    return Word(text=text, start=start, end=end, **kwargs)


def merge_streams(streams: Sequence[Sequence[Word]]) -> list[Word]:
    """Interleave per-channel word lists by start time, keeping punctuation with its word.

    A word without a time keeps its place after the word before it in the same stream.
    """
    if len(streams) == 1:
        return list(streams[0])
    groups: list[tuple[float, int, int, list[Word]]] = []
    for index, stream in enumerate(streams):
        last = 0.0
        for word in stream:
            if word.punctuation and groups and groups[-1][1] == index:
                groups[-1][3].append(word)
                continue
            last = word.start if word.start is not None else last
            groups.append((last, index, len(groups), [word]))
    groups.sort(key=lambda g: (g[0], g[1], g[2]))
    return [word for group in groups for word in group[3]]


def fill_speakers(words: Sequence[Word]) -> list[Word]:
    """Words without a speaker label take the label of the word before (or, at the start, after) them."""
    labels = [w.speaker for w in words]
    previous = None
    for i, label in enumerate(labels):
        labels[i] = previous = label if label is not None else previous
    following = None
    for i in range(len(labels) - 1, -1, -1):
        labels[i] = following = labels[i] if labels[i] is not None else following
    return [w if w.speaker == label else Word(w.text, w.start, w.end, label, w.channel, w.punctuation)
            for w, label in zip(words, labels)]


def group_turns(words: Iterable[Word]) -> list[SpeakerTurn]:
    """Consecutive words of one (speaker, channel) joined into turns with word offsets and times.

    Words are stripped and joined by one space; punctuation joins its word without one. Empty
    words (a vendor's blank tokens) are skipped.
    """
    turns: list[SpeakerTurn] = []
    key: tuple[str | None, int | None] | None = None
    parts: list[str] = []
    timings: list[WordTiming] = []
    length = 0

    def close() -> None:
        if key is not None and parts:
            turns.append(SpeakerTurn(key[0], key[1], "".join(parts), TurnTimings(tuple(timings), key[1])))

    for word in words:
        text = word.text.strip()
        if not text:
            continue
        if word.punctuation and parts:
            parts.append(text)
            length += len(text)
            continue
        if (word.speaker, word.channel) != key:
            close()
            key, parts, timings, length = (word.speaker, word.channel), [], [], 0
        if parts:
            parts.append(" ")
            length += 1
        parts.append(text)
        if not word.punctuation:
            timings.append(WordTiming(length, length + len(text), word.start, word.end))
        length += len(text)
    close()
    return turns
