"""Neutral look-alikes of ``dev_l`` (never gold): prices in five currencies, order quantities, times, dates that
are nobody's birth date (deliveries, bookings, e-mail headers), product / model codes, company helplines and
ordinary words that look like names (``amber``, ``rose gold``, ``grace period``). Speech prints them the
engine's way (``forty nine ninety nine``, ``half past nine``)."""
from __future__ import annotations

import random

from benchmarks import _speech_dev_l as S

_CUR = {"us": ("$", "dollars"), "ca": ("CA$", "dollars"), "in": ("₹", "rupees"), "ie": ("€", "euro"), "sc": ("£", "pounds")}
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday")
_MODELS = ("HX-2231", "TR400", "KX9-B", "SKU 44817", "AL-77C", "MB2030", "PRO-X12", "CW-550")
_WORDS = ("amber", "rose gold", "the grace period", "ivy green", "the jasmine blend", "a victoria sponge", "hazel",
          "the sterling package", "the summer plan", "bill")
_HELP = {"us": ("1-800-555-0199", "one eight hundred five five five oh one nine nine"),
         "ca": ("1-888-555-0142", "one eight eight eight five five five oh one four two"),
         "in": ("1800 419 0022", "one eight hundred four one nine double oh two two"),
         "ie": ("1800 812 345", "one eight hundred eight one two three four five"),
         "sc": ("0800 028 4413", "oh eight hundred oh two eight four four one three")}


def distractor(kind: str, rng: random.Random, style: str, country: str, unit: str = "units") -> str:
    asr = style == "asr"
    if kind == "money":
        sym, word = _CUR[country]
        whole, cents = rng.choice((19, 49, 120, 250, 1499, 75, 8, 320)), rng.choice((0, 99, 50, 0))
        if asr:
            said = S.num(whole) + (f" {word}" if not cents else f" {S.num(cents)}" if rng.random() < 0.5 else
                                   f" {word} and {S.num(cents)} cents")
            return said
        return f"{sym}{whole:,}" + (f".{cents:02d}" if cents else "")
    if kind == "qty":
        n = rng.choice((300, 500, 900, 1000)) if unit == "litres" else rng.choice((2, 3, 4, 6, 10, 12))
        return f"{S.num(n)} {unit}" if asr else f"{n} {unit}"
    if kind == "time":
        h, m = rng.randint(7, 18), rng.choice((0, 15, 30, 45))
        if asr:
            return rng.choice((f"half past {S.num(h % 12 or 12)}", f"{S.num(h % 12 or 12)} {S.num(m) if m else 'o clock'}",
                               f"quarter to {S.num(h % 12 + 1)}"))
        return rng.choice((f"{h}:{m:02d}", f"{h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}", f"{h % 12 or 12}.{m:02d} {'AM' if h < 12 else 'PM'}"))
    if kind == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        if asr:
            return rng.choice((f"{rng.choice(_DAY_WORDS)} the {S.ordinal(d)}", f"the {S.ordinal(d)} of {S.MONTHS[m - 1]}",
                               f"{S.MONTHS[m - 1]} {S.ordinal(d)}"))
        return rng.choice((f"{d:02d}/{m:02d}/2026", f"2026-{m:02d}-{d:02d}", f"{rng.choice(_DAYS)} {d} {S.MONTHS[m - 1][:3].title()}"))
    if kind == "header":  # the date line of a quoted e-mail
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        return f"{rng.choice(_DAYS)}, {d} {S.MONTHS[m - 1][:3].title()} 2026 at {rng.randint(7, 22)}:{rng.randint(0, 59):02d}"
    if kind == "model":
        code = rng.choice(_MODELS)
        return S.spell(code.replace("-", "").replace(" ", "")[:3], rng) + " " + " ".join(
            S.digit_words("".join(c for c in code if c.isdigit()) or "7", rng)) if asr else code
    if kind == "word":
        return rng.choice(_WORDS)
    if kind == "helpline":
        return _HELP[country][1 if asr else 0]
    raise KeyError(kind)
