import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.config.models import LimitsConfig
from pipeline.io.parse import RecordError, group_utterances, parse_record
from pipeline.io.readers import RawRecord, file_format, read_records
from pipeline.records import Conversation, DeadLetter, Utterance

LIMITS = LimitsConfig(max_turn_chars=50, max_turns=3)
GOOD_TURNS = [{"speaker": "agent", "text": "hello"}, {"speaker": "customer", "text": "hi"}]


def _raw(payload):
    return RawRecord("f.jsonl", 1, payload)


@pytest.mark.parametrize("name, fmt", [
    ("a.jsonl", "jsonl"), ("a.JSON", "jsonl"), ("a.ndjson", "jsonl"), ("a.csv", "csv"),
    ("a.parquet", "parquet"), ("a.pq", "parquet"), ("README.md", None), ("a.txt", None),
])
def test_file_format_by_suffix(name, fmt):
    assert file_format(name) == fmt


@pytest.mark.parametrize("payload, kind", [
    ({"conversation_id": "c1", "turns": GOOD_TURNS}, Conversation),
    ({"conversation_id": 7, "turns": GOOD_TURNS}, Conversation),
    ({"conversation_id": "c1", "turns": [{"role": "user", "text": "x"}]}, Conversation),
    ({"conversation_id": "c1", "turn_index": 0, "speaker": "agent", "text": "hi"}, Utterance),
    ({"conversation_id": "c1", "turn_index": "2", "speaker": "agent", "text": "hi"}, Utterance),
])
def test_parse_record_valid(payload, kind):
    assert isinstance(parse_record(_raw(payload), LIMITS), kind)


@pytest.mark.parametrize("payload, error_type", [
    ({"conversation_id": "c1"}, "MissingField"),
    ({"conversation_id": "c1", "turns": "hello"}, "WrongType"),
    ({"conversation_id": "c1", "turns": []}, "EmptyConversation"),
    ({"conversation_id": "c1", "turns": [{"speaker": "a", "text": None}]}, "MissingField"),
    ({"conversation_id": "c1", "turns": [{"speaker": "a", "text": 5}]}, "WrongType"),
    ({"conversation_id": "c1", "turns": [{"speaker": "a", "text": " "}, {"text": ""}]}, "EmptyConversation"),
    ({"conversation_id": ["c1"], "turns": GOOD_TURNS}, "WrongType"),
    ({"conversation_id": None, "turns": GOOD_TURNS}, "WrongType"),
    ({"conversation_id": "c1", "turns": [GOOD_TURNS[0]] * 4}, "LimitExceeded"),
    ({"conversation_id": "c1", "turns": [{"text": "x" * 51}]}, "LimitExceeded"),
    ({"conversation_id": "c1", "turns": ["text"]}, "WrongType"),
    ({"conversation_id": "c1", "turns": GOOD_TURNS, "metadata": "x"}, "WrongType"),
    ({"conversation_id": "c1", "text": "hi"}, "MissingField"),
    ({"conversation_id": "c1", "text": "hi", "turn_index": "two"}, "WrongType"),
    ({"conversation_id": "c1", "text": "hi", "turn_index": 1.5}, "WrongType"),
    ({"conversation_id": "c1", "text": "hi", "turn_index": 99}, "LimitExceeded"),
])
def test_parse_record_invalid_is_dead_letter_without_text(payload, error_type):
    out = parse_record(_raw(payload), LIMITS)
    assert isinstance(out, DeadLetter)
    assert out.error_type == error_type
    assert out.stage == "validate"
    assert "hello" not in out.detail and "xxxx" not in out.detail


def test_parse_record_read_error_passes_through():
    out = parse_record(RawRecord("f.jsonl", 3, None, "InvalidJson", "JSON error"), LIMITS)
    assert (out.stage, out.error_type, out.position) == ("read", "InvalidJson", 3)


def test_read_records_jsonl_bad_lines_are_reported_with_line_numbers(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"a": 1}\n\n{bad json\n[1, 2]\n\xff\xfe{"x": 1}\n{"b": 2}\n')
    records = list(read_records(str(path)))
    assert [(r.position, r.error_type) for r in records] == [
        (1, None), (3, "InvalidJson"), (4, "NotAnObject"), (5, "InvalidUtf8"), (6, None)]


def test_read_records_csv_rows_and_bad_rows(tmp_path):
    path = tmp_path / "in.csv"
    path.write_bytes(b"conversation_id,turn_index,speaker,text\nc1,0,agent,hello\nc1,1,customer\n"
                     b"c1,2,customer,\xff\n")
    records = list(read_records(str(path)))
    assert records[0].payload == {"conversation_id": "c1", "turn_index": "0", "speaker": "agent", "text": "hello"}
    assert [r.error_type for r in records[1:]] == ["CsvRowShape", "InvalidUtf8"]


def test_read_records_parquet_rows(tmp_path):
    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"conversation_id": ["a", "b"], "turns": [GOOD_TURNS, GOOD_TURNS]}), path)
    records = list(read_records(str(path)))
    assert [r.payload["conversation_id"] for r in records] == ["a", "b"]
    assert [r.position for r in records] == [1, 2]


@pytest.mark.parametrize("content", [b"PAR1 not really parquet", b""])
def test_read_records_corrupt_parquet_is_one_error_record(tmp_path, content):
    path = tmp_path / "bad.parquet"
    path.write_bytes(content)
    records = list(read_records(str(path)))
    assert len(records) == 1 and records[0].error_type is not None


def test_read_records_missing_file_is_error_record(tmp_path):
    records = list(read_records(str(tmp_path / "gone.jsonl")))
    assert len(records) == 1 and records[0].payload is None


def _utt(i, text="t", conversation="c1"):
    return Utterance(conversation, i, "agent" if i % 2 == 0 else "customer", text)


def test_group_utterances_orders_by_turn_index():
    conv = group_utterances("c1", [_utt(2, "c"), _utt(0, "a"), _utt(1, "b")], LIMITS)
    assert [t.text for t in conv.turns] == ["a", "b", "c"]


@pytest.mark.parametrize("utterances, error_type", [
    ([_utt(0), _utt(0)], "DuplicateTurnIndex"),
    ([_utt(0, ""), _utt(1, " ")], "EmptyConversation"),
    ([_utt(i) for i in range(4)], "LimitExceeded"),
])
def test_group_utterances_rejects(utterances, error_type):
    with pytest.raises(RecordError) as err:
        group_utterances("c1", utterances, LIMITS)
    assert err.value.error_type == error_type


def test_examples_malformed_file_counts():
    from tests.conftest import EXAMPLES

    records = [parse_record(r, LimitsConfig()) for r in read_records(str(EXAMPLES / "malformed.jsonl"))]
    dead = [r for r in records if isinstance(r, DeadLetter)]
    assert len(dead) == 6 and len(records) - len(dead) == 2
    assert json.dumps([d.detail for d in dead])  # details are plain strings


@pytest.mark.parametrize("data, expected", [
    (b'{"a": 1}', [None]),
    (b'{"n": ' + b"9" * 5000 + b'}\n{"b": 2}', ["InvalidJson", None]),
    (b"\xff\n[1]", ["InvalidUtf8", "NotAnObject"]),
])
def test_decode_message_shares_the_file_decoder(data, expected):
    from pipeline.beam.sources import decode_message

    assert [r.error_type for r in decode_message(data, "pubsub")] == expected
