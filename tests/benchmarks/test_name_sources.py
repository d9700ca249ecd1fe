"""NAME_SOURCES.md keeps the frozen splits' name sources out of every other use: no other row may name one (the
one overlap found, dev_aa, is recorded there and listed here so that a new one fails)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

TABLE = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "NAME_SOURCES.md"
# Rows that name a frozen source on purpose: to say its names were taken out ("minus every name of ..."), or the
# recorded overlap.
KNOWN_OVERLAPS = {"dev_aa": "poqueque/random_name_generator"}


def _rows() -> list[tuple[str, str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if line.startswith("| ") and len(cells) == 2 and not set(cells[0]) <= set("-|"):
            rows.append((cells[0], cells[1]))
    return rows[1:]  # the header


def _frozen_row(claim: str) -> bool:
    return claim.startswith("`frozen_") and claim.endswith(" only")


def _frozen_sources() -> set[str]:
    found = set()
    for source, claim in _rows():
        if _frozen_row(claim):
            found.update(re.findall(r"\b[\w.-]+/[\w.-]+\b(?<!\.py)(?<!\.md)", source.split(":", 1)[-1]))
    return {s for s in found if not s.startswith("benchmarks/")}


def test_the_frozen_rows_name_their_sources():
    assert {"poqueque/random_name_generator", "ZpowerOficial/my-football-career-sim-community",
            "sigpwned/popular-names-by-country-dataset", "cyberkillua/nigerian-name-generator"} <= _frozen_sources()


@pytest.mark.parametrize("source, claim", [row for row in _rows() if not _frozen_row(row[1])])
def test_no_other_row_uses_a_frozen_source(source, claim):
    split = re.search(r"`(dev_\w+|sgd_dev)`", claim)
    used = re.split(r"\bminus\b", source)[0]  # "..., minus every name of the frozen_test source ...": taken out
    named = {s for s in _frozen_sources() if s in used} - {KNOWN_OVERLAPS.get(split.group(1) if split else "")}
    assert not named, f"{claim[:40]} names a frozen source: {named}"
