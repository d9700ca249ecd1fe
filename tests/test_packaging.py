"""Packaging: every Python package in the tree ships in the wheel, with its data files."""
import os
import subprocess
import sys
import tomllib

import pytest

from tests.conftest import REPO


def _declared():
    data = tomllib.loads((REPO / "pyproject.toml").read_text())
    return data["tool"]["setuptools"]


def test_every_package_is_declared():
    declared = set(_declared()["packages"])
    found = {str(p.parent.relative_to(REPO)).replace("/", ".")
             for top in ("pipeline", "recognizers") for p in (REPO / top).rglob("__init__.py")}
    assert found <= declared, f"add to pyproject.toml packages: {sorted(found - declared)}"


def test_packaged_config_maps_to_configs_folder():
    setuptools = _declared()
    assert setuptools["package-dir"]["pipeline.configs"] == "configs"
    assert "*.yaml" in setuptools["package-data"]["pipeline.configs"]


def test_recognizer_data_files_are_package_data():
    patterns = _declared()["package-data"]["recognizers"]
    data_files = [p for p in (REPO / "recognizers" / "data").iterdir() if p.suffix in (".tsv", ".txt")]
    assert data_files and "data/*" in patterns


@pytest.mark.slow
def test_wheel_installs_and_redacts_with_packaged_config(tmp_path):
    """Redactor.from_config() works from a built wheel (packaged default.yaml and data), not only the repo."""
    wheel_dir, target = tmp_path / "wheel", tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheel_dir), str(REPO)],
                   check=True, capture_output=True)
    wheel = next(wheel_dir.glob("pii_pipeline-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
                    str(wheel)], check=True, capture_output=True)
    code = ("import pipeline, sys; from pipeline import Redactor; "
            "assert pipeline.__file__.startswith(sys.argv[1]), pipeline.__file__; "
            "print(Redactor.from_config().redact('yeah hi my name is priya raghunathan').text)")
    env = {**os.environ, "PYTHONPATH": str(target), "PII_PIPELINE_KEY": "ab" * 32}
    out = subprocess.run([sys.executable, "-c", code, str(target)], cwd=tmp_path, env=env,
                         check=True, capture_output=True, text=True)
    assert "my name is" in out.stdout and "raghunathan" not in out.stdout
