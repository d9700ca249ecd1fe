"""Tests for pipeline.privacy.keys: loading, fingerprint, secrecy in repr/logs, pickling."""
from __future__ import annotations

import base64
import logging
import pickle

import pytest

from pipeline.privacy import keys as K
from pipeline.privacy.keys import PseudonymKey, PseudonymKeyError, load_key, parse_key_text

HEX_A = "a1" * 32
HEX_B = "b2" * 32


@pytest.mark.parametrize("text", [
    HEX_A, HEX_A.upper(), f"  {HEX_A}\n",
    base64.b64encode(bytes.fromhex(HEX_A)).decode(),
    base64.urlsafe_b64encode(bytes.fromhex(HEX_A)).decode().rstrip("="),
])
def test_parse_key_text_accepts_hex_and_base64(text):
    assert parse_key_text(text, source="t") == PseudonymKey(bytes.fromhex(HEX_A))


@pytest.mark.parametrize("text, message", [
    ("", "empty"), ("   ", "empty"), ("ab" * 8, "at least 32"), ("not a key!!", "neither hex nor base64"),
])
def test_parse_key_text_rejects_bad_keys_without_echoing_them(text, message):
    with pytest.raises(PseudonymKeyError, match=message) as info:
        parse_key_text(text, source="t")
    if text.strip():
        assert text.strip() not in str(info.value)


def test_load_key_reads_environment():
    key = load_key(environ={K.KEY_ENV_VAR: HEX_A})
    assert key == PseudonymKey(bytes.fromhex(HEX_A)) and not key.is_random


def test_load_key_reads_key_file(tmp_path):
    path = tmp_path / "k"
    path.write_text(HEX_A)
    path.chmod(0o600)
    assert load_key(str(path), environ={}) == PseudonymKey(bytes.fromhex(HEX_A))


def test_load_key_warns_about_group_readable_key_file(tmp_path, caplog):
    path = tmp_path / "k"
    path.write_text(HEX_A)
    path.chmod(0o644)
    with caplog.at_level(logging.WARNING, logger="pipeline.privacy.keys"):
        load_key(str(path), environ={})
    assert "chmod 600" in caplog.text and HEX_A not in caplog.text


def test_load_key_rejects_conflicting_sources(tmp_path):
    path = tmp_path / "k"
    path.write_text(HEX_B)
    with pytest.raises(PseudonymKeyError, match="different keys"):
        load_key(str(path), environ={K.KEY_ENV_VAR: HEX_A})
    path.write_text(HEX_A)
    assert load_key(str(path), environ={K.KEY_ENV_VAR: HEX_A}) == PseudonymKey(bytes.fromhex(HEX_A))


def test_load_key_missing_file_is_a_clean_error(tmp_path):
    with pytest.raises(PseudonymKeyError, match="cannot read"):
        load_key(str(tmp_path / "nope"), environ={})


def test_load_key_random_is_warned_once(monkeypatch, caplog):
    monkeypatch.setattr(K, "_random_key_warned", False)
    with caplog.at_level(logging.WARNING, logger="pipeline.privacy.keys"):
        first, second = load_key(environ={}), load_key(environ={})
    assert first.is_random and second.is_random and first != second
    assert caplog.text.count("pseudonyms hold only within this run") == 1


def test_load_key_refuses_random_when_not_allowed():
    with pytest.raises(PseudonymKeyError, match="no pseudonym key"):
        load_key(environ={}, allow_random=False)


def test_key_repr_and_str_hide_the_secret():
    key = PseudonymKey(bytes.fromhex(HEX_A))
    for shown in (repr(key), str(key), f"{key}", repr([key])):
        assert HEX_A not in shown.lower() and "a1a1" not in shown.lower()
        assert key.fingerprint in shown


def test_key_fingerprint_changes_with_key_and_is_stable():
    a, b = PseudonymKey(bytes.fromhex(HEX_A)), PseudonymKey(bytes.fromhex(HEX_B))
    assert a.fingerprint != b.fingerprint
    assert a.fingerprint == PseudonymKey(bytes.fromhex(HEX_A)).fingerprint
    assert len(a.fingerprint) == K.FINGERPRINT_HEX_CHARS and a.fingerprint not in HEX_A


def test_key_pickle_round_trip_keeps_subkeys():
    key = PseudonymKey(bytes.fromhex(HEX_A))
    clone = pickle.loads(pickle.dumps(key))
    assert clone == key and clone.subkey("surrogate") == key.subkey("surrogate")


def test_key_subkeys_are_independent():
    key = PseudonymKey(bytes.fromhex(HEX_A))
    assert len({key.subkey(p) for p in ("surrogate", "hash", "encrypt", "date_shift")}) == 4


def test_write_key_file_is_private_and_refuses_overwrite(tmp_path):
    path = tmp_path / "new.key"
    key = K.write_key_file(path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert load_key(str(path), environ={}) == key
    with pytest.raises(PseudonymKeyError, match="exists"):
        K.write_key_file(path)
