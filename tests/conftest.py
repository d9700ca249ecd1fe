"""Shared fixtures: one Redactor per test session (spaCy load is the expensive part), a fixed key."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
TEST_KEY_HEX = "5e" * 32  # a test-only key; real keys come from env or a key file


@pytest.fixture(scope="session")
def test_key():
    from pipeline.privacy.keys import parse_key_text

    return parse_key_text(TEST_KEY_HEX, source="test")


@pytest.fixture(scope="session")
def test_key_source(test_key):
    """The test key as Beam DoFns carry it: a reference (an owner-only temporary key file), never the key."""
    from pipeline.privacy.key_source import ephemeral_key_file

    with ephemeral_key_file(test_key) as source:
        yield source


@pytest.fixture(scope="session")
def default_config():
    from pipeline.config.models import load_config

    return load_config()


@pytest.fixture(scope="session")
def redactor(default_config, test_key):
    from pipeline.redaction.redactor import Redactor

    return Redactor(default_config, key=test_key)


@pytest.fixture()
def key_env(monkeypatch):
    """Run with PII_PIPELINE_KEY set to the test key."""
    monkeypatch.setenv("PII_PIPELINE_KEY", TEST_KEY_HEX)
    return TEST_KEY_HEX


def pytest_configure(config):
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def found_by_turn(redactor, turns: list[str], entity: str = "PERSON") -> list[list[str]]:
    """The text of each turn's findings of ``entity`` when ``turns`` (agent first, then alternating) are one call."""
    out = redactor.redact_conversation([{"speaker": "agent" if i % 2 == 0 else "customer", "text": t}
                                        for i, t in enumerate(turns)])
    return [[t[f.start:f.end] for f in o.findings if f.entity_type == entity] for t, o in zip(turns, out)]
