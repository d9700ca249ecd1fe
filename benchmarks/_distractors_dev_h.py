"""Neutral look-alikes of the ``dev_h`` split (never labelled): prices, times, quantities, company helplines,
opening hours, appointment and delivery dates (not birth dates), loyalty points, data allowances, meter
readings, flight numbers, tariff names."""
from __future__ import annotations

import random

from benchmarks import _templates_distractors as D
from benchmarks._templates_values import ASR, MONTHS, cardinal, ordinal
from benchmarks._values_dev_h import run

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday")


def distractor(kind: str, rng: random.Random, style: str) -> str:
    asr = style == ASR
    if kind == "gbp":
        p, q = rng.choice((3, 9, 14, 22, 35, 49, 60, 115, 240)), rng.choice((0, 0, 50, 99, 25))
        if asr:
            return f"{cardinal(p)} pound{'s' if p > 1 else ''}" + (f" {cardinal(q)}" if q else "")
        return rng.choice((f"£{p}.{q:02d}", f"£{p}", f"{p} quid"))
    if kind == "slot":  # an appointment or delivery time
        h, m = rng.randint(7, 11), rng.choice((0, 15, 30, 45))
        if asr:
            return f"{cardinal(h)} {cardinal(m) if m else 'o clock'}" if rng.random() < 0.6 else f"quarter past {cardinal(h)}"
        return rng.choice((f"{h}:{m:02d}", f"{h}.{m:02d}am", f"{h}:{m:02d} am"))
    if kind == "appt":  # an appointment / delivery / renewal date: nobody's birth date
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        if asr:
            return rng.choice((f"{_DAYS[d % 6]} the {ordinal(d)}", f"the {ordinal(d)} of {MONTHS[m - 1].lower()}"))
        return rng.choice((f"{d}/{m}", f"{_DAYS[d % 6].title()} {d}th".replace("1th", "1st").replace("2th", "2nd")
                           .replace("3th", "3rd").replace("11st", "11th").replace("12nd", "12th").replace("13rd", "13th"),
                           f"{d} {MONTHS[m - 1][:3]}"))
    if kind == "helpline":
        raw = rng.choice(("0800 587 1212", "0345 600 7788", "0330 100 4455", "0161 496 0000", "0808 189 2020"))
        return run(raw.replace(" ", ""), rng, "oh", 0.5) if asr else raw
    if kind == "hours":
        return rng.choice(("eight till six", "nine to five", "seven days a week", "ten till four on sundays")) if asr \
            else rng.choice(("8-6", "9am-5pm", "Mon-Sat 8-8", "10-4 Sun", "24hrs"))
    if kind == "items":
        n, unit = rng.choice(((2, "packs of chicken"), (6, "eggs"), (4, "pints of milk"), (12, "yoghurts"), (3, "bags")))
        return f"{cardinal(n)} {unit}" if asr else f"{n} {unit}"
    if kind == "points":
        n = rng.choice((1500, 2400, 12000, 850, 40000))
        return f"{cardinal(n)} points" if asr else f"{n:,} points"
    if kind == "data":
        n = rng.choice((5, 30, 100, 120))
        return f"{cardinal(n)} gig" if asr else f"{n}GB"
    if kind == "reading":  # a meter reading: the meter's, not a person's
        n = rng.randint(10000, 99999)
        return run(str(n), rng, "oh", 0) if asr else str(n)
    if kind == "flight":
        code, n = rng.choice(("ba", "ez", "fr", "vs")), rng.choice((2490, 812, 1173, 25))
        return f"{code[0]} {code[1]} {run(str(n), rng, 'oh', 0)}" if asr else f"{code.upper()}{n}"
    if kind == "tariff":
        return rng.choice(("fixed twenty four", "flex saver", "unlimited max", "off peak plus")) if asr \
            else rng.choice(("Fix 24", "Flex Saver", "Unlimited Max", "Off-Peak+", "Green 12M"))
    if kind == "months":
        n = rng.choice((12, 24, 36, 18))
        return f"{cardinal(n)} months" if asr else f"{n} months"
    if kind == "minutes":
        n = rng.choice((5, 10, 15, 20))
        return f"{cardinal(n)} minutes" if asr else f"{n} mins"
    return D.distractor(kind, rng, style)
