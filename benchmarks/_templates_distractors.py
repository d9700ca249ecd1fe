"""Distractors: values a redactor might grab that are not personal data (prices, menu options, ...).

Rendered in chat style (digits, symbols) or ASR style (spoken words), like the personal values.
"""
from __future__ import annotations

import random

from benchmarks._templates_values import ASR, cardinal

CITIES = ("Springfield", "Denver", "Austin", "Portland", "Chicago", "Phoenix", "Seattle", "Miami",
          "Atlanta", "Boston", "Dallas", "Tampa", "Columbus", "Sacramento", "Omaha", "Raleigh")


def distractor(kind: str, rng: random.Random, style: str) -> str:
    """A value that looks like data a redactor might grab but is not personal: prices, times, ..."""
    asr = style == ASR
    if kind == "price":
        dollars, cents = rng.choice((9, 19, 29, 39, 49, 59, 79, 99, 129)), rng.choice((99, 95, 50, 0))
        if not asr:
            return f"${dollars}.{cents:02d}" if cents else f"${dollars}"
        return f"{cardinal(dollars)} {cardinal(cents)}" if cents else f"{cardinal(dollars)} dollars"
    if kind == "duration":
        n, unit = rng.choice(((20, "minutes"), (2, "hours"), (3, "days"), (10, "minutes"), (48, "hours"),
                              (6, "weeks")))
        return f"{cardinal(n)} {unit}" if asr else f"{n} {unit}"
    if kind == "count":
        n, what = rng.choice(((2, "lines"), (3, "devices"), (4, "phones"), (2, "accounts"), (5, "items")))
        return f"{cardinal(n)} {what}" if asr else f"{n} {what}"
    if kind == "menu":
        n = rng.randint(1, 9)
        return f"press {cardinal(n)}" if asr else f"press {n}"
    if kind == "percent":
        n = rng.choice((10, 15, 20, 25, 30, 50))
        return f"{cardinal(n)} percent" if asr else f"{n}%"
    if kind == "model":
        chat_form, asr_form = rng.choice((
            ("iPhone 15 Pro", "iphone fifteen pro"), ("Galaxy S23", "galaxy s twenty three"),
            ("Pixel 8", "pixel eight"), ("iPad Air", "ipad air"), ("Galaxy A54", "galaxy a fifty four"),
            ("Apple Watch Series 9", "apple watch series nine")))
        return asr_form if asr else chat_form
    if kind == "time":
        hour, minute = rng.randint(1, 11), rng.choice((0, 15, 30, 45))
        half = rng.choice(("am", "pm"))
        if not asr:
            return f"{hour}:{minute:02d} {half.upper()}"
        return f"{cardinal(hour)} {cardinal(minute) if minute else 'oclock'} {half if minute else ''}".strip()
    if kind == "plan":
        plan = rng.choice(("Unlimited Plus", "Basic 5GB", "Family Share", "Premium Annual", "Essentials"))
        return plan.lower().replace("5gb", "five gig") if asr else plan
    if kind == "city":
        city = rng.choice(CITIES)
        return city.lower() if asr else city
    raise ValueError(f"unknown distractor kind {kind!r}")


DISTRACTOR_KINDS = ("price", "duration", "count", "menu", "percent", "model", "time", "plan", "city")
