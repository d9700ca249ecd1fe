"""``pii-pipeline review``: go through the review queue in the terminal."""
from __future__ import annotations

import sys

from pipeline.cli.common import EXIT_OK


def add_review_command(sub) -> None:
    """Register ``review`` on an argparse subparsers object."""
    p = sub.add_parser("review", help="go through the review queue in the terminal",
                       description="Show each queued conversation whole, one uncertain finding highlighted "
                       "at a time, and answer with one key (no Enter): a accept, r reject, e edit, m mark "
                       "missed personal data, d done, ? help, q quit. Run again to resume where you left "
                       "off; decisions (offsets only) go to DIR/decisions.jsonl for pii-pipeline release.")
    p.add_argument("--review-dir", required=True, metavar="DIR", help="review folder (e.g. <output>/review)")
    p.add_argument("--reviewer", help="name recorded with each decision (default: the login name)")
    p.set_defaults(func=_review, beam_passthrough=False)


def _review(args) -> int:
    from pipeline.privacy.review.tui import Reviewer

    Reviewer(args.review_dir, sys.stdin, sys.stdout, args.reviewer).run()
    return EXIT_OK
