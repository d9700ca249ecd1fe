"""Every `pii-pipeline run|stream` command in the docs parses: our flags and the Beam runner flags.

The scale-out commands cannot run here (no cloud, no Flink/Spark job server), but a flag Beam does not
know, or a value outside its choices (e.g. a Flink version this Beam release has no job server for),
fails when a user copies the command: that much is checked here against the installed Beam.
"""
from __future__ import annotations

import logging
import re
import shlex

import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.cli import build_parser
from tests.conftest import REPO

DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
_BLOCK = re.compile(r"```bash\n(.*?)```", re.S)


def _commands() -> list[tuple[str, list[str]]]:
    found = []
    for doc in DOCS:
        for block in _BLOCK.findall(doc.read_text()):
            for command in block.replace("\\\n", " ").splitlines():
                command = command.split("#")[0].strip()
                if command.startswith("pii-pipeline run ") or command.startswith("pii-pipeline stream "):
                    words = [w for w in shlex.split(command) if not re.fullmatch(r"\[.*|.*\]", w)]
                    found.append((f"{doc.name}: {' '.join(words[:2])} {' '.join(words[-2:])}", words[1:]))
    return found


COMMANDS = _commands()


def test_docs_show_runner_commands():
    text = " ".join(" ".join(argv) for _, argv in COMMANDS)
    for runner in ("DataflowRunner", "FlinkRunner", "SparkRunner", "--direct_num_workers"):
        assert runner in text


@pytest.mark.parametrize("argv", [argv for _, argv in COMMANDS], ids=[name for name, _ in COMMANDS])
def test_documented_command_parses(argv, caplog):
    args, extra = build_parser().parse_known_args(argv)
    assert getattr(args, "beam_passthrough", False) or not extra, extra
    caplog.set_level(logging.WARNING, logger="apache_beam.options.pipeline_options")
    options = PipelineOptions(extra).get_all_options(retain_unknown_options=False)  # SystemExit on a bad choice
    assert not [r for r in caplog.records if "Discarding unparseable args" in r.getMessage()]
    assert options is not None
