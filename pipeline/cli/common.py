"""What every command shares: exit codes, the common options, loading config and key."""
from __future__ import annotations

import argparse
import logging

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_ACCOUNTING = 3
EXIT_SUSPECTED = 4  # `pii-pipeline verify`: something suspicious remains

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
    if getattr(args, "consent", None):
        config = config.model_copy(update={"consent": config.consent.model_copy(update={"registry": args.consent})})
    if getattr(args, "layout", None):
        config = config.model_copy(update={"output": config.output.model_copy(update={"layout": args.layout})})
    key = load_key(args.key_file or config.redaction.key_file,
                   allow_random=not policy_requires_real_key(config.redaction))
    return config, key
