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
h2{margin-top:1.5em;border-bottom:1px solid #ddd}svg text{font-size:11px;fill:#333}.bar{fill:#4a78b0}
.warn{background:#fff3cd;border:2px solid #b7791f;padding:.6em 1em;margin:1em 0}
.bad{background:#fde2e1;border:2px solid #c53030;padding:.6em 1em;margin:1em 0}
.ok{color:#276749;font-weight:bold}.fail{color:#c53030;font-weight:bold}
.eq{font-size:1.1em;font-variant-numeric:tabular-nums}"""
RANDOM_KEY = "random per-run key"


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


def _audio(audio: Mapping | None) -> str:
    if not audio or not audio.get("timed_conversations"):
        return ""
    return ("<h2>Audio redaction</h2>" + _table(("", "count"), [
        ("conversations with word timings", audio["timed_conversations"]),
        ("intervals to redact (audio_redactions/)", audio.get("intervals", 0)),
        ("conversations whose intervals failed (recording not copied by bleep)", audio.get("failed", 0))]))


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


def _key_warning(report: Mapping) -> str:
    if report.get("pseudonym_key") != RANDOM_KEY:
        return ""
    return ('<div class="warn" id="random-key-warning" role="alert"><strong>Warning: a random per-run key '
            "was used.</strong> Pseudonyms and keyed hashes of this run cannot be matched with any other "
            "run, and the key is gone: nothing can be re-identified or decrypted. For stable pseudonyms "
            "create a key once (<code>pii-pipeline keygen --output KEYFILE</code>) and run with "
            "<code>--key-file KEYFILE</code> or <code>PII_PIPELINE_KEY</code>.</div>")


def accounting(counts: Mapping) -> tuple[int, int, bool]:
    """(read, written + dropped + held + dead-lettered, balanced) from the report's counts."""
    out = (counts.get("written", 0) + sum(counts.get("dropped", {}).values())
           + counts.get("held_for_review", 0) + counts.get("dead_lettered", 0))
    return counts.get("read", 0), out, counts.get("read", 0) == out


def _accounting(report: Mapping) -> str:
    counts = report.get("counts", {})
    read, out, balanced = accounting(counts)
    dropped = sum(counts.get("dropped", {}).values())
    verdict = ('<span class="ok" id="accounting-check">balanced: every record is accounted for</span>'
               if balanced else
               f'<span class="fail" id="accounting-check">MISMATCH: the two sides differ by {_e(abs(read - out))} '
               "record(s); the run failed</span>")
    equation = (f'<p class="eq" id="accounting">read {_e(read)} = written {_e(counts.get("written", 0))} '
                f"+ dropped {_e(dropped)} + held for review {_e(counts.get('held_for_review', 0))} "
                f"+ dead-lettered {_e(counts.get('dead_lettered', 0))}"
                f"{'' if balanced else f' (= {_e(out)})'}</p>")
    box = "" if balanced else '<div class="bad" role="alert">The counts do not add up.</div>'
    dropped_rows = list(counts.get("dropped", {}).items())
    stages = list(counts.get("dead_lettered_by_stage", {}).items())
    return "".join([
        "<h2>Accounting</h2>", box, equation, f"<p>{verdict}</p>",
        "<h3>Dropped, by reason</h3>",
        _table(("reason", "conversations"), dropped_rows) if dropped_rows else "<p>none dropped</p>",
        "<h3>Dead letters, by stage</h3>",
        _table(("stage", "records"), stages) if stages else "<p>no dead letters</p>"])


def _size(n: int) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def _inputs(report: Mapping) -> str:
    inputs = report.get("inputs")
    if not inputs:
        return f"<h2>Inputs</h2><p>{_e(report.get('input_files', 0))} file(s)</p>"
    listed = inputs.get("listed", [])
    more = inputs.get("files", 0) - len(listed)
    parts = ["<h2>Inputs</h2>",
             f"<p>Given: {', '.join(f'<code>{_e(p)}</code>' for p in inputs.get('patterns', []))}. "
             f"{_e(inputs.get('files', 0))} file(s), {_e(_size(inputs.get('bytes', 0)))}. "
             "Paths and sizes only.</p>",
             _table(("file", "size"), [(f["path"], _size(f["bytes"])) for f in listed])]
    if more > 0:
        parts.append(f"<p>... and {_e(more)} more file(s) (see report.json for the count).</p>")
    if inputs.get("skipped"):
        parts.append("<p>Skipped (not a supported format): "
                     f"{', '.join(f'<code>{_e(p)}</code>' for p in inputs['skipped'])}</p>")
    return "".join(parts)


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
        "<h1>pii-pipeline run report</h1>", _key_warning(report),
        f"<p>Run started <time id=\"started\">{_e(report.get('started_at', 'unknown'))}</time>; "
        f"run time {_e(report.get('run_seconds', ''))} s; config fingerprint "
        f"<code id=\"fingerprint\">{_e(report.get('config_fingerprint', ''))}</code>; pseudonym key: "
        f"{_e(report.get('pseudonym_key', 'unknown'))}. Counts, types and names only: no personal data.</p>",
        _accounting(report),
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
        _audio(report.get("audio_redactions")),
        _inputs(report),
        "<h2>Drift against the previous run</h2>", _drift(report.get("drift")),
        "<h2>Versions</h2>", _table(("component", "version"), list(versions.items())),
        "</body></html>",
    ]
    return "\n".join(parts)


def write_html(path: str | Path, report: Mapping, top_recognizers: int = 10) -> None:
    """Render and write ``report.html`` atomically (through ``pipeline.io.filesystem``: any scheme)."""
    from pipeline.io.filesystem import write_atomic

    write_atomic(str(path), render(report, top_recognizers).encode("utf-8"))
