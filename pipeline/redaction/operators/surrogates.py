"""The value-shaped operators: ``surrogate``, ``date_shift`` and ``encrypt``, dispatched by entity type."""
from __future__ import annotations

import logging
from typing import Callable

from recognizers import entities as E

from pipeline.redaction.operators import contact, date_render, dates, names, numbers
from pipeline.redaction.operators.base import Replacement, ValueToReplace
from pipeline.redaction.operators.context import PlanContext, identity_key
from pipeline.privacy.encryption import encrypt_value
from pipeline.redaction.operators.simple import tag

logger = logging.getLogger(__name__)

_NUMBER_SURROGATES: dict[str, Callable] = {
    E.PHONE_NUMBER: numbers.surrogate_phone,
    E.CREDIT_CARD: numbers.surrogate_card,
    E.US_SSN: numbers.surrogate_ssn,
    E.ZIP_CODE: numbers.surrogate_zip,
    E.ACCOUNT_NUMBER: numbers.surrogate_code,
    E.AUTH_CODE: numbers.surrogate_code,
    E.IBAN_CODE: numbers.surrogate_iban,
    E.IP_ADDRESS: numbers.surrogate_ip,
}
NUMBER_SURROGATES = _NUMBER_SURROGATES  # shared with the v2 operators (``safe``)
_DATE_TYPES = (E.DATE, E.DATE_OF_BIRTH)


def _surrogate_text(item: ValueToReplace, ctx: PlanContext) -> str | None:
    etype, value = item.entity_type, item.value
    # The seed is the value's identity (digits for numbers), so "555 0134" and "five five five oh one
    # three four" get the same surrogate digits.
    rng = ctx.rng(f"surrogate.{etype}", identity_key(item))
    if etype == E.PERSON:
        return names.surrogate_name(value, ctx.map_name, ctx.name_evidence, ctx.letter_rng)
    if etype == E.EMAIL_ADDRESS:
        return contact.surrogate_email(value, ctx.map_name, ctx.name_evidence, rng)
    if etype == E.STREET_ADDRESS:
        return contact.surrogate_address(value, rng)
    generator = _NUMBER_SURROGATES.get(etype, numbers.surrogate_code)
    return generator(value, rng)


def _checked(item: ValueToReplace, index: int, ctx: PlanContext, text: str | None, operator: str) -> Replacement:
    # Fail closed: a value we cannot imitate (or that came out unchanged) becomes a tag, never stays.
    if text is None or text.casefold() == item.value.casefold():
        logger.debug("operator %s fell back to a tag for one %s value", operator, item.entity_type)
        return tag(item, index, ctx)
    return Replacement(text, operator)


def surrogate(item: ValueToReplace, index: int, ctx: PlanContext) -> Replacement:
    """A realistic value of the same type and surface form, consistent in the scope (dates: shifted)."""
    if item.entity_type in _DATE_TYPES:
        return date_shift(item, index, ctx)
    return _checked(item, index, ctx, _surrogate_text(item, ctx), "surrogate.v1")


def date_shift(item: ValueToReplace, index: int, ctx: PlanContext) -> Replacement:
    """Dates move by the conversation's (or customer's) keyed offset, in their own format.

    DATE_OF_BIRTH follows ``policy.date_of_birth``. An unparseable date follows ``policy.date_fallback``.
    """
    parsed = dates.parse_date(item.value)
    if parsed is None:
        if ctx.policy.date_fallback == "surrogate":
            rng = ctx.rng("date_fallback", identity_key(item))
            return _checked(item, index, ctx, numbers.surrogate_code(item.value, rng), "date_shift.v1")
        return tag(item, index, ctx)
    mode = ctx.policy.date_of_birth if item.entity_type == E.DATE_OF_BIRTH else "shift"
    if mode == "year_only":
        return _checked(item, index, ctx, date_render.render_year_only(parsed, item.value), "date_shift.v1")
    if mode == "year":
        rng = ctx.rng("dob_month_day", identity_key(item))
        original = parsed.as_date()
        new = original
        while new == original:
            month = rng.between(1, 12)
            new = dates.with_month_day(parsed, month, rng.between(1, 28))
        shift_days = (new - original).days
        return _checked(item, index, ctx, date_render.render_date(item.value, parsed, new, shift_days), "date_shift.v1")
    offset = ctx.date_offset()
    new_text = date_render.render_date(item.value, parsed, dates.shift(parsed, offset), offset)
    return _checked(item, index, ctx, new_text, "date_shift.v1")


def encrypt(item: ValueToReplace, index: int, ctx: PlanContext) -> Replacement:
    """``<ENC:TYPE:...>``: reversible only with the key (see ``pipeline.privacy.reidentify``)."""
    return Replacement(encrypt_value(item.value, item.entity_type, ctx.key, ctx.scope), "encrypt.v1")
