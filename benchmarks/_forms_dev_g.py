"""Value kinds of the ``dev_g`` split: drawn once (``make``), rendered per mention (``say`` for ASR,
``type_`` for chat), cut into the pieces a caller gives across turns (``pieces``).

Card expiry dates, one-time / verification / authorisation codes, passcodes and PINs, card numbers, bank
accounts, sort codes and customer / plan / rent / employee references, in renderings dev_e and dev_f do not
hold (``_values_dev_g`` for the digit machinery): ``september of twenty seven``, ``sept twenty seven``,
``month nine year twenty seven``, ``the o nine the two seven``, ``oh nine to twenty seven`` (the slash heard
as ``to``), ``oh for twenty eight`` (a digit heard as a word), ``nine 27``; codes with ``and then``, ``four
eighty two nine thirteen``, ``g dash four eight two nine one``, engines half printing digits; cards with
misheard digits and ``forty nine hundred``; accounts with ``oh oh``, hundreds and thousands; chat ``sep/27``,
``Sept '27``, ``9.27``, ``09\\27``, a letter O typed for a zero, stray blanks.
"""
from __future__ import annotations

import random

from benchmarks import _forms_dev_e as FE
from benchmarks import _values_dev_e as X
from benchmarks import _values_dev_g as G
from benchmarks._templates_values import MONTHS, cardinal, ordinal
from benchmarks._values_dev_e import RawValue, digits, letters

_AL = "ABCDEFGHJKLMNPRSTUVWXYZ"
_FILL = ("um", "uh", "erm", "hang on", "let me see", "one sec", "sorry")
_FIX = ("no sorry", "no wait", "sorry i mean", "no no", "actually")
_MON_SAID = {9: "sept", 1: "jan", 2: "feb", 8: "aug", 10: "oct", 11: "nov", 12: "dec", 3: "march", 4: "april",
             5: "may", 6: "june", 7: "july"}
_CODE_MODES = ("digits", "homophone", "tri", "andthen", "half", "pairs")
_WORDS = ("marmalade", "snowdrop", "liverpool", "tiramisu", "kingfisher", "bluebell", "pumpernickel", "seahorse",
          "copperfield", "lighthouse", "buttercup", "galaxy")


def _repeaty(rng: random.Random, n: int) -> str:
    """Digits where a doubled or tripled digit is likely (``double`` / ``triple`` get said)."""
    s = digits(rng, n)
    if rng.random() < 0.45 and n >= 4:
        i, k = rng.randrange(n - 2), rng.choice((2, 2, 3))
        s = s[:i] + s[i] * k + s[i + k:]
    return s[:n]


def make(kind: str, rng: random.Random) -> RawValue:
    d = lambda n, nz=False: digits(rng, n, nz)  # noqa: E731
    makers = {
        "expiry": lambda: RawValue([f"{rng.randint(1, 12):02d}", str(rng.randint(2025, 2034))], "expiry"),
        "otp": lambda: RawValue(rng.choice(([_repeaty(rng, 6)], [_repeaty(rng, 6)], [_repeaty(rng, 4)], [_repeaty(rng, 5)],
                                            [_repeaty(rng, 8)])), "code"),
        "pass": lambda: RawValue([_repeaty(rng, rng.choice((6, 6, 8)))], "code"),
        "pin": lambda: RawValue([_repeaty(rng, 4)], "code"),
        "vcode": lambda: RawValue(rng.choice(([letters(rng, 1, _AL), d(5)], [letters(rng, 1, _AL), d(6)],
                                              [letters(rng, 2, _AL), d(4)], [d(3), letters(rng, 2, _AL), d(1)])), "alnum"),
        "word": lambda: RawValue([rng.choice(_WORDS)], "word"),
        "card": lambda: X.card(rng, invalid=rng.random() < 0.12),
        "cvv": lambda: RawValue([d(3)], "code"),
        "acct": lambda: RawValue([("00" + d(2) if rng.random() < 0.35 else d(4, True)), d(4)]),
        "sort": lambda: RawValue([d(2, True), d(2), d(2)]),
        "ref": lambda: _ref(rng),
        "natid": lambda: G.make_natid(rng),
        "ssn": lambda: G.make_natid(rng, us=True),
        "postcode": lambda: X.postcode(rng),
    }
    return makers[kind]()


def _ref(rng: random.Random) -> RawValue:
    d = lambda n, nz=False: digits(rng, n, nz)  # noqa: E731
    shape = rng.choice(("cus", "two", "zeros", "rent", "emp", "hund", "plain10", "split"))
    if shape == "cus":
        return RawValue([rng.choice(("CUS", "TMC", "PLN", "FPL")), d(7, True)], "alnum")
    if shape == "two":
        return RawValue([letters(rng, 2, _AL), d(2, True), d(2), d(2), d(1)], "alnum")
    if shape == "zeros":
        return RawValue(["000" + d(1, True), d(4)], "digits")
    if shape == "rent":
        return RawValue(["R" + "00" + d(4, True), "0" + d(1, True)], "rent")
    if shape == "emp":
        return RawValue(["E" + d(5, True)], "alnum")
    if shape == "hund":
        return RawValue([d(3, True) + d(1) + "00"], "digits")
    if shape == "plain10":
        return RawValue([d(4, True), d(3), d(3)], "digits")
    return RawValue([d(3, True) + letters(rng, 1, _AL), d(5)], "alnum")


# -- card expiry ---------------------------------------------------------------------------------------------
def _year_words(y: str, rng: random.Random, zero: str) -> str:
    yy = y[2:]
    return rng.choice((f"twenty {G.pair(yy, zero)}", f"two thousand and {cardinal(int(yy))}",
                       f"two thousand {cardinal(int(yy))}", G.say_digits(y, rng, zero, 0.0)))


def say_expiry(raw: RawValue, rng: random.Random, clean: bool = False) -> str:
    mm, y = raw.groups
    m, yy, mon = int(mm), y[2:], MONTHS[int(mm) - 1].lower()
    zero = "oh" if clean else G.zero_word(rng)
    cy = G.pair(yy, zero)
    if clean:
        return rng.choice((f"{G.pair(mm, 'oh')} {cy}", f"the {ordinal(m)} of the {ordinal(int(yy))}", f"{mm}/{yy}",
                           f"{mon} {cy}", f"{cardinal(m)} slash {cy}", f"month {cardinal(m)} year {cy}"))
    forms = (f"{mon} of {cy}", f"{mon} of {_year_words(y, rng, zero)}", f"{_MON_SAID[m]} {cy}",
             f"{_MON_SAID[m]} two thousand and {cardinal(int(yy))}", f"month {cardinal(m)} year {cy}",
             f"month {G.pair(mm, zero)} year {G.say_digits(yy, rng, zero, 0)}",
             f"the {G.say_digits(mm, rng, 'o', 0)} the {G.say_digits(yy, rng, zero, 0)}",
             f"{G.pair(mm, zero)} to {cy}", f"{G.pair(mm, zero)} over {cy}", f"{G.pair(mm, zero)} dash {cy}",
             f"{G.homophone_digits(mm, rng, zero, 0.8)} {G.homophone_digits(yy, rng, zero, 0.8)}",
             f"{m} {yy}", f"{mm} {y}", f"{mon} {yy}", f"{m}-{yy}", f"{m}/{y}",
             f"{cardinal(m)} twenty {cy}", f"{G.pair(mm, zero)} twenty {cy}",
             f"{G.pair(mm, zero)} {G.pair(f'{int(yy) - 1:02d}', zero)} {rng.choice(_FIX)} {cy}",
             f"{G.pair(mm, zero)} {rng.choice(('um', 'uh', 'erm'))} {cy}",
             f"{mon} {rng.choice(('uh', 'and the year is', 'and the years'))} {cy}",
             f"{cardinal(m)} of {cy}", f"{mon} {G.say_digits(yy, rng, zero, 0)}",
             f"{G.say_digits(mm, rng, zero, 0)} slash {G.say_digits(y, rng, zero, 0)}",
             f"{ordinal(m)} month {cy}")
    return rng.choice(forms)


def expiry_part(raw: RawValue, part: str, rng: random.Random, asr: bool) -> str:
    """The month alone or the year alone (said in separate turns, or corrected on its own)."""
    mm, y = raw.groups
    m, yy = int(mm), y[2:]
    if part == "_MONTH":
        if asr:
            return rng.choice((MONTHS[m - 1].lower(), G.pair(mm, G.zero_word(rng)), cardinal(m), _MON_SAID[m],
                               f"month {cardinal(m)}", mm))
        return rng.choice((mm, str(m), MONTHS[m - 1], MONTHS[m - 1][:3].lower()))
    if asr:
        return rng.choice((G.pair(yy, "oh"), f"twenty {G.pair(yy, 'oh')}", G.say_digits(yy, rng, "oh", 0), y,
                           f"two thousand and {cardinal(int(yy))}"))
    return rng.choice((yy, y, f"'{yy}"))


def type_expiry(raw: RawValue, rng: random.Random) -> str:
    mm, y = raw.groups
    m, yy, mon = int(mm), y[2:], MONTHS[int(mm) - 1]
    short = "Sept" if m == 9 and rng.random() < 0.5 else mon[:3]
    return rng.choice((f"{short.lower()}/{yy}", f"{short} {yy}", f"{m}.{yy}", f"{mm} - {yy}", f"{mm}/ {yy}", f"{m}-{yy}",
                       f"{mm}\\{yy}", f"{short.lower()} {y}", f"{short.upper()}{yy}", f"{mm}.{y}", f"{m}/{y}",
                       f"{short} '{yy}", f"month {mm} year {yy}", f"{mm}/{yy}.", f"{mm} /{yy}", f"{short}-{yy}"))


# -- codes, cards, accounts ----------------------------------------------------------------------------------
def say_code(raw: RawValue, rng: random.Random, clean: bool = False) -> str:
    zero = "zero" if clean else G.zero_word(rng)
    if raw.kind == "word":
        w = raw.groups[0]
        return rng.choice((w, w, f"{w} {' '.join(w)}", " ".join(w)))
    if raw.kind == "alnum":
        parts = []
        for g in raw.groups:
            if g.isalpha():
                parts.append(G.say_letters(g, rng))
            else:
                parts.append(G.say_group(g, rng, zero, rng.choice(("digits", "half", "homophone"))))
        glue = rng.choice((" dash ", " ", " hyphen ", " ")) if raw.groups[0].isalpha() else " "
        return parts[0] + glue + " ".join(parts[1:])
    flat = raw.flat
    if clean:
        return rng.choice((G.say_digits(flat, rng, zero, 0), G.say_group(flat, rng, zero, "pairs")))
    mode = rng.choice(_CODE_MODES)
    if len(flat) == 6 and rng.random() < 0.3:  # two halves with a pause
        return f"{G.say_group(flat[:3], rng, zero, mode)} {rng.choice(_FILL)} {G.say_group(flat[3:], rng, zero, mode)}"
    if rng.random() < 0.1:  # a digit said wrong, then the run again
        wrong = X._misheard(flat[: len(flat) // 2 + 1], rng)
        return f"{G.say_digits(wrong, rng, zero)} {rng.choice(_FIX)} {G.say_group(flat, rng, zero, mode)}"
    return G.say_group(flat, rng, zero, mode)


def type_code(raw: RawValue, rng: random.Random) -> str:
    if raw.kind == "word":
        return rng.choice((raw.flat, raw.flat.upper(), raw.flat.capitalize()))
    if raw.kind == "alnum":
        code = rng.choice(("-", " ", "", "-")).join(raw.groups)
        return code.lower() if rng.random() < 0.3 else code
    f = raw.flat
    if len(f) >= 6:
        return rng.choice((" ".join(f), " ".join(f[i:i + 2] for i in range(0, len(f), 2)), f"{f}.", f, f"{f[:3]}.{f[3:]}",
                           f"{f[:2]} {f[2:]}"))
    return rng.choice((f, " ".join(f), f"{f}."))


def say_number(raw: RawValue, rng: random.Random, clean: bool = False) -> str:
    """Cards, accounts, sort codes and references as one spoken stretch."""
    zero = "zero" if clean else G.zero_word(rng)
    mode = "digits" if clean else rng.choices(("digits", "homophone", "pairs", "half", "hundreds", "tri", "big"),
                                              (24, 22, 14, 16, 8, 8, 8))[0]
    out = []
    for i, g in enumerate(raw.groups):
        if raw.kind == "rent" and g[0] == "R":
            out.append(f"{G.say_letters('R', rng)} {G.say_group(g[1:], rng, zero, mode)}")
            continue
        if raw.kind == "alnum" and g[0].isalpha() and g[1:].isdigit():
            out.append(f"{G.say_letters(g[0], rng)} {G.say_group(g[1:], rng, zero, mode)}")
            continue
        if g.isalnum() and not g.isdigit() and not g.isalpha():
            runs = [g[:3], g[3:]] if g[:3].isdigit() else [g]
            out.append(" ".join(G.say_group(r, rng, zero, mode) for r in runs))
            continue
        if i and not clean and rng.random() < 0.12:
            out.append(rng.choice(_FILL))
        if i and not clean and i == len(raw.groups) - 1 and g.isdigit() and rng.random() < 0.08:
            out.append(f"{G.say_digits(X._misheard(g, rng), rng, zero)} {rng.choice(_FIX)}")
        out.append(G.say_group(g, rng, zero, mode))
    return " ".join(out)


def type_number(kind: str, raw: RawValue, rng: random.Random) -> str:
    g = raw.groups
    if kind == "card":
        flat = raw.flat
        r = rng.random()
        if r < 0.15:
            return f"{flat[:4]} {flat[4:12]} {flat[12:]}"
        if r < 0.28:
            return f"{flat[:3]} {flat[3:8]} {flat[8:12]} {flat[12:]}"
        if r < 0.38:
            return ".".join(g)
        if r < 0.48 and "0" in flat[4:]:
            i = flat.index("0", 4)
            typo = flat[:i] + "O" + flat[i + 1:]  # a letter O typed for a zero
            return " ".join(typo[j:j + 4] for j in range(0, len(typo), 4))
        return X.write_groups(g, rng, "  -/", 0.2)
    if kind == "sort":
        return rng.choice(("-".join(g), " ".join(g), "".join(g), ".".join(g), f"{g[0]}-{g[1]} {g[2]}", f"{g[0]}/{g[1]}/{g[2]}"))
    if raw.kind == "rent":
        return rng.choice((f"{g[0]}/{g[1]}", f"{g[0]} {g[1]}", f"{g[0]}-{g[1]}", f"{g[0].lower()}/{g[1]}"))
    flat = raw.flat
    r = rng.random()
    if r < 0.15 and "0" in flat:
        return flat.replace("0", "O", 1)  # a letter O typed for a zero
    if r < 0.3 and len(flat) > 6:
        return f"{flat[:4]} {flat[4:6]} {flat[6:]}"
    if r < 0.4 and len(flat) > 6:
        return f"{flat[:-1]} {flat[-1]}"
    code = X.write_groups(g, rng, " -", 0.5)
    return code.lower() if rng.random() < 0.2 else code


def pieces(kind: str, raw: RawValue, rng: random.Random, asr: bool) -> list[str]:
    """A value given group by group across turns (each piece its own span)."""
    if kind == "expiry":
        return [expiry_part(raw, "_MONTH", rng, asr), expiry_part(raw, "_YEAR", rng, asr)]
    if kind in ("natid", "ssn"):
        g = raw.groups
        if raw.kind == "nino":
            cut = [[g[0]], [g[1]], [g[2]], [g[3], g[4]]]
        elif raw.kind == "pps":
            cut = [[g[0][:3]], [g[0][3:]], [g[1]]]
        else:
            cut = [[x] for x in g]
        if not asr:
            return [" ".join(c) for c in cut]
        zero, mode = G.zero_word(rng), rng.choice(("digits", "homophone", "pairs", "half"))
        return [" ".join(G.say_letters(x, rng) if x.isalpha() else G.say_group(x, rng, zero, mode) for x in c) for c in cut]
    if kind in ("otp", "pass", "pin") or len(raw.groups) == 1:
        f = raw.flat
        cut = len(f) // 2
        halves = [RawValue([f[:cut]], raw.kind), RawValue([f[cut:]], raw.kind)]
        if not asr:
            return [h.flat for h in halves]
        zero, mode = G.zero_word(rng), rng.choice(("digits", "homophone", "andthen", "half"))
        return [G.say_group(h.flat, rng, zero, mode) for h in halves]
    groups = raw.groups
    if not asr:
        return list(groups) if len(groups) <= 4 else [" ".join(groups[:2]), " ".join(groups[2:])]
    zero, mode = G.zero_word(rng), rng.choice(("digits", "homophone", "pairs", "half"))
    return [G.say_letters(g, rng) if g.isalpha() else G.say_group(g, rng, zero, mode) for g in groups]


def last_digits(raw: RawValue, n: int, rng: random.Random, asr: bool, first: bool = False) -> str:
    run = "".join(c for c in raw.flat if c.isdigit())
    tail = run[:n] if first else run[-n:]
    if not asr:
        return tail
    zero = G.zero_word(rng)
    return G.say_group(tail, rng, zero, rng.choice(("digits", "homophone", "pairs", "half")))


def say(kind: str, raw: RawValue, rng: random.Random, clean: bool = False) -> str:
    if kind == "expiry":
        return say_expiry(raw, rng, clean)
    if kind in ("otp", "pass", "pin", "vcode", "word", "cvv"):
        return say_code(raw, rng, clean)
    if kind in ("natid", "ssn"):
        return G.say_natid(raw, rng, clean)
    if kind == "postcode":
        return FE.say(kind, raw, rng, clean)
    return say_number(raw, rng, clean)


def type_(kind: str, raw: RawValue, rng: random.Random) -> str:
    if kind == "expiry":
        return type_expiry(raw, rng)
    if kind in ("otp", "pass", "pin", "vcode", "word", "cvv"):
        return type_code(raw, rng)
    if kind in ("natid", "ssn"):
        return G.type_natid(raw, rng)
    if kind == "postcode":
        return FE.type_(kind, raw, rng)
    return type_number(kind, raw, rng)
