"""Read transcript files (JSONL, CSV, Parquet; local or any Beam filesystem) record by record.

Readers stream: memory stays bounded whatever the file size. A record that cannot be decoded comes
out as a ``RawRecord`` with ``error`` set (the pipeline dead-letters it); a file that cannot be opened
yields one such record for the whole file.
"""
from __future__ import annotations

import csv
import io
import itertools
import json
import logging
import threading
from dataclasses import dataclass
from typing import Any, BinaryIO, Callable, Iterable, Iterator

from pipeline.io.filesystem import open_file

logger = logging.getLogger(__name__)

PARQUET_BATCH_ROWS = 1_000
# csv's default field limit (128 KiB) would end the file at the first long turn; the limits config
# (max_turn_chars) decides instead, per record.
CSV_FIELD_LIMIT = 1 << 28
# A ``.json`` file holding one document (not JSON lines) is read whole: this bounds its size.
MAX_JSON_DOCUMENT_BYTES = 256 * 1024 * 1024
SUPPORTED_SUFFIXES = (".jsonl", ".json", ".ndjson", ".csv", ".parquet", ".pq")


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One input record before validation: a decoded mapping, or the error that prevented decoding."""

    source: str
    position: int | None
    payload: dict[str, Any] | None = None
    error_type: str | None = None
    detail: str = ""


def file_format(path: str) -> str | None:
    """``jsonl``, ``csv`` or ``parquet`` from the file name, or None when unsupported."""
    lower = path.lower()
    if lower.endswith((".jsonl", ".json", ".ndjson")):
        return "jsonl"
    if lower.endswith(".csv"):
        return "csv"
    if lower.endswith((".parquet", ".pq")):
        return "parquet"
    return None


def read_records(path: str, opener: Callable[[str], BinaryIO] = open_file) -> Iterator[RawRecord]:
    """Yield every record of ``path``; never raises for bad content or an unreadable file."""
    fmt = file_format(path)
    if fmt is None:
        yield RawRecord(path, None, error_type="UnsupportedFormat",
                        detail=f"file suffix not one of {', '.join(SUPPORTED_SUFFIXES)}")
        return
    reader = {"jsonl": _jsonl, "csv": _csv, "parquet": parquet_records}[fmt]
    if path.lower().endswith(".json"):
        reader = _json_document_or_lines  # one pretty-printed document (vendor transcripts) or JSON lines
    yield from read_guarded(path, lambda stream: reader(path, stream), opener)


def read_guarded(path: str, reader: Callable[[BinaryIO], Iterator[RawRecord]],
                 opener: Callable[[str], BinaryIO] = open_file, position: int | None = None
                 ) -> Iterator[RawRecord]:
    """``reader``'s records from the opened ``path``; a failure to open or to read on becomes one
    error record (at ``position`` for an open failure), never an exception."""
    try:
        stream = opener(path)
    except Exception as err:  # noqa: BLE001 - any open failure is a dead letter, not a crash
        yield RawRecord(path, position, error_type=type(err).__name__, detail="cannot open file")
        return
    with stream:
        try:
            yield from reader(stream)
        except Exception as err:  # noqa: BLE001 - e.g. truncated/corrupt file midway
            logger.warning("file %s failed while reading: %s", path, type(err).__name__)
            yield RawRecord(path, None, error_type=type(err).__name__, detail="file unreadable from here on")


def json_lines(lines: Iterable[bytes], source: str, unit: str = "line", first: int = 1) -> Iterator[RawRecord]:
    """One raw record per non-empty JSON line (files and streaming messages share this decoder).

    ``first`` is the number of the first line (a shard of a file starts mid-file).
    """
    for number, raw in enumerate(lines, start=first):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield RawRecord(source, number, error_type="InvalidUtf8", detail=f"{unit} is not valid UTF-8")
            continue
        try:
            payload = json.loads(line)
        except (ValueError, RecursionError) as err:  # ValueError: also an int beyond the digit limit
            yield RawRecord(source, number, error_type="InvalidJson",
                            detail=f"JSON error at column {getattr(err, 'colno', 0)}")
            continue
        if not isinstance(payload, dict):
            yield RawRecord(source, number, error_type="NotAnObject",
                            detail=f"{unit} holds a JSON {type(payload).__name__}, expected an object")
            continue
        yield RawRecord(source, number, payload)


def _jsonl(path: str, stream: BinaryIO) -> Iterator[RawRecord]:
    return json_lines(stream, path)


def starts_json_lines(first_line: bytes) -> bool:
    """True when a ``.json`` file whose first non-blank line is ``first_line`` is JSON lines (that line
    is a whole JSON value); False for one document spread over lines (a vendor transcript)."""
    try:
        json.loads(first_line)
    except (ValueError, RecursionError):
        return not first_line.strip().startswith((b"{", b"["))
    return True


def _json_document_or_lines(path: str, stream: BinaryIO) -> Iterator[RawRecord]:
    """A ``.json`` file: JSON lines when its first line is a whole value (as before), else one document
    of at most ``MAX_JSON_DOCUMENT_BYTES`` as record 1."""
    blank = []
    first = b""
    for first in stream:
        if first.strip():
            break
        blank.append(first)
    if starts_json_lines(first):
        yield from json_lines(itertools.chain(blank, [first], stream), path)
        return
    data = b"".join(blank) + first + stream.read(MAX_JSON_DOCUMENT_BYTES + 1 - len(first))
    if len(data) > MAX_JSON_DOCUMENT_BYTES:  # too big to be one document: JSON lines, as before
        yield from json_lines(itertools.chain(io.BytesIO(data), stream), path)
        return
    try:
        payload = json.loads(data)
    except (ValueError, RecursionError) as err:  # UnicodeDecodeError is a ValueError
        as_lines = list(json_lines(io.BytesIO(data), path))
        if any(r.payload is not None for r in as_lines):  # JSON lines with a bad first line, as before
            yield from as_lines
            return
        line = getattr(err, "lineno", None)
        yield RawRecord(path, line or 1, error_type="InvalidUtf8" if isinstance(err, UnicodeDecodeError)
                        else "InvalidJson", detail=f"JSON document error at line {line or 0} "
                        f"column {getattr(err, 'colno', 0)}")
        return
    if not isinstance(payload, dict):
        yield RawRecord(path, 1, error_type="NotAnObject",
                        detail=f"document holds a JSON {type(payload).__name__}, expected an object")
        return
    yield RawRecord(path, 1, payload)


_CSV_LIMIT_LOCK = threading.Lock()


def _csv_rows(reader: csv.DictReader) -> Iterator[dict]:
    """The reader's rows, each read with the field-size limit raised to ``CSV_FIELD_LIMIT``.

    ``csv.field_size_limit`` is process-wide: it is raised only while one row is parsed and the caller's
    value is restored right after, so using the library leaves the csv module as it found it.
    """
    while True:
        with _CSV_LIMIT_LOCK:
            previous = csv.field_size_limit(max(CSV_FIELD_LIMIT, csv.field_size_limit()))
            try:
                row = next(reader, None)
            finally:
                csv.field_size_limit(previous)
        if row is None:
            return
        yield row


def _csv(path: str, stream: BinaryIO) -> Iterator[RawRecord]:
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
    reader = csv.DictReader(text)
    for row in _csv_rows(reader):
        number = reader.line_num
        if None in row or any(v is None for v in row.values()):
            yield RawRecord(path, number, error_type="CsvRowShape", detail="row has a different number of fields than the header")
            continue
        if any(_has_surrogates(v) for v in row.values()) or any(_has_surrogates(k) for k in row):
            yield RawRecord(path, number, error_type="InvalidUtf8", detail="row is not valid UTF-8")
            continue
        yield RawRecord(path, number, dict(row))


def _has_surrogates(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def parquet_records(path: str, stream: BinaryIO, groups: tuple[int, int | None] | None = None,
                    first: int = 1) -> Iterator[RawRecord]:
    """Rows of the file, or of row groups ``[start, stop)`` only (stop None: to the last), the first
    numbered ``first``."""
    import pyarrow.parquet as pq

    number = first - 1
    parquet = pq.ParquetFile(stream)
    row_groups = None
    if groups is not None:
        start, stop = groups
        row_groups = range(start, parquet.metadata.num_row_groups if stop is None else stop)
    for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS, row_groups=row_groups):
        for row in batch.to_pylist():
            number += 1
            yield RawRecord(path, number, row)
