"""Bad input never crashes a run: every bad record or file becomes a dead letter, the rest completes.

One real batch job runs over all the bad files together (module fixture); the table below says what
each bad record must become.
"""
from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.config.models import LimitsConfig
from pipeline.io.parse import parse_record
from pipeline.io.readers import RawRecord, read_records

SECRET_WORD = "zanzibarquux"  # appears in bad records' text; must never reach a dead-letter detail
GOOD_IDS = {"good-1", "good-2", "csv-good", "pq-good"}


def _conv(cid, texts, **extra):
    return {"conversation_id": cid, "turns": [{"speaker": "customer", "text": t} for t in texts], **extra}


def _line(obj) -> str:
    return json.dumps(obj)


# (file, line or row, stage, error_type) of every expected dead letter; None position = whole file.
EXPECTED_DEAD = [
    ("bad.jsonl", 1, "read", "InvalidJson"),             # truncated line
    ("bad.jsonl", 2, "read", "InvalidUtf8"),
    ("bad.jsonl", 3, "read", "NotAnObject"),             # a JSON array
    ("bad.jsonl", 4, "validate", "WrongType"),           # conversation_id is a list
    ("bad.jsonl", 5, "validate", "WrongType"),           # turns is a string
    ("bad.jsonl", 6, "validate", "MissingField"),        # a turn's text is null
    ("bad.jsonl", 7, "validate", "MissingField"),        # neither turns nor text
    ("bad.jsonl", 8, "validate", "EmptyConversation"),   # turns: []
    ("bad.jsonl", 9, "validate", "EmptyConversation"),   # every text ""
    ("bad.jsonl", 10, "validate", "LimitExceeded"),      # a 10 MB turn
    ("bad.jsonl", 11, "validate", "LimitExceeded"),      # 100,000 turns
    ("bad.jsonl", 12, "read", "InvalidJson"),            # an integer past Python's digit limit
    ("bad.jsonl", 13, "validate", "InvalidUnicode"),     # a lone surrogate escape
    ("bad.jsonl", 14, "read", "InvalidJson"),            # nesting deeper than the recursion limit
    ("bad.jsonl", 15, "validate", "WrongType"),          # speaker is a number
    ("big.csv", 2, "validate", "LimitExceeded"),         # a 200,000-character field
    ("truncated.parquet", None, "read", None),           # half a Parquet file
    ("corrupt.parquet", None, "read", None),             # not Parquet at all
    ("folder.jsonl", None, "read", "IsADirectoryError"),
    ("dangling.jsonl", None, "read", "FileNotFoundError"),
    ("types.parquet", 2, "validate", "MissingField"),    # null text in a Parquet row
]
BAD_LINES = [
    '{"conversation_id": "t-1", "turns": [{"speaker": "customer", "text": "' + SECRET_WORD,
    None,  # invalid UTF-8, written as bytes
    '["not", "an", "object"]',
    _line(_conv(["a", "b"], ["hello " + SECRET_WORD])),
    _line({"conversation_id": "t-5", "turns": "customer: " + SECRET_WORD}),
    _line({"conversation_id": "t-6", "turns": [{"speaker": "customer", "text": None}]}),
    _line({"conversation_id": "t-7", "channel": "chat"}),
    _line(_conv("t-8", [])),
    _line(_conv("t-9", ["", ""])),
    _line(_conv("t-10", ["x" * 10_000_000])),
    _line({"conversation_id": "t-11", "turns": [{"speaker": "a", "text": "hi"}] * 100_000}),
    '{"conversation_id": ' + "9" * 5000 + ', "turns": []}',
    '{"conversation_id": "t-13", "turns": [{"speaker": "c", "text": "bad \\ud800 ' + SECRET_WORD + '"}]}',
    "[" * 100_000 + "]" * 100_000,
    _line({"conversation_id": "t-15", "turns": [{"speaker": 7, "text": SECRET_WORD}]}),
]


def _write_inputs(root: Path) -> None:
    root.mkdir()
    (root / "good.jsonl").write_text(
        _line(_conv("good-1", ["Hi, I'm calling about my bill."], channel="chat")) + "\n"
        + _line(_conv("good-2", ["my card was declined"], channel="voice")) + "\n")
    with open(root / "bad.jsonl", "wb") as handle:
        for line in BAD_LINES:
            handle.write((b"\xff\xfe bad \xc3\x28 bytes" if line is None else line.encode()) + b"\n")
    big_field = "y" * 200_000
    (root / "big.csv").write_text("conversation_id,turn_index,speaker,text\n"
                                  f"csv-big,0,customer,{big_field}\n"
                                  "csv-good,0,customer,hello there\n")
    junk = random.Random(8).randbytes(64 * 1024)
    (root / "junk.jsonl").write_bytes(junk)
    good_pq = pa.table({"conversation_id": ["pq-good", "pq-bad"], "turn_index": [0, 0],
                        "speaker": ["customer", "customer"], "text": ["thanks for the help", None]})
    pq.write_table(good_pq, root / "types.parquet")
    whole = (root / "types.parquet").read_bytes()
    (root / "truncated.parquet").write_bytes(whole[: len(whole) // 2])
    (root / "corrupt.parquet").write_bytes(random.Random(9).randbytes(4096))
    (root / "folder.jsonl").mkdir()
    os.symlink(root / "missing-target.jsonl", root / "dangling.jsonl")


def _junk_dead_letters(path: Path) -> int:
    return sum(1 for r in read_records(str(path)) if r.error_type)


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory, default_config, test_key):
    from pipeline.beam.batch import run_batch

    root = tmp_path_factory.mktemp("bad")
    _write_inputs(root / "in")
    report = run_batch([str(root / "in" / "*")], str(root / "out"), default_config, test_key)
    dead = pq.read_table(root / "out" / "dead_letter").to_pylist()
    training = pq.read_table(root / "out" / "training").to_pylist()
    return root, report, dead, training


def test_bad_input_run_completes_and_balances(bad_run):
    root, report, dead, training = bad_run
    counts = report["counts"]
    assert report["accounting"] == "balanced"
    assert {row["conversation_id"] for row in training} == GOOD_IDS
    junk = _junk_dead_letters(root / "in" / "junk.jsonl")
    assert junk > 0
    assert counts["dead_lettered"] == len(dead) == len(EXPECTED_DEAD) + junk
    assert counts["read"] == counts["written"] + counts["dead_lettered"] + sum(counts["dropped"].values())


@pytest.mark.parametrize("name,position,stage,error_type", EXPECTED_DEAD,
                         ids=[f"{n}:{p}" for n, p, _, _ in EXPECTED_DEAD])
def test_bad_input_becomes_dead_letter(bad_run, name, position, stage, error_type):
    _, _, dead, _ = bad_run
    rows = [d for d in dead if Path(d["source"]).name == name and d["position"] == position]
    assert len(rows) == 1, rows
    assert rows[0]["stage"] == stage
    assert error_type is None or rows[0]["error_type"] == error_type
    assert rows[0]["error_type"] and rows[0]["detail"]


def test_bad_input_dead_letters_carry_no_text(bad_run):
    root, report, dead, _ = bad_run
    for row in dead:
        assert SECRET_WORD not in json.dumps(row)
        assert "yyyyyyyyyy" not in json.dumps(row) and "xxxxxxxxxx" not in json.dumps(row)
    assert SECRET_WORD not in (root / "out" / "report.json").read_text()


def test_bad_input_limit_reason_names_the_limit(bad_run):
    _, _, dead, _ = bad_run
    details = {d["detail"] for d in dead if d["error_type"] == "LimitExceeded"}
    assert any("limits.max_turn_chars" in d for d in details)
    assert any("limits.max_turns" in d for d in details)


LIMITS = LimitsConfig(max_turn_chars=10, max_turns=2)


@pytest.mark.parametrize("payload,error_type", [
    ({"conversation_id": "a", "turns": [{"speaker": "c", "text": "x" * 11}]}, "LimitExceeded"),
    ({"conversation_id": "a", "turns": [{"speaker": "c", "text": "x"}] * 3}, "LimitExceeded"),
    ({"conversation_id": "a", "turn_index": 2, "speaker": "c", "text": "x"}, "LimitExceeded"),
    ({"conversation_id": "a", "turn_index": True, "speaker": "c", "text": "x"}, "WrongType"),
    ({"conversation_id": "a", "turn_index": float("nan"), "speaker": "c", "text": "x"}, "WrongType"),
    ({"conversation_id": "a", "turns": [{"speaker": "c", "text": "\udc80"}]}, "InvalidUnicode"),
    ({"conversation_id": "a", "metadata": {"\ud800": "v"}, "turns": [{"text": "x"}]}, "InvalidUnicode"),
    ({"conversation_id": "a", "turns": [["c", "x"]]}, "WrongType"),
    ({"conversation_id": "", "turns": [{"text": "x"}]}, "MissingField"),
    ({"conversation_id": "a", "metadata": "queue=x", "turns": [{"text": "x"}]}, "WrongType"),
])
def test_parse_record_bad_payload_is_dead_letter(payload, error_type):
    out = parse_record(RawRecord("f.jsonl", 1, payload), LIMITS)
    assert out.__class__.__name__ == "DeadLetter"
    assert out.error_type == error_type


@pytest.mark.parametrize("payload", [
    {"conversation_id": "a", "turns": [{"speaker": "c", "text": "x" * 10}] * 2},
    {"conversation_id": 7, "turn_index": "1", "speaker": "c", "text": "😀 ok"},
    {"conversation_id": "a", "turns": [{"role": "user", "text": "fine"}, {"text": ""}]},
])
def test_parse_record_edge_payload_is_accepted(payload):
    out = parse_record(RawRecord("f.jsonl", 1, payload), LIMITS)
    assert out.__class__.__name__ in ("Conversation", "Utterance")


def test_parse_record_unwritable_record_id_is_dropped_from_dead_letter():
    out = parse_record(RawRecord("f.jsonl", 1, {"conversation_id": "\ud800", "turns": 1}), LIMITS)
    assert out.record_id is None and out.error_type == "InvalidUnicode"
