"""``pii-pipeline keygen``: write a new random pseudonym key file."""
from __future__ import annotations

import logging
from typing import Any

from pipeline.cli.common import EXIT_OK

logger = logging.getLogger(__name__)


def add_keygen_command(subparsers: Any) -> None:
    """Register ``pii-pipeline keygen --output PATH`` on an argparse subparsers object."""
    parser = subparsers.add_parser(
        "keygen", help="write a new random pseudonym key file (mode 600)",
        description="Write a new random 32-byte pseudonymization key to a file readable by its owner only. "
        "Use it with --key-file (or PII_PIPELINE_KEY) so pseudonyms stay stable across runs.")
    parser.add_argument("--output", required=True, help="path of the key file to create")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.set_defaults(func=_run_keygen)


def _run_keygen(args: Any) -> int:
    from pipeline.privacy.keys import write_key_file

    key = write_key_file(args.output, overwrite=args.force)
    logger.info("wrote key file %s (fingerprint %s)", args.output, key.fingerprint)
    print(f"wrote {args.output} (key fingerprint {key.fingerprint})")
    return EXIT_OK
