"""``report.html``: the run report as one self-contained page (inline CSS and SVG, no external assets).

Built only from ``report.json`` (counts, types, recognizer names, versions): no personal data can
reach it. Every value is escaped.
"""
from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Mapping, Sequence

BAR_WIDTH = 360
BAR_HEIGHT = 18
COLUMN_WIDTH = 30
HISTOGRAM_HEIGHT = 120
_CSS = """body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:60em}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}.flag{background:#fde2e1;font-weight:bold}
h2{margin-top:1.5em;border-bottom:1px solid #ddd}svg text{font-size:11px;fill:#333}.bar{fill:#4a78b0}"""


def _e(value) -> str:
    return escape(str(value), quote=True)


def _table(headers: Sequence[str], rows: Sequence[Sequence], flagged: Sequence[bool] = ()) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = []
    for i, row in enumerate(rows):
        cls = ' class="flag"' if i < len(flagged) and flagged[i] else ""
        cells = "".join(f'<td class="n">{_e(c)}</td>' if isinstance(c, (int, float)) else f"<td>{_e(c)}</td>"
                        for c in row)
        body.append(f"<tr{cls}>{cells}</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def bar_chart(values: Mapping[str, int], title: str) -> str:
    """Horizontal bars, one per key (inline SVG)."""
    if not values:
        return "<p>none</p>"
    top = max(values.values()) or 1
    label_width = 170
    rows = []
    for i, (name, n) in enumerate(values.items()):
        y = i * (BAR_HEIGHT + 4)
        width = max(1, round(BAR_WIDTH * n / top))
        rows.append(f'<text x="0" y="{y + 13}">{_e(name)}</text>'
                    f'<rect class="bar" x="{label_width}" y="{y}" width="{width}" height="{BAR_HEIGHT}"/>'
                    f'<text x="{label_width + width + 4}" y="{y + 13}">{_e(n)}</text>')
    height = len(values) * (BAR_HEIGHT + 4)
    return (f'<svg role="img" aria-label="{_e(title)}" '
            f'width="{label_width + BAR_WIDTH + 60}" height="{height}">{"".join(rows)}</svg>')


def histogram(bins: Mapping[str, int], title: str) -> str:
    """Vertical columns for score bins ``0.0`` .. ``0.9`` (inline SVG)."""
    labels = [f"{i / 10:.1f}" for i in range(10)]
    top = max(bins.values(), default=0) or 1
    cols = []
    for i, label in enumerate(labels):
        n = bins.get(label, 0)
        h = round(HISTOGRAM_HEIGHT * n / top)
        x = i * (COLUMN_WIDTH + 4)
        cols.append(f'<rect class="bar" x="{x}" y="{HISTOGRAM_HEIGHT - h + 14}" width="{COLUMN_WIDTH}" height="{h}"/>'
                    f'<text x="{x}" y="{HISTOGRAM_HEIGHT - h + 11}">{n}</text>'
                    f'<text x="{x}" y="{HISTOGRAM_HEIGHT + 28}">{label}</text>')
    return (f'<svg role="img" aria-label="{_e(title)}" '
            f'width="{10 * (COLUMN_WIDTH + 4)}" height="{HISTOGRAM_HEIGHT + 34}">{"".join(cols)}</svg>')


def _drift(drift: Mapping | None) -> str:
    if not drift or not drift.get("compared"):
        return "<p>No previous report in this output folder: nothing to compare.</p>"
    types = drift.get("types", {})
    rows = [(t, v["previous_rate"], v["current_rate"],
             "new" if v["change"] is None else f"{v['change']:+.0%}", "DRIFT" if v["flagged"] else "")
            for t, v in types.items()]
    note = (f"<p>Threshold {drift.get('threshold', 0):.0%} change in rate per 1,000 turns. "
            f"Flagged: <strong>{_e(', '.join(drift.get('flagged', [])) or 'none')}</strong>."
            f"{' The config changed since the previous run.' if drift.get('config_changed') else ''}</p>")
    return note + _table(("entity type", "previous /1k turns", "current /1k turns", "change", ""), rows,
                         [v["flagged"] for v in types.values()])


def render(report: Mapping, top_recognizers: int = 10) -> str:
    """The HTML page for a report mapping (as written to ``report.json``)."""
    counts = report.get("counts", {})
    dropped = counts.get("dropped", {})
    summary = [("records in (conversations + unassembled records)", counts.get("read", 0)),
               ("written to training", counts.get("written", 0)),
               *((f"dropped: {reason}", n) for reason, n in dropped.items()),
               ("held for review", counts.get("held_for_review", 0)),
               ("dead-lettered", counts.get("dead_lettered", 0)),
               ("turns processed", counts.get("turns_processed", 0))]
    review = report.get("review", {})
    recognizers = list(report.get("recognizers", {}).items())[:top_recognizers]
    minimization = report.get("minimization", {})
    versions = report.get("versions", {})
    parts = [
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<title>pii-pipeline run report</title>", f"<style>{_CSS}</style></head><body>",
        "<h1>pii-pipeline run report</h1>",
        f"<p>Config fingerprint <code id=\"fingerprint\">{_e(report.get('config_fingerprint', ''))}</code>; "
        f"run time {_e(report.get('run_seconds', ''))} s. Counts, types and names only: no personal data.</p>",
        "<h2>Records</h2>", _table(("", "count"), summary),
        "<h2>Entities per type</h2>", bar_chart(report.get("entities", {}), "entities per type"),
        _table(("entity type", "findings"), list(report.get("entities", {}).items())),
        "<h2>Score histogram</h2>", histogram(report.get("score_histogram", {}), "finding scores"),
        "<h2>Top recognizers</h2>", _table(("recognizer", "findings"), recognizers),
        "<h2>Human review</h2>",
        _table(("", "count"), [("conversations held for review", review.get("held_for_review", 0)),
                               ("uncertain findings flagged", review.get("flagged_findings", 0)),
                               ("conversations QA-sampled", review.get("qa_sampled", 0))]),
        "<h2>Data minimization</h2>", _table(("", "count"), list(minimization.items())),
        "<h2>Unrecognized consent states (excluded, fail closed)</h2>",
        _table(("state", "conversations"), list(report.get("consent_unrecognized_states", {}).items())),
        "<h2>Drift against the previous run</h2>", _drift(report.get("drift")),
        "<h2>Versions</h2>", _table(("component", "version"), list(versions.items())),
        "</body></html>",
    ]
    return "\n".join(parts)


def write_html(path: str | Path, report: Mapping, top_recognizers: int = 10) -> None:
    """Render and write ``report.html`` atomically (through ``pipeline.io.filesystem``: any scheme)."""
    from pipeline.io.filesystem import write_atomic

    write_atomic(str(path), render(report, top_recognizers).encode("utf-8"))
