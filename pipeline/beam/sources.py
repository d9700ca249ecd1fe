"""Streaming sources, selected by ``streaming.source``: watched folder, Google Pub/Sub, Kafka.

Each source ends in the same thing: a PCollection of ``RawRecord`` (the batch readers' record type),
so parsing, grouping, redaction and the sinks are the batch job's. Pub/Sub and Kafka messages hold
one JSON record each (or several as JSON lines); a message that is not valid JSON becomes a dead
letter, never an exception. Pub/Sub needs Google Cloud (or its emulator) and runs on Dataflow or
the local runner; Kafka is Beam's cross-language ``ReadFromKafka`` and needs Java (or a running
expansion service).
"""
from __future__ import annotations

import logging
from typing import Any, Iterator

import apache_beam as beam

from pipeline.beam import dofns
from pipeline.beam.watch import WatchFolder, WatchSpec
from pipeline.io.readers import RawRecord, json_lines
from pipeline.config.streaming import SOURCE_KAFKA, SOURCE_PUBSUB, SOURCE_WATCH, StreamingConfig

logger = logging.getLogger(__name__)

_KAFKA_TIME_POLICIES = {"processing": "ProcessingTime", "create": "CreateTime", "log_append": "LogAppendTime"}


def decode_message(data: bytes, source: str) -> Iterator[RawRecord]:
    """The records of one message: a JSON object per non-empty line; errors as error records."""
    return json_lines(data.splitlines(), source, unit="message")


def _message_parts(message: Any, default_source: str) -> tuple[bytes | None, str]:
    """(payload bytes, source label) of a Pub/Sub message, a Kafka (key, value) pair or raw bytes."""
    if isinstance(message, (bytes, bytearray)):
        return bytes(message), default_source
    if isinstance(message, tuple) and len(message) == 2:  # Kafka without metadata: (key, value)
        return message[1], default_source
    data = getattr(message, "data", None)  # PubsubMessage
    if data is not None:
        message_id = getattr(message, "message_id", None)
        return data, f"{default_source}#{message_id}" if message_id else default_source
    value = getattr(message, "value", None)  # Kafka record with metadata
    if value is not None:
        where = f"{getattr(message, 'topic', '')}/{getattr(message, 'partition', '')}@{getattr(message, 'offset', '')}"
        return value, f"{default_source}:{where}"
    return None, default_source


class DecodeMessages(beam.DoFn):
    """Messages (Pub/Sub, Kafka or raw bytes) in, ``RawRecord`` out; undecodable ones as error records."""

    def __init__(self, source_label: str) -> None:
        self._label = source_label

    def process(self, message):
        data, source = _message_parts(message, self._label)
        count = 0
        if data is None:
            yield RawRecord(source, None, error_type="EmptyMessage", detail="message has no payload")
            return
        for raw in decode_message(data, source):
            count += 1
            dofns.count("records_read")
            yield raw
        dofns.count("messages_read")
        if count == 0:
            yield RawRecord(source, None, error_type="EmptyMessage", detail="message has no record")


def _pubsub(p, settings) -> beam.PCollection:
    from apache_beam.io.gcp.pubsub import ReadFromPubSub

    read = ReadFromPubSub(subscription=settings.subscription,
                          topic=None if settings.subscription else settings.topic,
                          with_attributes=True, timestamp_attribute=settings.timestamp_attribute)
    label = f"pubsub:{settings.subscription or settings.topic}"
    return p | "ReadPubSub" >> read | "DecodeMessages" >> beam.ParDo(DecodeMessages(label))


def _kafka(p, settings) -> beam.PCollection:
    from apache_beam.io.kafka import ReadFromKafka

    consumer = {"bootstrap.servers": settings.bootstrap_servers, **settings.consumer_config}
    kwargs = {"consumer_config": consumer, "topics": list(settings.topics),
              "timestamp_policy": _KAFKA_TIME_POLICIES[settings.event_time]}
    if settings.expansion_service:
        kwargs["expansion_service"] = settings.expansion_service
    label = f"kafka:{','.join(settings.topics)}"
    return p | "ReadKafka" >> ReadFromKafka(**kwargs) | "DecodeMessages" >> beam.ParDo(DecodeMessages(label))


def _watch(p, spec: WatchSpec) -> beam.PCollection:
    return (p
            | "WatchFolder" >> WatchFolder(spec)  # keyed by path: already spread over workers
            | "ReadRecords" >> beam.ParDo(dofns.ReadFileRecords()))


def read_raw_records(p, streaming: StreamingConfig, watch: WatchSpec | None = None) -> beam.PCollection:
    """The configured source's records as ``RawRecord`` (``watch`` is required for the folder source)."""
    if streaming.source == SOURCE_WATCH:
        if watch is None:
            raise ValueError("the watch source needs a WatchSpec (input folder)")
        return _watch(p, watch)
    if streaming.source == SOURCE_PUBSUB:
        return _pubsub(p, streaming.pubsub)
    if streaming.source == SOURCE_KAFKA:
        return _kafka(p, streaming.kafka)
    raise ValueError(f"unknown streaming.source {streaming.source!r}")
