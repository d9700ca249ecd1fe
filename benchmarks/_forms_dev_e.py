"""How each ``dev_e`` value kind is drawn (``make``) and rendered per mention (``say`` for ASR, ``type_`` for
chat). References of the dev_e domains (water / telecom / council tax / marketplace / travel insurance /
crypto exchange / student loan / building society / parking / TV licence accounts) are ACCOUNT_NUMBER,
porting and one-time codes AUTH_CODE (labels in ``_profile_dev_e``)."""
from __future__ import annotations

import random

from benchmarks import _values_dev_e as X
from benchmarks._templates_values import ASR, CHAT, DIGITS, MONTHS, cardinal
from benchmarks._values_dev_e import RawValue, digits, letters

_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def make(kind: str, rng: random.Random) -> RawValue:
    d = lambda n, nz=False: digits(rng, n, nz)  # noqa: E731
    makers = {
        "acct": lambda: RawValue([d(4, True), d(4)]),
        "sort": lambda: RawValue([d(2, True), d(2), d(2)]),
        "custno": lambda: RawValue(rng.choice(([d(4, True), d(4), d(4)], [d(3, True), d(3), d(4)], [d(5, True), d(5)]))),
        "council": lambda: RawValue(rng.choice((["6" + d(3), d(4)], ["30" + d(2), d(3), d(3)]))),
        "policy": lambda: RawValue(rng.choice((["TRV", d(7, True), d(2)], [letters(rng, 2, _AL), d(6, True)],
                                               ["TI", d(4, True), d(4)])), "alnum"),
        "case": lambda: RawValue(rng.choice((["DSP", d(9, True)], ["C", d(8, True)], [d(5, True), d(5)])), "alnum"),
        "order": lambda: RawValue(rng.choice(([d(3, True), d(7), d(7)], [d(2, True), d(5), d(5)],
                                              [letters(rng, 2, _AL), d(6, True)])), "alnum"),
        "uid": lambda: RawValue(rng.choice(([d(8, True)], [d(3, True), d(3), d(3)], ["U", d(9, True)])), "alnum"),
        "loan": lambda: RawValue(rng.choice(([d(4, True), d(4), d(4)], [d(11, True)])), "digits"),
        "roll": lambda: RawValue(rng.choice(([d(3, True), d(8)], [letters(rng, 1, _AL), d(7, True),
                                                                 letters(rng, 1, _AL)])), "alnum"),
        "pcn": lambda: RawValue([letters(rng, 2, _AL), d(8, True)], "alnum"),
        "tvl": lambda: RawValue([d(4, True), d(4), d(2)]),
        "pac": lambda: RawValue(rng.choice(([letters(rng, 3, _AL), d(6, True)], [d(6, True), letters(rng, 3, _AL)])),
                                "alnum"),
        "otp": lambda: RawValue([d(3), d(3)]),
        "pin": lambda: RawValue([d(4)]),
        "cvv": lambda: RawValue([d(3)]),
        "zip": lambda: RawValue([d(5, True)] + ([d(4)] if rng.random() < 0.2 else [])),
        "card": lambda: X.card(rng, invalid=rng.random() < 0.15),
        "iban": lambda: X.iban(rng),
        "phone": lambda: X.phone(rng),
        "postcode": lambda: X.postcode(rng),
        "natid": lambda: X.national_id(rng),
        "ssn": lambda: X.ssn(rng),
        "dob": lambda: X.date_parts(rng, (1940, 2006)),
        "date": lambda: X.date_parts(rng, (2022, 2025)),
        "expiry": lambda: RawValue([f"{rng.randint(1, 12):02d}", str(rng.randint(2025, 2031))], "expiry"),
    }
    return makers[kind]()


def _regroup(flat: str, rng: random.Random) -> list[str]:
    size = rng.choice((2, 3, 4, 4))
    return [flat[i:i + size] for i in range(0, len(flat), size)]


# -- ASR --------------------------------------------------------------------------------------------------
def say(kind: str, raw: RawValue, rng: random.Random, clean: bool = False) -> str:
    """One spoken mention; ``clean`` for an agent reading a value back (no fillers, no corrections)."""
    fill, fix = (0.0, 0.0) if clean else (0.18, 0.08)
    g = raw.groups
    if kind in ("dob", "date"):
        return X.say_date(raw, rng, ASR)
    if kind == "expiry":
        m, y = int(g[0]), g[1]
        return rng.choice((f"{X.pair_words(g[0], 'oh')} {cardinal(int(y[2:]))}", f"{MONTHS[m - 1].lower()} {cardinal(int(y[2:]))}",
                           f"{MONTHS[m - 1].lower()} {X.number_words(y, rng, 'oh')}", f"{cardinal(m)} {cardinal(int(y[2:]))}",
                           f"{X.digit_words(g[0], rng, 'zero')} slash {X.digit_words(y[2:], rng, 'zero')}",
                           f"{g[0]} {y[2:]}", f"end of {MONTHS[m - 1].lower()} {X.number_words(y, rng, 'oh')}"))
    if kind == "phone":
        if g[0].startswith("+"):
            return "plus " + X.speak_digits([g[0][1:]] + g[1:], rng, None, fill, fix)
        if raw.kind == "uk" and rng.random() < 0.25:
            return X.speak_digits(g, rng, "digits", fill, fix)
        return X.speak_digits(g, rng, None, fill, fix)
    if kind in ("card", "acct", "sort", "custno", "council", "loan", "tvl", "otp", "pin", "cvv", "zip", "ssn"):
        groups = g if kind in ("card", "sort", "ssn", "otp") or rng.random() < 0.6 else _regroup(raw.flat, rng)
        if kind in ("pin", "cvv", "otp", "sort") and rng.random() < 0.5:
            fill, fix = 0.0, 0.0
        return X.speak_digits(groups, rng, None, fill, fix)
    if kind in ("iban", "postcode", "natid"):
        letter_mode = rng.choice(("bare", "bare", "names", "nato", "as_in"))
        mode = rng.choice(("digits", "digits", "numbers", "itn_groups", "mixed"))
        parts = []
        for chunk in g:
            runs, cur = [], ""
            for ch in chunk:
                if cur and ch.isdigit() != cur[-1].isdigit():
                    runs.append(cur)
                    cur = ""
                cur += ch
            runs.append(cur)
            parts += [X.speak_letters(r, rng, letter_mode) if r.isalpha() else X.speak_digits([r], rng, mode, 0, 0)
                      for r in runs]
            if not clean and rng.random() < 0.1:
                parts.append(rng.choice(("um", "uh", "right")))
        return " ".join(parts)
    return X.speak_alnum(" ".join(g), rng)


# -- chat -------------------------------------------------------------------------------------------------
def type_(kind: str, raw: RawValue, rng: random.Random) -> str:
    g = raw.groups
    if kind in ("dob", "date"):
        return X.say_date(raw, rng, CHAT)
    if kind == "expiry":
        m, y = g
        return rng.choice((f"{m}/{y[2:]}", f"{int(m)}/{y[2:]}", f"{m}{y[2:]}", f"{m}-{y}", f"{m}/{y}",
                           f"{MONTHS[int(m) - 1][:3].lower()} {y[2:]}", f"{m} {y[2:]}"))
    if kind == "phone":
        if g[0].startswith("+"):
            return rng.choice((" ", "", "-")).join(g) if rng.random() < 0.8 else f"00{g[0][1:]} {' '.join(g[1:])}"
        if raw.kind == "uk":
            if rng.random() < 0.25:
                rest = "".join(g)[1:]
                return rng.choice((f"+44 {rest}", f"+44 (0){rest[:4]} {rest[4:]}", f"+44{rest}"))
            return X.write_groups(g, rng, "  -", 0.45)
        if raw.kind in ("us", "ca"):
            a, b, c = g
            return rng.choice((f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}",
                               f"1-{a}-{b}-{c}"))
        return X.write_groups(g, rng, " -", 0.4)
    if kind == "postcode":
        code = rng.choice((" ", " ", "")).join(g)
        return code.lower() if rng.random() < 0.4 else code
    if kind == "iban":
        code = X.write_groups(g, rng, " ", 0.5)
        return code.lower() if rng.random() < 0.25 else code
    if kind == "natid":
        if raw.kind == "nino":
            code = X.write_groups(g, rng, " ", 0.5)
        else:
            code = X.write_groups(g, rng, " -", 0.5 if raw.kind == "sin" else 1.0)
        return code.lower() if rng.random() < 0.2 else code
    if kind == "card":
        return X.write_groups(g, rng, "  -", 0.35)
    if kind == "ssn":
        return X.write_groups(g, rng, "-- ", 0.2)
    if kind == "sort":
        return X.write_groups(g, rng, "--- .", 0.25)
    if kind in ("otp", "pin", "cvv", "zip"):
        return X.write_groups(g, rng, " -", 0.75 if kind != "zip" else 0.0)
    if raw.kind == "alnum":
        code = X.write_groups(g, rng, "-/ ", 0.35)
        return code.lower() if rng.random() < 0.3 else code
    return X.write_groups(g, rng, " -./", 0.55)


def last_four(kind: str, raw: RawValue, rng: random.Random, style: str) -> str:
    tail = "".join(c for c in raw.flat if c.isdigit())[-4:]
    if style == CHAT:
        return tail
    return rng.choice((X.digit_words(tail, rng, rng.choice(("oh", "zero"))), X.number_words(tail, rng, "oh"),
                       " ".join(tail), tail))


def spelled(word: str, rng: random.Random, style: str) -> str:
    """A surname spelled out: bare letters, ``double``, some NATO, in chunks."""
    from benchmarks._templates_names import ascii_fold
    chars = [c for c in ascii_fold(word).lower() if c.isalpha()]
    out, i = [], 0
    while i < len(chars):
        c = chars[i]
        if i + 1 < len(chars) and chars[i + 1] == c and rng.random() < 0.7:
            out.append(f"double {c}")
            i += 2
            continue
        out.append(f"{c} for {X.NATO_WORDS[ord(c) - 97]}" if rng.random() < 0.25 else c)
        i += 1
    if style == CHAT:
        return rng.choice(("-", " ", ". ")).join(o.upper() if len(o) == 1 else o for o in out)
    return " ".join(out)


__all__ = ["make", "say", "type_", "last_four", "spelled", "DIGITS"]
