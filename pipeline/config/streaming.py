"""The ``streaming:`` section of the job config: source, windows, conversation state, late data.

Kept apart from ``pipeline.config.models`` (which imports it) so the batch job's models stay small. Every
knob is commented in ``configs/streaming.yaml``; durations are seconds.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SOURCE_WATCH = "watch"
SOURCE_PUBSUB = "pubsub"
SOURCE_KAFKA = "kafka"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WatchSourceConfig(_Section):
    """A watched folder (local or any Beam filesystem): each new file is read exactly once."""

    input_dir: str | None = Field(None, description="folder to watch; --input-dir overrides it")
    pattern: str = Field("*", description="glob of file names inside input_dir")
    poll_interval_seconds: float = Field(2.0, gt=0, le=3600, description="seconds between folder listings")
    min_file_age_seconds: float = Field(
        1.0, ge=0, description="a file is read only once its modification time is this old (still being written)")


class PubSubSourceConfig(_Section):
    """Google Cloud Pub/Sub: one JSON record (or JSON lines) per message."""

    subscription: str | None = Field(None, description="projects/<p>/subscriptions/<s> (preferred)")
    topic: str | None = Field(None, description="projects/<p>/topics/<t> (a temporary subscription is made)")
    timestamp_attribute: str | None = Field(
        None, description="message attribute holding the event time; default: the publish time")


class KafkaSourceConfig(_Section):
    """Apache Kafka through Beam's cross-language ReadFromKafka (needs Java or an expansion service)."""

    bootstrap_servers: str | None = Field(None, description="host:port[,host:port]")
    topics: tuple[str, ...] = Field((), description="topics to read")
    consumer_config: dict[str, str] = Field(
        default_factory=dict, description="extra Kafka consumer properties (e.g. group.id, auto.offset.reset)")
    event_time: Literal["processing", "create", "log_append"] = Field(
        "processing", description="element timestamp: read time, producer CreateTime or broker LogAppendTime")
    expansion_service: str | None = Field(
        None, description="host:port of a running Java expansion service; default: Beam starts one (needs Java)")


class StreamingConfig(_Section):
    """Streaming job settings (``pii-pipeline stream``)."""

    source: Literal["watch", "pubsub", "kafka"] = Field(SOURCE_WATCH, description="where events come from")
    window_seconds: int = Field(60, ge=1, le=86_400, description="length of a training-output window")
    conversation_gap_seconds: int = Field(
        300, ge=1, description="an utterance conversation closes after this much event time without a new turn")
    closed_retention_seconds: int = Field(
        3_600, ge=0, description="how long a closed conversation id is remembered to dead-letter late turns")
    watch: WatchSourceConfig = WatchSourceConfig()
    pubsub: PubSubSourceConfig = PubSubSourceConfig()
    kafka: KafkaSourceConfig = KafkaSourceConfig()

    @model_validator(mode="after")
    def _source_settings(self) -> "StreamingConfig":
        if self.source == SOURCE_PUBSUB and not (self.pubsub.subscription or self.pubsub.topic):
            raise ValueError("source pubsub needs pubsub.subscription or pubsub.topic")
        if self.source == SOURCE_KAFKA and not (self.kafka.bootstrap_servers and self.kafka.topics):
            raise ValueError("source kafka needs kafka.bootstrap_servers and kafka.topics")
        return self
