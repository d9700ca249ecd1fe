"""``surrogate.v2`` and ``date_shift.v2``: the v1 surrogates, made to fail closed.

An operator never passes through original characters it did not understand:

* a value whose shape contradicts its type (digits or street words in a PERSON span) gets the safer
  operator of ``type_rules.SHAPE_RULES`` (a tag) instead of a surrogate that would keep those parts;
* every surrogate is checked by ``guard.find_leaks``: a 4+-digit run or a 3+-letter word shared with the
  original makes it re-draw (a few keyed attempts); what still survives is swapped within its class (a
  street type, a state, a mail provider, a NATO letter word) or masked;
* dates: only plausible dates are rendered (month 1-12, a day of that month, a year in 1870-2150); a
  date keeps its year only (``date_of_birth: year``, ``date: year``); words around a date in the span are masked;
  a card expiry ("09/27") becomes another valid expiry;
* an initial ("J. Smith") takes the first letter of the surrogate of the full name it abbreviates.
"""
from __future__ import annotations

import dataclasses
import logging

from recognizers import entities as E

from pipeline.redaction.operators import (
    contact, date_forms, date_render, guard, names, numbers, safe_dates, surrogates, type_rules,
)
from pipeline.redaction.operators.base import Replacement, ValueToReplace
from pipeline.redaction.operators.context import PlanContext, identity_key
from pipeline.redaction.operators.simple import mask, tag
from recognizers.start_set import compile_fast

logger = logging.getLogger(__name__)

SURROGATE = "surrogate.v2"
DATE_SHIFT = "date_shift.v2"
MAX_ATTEMPTS = 8
_DATE_TYPES = (E.DATE, E.DATE_OF_BIRTH)
_EXPIRY_TYPES = frozenset({E.CREDIT_CARD, E.ACCOUNT_NUMBER, E.AUTH_CODE})
_SAFER = {"tag": tag, "mask": mask}
# A token mixing digits and letters: a unit ("5B"), a postcode ("LS11", "5DG", "D02"); not an ordinal ("12th").
_GLUED_UNIT = compile_fast(r"\b(?!\d+(?:st|nd|rd|th)\b)((?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{2,8})\b")


def _generate(item: ValueToReplace, ctx: PlanContext, attempt: int) -> str | None:
    etype = ctx.value_type(item)  # one number found as two types is imitated as the first of them
    # Attempt 0 uses v1's stream, so a value v1 already replaced safely keeps its v1 surrogate.
    purpose = f"surrogate.{etype}" + (f"#{attempt}" if attempt else "")
    rng = ctx.rng(purpose, identity_key(item))
    if etype in _EXPIRY_TYPES and safe_dates.EXPIRY.match(item.value):
        return safe_dates.expiry(item.value, rng)
    if etype == E.PERSON:
        return names.surrogate_name(item.value, ctx.map_name, ctx.name_evidence, ctx.letter_rng,
                                    initial=ctx.initial_for)
    if etype == E.EMAIL_ADDRESS:
        return contact.surrogate_email(item.value, ctx.map_name, ctx.name_evidence, rng)
    if etype == E.STREET_ADDRESS:
        return _address(item.value, rng)
    if etype == E.CREDIT_CARD:
        return numbers.surrogate_card_v2(item.value, rng)
    return surrogates.NUMBER_SURROGATES.get(etype, numbers.surrogate_code)(item.value, rng)


def _address(value: str, rng) -> str | None:
    """``contact.surrogate_address`` with units such as "5B" re-drawn as a code (v1 made "5Tenth" of them)."""
    pieces = _GLUED_UNIT.split(value)
    out = [numbers.code_chars(p, rng) if i % 2 else (contact.surrogate_address(p, rng) or p) if p.strip() else p
           for i, p in enumerate(pieces)]
    text = "".join(out)
    return text if text.casefold() != value.casefold() else None


def _guarded(item: ValueToReplace, index: int, ctx: PlanContext, draw, operator: str,
             kept_digits: tuple[str, ...] = ()) -> Replacement:
    """Draw (again while a word or digit run of the original survives), close what is left, else a tag."""
    text = None
    # A surrogate must not repeat the other values of its turn either ("127 Foundry Walk" drawing the "Willow"
    # of the house name "Willow Barn" beside it); names map word by word and keep their own rule.
    original = item.value if item.entity_type == E.PERSON else " ".join(
        [item.value, *(o.value for o in ctx.items if o.turn_index == item.turn_index and o.value != item.value)])
    for attempt in range(MAX_ATTEMPTS):
        text = draw(attempt)
        if text is None:
            break
        leaks = guard.find_leaks(original, text, kept_digits)
        if not guard.needs_redraw(text, leaks) or (item.entity_type == E.PERSON and attempt == 0):
            break  # a class word is swapped below; a name word maps the same in every draw
    if text is not None and leaks:
        text = guard.close_leaks(text, leaks, ctx.rng("guard", identity_key(item)), ctx.policy.mask_char, item.value)
    if text is None or text.casefold() == item.value.casefold() or not any(map(str.isalnum, text)):
        logger.debug("operator %s fell back to a tag for one %s value", operator, item.entity_type)
        return tag(item, index, ctx)
    return Replacement(text, operator)


def surrogate(item: ValueToReplace, index: int, ctx: PlanContext) -> Replacement:
    """A realistic value of the same type and form that keeps nothing of the original (dates: v2 shift)."""
    if item.entity_type in _DATE_TYPES:
        return date_shift(item, index, ctx)
    rule = type_rules.shape_rule(item.entity_type, item.value)
    if rule is not None:
        logger.debug("shape rule %s: safer operator for one %s value", rule.name, item.entity_type)
        return _SAFER[rule.operator](item, index, ctx)
    return _guarded(item, index, ctx, lambda attempt: _generate(item, ctx, attempt), SURROGATE)


def date_shift(item: ValueToReplace, index: int, ctx: PlanContext) -> Replacement:
    """A plausible date in the span's own form; words around it masked; by default only its year is kept.

    ``policy.date_of_birth`` (DATE_OF_BIRTH) and ``policy.date`` (every other date): ``year`` (default)
    keeps the year and re-draws month and day (both differ from the original), ``year_only`` writes just
    the year, ``shift`` moves it by the keyed offset (intervals kept). An ISO 8601 time of day after the
    date ("T14:30:00Z") is re-drawn (its zone kept).
    A span without a plausible date is tagged (``date_fallback`` does not re-draw digits in v2: that made
    impossible dates).
    """
    if item.entity_type in _EXPIRY_TYPES and safe_dates.EXPIRY.match(item.value):
        return surrogate(item, index, ctx)
    clock = safe_dates.ISO_CLOCK.search(item.value)
    if clock is not None:  # "2024-03-15T14:30:00Z": the date as any date, the time of day re-drawn
        head = date_shift(dataclasses.replace(item, value=item.value[:clock.start()]), index, ctx)
        if head.operator != DATE_SHIFT:
            return tag(item, index, ctx)
        located = safe_dates.locate_date(item.value[:clock.start()], search=False)
        kept = tuple(s.source for s in located[2].slots if s.field == "year") if located else ()

        def draw(attempt: int) -> str:
            rng = ctx.rng("clock.v2" + (f"#{attempt}" if attempt else ""), identity_key(item))
            return head.text + safe_dates.clock(clock, rng)
        return _guarded(item, index, ctx, draw, DATE_SHIFT, kept)
    mode = ctx.policy.date_of_birth if item.entity_type == E.DATE_OF_BIRTH else ctx.policy.date
    if mode != "shift" and safe_dates.bare_year(item.value):
        return Replacement(item.value, DATE_SHIFT)  # the year is what the policy keeps by name
    located = safe_dates.locate_date(item.value, search=ctx.policy.date_fallback == "surrogate")
    if located is None:
        return tag(item, index, ctx)
    start, end, parsed = located
    window = item.value[start:end]
    kept: tuple[str, ...] = ()
    if mode == "shift":
        offset = ctx.date_offset()
        # Shifting keeps intervals by policy: the date's own words and year may stay, the rest may not.
        inner = date_forms.render(window, parsed, safe_dates.dates.shift(parsed, offset), offset)
    elif mode == "year_only":
        inner = date_render.render_year_only(parsed, window)
        if inner is None:  # no year to keep: nothing of the date may stay
            return tag(item, index, ctx)
        kept = (str(parsed.year), *(s.source for s in parsed.slots if s.field == "year"))
    else:
        kept = tuple(s.source for s in parsed.slots if s.field == "year")

        def draw(attempt: int) -> str:
            rng = ctx.rng("dob_month_day.v2" + (f"#{attempt}" if attempt else ""), identity_key(item))
            inner = safe_dates.year_kept(window, parsed, rng)
            return safe_dates.mask_outside(item.value, start, end, inner, ctx.policy.mask_char)
        return _guarded(item, index, ctx, draw, DATE_SHIFT, kept)
    text = safe_dates.mask_outside(item.value, start, end, inner, ctx.policy.mask_char)
    if mode == "shift":
        return Replacement(text, DATE_SHIFT) if text.casefold() != item.value.casefold() else tag(item, index, ctx)
    return _guarded(item, index, ctx, lambda attempt: text, DATE_SHIFT, kept)
