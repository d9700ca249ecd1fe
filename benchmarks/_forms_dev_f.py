"""Phone numbers, card expiry dates, security codes, one-time codes and postcodes of the ``dev_f`` split:
drawn once (``make``) and rendered per mention (``say`` for ASR, ``type_`` for chat).

Phones: UK mobiles (also said ``plus four four seven ...``), London and other UK landlines, work numbers with
an extension, US, Irish and other international numbers; said as digit words (``oh`` / ``zero`` / ``nought``,
``double`` / ``triple``), pairs and number words (``seventy seven``), inverse-normalised digits as engines
print them, with fillers and a group said wrong then corrected; typed with ``+44 (0)``, ``00``, dots,
dashes, blanks or nothing. Expiry dates: month and year every way a caller says and a chat user types them.
"""
from __future__ import annotations

import random

from benchmarks import _forms_dev_e as FE
from benchmarks import _values_dev_e as X
from benchmarks._templates_values import ASR, DIGITS, MONTHS, cardinal, ordinal
from benchmarks._values_dev_e import RawValue, digits, letters

_FILL = ("um", "uh", "er", "erm", "hold on", "let me think")
_FIX = ("no sorry", "sorry no", "no wait", "i mean", "no hang on")
_AL = "ABCDEFGHJKMNPQRSTUVWXYZ"


def make(kind: str, rng: random.Random) -> RawValue:
    d = lambda n, nz=False: digits(rng, n, nz)  # noqa: E731
    makers = {
        "phone": lambda: phone(rng),
        "expiry": lambda: RawValue([f"{rng.randint(1, 12):02d}", str(rng.randint(2025, 2033))], "expiry"),
        "cvv": lambda: RawValue([d(3)] if rng.random() < 0.85 else [d(4)], "cvv"),
        "otp": lambda: RawValue(rng.choice(([d(6)], [d(3), d(3)], [d(4)], [d(8)]))),
        "pin": lambda: RawValue([d(4)] if rng.random() < 0.8 else [d(6)]),
        "vcode": lambda: RawValue(rng.choice(([letters(rng, 1, _AL) + d(1) + letters(rng, 1, _AL), d(2) + letters(rng, 1, _AL)],
                                              [letters(rng, 3, _AL), d(3)], [d(2) + letters(rng, 2, _AL) + d(2)])), "alnum"),
        "postcode": lambda: X.postcode(rng),
    }
    return makers[kind]()


def phone(rng: random.Random) -> RawValue:
    kind = rng.choices(("uk_mob", "uk_lon", "uk_geo", "work", "us", "ie", "intl"), (34, 10, 12, 8, 14, 12, 10))[0]
    if kind == "uk_mob":
        return RawValue(["07" + rng.choice("34579") + digits(rng, 2), digits(rng, 6)], "uk_mob")
    if kind == "uk_lon":
        return RawValue(["020", rng.choice("378") + digits(rng, 3), digits(rng, 4)], "uk")
    if kind == "uk_geo":
        return RawValue(rng.choice((["01" + digits(rng, 3, True), digits(rng, 6)],
                                    ["01" + digits(rng, 1, True) + "1", digits(rng, 3), digits(rng, 4)])), "uk")
    if kind == "work":
        return RawValue(["01" + digits(rng, 3, True), digits(rng, 3), digits(rng, 3), "x" + digits(rng, rng.choice((2, 3, 4)))],
                        "work")
    if kind == "us":
        return RawValue([str(rng.randint(2, 9)) + digits(rng, 2), str(rng.randint(2, 9)) + digits(rng, 2), digits(rng, 4)], "us")
    if kind == "ie":
        return RawValue(["08" + rng.choice("35679"), digits(rng, 3), digits(rng, 4)], "ie")
    cc, first = rng.choice((("353", "8"), ("33", "6"), ("49", "17"), ("48", "5"), ("91", "9"), ("234", "80"), ("61", "4")))
    return RawValue(["+" + cc, first + digits(rng, 2), digits(rng, 3), digits(rng, 3)], "intl")


def _groups(raw: RawValue) -> tuple[list[str], str]:
    ext = raw.groups[-1][1:] if raw.groups[-1].startswith("x") else ""
    return (raw.groups[:-1] if ext else list(raw.groups)), ext


def _say_group(g: str, rng: random.Random, zero: str, mode: str) -> str:
    if mode == "digits":
        return X.digit_words(g, rng, zero, 0.7)
    if mode == "numbers":
        return X.number_words(g, rng, zero)
    if mode == "itn":
        return g
    if mode == "spaced":
        return " ".join(g)
    return X.digit_words(g, rng, zero, 0.7) if rng.random() < 0.5 else X.number_words(g, rng, zero)


def say_phone(raw: RawValue, rng: random.Random, clean: bool = False) -> str:
    groups, ext = _groups(raw)
    zero = rng.choice(("oh", "oh", "oh", "zero", "nought"))
    mode = rng.choices(("digits", "numbers", "mixed", "itn", "spaced"), (42, 14, 22, 14, 8))[0]
    prefix = ""
    if raw.kind == "uk_mob" and rng.random() < 0.25:  # +44 7700 ...
        prefix = rng.choice(("plus four four", "plus double four", "double oh four four", "+44"))
        groups = [groups[0][1:]] + groups[1:]
    elif groups[0].startswith("+"):
        cc = groups[0][1:]
        prefix = "+" + cc if mode == "itn" else "plus " + X.digit_words(cc, rng, zero, 0.7)
        groups = groups[1:]
    said = [_say_group(g, rng, zero, mode) for g in groups]
    out = [prefix] if prefix else []
    for i, chunk in enumerate(said):
        if not clean and i and rng.random() < 0.12:
            out.append(rng.choice(_FILL))
        if not clean and i == len(said) - 1 and len(said) > 1 and rng.random() < 0.08:
            out.append(f"{X.digit_words(X._misheard(groups[i], rng), rng, zero)} {rng.choice(_FIX)}")
        out.append(chunk)
    if ext:
        out.append(f"{rng.choice(('extension', 'extension', 'ext'))} {X.digit_words(ext, rng, zero, 0.0) if mode != 'itn' else ext}")
    return " ".join(out)


def type_phone(raw: RawValue, rng: random.Random) -> str:
    groups, ext = _groups(raw)
    tail = f" {rng.choice(('ext. ', 'ext ', 'x', 'extn '))}{ext}" if ext else ""
    flat = "".join(groups)
    if groups[0].startswith("+"):
        cc = groups[0]
        body = rng.choice((" ", "", "-", ".")).join(groups[1:])
        return rng.choice((f"{cc} {body}", f"00{cc[1:]} {body}", f"{cc}{body.replace(' ', '')}", f"({cc}) {body}")) + tail
    if raw.kind == "us":
        a, b, c = groups
        return rng.choice((f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}",
                           f"+1 ({a}) {b}-{c}"))
    if raw.kind == "ie" and rng.random() < 0.3:
        return rng.choice((f"+353 {flat[1:3]} {flat[3:6]} {flat[6:]}", f"00353{flat[1:]}", f"+353 (0){flat[1:3]} {flat[3:]}"))
    if raw.kind in ("uk", "uk_mob", "work") and rng.random() < 0.3:
        rest = flat[1:]
        return rng.choice((f"+44 (0){rest[:4]} {rest[4:]}", f"+44 {rest[:4]} {rest[4:]}", f"+44{rest}", f"0044 {rest}",
                           f"+44 (0) {rest}")) + tail
    return rng.choice((" ", " ", "-", ".", "")).join(groups) + tail


def say_expiry(raw: RawValue, rng: random.Random) -> str:
    m, y = int(raw.groups[0]), raw.groups[1]
    mm, yy, mon = raw.groups[0], y[2:], MONTHS[m - 1].lower()
    zero = rng.choice(("oh", "zero"))
    forms = (f"{X.pair_words(mm, zero)} {cardinal(int(yy))}", f"{cardinal(m)} {cardinal(int(yy))}",
             f"{mon} {cardinal(int(yy))}", f"{mon} two thousand and {cardinal(int(yy))}",
             f"{mon} twenty {cardinal(int(yy))}", f"the {ordinal(m)} month of {cardinal(int(yy))}",
             f"end of {mon} {cardinal(int(yy))}", f"{mm}{yy}", f"{mm}/{yy}", f"{cardinal(m)} slash {X.digit_words(yy, rng, zero)}",
             f"{X.digit_words(mm, rng, zero, 0.0)} {X.digit_words(yy, rng, zero, 0.0)}", f"{mon} {y}",
             f"{X.pair_words(mm, zero)} slash {cardinal(int(yy))}", f"{mm} {yy}", f"{mon[:3]} {yy}")
    return rng.choice(forms)


def type_expiry(raw: RawValue, rng: random.Random) -> str:
    m, y = raw.groups
    return rng.choice((f"{m}/{y[2:]}", f"{int(m)}/{y[2:]}", f"{m}{y[2:]}", f"{m}-{y[2:]}", f"{m}/{y}", f"{m} / {y[2:]}",
                       f"{MONTHS[int(m) - 1][:3]} {y[2:]}", f"{MONTHS[int(m) - 1][:3].lower()} {y}", f"{m}.{y[2:]}",
                       f"{MONTHS[int(m) - 1]} {y}"))


def say(kind: str, raw: RawValue, rng: random.Random, clean: bool = False) -> str:
    if kind == "phone":
        return say_phone(raw, rng, clean)
    if kind == "expiry":
        return say_expiry(raw, rng)
    if kind in ("cvv", "otp", "pin"):
        flat = raw.flat
        return rng.choice((X.digit_words(flat, rng, rng.choice(("oh", "zero")), 0.5), X.number_words(flat, rng, "oh"),
                           " ".join(flat), flat if kind != "otp" else " ".join(raw.groups)))
    if kind == "vcode":
        return X.speak_alnum(raw.flat, rng)
    return FE.say(kind, raw, rng, clean)


def type_(kind: str, raw: RawValue, rng: random.Random) -> str:
    if kind == "phone":
        return type_phone(raw, rng)
    if kind == "expiry":
        return type_expiry(raw, rng)
    if kind in ("cvv", "pin"):
        return raw.flat
    if kind == "otp":
        return rng.choice((raw.flat, " ".join(raw.groups), "-".join(raw.groups)))
    if kind == "vcode":
        return X.write_groups(raw.groups, rng, "- ", 0.5)
    return FE.type_(kind, raw, rng)


def last_digits(raw: RawValue, n: int, rng: random.Random, style: str) -> str:
    tail = "".join(c for c in "".join(_groups(raw)[0]) if c.isdigit())[-n:]
    if style != ASR:
        return tail
    return rng.choice((X.digit_words(tail, rng, rng.choice(("oh", "zero"))), X.number_words(tail, rng, "oh"), " ".join(tail)))


def pieces(kind: str, raw: RawValue, rng: random.Random, style: str) -> list[str]:
    """A phone given group by group across turns (2 or 3 pieces), each piece its own span."""
    groups, ext = _groups(raw)
    if style == ASR:
        zero = rng.choice(("oh", "zero"))
        mode = rng.choice(("digits", "digits", "numbers", "itn"))
        said = ["plus " + X.digit_words(g[1:], rng, zero) if g.startswith("+") else _say_group(g, rng, zero, mode)
                for g in groups]
    else:
        said = list(groups)
    if ext:
        said.append(("extension " if style == ASR else "ext ") + ext)
    if len(said) == 2:
        return said
    cut = rng.randrange(1, len(said))
    return [" ".join(said[:cut]), " ".join(said[cut:])] if len(said) > 3 or rng.random() < 0.4 else \
        [said[0], said[1], " ".join(said[2:])]


__all__ = ["make", "say", "type_", "last_digits", "pieces", "DIGITS"]
