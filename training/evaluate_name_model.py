"""Dev evaluation of the name model alone, of our current detector, and of both unioned (PERSON).

Usage::

    .venv/bin/python -m training.evaluate_name_model [--limit N] [--out results.json]

Sets: ``slurp_devel`` (lowercase speech), ``evi_spoken_dev`` customer turns (real callers' ASR; our
detector runs on whole conversations, as the pipeline does), ``presidio_synth_dev`` (cased, and a
lowercased copy), ``benchmarks/data/fairness_dev.jsonl`` as is and with names swapped for held-out
mimesis names (``training/heldout_names.py``). Scoring is ``benchmarks.scoring`` (type-agnostic:
a gold entity is found when 80% of its letters are predicted; precision over predicted characters)
plus strict recall (every letter and digit of the entity predicted). Only PERSON gold counts for
recall; other gold labels are left in place so predicting them is not a false alarm.
"""
from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

from benchmarks.scoring import Tally, covered_mask
from recognizers import name_model
from recognizers.name_model import model_text
from training.heldout_names import heldout_pools, swap_names

DATA = Path("/work/shared/data")
ROOT = Path(__file__).resolve().parents[1]
SYSTEMS = ("model", "ours", "union", "union_gated")  # gated: model skips words ours already found
WINDOW: list = [name_model.WINDOW, False, "trim"]  # set from --window, --unknown-only, --refine


def find_spans_batch(texts: list[str], covered=None) -> list[list[tuple[int, int]]]:
    return name_model.find_spans_batch(texts, window=WINDOW[0], unknown_only=WINDOW[1], refine=WINDOW[2],
                                       covered=covered)


class Score:
    """Recall, strict recall and precision of one system on one slice."""

    def __init__(self) -> None:
        self.tally = Tally()
        self.strict = 0

    def add(self, text: str, gold: list[dict], predicted: list[tuple[int, int]]) -> None:
        gold = [g if g["label"] in ("PERSON", "NEUTRAL") else {**g, "label": "NEUTRAL"} for g in gold]
        self.tally.add(text, gold, predicted)
        mask = covered_mask(len(text), predicted)
        self.strict += sum(all(mask[i] for i in range(g["start"], g["end"]) if text[i].isalnum())
                           for g in gold if g["label"] == "PERSON")

    def as_dict(self) -> dict:
        n = self.tally.gold
        return {"person": n, "recall": round(self.tally.recall, 4),
                "strict_recall": round(self.strict / n, 4) if n else None,
                "precision": round(self.tally.precision, 4)}


def _ours_person_spans(findings) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in findings]


def evaluate_texts(redactor, records: list[dict], key=lambda r: "all") -> dict:
    """Score model / ours / union over single-text records, sliced by ``key``."""
    texts = [r["text"] for r in records]
    model = find_spans_batch(texts)
    ours = [_ours_person_spans(redactor.detect(t)) for t in texts]
    gated = find_spans_batch(texts, covered=ours)
    scores: dict[str, dict[str, Score]] = defaultdict(lambda: {s: Score() for s in SYSTEMS})
    for rec, m, o, g in zip(records, model, ours, gated):
        for slice_name in ("all", key(rec)):
            for system, spans in (("model", m), ("ours", o), ("union", m + o), ("union_gated", g + o)):
                scores[slice_name][system].add(rec["text"], rec["spans"], spans)
            if slice_name == "all" and key(rec) == "all":
                break
    return {k: {s: sc.as_dict() for s, sc in v.items()} for k, v in sorted(scores.items())}


def evaluate_evi(redactor, limit: int | None) -> dict:
    """Customer turns of EVI dialogues; ours sees the whole conversation (cross-turn cues)."""
    scores = {s: Score() for s in SYSTEMS}
    dialogues = [json.loads(line) for line in (DATA / "evi_spoken_dev.jsonl").open()][:limit]
    for dialogue in dialogues:
        turns = dialogue["turns"]
        redacted = redactor.redact_conversation([{"speaker": t["speaker"], "text": t["text"]} for t in turns])
        model = find_spans_batch([t["text"] for t in turns])
        ours = [_ours_person_spans(red.findings) for red in redacted]
        gated = find_spans_batch([t["text"] for t in turns], covered=ours)
        for turn, o, m, g in zip(turns, ours, model, gated):
            if turn["speaker"] != "customer":
                continue
            for system, spans in (("model", m), ("ours", o), ("union", m + o), ("union_gated", g + o)):
                scores[system].add(turn["text"], turn["spans"], spans)
    return {s: sc.as_dict() for s, sc in scores.items()}


def speed(texts: list[str], repeats: int = 3) -> dict:
    """Words per second and milliseconds per text of ``find_spans_batch`` (model already loaded)."""
    find_spans_batch(texts[:50])
    words = sum(len(t.split()) for t in texts) * repeats
    started = time.perf_counter()
    for _ in range(repeats):
        find_spans_batch(texts)
    batch_s = time.perf_counter() - started
    started = time.perf_counter()
    for text in texts:
        find_spans_batch([text])
    single_s = time.perf_counter() - started
    return {"texts": len(texts), "words_per_s_batched": round(words / batch_s),
            "ms_per_text_batched": round(1000 * batch_s / repeats / len(texts), 3),
            "ms_per_text_one_by_one": round(1000 * single_s / len(texts), 3)}


def read(path: Path, limit: int | None) -> list[dict]:
    return [json.loads(line) for line in path.open()][:limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="records per set (quick runs)")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--window", type=int, default=name_model.WINDOW,
                        help="words of context around candidate words; 0 = whole turns")
    parser.add_argument("--unknown-only", action="store_true",
                        help="read only windows around words no name list or dictionary holds")
    parser.add_argument("--refine", choices=("none", "anchor", "trim"), default="trim")
    parser.add_argument("--speed-only", action="store_true", help="measure speed (run under taskset -c 0)")
    args = parser.parse_args(argv)
    WINDOW[:] = [args.window or None, args.unknown_only, args.refine]
    if args.speed_only:
        turns = [t["text"] for line in (DATA / "evi_spoken_dev.jsonl").open()
                 for t in json.loads(line)["turns"]]
        slurp = [r["text"] for r in read(DATA / "slurp_devel.jsonl", None)]
        synth = [r["text"] for r in read(DATA / "presidio_synth_dev.jsonl", None)]
        print(json.dumps({"evi_turns": speed(turns), "slurp_devel": speed(slurp),
                          "presidio_synth_dev": speed(synth)}, indent=1))
        return 0
    from pipeline import Redactor

    redactor = Redactor.from_config()
    started = time.perf_counter()
    report = {"slurp_devel": evaluate_texts(redactor, read(DATA / "slurp_devel.jsonl", args.limit))}
    synth = read(DATA / "presidio_synth_dev.jsonl", args.limit)
    lowered = [{**r, "text": model_text(r["text"])} for r in synth]
    report["presidio_synth_dev"] = evaluate_texts(redactor, synth)
    report["presidio_synth_dev_lowercase"] = evaluate_texts(redactor, lowered)
    report["evi_spoken_dev_customer_turns"] = evaluate_evi(redactor, args.limit)
    fairness = read(ROOT / "benchmarks" / "data" / "fairness_dev.jsonl", None)
    if args.limit:
        fairness = fairness[::37][:args.limit]
    by_group = lambda r: f"{r['style']}/{r['origin']}"  # noqa: E731
    report["fairness_dev"] = evaluate_texts(redactor, fairness, by_group)
    pools = heldout_pools(ROOT / "recognizers" / "data" / "names.tsv")
    swapped = [r for r in swap_names(fairness, pools) if r["swapped"]]
    report["fairness_dev_heldout_names"] = evaluate_texts(redactor, swapped, by_group)
    report["heldout_pool_sizes"] = {g: [len(p[0]), len(p[1])] for g, p in pools.items()}
    report["seconds"] = round(time.perf_counter() - started, 1)
    text = json.dumps(report, indent=1)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
