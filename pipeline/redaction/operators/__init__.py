"""Redaction operators: tag, mask, keyed hash, realistic surrogates, date shifting, encryption, drops.

The redactor detects findings and calls ``plan_replacements`` once per conversation; this package decides
the replacement text (plain Python, no Beam).
"""
from pipeline.redaction.operators.base import (
    ACTION_DROP_CONVERSATION, ACTION_DROP_TURN, ACTION_REPLACE, Replacement, ValueToReplace,
)
from pipeline.config.redaction import (
    DEFAULT_ENTITY_OPERATORS, DateShiftPolicy, RedactionPolicy, policy_requires_real_key,
)
from pipeline.redaction.operators.planner import OPERATORS, plan_replacements
from pipeline.config.operator_names import resolve_operator_name

__all__ = [
    "ACTION_DROP_CONVERSATION", "ACTION_DROP_TURN", "ACTION_REPLACE", "DEFAULT_ENTITY_OPERATORS",
    "DateShiftPolicy", "OPERATORS", "RedactionPolicy", "Replacement", "ValueToReplace", "plan_replacements",
    "policy_requires_real_key", "resolve_operator_name",
]
