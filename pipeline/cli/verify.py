"""``pii-pipeline verify``: the residual-leak check on any training folder (batch or streaming)."""
from __future__ import annotations

import json

from pipeline.cli.common import EXIT_OK, EXIT_SUSPECTED


def add_verify_command(subparsers) -> None:
    """Register ``pii-pipeline verify``: the residual-leak check on any training folder (batch or stream)."""
    parser = subparsers.add_parser(
        "verify", help="check a training Parquet folder for residual personal data (counts only)",
        description="Re-read training Parquet with an independent detector (Presidio's stock recognizers, "
                    "spaCy NER, a name heuristic; none of ours) and print suspected "
                    "residual personal data per entity type as JSON (never values). Works on batch and "
                    "streaming (window file) outputs.")
    parser.add_argument("--training", required=True, metavar="DIR", help="training Parquet folder")
    parser.add_argument("--config", help="YAML config (default: the packaged one)")
    parser.add_argument("--score-threshold", type=float, default=None,
                        help="threshold of the independent detector (default: verify.score_threshold)")
    parser.set_defaults(func=_run_verify)


def _run_verify(args) -> int:
    from pipeline.config.models import load_config
    from pipeline.reporting.verify import verify_training_output

    config = load_config(args.config)
    threshold = config.verify.score_threshold if args.score_threshold is None else args.score_threshold
    result = verify_training_output(args.training, config, threshold)
    print(json.dumps(result.to_report(), indent=2))
    return EXIT_SUSPECTED if result.suspected else EXIT_OK
