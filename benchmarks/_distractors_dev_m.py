"""Neutral look-alikes of the ``dev_m`` family (never labelled): naira amounts, transaction dates, times,
USSD codes, company lines, quantities, durations, minutes, bank names that are also words or names, and landmarks."""
from __future__ import annotations

import random

from benchmarks import _values_dev_m as K

_LINES = ("0700 2255 5269", "01 448 0000", "0700 909 0909", "0201 227 0000", "0800 123 4455")
_BANK_WORDS = ("Sterling", "Fidelity", "Unity", "Providus", "Heritage", "Keystone", "Polaris", "Globus", "Titan Trust")
_PLACES = ("Total filling station", "Shoprite", "the old NEPA office", "Mr Biggs", "Deeper Life church", "the First Bank",
           "the Mobil junction", "the Tantalizers", "Chicken Republic", "the market gate")
UNITS = {"bank": ("GB", "gigabytes"), "wallet": ("GB", "gigabytes"), "telco": ("GB", "gigabytes"),
         "power": ("kWh", "units"), "paytv": ("GB", "gigabytes"), "parcel": ("kg", "kilos")}
_SPANS = ((48, "hours"), (72, "hours"), (3, "working days"), (5, "working days"), (2, "weeks"), (24, "hours"))


def _naira(amount: int, rng: random.Random, asr: bool, numerals: bool) -> str:
    if asr:
        if numerals:
            return rng.choice((f"₦{amount:,}", f"{amount:,} naira", f"N{amount:,}"))
        return f"{K.number_words(amount) if amount < 10000 else K.number_words(amount // 1000) + ' thousand'} naira"
    if amount % 1000 == 0 and rng.random() < 0.4:
        return f"{amount // 1000}k"
    return rng.choice((f"₦{amount:,}", f"N{amount:,}", f"NGN {amount:,}.00", f"{amount:,} naira"))


def distractor(kind: str, rng: random.Random, asr: bool, numerals: bool, domain: str = "bank") -> str:
    """A NEUTRAL value of ``kind`` as this style prints it."""
    if kind == "money":
        return _naira(rng.choice((500, 1500, 2500, 5000, 7900, 12000, 25000, 45000, 150000)), rng, asr, numerals)
    if kind == "date":
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        name = K.MONTHS[month - 1]
        if asr:
            return f"{K.ordinal_suffix(day)} of {name}" if numerals else f"{K.ordinal_words(day)} of {name}"
        return rng.choice((f"{day:02d}/{month:02d}/2026", f"{day} {name[:3]}", f"{K.ordinal_suffix(day)} {name}"))
    if kind == "time":
        hour, minute = rng.randint(8, 17), rng.choice((0, 15, 30, 45))
        if asr and not numerals:
            h = K.number_words(hour if hour <= 12 else hour - 12)
            return f"{h} o'clock" if minute == 0 else f"{h} {K.number_words(minute)}"
        return f"{hour if hour <= 12 else hour - 12}:{minute:02d}{'am' if hour < 12 else 'pm'}"
    if kind == "ussd":
        code = rng.choice(("*737#", "*901#", "*894#", "*919#", "*966#", "*312#", "*996#"))
        if asr and not numerals:
            return "star " + " ".join(K.spoken_digits([code[1:-1]], rng, False).split()) + " hash"
        return code
    if kind == "helpline":
        line = rng.choice(_LINES)
        return K.spoken_digits(line.split(), rng, numerals) if asr else line
    if kind == "span":
        n, unit = rng.choice(_SPANS)
        return f"{K.number_words(n)} {unit}" if asr and not numerals else f"{n} {unit}"
    if kind == "mins":
        n = rng.choice((5, 10, 15, 20, 30))
        return f"{K.number_words(n)} minutes" if asr and not numerals else f"{n} minutes"
    if kind == "qty":
        unit, said = UNITS[domain]
        n = rng.choice((2, 5, 10, 20, 30, 45))
        if asr and not numerals:
            return f"{K.number_words(n)} {said}"
        return f"{n}{unit}" if unit in ("GB", "kWh", "kg") and not asr else f"{n} {said if asr else unit}"
    if kind == "bank":
        return rng.choice(_BANK_WORDS)
    if kind == "place":
        return rng.choice(_PLACES)
    raise KeyError(kind)
