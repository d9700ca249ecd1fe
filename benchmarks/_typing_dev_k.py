"""How ``dev_k`` customers type values in a messaging app: thumbs on a phone keyboard (a letter O for a zero,
``gmial.com``, auto-capitalised first letters), short forms (``16/9/61``), pasted runs without spaces, and
values that arrive over two messages. Agents type values back cleanly.
"""
from __future__ import annotations

import random

from benchmarks._speech_dev_k import MONTHS, ordinal
from benchmarks._values_dev_k import DIAL

_DOMAIN_TYPOS = {"gmail.com": ("gmial.com", "gmail.con", "gamil.com"), "outlook.com": ("outlok.com", "outlook.co"),
                 "yahoo.com": ("yahooo.com", "yaho.com"), "hotmail.co.uk": ("hotmial.co.uk", "hotmail.co.ul"),
                 "icloud.com": ("iclould.com", "icloud.co")}


def oh_for_zero(text: str, rng: random.Random, rate: float = 0.15) -> str:
    """Sometimes every zero of a run typed as the letter O (``07700 9OO123``)."""
    return text.replace("0", "O") if "0" in text and rng.random() < rate else text


def phone(raw: tuple[str, list[str]], rng: random.Random, clean: bool = False) -> str:
    country, groups = raw
    if country == "us":
        a, b, c = groups
        return f"({a}) {b}-{c}" if clean else rng.choice((f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}"))
    if clean:
        return " ".join(groups)
    local = "".join(groups)
    out = rng.choice((" ".join(groups), local, f"+{DIAL[country]}{local[1:]}", f"+{DIAL[country]} {local[1:]}",
                      f"{groups[0]} {groups[1]}{groups[2]}", "-".join(groups)))
    return oh_for_zero(out, rng)


def postcode(raw: tuple[str, str], rng: random.Random, clean: bool = False) -> str:
    code = raw[1]
    if clean or raw[0] != "uk":
        return code
    return rng.choice((code, code.lower(), code.replace(" ", ""), code.replace(" ", "").lower(), code))


def date_of_birth(raw: tuple[int, int, int], rng: random.Random, clean: bool = False, us: bool = False) -> str:
    d, m, y = raw
    if clean:
        return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
    mon = MONTHS[m - 1]
    return rng.choice((f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}",
                       f"{d} {mon[:4] if mon == 'September' else mon[:3]} {y}", f"{mon.lower()} {d} {y % 100:02d}",
                       f"{d:02d}{m:02d}{y}", f"{ordinal(d)} {mon} {y}", f"{m}/{d}/{y}" if us else f"{d}-{m}-{y}"))


def card(groups: list[str], rng: random.Random, clean: bool = False) -> str:
    if clean:
        return "**** **** **** " + "".join(groups)[-4:]
    return rng.choice((" ".join(groups), "".join(groups), "-".join(groups), " ".join(groups)))


def expiry(mm: str, yyyy: str, rng: random.Random, clean: bool = False) -> str:
    if clean:
        return f"{mm}/{yyyy[2:]}"
    return rng.choice((f"{mm}/{yyyy[2:]}", f"{int(mm)}/{yyyy}", f"{mm}-{yyyy[2:]}", f"{mm}{yyyy[2:]}",
                       f"{MONTHS[int(mm) - 1][:3].lower()} {yyyy[2:]}", f"{mm} / {yyyy}"))


def email(user: str, dom: str, rng: random.Random, clean: bool = False) -> str:
    if clean:
        return f"{user}@{dom}"
    if dom in _DOMAIN_TYPOS and rng.random() < 0.3:
        dom = rng.choice(_DOMAIN_TYPOS[dom])
    out = rng.choice((f"{user}@{dom}", f"{user}@{dom}", f"{user} @ {dom}", f"{user}@ {dom}"))
    return out[0].upper() + out[1:] if rng.random() < 0.2 else out


def national_id(raw: tuple[str, str], rng: random.Random, clean: bool = False) -> str:
    kind, v = raw
    if kind == "ni":
        return f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}" if clean else rng.choice((v, v.lower(), f"{v[:2]} {v[2:8]} {v[8]}"))
    if kind == "ssn":
        return f"***-**-{v[5:]}" if clean else rng.choice((f"{v[:3]}-{v[3:5]}-{v[5:]}", v, f"{v[:3]} {v[3:5]} {v[5:]}"))
    if kind == "zaid":
        return v if clean else rng.choice((v, f"{v[:6]} {v[6:10]} {v[10:]}", oh_for_zero(v, rng, 0.1)))
    return v if clean else rng.choice((v, f"{v[:3]}-{v[3:6]}-{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"))


def grouped(groups: list[str], rng: random.Random, clean: bool = False) -> str:
    """Codes, account numbers: with blanks, dashes or nothing between the groups."""
    return " ".join(groups) if clean else rng.choice((" ", "-", "", "")).join(groups)


def address(a: dict, rng: random.Random, clean: bool = False) -> tuple[str, str]:
    street = f"{a['number']} {a['street']} {a['kind']}"
    if not clean and rng.random() < 0.3:
        street = street.lower()
    if a["unit"]:
        street = f"{a['unit']}, {street}" if rng.random() < 0.6 else f"{a['unit'].split()[-1]}/{street}"
    return street, a["town"]
