"""Data minimization: only allow-listed metadata reaches training output; customer ids only as keyed refs."""
import copy
import json

import apache_beam as beam
import pytest
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.beam import dofns
from pipeline.beam.transforms import RedactTranscripts
from pipeline.privacy.hashing import customer_ref
from pipeline.privacy.keys import parse_key_text
from pipeline.redaction.process import process_batch, training_rows
from pipeline.records import Conversation, Turn

CUSTOMER = "cust-canary-4242"


def _conv(metadata, customer=CUSTOMER):
    return Conversation("min-1", (Turn("customer", "I need help with my bill."),
                                  Turn("agent", "Sure, happy to help.")),
                        customer_id=customer, channel="chat", metadata=metadata)


def _with_allowlist(redactor, allowlist):
    r = copy.copy(redactor)
    r.config = redactor.config.model_copy(
        update={"output": redactor.config.output.model_copy(update={"metadata_allowlist": tuple(allowlist)})})
    return r


@pytest.mark.parametrize("layout", ["conversation", "utterance"])
@pytest.mark.parametrize("metadata, allowlist, expected", [
    ({"queue": "billing", "agent_team": "emea-2", "email": "x@y.z"}, ["queue"], {"queue": "billing"}),
    ({"queue": "billing", "csat": "5"}, ["queue", "csat"], {"queue": "billing", "csat": "5"}),
    ({"agent_team": "emea-2"}, ["queue"], {}),
    ({"queue": "billing"}, [], {}),
    ({}, ["queue"], {}),
])
def test_training_rows_metadata_allowlist_honoured(redactor, layout, metadata, allowlist, expected):
    r = _with_allowlist(redactor, allowlist)
    [processed] = process_batch(r, [_conv(metadata)])
    for row in training_rows(processed, r, layout, "test"):
        assert json.loads(row["metadata"]) == expected


@pytest.mark.parametrize("customer", [CUSTOMER, "42", "a@b.c"])
def test_training_rows_customer_id_only_as_keyed_ref(redactor, test_key, customer):
    [processed] = process_batch(redactor, [_conv({}, customer)])
    [row] = training_rows(processed, redactor, "conversation", "test")
    assert customer not in repr(row)
    assert row["customer_ref"] == customer_ref(test_key, customer)
    assert row["customer_ref"] != customer_ref(parse_key_text("7a" * 32, source="other"), customer)


def test_training_rows_no_customer_id_no_ref(redactor):
    [processed] = process_batch(redactor, [_conv({}, None)])
    assert training_rows(processed, redactor, "conversation", "test")[0]["customer_ref"] is None


def test_redact_transcripts_counts_dropped_metadata_keys(default_config, test_key_source):
    config = default_config.model_copy(update={
        "output": default_config.output.model_copy(update={"metadata_allowlist": ("queue",)})})
    convs = [_conv({"queue": "a", "agent_team": "b", "region": "c"}), _conv({"queue": "a"}, None)]
    p = TestPipeline()
    out = p | beam.Create(convs) | RedactTranscripts(config, test_key_source, "test")
    leaks = (out["training"] | beam.Map(repr)
             | beam.Filter(lambda s: CUSTOMER in s or "agent_team" in s or "region" in s))
    assert_that(leaks, equal_to([]))
    result = p.run()
    result.wait_until_finish()
    counters = {c.key.metric.name: c.committed for c in
                result.metrics().query(MetricsFilter().with_namespace(dofns.NAMESPACE))["counters"]}
    assert counters["minimization.metadata_keys_dropped"] == 2
    assert counters["minimization.conversations_with_metadata_dropped"] == 1
    assert counters["minimization.customer_ids_pseudonymized"] == 1
