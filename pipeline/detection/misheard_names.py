"""What a speech engine writes for a surname it does not know, joined to the name it belongs to."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from pipeline.records import Finding
from recognizers.start_set import compile_fast

# What a speech engine writes for "Nguyen", the commonest Vietnamese surname: "new yen", "nu yen", "when" is too
# ambiguous to take. Right before or after a name it is part of it ("thu new yen", "new yen thi oanh").
_MISHEARD_BEFORE = compile_fast(r"\b(?:new|nu|noo)[ \t]+yen[ \t]+$", re.IGNORECASE)
_MISHEARD_AFTER = compile_fast(r"[ \t]+(?:new|nu|noo)[ \t]+yen\b", re.IGNORECASE)


def with_misheard_surname(text: str, finding: Finding, others: Sequence[Finding]) -> Finding:
    """``finding`` grown over a misheard "Nguyen" right before or after it."""
    if "yen" not in text and "Yen" not in text:
        return finding
    start, end = finding.start, finding.end
    if (before := _MISHEARD_BEFORE.search(text, max(0, start - 12), start)) is not None:
        start = before.start()
    elif start >= 4 and text[start - 4:start].lower() == "new " and text[start:start + 3].lower() == "yen":
        start -= 4  # the finding holds "yen" ("new [yen thi oanh]")
    if (after := _MISHEARD_AFTER.match(text, end)) is not None:
        end = after.end()
    if (start, end) == (finding.start, finding.end) or any(o.start < end and start < o.end for o in others):
        return finding
    return replace(finding, start=start, end=end)
