"""Value engine of the ``dev_e`` split: structured identifiers the way people say and type them.

A value is drawn once as raw groups (``RawValue``) and rendered per mention, so a read-back or a "last
four" refers to the same digits. ASR renderings mix what real engines emit: digit words (``four five
six``, ``oh`` / ``zero`` / ``nought``, ``double`` / ``triple``), number words (``forty five sixty seven``,
``four hundred and fifty six``, ``two thousand and one``), inverse-normalised digits (``4 5 6 7``, ``45 67
89``, ``4567 8901``), fillers and self-corrections inside the value, letters as letters, letter names
(``bee``, ``zed``) or NATO words. Chat renderings use spaces, dashes, dots, slashes or nothing between
groups, either case, sometimes a glued cue (``#``). The wording around a value lives in the templates.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass

from benchmarks._templates_values import ASR, CHAT, DIGITS, MONTHS, cardinal, luhn_complete, ordinal, paired
from benchmarks._values_dev_c import LETTER_NAMES, NATO_WORDS

_FILL = ("um", "uh", "er", "erm", "hang on", "sorry", "let me see", "hmm")
_FIX = ("no sorry", "no wait", "sorry", "i mean", "no no", "scratch that")


@dataclass
class RawValue:
    """Groups of digits / letters as the owner would write them, plus the separator family."""

    groups: list[str]
    kind: str = "digits"

    @property
    def flat(self) -> str:
        return "".join(self.groups)


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    head = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return head + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# -- speaking numbers ---------------------------------------------------------------------------------
def digit_words(s: str, rng: random.Random, zero: str, runs: float = 0.5) -> str:
    out, i = [], 0
    while i < len(s):
        d, run = s[i], 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        word = zero if d == "0" else DIGITS[int(d)]
        if run == 3 and rng.random() < runs:
            out.append(f"triple {word}")
        elif run >= 2 and rng.random() < runs:
            out.append(f"double {word}")
            run = 2
        else:
            out.append(word)
            run = 1
        i += run
    return " ".join(out)


def pair_words(s: str, zero: str) -> str:
    """``45`` -> ``forty five``, ``05`` -> ``oh five``, ``00`` -> ``oh oh``."""
    if s[0] == "0":
        return f"{zero} {zero if s[1] == '0' else DIGITS[int(s[1])]}"
    return cardinal(int(s))


def number_words(g: str, rng: random.Random, zero: str) -> str:
    """A group said as numbers: pairs, hundreds, thousands (``two thousand and one``)."""
    if len(g) == 1:
        return zero if g == "0" else DIGITS[int(g)]
    if len(g) == 2:
        return pair_words(g, zero)
    if len(g) == 3 and g[0] != "0":
        roll = rng.random()
        if roll < 0.4 and g[1] != "0":
            return f"{DIGITS[int(g[0])]} {cardinal(int(g[1:]))}"
        if roll < 0.7:
            rest = int(g[1:])
            return f"{DIGITS[int(g[0])]} hundred" + (f" {rng.choice(('and ', ''))}{cardinal(rest)}" if rest else "")
        return f"{DIGITS[int(g[0])]} {pair_words(g[1:], zero)}"
    if len(g) == 4 and g[0] != "0":
        n = int(g)
        if g[1] == "0" and rng.random() < 0.7:  # 2001 -> two thousand and one
            rest = n % 1000
            return f"{cardinal(n // 1000)} thousand" + (f" and {cardinal(rest)}" if rest else "")
        if g[2:] == "00" and rng.random() < 0.5:
            return f"{cardinal(int(g[:2]))} hundred"
        return f"{pair_words(g[:2], zero)} {pair_words(g[2:], zero)}"
    # longer or zero-led: pairs, then a lone digit
    parts = [pair_words(g[i:i + 2], zero) if len(g[i:i + 2]) == 2 else digit_words(g[i:i + 2], rng, zero)
             for i in range(0, len(g), 2)]
    return " ".join(parts)


def speak_digits(groups: list[str], rng: random.Random, mode: str | None = None, fillers: float = 0.18,
                 fix: float = 0.08) -> str:
    """Digit groups as one stretch of ASR output (a labelled span covers all of it)."""
    zero = rng.choice(("oh", "oh", "zero", "nought"))
    mode = mode or rng.choices(("digits", "numbers", "mixed", "itn_spaced", "itn_groups", "itn_pairs"),
                               (40, 20, 14, 9, 10, 7))[0]
    said = []
    for g in groups:
        if not g.isdigit():
            said.append(speak_letters(g, rng))
        elif mode == "digits" or (mode == "mixed" and rng.random() < 0.5):
            said.append(digit_words(g, rng, zero))
        elif mode in ("numbers", "mixed"):
            said.append(number_words(g, rng, zero))
        elif mode == "itn_spaced":
            said.append(" ".join(g))
        elif mode == "itn_pairs":
            said.append(" ".join(g[i:i + 2] for i in range(0, len(g), 2)))
        else:
            said.append(g)
    out = [said[0]]
    for i, chunk in enumerate(said[1:], 1):
        if rng.random() < fix / max(1, len(said) - 1) * 2 and groups[i - 1].isdigit():
            wrong = _misheard(groups[i - 1], rng)
            out[-1] = digit_words(wrong, rng, zero)  # says a wrong group, then corrects it
            out.append(f"{rng.choice(_FIX)} {said[i - 1]}")
        if rng.random() < fillers:
            out.append(rng.choice(_FILL))
        out.append(chunk)
    return " ".join(out)


def _misheard(g: str, rng: random.Random) -> str:
    i = rng.randrange(len(g))
    return g[:i] + str((int(g[i]) + rng.randint(1, 8)) % 10) + g[i + 1:]


def speak_letters(code: str, rng: random.Random, mode: str | None = None) -> str:
    """Letters said bare (``q``), as letter names (``queue``), NATO (``quebec``) or ``q for quebec``."""
    mode = mode or rng.choice(("bare", "bare", "names", "nato", "as_in"))
    out = []
    for ch in code.lower():
        if not ch.isalpha():
            out.append(DIGITS[int(ch)] if ch.isdigit() else ch)
        elif mode == "names" and ch in LETTER_NAMES:
            out.append(LETTER_NAMES[ch])
        elif mode == "nato":
            out.append(NATO_WORDS[ord(ch) - 97])
        elif mode == "as_in" and rng.random() < 0.6:
            out.append(f"{ch} {rng.choice(('as in', 'for'))} {NATO_WORDS[ord(ch) - 97]}")
        else:
            out.append(ch)
    return " ".join(out)


def speak_alnum(code: str, rng: random.Random) -> str:
    """A mixed reference (``KX7 42PQ``): runs of letters and digits said by their own rules."""
    runs, cur = [], ""
    for ch in code.replace(" ", "").replace("-", "").replace("/", ""):
        if cur and ch.isdigit() != cur[-1].isdigit():
            runs.append(cur)
            cur = ""
        cur += ch
    runs.append(cur)
    letter_mode = rng.choice(("bare", "bare", "names", "nato", "as_in"))
    mode = rng.choice(("digits", "digits", "numbers", "itn_groups"))
    parts = [speak_letters(r, rng, letter_mode) if r.isalpha() else speak_digits([r], rng, mode, 0, 0) for r in runs]
    return " ".join(parts)


# -- writing numbers -----------------------------------------------------------------------------------------
def write_groups(groups: list[str], rng: random.Random, seps: str = " -", glue: float = 0.3) -> str:
    if rng.random() < glue:
        return "".join(groups)
    return rng.choice(seps).join(groups)


# -- raw values --------------------------------------------------------------------------------------------
def card(rng: random.Random, invalid: bool = False) -> RawValue:
    kind = rng.choice(("visa", "visa", "mc", "mc", "amex"))
    if kind == "amex":
        n = luhn_complete(rng.choice(("34", "37")) + digits(rng, 12))
        raw = RawValue([n[:4], n[4:10], n[10:]], "amex")
    else:
        prefix = "4" if kind == "visa" else rng.choice(("51", "53", "55", "2221", "2720"))
        n = luhn_complete(prefix + digits(rng, 15 - len(prefix)))
        raw = RawValue([n[i:i + 4] for i in range(0, 16, 4)], kind)
    if invalid:  # one misheard / mistyped digit: the number fails the Luhn check
        g = rng.randrange(1, len(raw.groups))
        raw.groups[g] = _misheard(raw.groups[g], rng)
    return raw


def iban(rng: random.Random) -> RawValue:
    country = rng.choice(("GB", "GB", "IE", "DE", "FR", "NL", "ES"))
    bank = letters(rng, 4) if country in ("GB", "IE", "NL") else ""
    body = {"GB": 14, "IE": 14, "DE": 18, "FR": 23, "NL": 10, "ES": 20}[country]
    bban = bank + digits(rng, body)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    code = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return RawValue([code[i:i + 4] for i in range(0, len(code), 4)], "iban")


def phone(rng: random.Random) -> RawValue:
    kind = rng.choice(("uk_mob", "uk_mob", "uk_mob", "uk_lon", "uk_geo", "us", "us", "ie", "ca", "intl"))
    if kind == "uk_mob":
        return RawValue(["07" + digits(rng, 3), digits(rng, 6)], "uk")
    if kind == "uk_lon":
        return RawValue(["020", rng.choice("378") + digits(rng, 3), digits(rng, 4)], "uk")
    if kind == "uk_geo":
        return RawValue(["01" + digits(rng, 3, True), digits(rng, 6)], "uk")
    if kind in ("us", "ca"):
        return RawValue([str(rng.randint(2, 9)) + digits(rng, 2), str(rng.randint(2, 9)) + digits(rng, 2),
                         digits(rng, 4)], kind)
    if kind == "ie":
        return RawValue(["08" + rng.choice("3567"), digits(rng, 3), digits(rng, 4)], "ie")
    cc, first = rng.choice((("33", "6"), ("49", "15"), ("34", "6"), ("91", "9"), ("61", "4")))
    return RawValue(["+" + cc, first + digits(rng, 2), digits(rng, 3), digits(rng, 3)], "intl")


def postcode(rng: random.Random) -> RawValue:
    kind = rng.choice(("uk", "uk", "uk", "ca", "ie"))
    if kind == "uk":
        out = rng.choice((letters(rng, 1, "BEGLMNS") + digits(rng, 1, True),
                          letters(rng, 2, "BCDHLMNOPRSTWY") + digits(rng, 1, True),
                          letters(rng, 2, "BCDHLMNOPRSTWY") + digits(rng, 2, True),
                          letters(rng, 1, "ENW") + digits(rng, 1, True) + letters(rng, 1, "ACKMPRX")))
        return RawValue([out, digits(rng, 1) + letters(rng, 2, "ABDEFGHJLNPQRSTUWXYZ")], "uk")
    if kind == "ca":
        a, b = "ABCEGHJKLMNPRSTVXY", "ABCEGHJKLMNPRSTVWXYZ"
        return RawValue([letters(rng, 1, a) + digits(rng, 1) + letters(rng, 1, b),
                         digits(rng, 1) + letters(rng, 1, b) + digits(rng, 1)], "ca")
    eir = "ACDEFHKNPRTVWXY"
    return RawValue([rng.choice(eir) + digits(rng, 2),
                     "".join(rng.choice(eir + string.digits) for _ in range(4))], "ie")


def national_id(rng: random.Random) -> RawValue:
    kind = rng.choice(("nino", "nino", "sin", "pps"))
    if kind == "nino":
        pre = rng.choice(("AB", "JT", "NE", "PR", "SK", "WL", "YH", "CE", "ZR", "LM"))
        return RawValue([pre, digits(rng, 2), digits(rng, 2), digits(rng, 2), rng.choice("ABCD")], "nino")
    if kind == "sin":
        return RawValue([digits(rng, 3, True), digits(rng, 3), digits(rng, 3)], "sin")
    return RawValue([digits(rng, 7, True), rng.choice(("A", "W", "T", "FA", "K"))], "pps")


def ssn(rng: random.Random) -> RawValue:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return RawValue([f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"], "ssn")


def date_parts(rng: random.Random, years: tuple[int, int]) -> RawValue:
    return RawValue([f"{rng.randint(1, 28):02d}", f"{rng.randint(1, 12):02d}", str(rng.randint(*years))], "date")


def say_date(raw: RawValue, rng: random.Random, style: str) -> str:
    day, month, year = (int(g) for g in raw.groups)
    mon = MONTHS[month - 1]
    if style == CHAT:
        return rng.choice((f"{day:02d}/{month:02d}/{year}", f"{day}/{month}/{year % 100:02d}", f"{day}.{month}.{year}",
                           f"{month}/{day}/{year}", f"{day}-{mon[:3]}-{year}", f"{day} {mon} {year}",
                           f"{day:02d}{month:02d}{year % 100:02d}", f"{year}/{month:02d}/{day:02d}",
                           f"{mon.lower()} {day} {year}", f"{day}{'th' if 4 <= day <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')} of {mon.lower()} {year}"))
    yy = year % 100
    y = rng.choice(((f"two thousand and {cardinal(yy)}" if yy else "two thousand") if year >= 2000 else paired(year),
                    f"twenty {cardinal(yy) if yy >= 10 else 'oh ' + DIGITS[yy]}" if year >= 2000 else paired(year),
                    cardinal(yy) if yy >= 10 else f"oh {DIGITS[yy]}", " ".join(str(year)), str(year)))
    zero = rng.choice(("oh", "zero"))
    return rng.choice((f"{ordinal(day)} of {mon.lower()} {y}", f"the {ordinal(day)} of {mon.lower()} {y}",
                       f"{mon.lower()} {ordinal(day)} {y}", f"{mon.lower()} the {ordinal(day)} {y}",
                       f"{pair_words(f'{day:02d}', zero)} {pair_words(f'{month:02d}', zero)} {y}",
                       f"{digit_words(f'{day:02d}', rng, zero)} {digit_words(f'{month:02d}', rng, zero)} {y}",
                       f"{day} {month} {year}", f"{cardinal(day)} of the {cardinal(month)} {y}",
                       f"{ordinal(day)} {mon.lower()} um {y}"))
