"""``pii-pipeline spark-run``: the batch job on Apache Spark (needs ``pip install pii-pipeline[spark]`` and Java)."""
from __future__ import annotations

import argparse

from pipeline.cli.common import EXIT_OK, EXIT_USAGE, add_common_options, load_runtime
from pipeline.cli.run import print_audio_line


def _conf_pair(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"--conf takes k=v, got {text!r}")
    return name, value


def add_spark_run_command(sub) -> None:
    p = sub.add_parser("spark-run", help="batch job on Spark: transcript files -> training Parquet",
                       description="Run the batch job on Apache Spark: the same outputs, report and exit "
                       "codes as `run`. Needs the `spark` extra and Java 17+.")
    p.add_argument("--input", action="append", required=True, metavar="GLOB",
                   help="input files: JSONL, CSV or Parquet glob or folder (repeatable)")
    p.add_argument("--output", required=True, metavar="DIR", help="output folder")
    p.add_argument("--master", metavar="URL", help="Spark master: local[N], spark://host:port, yarn "
                   "(default: spark-submit's or local[*])")
    p.add_argument("--conf", action="append", type=_conf_pair, default=[], metavar="K=V",
                   help="Spark configuration (repeatable), e.g. spark.executor.memory=4g")
    p.add_argument("--partitions", type=int, metavar="N",
                   help="partitions of the redaction stage (default: 2 x default parallelism)")
    p.add_argument("--layout", choices=["conversation", "utterance"],
                   help="training output layout (overrides output.layout)")
    p.add_argument("--verify", action="store_true", default=None,
                   help="after the run, check the training output for residual personal data")
    p.add_argument("--consent", metavar="FILE", help="consent registry (overrides consent.registry)")
    p.add_argument("--overwrite", action="store_true", help="replace an earlier run in --output")
    add_common_options(p)
    p.set_defaults(func=_spark_run)


def _spark_run(args) -> int:
    try:
        from pipeline.spark.job import run_spark
    except ImportError as err:
        print(f"pii-pipeline: error: spark-run needs the spark extra (pip install 'pii-pipeline[spark]'): "
              f"{err.name} is missing")
        return EXIT_USAGE
    config, key = load_runtime(args)
    report = run_spark(args.input, args.output, config, key, key_file=args.key_file, master=args.master,
                       conf=dict(args.conf), verify=args.verify, overwrite=args.overwrite,
                       partitions=args.partitions)
    counts = report["counts"]
    print(f"training Parquet: {report['outputs']['training']}/")
    print(f"audit Parquet:    {report['outputs']['audit']}/")
    print(f"dead letters:     {report['outputs']['dead_letter']}/")
    print_audio_line(report)
    print(f"report:           {report['outputs']['report']}")
    print(f"conversations: read {counts['read']}, written {counts['written']}, "
          f"dropped {sum(counts['dropped'].values())}, held for review {counts['held_for_review']}, "
          f"dead-lettered {counts['dead_lettered']}")
    print(f"time: {report['run_seconds']:.1f} s for {counts['turns_processed']} turns "
          f"(Spark {report['engine']['version']}, {report['engine']['master']})")
    return EXIT_OK
