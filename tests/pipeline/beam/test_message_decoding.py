"""Real Pub/Sub and Kafka messages, shaped as those IOs deliver them, through the decoding path to
conversations: payload bytes, attributes, message ids, Kafka (key, value) pairs and metadata records."""
from __future__ import annotations

import json

import apache_beam as beam
from apache_beam.io.gcp.pubsub import PubsubMessage
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.utils.timestamp import Timestamp

from pipeline.beam import dofns
from pipeline.beam.sources import DecodeMessages, _message_parts
from pipeline.config.models import LimitsConfig

TURN = {"conversation_id": "conv-7", "customer_id": "cust-1",
        "turns": [{"speaker": "customer", "text": "hi, I need help"}, {"speaker": "agent", "text": "sure"}]}
UTTERANCE = {"conversation_id": "conv-8", "turn_index": 0, "speaker": "customer", "text": "hello"}


def _payload(*records) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")


def test_pubsub_message_parts_payload_and_id():
    message = PubsubMessage(_payload(TURN), {"origin": "ivr", "event_time": "2026-01-01T00:00:00Z"},
                            message_id="4561237890", publish_time=Timestamp(1_767_225_600))
    data, source = _message_parts(message, "pubsub:projects/p/subscriptions/s")
    assert json.loads(data) == TURN and source == "pubsub:projects/p/subscriptions/s#4561237890"


def test_kafka_message_parts_pairs_and_metadata():
    assert _message_parts((None, _payload(TURN)), "kafka:t") == (_payload(TURN), "kafka:t")
    assert _message_parts((b"conv-7", _payload(TURN)), "kafka:t") == (_payload(TURN), "kafka:t")
    record = beam.Row(topic="transcripts", partition=3, offset=1042, key=b"conv-7", value=_payload(TURN),
                      timestamp=1_767_225_600_000, headers=[])
    assert _message_parts(record, "kafka:transcripts") == (_payload(TURN), "kafka:transcripts:transcripts/3@1042")


def test_messages_decode_into_conversations_and_dead_letters():
    messages = [
        PubsubMessage(_payload(TURN, UTTERANCE), {"origin": "chat"}, message_id="m-1"),
        (b"conv-9", _payload({**TURN, "conversation_id": "conv-9"})),
        beam.Row(topic="t", partition=0, offset=7, key=None, value=b'{"conversation_id": "bad", "turns": 5}\n',
                 timestamp=0, headers=[]),
        PubsubMessage(b"\xff\xfe not utf-8", {}, message_id="m-2"),
        (b"k", b""),
    ]
    with beam.Pipeline(options=PipelineOptions(["--runner=FnApiRunner"])) as p:
        raw = p | beam.Create(messages) | beam.ParDo(DecodeMessages("src"))
        parsed = raw | beam.ParDo(dofns.ParseRecords(LimitsConfig())).with_outputs(
            dofns.TAG_DEAD, dofns.TAG_UTTERANCE, main="conversations")
        conversations = parsed.conversations | "Conv" >> beam.Map(
            lambda c: (c.conversation_id, c.customer_id, [t.text for t in c.turns], c.source))
        utterances = parsed[dofns.TAG_UTTERANCE] | "Utt" >> beam.Map(lambda kv: (kv[0], kv[1].text))
        dead = parsed[dofns.TAG_DEAD] | "Dead" >> beam.Map(lambda d: (d.source, d.error_type))
        assert_that(conversations, equal_to([
            ("conv-7", "cust-1", ["hi, I need help", "sure"], "src#m-1"),
            ("conv-9", "cust-1", ["hi, I need help", "sure"], "src")]), label="conversations")
        assert_that(utterances, equal_to([("conv-8", "hello")]), label="utterances")
        assert_that(dead, equal_to([("src:t/0@7", "WrongType"), ("src#m-2", "InvalidUtf8"),
                                    ("src", "EmptyMessage")]), label="dead")
