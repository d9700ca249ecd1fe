"""Security: the key comes only from env / key file and never shows up in outputs, metadata, logs or
errors; review files are owner-only."""
from __future__ import annotations

import base64
import json
import logging
import stat

import pyarrow.parquet as pq
import pytest

from pipeline.privacy.keys import PseudonymKeyError, parse_key_text
from tests.conftest import EXAMPLES, TEST_KEY_HEX

KEY_BYTES = bytes.fromhex(TEST_KEY_HEX)
KEY_FORMS = [TEST_KEY_HEX, TEST_KEY_HEX.upper(), base64.b64encode(KEY_BYTES).decode(),
             base64.urlsafe_b64encode(KEY_BYTES).decode().rstrip("=")]


def _contains_key(blob: bytes) -> list[str]:
    hits = [form for form in KEY_FORMS if form.encode() in blob]
    return hits + (["raw bytes"] if KEY_BYTES in blob else [])


@pytest.fixture(scope="module")
def cli_run(tmp_path_factory):
    """A real CLI run with the key in the environment and DEBUG logs captured."""
    from pipeline.cli import EXIT_OK, main

    out = tmp_path_factory.mktemp("sec") / "out"
    log_path = out.parent / "run.log"
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    mp = pytest.MonkeyPatch()
    mp.setenv("PII_PIPELINE_KEY", TEST_KEY_HEX)
    try:
        code = main(["run", "--input", str(EXAMPLES / "*.jsonl"), "--output", str(out), "--log-level", "DEBUG",
                     "--verify"])
    finally:
        mp.undo()
        root.removeHandler(handler)
        root.setLevel(old)
        handler.close()
    assert code == EXIT_OK
    return out, log_path


def test_key_absent_from_every_output_file_and_log(cli_run):
    out, log_path = cli_run
    files = [p for p in out.rglob("*") if p.is_file()] + [log_path]
    assert len(files) >= 5
    for path in files:
        assert not _contains_key(path.read_bytes()), path
        if path.suffix == ".parquet":
            table = pq.read_table(path)
            text = json.dumps(table.to_pylist(), default=str) + repr(pq.read_metadata(path).metadata)
            assert not _contains_key(text.encode()), path


def test_report_names_key_kind_and_fingerprint_only(cli_run):
    out, _ = cli_run
    report = json.loads((out / "report.json").read_text())
    assert report["pseudonym_key"] == "configured key"
    assert report["config_fingerprint"] and not _contains_key(json.dumps(report).encode())


def test_config_has_no_key_material(default_config):
    dumped = json.dumps(default_config.model_dump(mode="json"))
    assert not _contains_key(dumped.encode())
    assert "secret" not in dumped.lower() or "key_file" in dumped


@pytest.mark.parametrize("text", [TEST_KEY_HEX[:40], TEST_KEY_HEX[:-1] + "!", "!" + TEST_KEY_HEX])
def test_parse_key_text_error_never_quotes_key(text):
    with pytest.raises(PseudonymKeyError) as err:
        parse_key_text(text, source="env PII_PIPELINE_KEY")
    assert text not in str(err.value) and text[:16] not in str(err.value)


def test_pseudonym_key_repr_hides_secret(test_key):
    for shown in (repr(test_key), str(test_key), f"{test_key}"):
        assert not _contains_key(shown.encode())
    assert test_key.fingerprint in repr(test_key)


@pytest.mark.parametrize("value", ["the key is " + TEST_KEY_HEX, TEST_KEY_HEX])
def test_key_file_config_field_rejects_inline_secret_use(tmp_path, value):
    """A key file that holds junk around the key is an error that does not echo the file's content."""
    from pipeline.privacy.keys import load_key

    path = tmp_path / "key.txt"
    path.write_text(value)
    path.chmod(0o600)
    try:
        key = load_key(str(path))
    except PseudonymKeyError as err:
        assert not _contains_key(str(err).encode())
    else:
        assert value == TEST_KEY_HEX and key.fingerprint == parse_key_text(TEST_KEY_HEX, source="t").fingerprint


def test_review_files_are_owner_only(tmp_path):
    from pipeline.privacy.review import queue
    path = tmp_path / "review" / "item.json"
    queue.private_dir(path.parent)
    queue.write_private(path, json.dumps({"text": "raw by design"}))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
