"""Coverage of Presidio's own recognizer test cases for the entity types we share.

The cases are read at run time from a local mirror of microsoft/presidio (MIT licence): the
``pytest.mark.parametrize`` tables of ``presidio-analyzer/tests/test_<kind>_recognizer.py`` are parsed with
``ast`` (never imported, never executed). Nothing of them is stored in this repository: the script prints
figures, and the texts of missed cases only with ``--show``.

Usage::

    python -m benchmarks.presidio_cases                      # coverage table
    python -m benchmarks.presidio_cases --show missed         # also the missed expected spans
    python -m benchmarks.presidio_cases --show alarms         # also negative cases we flag
    python -m benchmarks.presidio_cases --json out.json       # figures only (no case text)

An expected span is **covered** when every letter/digit of it lies inside our findings (any type: a
redaction protects whatever is under it); **typed** when the findings covering it have the family's type.
Presidio's date cases say "Today is 5-20-2021"; our default policy reports a full date (day, month and
year) anywhere, but a partial one ("5/21", "May-2021") only as a date of birth, so the DATE family is scored
in a date-of-birth frame ("my date of birth is <date>"); the row DATE_AS_WRITTEN scores the same spans in
Presidio's own texts (information only: not part of ALL).
IPv6 ``::`` and ``::1`` (unspecified / loopback, with or without a prefix length) are left out: their
expected spans follow Presidio's word-boundary conventions, and they identify nobody.
Negative cases (Presidio expects no result) are reported as **alarms** when we flag any letter/digit of
them; a negative case is not a precision target for us when it is a near-valid identifier right after its
cue word (we flag those on purpose, as ACCOUNT_NUMBER), which ``--show alarms`` makes visible.
"""
from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from benchmarks.provenance import git_commit

MIRROR = Path("/work/.mirror/microsoft+presidio/repo")
TESTS = "presidio-analyzer/tests"
# test module stem -> (family name, our entity types that count as the same type)
FAMILIES: dict[str, tuple[str, frozenset[str]]] = {
    "credit_card": ("CREDIT_CARD", frozenset({"CREDIT_CARD"})),
    "email": ("EMAIL_ADDRESS", frozenset({"EMAIL_ADDRESS"})),
    "iban": ("IBAN_CODE", frozenset({"IBAN_CODE"})),
    "ip": ("IP_ADDRESS", frozenset({"IP_ADDRESS"})),
    "phone": ("PHONE_NUMBER", frozenset({"PHONE_NUMBER"})),
    "us_ssn": ("US_SSN", frozenset({"US_SSN"})),
    "date": ("DATE", frozenset({"DATE", "DATE_OF_BIRTH"})),
}
DOB_FRAME = "my date of birth is "
AS_WRITTEN = "DATE_AS_WRITTEN"  # date cases scored in their own texts (information only: not part of ALL)
TEXT_FIELDS = ("text", "iban")
SPAN_FIELDS = ("expected_positions", "expected_res")


@dataclass(frozen=True)
class Case:
    """One parametrized row: a text and the spans Presidio expects (empty: a negative case)."""

    family: str
    text: str
    spans: tuple[tuple[int, int], ...]


def _literal(node: ast.AST) -> Any:
    """``ast.literal_eval`` plus f-strings without placeholders (``f"fe80::1%eth0/64"``)."""
    if isinstance(node, ast.JoinedStr) and all(isinstance(v, ast.Constant) for v in node.values):
        return "".join(str(v.value) for v in node.values)
    if isinstance(node, (ast.Tuple, ast.List)):
        return tuple(_literal(e) for e in node.elts)
    return ast.literal_eval(node)


def _parametrize_tables(source: str) -> Iterator[tuple[list[str], list[ast.AST]]]:
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        if node.func.attr != "parametrize" or len(node.args) < 2:
            continue
        names, rows = node.args[0], node.args[1]
        if isinstance(names, ast.Constant) and isinstance(rows, (ast.List, ast.Tuple)):
            yield [n.strip() for n in names.value.split(",")], list(rows.elts)


def parse_cases(stem: str, source: str) -> list[Case]:
    """Every row of every parametrize table that has a text and expected spans or count."""
    family = FAMILIES[stem][0]
    by_text: dict[str, Case] = {}
    for names, rows in _parametrize_tables(source):
        text_field = next((f for f in TEXT_FIELDS if f in names), None)
        span_field = next((f for f in SPAN_FIELDS if f in names), None)
        if text_field is None or "expected_len" not in names:
            continue
        for row in rows:
            try:
                values = dict(zip(names, _literal(row)))
            except (ValueError, TypeError, SyntaxError):
                continue
            text, count = values[text_field], values["expected_len"]
            spans = tuple(tuple(s) for s in values.get(span_field) or ())
            if count and not spans and " " not in text.strip():
                spans = ((0, len(text)),)  # "expected one result" on a bare token: the token
            if count and not spans:
                continue  # a count without positions in running text: the span is unknown
            old = by_text.get(text)
            # The phone table repeats texts at several leniencies: keep the widest expectation.
            if old is None or len(spans) > len(old.spans):
                by_text[text] = Case(family, text, spans)
    return list(by_text.values())


def load_cases(mirror: Path) -> tuple[str, list[Case]]:
    """(commit, cases) from the mirror's HEAD."""
    git = ["git", f"--git-dir={mirror}"]
    commit = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    cases: list[Case] = []
    for stem in FAMILIES:
        source = subprocess.run([*git, "show", f"HEAD:{TESTS}/test_{stem}_recognizer.py"],
                                capture_output=True, text=True, check=True).stdout
        cases.extend(parse_cases(stem, source))
    return commit, cases


def excluded(family: str, value: str) -> bool:
    """IPv6 unspecified / loopback (``::``, ``::1``, with an optional prefix length)."""
    return family == "IP_ADDRESS" and value.split("/")[0] in ("::", "::1")


def _covered(text: str, start: int, end: int, findings: list[Any], types: frozenset[str] | None) -> bool:
    chars = [i for i in range(start, end) if text[i].isalnum()]
    spans = [(f.start, f.end) for f in findings if types is None or f.entity_type in types]
    return bool(chars) and all(any(s <= i < e for s, e in spans) for i in chars)


def _touched(text: str, findings: list[Any]) -> bool:
    return any(text[i].isalnum() for f in findings for i in range(f.start, f.end))


def evaluate(cases: list[Case], detect) -> dict[str, dict[str, Any]]:
    """Per family: expected spans, covered, typed, excluded, negatives, alarms; plus the missed cases."""
    table: dict[str, dict[str, Any]] = {}
    for case in cases:
        row = table.setdefault(case.family, _new_row())
        types = FAMILIES[next(k for k, v in FAMILIES.items() if v[0] == case.family)][1]
        if not case.spans:
            row["negatives"] += 1
            if _touched(case.text, found := detect(case.text)):
                row["alarms"] += 1
                row["alarm_cases"].append((case.text, sorted({f.entity_type for f in found})))
            continue
        framed = case.family == "DATE"
        findings = detect(case.text)
        if framed:  # DATE_AS_WRITTEN: the same spans in the case's own text (information only)
            written = table.setdefault(AS_WRITTEN, _new_row())
            for start, end in case.spans:
                _score_span(written, case.text, start, end, findings, types)
        for start, end in case.spans:
            value = case.text[start:end]
            if excluded(case.family, value):
                row["excluded"] += 1
                continue
            if framed:
                text = DOB_FRAME + value
                _score_span(row, text, len(DOB_FRAME), len(text), detect(text), types)
            else:
                _score_span(row, case.text, start, end, findings, types)
    return table


def _new_row() -> dict[str, Any]:
    return {"expected": 0, "covered": 0, "typed": 0, "excluded": 0, "negatives": 0, "alarms": 0,
            "missed": [], "alarm_cases": []}


def _score_span(row: dict[str, Any], text: str, start: int, end: int, found: list[Any],
                types: frozenset[str]) -> None:
    """Count one expected span of ``text``: covered by any finding, and by one of the family's types."""
    covered = _covered(text, start, end, found, None)
    row["expected"] += 1
    row["covered"] += covered
    row["typed"] += _covered(text, start, end, found, types)
    if not covered:
        row["missed"].append((text, text[start:end]))


def _summary(table: dict[str, dict[str, Any]]) -> dict[str, Any]:
    out = {name: {k: v for k, v in row.items() if not isinstance(v, list)} for name, row in table.items()}
    expected = sum(r["expected"] for r in table.values())
    keys = ("expected", "covered", "typed", "excluded", "negatives", "alarms")
    families = {n: r for n, r in out.items() if n != AS_WRITTEN}
    # Identifiers: every family but dates (scored in a date-of-birth frame, owned by the date recognizer).
    out["IDENTIFIERS"] = {k: sum(r[k] for n, r in families.items() if n != "DATE") for k in keys}
    out["ALL"] = {k: sum(r[k] for r in families.values()) for k in keys}
    for row in out.values():
        row["coverage"] = round(row["covered"] / row["expected"], 4) if row["expected"] else None
    assert out["ALL"]["expected"] == expected - table.get(AS_WRITTEN, {}).get("expected", 0)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Coverage of Presidio's recognizer test cases.")
    parser.add_argument("--mirror", type=Path, default=MIRROR, help="git dir of a microsoft/presidio mirror")
    parser.add_argument("--config", default=None, help="our YAML config (default: packaged defaults)")
    parser.add_argument("--show", choices=("missed", "alarms", "both"), default=None)
    parser.add_argument("--json", type=Path, default=None, help="write the figures (no case text) here")
    args = parser.parse_args(argv)

    from pipeline import Redactor

    commit, cases = load_cases(args.mirror)
    redactor = Redactor.from_config(args.config)
    summary = _summary(table := evaluate(cases, redactor.detect))
    print(f"microsoft/presidio@{commit[:12]} (MIT), {len(cases)} cases")
    print(f"{'family':14} {'expected':>8} {'covered':>8} {'typed':>6} {'cov%':>6} {'excl':>5} {'neg':>4} {'alarms':>6}")
    for name, row in summary.items():
        cov = f"{100 * row['coverage']:.1f}" if row["coverage"] is not None else "-"
        print(f"{name:14} {row['expected']:8} {row['covered']:8} {row['typed']:6} {cov:>6} {row['excluded']:5} "
              f"{row['negatives']:4} {row['alarms']:6}")
    for name, row in table.items():
        if args.show in ("missed", "both"):
            for text, value in row["missed"]:
                print(f"MISSED {name}: {value!r} in {text!r}")
        if args.show in ("alarms", "both"):
            for text, types in row["alarm_cases"]:
                print(f"ALARM  {name}: {text!r} -> {types}")
    if args.json:
        ours = git_commit()  # dirty ignores benchmarks/results/, which the other benchmarks of a run rewrite
        args.json.write_text(json.dumps({"presidio_commit": commit, "our_commit": ours["commit"],
                                         "dirty": ours["dirty"], "families": summary}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
