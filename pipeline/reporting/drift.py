"""Drift: entity rates of this run against the previous run's report in the same output folder.

A sudden change in how often a type is found (per 1,000 turns) usually means the data or a
recognizer changed; the report flags it so a person looks before the data trains anything.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Mapping

logger = logging.getLogger(__name__)

RATE_PER_TURNS = 1000


def load_previous(path: str | Path) -> dict | None:
    """The report at ``path`` if there is a readable one (the previous run's), else None."""
    from pipeline.io.filesystem import read_bytes

    try:
        raw = read_bytes(str(path))
        if raw is None:
            return None
        data = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError) as err:
        logger.warning("previous report %s unreadable (%s): no drift comparison", path, type(err).__name__)
        return None
    return data if isinstance(data, dict) else None


def entity_rates(report: Mapping) -> dict[str, float]:
    """Findings per type per 1,000 processed turns."""
    turns = report.get("counts", {}).get("turns_processed", 0)
    if not turns:
        return {}
    return {t: n * RATE_PER_TURNS / turns for t, n in report.get("entities", {}).items()}


def compare(previous: Mapping | None, current: Mapping, threshold: float, min_count: int) -> dict:
    """Per-type rate change against ``previous``; types changing by more than ``threshold`` are flagged.

    Args:
        previous: The previous report (None: no comparison).
        current: This run's report.
        threshold: Relative change (0.5 = 50%) above which a type is flagged.
        min_count: Types seen fewer times than this in both runs are never flagged (noise).
    """
    if previous is None:
        return {"compared": False, "flagged": [], "types": {}}
    before, after = entity_rates(previous), entity_rates(current)
    counts_before, counts_after = previous.get("entities", {}), current.get("entities", {})
    types: dict[str, dict] = {}
    for entity in sorted(set(before) | set(after)):
        old, new = before.get(entity, 0.0), after.get(entity, 0.0)
        change = (new - old) / old if old else (None if new else 0.0)
        enough = max(counts_before.get(entity, 0), counts_after.get(entity, 0)) >= min_count
        flagged = enough and (change is None or abs(change) > threshold)
        types[entity] = {"previous_rate": round(old, 3), "current_rate": round(new, 3),
                         "change": None if change is None else round(change, 4), "flagged": flagged}
    return {
        "compared": True,
        "previous_config_fingerprint": previous.get("config_fingerprint"),
        "config_changed": previous.get("config_fingerprint") != current.get("config_fingerprint"),
        "threshold": threshold,
        "types": types,
        "flagged": [t for t, v in types.items() if v["flagged"]],
    }
