"""``pii-pipeline review`` (terminal reviewer) and ``pii-pipeline release`` (apply decisions)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

EXIT_OK = 0


def add_review_commands(sub) -> None:
    """Register ``review`` and ``release`` on an argparse subparsers object."""
    from pipeline.cli import _common

    p = sub.add_parser("review", help="go through the review queue in the terminal",
                       description="Show each queued conversation's uncertain findings (span highlighted): "
                       "accept, reject, edit; add missed spans; q quits, run again to resume.")
    p.add_argument("--review-dir", required=True, metavar="DIR", help="review folder (e.g. <output>/review)")
    p.add_argument("--reviewer", help="name recorded with each decision (default: the login name)")
    p.set_defaults(func=_review, beam_passthrough=False)

    r = sub.add_parser("release", help="apply review decisions: reviewed conversations -> training output",
                       description="Redact reviewed conversations per their decisions with the same core and "
                       "write them as new Parquet files under --output/training (and audit). Use the run's "
                       "config and key.")
    r.add_argument("--review-dir", required=True, metavar="DIR", help="review folder")
    r.add_argument("--output", required=True, metavar="DIR", help="the run's output folder")
    _common(r)
    r.set_defaults(func=_release, beam_passthrough=False)


def _review(args) -> int:
    from pipeline.review.tui import Reviewer

    Reviewer(args.review_dir, sys.stdin, sys.stdout, args.reviewer).run()
    return EXIT_OK


def _release(args) -> int:
    import pipeline
    from pipeline.cli import load_runtime
    from pipeline.redactor import Redactor
    from pipeline.report import write_json_atomic
    from pipeline.review.release import release

    config, key = load_runtime(args)
    redactor = Redactor(config, key=key)  # consent.registry, when set, is checked again at release
    report = release(args.review_dir, args.output, redactor, pipeline.__version__)
    write_json_atomic(Path(args.review_dir) / "release-report.json", report)
    print(json.dumps(report, indent=2))
    return EXIT_OK
