"""Explicit, versioned pyarrow schemas of every output. Never inferred from data."""
from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "1"
_META = {b"pii_pipeline.schema_version": SCHEMA_VERSION.encode()}

MESSAGE_TYPE = pa.struct([("role", pa.string()), ("content", pa.string())])
ANNOTATION_TYPE = pa.struct([
    ("start", pa.int32()), ("end", pa.int32()), ("entity_type", pa.string()), ("operator", pa.string()),
])
MESSAGE_ANNOTATION_TYPE = pa.struct([
    ("message_index", pa.int32()), ("start", pa.int32()), ("end", pa.int32()),
    ("entity_type", pa.string()), ("operator", pa.string()),
])
METADATA_TYPE = pa.map_(pa.string(), pa.string())

_PROVENANCE = [
    pa.field("pipeline_version", pa.string(), nullable=False),
    pa.field("config_fingerprint", pa.string(), nullable=False),
]

TRAINING_CONVERSATION_SCHEMA = pa.schema([
    pa.field("conversation_id", pa.string(), nullable=False),
    pa.field("customer_ref", pa.string()),  # keyed pseudonym of customer_id, never the id itself
    pa.field("channel", pa.string()),
    pa.field("language", pa.string()),
    pa.field("messages", pa.list_(MESSAGE_TYPE), nullable=False),
    pa.field("entities", pa.list_(MESSAGE_ANNOTATION_TYPE), nullable=False),
    pa.field("metadata", METADATA_TYPE),
    *_PROVENANCE,
], metadata={**_META, b"pii_pipeline.layout": b"conversation"})

TRAINING_UTTERANCE_SCHEMA = pa.schema([
    pa.field("conversation_id", pa.string(), nullable=False),
    pa.field("turn_index", pa.int32(), nullable=False),
    pa.field("customer_ref", pa.string()),
    pa.field("channel", pa.string()),
    pa.field("language", pa.string()),
    pa.field("role", pa.string(), nullable=False),
    pa.field("content", pa.string(), nullable=False),
    pa.field("entities", pa.list_(ANNOTATION_TYPE), nullable=False),
    pa.field("metadata", METADATA_TYPE),
    *_PROVENANCE,
], metadata={**_META, b"pii_pipeline.layout": b"utterance"})

AUDIT_SCHEMA = pa.schema([
    pa.field("conversation_id", pa.string(), nullable=False),
    pa.field("turn_index", pa.int32(), nullable=False),
    pa.field("start", pa.int32(), nullable=False),
    pa.field("end", pa.int32(), nullable=False),
    pa.field("entity_type", pa.string(), nullable=False),
    pa.field("score", pa.float32(), nullable=False),
    pa.field("recognizer", pa.string(), nullable=False),
    pa.field("reason", pa.string(), nullable=False),
    pa.field("operator", pa.string(), nullable=False),
    pa.field("decision", pa.string(), nullable=False),
    pa.field("value_hash", pa.string(), nullable=False),  # keyed HMAC of the value, never the value
    *_PROVENANCE,
], metadata={**_META, b"pii_pipeline.output": b"audit"})

DEAD_LETTER_SCHEMA = pa.schema([
    pa.field("record_id", pa.string()),  # conversation id when known
    pa.field("source", pa.string(), nullable=False),  # file the record came from
    pa.field("position", pa.int64()),  # 1-based line (JSONL/CSV) or row (Parquet)
    pa.field("stage", pa.string(), nullable=False),  # read | parse | validate | group | detect | redact
    pa.field("error_type", pa.string(), nullable=False),
    pa.field("detail", pa.string(), nullable=False),  # names fields and limits, never carries text
    *_PROVENANCE,
], metadata={**_META, b"pii_pipeline.output": b"dead_letter"})


def training_schema(layout: str) -> pa.Schema:
    """The training-output schema for ``layout`` (``conversation`` or ``utterance``)."""
    return TRAINING_CONVERSATION_SCHEMA if layout == "conversation" else TRAINING_UTTERANCE_SCHEMA


def dead_letter_row(dead, version: str, fingerprint: str) -> dict:
    """A dead letter as a row of ``DEAD_LETTER_SCHEMA``."""
    return {"record_id": dead.record_id, "source": dead.source, "position": dead.position,
            "stage": dead.stage, "error_type": dead.error_type, "detail": dead.detail,
            "pipeline_version": version, "config_fingerprint": fingerprint}
