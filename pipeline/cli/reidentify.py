"""``pii-pipeline reidentify``: decrypt ``<ENC:...>`` tokens in a training Parquet file."""
from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from pipeline.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from pipeline.privacy.reidentify import MESSAGES_COLUMN

logger = logging.getLogger(__name__)


def add_reidentify_command(subparsers: Any) -> None:
    """Register ``pii-pipeline reidentify`` on an argparse subparsers object (sets ``func``)."""
    parser = subparsers.add_parser(
        "reidentify", help="decrypt <ENC:...> tokens in a training Parquet file (authorized users only)",
        description="Reverse the `encrypt` operator. Needs the key the file was written with "
                    "(PII_PIPELINE_KEY or --key-file). Surrogates, tags and hashes cannot be reversed.")
    parser.add_argument("--input", required=True, help="training Parquet file with encrypted tokens")
    parser.add_argument("--output", required=True, help="Parquet file to write (must not exist)")
    parser.add_argument("--key-file", default=None, help="key file (else PII_PIPELINE_KEY)")
    parser.add_argument("--column", action="append", default=None,
                        help=f"column to decrypt (text or list of messages); default {MESSAGES_COLUMN}")
    parser.set_defaults(func=run_reidentify)


def run_reidentify(args: argparse.Namespace) -> int:
    """Entry point of ``pii-pipeline reidentify``; returns the process exit code."""
    from pipeline.privacy.keys import PseudonymKeyError, load_key
    from pipeline.privacy.reidentify import ReidentifyError, reidentify_parquet

    output = Path(args.output)
    if output.exists():
        logger.error("output %s exists; refusing to overwrite it", output)
        return EXIT_USAGE
    try:
        key = load_key(args.key_file, allow_random=False)
    except PseudonymKeyError as err:
        logger.error("reidentify: %s", err)
        return EXIT_USAGE
    try:
        rows = reidentify_parquet(args.input, output, key, tuple(args.column or (MESSAGES_COLUMN,)))
    except ReidentifyError as err:
        output.unlink(missing_ok=True)  # never leave a half-decrypted file behind
        logger.error("reidentify failed: %s", err)
        return EXIT_FAILED
    print(f"wrote {rows} rows to {output}")
    return EXIT_OK
