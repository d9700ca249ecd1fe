"""Fairness: PERSON recall per name-origin group, in cased chat and lowercase ASR style.

Usage::

    python -m benchmarks.fairness                       # dev fairness set, writes benchmarks/results/fairness.*
    python -m benchmarks.fairness --split dev_b --limit 200
    python -m benchmarks.fairness --split frozen_test   # the frozen test split: report, never tune
    python -m benchmarks.fairness --split frozen_b      # the second frozen split (benchmarks/frozen_b.py)

Each utterance of ``benchmarks/data/fairness_<split>.jsonl`` holds one name in a frame ("my name is ...").
A name counts as found when >= 80% of its letters are redacted (the scoring of ``benchmarks.scoring``);
strict recall and the output leak rate (a 3+-letter word of the name left in the sanitized text) are
reported beside it. The gap is max - min recall over origin groups; a large gap means names from some
places leak more. ``--split frozen_test`` is the frozen test split: names from a source never used for
our lexicon or surrogate pools (see benchmarks/README.md); report it, never tune on it.
"""
from __future__ import annotations

import argparse
import json
import logging
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from benchmarks.accuracy import DEFAULT_OURS_FACTORY, DEV_SPLITS, FROZEN_SPLITS, RESULTS_DIR, Systems
from benchmarks.generate_transcripts import DATA_DIR, read_jsonl
from benchmarks.provenance import commit_line, git_commit
from benchmarks.scoring import Tally

logger = logging.getLogger(__name__)


def group_report(tallies: dict[str, Tally]) -> dict[str, Any]:
    """Recall per origin plus the gap and the lowest group."""
    recall = {origin: round(t.recall, 4) for origin, t in sorted(tallies.items())}
    if not recall:
        return {"recall_by_origin": {}, "gap": None, "lowest": None}
    lowest = min(recall, key=recall.get)
    return {"recall_by_origin": recall, "support_by_origin": {o: t.gold for o, t in sorted(tallies.items())},
            "gap": round(max(recall.values()) - recall[lowest], 4), "lowest": lowest,
            "strict_recall_by_origin": {o: round(t.strict_recall, 4) for o, t in sorted(tallies.items())},
            "leak_rate_by_origin": {o: round(t.leak_rate, 4) for o, t in sorted(tallies.items())
                                    if t.leak_rate is not None},
            "precision": round(_merged(tallies).precision, 4), "recall": round(_merged(tallies).recall, 4),
            "strict_recall": round(_merged(tallies).strict_recall, 4),
            "leak_rate": None if _merged(tallies).leak_rate is None else round(_merged(tallies).leak_rate, 4)}


def _merged(tallies: dict[str, Tally]) -> Tally:
    total = Tally()
    for t in tallies.values():
        total.merge(t)
    return total


def evaluate(records: list[dict[str, Any]], systems: Systems, batch: int = 64) -> dict[str, Any]:
    """``{system: {style: group_report}}``."""
    tallies: dict[str, dict[str, dict[str, Tally]]] = defaultdict(lambda: defaultdict(dict))
    for i in range(0, len(records), batch):
        chunk = records[i:i + batch]
        predictions = systems.texts([r["text"] for r in chunk])
        for j, record in enumerate(chunk):
            for system, preds in predictions.items():
                per_origin = tallies[system][record["style"]]
                per_origin.setdefault(record["origin"], Tally()).add(record["text"], record["spans"],
                                                                    preds[j].spans, preds[j].sanitized)
    return {system: {style: group_report(by_origin) for style, by_origin in sorted(styles.items())}
            for system, styles in tallies.items()}


def markdown(report: dict[str, Any]) -> str:
    results = report["results"]
    origins = sorted({o for styles in results.values() for g in styles.values() for o in g["recall_by_origin"]})
    lines = [f"# Fairness: PERSON recall by name origin ({report['split']} split, {report['utterances']} "
             "utterances)", "", commit_line(report), "",
             "Recall = names with >= 80% of their letters redacted. gap = max - min over origin groups. "
             "strict = every word of the name redacted; leak = a 3+-letter word of the name left in the "
             "sanitized text (default policy). `vanilla` = Presidio restricted to the scored types (see "
             "accuracy.md).", "",
             "| system | style | " + " | ".join(origins) + " | gap | lowest | precision | strict R | leak |",
             "|" + "---|" * (len(origins) + 7)]
    for system, styles in results.items():
        for style, g in styles.items():
            cells = [f"{g['recall_by_origin'].get(o, float('nan')):.3f}" for o in origins]
            leak = "-" if g.get("leak_rate") is None else f"{100 * g['leak_rate']:.1f}%"
            lines.append(f"| {system} | {style} | " + " | ".join(cells) +
                         f" | **{g['gap']:.3f}** | {g['lowest']} | {g['precision']:.3f} | "
                         f"{g.get('strict_recall', float('nan')):.3f} | {leak} |")
    lines += ["", "Strict recall by origin:", "", "| system | style | " + " | ".join(origins) + " |",
              "|" + "---|" * (len(origins) + 2)]
    for system, styles in results.items():
        for style, g in styles.items():
            cells = [f"{g.get('strict_recall_by_origin', {}).get(o, float('nan')):.3f}" for o in origins]
            lines.append(f"| {system} | {style} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="PERSON recall per name origin group.")
    parser.add_argument("--split", default="dev", choices=(*DEV_SPLITS, *FROZEN_SPLITS))
    parser.add_argument("--limit", type=int, default=None, help="utterances to score")
    parser.add_argument("--systems", default="vanilla,ours")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--out-dir", type=Path, default=RESULTS_DIR)
    parser.add_argument("--ours-factory", default=DEFAULT_OURS_FACTORY)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    provenance = git_commit()  # before the run: the code that produced the figures
    started = time.perf_counter()
    records = read_jsonl(args.data_dir / f"fairness_{args.split}.jsonl")[:args.limit]
    systems = Systems(args.systems.split(","), args.ours_factory)
    report = {**provenance, "split": args.split, "utterances": len(records), "systems": systems.names,
              "ours_error": systems.ours_error, "results": evaluate(records, systems),
              "seconds": {**{s: round(v, 2) for s, v in systems.seconds.items()},
                          "total": round(time.perf_counter() - started, 2)}}
    args.out_dir.mkdir(parents=True, exist_ok=True)
    stem = "fairness" if args.split == "dev" else f"fairness_{args.split}"
    (args.out_dir / f"{stem}.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    table = markdown(report)
    (args.out_dir / f"{stem}.md").write_text(table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
