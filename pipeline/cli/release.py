"""``pii-pipeline release``: apply review decisions, reviewed conversations -> training output."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.cli.common import EXIT_OK, add_common_options, load_runtime


def add_release_command(sub) -> None:
    """Register ``release`` on an argparse subparsers object."""
    r = sub.add_parser("release", help="apply review decisions: reviewed conversations -> training output",
                       description="Redact reviewed conversations per their decisions with the same core and "
                       "write them as new Parquet files under --output/training (and audit). Use the run's "
                       "config and key.")
    r.add_argument("--review-dir", required=True, metavar="DIR", help="review folder")
    r.add_argument("--output", required=True, metavar="DIR", help="the run's output folder")
    add_common_options(r)
    r.set_defaults(func=_release, beam_passthrough=False)


def _release(args) -> int:
    import pipeline
    from pipeline.redaction.release import release
    from pipeline.redaction.redactor import Redactor
    from pipeline.reporting.report import write_json_atomic

    config, key = load_runtime(args)
    redactor = Redactor(config, key=key)  # consent.registry, when set, is checked again at release
    report = release(args.review_dir, args.output, redactor, pipeline.__version__)
    write_json_atomic(Path(args.review_dir) / "release-report.json", report)
    print(json.dumps(report, indent=2))
    return EXIT_OK
