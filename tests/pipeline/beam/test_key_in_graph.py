"""The pseudonym key never travels in the job graph: DoFns hold a KeySource and load the key in setup()."""
from __future__ import annotations

import base64
import bz2
import os
import pickle
import stat
import zlib

import apache_beam as beam
import pytest
from apache_beam.portability import common_urns
from apache_beam.portability.api import beam_runner_api_pb2

from pipeline.beam.batch import OutputPaths, build_batch_pipeline, run_batch
from pipeline.beam.dofns import RedactConversations
from pipeline.beam.options import beam_options
from pipeline.beam.worker_key import worker_key_source
from pipeline.privacy.key_source import KeySource, ephemeral_key_file, source_of
from pipeline.privacy.keys import PseudonymKey, PseudonymKeyError, load_key, parse_key_text

KEY_HEX = "c3" * 16 + "7a" * 16


def _forms(secret: bytes) -> list[bytes]:
    hexed = secret.hex()
    b64 = base64.b64encode(secret)
    return [secret, hexed.encode(), hexed.upper().encode(), b64, base64.urlsafe_b64encode(secret),
            b64.rstrip(b"=")]


def _unpickled_payloads(blob: bytes) -> list[bytes]:
    """Beam's pickled payloads: base64 of zlib- or bz2-compressed pickle bytes; returns them decoded."""
    try:
        compressed = base64.b64decode(blob, validate=True)
    except ValueError:
        return []
    for decompress in (zlib.decompress, bz2.decompress):
        try:
            return [decompress(compressed)]
        except (zlib.error, OSError, ValueError):
            continue
    return []


def _graph_blobs(p: beam.Pipeline) -> list[bytes]:
    """The serialized pipeline proto and every DoFn payload in it, decompressed."""
    proto = p.to_runner_api()
    blobs = [proto.SerializeToString()]
    for transform in proto.components.transforms.values():
        spec = transform.spec
        blobs.append(spec.payload)
        if spec.urn == common_urns.primitives.PAR_DO.urn:
            payload = beam_runner_api_pb2.ParDoPayload.FromString(spec.payload)
            blobs.extend(_unpickled_payloads(payload.do_fn.payload))
    return blobs


def _secret(key: PseudonymKey) -> bytes:
    return bytes.fromhex(key._secret_hex())


def _batch_graph(tmp_path, config, key_or_source) -> beam.Pipeline:
    p = beam.Pipeline(options=beam_options([]))
    build_batch_pipeline(p, [str(tmp_path / "in.jsonl")], OutputPaths(str(tmp_path / "out")), config,
                         key_or_source)
    return p


@pytest.mark.parametrize("origin", ["env", "file", "random"])
def test_batch_graph_holds_no_key_bytes(tmp_path, monkeypatch, default_config, origin):
    monkeypatch.delenv("PII_PIPELINE_KEY", raising=False)
    if origin == "env":
        monkeypatch.setenv("PII_PIPELINE_KEY", KEY_HEX)
        key = load_key()
    elif origin == "file":
        (tmp_path / "key").write_text(KEY_HEX)
        (tmp_path / "key").chmod(0o600)
        key = load_key(str(tmp_path / "key"))
    else:
        key = load_key(allow_random=True)
    with worker_key_source(key, []) as source:
        p = _batch_graph(tmp_path, default_config, source)
        blobs = _graph_blobs(p)
    assert len(blobs) > 10 and any(b"RedactConversations" in b for b in blobs)  # the DoFns were decoded
    for blob in blobs:
        for form in _forms(_secret(key)):
            assert form not in blob


def test_scan_finds_a_key_pickled_into_a_dofn(tmp_path, default_config):
    """The scanner itself: a DoFn that captures the key is caught (what the old code did)."""
    key = parse_key_text(KEY_HEX, source="t")

    class CapturesKey(beam.DoFn):
        def __init__(self, k):
            self.k = k

        def process(self, x):
            yield x

    p = beam.Pipeline(options=beam_options([]))
    p | beam.Create([1]) | beam.ParDo(CapturesKey(key))
    assert any(_secret(key) in blob for blob in _graph_blobs(p))


def test_redact_conversations_refuses_a_key_object(default_config, test_key):
    with pytest.raises(TypeError, match="KeySource"):
        RedactConversations(default_config, test_key, "conversation", "t")


def test_key_source_pickles_without_key_material(tmp_path, monkeypatch):
    monkeypatch.setenv("PII_PIPELINE_KEY", KEY_HEX)
    key = load_key()
    source = source_of(key)
    assert source == KeySource(use_env=True, key_file=None, fingerprint=key.fingerprint)
    data = pickle.dumps(source)
    assert not any(form in data for form in _forms(_secret(key)))
    assert pickle.loads(data).resolve() == key


@pytest.mark.parametrize("worker_key, ok", [(KEY_HEX, True), ("d4" * 32, False), (None, False)])
def test_key_source_resolve_checks_fingerprint(monkeypatch, worker_key, ok):
    source = KeySource(use_env=True, key_file=None, fingerprint=parse_key_text(KEY_HEX, source="t").fingerprint)
    env = {"PII_PIPELINE_KEY": worker_key} if worker_key else {}
    if ok:
        assert source.resolve(env).fingerprint == source.fingerprint
    else:
        with pytest.raises(PseudonymKeyError) as err:
            source.resolve(env)
        assert KEY_HEX not in str(err.value) and "d4d4" not in str(err.value)


def test_ephemeral_key_file_is_private_and_deleted(test_key):
    with ephemeral_key_file(test_key) as source:
        path = source.key_file
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode) == 0o700
        assert source.resolve({}) == test_key and source.ephemeral
    assert not os.path.exists(path) and not os.path.exists(os.path.dirname(path))


@pytest.mark.parametrize("runner, ok", [
    ([], True), (["--runner=FnApiRunner"], True), (["--runner", "DirectRunner"], True),
    (["--runner=DataflowRunner"], False), (["--runner=apache_beam.runners.dataflow.DataflowRunner"], False),
    (["--runner=FlinkRunner"], False)])
def test_random_key_only_for_local_runners(runner, ok):
    key = load_key(environ={}, allow_random=True)
    if ok:
        with worker_key_source(key, runner) as source:
            assert source.ephemeral and source.is_random and source.resolve({}).is_random
    else:
        with pytest.raises(PseudonymKeyError, match="remote workers"):
            with worker_key_source(key, runner):
                pass


def test_configured_key_source_is_used_on_remote_runners(tmp_path):
    (tmp_path / "key").write_text(KEY_HEX)
    key = load_key(str(tmp_path / "key"), environ={})
    with worker_key_source(key, ["--runner=DataflowRunner"]) as source:
        assert source == KeySource(use_env=False, key_file=str(tmp_path / "key"), fingerprint=key.fingerprint)


def test_run_batch_with_random_key_leaves_no_key_file(tmp_path, default_config, monkeypatch):
    import glob
    import json
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    (tmp_path / "in.jsonl").write_text(json.dumps({"conversation_id": "r1", "turns": [
        {"speaker": "customer", "text": "my name is Ann Lee"}]}) + "\n")
    report = run_batch([str(tmp_path / "in.jsonl")], str(tmp_path / "out"), default_config,
                       load_key(environ={}, allow_random=True))
    assert report["counts"]["written"] == 1 and report["pseudonym_key"] == "random per-run key"
    assert glob.glob(str(tmp_path / "tmp" / "pii-key-*")) == []
