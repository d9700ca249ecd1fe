"""``pii-pipeline run``: the batch job, transcript files -> training Parquet."""
from __future__ import annotations

from pipeline.cli.common import EXIT_OK, add_common_options, add_format_option, load_runtime


def add_run_command(sub) -> None:
    p = sub.add_parser("run", help="batch job: transcript files -> training Parquet",
                       description="Run the batch Beam job. Unknown flags go to Beam "
                       "(e.g. --runner, --direct_running_mode=multi_processing --direct_num_workers=2).")
    p.add_argument("--input", action="append", required=True, metavar="GLOB",
                   help="input files: a folder (every supported file in it), a file or a glob; JSONL/JSON, "
                   "CSV or Parquet (repeatable; any Beam filesystem)")
    add_format_option(p)
    p.add_argument("--output", required=True, metavar="DIR", help="output folder")
    p.add_argument("--layout", choices=["conversation", "utterance"],
                   help="training output layout (overrides output.layout)")
    p.add_argument("--verify", action="store_true", default=None,
                   help="after the run, check the training output for residual personal data with an "
                   "independent detector; counts per type go to report.json (also: verify.enabled)")
    p.add_argument("--consent", metavar="FILE",
                   help="consent registry (CSV/JSONL/Parquet of customer_id, consent, updated_at); "
                   "overrides consent.registry: refusing customers' conversations are dropped before detection")
    p.add_argument("--overwrite", action="store_true",
                   help="replace an earlier run in --output (only its training/, audit/, dead_letter/, "
                   "review/ and report.json); without it such a folder is refused")
    p.add_argument("--discard-review", action="store_true",
                   help="with --overwrite: also delete a review/ that still holds unreleased items or decisions")
    p.add_argument("--no-progress", action="store_true",
                   help="no progress line (shown only on a terminal, for local runners, outside CI)")
    add_common_options(p)
    p.set_defaults(func=_run, beam_passthrough=True)


def print_audio_line(report: dict) -> None:
    """Where the audio intervals went, when the run had conversations with word timings."""
    audio = report.get("audio_redactions", {})
    if audio.get("timed_conversations"):
        print(f"audio intervals:  {report['outputs']['audio_redactions']}/ ({audio['intervals']} intervals in "
              f"{audio['timed_conversations']} timed conversations; pii-pipeline bleep applies them)")


def _run(args) -> int:
    import sys

    from pipeline.beam.batch import run_batch
    from pipeline.beam.progress import wanted

    config, key = load_runtime(args)
    report = run_batch(args.input, args.output, config, key, args.beam_args,
                       verify=args.verify, overwrite=args.overwrite, discard_review=args.discard_review,
                       show_progress=not args.no_progress and wanted(sys.stderr, args.beam_args))
    counts = report["counts"]
    print(f"training Parquet: {report['outputs']['training']}/")
    print(f"audit Parquet:    {report['outputs']['audit']}/")
    print(f"dead letters:     {report['outputs']['dead_letter']}/")
    print_audio_line(report)
    print(f"report:           {report['outputs']['report']}")
    dropped = sum(counts["dropped"].values())
    print(f"conversations: read {counts['read']}, written {counts['written']}, dropped {dropped}, "
          f"held for review {counts['held_for_review']}, dead-lettered {counts['dead_lettered']}")
    entities = ", ".join(f"{k} {v}" for k, v in sorted(report["entities"].items(), key=lambda kv: -kv[1]))
    print(f"entities: {entities or 'none'}")
    print(f"time: {report['run_seconds']:.1f} s for {counts['turns_processed']} turns")
    if "verification" in report:
        suspected = report["verification"]["suspected"]
        print(f"verification: {report['verification']['checked_messages']} messages checked, suspected "
              f"residual personal data: {', '.join(f'{k} {v}' for k, v in suspected.items()) or 'none'}")
    return EXIT_OK
