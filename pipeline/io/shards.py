"""Split transcript files into shards that workers read independently, record by record.

A large file is the unit a user has, not the unit a job should work on: read whole, it keeps one worker
busy while the others wait. JSON-lines files split at line boundaries (byte ranges), Parquet files at
row-group boundaries; CSV files stay whole (a quoted field may hold a line break). Each shard knows the
line or row number of its first record, so dead letters name the same positions as a whole-file read.

Planning reads the file once (a newline count for JSON lines, the footer for Parquet); a file that cannot
be planned becomes one whole-file shard, and reading it reports the error as ``read_records`` does.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import BinaryIO, Callable, Iterator

from pipeline.io.filesystem import file_size
from pipeline.io.readers import (RawRecord, file_format, json_lines, open_file, parquet_records,
                                 read_guarded, read_records, starts_json_lines)

logger = logging.getLogger(__name__)

# Shard size: a file is cut into about SHARDS_PER_FILE pieces of equal size, none smaller than
# MIN_SHARD_BYTES (a shard costs a file open and a shuffle element) nor larger than MAX_SHARD_BYTES
# (what one worker should hold up the others with). The local runner deals shards round-robin to its
# workers: 16 equal pieces split evenly over 2, 4, 8 or 16 workers.
SHARDS_PER_FILE = 16
MIN_SHARD_BYTES = 64 * 1024
MAX_SHARD_BYTES = 64 * 1024 * 1024
_PLAN_BLOCK_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class FileShard:
    """A piece of one input file.

    Attributes:
        path: The file.
        start: First byte (JSON lines) or first row group (Parquet) of the shard.
        stop: End, exclusive, in the same unit; None: to the end of the file.
        first_position: Line (JSON lines) or row (Parquet) number of the shard's first record.
    """

    path: str
    start: int = 0
    stop: int | None = None
    first_position: int = 1

    @property
    def whole_file(self) -> bool:
        return self.start == 0 and self.stop is None


def shard_bytes(file_bytes: int) -> int:
    """Target shard size for a file of ``file_bytes`` bytes (see ``SHARDS_PER_FILE``).

    The bounded size is evened out so that the file splits into equal pieces (no small last one).
    """
    bounded = min(MAX_SHARD_BYTES, max(MIN_SHARD_BYTES, -(-file_bytes // SHARDS_PER_FILE)))
    pieces = max(1, -(-file_bytes // bounded))
    return max(1, -(-file_bytes // pieces))


def plan_shards(path: str, opener: Callable[[str], BinaryIO] = open_file,
                target_bytes: int | None = None) -> list[FileShard]:
    """The shards of ``path`` (at least one; one whole-file shard when it cannot or need not split).

    Args:
        target_bytes: Shard size; default ``shard_bytes(file size)``.
    """
    whole = [FileShard(path)]
    fmt = file_format(path)
    if fmt not in ("jsonl", "parquet"):
        return whole
    size = file_size(path)
    if size is None:
        return whole
    target = target_bytes or shard_bytes(size)
    if size <= target:
        return whole
    try:
        with opener(path) as stream:
            if path.lower().endswith(".json"):
                if not starts_json_lines(_first_line(stream)):
                    return whole  # one JSON document (a vendor transcript): read whole
                stream.seek(0)
            shards = _jsonl_shards(path, stream, target) if fmt == "jsonl" else _parquet_shards(path, stream, target)
    except Exception as err:  # noqa: BLE001 - reading it whole reports the problem as a dead letter
        logger.warning("file %s: cannot plan shards (%s), reading it whole", path, type(err).__name__)
        return whole
    return shards or whole


def _first_line(stream: BinaryIO) -> bytes:
    for line in stream:
        if line.strip():
            return line
    return b""


def _jsonl_shards(path: str, stream: BinaryIO, target: int) -> list[FileShard]:
    """Cut after the first line break at or past every multiple of ``target`` bytes; count lines."""
    shards: list[FileShard] = []
    start, first_line = 0, 1
    lines = 0  # line breaks before the current block position ``pos``
    offset = 0  # file offset of the current block
    next_cut = target
    while block := stream.read(_PLAN_BLOCK_BYTES):
        pos = 0
        while (cut_from := max(pos, next_cut - offset)) < len(block):
            newline = block.find(b"\n", cut_from)
            if newline < 0:
                break  # the line crossing the cut ends in a later block
            lines += block.count(b"\n", pos, newline + 1)
            pos = newline + 1
            shards.append(FileShard(path, start, offset + pos, first_line))
            start, first_line = offset + pos, lines + 1
            next_cut = (start // target + 1) * target  # multiples from the file start: overshoots do not add up
        lines += block.count(b"\n", pos)
        offset += len(block)
    if offset > start or not shards:
        shards.append(FileShard(path, start, None, first_line))
    else:  # the file ends at a cut: the last shard runs to the end
        shards[-1] = replace(shards[-1], stop=None)
    return [FileShard(path)] if len(shards) == 1 else shards


def _parquet_shards(path: str, stream: BinaryIO, target: int) -> list[FileShard]:
    """Consecutive row groups of about ``target`` bytes per shard."""
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(stream).metadata
    shards: list[FileShard] = []
    start, first_row, rows, size = 0, 1, 0, 0
    for group in range(meta.num_row_groups):
        info = meta.row_group(group)
        rows += info.num_rows
        size += info.total_byte_size
        if size >= target:
            shards.append(FileShard(path, start, group + 1, first_row))
            start, first_row, size = group + 1, rows + 1, 0
    if start < meta.num_row_groups or not shards:
        shards.append(FileShard(path, start, None, first_row))
    else:
        shards[-1] = replace(shards[-1], stop=None)
    return [FileShard(path)] if len(shards) == 1 else shards


def read_shard(shard: FileShard, opener: Callable[[str], BinaryIO] = open_file) -> Iterator[RawRecord]:
    """Every record of ``shard``, numbered as in the whole file; never raises for bad content."""
    if shard.whole_file:
        return read_records(shard.path, opener)
    if file_format(shard.path) == "jsonl":
        def reader(stream: BinaryIO) -> Iterator[RawRecord]:
            lines = _lines_in_range(stream, shard.start, shard.stop)
            return json_lines(lines, shard.path, first=shard.first_position)
    else:
        def reader(stream: BinaryIO) -> Iterator[RawRecord]:
            return parquet_records(shard.path, stream, (shard.start, shard.stop), shard.first_position)
    return read_guarded(shard.path, reader, opener, position=shard.first_position)


def _lines_in_range(stream: BinaryIO, start: int, stop: int | None) -> Iterator[bytes]:
    stream.seek(start)
    position = start
    for line in stream:
        if stop is not None and position >= stop:
            return
        position += len(line)
        yield line
