"""Command line: ``pii-pipeline run`` (batch) and the other subcommands; ``--help`` on each.

Unknown flags are passed to Beam (``--runner``, ``--direct_num_workers``, ...).
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys
from typing import Callable, Sequence

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_ACCOUNTING = 3

logger = logging.getLogger("pipeline.cli")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="YAML config file (default: the packaged configs/default.yaml)")
    parser.add_argument("--key-file", help="file holding the pseudonymization key "
                        "(default: env PII_PIPELINE_KEY, else redaction.key_file, else a random per-run key)")
    parser.add_argument("--log-level", default="WARNING",
                        choices=["DEBUG", "INFO", "WARNING", "ERROR"], help="log level (default WARNING)")


def _add_run(sub) -> None:
    p = sub.add_parser("run", help="batch job: transcript files -> training Parquet",
                       description="Run the batch Beam job. Unknown flags go to Beam "
                       "(e.g. --runner, --direct_running_mode=multi_processing --direct_num_workers=2).")
    p.add_argument("--input", action="append", required=True, metavar="GLOB",
                   help="input files: JSONL, CSV or Parquet glob or folder (repeatable; any Beam filesystem)")
    p.add_argument("--output", required=True, metavar="DIR", help="output folder")
    p.add_argument("--layout", choices=["conversation", "utterance"],
                   help="training output layout (overrides output.layout)")
    p.add_argument("--verify", action="store_true", default=None,
                   help="after the run, check the training output for residual personal data with an "
                   "independent detector; counts per type go to report.json (also: verify.enabled)")
    p.add_argument("--consent", metavar="FILE",
                   help="consent registry (CSV/JSONL/Parquet of customer_id, consent, updated_at); "
                   "overrides consent.registry: refusing customers' conversations are dropped before detection")
    p.add_argument("--overwrite", action="store_true",
                   help="replace an earlier run in --output (only its training/, audit/, dead_letter/, "
                   "review/ and report.json); without it such a folder is refused")
    _common(p)
    p.set_defaults(func=_run, beam_passthrough=True)


def load_runtime(args):
    """Config (with CLI overrides) and pseudonymization key for a job command."""
    from pipeline.config import load_config
    from pipeline.keys import load_key
    from pipeline.operators import policy_requires_real_key

    config = load_config(args.config)
    if getattr(args, "consent", None):
        config = config.model_copy(update={"consent": config.consent.model_copy(update={"registry": args.consent})})
    if getattr(args, "layout", None):
        config = config.model_copy(update={"output": config.output.model_copy(update={"layout": args.layout})})
    key = load_key(args.key_file or config.redaction.key_file,
                   allow_random=not policy_requires_real_key(config.redaction))
    return config, key


def _run(args) -> int:
    from pipeline.beam.batch import run_batch

    config, key = load_runtime(args)
    report = run_batch(args.input, args.output, config, key, args.beam_args,
                       verify=args.verify, overwrite=args.overwrite)
    counts = report["counts"]
    print(f"training Parquet: {report['outputs']['training']}/")
    print(f"audit Parquet:    {report['outputs']['audit']}/")
    print(f"dead letters:     {report['outputs']['dead_letter']}/")
    print(f"report:           {report['outputs']['report']}")
    dropped = sum(counts["dropped"].values())
    print(f"conversations: read {counts['read']}, written {counts['written']}, dropped {dropped}, "
          f"held for review {counts['held_for_review']}, dead-lettered {counts['dead_lettered']}")
    entities = ", ".join(f"{k} {v}" for k, v in sorted(report["entities"].items(), key=lambda kv: -kv[1]))
    print(f"entities: {entities or 'none'}")
    print(f"time: {report['run_seconds']:.1f} s for {counts['turns_processed']} turns")
    if "verification" in report:
        suspected = report["verification"]["suspected"]
        print(f"verification: {report['verification']['checked_messages']} messages checked, suspected "
              f"residual personal data: {', '.join(f'{k} {v}' for k, v in suspected.items()) or 'none'}")
    return EXIT_OK


# Subcommands other than ``run``: "module:function" taking an argparse subparsers object. Each
# registers a parser whose defaults set ``func(args) -> exit code`` (and ``beam_passthrough=True``
# when unknown flags are Beam options, delivered as ``args.beam_args``).
SUBCOMMANDS = (
    "pipeline.reidentify:add_reidentify_command",
    "pipeline.review_cli:add_review_commands",
    "pipeline.keys:add_keygen_command",
    "pipeline.verify:add_verify_command",
    "pipeline.stream_cli:add_stream_command",
)


def _subcommand_adders() -> list[Callable]:
    adders: list[Callable] = [_add_run]
    for spec in SUBCOMMANDS:
        module_name, function = spec.split(":")
        adders.append(getattr(importlib.import_module(module_name), function))
    return adders


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pii-pipeline", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in _subcommand_adders():
        add(sub)
    return parser


def _drop_beam_import_noise(record: logging.LogRecord) -> bool:
    # Beam's GCP IO logs this on import when the optional Google client libraries are absent.
    return not record.getMessage().startswith("apitools not found")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``pii-pipeline`` console script; returns the exit code."""
    logging.getLogger().addFilter(_drop_beam_import_noise)  # before anything imports Beam
    from pipeline.beam.batch import JobError
    from pipeline.config import ConfigError
    from pipeline.keys import PseudonymKeyError
    from pipeline.report import AccountingError

    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and not getattr(args, "beam_passthrough", False):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.beam_args = extra
    logging.basicConfig(level=getattr(args, "log_level", "WARNING"),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True)
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
