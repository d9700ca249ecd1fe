"""Files and permissions: review folders, key files, --overwrite and the streaming output folder."""
from __future__ import annotations

import json
import os
import stat

import pytest

from pipeline.privacy.keys import load_key, write_key_file
from pipeline.privacy.review.queue import ReviewLocationError, private_dir, write_item

ITEM = {"kind": "hold", "conversation_id": "c1", "turns": [{"speaker": "customer", "text": "raw"}]}


@pytest.mark.parametrize("mode, ok", [(0o700, True), (0o750, False), (0o755, False), (0o777, False), (0o701, False)])
def test_private_dir_never_chmods_an_existing_folder(tmp_path, mode, ok):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(mode)
    if ok:
        assert private_dir(shared) == shared
    else:
        with pytest.raises(ReviewLocationError, match="group or others"):
            private_dir(shared)
    assert stat.S_IMODE(shared.stat().st_mode) == mode  # left exactly as it was


def test_private_dir_creates_owner_only_and_refuses_symlinks_and_files(tmp_path):
    made = private_dir(tmp_path / "a" / "b" / "review")
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
    target = tmp_path / "elsewhere"
    target.mkdir(mode=0o700)
    (tmp_path / "link").symlink_to(target)
    with pytest.raises(ReviewLocationError, match="not a folder"):
        private_dir(tmp_path / "link")
    (tmp_path / "file").write_text("x")
    with pytest.raises(ReviewLocationError):
        private_dir(tmp_path / "file")


def test_write_item_into_shared_folder_refused(tmp_path):
    shared = tmp_path / "team"
    shared.mkdir()
    shared.chmod(0o775)
    with pytest.raises(ReviewLocationError):
        write_item(shared, ITEM)
    assert list(shared.iterdir()) == []


def test_keygen_force_replaces_atomically_with_new_0600_file(tmp_path):
    path = tmp_path / "key"
    path.write_text("old\n")
    path.chmod(0o644)
    old_inode = path.stat().st_ino
    key = write_key_file(path, overwrite=True)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # not the old file's permissions
    assert path.stat().st_ino != old_inode  # a new file, renamed over the old one
    assert load_key(str(path), environ={}) == key
    assert [p.name for p in tmp_path.iterdir()] == ["key"]  # no temporary left behind


def test_keygen_force_never_follows_a_symlink(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    victim.chmod(0o644)
    link = tmp_path / "key"
    link.symlink_to(victim)
    write_key_file(link, overwrite=True)
    assert victim.read_text() == "precious\n" and stat.S_IMODE(victim.stat().st_mode) == 0o644
    assert not link.is_symlink() and stat.S_IMODE(link.stat().st_mode) == 0o600


def test_keygen_without_force_refuses_existing_and_symlink(tmp_path):
    from pipeline.privacy.keys import PseudonymKeyError

    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    with pytest.raises(PseudonymKeyError, match="exists"):
        write_key_file(tmp_path / "dangling")
    assert not (tmp_path / "nowhere").exists()


def _finished_run_with_review(root, queue_items: int, decisions: bool):
    from pipeline.beam.output_dir import mark_complete, prepare_output_dir

    prepare_output_dir(str(root))
    (root / "report.json").write_text("{}")
    review = root / "review"
    (review / "queue").mkdir(parents=True)
    for i in range(queue_items):
        (review / "queue" / f"hold-{i}.json").write_text("{}")
    if decisions:
        (review / "decisions.jsonl").write_text("{}\n")
    mark_complete(str(root))


@pytest.mark.parametrize("queue_items, decisions, discard, refused", [
    (1, False, False, True), (0, True, False, True), (2, True, False, True),
    (1, True, True, False), (0, False, False, False)])
def test_overwrite_keeps_unreleased_review_unless_discarded(tmp_path, queue_items, decisions, discard, refused):
    from pipeline.beam.output_dir import OutputDirError, prepare_output_dir

    root = tmp_path / "out"
    _finished_run_with_review(root, queue_items, decisions)
    if refused:
        with pytest.raises(OutputDirError, match="--discard-review"):
            prepare_output_dir(str(root), overwrite=True, discard_review=discard)
        assert (root / "review").exists() and (root / "report.json").exists()
    else:
        prepare_output_dir(str(root), overwrite=True, discard_review=discard)
        assert not (root / "review").exists()


def test_stream_refuses_an_output_folder_holding_a_run(tmp_path, stream_config_for_files, test_key):
    from pipeline.beam.batch import JobError
    from pipeline.beam.microbatch import STATE_FILE
    from pipeline.beam.streaming import run_stream

    out, inbox = tmp_path / "out", tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.jsonl").write_text(json.dumps({"conversation_id": "s1", "turns": [{"text": "hello"}]}) + "\n")
    first = run_stream(str(out), stream_config_for_files, test_key, input_dir=str(inbox), stop_when_idle=1)
    assert first["counts"]["read"] == 1 and (out / STATE_FILE).exists()
    with pytest.raises(JobError, match="already holds a run"):
        run_stream(str(out), stream_config_for_files, test_key, input_dir=str(inbox), stop_when_idle=1)
    again = run_stream(str(out), stream_config_for_files, test_key, input_dir=str(inbox), stop_when_idle=1,
                       overwrite=True)
    assert again["counts"]["read"] == 1  # the state file went with the run: the file is read again


@pytest.fixture()
def stream_config_for_files(default_config):
    streaming = default_config.streaming.model_copy(update={"window_seconds": 5})
    watch = streaming.watch.model_copy(update={"poll_interval_seconds": 0.2, "min_file_age_seconds": 0})
    return default_config.model_copy(update={"streaming": streaming.model_copy(update={"watch": watch})})
