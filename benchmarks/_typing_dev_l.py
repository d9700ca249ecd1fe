"""How ``dev_l`` values look in pasted support tickets, e-mail threads and web-form exports: each country's
usual written shapes (``+1 (416) 555-0134``, ``+91 98765 43210``, ``087 123 4567``, ``07700 900123``;
``03/14/1987`` in the US, ``14/03/1987`` elsewhere, ISO dates from form exports), national ids in their
printed grouping, typing slips in the words around them (``_slip``). Every function returns one value's text.
"""
from __future__ import annotations

import random

from benchmarks._values_dev_l import DIAL

MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SLIPS = {"address": "adress", "received": "recieved", "number": "numbr", "please": "plz", "account": "acount",
         "because": "becuase", "the": "teh", "your": "yuor", "thanks": "thnks", "separate": "seperate",
         "until": "untill", "definitely": "definately", "which": "wich", "payment": "paymnet"}


def phone(country: str, groups: list[str], rng: random.Random) -> str:
    flat = "".join(groups)
    if country in ("us", "ca"):
        a, b, c = groups
        return rng.choice((f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}"))
    if country == "in":
        return rng.choice((f"+91 {groups[0]} {groups[1]}", f"+91-{flat}", flat, f"0{flat}", f"{groups[0]}-{groups[1]}"))
    local = " ".join(groups) if country == "ie" else f"{flat[:5]} {flat[5:]}"
    intl = f"+{DIAL[country]} {flat[1:3]} {flat[3:6]} {flat[6:]}" if country == "ie" else f"+44 {flat[1:5]} {flat[5:]}"
    return rng.choice((local, intl, flat, f"+{DIAL[country]} (0){flat[1:]}"))


def date_of_birth(dmy: tuple[int, int, int], rng: random.Random, us: bool, form: bool = False) -> str:
    d, m, y = dmy
    if form and rng.random() < 0.6:
        return f"{y}-{m:02d}-{d:02d}"
    return rng.choice((f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}", f"{d}-{MON[m - 1]}-{y}",
                       f"{MON[m - 1]} {d}, {y}" if us else f"{d} {MON[m - 1]} {y}", f"{d}.{m}.{y}"))


def card(groups: list[str], rng: random.Random) -> str:
    flat = "".join(groups)
    return rng.choice((" ".join(groups), "-".join(groups), flat, " ".join(groups)))


def national_id(country: str, raw: str, rng: random.Random) -> str:
    if country == "us":
        return rng.choice((f"{raw[:3]}-{raw[3:5]}-{raw[5:]}", raw))
    if country == "ca":
        return rng.choice((f"{raw[:3]} {raw[3:6]} {raw[6:]}", f"{raw[:3]}-{raw[3:6]}-{raw[6:]}", raw))
    if country == "in":
        return rng.choice((f"{raw[:4]} {raw[4:8]} {raw[8:]}", f"{raw[:4]}-{raw[4:8]}-{raw[8:]}", raw))
    if country == "sc":
        return rng.choice((f"{raw[:2]} {raw[2:4]} {raw[4:6]} {raw[6:8]} {raw[8]}", raw))
    return raw if rng.random() < 0.7 else raw.lower()


def expiry(month: int, yr: int, rng: random.Random) -> str:
    return rng.choice((f"{month:02d}/{yr % 100}", f"{month:02d}/{yr}", f"{month:02d}-{yr % 100}", f"{MON[month - 1]} {yr}"))


def grouped(raw: str, rng: random.Random) -> str:
    if len(raw) > 8 and rng.random() < 0.4:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def slip(text: str, rng: random.Random, rate: float) -> str:
    """Typing slips in template words (never inside a value)."""
    words = text.split(" ")
    return " ".join(SLIPS.get(w.lower(), w) if w.lower() in SLIPS and rng.random() < rate else w for w in words)
