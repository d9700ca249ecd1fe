"""Accuracy benchmark: vanilla Presidio vs our pipeline: type-agnostic P / R / F2, strict recall and the
output leak rate (what survives the default redaction policy), per data set and per entity.

Usage::

    python -m benchmarks.accuracy                 # full run, writes benchmarks/results/accuracy.{json,md}
    python -m benchmarks.accuracy --limit 5       # smoke run on 5 records per data set
    python -m benchmarks.accuracy --systems vanilla

Data sets: the generated dev conversations (``benchmarks/data/conversations_{dev,dev_b,...,dev_r}.jsonl``, scored
per style), ``presidio_synth_dev.jsonl``, ``slurp_devel.jsonl`` and ``evi_spoken_dev.jsonl`` (real callers'
speech recognition, conversation layout) from ``/work/shared/data``, and the FROZEN test splits
(``conversations_frozen_test.jsonl``, ``conversations_frozen_b.jsonl``: report them, never tune on them), and the
in-repo third-party conversation sets ``benchmarks/data/sgd_dev{,_asr}.jsonl`` (Schema-Guided Dialogue dev split;
``--splits '' --sets sgd_dev,sgd_dev_asr`` scores them alone). Ours
runs conversations through ``Redactor.redact_conversation`` (cross-turn context) and single texts through ``Redactor.redact_batch``;
vanilla Presidio runs ``analyze`` on every text (turn) on its own and ``AnonymizerEngine.anonymize``
(default replace) for the sanitized text.
"""
from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from benchmarks.accuracy_report import markdown
from benchmarks.generate_transcripts import DATA_DIR, FAMILIES, read_jsonl
from benchmarks.provenance import git_commit
from benchmarks.scoring import Span, Tally, distractor_hits

logger = logging.getLogger(__name__)

SHARED_DATA = Path("/work/shared/data")
RESULTS_DIR = Path(__file__).parent / "results"
SYSTEMS = ("vanilla_as_is", "vanilla", "ours")  # "vanilla" = restricted to the types we score
DEFAULT_OURS_FACTORY = "pipeline:Redactor.from_config"  # public API: internal module paths move
# A fixed benchmark-only pseudonym key (unless PII_PIPELINE_KEY is set): with a random per-run key the
# surrogates differ per run, and so do the few leaks that are chance matches of a surrogate (same month).
BENCH_KEY = "7b" * 32
DEV_SPLITS = tuple(FAMILIES)  # every generated dev split, in the order they were written
FROZEN_SPLITS = ("frozen_test", "frozen_b")  # written blind, scored, never tuned on
SHARED_TEXT_SETS = ("presidio_synth_dev", "slurp_devel")
SHARED_CONVERSATION_SETS = ("evi_spoken_dev",)
# Third-party conversation sets stored in this repository (benchmarks/data/<name>.jsonl, conversation layout);
# built by a script of their own (benchmarks/build_sgd_dev.py), provenance in benchmarks/data/<name>_PROVENANCE.md.
REPO_CONVERSATION_SETS = ("sgd_dev", "sgd_dev_asr")
SETS = (*SHARED_TEXT_SETS, *SHARED_CONVERSATION_SETS, *REPO_CONVERSATION_SETS)


@dataclass(frozen=True, slots=True)
class Prediction:
    """What one system did to one text: the spans it redacted and the sanitized text it produced."""

    spans: list[Span]
    sanitized: str


# -- systems ------------------------------------------------------------------------------------------
class Systems:
    """Runs every enabled system on a text or a conversation; returns spans per system name."""

    def __init__(self, names: Iterable[str], ours_factory: str = DEFAULT_OURS_FACTORY) -> None:
        names = set(names)
        self.vanilla = None
        self.ours = None
        self.ours_error: str | None = None
        if names & {"vanilla", "vanilla_as_is"}:
            from benchmarks.vanilla import VanillaPresidio

            self.vanilla = VanillaPresidio()
        if "ours" in names:
            try:
                self.ours = build_ours(ours_factory)
            except Exception as exc:  # the benchmark still reports the baseline when ours cannot load
                self.ours_error = f"{type(exc).__name__}: {exc}"
                logger.error("our Redactor could not be built (%s); reporting vanilla only", self.ours_error)
        self.names = [n for n in SYSTEMS if n in names and (n != "ours" or self.ours is not None)]
        self.seconds: dict[str, float] = {n: 0.0 for n in self.names}
        self.dropped_turns = 0

    def _vanilla(self, texts: list[str]) -> dict[str, list[Prediction]]:
        start = time.perf_counter()
        both = [self.vanilla.redact(t) for t in texts]
        elapsed = time.perf_counter() - start
        out = {}
        for name, variant in (("vanilla_as_is", "as_is"), ("vanilla", "restricted")):
            if name in self.names:
                out[name] = [Prediction(*b[variant]) for b in both]
                self.seconds[name] += elapsed / 2  # one shared spaCy pass, two analyze calls
        return out

    def texts(self, texts: list[str]) -> dict[str, list[Prediction]]:
        """Independent texts."""
        out = self._vanilla(texts) if self.vanilla else {}
        if self.ours is not None:
            start = time.perf_counter()
            out["ours"] = [self._prediction(t, r) for t, r in zip(texts, self.ours.redact_batch(texts))]
            self.seconds["ours"] += time.perf_counter() - start
        return out

    def conversation(self, turns: list[dict[str, Any]]) -> dict[str, list[Prediction]]:
        """One conversation: vanilla per turn, ours with cross-turn context."""
        texts = [t["text"] for t in turns]
        out = self._vanilla(texts) if self.vanilla else {}
        if self.ours is not None:
            start = time.perf_counter()
            results = self.ours.redact_conversation([{"speaker": t["speaker"], "text": t["text"]}
                                                     for t in turns])
            out["ours"] = [self._prediction(t, r) for t, r in zip(texts, results)]
            self.seconds["ours"] += time.perf_counter() - start
        return out

    def _prediction(self, text: str, redacted) -> Prediction:
        if getattr(redacted, "dropped", False):
            self.dropped_turns += 1  # a dropped turn never reaches training data: all of it is protected
            return Prediction([(0, len(text))], "")
        return Prediction([(f.start, f.end) for f in redacted.findings], redacted.text)


def build_ours(spec: str) -> Any:
    """Our redactor from ``module:callable``, pseudonyms from the fixed benchmark key (see ``BENCH_KEY``).

    The key is only put in the environment while the factory runs (it reads it once).
    """
    if os.environ.get("PII_PIPELINE_KEY"):
        return load_factory(spec)()
    os.environ["PII_PIPELINE_KEY"] = BENCH_KEY
    try:
        return load_factory(spec)()
    finally:
        del os.environ["PII_PIPELINE_KEY"]


def load_factory(spec: str) -> Callable[[], Any]:
    """``"package.module:Class.method"`` -> the callable."""
    module_name, _, attr_path = spec.partition(":")
    obj: Any = importlib.import_module(module_name)
    for attr in attr_path.split("."):
        obj = getattr(obj, attr)
    return obj


# -- data sets ----------------------------------------------------------------------------------------
@dataclass
class DatasetResult:
    name: str
    tallies: dict[str, Tally] = field(default_factory=dict)
    distractors: dict[str, dict[str, list[int]]] = field(default_factory=dict)  # system -> kind -> [hit, n]
    words: int = 0

    def tally(self, system: str) -> Tally:
        return self.tallies.setdefault(system, Tally())

    def add_distractors(self, system: str, text: str, distractors: list[dict], spans: list[Span]) -> None:
        per_kind = self.distractors.setdefault(system, {})
        for d in distractors:
            hit, n = distractor_hits(text, [d], spans)
            counts = per_kind.setdefault(d["kind"], [0, 0])
            counts[0] += hit
            counts[1] += n

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"words": self.words,
                               "systems": {s: t.as_dict() for s, t in self.tallies.items()}}
        if self.distractors:
            out["distractors_redacted"] = {
                s: {"overall": round(sum(h for h, _ in k.values()) / max(1, sum(n for _, n in k.values())), 4),
                    "by_kind": {kind: f"{h}/{n}" for kind, (h, n) in sorted(k.items())}}
                for s, k in self.distractors.items()}
        return out


def run_conversations(path: Path, systems: Systems, limit: int | None) -> list[DatasetResult]:
    """Score conversations turn by turn; generated ones give one result per style (ASR and chat read very
    differently), a set without styles (evi_spoken_dev) one result under its file name."""
    records = read_jsonl(path)
    by_style: dict[str | None, list[dict]] = {}
    for record in records:
        by_style.setdefault(record.get("style"), []).append(record)
    results = []
    for style in sorted(by_style, key=str):
        name = f"{path.stem.replace('conversations', 'generated')}_{style}" if style else path.stem
        result = DatasetResult(name)
        for record in by_style[style][:limit]:
            turns = record["turns"]
            predictions = systems.conversation(turns)
            for turn_index, turn in enumerate(turns):
                result.words += len(turn["text"].split())
                for system, per_turn in predictions.items():
                    pred = per_turn[turn_index]
                    result.tally(system).add(turn["text"], turn["spans"], pred.spans, pred.sanitized)
                    result.add_distractors(system, turn["text"], turn.get("distractors", []), pred.spans)
        results.append(result)
    return results


def run_texts(path: Path, systems: Systems, limit: int | None, batch: int = 64) -> DatasetResult:
    records = read_jsonl(path)[:limit]
    result = DatasetResult(path.stem)
    for i in range(0, len(records), batch):
        chunk = records[i:i + batch]
        predictions = systems.texts([r["text"] for r in chunk])
        for j, record in enumerate(chunk):
            result.words += len(record["text"].split())
            for system, preds in predictions.items():
                result.tally(system).add(record["text"], record["spans"], preds[j].spans, preds[j].sanitized)
    return result


# -- command ------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Accuracy of vanilla Presidio vs ours.")
    parser.add_argument("--limit", type=int, default=None, help="records (conversations) per data set")
    parser.add_argument("--systems", default="vanilla_as_is,vanilla,ours",
                        help="comma-separated subset of " + ",".join(SYSTEMS))
    parser.add_argument("--splits", default=",".join((*DEV_SPLITS, *FROZEN_SPLITS)),
                        help="generated splits to score (frozen_test, frozen_b = the frozen test splits)")
    parser.add_argument("--sets", default=",".join(SETS),
                        help="third-party sets to score, comma-separated subset of " + ",".join(SETS)
                             + " (--splits '' --sets sgd_dev scores that set alone)")
    parser.add_argument("--shared-data", type=Path, default=SHARED_DATA)
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--out-dir", type=Path, default=RESULTS_DIR)
    parser.add_argument("--ours-factory", default=DEFAULT_OURS_FACTORY,
                        help="module:callable returning an object with the Redactor API")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    provenance = git_commit()  # before the run: the code that produced the figures
    started = time.perf_counter()
    systems = Systems(args.systems.split(","), args.ours_factory)
    build_seconds = time.perf_counter() - started
    datasets: list[DatasetResult] = []
    for split in filter(None, args.splits.split(",")):
        path = args.data_dir / f"conversations_{split}.jsonl"
        if path.exists():
            datasets += run_conversations(path, systems, args.limit)
        else:
            logger.warning("%s missing: run python -m benchmarks.%s", path,
                           f"{split} --check" if split in FROZEN_SPLITS else f"generate_transcripts --split {split}")
    sets = [name for name in filter(None, args.sets.split(","))]
    unknown = sorted(set(sets) - set(SETS))
    if unknown:
        parser.error(f"unknown --sets {','.join(unknown)} (known: {','.join(SETS)})")
    for name in (n for n in SETS if n in sets):
        path = (args.data_dir if name in REPO_CONVERSATION_SETS else args.shared_data) / f"{name}.jsonl"
        if not path.exists():
            logger.warning("%s missing, skipped", path)
        elif name in (*SHARED_CONVERSATION_SETS, *REPO_CONVERSATION_SETS):
            datasets += run_conversations(path, systems, args.limit)
        else:
            datasets.append(run_texts(path, systems, args.limit))

    from benchmarks.vanilla import SCORED_PRESIDIO_ENTITIES

    report = {
        **provenance,
        "systems": systems.names,
        "vanilla_restricted_entities": list(SCORED_PRESIDIO_ENTITIES),
        "limit": args.limit,
        "ours_error": systems.ours_error,
        "ours_dropped_turns": systems.dropped_turns,
        "datasets": {d.name: d.as_dict() for d in datasets},
        "seconds": {"build": round(build_seconds, 2), **{s: round(v, 2) for s, v in systems.seconds.items()},
                    "total": round(time.perf_counter() - started, 2)},
    }
    args.out_dir.mkdir(parents=True, exist_ok=True)
    (args.out_dir / "accuracy.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    table = markdown(report)
    (args.out_dir / "accuracy.md").write_text(table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
