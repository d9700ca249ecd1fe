"""OpenAI Whisper (``word_timestamps=True``) and WhisperX (aligned, diarized) JSON -> timed words.

Layout: ``segments[]`` with ``start`` / ``end`` / ``text`` and ``words[]`` of ``word`` / ``start`` /
``end`` (seconds); WhisperX adds ``speaker`` to segments and words and leaves ``start`` / ``end`` out
of words it could not align (numbers, often): those words keep their text and get no time.
A segment without ``words`` becomes one word spanning the segment.
"""
from __future__ import annotations

from typing import Any, Mapping

from pipeline.io.errors import RecordError
from pipeline.io.vendors.words import Word, checked_word, seconds


def _speaker(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise RecordError("WrongType", f"{where} must be a string")
    return str(value)


def whisper_words(payload: Mapping) -> list[Word]:
    """The words of a Whisper / WhisperX result in order, with segment speakers filled in."""
    segments = payload.get("segments")
    if not isinstance(segments, list):
        raise RecordError("WrongType" if segments is not None else "MissingField", "segments must be a list")
    words: list[Word] = []
    for s, segment in enumerate(segments):
        where = f"segments[{s}]"
        if not isinstance(segment, Mapping):
            raise RecordError("WrongType", f"{where} must be an object")
        speaker = _speaker(segment.get("speaker"), f"{where}.speaker")
        items = segment.get("words")
        if items is None:
            start = seconds(segment.get("start"), f"{where}.start")
            end = seconds(segment.get("end"), f"{where}.end")
            words.append(checked_word(segment.get("text"), start, end, f"{where}.text", speaker=speaker))
            continue
        if not isinstance(items, list):
            raise RecordError("WrongType", f"{where}.words must be a list")
        for w, item in enumerate(items):
            at = f"{where}.words[{w}]"
            if not isinstance(item, Mapping):
                raise RecordError("WrongType", f"{at} must be an object")
            start = seconds(item.get("start"), f"{at}.start")
            end = seconds(item.get("end"), f"{at}.end")
            word_speaker = _speaker(item.get("speaker"), f"{at}.speaker")
            words.append(checked_word(item.get("word"), start, end, f"{at}.word",
                                      speaker=word_speaker if word_speaker is not None else speaker))
    return words
