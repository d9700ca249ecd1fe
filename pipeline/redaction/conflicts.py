"""Overlapping findings handed to the redactor: one span, and every type that claimed it.

The detector already merges its own overlaps; findings from elsewhere (a library caller, a reviewer's
decisions) may still overlap. Each group of overlapping findings becomes one finding over their union;
the types of the others travel with it so the planner can pick the most protective operator
(``operators.type_rules.safest_operator``) instead of a surrogate that imitates one type only.
"""
from __future__ import annotations

from typing import Iterable

from pipeline.detection.detector import overlap_groups, strongest
from pipeline.records import Finding


def merge_claims(findings: Iterable[Finding]) -> list[tuple[Finding, tuple[str, ...]]]:
    """Non-overlapping findings (sorted) with the other types that overlapping findings claimed.

    Returns:
        ``(finding, also_types)`` pairs: the finding covers the union of its group and takes type, score,
        recognizer and reason from the strongest member (ties: the longest); ``also_types`` are the other
        members' distinct types (empty when the group agreed or had one member).
    """
    merged = []
    for group in overlap_groups(findings):
        best = strongest(group)
        start, end = group[0].start, max(f.end for f in group)
        finding = best if (best.start, best.end) == (start, end) else Finding(
            start, end, best.entity_type, best.score, best.recognizer, best.reason)
        others = tuple(sorted({f.entity_type for f in group} - {best.entity_type}))
        merged.append((finding, others))
    return merged
