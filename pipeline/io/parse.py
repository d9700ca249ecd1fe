"""Validate raw records into ``Conversation`` / ``Utterance`` records, or a ``DeadLetter``.

Error details name fields and limits only; they never quote the record's text.
"""
from __future__ import annotations

from typing import Any, Mapping

from pipeline.config.models import LimitsConfig
from pipeline.config.interop import InputConfig
from pipeline.io.errors import RecordError
from pipeline.io.readers import RawRecord
from pipeline.io.vendors import parse_vendor, resolve_format
from pipeline.records import Conversation, DeadLetter, Turn, Utterance

STAGE_READ = "read"
STAGE_VALIDATE = "validate"
MAX_RECORD_ID_CHARS = 256


def _id(value: Any, field: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise RecordError("WrongType", f"{field} must be a string")
    text = str(value).strip()
    if not text:
        raise RecordError("MissingField", f"{field} is empty")
    return text


def _optional_str(payload: Mapping[str, Any], field: str) -> str | None:
    value = payload.get(field)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise RecordError("WrongType", f"{field} must be a string")
    return str(value)


def _metadata(payload: Mapping[str, Any]) -> dict[str, str]:
    value = payload.get("metadata")
    if value is None or value == "":
        return {}
    if not isinstance(value, Mapping):
        raise RecordError("WrongType", "metadata must be an object")
    return {str(k): ("" if v is None else str(v)) for k, v in value.items()}


def _text(value: Any, field: str, limits: LimitsConfig) -> str:
    if not isinstance(value, str):
        kind = "missing" if value is None else type(value).__name__
        raise RecordError("WrongType" if value is not None else "MissingField",
                          f"{field} must be a string (got {kind})")
    if len(value) > limits.max_turn_chars:
        raise RecordError("LimitExceeded",
                          f"{field} has {len(value)} characters > limits.max_turn_chars={limits.max_turn_chars}")
    return value


def parse_conversation(payload: Mapping[str, Any], source: str, limits: LimitsConfig) -> Conversation:
    """A conversation-layout record (``turns`` list) as a ``Conversation``."""
    conversation_id = _id(payload.get("conversation_id"), "conversation_id")
    turns = payload.get("turns")
    if not isinstance(turns, list):
        raise RecordError("WrongType", "turns must be a list")
    if not turns:
        raise RecordError("EmptyConversation", "turns is empty")
    if len(turns) > limits.max_turns:
        raise RecordError("LimitExceeded", f"{len(turns)} turns > limits.max_turns={limits.max_turns}")
    parsed = []
    for i, turn in enumerate(turns):
        if not isinstance(turn, Mapping):
            raise RecordError("WrongType", f"turns[{i}] must be an object")
        speaker = turn.get("speaker", turn.get("role"))
        if speaker is not None and not isinstance(speaker, str):
            raise RecordError("WrongType", f"turns[{i}].speaker must be a string")
        parsed.append(Turn(speaker=speaker or "", text=_text(turn.get("text"), f"turns[{i}].text", limits)))
    if not any(t.text.strip() for t in parsed):
        raise RecordError("EmptyConversation", "every turn text is empty")
    return Conversation(
        conversation_id=conversation_id, turns=tuple(parsed),
        customer_id=_optional_str(payload, "customer_id"), channel=_optional_str(payload, "channel"),
        language=_optional_str(payload, "language"), metadata=_metadata(payload), source=source)


def parse_utterance(payload: Mapping[str, Any], source: str, limits: LimitsConfig) -> Utterance:
    """An utterance-layout record (``conversation_id``, ``turn_index``, ``speaker``, ``text``)."""
    conversation_id = _id(payload.get("conversation_id"), "conversation_id")
    raw_index = payload.get("turn_index")
    try:
        if isinstance(raw_index, bool) or isinstance(raw_index, float) and not raw_index.is_integer():
            raise ValueError
        turn_index = int(raw_index)  # CSV gives strings
    except (TypeError, ValueError):
        raise RecordError("WrongType" if raw_index is not None else "MissingField",
                          "turn_index must be an integer") from None
    if turn_index < 0 or turn_index >= limits.max_turns:
        raise RecordError("LimitExceeded", f"turn_index outside [0, limits.max_turns={limits.max_turns})")
    speaker = payload.get("speaker", payload.get("role"))
    if speaker is not None and not isinstance(speaker, str):
        raise RecordError("WrongType", "speaker must be a string")
    return Utterance(
        conversation_id=conversation_id, turn_index=turn_index, speaker=speaker or "",
        text=_text(payload.get("text"), "text", limits),
        customer_id=_optional_str(payload, "customer_id"), channel=_optional_str(payload, "channel"),
        language=_optional_str(payload, "language"), metadata=_metadata(payload), source=source)


def _encodable(payload: Any) -> bool:
    """True when every string in ``payload`` (nested lists/mappings, keys too) encodes as UTF-8.

    JSON escapes can smuggle lone surrogates (``"\\ud800"``) that later break hashing and Parquet.
    """
    stack = [payload]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return False
        elif isinstance(value, Mapping):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, (list, tuple)):
            stack.extend(value)
    return True


def parse_record(raw: RawRecord, limits: LimitsConfig, input_config: InputConfig | None = None
                 ) -> Conversation | Utterance | DeadLetter:
    """Validate one raw record; every failure becomes a ``DeadLetter`` (never an exception).

    ``input_config`` (``input:`` section; default: its defaults) says which vendor transcript
    layouts are read (``pipeline.io.vendors``) and how their speakers become roles.
    """
    input_config = input_config or InputConfig()
    if raw.error_type is not None or raw.payload is None:
        return DeadLetter(source=raw.source, position=raw.position, stage=STAGE_READ,
                          error_type=raw.error_type or "Unreadable", detail=raw.detail)
    payload = raw.payload
    record_id = payload.get("conversation_id")
    record_id = str(record_id) if isinstance(record_id, (str, int)) and not isinstance(record_id, bool) else None
    if record_id is not None and (len(record_id) > MAX_RECORD_ID_CHARS or not _encodable(record_id)):
        record_id = None  # an id that could not be written to the dead-letter file is no id
    try:
        if not _encodable(payload):
            raise RecordError("InvalidUnicode", "a string holds unpaired surrogates (not valid Unicode)")
        fmt = resolve_format(payload, input_config.format)
        if fmt is not None:
            return parse_vendor(payload, fmt, raw.source, raw.position, limits, input_config)
        if "turns" in payload:
            return parse_conversation(payload, raw.source, limits)
        if "text" in payload:
            return parse_utterance(payload, raw.source, limits)
        raise RecordError("MissingField", "record has neither turns (conversation) nor text (utterance)")
    except RecordError as err:
        return DeadLetter(source=raw.source, position=raw.position, stage=STAGE_VALIDATE,
                          error_type=err.error_type, detail=err.detail, record_id=record_id)


def group_utterances(conversation_id: str, utterances: list[Utterance], limits: LimitsConfig
                     ) -> Conversation:
    """Assemble one conversation from its utterances, ordered by ``turn_index``.

    Raises:
        RecordError: duplicate turn indexes, too many turns, or only empty texts.
    """
    ordered = sorted(utterances, key=lambda u: u.turn_index)
    if len(ordered) > limits.max_turns:
        raise RecordError("LimitExceeded", f"{len(ordered)} turns > limits.max_turns={limits.max_turns}")
    indexes = [u.turn_index for u in ordered]
    if len(set(indexes)) != len(indexes):
        raise RecordError("DuplicateTurnIndex", "two utterances share a turn_index")
    if not any(u.text.strip() for u in ordered):
        raise RecordError("EmptyConversation", "every turn text is empty")
    first = ordered[0]
    metadata: dict[str, str] = {}
    for u in ordered:
        metadata.update(u.metadata)
    return Conversation(
        conversation_id=conversation_id, turns=tuple(Turn(u.speaker, u.text) for u in ordered),
        customer_id=next((u.customer_id for u in ordered if u.customer_id), None),
        channel=first.channel, language=first.language, metadata=metadata, source=first.source)
