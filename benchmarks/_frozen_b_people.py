"""Names, spellings, emails, addresses, postcodes and NEUTRAL distractors of the ``frozen_b`` split.

Written for ``frozen_b`` before any figure on it was seen (never edit to move a score). ASR renders names
lower case without diacritics; chat keeps the source spelling. Street names, towns and email domains are
lists of this module (UK-flavoured, like the rest of the split's values).
"""
from __future__ import annotations

import random
import re

from benchmarks._frozen_b_values import NATO, digits, letters, say_digits, say_letters
from benchmarks._templates_values import ASR, DIGITS, cardinal
from benchmarks.frozen_names import FrozenName, fold

STREETS = ("Harcourt", "Ashgrove", "Millbank", "Tenterden", "Fairfield", "Kingsmead", "Larch", "Copperfield",
           "Beacon Hill", "Wharfedale", "Orchard", "St Anne's", "Gorse", "Lowther", "Netherby", "Rosebery",
           "Coldharbour", "Brackenbury", "Holloway", "Quarry", "Ferndale", "Priory", "Sandringham", "Tanners",
           "Blenheim", "Oakwood", "Heathfield", "Cromwell", "Westbourne", "Thornton")
STREET_TYPES = (("Road", "Rd"), ("Street", "St"), ("Avenue", "Ave"), ("Close", "Cl"), ("Crescent", "Cres"),
                ("Lane", "Ln"), ("Grove", "Gr"), ("Drive", "Dr"), ("Way", "Way"), ("Gardens", "Gdns"),
                ("Terrace", "Terr"), ("Mews", "Mews"), ("Place", "Pl"))
TOWNS = ("Leeds", "Harrogate", "Bolton", "Swindon", "Norwich", "Exeter", "Wigan", "Dundee", "Luton", "Derby",
         "Ipswich", "Stockport", "Carlisle", "Lincoln", "Wrexham")
DOMAINS = ("gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "icloud.com", "btinternet.com",
           "sky.com", "proton.me", "live.co.uk", "aol.com", "virginmedia.com", "mail.com")
EMOJI = ("🙂", "😊", "🙏", "👍", "😅", "😩", "🤞", "😂", "🙄", "❤️")


def asr_name(text: str) -> str:
    return re.sub(r"[-']", " ", fold(text)).lower().replace("  ", " ")


def person(name: FrozenName, part: str, style: str) -> str:
    value = {"full": f"{name.first} {name.last}", "first": name.first, "last": name.last,
             "three": name.full, "initial": f"{name.first[0]}. {name.last}"}[part]
    if style == ASR:
        return asr_name(value.replace(".", ""))
    return value


def _clean(part: str) -> str:
    return re.sub(r"[^a-z]", "", fold(part).lower())


def spelled(name: FrozenName, part: str, rng: random.Random, style: str) -> str:
    """A name spelled out: ``o k e l l o``, ``O-K-E-L-L-O``, ``o for oscar k for kilo ...``."""
    word = _clean(name.last if part == "last" else name.first)
    if style != ASR:
        form = rng.random()
        if form < 0.45:
            return "-".join(word.upper())
        if form < 0.8:
            return " ".join(word.upper())
        return ". ".join(word.upper()) + "."
    form = rng.random()
    if form < 0.4:
        out, i = [], 0
        while i < len(word):  # "double l" as people say it
            if i + 1 < len(word) and word[i + 1] == word[i] and rng.random() < 0.7:
                out.append(f"double {word[i]}")
                i += 2
            else:
                out.append(word[i])
                i += 1
        return " ".join(out)
    if form < 0.65:
        return " ".join(NATO[c] for c in word)
    if form < 0.85:
        link = rng.choice(("for", "as in"))
        return " ".join(f"{c} {link} {NATO[c]}" if rng.random() < 0.5 else c for c in word)
    return " ".join(word)


def email(name: FrozenName, rng: random.Random, style: str) -> str:
    first, last = _clean(name.first.split(" ")[0]) or "x", _clean(name.last.split(" ")[-1]) or "y"
    year = str(rng.randint(60, 99)) if rng.random() < 0.5 else str(rng.randint(1, 999))
    sep = rng.choice((".", "_", "", "."))
    local = rng.choice((f"{first}{sep}{last}", f"{first[0]}{sep}{last}", f"{first}{last}{year}",
                        f"{last}{sep}{first}", f"{first}{year}", f"{first}{sep}{last}{year}"))
    domain = rng.choice(DOMAINS)
    if rng.random() < 0.12:
        domain = f"{last}family.co.uk" if rng.random() < 0.5 else f"{letters(rng, 3).lower()}-consulting.com"
    if style != ASR:
        addr = f"{local}@{domain}"
        return addr if rng.random() < 0.85 else addr.capitalize()
    spoken = []
    for piece in re.split(r"([._\-]|\d+)", local):
        if not piece:
            continue
        if piece in "._-":
            spoken.append({".": "dot", "_": "underscore", "-": "dash"}[piece])
        elif piece.isdigit():
            spoken.append(cardinal(int(piece)) if rng.random() < 0.6 and piece[0] != "0" else say_digits(piece, rng))
        elif len(piece) == 1:
            spoken.append(piece)
        else:
            spoken.append(piece if rng.random() < 0.85 else say_letters(piece, rng, nato=0.0))
    dom = " dot ".join(re.sub(r"-", " dash ", p) for p in domain.split("."))
    return " ".join(spoken) + rng.choice((" at ", " at ", " at sign ")) + dom


def postcode(rng: random.Random, style: str) -> str:
    area = rng.choice(("LS", "M", "B", "BS", "NE", "S", "G", "EH", "CF", "SW", "N", "E", "OX", "YO", "HG",
                       "BL", "SN", "NR", "EX", "WN", "DD", "LU", "DE", "IP", "SK", "CA", "LN", "LL"))
    district = str(rng.randint(1, 29)) if len(area) == 2 else str(rng.randint(1, 99))
    if area in ("SW", "E", "N") and rng.random() < 0.3:
        district = str(rng.randint(1, 9)) + rng.choice("ABCDEFGHJKW")
    outward, inward = area + district, digits(rng, 1) + letters(rng, 2, "ABDEFGHJLNPQRSTUWXYZ")
    if style != ASR:
        return rng.choice((f"{outward} {inward}", f"{outward} {inward}", f"{outward}{inward}",
                           f"{outward} {inward}".lower(), f"{outward}{inward}".lower()))
    form = rng.random()
    if form < 0.55:
        return say_letters(outward, rng, nato=0.05) + " " + say_letters(inward, rng, nato=0.15)
    if form < 0.8:
        return f"{outward} {inward}".lower()
    spoken_district = cardinal(int(district)) if district.isdigit() else say_letters(district, rng, nato=0.0)
    return say_letters(area, rng, nato=0.0) + " " + spoken_district + " " + say_letters(inward, rng, nato=0.0)


def address(rng: random.Random, style: str) -> str:
    number = rng.choice((rng.randint(1, 40), rng.randint(1, 40), rng.randint(41, 260)))
    street, (kind, abbr) = rng.choice(STREETS), rng.choice(STREET_TYPES)
    flat = rng.randint(1, 24) if rng.random() < 0.25 else 0
    letter = rng.choice("ab") if rng.random() < 0.1 else ""
    if style == ASR:
        num = cardinal(number) if number < 100 or rng.random() < 0.5 else say_digits(str(number), rng)
        line = f"{num}{' ' + letter if letter else ''} {street.lower().replace(chr(39), '')} {kind.lower()}"
        if flat:
            line = f"flat {cardinal(flat)} {line}"
        elif rng.random() < 0.15:
            line = f"number {line}"
        return line
    kind_text = abbr if rng.random() < 0.35 else kind
    line = f"{number}{letter} {street} {kind_text}"
    if flat:
        line = rng.choice((f"Flat {flat}, {line}", f"flat {flat} {line}",
                           f"{flat}/{number}{letter} {street} {kind_text}", f"Apt {flat}, {line}"))
    if rng.random() < 0.3:
        line += f", {rng.choice(TOWNS)}"
    return line


KIN = {"sib": ("brother", "sister"), "parent": ("dad", "mum"), "child": ("son", "daughter"),
       "partner": ("husband", "wife"), "he": ("he", "she"), "his": ("his", "her"), "him": ("him", "her"),
       "title": ("Mr", "Ms"), "gran": ("grandad", "gran")}


def kin(word: str, sex: str, style: str) -> str:
    """A word that agrees with the sex of the person it is about (``{sib}`` -> brother / sister)."""
    text = KIN[word][sex == "F"]
    return text.lower() if style == ASR else text


def distractor(kind: str, rng: random.Random, style: str) -> str | None:
    """NEUTRAL values of this split (``None``: not one of ours, use the shared ones)."""
    asr = style == ASR
    if kind == "pounds":
        p, c = rng.choice((4, 12, 18, 35, 49, 60, 120, 249)), rng.choice((0, 50, 99, 25))
        if asr:
            return f"{cardinal(p)} pounds" + (f" {cardinal(c)}" if c else "")
        return f"£{p}.{c:02d}" if c else f"£{p}"
    if kind == "weekday":
        day = rng.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"))
        return day.lower() if asr else day
    if kind == "slot":
        start = rng.choice((8, 9, 10, 12, 13, 14))
        end = start + rng.choice((2, 4))
        s12, e12 = (start - 1) % 12 + 1, (end - 1) % 12 + 1
        if asr:
            return f"{cardinal(s12)} till {cardinal(e12)}"
        return f"{start}:00-{end}:00" if rng.random() < 0.5 else f"{s12}-{e12}"
    if kind == "extension":
        n = digits(rng, 4, True)
        return " ".join(DIGITS[int(d)] for d in n) if asr else n
    if kind == "speed":
        n = rng.choice((36, 67, 150, 500, 900))
        return f"{cardinal(n)} meg" if asr else f"{n}Mbps"
    if kind == "flight":
        code, n = rng.choice(("BA", "EZY", "FR", "LS")), rng.randint(100, 2999)
        return f"{say_letters(code, rng, nato=0.0)} {cardinal(n)}" if asr else f"{code}{n}"
    if kind == "reading":
        n = rng.randint(1200, 48000)
        return f"{cardinal(n // 1000)} thousand {cardinal(n % 1000)}".replace(" zero", "") if asr else str(n)
    if kind == "gb":
        n = rng.choice((5, 10, 30, 100))
        return f"{cardinal(n)} gig" if asr else f"{n}GB"
    return None
