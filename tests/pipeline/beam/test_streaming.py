"""Streaming job: TestStream (watermarks, windows, late data, interleaved conversations) and pieces."""
from __future__ import annotations

import json

import apache_beam as beam
import pyarrow.parquet as pq
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_stream import TestStream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.window import IntervalWindow, TimestampedValue

from pipeline.beam.sessions import LATE_UTTERANCE
from pipeline.beam.sources import DecodeMessages, decode_message
from pipeline.beam.stream_graph import ParseEvents, StreamTranscripts, WriteWindowFiles, sink_for, window_label
from pipeline.beam.watch import is_candidate
from pipeline.io.readers import RawRecord
from pipeline.schema import DEAD_LETTER_SCHEMA
from pipeline.config.streaming import StreamingConfig

GAP = 30
WINDOW = 60


def _options():
    # TestStream with watermarks needs the bundle-based direct runner (streaming semantics).
    return PipelineOptions(["--runner=BundleBasedDirectRunner", "--streaming"])


def _utterance(cid, index, speaker, text):
    return RawRecord("events", index, {"conversation_id": cid, "turn_index": index, "speaker": speaker,
                                       "text": text})


def _conversation(cid, text):
    return RawRecord("events", 1, {"conversation_id": cid, "turns": [{"speaker": "customer", "text": text}]})


@pytest.fixture()
def stream_config(default_config):
    streaming = StreamingConfig(window_seconds=WINDOW, conversation_gap_seconds=GAP,
                                closed_retention_seconds=600)
    return default_config.model_copy(update={"streaming": streaming})


def test_sessions_interleaved_conversations_and_late_utterance(stream_config):
    events = (TestStream()
              .advance_watermark_to(0)
              .add_elements([TimestampedValue(_utterance("a", 0, "agent", "your name please?"), 1),
                             TimestampedValue(_utterance("b", 1, "customer", "second turn of b"), 2)])
              .add_elements([TimestampedValue(_utterance("a", 1, "customer", "it is ann lee"), 10),
                             TimestampedValue(_utterance("b", 0, "agent", "first turn of b"), 11)])
              .advance_watermark_to(100)  # both gaps (newest + 30 s) expired: both conversations close
              .add_elements([TimestampedValue(_utterance("a", 2, "customer", "one more thing"), 101)])
              .advance_watermark_to_infinity())
    with beam.Pipeline(options=_options()) as p:
        parsed = p | events | ParseEvents(stream_config)
        turns = parsed["conversations"] | "AllConv" >> beam.Flatten() | "Turns" >> beam.Map(
            lambda c: (c.conversation_id, tuple(t.text for t in c.turns)))
        dead = parsed["dead"] | "AllDead" >> beam.Flatten() | "Dead" >> beam.Map(lambda d: (d.record_id, d.stage, d.error_type))
        assert_that(turns, equal_to([("a", ("your name please?", "it is ann lee")),
                                     ("b", ("first turn of b", "second turn of b"))]), label="conversations")
        assert_that(dead, equal_to([("a", "group", LATE_UTTERANCE)]), label="late")


def test_sessions_gap_not_expired_keeps_waiting(stream_config):
    events = (TestStream()
              .add_elements([TimestampedValue(_utterance("a", 0, "agent", "hello"), 1)])
              .advance_watermark_to(20)  # 1 + 30 not reached: still open, the next turn joins
              .add_elements([TimestampedValue(_utterance("a", 1, "customer", "hi"), 25)])
              .advance_watermark_to(100)
              .advance_watermark_to_infinity())
    with beam.Pipeline(options=_options()) as p:
        parsed = p | events | ParseEvents(stream_config)
        sizes = parsed["conversations"] | beam.Flatten() | beam.Map(lambda c: (c.conversation_id, len(c.turns)))
        assert_that(sizes, equal_to([("a", 2)]))


def test_stream_transcripts_rows_per_window(stream_config, test_key_source):
    events = (TestStream()
              .add_elements([TimestampedValue(_conversation("c1", "call me on 07700 900123"), 5)])
              .advance_watermark_to(70)
              .add_elements([TimestampedValue(_conversation("c2", "fine thanks"), 75),
                             TimestampedValue(RawRecord("events", 3, error_type="InvalidJson"), 80)])
              .advance_watermark_to_infinity())
    with beam.Pipeline(options=_options()) as p:
        outputs = p | events | StreamTranscripts(stream_config, test_key_source, "test")
        # (id, window start), re-windowed globally for one exact comparison.
        ids = (outputs["training"] | "AllT" >> beam.Flatten()
               | "Ids" >> beam.Map(lambda r, w=beam.DoFn.WindowParam: (r["conversation_id"], int(w.start)))
               | "GlobalT" >> beam.WindowInto(beam.window.GlobalWindows()))
        dead = (outputs["dead_letter"] | "AllD" >> beam.Flatten()
                | "DeadTypes" >> beam.Map(lambda r, w=beam.DoFn.WindowParam: (r["error_type"], int(w.start)))
                | "GlobalD" >> beam.WindowInto(beam.window.GlobalWindows()))
        assert_that(ids, equal_to([("c1", 0), ("c2", 60)]), label="training")
        assert_that(dead, equal_to([("InvalidJson", 60)]), label="dead")


def test_write_window_files_one_complete_file_per_window(tmp_path):
    rows = [TimestampedValue({"record_id": f"r{i}", "source": "s", "position": i, "stage": "read",
                              "error_type": "X", "detail": "d", "pipeline_version": "v",
                              "config_fingerprint": "f"}, ts) for i, ts in enumerate((1, 2, 65))]
    with beam.Pipeline(options=_options()) as p:
        (p | beam.Create(rows) | beam.WindowInto(beam.window.FixedWindows(60))
         | beam.ParDo(WriteWindowFiles(str(tmp_path), DEAD_LETTER_SCHEMA, "dead_letter")))
    files = sorted(f.name for f in tmp_path.iterdir())
    assert [f.split("-")[1] for f in files] == ["19700101T000000Z", "19700101T000100Z"]
    assert sum(pq.read_table(tmp_path / f).num_rows for f in files) == 3
    assert pq.read_schema(tmp_path / files[0]).equals(DEAD_LETTER_SCHEMA)


@pytest.mark.parametrize("data, expected", [
    (b'{"conversation_id": "x", "text": "hi", "turn_index": 0}', [None]),
    (b'{"a": 1}\n\n{"b": 2}', [None, None]),
    (b"not json", ["InvalidJson"]),
    (b"[1, 2]", ["NotAnObject"]),
    (b"\xff\xfe", ["InvalidUtf8"]),
    (b"", []),
])
def test_decode_message_errors_are_records(data, expected):
    assert [r.error_type for r in decode_message(data, "pubsub:s")] == expected


def test_decode_messages_dofn_handles_pubsub_and_kafka_shapes():
    from apache_beam.io.gcp.pubsub import PubsubMessage

    messages = [PubsubMessage(json.dumps({"conversation_id": "p"}).encode(), {}, message_id="m1"),
                (b"key", b'{"conversation_id": "k"}'), b"", b"oops"]
    with beam.Pipeline(options=_options()) as p:
        out = (p | beam.Create(messages) | beam.ParDo(DecodeMessages("src"))
               | beam.Map(lambda r: (r.source, r.error_type)))
        assert_that(out, equal_to([("src#m1", None), ("src", None), ("src", "EmptyMessage"),
                                   ("src", "InvalidJson")]))


@pytest.mark.parametrize("path, expected", [
    ("/in/a.jsonl", True), ("gs://b/in/a.parquet", True), ("/in/a.csv", True),
    ("/in/.a.jsonl", False), ("/in/_tmp.jsonl", False), ("/in/a.jsonl.tmp", False), ("/in/a.txt", False),
])
def test_is_candidate_skips_hidden_temporary_and_unsupported(path, expected):
    assert is_candidate(path) is expected


def test_window_label_names_the_window():
    assert window_label(IntervalWindow(0, 60)) == "19700101T000000Z-19700101T000100Z"
    assert window_label(beam.window.GlobalWindow()) == "global"


@pytest.mark.parametrize("name, ok", [("training", True), ("audit", True), ("dead_letter", True),
                                      ("review", True), ("audio", True), ("unknown", False)])
def test_sink_for_known_outputs_only(default_config, tmp_path, name, ok):
    if ok:
        assert sink_for(name, default_config, str(tmp_path))[0]
    else:
        with pytest.raises(ValueError, match="no streaming sink"):
            sink_for(name, default_config, str(tmp_path))


@pytest.mark.parametrize("data, ok", [
    ({}, True), ({"source": "pubsub", "pubsub": {"subscription": "projects/p/subscriptions/s"}}, True),
    ({"source": "pubsub"}, False), ({"source": "kafka", "kafka": {"bootstrap_servers": "h:9092"}}, False),
    ({"source": "kafka", "kafka": {"bootstrap_servers": "h:9092", "topics": ["t"]}}, True),
    ({"window_seconds": 0}, False), ({"source": "files"}, False),
])
def test_streaming_config_validation(data, ok):
    from pydantic import ValidationError

    if ok:
        StreamingConfig.model_validate(data)
    else:
        with pytest.raises(ValidationError):
            StreamingConfig.model_validate(data)


def test_kafka_source_needs_its_expansion_service(default_config):
    """The Kafka source is Beam's cross-language ReadFromKafka: building it calls the expansion service,
    which is not running here: exactly that connection fails (not any other error)."""
    import grpc

    from pipeline.beam.sources import read_raw_records

    kafka = StreamingConfig.model_validate({"source": "kafka", "kafka": {
        "bootstrap_servers": "localhost:9092", "topics": ["t"], "expansion_service": "localhost:1"}})
    with pytest.raises(grpc.RpcError) as err:
        read_raw_records(beam.Pipeline(options=_options()), kafka)
    assert err.value.code() == grpc.StatusCode.UNAVAILABLE


def test_pubsub_source_graph_reads_and_decodes(default_config):
    """The Pub/Sub source reads the configured subscription with attributes and ends in DecodeMessages
    (building it needs no Google client; running it does)."""
    from apache_beam.io.gcp.pubsub import ReadFromPubSub

    from pipeline.beam.sources import read_raw_records

    pubsub = StreamingConfig.model_validate({"source": "pubsub", "pubsub": {
        "subscription": "projects/my-project/subscriptions/s"}})
    p = beam.Pipeline(options=_options())
    records = read_raw_records(p, pubsub)
    assert records.producer.full_label == "DecodeMessages"
    read = next(t.transform for t in p.transforms_stack[0].parts if t.full_label == "ReadPubSub")
    assert isinstance(read, ReadFromPubSub)
    assert read.with_attributes and read._source.full_subscription == "projects/my-project/subscriptions/s"


def _write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return str(path)


def test_micro_batches_hold_open_conversations_then_dead_letter_late_turns(stream_config, test_key_source, tmp_path):
    """The local loop's bounded runs: a conversation spanning micro-batches stays whole; after it
    closes, a later turn is a LateUtterance dead letter; each file is read once; accounting holds."""
    from pipeline.beam.microbatch import STATE_FILE, LoopSettings, MicroBatchLoop, StreamState
    from pipeline.reporting.report import check_accounting, counts_from_counters

    out, inbox = tmp_path / "out", tmp_path / "in"
    inbox.mkdir()
    turn = lambda i, text: {"conversation_id": "x", "turn_index": i, "speaker": "customer", "text": text}  # noqa: E731
    first = _write_jsonl(inbox / "a.jsonl", [turn(0, "hello"), turn(1, "my name is Ann Lee")])
    second = _write_jsonl(inbox / "b.jsonl", [turn(2, "thanks Ann"),
                                               {"conversation_id": "c", "turns": [{"text": "hi"}]}])
    late = _write_jsonl(inbox / "c.jsonl", [turn(3, "one more thing")])
    loop = MicroBatchLoop(str(out), stream_config, test_key_source, "test", LoopSettings(str(inbox / "*"), 1, 0))
    state, t0, totals = StreamState(), 1_000_000.0, {}

    def batch(new, now, final=False):
        counters, _ = loop._run_batch(state, new, now, final)
        for k, v in counters.items():
            totals[k] = totals.get(k, 0) + v

    batch([first], t0)
    assert set(state.open) == {"x"} and not list((out / "training").glob("*.parquet"))  # held, not written
    batch([second], t0 + 5)  # gap (30 s) not expired: still held, now from two files; "c" is written
    assert state.open["x"]["sources"] == sorted([first, second])
    batch([], t0 + 5 + GAP + 1)  # gap expired: x closes with all three turns
    assert not state.open and "x" in state.closed
    batch([late], t0 + 100)
    assert StreamState.load(str(out / STATE_FILE)).files.keys() == {first, second, late}
    rows = [r for f in (out / "training").glob("*.parquet") for r in pq.read_table(f).to_pylist()]
    assert sorted(r["conversation_id"] for r in rows) == ["c", "x"]
    assert len(next(r for r in rows if r["conversation_id"] == "x")["messages"]) == 3  # one whole conversation
    dead = [r for f in (out / "dead_letter").glob("*.parquet") for r in pq.read_table(f).to_pylist()]
    assert [d["error_type"] for d in dead] == [LATE_UTTERANCE]
    counts = counts_from_counters(totals)
    assert counts["utterances_read"] == 4 and totals["files_seen"] == 3
    assert counts["read"] == 3 and counts["written"] == 2
    check_accounting(counts)
