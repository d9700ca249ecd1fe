"""Packaging: every Python package in the tree ships in the wheel, with its data files."""
import tomllib

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
