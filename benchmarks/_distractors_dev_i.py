"""Neutral look-alikes of the ``dev_i`` split (never labelled): amounts, percentages, doses, weights, speeds,
tax years and tax codes, panel outputs, guest counts, flight numbers, event and delivery dates (nobody's
birth date), opening times, helplines, product and company names, places."""
from __future__ import annotations

import random

from benchmarks import _templates_distractors as D
from benchmarks._templates_values import ASR, MONTHS, cardinal, ordinal
from benchmarks._values_dev_i import heard

_ASR_CHAT = {
    "dose": (("five hundred milligrams", "twenty milligrams", "two puffs", "ten mils"), ("500mg", "20 mg", "2 puffs", "10ml")),
    "speed": (("sixty seven meg", "nine hundred megabits", "two meg"), ("67Mbps", "900 Mb", "2mbps")),
    "taxyear": (("twenty four twenty five", "the twenty three twenty four tax year"), ("2024/25", "23-24", "2024-25")),
    "taxcode": (("twelve fifty seven l", "k four seven five"), ("1257L", "K475", "BR")),
    "router": (("the hub six", "the eero pro", "the smart hub two"), ("Hub 6", "eero Pro 6E", "Smart Hub 2")),
    "panel": (("four kilowatt", "twelve panels", "a five kilowatt hour battery"), ("4kW", "12 panels", "5kWh battery")),
    "car": (("a fiat five hundred", "the toyota corolla", "a vw polo"), ("Fiat 500", "Toyota Corolla", "VW Polo")),
    "pet": (("four point two kilos", "twelve kilos", "six months old"), ("4.2kg", "12 kg", "6 months old")),
    "guests": (("a hundred and twenty guests", "eighty people", "sixty for the evening"), ("120 guests", "80 ppl", "60 evening guests")),
    "percent": (("five percent", "twenty five percent", "nine per cent"), ("5%", "25 %", "9 per cent")),
    "company": (("aer lingus", "royal mail", "vodafone", "boots"), ("Aer Lingus", "Royal Mail", "Vodafone", "Boots")),
    "place": (("terminal two", "gate fourteen", "the reading branch"), ("Terminal 2", "Gate 14", "Reading branch")),
    "bags": (("twenty three kilos", "one checked bag", "two cases"), ("23kg", "1 checked bag", "2 cases")),
    "days": (("fifteen working days", "three weeks", "forty eight hours"), ("15 working days", "3 wks", "48hrs")),
}


def distractor(kind: str, rng: random.Random, style: str) -> str:
    asr = style == ASR
    if kind in _ASR_CHAT:
        return rng.choice(_ASR_CHAT[kind][0 if asr else 1])
    if kind == "money":
        p = rng.choice((5, 12, 18, 45, 75, 150, 320, 1200, 6400))
        if asr:
            return rng.choice((f"{cardinal(p)} pounds", f"{cardinal(p)} euro", f"{p} dollars"))
        return rng.choice((f"£{p}", f"€{p}", f"${p}.00", f"{p} EUR"))
    if kind == "event":  # a wedding, install, delivery or callback date: nobody's birth date
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2026, 2027))
        if asr:
            return rng.choice((f"the {ordinal(d)} of {MONTHS[m - 1].lower()}", f"{MONTHS[m - 1].lower()} {ordinal(d)}",
                               f"{MONTHS[m - 1].lower()} {y}"))
        return rng.choice((f"{d}/{m}/{y}", f"{MONTHS[m - 1][:3]} {d}", f"{d} {MONTHS[m - 1]}", f"{y}-{m:02d}-{d:02d}"))
    if kind == "time":
        h, mi = rng.randint(1, 11), rng.choice((0, 10, 30, 45))
        if asr:
            return f"{cardinal(h)} {cardinal(mi) if mi else 'oclock'}" if rng.random() < 0.6 else f"half {cardinal(h)}"
        return rng.choice((f"{h}:{mi:02d}", f"{h}{'pm' if h < 7 else 'am'}", f"{h}.{mi:02d}"))
    if kind == "flight":
        code, n = rng.choice(("ei", "kl", "ac", "tk", "fr")), rng.choice((154, 1021, 866, 31))
        return f"{code[0]} {code[1]} {heard(str(n), rng)}" if asr else f"{code.upper()}{n}"
    if kind == "helpline":
        raw = rng.choice(("0800 917 3030", "1800 200 655", "0300 123 1078", "1 888 555 0142"))
        return heard(raw.replace(" ", ""), rng) if asr else raw
    if kind == "count":
        n = rng.choice((2, 3, 28, 56, 84))
        return f"{cardinal(n)} tablets" if asr else f"{n} tablets"
    return D.distractor(kind, rng, style)
