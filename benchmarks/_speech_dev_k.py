"""How a modern punctuating, casing speech engine (Whisper-like) prints ``dev_k`` callers' values: digits as
digits most of the time (``It's 07700 900 123.``, ``16/09/1961``, ``The 3rd of May, 85.``), words now and
then, hyphenated letter runs, ``S as in Sugar`` spellings, fillers kept inside values, names mis-cased,
split, merged or heard as ordinary words.
"""
from __future__ import annotations

import random
import re

from benchmarks._values_dev_k import DIAL, fold

ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
AS_IN = {"A": "Apple", "B": "Bertie", "C": "Charlie", "D": "David", "E": "Edward", "F": "Freddie", "G": "George",
         "H": "Harry", "I": "Ivan", "J": "Jack", "K": "King", "L": "London", "M": "Mother", "N": "Nellie", "O": "Orange",
         "P": "Peter", "Q": "Queen", "R": "Robert", "S": "Sugar", "T": "Tommy", "U": "Uncle", "V": "Victor",
         "W": "William", "X": "X-ray", "Y": "Yellow", "Z": "Zebra"}
_FILL = ("uh,", "um,", "erm,")
ABBREV = {"Street": "St.", "Road": "Rd.", "Avenue": "Ave.", "Drive": "Dr.", "Lane": "Ln.", "Court": "Ct.", "Close": "Cl.",
          "Crescent": "Cres.", "Terrace": "Tce.", "Parade": "Pde.", "Place": "Pl.", "Gardens": "Gdns.",
          "Boulevard": "Blvd.", "Parkway": "Pkwy."}
# Names an engine hears as ordinary words (or as the commoner spelling).
HOMOPHONES = {"Neil": "kneel", "Kerry": "carry", "Rose": "rows", "Mark": "mark", "Will": "will", "Hugh": "hue",
              "Jae": "Jay", "Min": "Minh", "Li": "Lee", "Lee": "lee", "Park": "park", "Young": "young", "Sean": "Shawn",
              "Ali": "Ollie", "Sunny": "sunny", "Joy": "joy", "Hope": "hope", "Gray": "grey", "Grey": "gray",
              "Bell": "bell", "Hunt": "hunt", "Moon": "moon", "Song": "song", "Wong": "Wang", "Ng": "Eng",
              "Rhys": "Reece", "Niamh": "Neve", "Siobhan": "Shivon", "Deniz": "Denise", "Amit": "a mitt",
              "Chan": "Chan", "Ito": "Ito", "Dang": "dang", "Bach": "Bark", "Sato": "Satoh"}


def num(n: int) -> str:
    """0-99 in words, hyphenated as the engine prints them (``sixty-one``)."""
    return ONES[n] if n < 20 else TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])


def ordinal(d: int) -> str:
    return f"{d}{'st' if d in (1, 21) else 'nd' if d in (2, 22) else 'rd' if d in (3, 23) else 'th'}"


def words(s: str, rng: random.Random) -> str:
    """Digit words, ``oh`` for zero, ``double`` for pairs, capitalised where a sentence would start."""
    out, i = [], 0
    while i < len(s):
        d = "oh" if s[i] == "0" else ONES[int(s[i])]
        if i + 1 < len(s) and s[i + 1] == s[i] and rng.random() < 0.6:
            out.append(f"double {d}")
            i += 2
            continue
        out.append(d)
        i += 1
    return " ".join(out)


def digits(groups: list[str], rng: random.Random, clean: bool = False) -> str:
    """Digit groups as printed: grouped, run together, hyphenated per digit, or in words."""
    if clean:
        return " ".join(groups)
    roll = rng.random()
    if roll < 0.4:
        return " ".join(groups)
    if roll < 0.55:
        return "".join(groups)
    if roll < 0.67:
        return ", ".join("-".join(g) for g in groups)
    if roll < 0.8:
        return ", ".join(words(g, rng) for g in groups)
    filler = rng.choice(_FILL)
    cut = rng.randrange(1, len(groups)) if len(groups) > 1 else 1
    return " ".join(groups[:cut]) + f", {filler} " + " ".join(groups[cut:]) if cut < len(groups) else " ".join(groups)


def phone(raw: tuple[str, list[str]], rng: random.Random, clean: bool = False) -> str:
    country, groups = raw
    if country == "us":
        a, b, c = groups
        return rng.choice((f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}")) if not clean else f"{a}-{b}-{c}"
    if not clean and rng.random() < 0.2:
        local = "".join(groups)[1:]
        return f"+{DIAL[country]} {local[:len(local) // 2]} {local[len(local) // 2:]}"
    if country == "uk" and not clean and rng.random() < 0.4:
        return f"{groups[0]} {groups[1]}{groups[2]}"
    return digits(groups, rng, clean)


def spell(word: str, rng: random.Random, as_in: float = 0.6) -> str:
    """``S as in Sugar, H, A-R ...``: letters with ``as in`` words, or hyphenated runs."""
    letters = [c.upper() for c in fold(word) if c.isalpha()]
    if rng.random() >= as_in:
        return "-".join(letters)
    return ", ".join(f"{c} as in {AS_IN[c]}" if rng.random() < 0.6 else c for c in letters)


def postcode(raw: tuple[str, str], rng: random.Random, clean: bool = False) -> str:
    country, code = raw
    if country != "uk":
        if clean or rng.random() < 0.55:
            return code
        return rng.choice((" ".join(code), f"{num(int(code[:2]))} {num(int(code[2:4]))}" if code[2] != "0" else code,
                           "-".join(code)))
    if clean or rng.random() < 0.5:
        return code
    out, inn = code.split()
    if rng.random() < 0.5:
        return f"{spell(out, rng, 1.0) if any(c.isalpha() for c in out) else out}, {inn[0]}, {spell(inn[1:], rng, 1.0)}"
    return rng.choice((f"{out}, {inn}", f"{out.capitalize()} {inn.lower()}", code.replace(" ", "")))


def date_of_birth(raw: tuple[int, int, int], rng: random.Random, clean: bool = False, us: bool = False) -> str:
    d, m, y = raw
    mon = MONTHS[m - 1]
    if clean:
        return f"{mon} {ordinal(d)}, {y}" if us else f"{ordinal(d)} of {mon} {y}"
    forms = (f"{d:02d}/{m:02d}/{y}", f"{ordinal(d)} of {mon}, {y}", f"{mon} {ordinal(d)}, {y}",
             f"The {ordinal(d)} of {mon}, {y % 100:02d}", f"{d}-{m}-{y % 100:02d}", f"{mon} {d}, {y}",
             f"{ONES[d] if d < 20 else num(d)}, {ONES[m]}, {num(y // 100)} {num(y % 100) if y % 100 > 9 else 'oh ' + ONES[y % 100]}",
             f"{y}, {mon} the {ordinal(d)}", f"{m:02d}/{d:02d}/{y}" if us else f"{d}/{m}/{y}",
             f"{ordinal(d)} {mon}, {num(y // 100)}-{num(y % 100) if y % 100 > 9 else 'oh-' + ONES[y % 100]}")
    return rng.choice(forms)


def card(groups: list[str], rng: random.Random, clean: bool = False) -> str:
    if clean:
        return " ".join(groups)
    return rng.choice((" ".join(groups), "-".join(groups), "".join(groups), digits(groups, rng)))


def expiry(mm: str, yyyy: str, rng: random.Random, clean: bool = False) -> str:
    if clean:
        return f"{mm}/{yyyy[2:]}"
    return rng.choice((f"{mm}/{yyyy[2:]}", f"{MONTHS[int(mm) - 1]} {yyyy}", f"Oh {ONES[int(mm)]}, {num(int(yyyy[2:]))}"
                       if mm[0] == "0" else f"{num(int(mm))}, {num(int(yyyy[2:]))}", f"{mm} {yyyy[2:]}",
                       f"{MONTHS[int(mm) - 1][:3]}. '{yyyy[2:]}"))


def email(user: str, dom: str, rng: random.Random, clean: bool = False) -> str:
    if clean or rng.random() < 0.4:
        return f"{user}@{dom}"
    said = user.replace(".", " dot ").replace("_", " underscore ")
    if rng.random() < 0.3:
        said = re.sub(r"^[a-z]+", lambda m: "-".join(m.group().upper()), said)
    d = dom.split(".", 1)
    return rng.choice((f"{said} at {d[0].capitalize()} dot {d[1].replace('.', ' dot ')}", f"{said} at {dom}",
                       f"{said}@{dom}"))


def address(a: dict, rng: random.Random, clean: bool = False) -> tuple[str, str]:
    """(first line, town)."""
    n = a["number"]
    number = num(int(n)) if not clean and int(n) < 100 and rng.random() < 0.25 else n
    street = f"{number} {a['street']} {a['kind'] if clean or rng.random() < 0.8 else ABBREV.get(a['kind'], a['kind'])}"
    if a["unit"]:
        street = f"{a['unit']}, {street}" if rng.random() < 0.7 else f"{street}, {a['unit']}"
    return street, a["town"]


def national_id(raw: tuple[str, str], rng: random.Random, clean: bool = False) -> str:
    kind, v = raw
    if kind == "ni":
        spaced = f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"
        return spaced if clean else rng.choice((spaced, v, f"{'-'.join(v[:2])}, {v[2:8]}, {v[8]}", f"{v[:2]} {v[2:8]} {v[8]}"))
    if kind == "ssn":
        return f"{v[:3]}-{v[3:5]}-{v[5:]}" if clean else rng.choice((f"{v[:3]}-{v[3:5]}-{v[5:]}", f"{v[:3]} {v[3:5]} {v[5:]}",
                                                                    digits([v[:3], v[3:5], v[5:]], rng)))
    if kind == "zaid":
        return v if clean else rng.choice((v, f"{v[:6]} {v[6:10]} {v[10:]}", digits([v[:6], v[6:10], v[10:]], rng)))
    third = len(v) // 3
    groups = [v[:len(v) - 2 * third], v[len(v) - 2 * third:len(v) - third], v[len(v) - third:]]
    return " ".join(groups) if clean else rng.choice(("-".join(groups), " ".join(groups), v))


def name(text: str, rng: random.Random) -> str:
    """A name as the engine prints it: homophones, lost apostrophes / accents, split or merged parts."""
    if text in HOMOPHONES and rng.random() < 0.5:
        return HOMOPHONES[text]
    roll = rng.random()
    if "'" in text and roll < 0.7:
        return text.replace("'", "").capitalize()
    if "-" in text and roll < 0.6:
        return text.replace("-", "" if roll < 0.3 else " ")
    if " " in text and roll < 0.5:
        return " ".join(p.capitalize() for p in text.split()) if roll < 0.25 else text.replace(" ", "")
    if not text.isascii() and roll < 0.6:
        return fold(text)
    if len(text) >= 8 and roll < 0.2:
        cut = len(text) // 2
        return f"{text[:cut]} {text[cut].upper()}{text[cut + 1:]}"
    return text
