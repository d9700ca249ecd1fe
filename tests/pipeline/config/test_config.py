import pytest
import yaml

from pipeline.config.models import ConfigError, load_config, parse_config
from tests.conftest import REPO


def _default_data():
    return yaml.safe_load((REPO / "configs" / "default.yaml").read_text())


def test_load_config_packaged_default_equals_repo_file():
    assert load_config() == load_config(REPO / "configs" / "default.yaml")


@pytest.mark.parametrize("path", sorted((REPO / "configs").glob("*.yaml")), ids=lambda p: p.name)
def test_load_config_every_shipped_config_is_valid(path):
    assert load_config(path).version == 1


@pytest.mark.parametrize("section, field, value, message", [
    ("detection", "score_threshold", 1.5, "detection.score_threshold"),
    ("detection", "entities", [], "detection.entities"),
    ("detection", "batch_size", 0, "detection.batch_size"),
    ("detection", "no_such_knob", 1, "detection.no_such_knob"),
    ("output", "layout", "columns", "output.layout"),
    ("limits", "max_turns", -1, "limits.max_turns"),
    ("redaction", "scope", "world", "redaction.scope"),
])
def test_parse_config_error_names_bad_field(section, field, value, message):
    data = _default_data()
    data.setdefault(section, {})
    data[section] = dict(data[section] or {}, **{field: value})
    with pytest.raises(ConfigError) as err:
        parse_config(data, "x.yaml")
    assert message in str(err.value)
    assert str(err.value).startswith("x.yaml")


@pytest.mark.parametrize("data", [None, [], "text", 3])
def test_parse_config_rejects_non_mapping(data):
    with pytest.raises(ConfigError, match="mapping"):
        parse_config(data)


def test_load_config_missing_file_is_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "nope.yaml")


def test_load_config_invalid_yaml_names_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("detection:\n  entities: [PERSON\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(bad)


def test_fingerprint_changes_with_config_and_key():
    base = load_config()
    changed = base.model_copy(update={"detection": base.detection.model_copy(update={"score_threshold": 0.6})})
    assert base.fingerprint("k1") == base.fingerprint("k1")
    assert base.fingerprint("k1") != base.fingerprint("k2")
    assert base.fingerprint("k1") != changed.fingerprint("k1")


def test_default_config_every_knob_commented():
    for line in (REPO / "configs" / "default.yaml").read_text().splitlines():
        stripped = line.strip()
        is_section = stripped.endswith(":")
        if stripped and not stripped.startswith(("#", "-")) and ":" in stripped and not is_section:
            assert "#" in line, f"uncommented knob: {stripped}"
