"""Real callers' speech (PolyAI EVI dev split): entity recall, every-word recall and precision per label.

Usage::

    python -m benchmarks.real_callers                      # /work/shared/data/evi_spoken_dev.jsonl
    python -m benchmarks.real_callers --data PATH --show-misses

Each record is a conversation (synthetic agent prompts, real caller ASR); ours runs
``Redactor.redact_conversation`` so the agent's question frames the answer. Only caller turns are scored
(agent prompts hold no personal data). Scoring is type-agnostic (``benchmarks.scoring``): an entity is
*found* when >= 80 % of its letters and digits are redacted, *whole* when all of them are; precision
counts redacted letters and digits outside gold spans as false alarms. Printed texts are dev data only.
"""
from __future__ import annotations

import argparse
import json
import logging
from collections import Counter
from pathlib import Path

from benchmarks.accuracy import DEFAULT_OURS_FACTORY, SHARED_DATA, load_factory
from benchmarks.generate_transcripts import read_jsonl
from benchmarks.scoring import Tally, covered_mask

DEFAULT_DATA = SHARED_DATA / "evi_spoken_dev.jsonl"


def every_word_covered(text: str, gold: dict, mask: list[bool]) -> bool:
    """True when every letter and digit of the gold span is redacted."""
    return all(mask[i] for i in range(gold["start"], gold["end"]) if text[i].isalnum())


def score(records: list[dict], redactor, show_misses: bool = False) -> dict:
    """Entity recall, every-word recall and precision, overall and per gold label."""
    tally = Tally()
    whole: Counter = Counter()
    for record in records:
        turns = record["turns"]
        results = redactor.redact_conversation([{"speaker": t["speaker"], "text": t["text"]} for t in turns])
        for turn, result in zip(turns, results):
            if turn["speaker"] != "customer":
                continue
            text, spans = turn["text"], [(f.start, f.end) for f in result.findings]
            tally.add(text, turn["spans"], spans)
            mask = covered_mask(len(text), spans)
            for gold in turn["spans"]:
                ok = every_word_covered(text, gold, mask)
                whole[gold["label"]] += ok
                if show_misses and not ok:
                    print(f"{gold['label']:14s} {text!r} -> {[text[a:b] for a, b in spans]}")
    gold_total = tally.gold or 1
    return {
        "entities": tally.gold, "recall": round(tally.recall, 4),
        "every_word_recall": round(sum(whole.values()) / gold_total, 4), "precision": round(tally.precision, 4),
        "by_label": {label: {"entities": n, "recall": round(tally.protected_by_label[label] / n, 4),
                             "every_word_recall": round(whole[label] / n, 4)}
                     for label, n in sorted(tally.gold_by_label.items())},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Real callers' speech: recall, every-word recall, precision.")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--ours-factory", default=DEFAULT_OURS_FACTORY)
    parser.add_argument("--show-misses", action="store_true", help="print entities not covered whole (dev only)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    report = score(read_jsonl(args.data), load_factory(args.ours_factory)(), args.show_misses)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
