"""When in the audio each finding was said: findings (offsets into a turn's text) + word timings ->
time intervals to redact in the recording.

A finding covers the time of every word it touches, widened by ``padding`` on both sides; overlapping
intervals on one channel merge. A word without a time (WhisperX leaves numbers unaligned) fails
closed: its interval runs from the end of the nearest earlier timed word to the start of the nearest
later one. Intervals carry ids, times and entity types, never a value.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence

from pipeline.records import Conversation, RedactedText

DEFAULT_PADDING_SECONDS = 0.2  # ASR word boundaries are approximate: cover the word's edges too
UNTIMED_TAIL_SECONDS = 1.0  # an untimed last word of the call: this long after the last known time
TYPE_SEPARATOR = "+"  # entity types of merged intervals, sorted
MERGE_GAP_SECONDS = 0.001  # intervals closer than this merge (float sums of touching intervals)


@dataclass(frozen=True, slots=True)
class AudioInterval:
    """A stretch of one recording to redact.

    Attributes:
        conversation_id: The conversation (and audio file name without suffix).
        source: The transcript file the conversation came from.
        channel: Audio channel of the words, None when the transcript did not separate channels.
        start: Seconds from the start of the audio (padding included, never below 0).
        end: Seconds from the start of the audio (padding included).
        entity_type: Entity type(s) of the findings inside, ``+``-joined when merged.
    """

    conversation_id: str
    source: str
    channel: int | None
    start: float
    end: float
    entity_type: str


def _word_times(conversation: Conversation) -> list[list[tuple[float, float]]]:
    """Per turn, per timed word: (start, end) with unknown times filled from the neighbouring words."""
    flat = [(t, w) for t, turn in enumerate(conversation.turns) if turn.timings is not None
            for w in turn.timings.words]
    starts = [w.start_time for _, w in flat]
    ends = [w.end_time for _, w in flat]
    known = [x for pair in zip(starts, ends) for x in pair if x is not None]
    last_known = max(known) if known else 0.0
    filled_starts, earlier = [], 0.0
    for start, end in zip(starts, ends):
        filled_starts.append(start if start is not None else earlier)
        earlier = end if end is not None else (start if start is not None else earlier)
    filled_ends, later = [0.0] * len(flat), last_known + UNTIMED_TAIL_SECONDS
    for i in range(len(flat) - 1, -1, -1):
        filled_ends[i] = ends[i] if ends[i] is not None else later
        later = starts[i] if starts[i] is not None else filled_ends[i]
    per_turn: list[list[tuple[float, float]]] = [[] for _ in conversation.turns]
    for (t, _), start, end in zip(flat, filled_starts, filled_ends):
        per_turn[t].append((start, max(start, end)))
    return per_turn


def finding_intervals(conversation: Conversation, redacted: Sequence[RedactedText],
                      padding: float = DEFAULT_PADDING_SECONDS) -> Iterator[AudioInterval]:
    """One interval per finding in a timed turn (not merged). ``redacted[i]`` belongs to turn ``i``."""
    if padding < 0:
        raise ValueError("padding must not be negative")
    times = _word_times(conversation)
    for turn, red, turn_times in zip(conversation.turns, redacted, times):
        if turn.timings is None or not turn_times:
            continue
        words = turn.timings.words
        for finding in red.findings:
            covered = [i for i, w in enumerate(words) if w.start < finding.end and finding.start < w.end]
            if not covered:  # between words (e.g. on punctuation): from the word before to the word after
                before = [i for i, w in enumerate(words) if w.end <= finding.start]
                after = [i for i, w in enumerate(words) if w.start >= finding.end]
                covered = before[-1:] + after[:1]
            start = min(turn_times[i][0] for i in covered)
            end = max(turn_times[i][1] for i in covered)
            yield AudioInterval(conversation.conversation_id, conversation.source, turn.timings.channel,
                                max(0.0, start - padding), end + padding, finding.entity_type)


def merge_intervals(intervals: Sequence[AudioInterval]) -> list[AudioInterval]:
    """Overlapping (or touching, within ``MERGE_GAP_SECONDS``) intervals of one conversation, source and
    channel joined; sorted."""
    def key(i: AudioInterval):
        return (i.conversation_id, i.source, i.channel is not None, i.channel or 0, i.start, i.end)

    merged: list[AudioInterval] = []
    types: list[set[str]] = []
    for interval in sorted(intervals, key=key):
        last = merged[-1] if merged else None
        if (last is not None and (last.conversation_id, last.source, last.channel)
                == (interval.conversation_id, interval.source, interval.channel)
                and interval.start <= last.end + MERGE_GAP_SECONDS):
            types[-1].update(interval.entity_type.split(TYPE_SEPARATOR))
            merged[-1] = AudioInterval(last.conversation_id, last.source, last.channel, last.start,
                                       max(last.end, interval.end), TYPE_SEPARATOR.join(sorted(types[-1])))
        else:
            merged.append(interval)
            types.append(set(interval.entity_type.split(TYPE_SEPARATOR)))
    return merged


def audio_intervals(conversation: Conversation, redacted: Sequence[RedactedText],
                    padding: float = DEFAULT_PADDING_SECONDS) -> list[AudioInterval]:
    """The merged intervals to redact in ``conversation``'s recording (empty for untimed input).

    Args:
        conversation: A conversation whose turns may carry ``timings`` (vendor transcripts).
        redacted: Redaction results, one per turn, with findings as offsets into the original turn text.
        padding: Seconds added before and after every finding's words.
    """
    return merge_intervals(list(finding_intervals(conversation, redacted, padding)))


def audio_redaction_rows(intervals: Sequence[AudioInterval], version: str, fingerprint: str) -> list[dict]:
    """Intervals as rows of ``pipeline.schema.AUDIO_REDACTION_SCHEMA``."""
    return [{"conversation_id": i.conversation_id, "source": i.source, "channel": i.channel,
             "start": i.start, "end": i.end, "entity_type": i.entity_type,
             "pipeline_version": version, "config_fingerprint": fingerprint} for i in intervals]
