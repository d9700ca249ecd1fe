"""Put planned replacements into a text and record where they landed.

The general case goes through presidio-anonymizer (its conflict handling); the usual one (sorted,
non-overlapping findings) is spliced directly with the same result (see tests/pipeline/test_splice.py).
"""
from __future__ import annotations

from typing import Sequence

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult as AnonymizerResult

from pipeline.redaction.operators import Replacement
from pipeline.records import Annotation, Finding, RedactedText

_ENGINE = AnonymizerEngine()
_KEY_PREFIX = "F"  # each finding gets its own operator key, so each span gets its own replacement


def apply_replacements(text: str, findings: Sequence[Finding],
                       replacements: Sequence[Replacement]) -> RedactedText:
    """Replace each finding's span by its planned replacement.

    Args:
        text: The original text.
        findings: Non-overlapping findings (offsets into ``text``).
        replacements: ``replacements[i]`` is the plan for ``findings[i]``.

    Returns:
        The sanitized text with annotations in sanitized-text coordinates; a drop action on any
        finding marks the whole text (``drop_conversation`` wins over ``drop_turn``).
    """
    if len(findings) != len(replacements):
        raise ValueError("one replacement per finding is required")
    actions = {r.action for r in replacements}
    action = next((a for a in ("drop_conversation", "drop_turn") if a in actions), "keep")
    if not findings:
        return RedactedText(text=text, findings=(), annotations=(), action=action)
    if _simple(text, findings, replacements):
        sanitized, annotations = _splice(text, findings, replacements)
        return RedactedText(text=sanitized, findings=tuple(findings), annotations=annotations, action=action)
    return _anonymize(text, findings, replacements, action)


def _simple(text: str, findings: Sequence[Finding], replacements: Sequence[Replacement]) -> bool:
    """Sorted, non-overlapping spans inside ``text`` with non-empty replacements: Presidio's conflict
    handling has nothing to do there and ``_splice`` gives its result without the engine's overhead."""
    end = 0
    for f, r in zip(findings, replacements):
        if not end <= f.start < f.end or not (isinstance(r.text, str) and r.text):
            return False
        end = f.end
    return end <= len(text)


def _splice(text: str, findings: Sequence[Finding], replacements: Sequence[Replacement]
            ) -> tuple[str, tuple[Annotation, ...]]:
    parts: list[str] = []
    annotations: list[Annotation] = []
    pos = length = 0
    for f, r in zip(findings, replacements):
        parts.append(text[pos:f.start])
        length += f.start - pos
        annotations.append(Annotation(start=length, end=length + len(r.text), entity_type=f.entity_type,
                                      operator=r.operator))
        parts.append(r.text)
        length += len(r.text)
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts), tuple(annotations)


def _anonymize(text: str, findings: Sequence[Finding], replacements: Sequence[Replacement],
               action: str) -> RedactedText:
    """The general path (overlapping or unsorted findings, empty replacements): presidio-anonymizer."""
    results = [AnonymizerResult(entity_type=f"{_KEY_PREFIX}{i}", start=f.start, end=f.end, score=f.score)
               for i, f in enumerate(findings)]
    operators = {f"{_KEY_PREFIX}{i}": OperatorConfig("replace", {"new_value": r.text})
                 for i, r in enumerate(replacements)}
    engine_result = _ENGINE.anonymize(text=text, analyzer_results=results, operators=operators)
    annotations = []
    for item in sorted(engine_result.items, key=lambda it: it.start):
        index = int(item.entity_type[len(_KEY_PREFIX):])
        annotations.append(Annotation(start=item.start, end=item.end,
                                      entity_type=findings[index].entity_type,
                                      operator=replacements[index].operator))
    return RedactedText(text=engine_result.text, findings=tuple(findings),
                        annotations=tuple(annotations), action=action)
