"""Every output goes through Beam's file systems: a test scheme (``memfs://``) registered with Beam here."""
from __future__ import annotations

import json
import os

import pyarrow.parquet as pq
import pytest
from apache_beam.io.filesystem import FileMetadata
from apache_beam.io.localfilesystem import LocalFileSystem

from pipeline.beam.batch import JobError, run_batch

SCHEME = "memfs://"


class MemFileSystem(LocalFileSystem):
    """``memfs://a/b`` stored under ``MemFileSystem.ROOT/a/b``; Beam finds it by its scheme."""

    ROOT = ""

    @classmethod
    def scheme(cls):
        return "memfs"

    def _local(self, path: str) -> str:
        if path.startswith(self.ROOT):  # Beam's LocalFileSystem helpers call back with local paths
            return path
        assert path.startswith(SCHEME), path
        return os.path.join(self.ROOT, path[len(SCHEME):])

    def _remote(self, local: str) -> str:
        return SCHEME + os.path.relpath(local, self.ROOT)

    def join(self, basepath, *paths):
        return "/".join([basepath.rstrip("/"), *(p.strip("/") for p in paths)])

    def split(self, path):
        head, _, tail = path.rstrip("/").rpartition("/")
        return head, tail

    def mkdirs(self, path):
        return super().mkdirs(self._local(path))

    def _list(self, dir_or_prefix):
        for m in super()._list(self._local(dir_or_prefix)):
            yield FileMetadata(self._remote(m.path), m.size_in_bytes, m.last_updated_in_seconds)

    def create(self, path, *args, **kwargs):
        os.makedirs(os.path.dirname(self._local(path)), exist_ok=True)
        return super().create(self._local(path), *args, **kwargs)

    def open(self, path, *args, **kwargs):
        return super().open(self._local(path), *args, **kwargs)

    def copy(self, sources, destinations):
        return super().copy([self._local(s) for s in sources], [self._local(d) for d in destinations])

    def rename(self, sources, destinations):
        return super().rename([self._local(s) for s in sources], [self._local(d) for d in destinations])

    def exists(self, path):
        return super().exists(self._local(path))

    def size(self, path):
        return super().size(self._local(path))

    def last_updated(self, path):
        return super().last_updated(self._local(path))

    def checksum(self, path):
        return super().checksum(self._local(path))

    def metadata(self, path):
        m = super().metadata(self._local(path))
        return FileMetadata(path, m.size_in_bytes, m.last_updated_in_seconds)

    def delete(self, paths):
        return super().delete([self._local(p) for p in paths])


@pytest.fixture()
def memfs(tmp_path, monkeypatch):
    root = tmp_path / "memfs"
    root.mkdir()
    monkeypatch.setattr(MemFileSystem, "ROOT", str(root))
    monkeypatch.chdir(tmp_path)  # a path written with pathlib would appear here as a folder "memfs:"
    return root


def _input(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"conversation_id": "m1", "turns": [
        {"speaker": "customer", "text": "hi, my name is Ann Lee, call me at 415-555-0132"}]}) + "\n")
    return [str(src)]


def test_batch_job_writes_every_output_through_beam_file_systems(tmp_path, memfs, default_config, test_key):
    report = run_batch(_input(tmp_path), "memfs://bucket/out", default_config, test_key)
    out = memfs / "bucket" / "out"
    assert report["counts"]["written"] == 1
    assert {p.name for p in out.iterdir()} >= {"training", "audit", "dead_letter", "report.json", "report.html"}
    assert not (out / "_RUN_IN_PROGRESS").exists()
    assert json.loads((out / "report.json").read_text())["accounting"] == "balanced"
    assert pq.read_table(next((out / "training").glob("*.parquet"))).num_rows == 1
    assert not (tmp_path / "memfs:").exists() and not any(p.name.startswith("memfs") for p in tmp_path.iterdir()
                                                          if p != memfs)
    # drift state: the second run reads the first run's report through the same file system
    with pytest.raises(JobError, match="already holds a run"):
        run_batch(_input(tmp_path), "memfs://bucket/out", default_config, test_key)
    again = run_batch(_input(tmp_path), "memfs://bucket/out", default_config, test_key, overwrite=True)
    assert again["drift"]["compared"] is True


def _hold_config(config, allow_remote: bool):
    review = config.review.model_copy(update={"policy": "hold", "band_low": 0.0, "band_high": 1.0,
                                              "allow_remote": allow_remote})
    return config.model_copy(update={"review": review})


def test_remote_review_queue_refused_unless_allowed(tmp_path, memfs, default_config, test_key):
    with pytest.raises(JobError, match="review.allow_remote"):
        run_batch(_input(tmp_path), "memfs://bucket/held", _hold_config(default_config, False), test_key)
    assert not (memfs / "bucket" / "held").exists()  # refused before anything was written
    report = run_batch(_input(tmp_path), "memfs://bucket/held", _hold_config(default_config, True), test_key)
    assert report["counts"]["held_for_review"] == 1
    items = list((memfs / "bucket" / "held" / "review" / "queue").glob("*.json"))
    assert len(items) == 1 and json.loads(items[0].read_text())["conversation_id"] == "m1"


def test_write_item_refuses_remote_folder_without_permission(memfs):
    from pipeline.privacy.review.queue import ReviewLocationError, write_item

    item = {"kind": "hold", "conversation_id": "c1", "turns": []}
    with pytest.raises(ReviewLocationError):
        write_item("memfs://bucket/review", item)
    assert write_item("memfs://bucket/review", item, allow_remote=True).startswith(SCHEME)


def test_stream_state_file_through_file_systems(memfs):
    from pipeline.beam.microbatch import StreamState

    state = StreamState(files={"a.jsonl": 1.0}, open={"x": {"newest": 2.0, "sources": ["a.jsonl"]}})
    state.save("memfs://bucket/stream/_stream_state.json")
    assert (memfs / "bucket" / "stream" / "_stream_state.json").is_file()
    assert StreamState.load("memfs://bucket/stream/_stream_state.json") == state
    assert StreamState.load("memfs://bucket/stream/missing.json") == StreamState()


def test_workers_resolve_a_key_file_on_a_remote_file_system(memfs):
    from pipeline.privacy.key_source import KeySource, source_of
    from pipeline.privacy.keys import load_key

    (memfs / "secrets").mkdir()
    (memfs / "secrets" / "key").write_text("7e" * 32 + "\n")
    key = load_key("memfs://secrets/key", environ={})
    source = source_of(key)
    assert source == KeySource(use_env=False, key_file="memfs://secrets/key", fingerprint=key.fingerprint)
    assert source.resolve({}) == key
