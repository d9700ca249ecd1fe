"""``pii-pipeline stream``: the streaming job's command line (registered in ``pipeline.cli``)."""
from __future__ import annotations

import argparse

from pipeline.cli.common import EXIT_OK, add_common_options, add_format_option, load_runtime


def add_stream_command(sub) -> None:
    """Register ``stream`` on an argparse subparsers object."""
    p = sub.add_parser(
        "stream", help="streaming job: watched folder / Pub/Sub / Kafka -> windowed training Parquet",
        description="Run the streaming Beam job until stopped (Ctrl-C / SIGTERM flush and stop cleanly) "
        "or until a --stop-* condition. Locally (no --runner) a watched folder is processed in "
        "micro-batches, one per poll with new files (docs/streaming.md). Unknown flags go to Beam "
        "(e.g. --runner=DataflowRunner ...).")
    p.add_argument("--input-dir", metavar="DIR",
                   help="folder to watch for transcript files (local, gs://, s3://); source 'watch'")
    p.add_argument("--output", required=True, metavar="DIR", help="output folder")
    p.add_argument("--source", choices=["watch", "pubsub", "kafka"], help="overrides streaming.source")
    p.add_argument("--pubsub-subscription", metavar="NAME",
                   help="projects/P/subscriptions/S (overrides streaming.pubsub.subscription)")
    p.add_argument("--kafka-bootstrap-servers", metavar="HOSTS", help="overrides streaming.kafka.bootstrap_servers")
    p.add_argument("--kafka-topic", action="append", metavar="TOPIC", help="overrides streaming.kafka.topics (repeatable)")
    p.add_argument("--window-seconds", type=int, metavar="N", help="overrides streaming.window_seconds")
    p.add_argument("--poll-interval", type=float, metavar="SECONDS",
                   help="overrides streaming.watch.poll_interval_seconds")
    p.add_argument("--stop-after", type=float, metavar="SECONDS", help="stop (and flush) after this long")
    p.add_argument("--stop-when-idle", type=float, metavar="SECONDS",
                   help="stop (and flush) after this long without a new file")
    p.add_argument("--layout", choices=["conversation", "utterance"],
                   help="training output layout (overrides output.layout)")
    p.add_argument("--overwrite", action="store_true",
                   help="replace an earlier run in --output (as `run --overwrite`); without it such a folder is refused")
    p.add_argument("--discard-review", action="store_true",
                   help="with --overwrite: also delete a review/ that still holds unreleased items or decisions")
    add_format_option(p)
    add_common_options(p)
    p.set_defaults(func=run_stream_command, beam_passthrough=True)


def streaming_overrides(config, args: argparse.Namespace):
    """``config`` with the streaming flags applied, re-validated (raises ConfigError naming the field)."""
    from pydantic import ValidationError

    from pipeline.config.models import ConfigError
    from pipeline.config.streaming import StreamingConfig

    data = config.streaming.model_dump()
    if args.source:
        data["source"] = args.source
    if args.window_seconds is not None:
        data["window_seconds"] = args.window_seconds
    if args.poll_interval is not None:
        data["watch"]["poll_interval_seconds"] = args.poll_interval
    if args.input_dir:
        data["watch"]["input_dir"] = args.input_dir
    if args.pubsub_subscription:
        data["pubsub"]["subscription"] = args.pubsub_subscription
    if args.kafka_bootstrap_servers:
        data["kafka"]["bootstrap_servers"] = args.kafka_bootstrap_servers
    if args.kafka_topic:
        data["kafka"]["topics"] = list(args.kafka_topic)
    try:
        streaming = StreamingConfig.model_validate(data)
    except ValidationError as err:
        problems = "; ".join(f"streaming.{'.'.join(str(x) for x in e['loc']) or 'source'}: {e['msg']}"
                             for e in err.errors())
        raise ConfigError(f"invalid streaming settings: {problems}") from None
    return config.model_copy(update={"streaming": streaming})


def run_stream_command(args: argparse.Namespace) -> int:
    """Run the streaming job from parsed arguments; print where the outputs are."""
    from pipeline.beam.streaming import run_stream

    config, key = load_runtime(args)
    config = streaming_overrides(config, args)
    report = run_stream(args.output, config, key, input_dir=args.input_dir, beam_args=args.beam_args,
                        stop_after=args.stop_after, stop_when_idle=args.stop_when_idle,
                        overwrite=args.overwrite, discard_review=args.discard_review)
    counts = report["counts"]
    for name, folder in report["outputs"].items():
        print(f"{name + ':':<13} {folder}")
    dropped = sum(counts["dropped"].values())
    print(f"conversations: read {counts['read']}, written {counts['written']}, dropped {dropped}, "
          f"held for review {counts['held_for_review']}, dead-lettered {counts['dead_lettered']}")
    print(f"files: {report['files_seen']}, late: {sum(report['late'].values())}, "
          f"time: {report['run_seconds']:.1f} s")
    return EXIT_OK
