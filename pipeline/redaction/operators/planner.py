"""``plan_replacements``: one replacement per detected value, by the policy's operator for its type."""
from __future__ import annotations

import logging
from typing import Callable, Sequence

from pipeline.privacy.keys import PseudonymKey
from pipeline.redaction.operators import safe, simple, surrogates, type_rules
from pipeline.redaction.operators.base import Replacement, ValueToReplace
from pipeline.redaction.operators.context import PlanContext
from pipeline.config.redaction import RedactionPolicy
from pipeline.config.operator_names import PUBLISHED_NAMES

logger = logging.getLogger(__name__)

Operator = Callable[[ValueToReplace, int, PlanContext], Replacement]

# Versioned name -> implementation. A published name never changes behaviour; a change gets a new version.
OPERATORS: dict[str, Operator] = {
    "tag.v1": simple.tag,
    "mask.v1": simple.mask,
    "hash.v1": simple.keyed_hash,
    "surrogate.v1": surrogates.surrogate,
    "encrypt.v1": surrogates.encrypt,
    "date_shift.v1": surrogates.date_shift,
    "surrogate.v2": safe.surrogate,
    "date_shift.v2": safe.date_shift,
    "drop_turn.v1": simple.drop_turn,
    "drop_conversation.v1": simple.drop_conversation,
}
assert set(OPERATORS) == PUBLISHED_NAMES, "registry.py and planner.OPERATORS disagree"
# Operators whose own output (not a fallback tag) is a pure function of (value, type) within one plan:
# a value mentioned again in the conversation reuses it instead of drawing and leak-checking it again.
_REUSABLE = frozenset({safe.SURROGATE, safe.DATE_SHIFT})


def plan_replacements(items: Sequence[ValueToReplace], policy: RedactionPolicy, key: PseudonymKey,
                      conversation_id: str, customer_id: str | None = None) -> list[Replacement]:
    """Plan the replacement of every detected value of one conversation (or standalone text).

    Args:
        items: Detected values, in order of appearance (tag numbers follow this order).
        policy: The ``redaction:`` config section.
        key: The pseudonym key (``pipeline.privacy.keys.load_key``).
        conversation_id: Scope of pseudonyms in conversation scope, and of the date offset.
        customer_id: Scope of the date offset when ``policy.date_shift.per`` is ``customer``.

    Returns:
        Replacements; result ``i`` belongs to ``items[i]``.
    """
    ctx = PlanContext(items, policy, key, conversation_id, customer_id)
    result = []
    done: dict[tuple[str, str, str], Replacement] = {}
    for index, item in enumerate(items):
        name = policy.operator_for(item.entity_type)
        if item.also_types:
            # Findings of several types claimed this value: the most protective of their operators.
            claims = {t: policy.operator_for(t) for t in (item.entity_type, *item.also_types)}
            name = type_rules.safest_operator(claims)
            name = "tag.v1" if name == "tag" else name
        memo = (name, item.entity_type, item.value)
        replacement = done.get(memo)
        if replacement is None:
            replacement = OPERATORS[name](item, index, ctx)
            if name in _REUSABLE and replacement.operator in _REUSABLE:
                done[memo] = replacement
        result.append(replacement)
    return result
