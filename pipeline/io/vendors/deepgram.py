"""Deepgram pre-recorded ``/v1/listen`` response -> timed words.

Layout: ``results.channels[c].alternatives[0].words[]`` of ``word`` / ``punctuated_word`` (with
``punctuate`` or ``smart_format``), ``start`` / ``end`` (seconds) and ``speaker`` (with ``diarize``);
with ``multichannel`` one entry per audio channel. ``results.utterances[]`` (with ``utterances``)
carry ``channel``, ``speaker`` and the same ``words``; they are used when the channels hold no words.
"""
from __future__ import annotations

from typing import Any, Mapping

from pipeline.io.errors import RecordError
from pipeline.io.vendors.words import Word, checked_word, seconds


def _words(items: Any, where: str, channel: int | None) -> list[Word]:
    if not isinstance(items, list):
        raise RecordError("WrongType" if items is not None else "MissingField", f"{where} must be a list")
    out = []
    for i, item in enumerate(items):
        at = f"{where}[{i}]"
        if not isinstance(item, Mapping):
            raise RecordError("WrongType", f"{at} must be an object")
        speaker = item.get("speaker")
        if speaker is not None and (isinstance(speaker, bool) or not isinstance(speaker, (int, str))):
            raise RecordError("WrongType", f"{at}.speaker must be an integer")
        start, end = seconds(item.get("start"), f"{at}.start"), seconds(item.get("end"), f"{at}.end")
        if start is None or end is None:
            raise RecordError("MissingField", f"{at}: a word needs start and end")
        text = item.get("punctuated_word", item.get("word"))
        out.append(checked_word(text, start, end, f"{at}.word", channel=channel,
                                speaker=None if speaker is None else str(speaker)))
    return out


def deepgram_streams(payload: Mapping) -> list[list[Word]]:
    """Word lists per channel (one unless ``multichannel``); channel indexes only when several."""
    results = payload.get("results")
    if not isinstance(results, Mapping):
        raise RecordError("WrongType" if results is not None else "MissingField", "results must be an object")
    channels = results.get("channels")
    if not isinstance(channels, list) or not channels:
        raise RecordError("WrongType" if channels is not None else "MissingField",
                          "results.channels must be a non-empty list")
    multichannel = len(channels) > 1
    streams = []
    for c, channel in enumerate(channels):
        where = f"results.channels[{c}]"
        alternatives = channel.get("alternatives") if isinstance(channel, Mapping) else None
        if not isinstance(alternatives, list) or not alternatives or not isinstance(alternatives[0], Mapping):
            raise RecordError("WrongType", f"{where}.alternatives must be a non-empty list of objects")
        streams.append(_words(alternatives[0].get("words"), f"{where}.alternatives[0].words",
                              c if multichannel else None))
    if any(streams):
        return streams
    utterances = results.get("utterances")
    if utterances is None:
        return streams
    if not isinstance(utterances, list):
        raise RecordError("WrongType", "results.utterances must be a list")
    words: list[Word] = []
    for u, utterance in enumerate(utterances):
        if not isinstance(utterance, Mapping):
            raise RecordError("WrongType", f"results.utterances[{u}] must be an object")
        channel = utterance.get("channel") if multichannel else None
        if channel is not None and (isinstance(channel, bool) or not isinstance(channel, int)):
            raise RecordError("WrongType", f"results.utterances[{u}].channel must be an integer")
        found = _words(utterance.get("words"), f"results.utterances[{u}].words", channel)
        fallback = utterance.get("speaker")
        words.extend(w if w.speaker is not None or fallback is None else
                     Word(w.text, w.start, w.end, str(fallback), w.channel) for w in found)
    return [words]
