"""The throughput benchmark's markdown report: speed, memory, accuracy and the targets of issue 7."""
from __future__ import annotations

import json
from pathlib import Path

from benchmarks.provenance import commit_line

# Accuracy columns: dataset in results/accuracy.json -> label (frozen test split and third-party sets).
ACCURACY_DATASETS = {"generated_frozen_test_asr": "frozen test ASR", "generated_frozen_test_chat": "frozen test chat",
                     "presidio_synth_dev": "presidio-synth", "slurp_devel": "SLURP"}
# Which accuracy system a speed path runs: the Beam job and the library share one detector.
ACCURACY_SYSTEM = {"vanilla": "vanilla", "library": "ours", "beam_1_worker": "ours", "beam_2_workers": "ours",
                   "spark_1_executor": "ours", "spark_2_executors": "ours"}
# Issue 7's targets.
TARGET_VS_VANILLA = 5.0
TARGET_TWO_WORKERS = 1.8
TARGET_WORKER_RSS_MB = 1024
TARGET_FLAT_GROWTH = 0.10  # "flat": peak RSS on 10x the input at most 10 % above the base run
TARGET_SPARK_VS_BEAM = 0.8  # issue 15: Spark per core within 20 % of the Beam job per core
TARGET_LIBRARY_VS_VANILLA = 6.0  # issue 12: the library path per core, with every safety step on


def accuracy_f2(accuracy_path: Path) -> dict[str, str]:
    """System -> ``F2 a / b / c / d`` over ``ACCURACY_DATASETS`` (empty when the file is missing)."""
    if not accuracy_path.exists():
        return {}
    datasets = json.loads(accuracy_path.read_text())["datasets"]
    out = {}
    for system in ("vanilla", "ours"):
        scores = [datasets.get(name, {}).get("systems", {}).get(system, {}).get("f2") for name in ACCURACY_DATASETS]
        out[system] = " / ".join("n/a" if s is None else f"{s:.3f}" for s in scores)
    return out


def _rss(r: dict) -> str:
    if "jvm_rss_mb" in r:
        return f"{r['worker_rss_mb']} / {r['driver_rss_mb']} / JVM {r['jvm_rss_mb']}"
    if "worker_rss_mb" in r:
        return f"{r['worker_rss_mb']} / {r['driver_rss_mb']}"
    return str(r["peak_rss_mb"])


def _ratio(a: float | None, b: float | None) -> float:
    return a / b if a and b else float("nan")


def targets(results: dict) -> list[tuple[str, str, bool]]:
    """(target, measured, met) for every target (issues 7, 12, 15) the results can answer."""
    paths = results["paths"]
    vanilla = paths.get("vanilla", {}).get("words_per_s")
    rows = []
    for name in ("library", "beam_1_worker"):
        if name in paths:
            ratio = _ratio(paths[name]["words_per_s"], vanilla)
            scope = " (end to end)" if name.startswith("beam") else ""
            rows.append((f"{name} ≥ {TARGET_VS_VANILLA:g}× vanilla words/s{scope}", f"{ratio:.2f}×",
                         ratio >= TARGET_VS_VANILLA))
    if "library" in paths:
        ratio = _ratio(paths["library"]["words_per_s"], vanilla)
        rows.append((f"library ≥ {TARGET_LIBRARY_VS_VANILLA:g}× vanilla words/s per core (issue 12)", f"{ratio:.2f}×",
                     ratio >= TARGET_LIBRARY_VS_VANILLA))
    if "beam_1_worker" in paths and "beam_2_workers" in paths:
        ratio = _ratio(paths["beam_2_workers"]["words_per_s"], paths["beam_1_worker"]["words_per_s"])
        rows.append((f"2 workers ≥ {TARGET_TWO_WORKERS:g}× 1 worker (end to end)", f"{ratio:.2f}×",
                     ratio >= TARGET_TWO_WORKERS))
    rows += _spark_targets(paths)
    workers = [r["worker_rss_mb"] for r in paths.values() if "worker_rss_mb" in r]
    memory = results.get("memory_scale")
    if memory:
        workers += [memory["base_worker_mb"], memory["scaled_worker_mb"]]
        growth = memory["scaled_worker_mb"] / memory["base_worker_mb"] - 1
        rows.append((f"worker peak RSS flat: {memory['factor']}× input ≤ +{TARGET_FLAT_GROWTH:.0%}",
                     f"{memory['base_worker_mb']} → {memory['scaled_worker_mb']} MB ({growth:+.1%})",
                     growth <= TARGET_FLAT_GROWTH))
    if workers:
        rows.append((f"worker peak RSS ≤ {TARGET_WORKER_RSS_MB} MB", f"{max(workers)} MB",
                     max(workers) <= TARGET_WORKER_RSS_MB))
    return rows


def _spark_targets(paths: dict) -> list[tuple[str, str, bool]]:
    rows = []
    for key, scope in (("words_per_s", "end to end"), ("steady_words_per_s", "start-up excluded")):
        one, beam = paths.get("spark_1_executor", {}).get(key), paths.get("beam_1_worker", {}).get(key)
        if one and beam:
            rows.append((f"Spark per core ≥ {TARGET_SPARK_VS_BEAM:g}× Beam per core ({scope})", f"{one / beam:.2f}×",
                         one / beam >= TARGET_SPARK_VS_BEAM))
        two = paths.get("spark_2_executors", {}).get(key)
        if one and two:
            rows.append((f"Spark 2 executors ≥ {TARGET_TWO_WORKERS:g}× 1 ({scope})", f"{two / one:.2f}×",
                         two / one >= TARGET_TWO_WORKERS))
    return rows


def _one_core_runs(runs: dict[str, list[int]]) -> list[str]:
    """Every interleaved run of vanilla and library, and the library / vanilla ratio of each pair."""
    vanilla, library = runs.get("vanilla", []), runs.get("library", [])
    if len(vanilla) < 2 or len(vanilla) != len(library):
        return []
    pairs = ", ".join(f"{lib / van:.2f}×" for van, lib in zip(vanilla, library))
    return ["", f"One-core runs, interleaved (words/s): vanilla {', '.join(f'{v:,}' for v in vanilla)}; library "
            f"{', '.join(f'{v:,}' for v in library)}; library / vanilla per pair: {pairs}. The table shows each "
            "path's median run."]


def to_markdown(results: dict, accuracy_path: Path) -> str:
    """The report: one table of speed, memory and accuracy per path, then ratios, memory and targets."""
    corpus = results["corpus"]
    nan = float("nan")  # a path skipped with --skip leaves its ratios undefined
    vanilla = results["paths"].get("vanilla", {}).get("words_per_s", nan)
    floor = results["paths"].get("spacy_floor", {}).get("words_per_s", nan)
    f2 = accuracy_f2(accuracy_path)
    labels = " / ".join(ACCURACY_DATASETS.values())
    beam = results.get("beam_corpus", {})
    lines = [
        commit_line(results) + (f" {results['commit_note']}" if results.get("commit_note") else ""), "",
        f"Library corpus: {corpus['conversations']} conversations, {corpus['turns']} turns, {corpus['words']:,} "
        f"words; Beam corpus: {beam.get('conversations')} conversations, {beam.get('words', 0):,} words in one "
        "JSONL file (chat + ASR, 20-300 words per turn). One core for vanilla, floor and library (each pinned to the same CPU, single-threaded BLAS); Beam runs use "
        f"{results.get('cpu_count')} cores.", "",
        f"| path | words/s | turns/s | × vanilla | × spaCy NER floor | peak RSS MB (Beam: worker / runner; Spark: Python worker / driver / JVM) "
        f"| F2 {labels} |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, r in results["paths"].items():
        accuracy = f2.get(ACCURACY_SYSTEM.get(name, ""), "")
        lines.append(f"| {name} | {r['words_per_s']:,} | {r['turns_per_s']} | {r['words_per_s'] / vanilla:.2f} | "
                     f"{r['words_per_s'] / floor:.2f} | {_rss(r)} | {accuracy} |")
        if r.get("steady_words_per_s"):
            steady = r["steady_words_per_s"]
            lines.append(f"| {name}, start-up ({r['startup_seconds']} s) excluded | {steady:,} | | "
                         f"{steady / vanilla:.2f} | {steady / floor:.2f} | | |")
    paths = results["paths"]
    lines += _one_core_runs(results.get("one_core_runs", {}))
    if "beam_1_worker" in paths and "beam_2_workers" in paths:
        one, two = paths["beam_1_worker"], paths["beam_2_workers"]
        steady = _ratio(two.get("steady_words_per_s"), one.get("steady_words_per_s"))
        lines += ["", f"2 workers / 1 worker: {two['words_per_s'] / one['words_per_s']:.2f}× end to end, "
                  f"{steady:.2f}× start-up excluded."]
    ceiling = results.get("cpu_ceiling")
    if ceiling:
        lines.append(f"This machine's ceiling for two processes (a CPU-bound Python loop, one vs two at once, "
                     f"measured before and after the Beam runs): {ceiling['before']:.2f}× / {ceiling['after']:.2f}×.")
    memory = results.get("memory_scale")
    if memory:
        lines += ["", f"Memory, 1-worker Beam job on {memory['base_words']:,} vs {memory['scaled_words']:,} words "
                  f"({memory['factor']}×): worker peak RSS {memory['base_worker_mb']} → {memory['scaled_worker_mb']} "
                  f"MB, runner process {memory['base_driver_mb']} → {memory['scaled_driver_mb']} MB "
                  f"({memory['base_words_per_s']:,} and {memory['scaled_words_per_s']:,} words/s end to end)."]
    rows = targets(results)
    if rows:
        lines += ["", "| target | measured | met |", "|---|---|---|"]
        lines += [f"| {t} | {m} | {'yes' if ok else 'no'} |" for t, m, ok in rows]
    lines += ["", f"Accuracy: F2 from `{accuracy_path.name}` (same detector code and config; "
              "`python -m benchmarks.accuracy`)." if f2 else "Accuracy: run `python -m benchmarks.accuracy` first.",
              "", f"Reproduce: `{results['command']}`"]
    return "\n".join(lines) + "\n"
