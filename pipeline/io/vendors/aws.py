"""Amazon Transcribe batch output and Transcribe Call Analytics (post-call) output -> timed words.

Layouts (see tests/fixtures/vendors/README.md for the documentation each follows):
- Transcribe: ``results.items[]`` with ``start_time`` / ``end_time`` (strings of seconds),
  ``alternatives[0].content`` and ``type`` (``pronunciation`` / ``punctuation``: no times); speakers
  in each item's ``speaker_label`` or in ``results.speaker_labels.segments[].items[]``; channels in
  each item's ``channel_label`` or in ``results.channel_labels.channels[].items[]``.
- Call Analytics: ``Transcript[]`` turns with ``ParticipantRole`` (AGENT / CUSTOMER), ``Content``,
  ``BeginOffsetMillis`` / ``EndOffsetMillis`` and ``Items[]`` words with the same offsets.
"""
from __future__ import annotations

from typing import Any, Mapping

from pipeline.io.errors import RecordError
from pipeline.io.vendors.roles import CALL_ANALYTICS_ROLES, channel_index
from pipeline.io.vendors.words import Word, checked_word, seconds

MILLIS = 1000.0


def _list(value: Any, where: str) -> list:
    if not isinstance(value, list):
        raise RecordError("WrongType" if value is not None else "MissingField", f"{where} must be a list")
    return value


def _mapping(value: Any, where: str) -> Mapping:
    if not isinstance(value, Mapping):
        raise RecordError("WrongType" if value is not None else "MissingField", f"{where} must be an object")
    return value


def _speaker_by_start(results: Mapping) -> dict[str, str]:
    """Start time -> speaker label from ``speaker_labels.segments`` (outputs whose items lack labels)."""
    labels = results.get("speaker_labels")
    if labels is None:
        return {}
    segments = _list(_mapping(labels, "results.speaker_labels").get("segments"), "results.speaker_labels.segments")
    found: dict[str, str] = {}
    for i, segment in enumerate(segments):
        for item in _list(_mapping(segment, f"segments[{i}]").get("items", []), f"segments[{i}].items"):
            if isinstance(item, Mapping) and isinstance(item.get("speaker_label"), str):
                found[str(item.get("start_time"))] = item["speaker_label"]
    return found


def _channel_items(results: Mapping) -> list[tuple[int, list]] | None:
    labels = results.get("channel_labels")
    if labels is None:
        return None
    channels = _list(_mapping(labels, "results.channel_labels").get("channels"), "results.channel_labels.channels")
    out = []
    for i, channel in enumerate(channels):
        channel = _mapping(channel, f"channel_labels.channels[{i}]")
        label = channel.get("channel_label")
        index = channel_index(label) if isinstance(label, str) else None
        if index is None:
            raise RecordError("WrongType", f"channel_labels.channels[{i}].channel_label must be like ch_0")
        out.append((index, _list(channel.get("items"), f"channel_labels.channels[{i}].items")))
    return out


def _item_word(item: Any, where: str, speakers: dict[str, str], channel: int | None) -> Word:
    item = _mapping(item, where)
    alternatives = _list(item.get("alternatives"), f"{where}.alternatives")
    if not alternatives:
        raise RecordError("MissingField", f"{where}.alternatives is empty")
    content = _mapping(alternatives[0], f"{where}.alternatives[0]").get("content")
    punctuation = item.get("type") == "punctuation"
    start = seconds(item.get("start_time"), f"{where}.start_time")
    end = seconds(item.get("end_time"), f"{where}.end_time")
    if not punctuation and (start is None or end is None):
        raise RecordError("MissingField", f"{where}: a pronunciation item needs start_time and end_time")
    speaker = item.get("speaker_label")
    if speaker is not None and not isinstance(speaker, str):
        raise RecordError("WrongType", f"{where}.speaker_label must be a string")
    if speaker is None and not punctuation:
        speaker = speakers.get(str(item.get("start_time")))
    label = item.get("channel_label")
    if channel is None and isinstance(label, str):
        channel = channel_index(label)
    return checked_word(content, start, end, f"{where}.alternatives[0].content", speaker=speaker,
                        channel=channel, punctuation=punctuation)


def transcribe_streams(payload: Mapping) -> list[list[Word]]:
    """Word lists per audio stream of an Amazon Transcribe batch output (one list unless channels)."""
    results = _mapping(payload.get("results"), "results")
    speakers = _speaker_by_start(results)
    channels = _channel_items(results)
    if channels:
        return [[_item_word(item, f"channel_labels.channels[{c}].items[{i}]", speakers, index)
                 for i, item in enumerate(items)] for c, (index, items) in enumerate(channels)]
    items = _list(results.get("items"), "results.items")
    return [[_item_word(item, f"results.items[{i}]", speakers, None) for i, item in enumerate(items)]]


def call_analytics_words(payload: Mapping) -> list[Word]:
    """The words of a Call Analytics output, each with its turn's ``ParticipantRole`` as speaker."""
    turns = _list(payload.get("Transcript"), "Transcript")
    words: list[Word] = []
    for t, turn in enumerate(turns):
        where = f"Transcript[{t}]"
        turn = _mapping(turn, where)
        role = turn.get("ParticipantRole")
        if role not in CALL_ANALYTICS_ROLES:
            raise RecordError("UnknownRole" if isinstance(role, str) else "MissingField",
                              f"{where}.ParticipantRole must be AGENT or CUSTOMER")
        items = turn.get("Items")
        if items is None:  # turn without word items: one timed span for the whole content
            start = seconds(turn.get("BeginOffsetMillis"), f"{where}.BeginOffsetMillis", MILLIS)
            end = seconds(turn.get("EndOffsetMillis"), f"{where}.EndOffsetMillis", MILLIS)
            turn_words = [checked_word(turn.get("Content"), start, end, f"{where}.Content", speaker=role)]
        else:
            turn_words = []
            for i, item in enumerate(_list(items, f"{where}.Items")):
                item = _mapping(item, f"{where}.Items[{i}]")
                punctuation = str(item.get("Type", "")).lower() == "punctuation"
                start = seconds(item.get("BeginOffsetMillis"), f"{where}.Items[{i}].BeginOffsetMillis", MILLIS)
                end = seconds(item.get("EndOffsetMillis"), f"{where}.Items[{i}].EndOffsetMillis", MILLIS)
                if not punctuation and (start is None or end is None):
                    raise RecordError("MissingField", f"{where}.Items[{i}]: a word needs BeginOffsetMillis "
                                      "and EndOffsetMillis")
                turn_words.append(checked_word(item.get("Content"), start, end, f"{where}.Items[{i}].Content",
                                               speaker=role, punctuation=punctuation))
        words.extend(turn_words)
    return words
