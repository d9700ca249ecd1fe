"""What every command shares: exit codes, the common options, loading config and key."""
from __future__ import annotations

import argparse
import logging

from pipeline.config.interop import VENDOR_FORMATS

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_ACCOUNTING = 3
EXIT_SUSPECTED = 4  # `pii-pipeline verify`: something suspicious remains

EXIT_MEANINGS = {
    EXIT_OK: "success",
    EXIT_FAILED: "failure (the message says what failed)",
    EXIT_USAGE: "bad arguments, config, key or input (nothing or only a partial run was written)",
    EXIT_ACCOUNTING: "accounting mismatch: read != written + dropped + held + dead-lettered",
    EXIT_SUSPECTED: "suspected residual personal data in the training output",
}
# Exit codes beyond 0, 1 and 2 that a command can return (listed in its --help epilog).
EXTRA_EXIT_CODES = {"run": (EXIT_ACCOUNTING,), "verify": (EXIT_SUSPECTED,)}
INPUT_FORMATS = ("auto", *VENDOR_FORMATS)


def exit_codes_epilog(command: str | None = None) -> str:
    """The ``--help`` epilog listing the exit codes of ``command`` (every code for the top level)."""
    codes = sorted(EXIT_MEANINGS) if command is None else (
        EXIT_OK, EXIT_FAILED, EXIT_USAGE, *EXTRA_EXIT_CODES.get(command, ()))
    return "exit codes:\n" + "\n".join(f"  {code}  {EXIT_MEANINGS[code]}" for code in codes)


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, except that the exit-code epilog keeps its one line per code."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith("exit codes:"):
            return "\n".join(indent + line for line in text.splitlines())
        return super()._fill_text(text, width, indent)


def add_format_option(parser: argparse.ArgumentParser) -> None:
    """``--format``: the input format, overriding ``input.format``."""
    parser.add_argument("--format", choices=INPUT_FORMATS, dest="input_format",
                        help="input format (overrides input.format): auto recognises vendor transcripts "
                        "(AWS Transcribe / Call Analytics, Whisper / WhisperX, Deepgram) by content")

logger = logging.getLogger(__name__)


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """``--config``, ``--key-file`` and ``--log-level``, shared by the job commands."""
    parser.add_argument("--config", help="YAML config file (default: the packaged configs/default.yaml)")
    parser.add_argument("--key-file", help="file holding the pseudonymization key "
                        "(default: env PII_PIPELINE_KEY, else redaction.key_file, else a random per-run key)")
    parser.add_argument("--log-level", default="WARNING",
                        choices=["DEBUG", "INFO", "WARNING", "ERROR"], help="log level (default WARNING)")


def load_runtime(args):
    """Config (with CLI overrides) and pseudonymization key for a job command."""
    # Imported here so that building the parser (``--help``) stays light.
    from pipeline.config.models import load_config
    from pipeline.privacy.keys import load_key
    from pipeline.redaction.operators import policy_requires_real_key

    config = load_config(args.config)
    if getattr(args, "input_format", None):
        config = config.model_copy(update={"input": config.input.model_copy(update={"format": args.input_format})})
    if getattr(args, "consent", None):
        config = config.model_copy(update={"consent": config.consent.model_copy(update={"registry": args.consent})})
    if getattr(args, "layout", None):
        config = config.model_copy(update={"output": config.output.model_copy(update={"layout": args.layout})})
    key = load_key(args.key_file or config.redaction.key_file,
                   allow_random=not policy_requires_real_key(config.redaction))
    return config, key
