"""Reverse ``encrypt`` tokens for authorized users: ``pii-pipeline reidentify``.

Only ``<ENC:TYPE:...>`` tokens are reversible; surrogates, tags, hashes and masks are one-way by design.
The key must be the persistent key the data was written with (a random per-run key is refused).
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.privacy.keys import PseudonymKey
from pipeline.privacy.encryption import TOKEN_PATTERN, DecryptionError, decrypt_token

logger = logging.getLogger(__name__)

MESSAGES_COLUMN = "messages"
CONTENT_FIELD = "content"
BATCH_ROWS = 4096


class ReidentifyError(ValueError):
    """Re-identification failed (wrong key, corrupted token, bad input). Never contains values."""


def reidentify_text(text: str, key: PseudonymKey) -> str:
    """``text`` with every encryption token replaced by its original value.

    Raises:
        ReidentifyError: A token does not decrypt with ``key`` (nothing is partially returned).
    """
    if "<ENC:" not in text:
        return text

    def _open(match: Any) -> str:
        try:
            return decrypt_token(match.group("type"), match.group("payload"), key)
        except DecryptionError as err:
            raise ReidentifyError(f"cannot decrypt a {match.group('type')} token: {err}") from None

    return TOKEN_PATTERN.sub(_open, text)


def _reidentify_column(column: Any, key: PseudonymKey) -> Any:
    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        return pa.array([None if v is None else reidentify_text(v, key) for v in column.to_pylist()],
                        type=column.type)
    if (pa.types.is_list(column.type) or pa.types.is_large_list(column.type)) and \
            pa.types.is_struct(column.type.value_type):
        rows = column.to_pylist()
        for row in rows:
            for message in row or ():
                if message and message.get(CONTENT_FIELD) is not None:
                    message[CONTENT_FIELD] = reidentify_text(message[CONTENT_FIELD], key)
        return pa.array(rows, type=column.type)
    raise ReidentifyError(f"column type {column.type} is neither text nor a list of messages")


def reidentify_parquet(input_path: str | Path, output_path: str | Path, key: PseudonymKey,
                       columns: tuple[str, ...] = (MESSAGES_COLUMN,)) -> int:
    """Copy a Parquet file, decrypting tokens in ``columns`` (text, or ``messages[].content``).

    Other columns are copied unchanged, with the same schema. Annotation offsets in the file refer to
    the sanitized text and are no longer valid for the re-identified text.

    Returns:
        Number of rows written.
    """
    source = pq.ParquetFile(input_path)
    schema = source.schema_arrow
    missing = [c for c in columns if c not in schema.names]
    if missing:
        raise ReidentifyError(f"input has no column(s) {', '.join(missing)}")
    rows = 0
    with pq.ParquetWriter(output_path, schema) as writer:
        for batch in source.iter_batches(batch_size=BATCH_ROWS):
            arrays = [_reidentify_column(batch.column(i), key) if name in columns else batch.column(i)
                      for i, name in enumerate(batch.schema.names)]
            writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
            rows += batch.num_rows
    logger.info("re-identified %d rows into %s", rows, output_path)
    return rows
