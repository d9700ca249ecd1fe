"""Operators that do not imitate the value: tag, mask, keyed hash, drop."""
from __future__ import annotations

import hmac
import re

from pipeline.redaction.operators.base import (
    ACTION_DROP_CONVERSATION, ACTION_DROP_TURN, Replacement, ValueToReplace,
)
from pipeline.redaction.operators.context import PlanContext
from recognizers.start_set import compile_fast

_ALNUM = compile_fast(r"[^\W_]", re.UNICODE)
_SPACES = compile_fast(r"\s+")
_POSSESSIVE = compile_fast(r"['’]s?$", re.IGNORECASE)


def normalize_for_identity(value: str) -> str:
    """The form under which two mentions count as the same value (case, spacing, possessive ignored)."""
    return _SPACES.sub(" ", _POSSESSIVE.sub("", value.strip())).casefold()


def tag(item: ValueToReplace, index: int, ctx: PlanContext) -> Replacement:
    """``<PERSON>`` or, with numbering, ``<PERSON_2>`` (number by first appearance in the conversation)."""
    number = ctx.tag_number(index)
    label = f"<{item.entity_type}_{number}>" if number else f"<{item.entity_type}>"
    return Replacement(label, "tag.v1")


def mask(item: ValueToReplace, index: int, ctx: PlanContext) -> Replacement:
    """Every letter and digit becomes the mask character; spacing and separators stay."""
    char = ctx.policy.mask_char
    keep = ctx.policy.mask_keep_last
    positions = [m.start() for m in _ALNUM.finditer(item.value)]
    visible = set(positions[-keep:]) if keep and len(positions) > keep else set()
    out = [c if (i in visible or not _ALNUM.match(c)) else char for i, c in enumerate(item.value)]
    return Replacement("".join(out), "mask.v1")


def keyed_hash(item: ValueToReplace, index: int, ctx: PlanContext) -> Replacement:
    """``<PERSON:hex>`` where hex is a truncated HMAC-SHA256 under the key (never an unsalted hash)."""
    message = b"\x1f".join((ctx.scope, item.entity_type.encode(), normalize_for_identity(item.value).encode()))
    digest = hmac.digest(ctx.key.subkey("hash"), message, "sha256").hex()[: ctx.policy.hash_length]
    return Replacement(f"<{item.entity_type}:{digest}>", "hash.v1")


def drop_turn(item: ValueToReplace, index: int, ctx: PlanContext) -> Replacement:
    """Ask the redactor to drop the whole turn holding this value."""
    return Replacement("", "drop_turn.v1", ACTION_DROP_TURN)


def drop_conversation(item: ValueToReplace, index: int, ctx: PlanContext) -> Replacement:
    """Ask the redactor to drop the whole conversation holding this value."""
    return Replacement("", "drop_conversation.v1", ACTION_DROP_CONVERSATION)
