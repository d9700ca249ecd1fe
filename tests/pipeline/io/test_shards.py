"""File shards: a split file reads back exactly as the whole file, positions included."""
from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.io.readers import read_records
from pipeline.io.shards import (MAX_SHARD_BYTES, MIN_SHARD_BYTES, FileShard, plan_shards, read_shard,
                                shard_bytes)


def _records(raws) -> list[tuple]:
    return [(r.position, r.error_type, r.payload and r.payload.get("conversation_id")) for r in raws]


def _whole_vs_shards(path, target) -> tuple[list, list, list[FileShard]]:
    shards = plan_shards(str(path), target_bytes=target)
    parts = [r for shard in shards for r in read_shard(shard)]
    return _records(read_records(str(path))), _records(parts), shards


def _conversation(i: int, pad: int = 0) -> str:
    return json.dumps({"conversation_id": f"c{i}", "turns": [{"speaker": "customer", "text": "hi" + " x" * pad}]})


JSONL_CASES = {
    "plain": "\n".join(_conversation(i) for i in range(50)) + "\n",
    "no trailing newline": "\n".join(_conversation(i) for i in range(50)),
    "blank and bad lines": "\n".join(
        "" if i % 7 == 0 else "{not json" if i % 11 == 0 else _conversation(i) for i in range(60)) + "\n",
    "long lines crossing several cuts": "\n".join(_conversation(i, pad=300 if i % 5 == 0 else 0)
                                                for i in range(40)) + "\n",
    "crlf line ends": "\r\n".join(_conversation(i) for i in range(30)) + "\r\n",
    "empty file": "",
    "one line": _conversation(1) + "\n",
}


@pytest.mark.parametrize("target", [1, 100, 257, 1000, 10**9])
@pytest.mark.parametrize("case", sorted(JSONL_CASES))
def test_plan_shards_jsonl_reads_back_like_the_whole_file(tmp_path, case, target):
    path = tmp_path / "in.jsonl"
    path.write_text(JSONL_CASES[case])
    whole, parts, shards = _whole_vs_shards(path, target)
    assert parts == whole
    # contiguous byte ranges covering the file, each starting on a line start
    data = path.read_bytes()
    assert shards[0].start == 0 and shards[-1].stop is None
    for left, right in zip(shards, shards[1:]):
        assert left.stop == right.start and data[right.start - 1:right.start] == b"\n"


def test_plan_shards_jsonl_splits_a_large_file(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(_conversation(i, pad=20) for i in range(400)) + "\n")
    whole, parts, shards = _whole_vs_shards(path, 2_000)
    assert len(shards) > 10 and parts == whole
    assert [s.first_position for s in shards] == sorted({s.first_position for s in shards})


@pytest.mark.parametrize("row_group_size, target, expect_many", [(10, 1, True), (10, 10**9, False),
                                                                  (1000, 1, False)])
def test_plan_shards_parquet_by_row_groups(tmp_path, row_group_size, target, expect_many):
    path = tmp_path / "in.parquet"
    rows = [{"conversation_id": f"c{i}", "text": "hello", "speaker": "customer", "turn_index": i}
            for i in range(95)]
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)
    whole, parts, shards = _whole_vs_shards(path, target)
    assert parts == whole and len(whole) == 95
    assert (len(shards) > 1) is expect_many


@pytest.mark.parametrize("name, content", [
    ("in.csv", "conversation_id,turn_index,speaker,text\nc1,0,customer,\"two\nlines\"\n" * 50),
    ("broken.parquet", "PAR1 not really parquet" * 100),
    ("missing.jsonl", None),
])
def test_plan_shards_unsplittable_files_stay_whole(tmp_path, name, content):
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    shards = plan_shards(str(path), target_bytes=1)
    assert shards == [FileShard(str(path))]
    assert _records(read_shard(shards[0])) == _records(read_records(str(path)))


def test_read_shard_reports_a_file_gone_since_planning(tmp_path):
    path = tmp_path / "gone.jsonl"
    path.write_text("\n".join(_conversation(i) for i in range(50)) + "\n")
    shards = plan_shards(str(path), target_bytes=100)
    path.unlink()
    raws = list(read_shard(shards[1]))
    assert len(raws) == 1 and raws[0].error_type and raws[0].payload is None


@pytest.mark.parametrize("size, pieces", [(1, 1), (MIN_SHARD_BYTES, 1), (10 * MIN_SHARD_BYTES, 10),
                                          (10 * MIN_SHARD_BYTES + 5, 11), (16 * MIN_SHARD_BYTES, 16),
                                          (1000 * MIN_SHARD_BYTES + 3, 16), (10**12, 14_902)])
def test_shard_bytes_even_pieces_within_bounds(size, pieces):
    target = shard_bytes(size)
    assert -(-size // target) == pieces
    assert target <= MAX_SHARD_BYTES and (pieces == 1 or target >= MIN_SHARD_BYTES * 0.9)
