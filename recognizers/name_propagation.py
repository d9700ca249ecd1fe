"""Propagate PERSON names across a conversation: once "Priya Raghunathan" is found anywhere, every
other mention ("priya", "RAGHUNATHAN", "priya's") in any turn is found too (reason ``propagation``).

A plain function over findings; it never sees more than the texts and the offsets it is given and
logs counts only.
"""
from __future__ import annotations

import logging
from typing import Sequence

from pipeline.records import Finding
from recognizers._name_lexicon import FUNCTION_WORDS, WORD_RE, fold, lexicon, strip_possessive
from recognizers.entities import PERSON, REASON_PROPAGATION

logger = logging.getLogger(__name__)

RECOGNIZER_NAME = "name_propagation.v1"
# Parts shorter than this ("al", "li") match too many unrelated words.
MIN_PART_LENGTH = 3
# A mention is as certain as the finding it copies, capped: the same word may still be
# used in another sense elsewhere in the call.
MAX_SCORE = 0.85
_TITLES = frozenset("mr mrs ms miss mister dr doctor prof professor sir madam".split())


def _name_parts(text: str, finding: Finding) -> list[str]:
    """Folded words of a PERSON finding that are specific enough to search for alone."""
    lex = lexicon()
    parts = []
    for match in WORD_RE.finditer(text, finding.start, finding.end):
        key, _ = strip_possessive(fold(match.group()))
        if len(key) < MIN_PART_LENGTH or key in FUNCTION_WORDS or key in _TITLES:
            continue
        # A common word ("will", "grace") alone would flood the transcript with false alarms.
        if key in lex.common:
            continue
        parts.append(key)
    return parts


def propagate_names(texts: Sequence[str], findings: Sequence[Sequence[Finding]],
                    min_score: float = 0.5) -> list[list[Finding]]:
    """Add findings for other mentions of names already found in the conversation.

    Args:
        texts: The turns of one conversation, in order.
        findings: ``findings[i]`` are the findings of ``texts[i]`` (offsets into that text).
        min_score: Only PERSON findings at least this certain seed propagation.

    Returns:
        For each turn, its original findings followed by the new propagation findings (offsets
        into that turn); a new finding never overlaps an existing one.
    """
    if len(texts) != len(findings):
        raise ValueError(f"{len(texts)} texts but {len(findings)} finding lists")
    seeds: dict[str, float] = {}
    for text, turn_findings in zip(texts, findings):
        for finding in turn_findings:
            if finding.entity_type != PERSON or finding.score < min_score:
                continue
            for part in _name_parts(text, finding):
                seeds[part] = max(seeds.get(part, 0.0), finding.score)
    out = [list(turn_findings) for turn_findings in findings]
    if not seeds:
        return out
    added = 0
    for i, text in enumerate(texts):
        taken = [(f.start, f.end) for f in out[i]]
        for match in WORD_RE.finditer(text):
            key, _ = strip_possessive(fold(match.group()))
            score = seeds.get(key)
            if score is None:
                continue
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            out[i].append(Finding(start, end, PERSON, round(min(MAX_SCORE, score), 4),
                                  RECOGNIZER_NAME, REASON_PROPAGATION))
            taken.append((start, end))
            added += 1
    logger.debug("name propagation: %d names seeded, %d mentions added over %d turns",
                 len(seeds), added, len(texts))
    return out
