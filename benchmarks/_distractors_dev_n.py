"""Neutral look-alikes of the ``dev_n`` family (never labelled): peso amounts, transaction dates, times, durations,
minutes, hotlines, load promo codes and landmarks."""
from __future__ import annotations

import random

from benchmarks import _values_dev_n as K

_LINES = ("(02) 8888 8000", "(02) 7730 1000", "(032) 234 5678", "1-800-1888-7788", "#88-1000", "(02) 8631 8000")
_PROMOS = ("GIGA99", "ALLNET30", "SURF50", "GOUNLI180", "TNT20", "MAGIC49")
_PLACES = ("Jollibee", "the 7-Eleven", "the barangay hall", "Mercury Drug", "the basketball court", "SM Supermarket",
           "the Iglesia chapel", "the tricycle terminal", "Puregold", "the sari-sari store")
_SPANS = ((24, "hours"), (48, "hours"), (3, "business days"), (5, "to 7 working days"), (2, "weeks"), (72, "hours"))


def _peso(amount: int, rng: random.Random, asr: bool, mode: str) -> str:
    if asr:
        if mode == "numerals":
            return rng.choice((f"{amount:,} pesos", f"₱{amount:,}", f"PHP {amount:,}"))
        return f"{K.number_words(amount)} pesos"
    return rng.choice((f"₱{amount:,}", f"P{amount:,}", f"PHP {amount:,}.00", f"{amount:,} pesos", f"₱{amount:,}.00"))


def distractor(kind: str, rng: random.Random, asr: bool, mode: str) -> str:
    """A NEUTRAL value of ``kind`` as this style prints it (``mode``: the caption engine's digit setting)."""
    if kind == "money":
        return _peso(rng.choice((99, 299, 500, 1500, 2750, 5000, 8200, 15000)), rng, asr, mode)
    if kind == "date":
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        name = K.MONTHS[month - 1]
        if asr:
            return f"{name} {day}" if mode == "numerals" else f"{name} {K.number_words(day)}"
        return rng.choice((f"{month:02d}/{day:02d}/2026", f"{name[:3]} {day}", f"{name} {day}"))
    if kind == "time":
        hour, minute = rng.randint(8, 19), rng.choice((0, 15, 30, 45))
        h12 = hour if hour <= 12 else hour - 12
        if asr and mode != "numerals":
            said = "o'clock" if minute == 0 else K.number_words(minute)
            return f"{K.number_words(h12)} {said} in the {'morning' if hour < 12 else 'afternoon'}"
        return f"{h12}:{minute:02d} {'AM' if hour < 12 else 'PM'}"
    if kind == "span":
        n, unit = rng.choice(_SPANS)
        return f"{K.number_words(n)} {unit}" if asr and mode != "numerals" else f"{n} {unit}"
    if kind == "mins":
        n = rng.choice((5, 10, 15, 30))
        return f"{K.number_words(n)} minutes" if asr and mode != "numerals" else f"{n} minutes"
    if kind == "helpline":
        return rng.choice(_LINES)
    if kind == "promo":
        return rng.choice(_PROMOS)
    if kind == "place":
        return rng.choice(_PLACES)
    raise KeyError(kind)
