"""Command line: ``pii-pipeline run`` (batch) and the other subcommands, one module each; ``--help`` on each.

Unknown flags are passed to Beam (``--runner``, ``--direct_num_workers``, ...).
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys
from typing import Callable, Sequence

from pipeline.cli.common import EXIT_ACCOUNTING, EXIT_FAILED, EXIT_OK, EXIT_USAGE  # noqa: F401 (public)
from pipeline.cli.common import HelpFormatter, exit_codes_epilog

DESCRIPTION = ("Find and redact personal data in conversation transcripts: batch and streaming Beam jobs, "
               "human review, audio redaction and the tools around them. Run a command with --help for "
               "its options; unknown flags of run and stream go to Beam (--runner, --direct_num_workers, ...).")

logger = logging.getLogger(__name__)

# Every subcommand: "module:function" taking an argparse subparsers object. Each registers a parser
# whose defaults set ``func(args) -> exit code`` (and ``beam_passthrough=True`` when unknown flags are
# Beam options, delivered as ``args.beam_args``).
SUBCOMMANDS = (
    "pipeline.cli.run:add_run_command",
    "pipeline.cli.spark_run:add_spark_run_command",
    "pipeline.cli.reidentify:add_reidentify_command",
    "pipeline.cli.review:add_review_command",
    "pipeline.cli.release:add_release_command",
    "pipeline.cli.keygen:add_keygen_command",
    "pipeline.cli.verify:add_verify_command",
    "pipeline.cli.stream:add_stream_command",
    "pipeline.cli.bleep:add_bleep_command",
    "pipeline.cli.config:add_config_command",
)


def _subcommand_adders() -> list[Callable]:
    adders: list[Callable] = []
    for spec in SUBCOMMANDS:
        module_name, function = spec.split(":")
        adders.append(getattr(importlib.import_module(module_name), function))
    return adders


def build_parser() -> argparse.ArgumentParser:
    """The ``pii-pipeline`` parser with every subcommand registered."""
    from pipeline import __version__

    parser = argparse.ArgumentParser(prog="pii-pipeline", description=DESCRIPTION, epilog=exit_codes_epilog(),
                                     formatter_class=HelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in _subcommand_adders():
        add(sub)
    for name, command in sub.choices.items():
        command.epilog = command.epilog or exit_codes_epilog(name)
        command.formatter_class = HelpFormatter
    return parser


def _drop_beam_import_noise(record: logging.LogRecord) -> bool:
    # Beam's GCP IO logs this on import when the optional Google client libraries are absent.
    return not record.getMessage().startswith("apitools not found")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``pii-pipeline`` console script; returns the exit code."""
    logging.getLogger().addFilter(_drop_beam_import_noise)  # before anything imports Beam
    from pipeline.beam.batch import JobError
    from pipeline.config.models import ConfigError
    from pipeline.privacy.keys import PseudonymKeyError
    from pipeline.reporting.report import AccountingError

    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and not getattr(args, "beam_passthrough", False):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.beam_args = extra
    logging.basicConfig(level=getattr(args, "log_level", "WARNING"),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True)
    if getattr(args, "log_level", "WARNING") != "DEBUG":  # the CLI's choice, not the library's
        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    try:
        return args.func(args)
    except (ConfigError, JobError, PseudonymKeyError) as err:
        print(f"pii-pipeline: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except AccountingError as err:
        print(f"pii-pipeline: error: {err}", file=sys.stderr)
        return EXIT_ACCOUNTING


if __name__ == "__main__":
    sys.exit(main())
