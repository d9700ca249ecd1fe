"""Neutral look-alikes of ``dev_k`` (never labelled): prices in five currencies, times, appointment / delivery
dates (nobody's birth date), durations, quantities, percentages, model numbers, plain help links and
company helplines, printed by the speech engine with digits or typed in chat."""
from __future__ import annotations

import random

from benchmarks._speech_dev_k import MONTHS, num, ordinal

_CUR = {"uk": ("£", "pounds"), "us": ("$", "dollars"), "au": ("$", "dollars"), "nz": ("NZ$", "dollars"), "za": ("R", "rand")}
_MODELS = ("Bosch Serie 6 WAU28PH9GB", "Samsung WW90T534DAW", "SolarEdge SE5000H", "Ring Alarm Pro", "Hisense HR6BMFF",
           "Yale Sync IA-320", "Miele G 7110 SC", "Toyota Corolla 1.8 Hybrid", "Tesla Powerwall 2", "Dyson V15",
           "Ford Ranger XLT", "Nespresso Vertuo Next", "Hoover H-Wash 500")
_SITES = ("www.gov.uk/tenancy-deposit-protection", "help.example.com/returns", "www.nhsbt.nhs.uk", "status.example.net",
          "example.co.nz/faq", "www.example.com.au/terms", "bit.ly/3xFaq")
_HELP = {"uk": ("0800 028 2020", "0345 600 3030"), "us": ("1-800-555-0199", "(800) 555-0100"),
         "au": ("1300 655 506", "13 22 03"), "nz": ("0800 436 000", "0800 737 000"), "za": ("0860 100 200", "0800 222 111")}
_UNITS = {"qty": ("boxes", "panels", "meals", "bags", "kilos"), "duration": ("minutes",), "days": ("working days", "days", "weeks")}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def _money(rng: random.Random, asr: bool, country: str) -> str:
    sym, word = _CUR[country]
    n = rng.choice((rng.randint(9, 99), rng.randint(100, 950), rng.randint(1000, 6500)))
    cents = rng.choice((0, 0, 50, 99, 49, 25))
    if asr:
        return rng.choice((f"{sym}{n}" + (f".{cents:02d}" if cents else ""), f"{n} {word}", f"{sym}{n:,}"))
    return rng.choice((f"{sym}{n}.{cents:02d}", f"{sym}{n}", f"{n} {word}", f"{sym} {n:,}"))


def _time(rng: random.Random, asr: bool) -> str:
    h, m = rng.randint(7, 19), rng.choice((0, 15, 30, 45))
    h12 = h % 12 or 12
    ampm = "a.m." if h < 12 else "p.m."
    if asr:
        return rng.choice((f"{h12}:{m:02d} {ampm}", f"{h12} o'clock", f"half past {h12}" if m == 30 else f"{h12}:{m:02d}",
                           f"{h}:{m:02d}"))
    return rng.choice((f"{h12}{'am' if h < 12 else 'pm'}", f"{h}:{m:02d}", f"{h12}.{m:02d}{'am' if h < 12 else 'pm'}"))


def _appt(rng: random.Random, asr: bool) -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    day = rng.choice(_WEEKDAYS)
    if asr:
        return rng.choice((f"{day} the {ordinal(d)}", f"the {ordinal(d)} of {MONTHS[m - 1]}", f"{MONTHS[m - 1]} {ordinal(d)}",
                           f"{d}/{m}", f"next {day}"))
    return rng.choice((f"{day} {d}/{m}", f"{d:02d}/{m:02d}/2026", f"{ordinal(d)} {MONTHS[m - 1][:3]}", f"{day[:3]} {d}th",
                       f"{MONTHS[m - 1]} {d}"))


def _count(rng: random.Random, asr: bool, kind: str) -> str:
    n = rng.randint(2, 48) if kind != "days" else rng.randint(2, 14)
    n = rng.choice((10, 15, 20, 30, 45, 60, 90)) if kind == "duration" else n
    unit = rng.choice(_UNITS[kind])
    return f"{num(n) if asr and n < 20 and rng.random() < 0.5 else n} {unit}"


def _percent(rng: random.Random, asr: bool) -> str:
    n = rng.choice((5, 10, 12, 15, 20, 25, 30, 50))
    return rng.choice((f"{n}%", f"{n} percent")) if asr else rng.choice((f"{n}%", f"{n} %", f"{n}% off"))


def distractor(kind: str, rng: random.Random, style: str, country: str = "uk") -> str:
    asr = style == "asr"
    if kind == "money":
        return _money(rng, asr, country)
    if kind == "time":
        return _time(rng, asr)
    if kind == "appt":
        return _appt(rng, asr)
    if kind in _UNITS:
        return _count(rng, asr, kind)
    if kind == "percent":
        return _percent(rng, asr)
    if kind == "model":
        return rng.choice(_MODELS)
    if kind == "site":
        site = rng.choice(_SITES)
        return site if asr or rng.random() < 0.5 else "https://" + site
    if kind == "helpline":
        return rng.choice(_HELP[country])
    raise KeyError(kind)
