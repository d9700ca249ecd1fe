"""Explicit, versioned pyarrow schemas of every output. Never inferred from data."""
from __future__ import annotations

import json
from typing import Mapping

import pyarrow as pa

# 2: training ``metadata`` is JSON text (a map type does not load in Hugging Face ``datasets``);
#    ``audio_redactions`` output added.
SCHEMA_VERSION = "2"
_META = {b"pii_pipeline.schema_version": SCHEMA_VERSION.encode()}

MESSAGE_TYPE = pa.struct([("role", pa.string()), ("content", pa.string())])
ANNOTATION_TYPE = pa.struct([
    ("start", pa.int32()), ("end", pa.int32()), ("entity_type", pa.string()), ("operator", pa.string()),
])
MESSAGE_ANNOTATION_TYPE = pa.struct([
    ("message_index", pa.int32()), ("start", pa.int32()), ("end", pa.int32()),
    ("entity_type", pa.string()), ("operator", pa.string()),
])
# JSON object text (keys sorted): loads in pyarrow, pandas, polars, DuckDB and ``datasets`` alike. Not a
# struct: the kept keys come from ``output.metadata_allowlist``, so a struct's fields would vary by config.
METADATA_TYPE = pa.string()

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


AUDIO_REDACTION_SCHEMA = pa.schema([
    pa.field("conversation_id", pa.string(), nullable=False),  # also the audio file's name without suffix
    pa.field("source", pa.string(), nullable=False),  # transcript file the conversation came from
    pa.field("channel", pa.int32()),  # audio channel the words were on; null: not channel-separated
    pa.field("start", pa.float64(), nullable=False),  # seconds from the start of the audio, padding included
    pa.field("end", pa.float64(), nullable=False),
    pa.field("entity_type", pa.string(), nullable=False),  # types of the findings inside, "+"-joined; never a value
    *_PROVENANCE,
], metadata={**_META, b"pii_pipeline.output": b"audio_redactions"})


# An output folder's Parquet summary file: the explicit schema with its key/value metadata, no rows. The
# Spark job writes one per folder (Spark's writer cannot put the keys into its part files); readers of a
# folder (pyarrow datasets, Spark, ``*.parquet`` globs) skip it as they skip ``_SUCCESS``.
COMMON_METADATA_FILE = "_common_metadata"


def common_metadata_bytes(schema: pa.Schema) -> bytes:
    """``schema`` (metadata included) as the bytes of a Parquet ``_common_metadata`` file."""
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    pq.write_metadata(schema, sink)
    return sink.getvalue().to_pybytes()


def metadata_json(metadata: Mapping[str, str]) -> str:
    """Training-output ``metadata``: compact JSON text of the kept keys, sorted."""
    return json.dumps(dict(metadata), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def training_schema(layout: str) -> pa.Schema:
    """The training-output schema for ``layout`` (``conversation`` or ``utterance``)."""
    return TRAINING_CONVERSATION_SCHEMA if layout == "conversation" else TRAINING_UTTERANCE_SCHEMA


def dead_letter_row(dead, version: str, fingerprint: str) -> dict:
    """A dead letter as a row of ``DEAD_LETTER_SCHEMA``."""
    return {"record_id": dead.record_id, "source": dead.source, "position": dead.position,
            "stage": dead.stage, "error_type": dead.error_type, "detail": dead.detail,
            "pipeline_version": version, "config_fingerprint": fingerprint}
