"""The command line as a new user meets it: help text, --version, exit codes, folder inputs, config --show."""
from __future__ import annotations

import argparse
import io
from contextlib import redirect_stdout

import pytest
import yaml

import pipeline
from pipeline.beam.inputs import folder_pattern, match_inputs
from pipeline.cli import build_parser, main
from pipeline.config.models import ConfigError, load_config
from tests.conftest import REPO


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _help(argv) -> str:
    out = io.StringIO()
    with redirect_stdout(out), pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 0
    return out.getvalue()


def test_cli_every_command_has_description_and_exit_codes():
    commands = _commands()
    assert {"run", "stream", "review", "release", "keygen", "verify", "reidentify", "bleep", "config"} <= set(commands)
    for name, command in commands.items():
        assert command.description, f"{name} has no description"
        assert command.epilog.startswith("exit codes:\n  0  success"), name


@pytest.mark.parametrize("argv", [["--help"]] + [[name, "--help"] for name in sorted(_commands())])
def test_cli_help_has_no_raw_markup(argv):
    text = _help(argv)
    assert "``" not in text and "exit codes:" in text


@pytest.mark.parametrize("command, code, present", [
    ("run", 3, True), ("verify", 4, True), ("run", 4, False), ("keygen", 3, False), ("bleep", 2, True)])
def test_cli_help_lists_the_command_exit_codes(command, code, present):
    codes = _help([command, "--help"]).split("exit codes:\n")[1].splitlines()
    assert codes[0] == "  0  success"
    assert any(line.startswith(f"  {code}  ") for line in codes) is present


def test_cli_version_prints_package_version():
    assert _help(["--version"]).strip() == f"pii-pipeline {pipeline.__version__}"


@pytest.mark.parametrize("given, expected", [
    ("examples", "examples/*"),
    ("examples/", "examples/*"),
    ("./examples", "./examples/*"),
    ("examples/*.jsonl", "examples/*.jsonl"),
    ("examples/chat_conversations.jsonl", "examples/chat_conversations.jsonl"),
    ("no/such/folder", "no/such/folder"),
])
def test_folder_pattern_table(given, expected, monkeypatch):
    monkeypatch.chdir(REPO)
    assert folder_pattern(given) == expected


def test_match_inputs_folder_with_or_without_slash(monkeypatch):
    monkeypatch.chdir(REPO)
    bare, slash = match_inputs(["examples"]), match_inputs(["examples/"])
    assert [p.removeprefix("examples/") for p in bare[0]] == [p.removeprefix("examples/") for p in slash[0]]
    assert "examples/chat_conversations.jsonl" in bare[0] and bare[1] == ["examples/README.md"]


@pytest.mark.parametrize("partial, path, value", [
    ("detection:\n  score_threshold: 0.6\n", ("detection", "score_threshold"), 0.6),
    ("output:\n  layout: utterance\n", ("output", "layout"), "utterance"),
    ("output:\n  chat:\n    system_message: hi\n", ("output", "chat", "system_message"), "hi"),
    ("redaction:\n  operators:\n    PERSON: tag\n", ("redaction", "operators", "PERSON"), "tag.v1"),
    ("", ("detection", "score_threshold"), 0.5),
])
def test_load_config_partial_file_overlays_defaults(tmp_path, partial, path, value):
    (tmp_path / "c.yaml").write_text(partial)
    config = load_config(tmp_path / "c.yaml").model_dump()
    defaults = load_config().model_dump()
    got, want_default = config, defaults
    for key in path:
        got = got[key]
    assert got == value
    # every other section keeps the packaged default
    for section in defaults:
        if section != path[0]:
            assert config[section] == defaults[section], section
    assert config["detection"]["entities"] == defaults["detection"]["entities"]


@pytest.mark.parametrize("partial, field", [
    ("detection:\n  no_such_knob: 1\n", "detection.no_such_knob"),
    ("output:\n  chat:\n    typo: true\n", "output.chat.typo"),
    ("nonsense: 1\n", "nonsense"),
    ("detection:\n  entities: []\n", "detection.entities"),
    ("detection: 3\n", "detection"),
])
def test_load_config_partial_file_errors_name_the_field(tmp_path, partial, field):
    (tmp_path / "c.yaml").write_text(partial)
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path / "c.yaml")
    assert field in str(err.value)


def test_config_show_prints_effective_config_yaml(tmp_path, capsys):
    (tmp_path / "c.yaml").write_text("verify:\n  enabled: true\n")
    assert main(["config", "--show", "--config", str(tmp_path / "c.yaml")]) == 0
    shown = yaml.safe_load(capsys.readouterr().out)
    assert shown == load_config(tmp_path / "c.yaml").model_dump(mode="json")
    assert shown["verify"]["enabled"] is True and shown["detection"]["entities"]


def test_config_show_bad_file_exits_2(tmp_path, capsys):
    (tmp_path / "c.yaml").write_text("review:\n  polcy: hold\n")
    assert main(["config", "--show", "--config", str(tmp_path / "c.yaml")]) == 2
    assert "review.polcy" in capsys.readouterr().err


def test_shipped_default_is_what_config_show_prints(capsys):
    assert main(["config", "--show"]) == 0
    assert yaml.safe_load(capsys.readouterr().out) == load_config(REPO / "configs" / "default.yaml").model_dump(mode="json")


@pytest.mark.parametrize("command", [["run", "--input", "x"], ["stream"]])
@pytest.mark.parametrize("flag, expected", [([], "auto"), (["--format", "whisper"], "whisper"),
                                            (["--format", "aws_call_analytics"], "aws_call_analytics")])
def test_format_flag_overrides_input_format(key_env, command, flag, expected):
    from pipeline.cli.common import load_runtime

    args, _ = build_parser().parse_known_args(command + ["--output", "o"] + flag)
    config, _ = load_runtime(args)
    assert config.input.format == expected


def test_format_flag_rejects_unknown_vendor(capsys):
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args(["run", "--input", "x", "--output", "o", "--format", "otter"])
    assert done.value.code == 2 and "invalid choice" in capsys.readouterr().err
