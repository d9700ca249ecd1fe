"""``pii-pipeline config --show``: the effective configuration (packaged defaults + your file) as YAML."""
from __future__ import annotations

import sys

from pipeline.cli.common import EXIT_OK


def add_config_command(sub) -> None:
    """Register ``config`` on an argparse subparsers object."""
    p = sub.add_parser(
        "config", help="print the effective configuration (defaults overlaid by --config) as YAML",
        description="Validate a config file and print the configuration a run would use: the packaged "
        "defaults with your (possibly partial) file deep-merged over them. Unknown keys are rejected "
        "with the field named.")
    p.add_argument("--show", action="store_true", help="print the effective configuration as YAML")
    p.add_argument("--config", help="YAML config file, complete or partial (default: the packaged defaults)")
    p.set_defaults(func=_config, beam_passthrough=False)


def effective_config_yaml(path: str | None) -> str:
    """The effective configuration loaded from ``path`` (``None``: packaged defaults) as YAML text."""
    import yaml

    from pipeline.config.models import load_config

    data = load_config(path).model_dump(mode="json")
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False)


def _config(args) -> int:
    text = effective_config_yaml(args.config)  # ConfigError -> exit 2 (pipeline.cli.main)
    if not args.show:
        print(f"{args.config or 'packaged defaults'}: valid (use --show to print the effective config)",
              file=sys.stderr)
        return EXIT_OK
    sys.stdout.write(text)
    return EXIT_OK
