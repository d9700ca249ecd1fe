"""What leaks, by shape, on the DEVELOPMENT sets only (never the frozen test split).

Usage::

    python -m benchmarks.leak_patterns                 # counts of leak shapes over all dev sets
    python -m benchmarks.leak_patterns --top 20 --sets evi_spoken_dev

Each leaked gold entity gets a shape: its type, the set and style, whether the detector missed it
(nothing predicted over it), covered part of it (partial detection) or covered all of it and the
redaction stage still let something through (operator leak), and which kind of unit survived (a word, 4
digits, a mixed token) and, for names, which part (first, last, middle word). Only counts are printed:
no text of any record.
"""
from __future__ import annotations

import argparse
import logging
from collections import Counter
from pathlib import Path
from typing import Any, Iterator

from benchmarks.accuracy import (DEFAULT_OURS_FACTORY, DEV_SPLITS, SHARED_CONVERSATION_SETS, SHARED_DATA,
                                 SHARED_TEXT_SETS, build_ours)
from benchmarks.generate_transcripts import DATA_DIR, read_jsonl
from benchmarks.leak_units import digit_windows, output_units, units
from benchmarks.scoring import YEAR_KEPT, covered_mask, is_strictly_protected

logger = logging.getLogger(__name__)


def _items(name: str, data_dir: Path, shared: Path, limit: int | None) -> Iterator[tuple[str, list[dict]]]:
    """(style, turns) per conversation or text of one dev set."""
    if name in DEV_SPLITS:
        for record in read_jsonl(data_dir / f"conversations_{name}.jsonl")[:limit]:
            yield record["style"], record["turns"]
    elif name in SHARED_CONVERSATION_SETS:
        for record in read_jsonl(shared / f"{name}.jsonl")[:limit]:
            yield "spoken", record["turns"]
    else:
        for record in read_jsonl(shared / f"{name}.jsonl")[:limit]:
            yield "text", [{"speaker": "customer", "text": record["text"], "spans": record["spans"]}]


def _surviving_parts(value: str, label: str, sanitized: str) -> tuple[set[str], list[str]]:
    """(kinds of surviving units, positions of surviving words among the value's words)."""
    kinds, positions = set(), []
    words = value.split()
    for nato in (False, True):
        mine = units(value, nato=nato, keep_years=label in YEAR_KEPT)
        out = output_units(sanitized, nato=nato)
        for word in mine.words:
            if out.has_word(word):
                kinds.add("mixed" if any(c.isdigit() for c in word) else "word")
                lowered = [w.lower().strip(".,") for w in words]
                if word in lowered:
                    i = lowered.index(word)
                    positions.append("first" if i == 0 else "last" if i == len(words) - 1 else "middle")
                else:
                    positions.append("spelled")
        for run in mine.digit_runs:
            if any(w in d for w in digit_windows(run, label in YEAR_KEPT) for d in out.digit_runs):
                kinds.add("digits")
    return kinds, positions


def shape(label: str, set_name: str, style: str, text: str, gold: dict, spans: list, sanitized: str
          ) -> str | None:
    """The leak shape of one gold entity, or None when nothing of it survives."""
    value = text[gold["start"]:gold["end"]]
    kinds, positions = _surviving_parts(value, label, sanitized)
    if not kinds:
        return None
    mask = covered_mask(len(text), spans)
    covered = [mask[i] for i in range(gold["start"], gold["end"]) if text[i].isalnum()]
    if not any(covered):
        stage = "missed by detection"
    elif not is_strictly_protected(text, (gold["start"], gold["end"]), mask):
        stage = "partly detected"
    else:
        stage = "detected, operator kept it"
    case = "lowercase" if value == value.lower() else "cased"
    where = f", {'/'.join(sorted(set(positions)))} word" if positions else ""
    return f"{set_name} {style} | {label} | {stage} | {'+'.join(sorted(kinds))} survived{where} | {case}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Leak shapes on the development sets.")
    parser.add_argument("--sets", default=",".join((*DEV_SPLITS, *SHARED_TEXT_SETS, *SHARED_CONVERSATION_SETS)))
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--ours-factory", default=DEFAULT_OURS_FACTORY)
    parser.add_argument("--merge-sets", action="store_true", help="one shape across sets and styles")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    sets = [s for s in args.sets.split(",") if s]
    if any("frozen" in s for s in sets):
        parser.error("the frozen test split is not analysed for failures: report its figures only")
    ours = build_ours(args.ours_factory)
    shapes: Counter = Counter()
    entities = 0
    for set_name in sets:
        for style, turns in _items(set_name, DATA_DIR, SHARED_DATA, args.limit):
            if len(turns) == 1:
                results = list(ours.redact_batch([turns[0]["text"]]))
            else:
                results = ours.redact_conversation([{"speaker": t["speaker"], "text": t["text"]} for t in turns])
            for turn, result in zip(turns, results):
                sanitized = "" if result.dropped else result.text
                spans = [(f.start, f.end) for f in result.findings]
                for gold in turn["spans"]:
                    if gold["label"] == "NEUTRAL":
                        continue
                    entities += 1
                    found = shape(gold["label"], set_name, style, turn["text"], gold, spans, sanitized)
                    if found and args.merge_sets:
                        found = found.split(" | ", 1)[1]
                    if found:
                        shapes[found] += 1
    print(f"{sum(shapes.values())} leaked of {entities} gold entities on {', '.join(sets)}")
    for found, n in shapes.most_common(args.top):
        print(f"{n:5d}  {found}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
