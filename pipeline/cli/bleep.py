"""``pii-pipeline bleep``: redacted copies of call recordings from a run's ``audio_redactions``."""
from __future__ import annotations

import logging
import sys

from pipeline.cli.common import EXIT_OK, EXIT_USAGE

logger = logging.getLogger(__name__)


def add_bleep_command(sub) -> None:
    """Register ``bleep`` on an argparse subparsers object."""
    p = sub.add_parser(
        "bleep", help="write redacted copies of WAV/FLAC recordings (tone or silence over personal data)",
        description="Read the audio_redactions/ intervals a run wrote for timed vendor transcripts and write "
        "a copy of each recording ID.wav / ID.flac (ID: the transcript file name without suffix) with a "
        "1 kHz tone or silence over every interval, on every channel. Originals are never modified; every "
        "recording is checked before anything is written; recordings without intervals are not copied "
        "(they are listed). Needs the audio extra: pip install 'pii-pipeline[audio]'.")
    p.add_argument("--audio", required=True, metavar="DIR", help="folder of the original recordings")
    p.add_argument("--redactions", required=True, metavar="OUTDIR",
                   help="the run's output folder (or its audio_redactions folder)")
    p.add_argument("--output", required=True, metavar="DIR2", help="folder for the redacted copies")
    p.add_argument("--mode", choices=["tone", "silence"], default="tone", help="what replaces speech (default tone)")
    p.add_argument("--log-level", default="WARNING", choices=["DEBUG", "INFO", "WARNING", "ERROR"],
                   help="log level (default WARNING)")
    p.set_defaults(func=_bleep, beam_passthrough=False)


def _bleep(args) -> int:
    try:
        from pipeline.audio.bleep import BleepError, bleep_directory
    except ImportError as err:
        print(f"pii-pipeline: error: bleep needs the audio extra ({err.name} is missing): "
              "pip install 'pii-pipeline[audio]'", file=sys.stderr)
        return EXIT_USAGE
    try:
        result = bleep_directory(args.audio, args.redactions, args.output, args.mode)
    except BleepError as err:
        print(f"pii-pipeline: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    print(f"redacted copies: {len(result.written)} in {args.output} "
          f"({result.intervals} intervals, {result.redacted_seconds:.1f} s of audio replaced, mode {args.mode})")
    if result.unlisted:
        print(f"not copied (no interval; their transcripts may not have been processed): "
              f"{', '.join(result.unlisted)}")
    return EXIT_OK
