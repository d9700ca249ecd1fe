"""Neutral look-alikes of the ``dev_j`` split (never labelled): prices, times, quantities, model numbers,
companies, places, seat numbers, mileages, draw and visit dates (nobody's birth date), percentages."""
from __future__ import annotations

import random

from benchmarks import _values_dev_j as J

_FIXED = {
    "company": (("the aa", "green flag", "axa", "halifax", "pickfords", "specsavers", "british gas", "evri"),
                ("the AA", "Green Flag", "AXA", "Halifax", "Pickfords", "Specsavers", "British Gas", "Evri")),
    "aid": (("a phonak audeo", "the oticon more one", "a signia pure"), ("Phonak Audéo P90", "Oticon More 1", "Signia Pure 7X")),
    "boiler": (("a worcester bosch greenstar", "the vaillant ecotec", "an ideal logic"),
               ("Worcester Bosch Greenstar 30i", "Vaillant ecoTEC plus 832", "Ideal Logic C30")),
    "bike": (("a trek domane", "the giant escape three", "a brompton"), ("Trek Domane AL2", "Giant Escape 3", "Brompton C Line")),
    "car": (("a ford focus", "the kia sportage", "a vauxhall corsa", "a skoda octavia"),
            ("Ford Focus 1.0T", "Kia Sportage", "Vauxhall Corsa", "Skoda Octavia 2.0 TDI")),
    "place": (("junction twelve", "the a thirty eight", "the dress circle", "the main hall", "bay four", "the m six"),
              ("junction 12", "the A38", "dress circle", "main hall", "bay 4", "M6")),
    "tier": (("the bronze plan", "gold cover", "the essential package"), ("Bronze plan", "Gold cover", "Essential pkg")),
}


def _money(rng: random.Random, asr: bool) -> str:
    n = rng.choice((rng.randint(12, 95), rng.randint(120, 990), rng.randint(1000, 4000)))
    cur = rng.choice(("pounds", "euro", "dollars"))
    if asr:
        return f"{n} {cur}" if rng.random() < 0.5 else f"{J.two(str(n), rng) if n < 100 else n} {cur}"
    sym = {"pounds": "£", "euro": "€", "dollars": "$"}[cur]
    return rng.choice((f"{sym}{n}", f"{sym}{n}.{rng.randint(0, 99):02d}", f"{n} {cur}", f"{sym} {n:,}"))


def _time(rng: random.Random, asr: bool) -> str:
    h, m = rng.randint(7, 18), rng.choice((0, 15, 30, 45, 10, 20))
    hh = h % 12 or 12
    if asr:
        return rng.choice((f"{J.WORD[hh] if hh < 10 else J.two(str(hh), rng)} {'oclock' if m == 0 else m}",
                           f"half {h % 12 or 12}", f"quarter past {h % 12 or 12}", f"{h} {m:02d}"))
    return rng.choice((f"{h}:{m:02d}", f"{h % 12 or 12}{'am' if h < 12 else 'pm'}", f"{h}.{m:02d}", f"{h:02d}{m:02d}hrs"))


def _event(rng: random.Random, asr: bool) -> str:
    d, mon = rng.randint(1, 28), J.MONTHS[rng.randrange(12)]
    if asr:
        return rng.choice((f"the {d} of {mon.lower()}", f"{mon.lower()} {d}", "next tuesday", "thursday week",
                           f"{mon.lower()} twenty {J.two(str(rng.randint(25, 27)), rng)}"))
    return rng.choice((f"{d} {mon}", f"{d:02d}/{rng.randint(1, 12):02d}/2026", f"{mon[:3]} {d}", "next Tues", f"{d}/{rng.randint(1, 12)}"))


_UNITS = {"qty": ("boxes", "crates", "tea chests", "wardrobe boxes"), "minutes": ("minutes",), "months": ("months",),
          "depth": ("centimetres", "inches"), "hours": ("hours",), "distance": ("miles", "minutes' walk"),
          "parcel": ("kilos", "kg"), "days": ("days", "working days")}


def _qty(rng: random.Random, asr: bool, kind: str = "qty") -> str:
    n = rng.randint(2, 60) if kind != "months" else rng.choice((12, 24, 36, 48, 60))
    n = rng.randint(2, 5) if kind == "hours" else rng.randint(1, 9) if kind in ("distance", "parcel") else n
    unit = rng.choice(_UNITS[kind])
    return f"{J.two(str(n), rng) if n > 9 else J.WORD[n]} {unit}" if asr else f"{n} {unit}"


def _seat(rng: random.Random, asr: bool) -> str:
    row, n = rng.choice("ABCDEFGHJKLM"), rng.randint(1, 40)
    return f"row {row.lower()} seat {n}" if asr else f"Row {row}, seat {n}"


def _percent(rng: random.Random, asr: bool) -> str:
    n = rng.choice((2, 4, 5, 10, 12, 15, 20, 25))
    return f"{J.WORD[n] if n < 10 else n} percent" if asr else rng.choice((f"{n}%", f"{n} %", f"{n} per cent"))


def _mileage(rng: random.Random, asr: bool) -> str:
    n = rng.randint(12, 140) * 1000
    return f"{n // 1000} thousand miles" if asr else rng.choice((f"{n:,} miles", f"{n // 1000}k miles"))


_MAKERS = {"money": _money, "time": _time, "event": _event, "seat": _seat, "percent": _percent, "mileage": _mileage}


def distractor(kind: str, rng: random.Random, style: str) -> str:
    asr = style == "asr"
    if kind in _MAKERS:
        return _MAKERS[kind](rng, asr)
    if kind in _UNITS:
        return _qty(rng, asr, kind)
    said, typed = _FIXED[kind]
    return rng.choice(said if asr else typed)
