"""Tests for pipeline.privacy.reidentify: token round trip, wrong key, Parquet and CLI."""
from __future__ import annotations

import argparse
import logging

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.privacy.keys import KEY_ENV_VAR, PseudonymKey
from pipeline.redaction.operators import RedactionPolicy, ValueToReplace, plan_replacements
from pipeline.privacy.encryption import encrypt_value
from pipeline.cli.reidentify import add_reidentify_command
from pipeline.privacy.reidentify import ReidentifyError, reidentify_parquet, reidentify_text

KEY = PseudonymKey(b"\x06" * 32)
WRONG = PseudonymKey(b"\x07" * 32)
ENCRYPT_ALL = RedactionPolicy(default_operator="encrypt", operators={"PERSON": "encrypt", "US_SSN": "encrypt"})


def enc(value: str, etype: str = "PERSON", key: PseudonymKey = KEY) -> str:
    return plan_replacements([ValueToReplace(value, etype, 0)], ENCRYPT_ALL, key, "c1")[0].text


@pytest.mark.parametrize("value, etype", [
    ("Priya Raghunathan", "PERSON"), ("123-45-6789", "US_SSN"), ("Zoë Ñúñez 🙂", "PERSON"), ("x", "NEW_TYPE"),
])
def test_reidentify_text_round_trip(value, etype):
    text = f"my id is {enc(value, etype)}."
    assert value not in text and reidentify_text(text, KEY) == f"my id is {value}."


@pytest.mark.parametrize("text", ["no tokens here", "<ENC:not a token>", "<PERSON_1> and <PERSON:abcdef12>", ""])
def test_reidentify_text_leaves_other_text_alone(text):
    assert reidentify_text(text, KEY) == text


def test_reidentify_wrong_key_fails_cleanly():
    token = enc("Priya")
    with pytest.raises(ReidentifyError, match="different key") as info:
        reidentify_text(token, WRONG)
    assert "Priya" not in str(info.value)


@pytest.mark.parametrize("mutate, message", [
    (lambda t: t.replace("<ENC:PERSON:", "<ENC:US_SSN:"), "authentication"),
    (lambda t: t[:-6] + ("A" if t[-6] != "A" else "B") + t[-5:], "authentication"),
    (lambda t: t[:40] + ">", "truncated|base64|authentication"),
])
def test_reidentify_tampered_token_fails(mutate, message):
    with pytest.raises(ReidentifyError, match=message):
        reidentify_text(mutate(enc("Priya Raghunathan")), KEY)


def test_encrypt_value_same_scope_same_token_other_scope_differs():
    assert encrypt_value("a", "PERSON", KEY, b"s1") == encrypt_value("a", "PERSON", KEY, b"s1")
    assert encrypt_value("a", "PERSON", KEY, b"s1") != encrypt_value("a", "PERSON", KEY, b"s2")


def _write_training(path, rows):
    schema = pa.schema([("conversation_id", pa.string()),
                        ("messages", pa.list_(pa.struct([("role", pa.string()), ("content", pa.string())])))])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return schema


def test_reidentify_parquet_decrypts_messages_and_keeps_schema(tmp_path):
    rows = [{"conversation_id": "c1", "messages": [{"role": "user", "content": f"I am {enc('Priya')}"},
                                                   {"role": "assistant", "content": None}]},
            {"conversation_id": "c2", "messages": []}]
    schema = _write_training(tmp_path / "in.parquet", rows)
    n = reidentify_parquet(tmp_path / "in.parquet", tmp_path / "out.parquet", KEY)
    out = pq.read_table(tmp_path / "out.parquet")
    assert n == 2 and out.schema == schema
    assert out.to_pylist()[0]["messages"][0]["content"] == "I am Priya"


def test_reidentify_cli_wrong_key_writes_nothing(tmp_path, monkeypatch, caplog):
    _write_training(tmp_path / "in.parquet", [{"conversation_id": "c", "messages": [
        {"role": "user", "content": enc("Priya")}]}])
    keyfile = tmp_path / "k"
    keyfile.write_text("07" * 32)
    keyfile.chmod(0o600)
    monkeypatch.delenv(KEY_ENV_VAR, raising=False)
    parser = argparse.ArgumentParser()
    add_reidentify_command(parser.add_subparsers())
    args = parser.parse_args(["reidentify", "--input", str(tmp_path / "in.parquet"), "--output",
                              str(tmp_path / "out.parquet"), "--key-file", str(keyfile)])
    with caplog.at_level(logging.ERROR):
        assert args.func(args) == 1
    assert not (tmp_path / "out.parquet").exists() and "Priya" not in caplog.text
    keyfile.write_text("06" * 32)
    assert args.func(args) == 0
    assert pq.read_table(tmp_path / "out.parquet").to_pylist()[0]["messages"][0]["content"] == "Priya"


def test_reidentify_cli_refuses_random_key(tmp_path, monkeypatch):
    monkeypatch.delenv(KEY_ENV_VAR, raising=False)
    parser = argparse.ArgumentParser()
    add_reidentify_command(parser.add_subparsers())
    args = parser.parse_args(["reidentify", "--input", "x.parquet", "--output", str(tmp_path / "o.parquet")])
    assert args.func(args) == 2
