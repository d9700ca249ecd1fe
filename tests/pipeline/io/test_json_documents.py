""".json input files: one pretty-printed document (a vendor transcript) or JSON lines as before; shard
planning keeps documents whole."""
from __future__ import annotations

import json

import pytest

from pipeline.io.readers import read_records
from pipeline.io.shards import plan_shards


def _opener(path: str):
    return open(path, "rb")


PRETTY = json.dumps({"conversation_id": "p", "turns": [{"speaker": "agent", "text": "hello"}]}, indent=2)
LINES = '{"conversation_id": "a", "turns": [{"text": "x"}]}\n{"conversation_id": "b", "turns": [{"text": "y"}]}\n'
JSON_FILES = [
    # file content, (position, error type or None) per record
    (PRETTY, [(1, None)]),
    ("\n\n" + PRETTY, [(1, None)]),
    (LINES, [(1, None), (2, None)]),
    ("\n" + LINES, [(2, None), (3, None)]),
    ('{"conversation_id": "a", "tur\n' + LINES, [(1, "InvalidJson"), (2, None), (3, None)]),  # as before
    (PRETTY[:-20], [(6, "InvalidJson")]),  # the line of the error
    ("[\n 1,\n 2\n]", [(1, "NotAnObject")]),
    ("[1, 2]\n", [(1, "NotAnObject")]),
    ("not json\n" + LINES, [(1, "InvalidJson"), (2, None), (3, None)]),
]


@pytest.mark.parametrize("content, expected", JSON_FILES)
def test_json_file_is_one_document_or_json_lines(tmp_path, content, expected):
    path = tmp_path / "in.json"
    path.write_text(content)
    records = list(read_records(str(path), _opener))
    assert [(r.position, r.error_type) for r in records] == expected


@pytest.mark.parametrize("name, content, shards", [
    ("doc.json", json.dumps({"results": {"items": [{"x": "y" * 50}] * 400}}, indent=2), 1),
    ("lines.json", LINES * 400, 4),
    ("lines.jsonl", LINES * 400, 4),
])
def test_plan_shards_keeps_json_documents_whole(tmp_path, name, content, shards):
    path = tmp_path / name
    path.write_text(content)
    planned = plan_shards(str(path), _opener, target_bytes=len(content.encode()) // 4 + 1)
    assert len(planned) == shards
