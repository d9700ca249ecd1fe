"""The consent filter of the Beam jobs: conversations of refusing customers are dropped before detection.

Bounded input joins the registry with a ``CoGroupByKey`` on ``customer_id``, so a registry of any size
is spread across workers and never has to fit in one worker's memory. Unbounded input (the streaming
job) reads the latest state per customer as a side input (a registry read once at start). A refused
conversation is counted as ``dropped.<reason>`` and goes no further: never analyzed, never written.
"""
from __future__ import annotations

import logging
from typing import Iterable

import apache_beam as beam
from apache_beam.io import fileio

from pipeline.beam.dofns import count
from pipeline.privacy.consent import ConsentPolicy, ConsentRecord, read_registry
from pipeline.config.controls import ConsentConfig
from pipeline.records import Conversation

logger = logging.getLogger(__name__)

TAG_NO_CUSTOMER = "no_customer"
UNRECOGNIZED_PREFIX = "consent_state."
MODE_AUTO, MODE_JOIN, MODE_SIDE_INPUT = "auto", "join", "side_input"


class ReadRegistryFile(beam.DoFn):
    """A registry file path in, ``(customer_id, ConsentRecord)`` out; an unreadable file fails the job."""

    def process(self, path: str) -> Iterable[tuple[str, ConsentRecord]]:
        for record in read_registry(path):
            count("consent.registry_rows")
            yield record.customer_id, record


def _decide(policy: ConsentPolicy, conversation: Conversation, record: ConsentRecord | None):
    reason = policy.decide(conversation.customer_id, record)
    count("consent.checked")
    if reason is None:
        yield conversation
        return
    count(f"dropped.{reason}")
    label = policy.unrecognized(record) if conversation.customer_id else None
    if label is not None:  # why they were excluded: the state's name (capped, letters only), never free text
        count(f"{UNRECOGNIZED_PREFIX}{label}")


class _KeyByCustomer(beam.DoFn):
    def process(self, conversation: Conversation):
        if conversation.customer_id:
            yield conversation.customer_id, conversation
        else:
            yield beam.pvalue.TaggedOutput(TAG_NO_CUSTOMER, conversation)


class _DecideMissingId(beam.DoFn):
    def __init__(self, policy: ConsentPolicy) -> None:
        self._policy = policy

    def process(self, conversation: Conversation):
        yield from _decide(self._policy, conversation, None)


class _DecideJoined(beam.DoFn):
    """One customer's registry rows and conversations (from the CoGroupByKey) -> allowed conversations."""

    def __init__(self, policy: ConsentPolicy) -> None:
        self._policy = policy

    def process(self, joined):
        _, groups = joined
        record = self._policy.latest(groups["registry"])
        for conversation in groups["conversations"]:
            yield from _decide(self._policy, conversation, record)


class _DecideSideInput(beam.DoFn):
    def __init__(self, policy: ConsentPolicy) -> None:
        self._policy = policy

    def process(self, keyed, registry):
        customer_id, conversation = keyed
        yield from _decide(self._policy, conversation, registry.get(customer_id))


class FilterConsent(beam.PTransform):
    """Conversations -> the conversations whose customers allow AI training (registry per config).

    Args:
        config: The ``consent:`` section; ``registry`` names a file or glob (CSV, JSONL, Parquet).
        mode: ``auto`` (join when the input is bounded, side input when not), ``join`` or ``side_input``.
    """

    def __init__(self, config: ConsentConfig, mode: str = MODE_AUTO) -> None:
        super().__init__()
        if not config.registry:
            raise ValueError("FilterConsent needs consent.registry")
        self._config = config
        self._mode = mode

    def expand(self, conversations):
        policy = ConsentPolicy.from_config(self._config)
        registry = (conversations.pipeline
                    | "MatchRegistry" >> fileio.MatchFiles(self._config.registry)
                    | "RegistryPaths" >> beam.Map(lambda m: m.path)
                    | "ReadRegistry" >> beam.ParDo(ReadRegistryFile()))
        split = conversations | "KeyByCustomer" >> beam.ParDo(_KeyByCustomer()).with_outputs(
            TAG_NO_CUSTOMER, main="keyed")
        missing = split[TAG_NO_CUSTOMER] | "DecideMissingId" >> beam.ParDo(_DecideMissingId(policy))
        mode = self._mode
        if mode == MODE_AUTO:
            mode = MODE_JOIN if conversations.is_bounded else MODE_SIDE_INPUT
        if mode == MODE_JOIN:
            allowed = ({"conversations": split.keyed, "registry": registry}
                       | "JoinRegistry" >> beam.CoGroupByKey()
                       | "DecideJoined" >> beam.ParDo(_DecideJoined(policy)))
        else:
            latest = (registry
                      | "GroupRegistry" >> beam.GroupByKey()
                      | "Latest" >> beam.Map(lambda kv: (kv[0], policy.latest(kv[1]))))
            allowed = split.keyed | "DecideSideInput" >> beam.ParDo(
                _DecideSideInput(policy), registry=beam.pvalue.AsDict(latest))
        return (allowed, missing) | "AllowedConversations" >> beam.Flatten()
