"""Surrogates for e-mail and street addresses (written or spoken), built from the name and number parts."""
from __future__ import annotations

import re

from pipeline.redaction.operators.base import KeyedRng, match_case
from pipeline.redaction.operators.names import ROLE_FIRST, ROLE_LAST, lone_role
from pipeline.redaction.operators.pools import DOMAIN_WORDS, STREET_WORDS
from pipeline.redaction.operators import spoken as S
from recognizers.start_set import compile_fast

# Big webmail providers identify nobody and keep the text realistic; any other domain is replaced.
PUBLIC_MAIL_DOMAINS = frozenset({
    "gmail", "googlemail", "yahoo", "ymail", "outlook", "hotmail", "live", "msn", "icloud", "me", "mac", "aol",
    "proton", "protonmail", "gmx", "mail", "zoho", "comcast", "verizon", "att", "sbcglobal",
})
SECOND_LEVEL_LABELS = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc"})
STREET_KEEP = frozenset({
    "street", "st", "avenue", "ave", "av", "road", "rd", "lane", "ln", "drive", "dr", "boulevard", "blvd",
    "court", "ct", "way", "place", "pl", "circle", "cir", "terrace", "ter", "parkway", "pkwy", "highway", "hwy",
    "square", "sq", "trail", "trl", "loop", "alley", "row", "crescent", "close", "apt", "apartment", "suite",
    "ste", "unit", "floor", "fl", "building", "bldg", "po", "box", "north", "south", "east", "west", "n", "s",
    "e", "w", "ne", "nw", "se", "sw", "and", "the", "of", "number", "no", "dash",
    # Singapore and Malaysia: the block word and the street types before the name (swapped within their kind
    # by the leak guard).
    "blk", "block", "jalan", "jln", "lorong", "lrg", "persiaran", "lebuh", "lingkaran", "lengkok", "changkat", "lot",
})
# A spoken unit sign ("hash oh five dash one two") said as a unit word: no word of the original stays.
SPOKEN_UNIT_SIGN = {"hash": "unit"}
# US state codes/names stay: they are coarse, and keeping them keeps addresses plausible.
US_STATES = frozenset({
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la",
    "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok",
    "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc",
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
    "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont",
    "virginia", "washington", "wisconsin", "wyoming",
})
_EMAIL_AT = compile_fast(r"@|\s+at\s+", re.IGNORECASE)
_DOT_WORD = compile_fast(r"\s+dot\s+|\.", re.IGNORECASE)
_LOCAL_PART = compile_fast(r"[A-Za-z]+|\d+|[^A-Za-z\d]+")
_ALPHA_WORD = compile_fast(r"[^\W\d_]+(?:['’][^\W\d_]+)?")  # any script: no original letter passes through


def _free_digits(rng: KeyedRng, original: str) -> str:
    return "".join(str(rng.below(10)) for _ in original)


def surrogate_email(value: str, name_map, evidence: dict[str, str], rng: KeyedRng) -> str | None:
    """Local part re-drawn from the (consistent) name mapping, digits re-drawn, private domains replaced.

    Args:
        value: "priya.r85@acme.com" or spoken "priya dot r at gmail dot com".
        name_map: (role, folded word) -> surrogate word, the same mapping PERSON values use.
        evidence: Name roles learned in the conversation.
        rng: Keyed stream for this value (digits, initials, domain).
    """
    at = None
    for at in _EMAIL_AT.finditer(value):
        pass
    if at is None:
        return None
    local, domain = value[:at.start()], value[at.end():]
    # Spoken digits ("eighty five") are re-drawn as spoken digits first; the words left are name parts.
    units = S.parse_units(local)
    if units:
        local = S.render(local, units, _free_digits(rng, S.digit_string(units)))
    number_spans = [(u.start, u.end) for u in S.parse_units(local)]
    spoken_words = {"dot", "underscore", "dash", "hyphen"}
    pieces = [(m.start(), m.group()) for m in _LOCAL_PART.finditer(local)]
    words = [p for pos, p in pieces if p.isalpha() and p.lower() not in spoken_words
             and not any(s <= pos < e for s, e in number_spans)]
    out = []
    for pos, piece in pieces:
        low = piece.lower()
        if any(s <= pos < e for s, e in number_spans):
            out.append(piece)  # already re-drawn above
        elif piece.isdigit():
            out.append(_free_digits(rng, piece))
        elif not piece.isalpha() or low in spoken_words:
            out.append(piece)
        elif len(piece) == 1:
            out.append(match_case(piece, "abcdefghijklmnopqrstuvwxyz"[rng.below(26)]))
        else:
            if len(words) > 1 and piece == words[-1]:
                role = ROLE_LAST
            elif len(words) > 1:
                role = ROLE_FIRST
            else:
                role = lone_role(low, evidence)
            out.append(match_case(piece, name_map(role, low)))
    new_local = "".join(out)
    labels = _DOT_WORD.split(domain)
    if labels and labels[0].strip().lower() in PUBLIC_MAIL_DOMAINS:
        new_domain = domain
    else:
        # Replace every label but the top-level one; a surrogate domain never names the real organisation.
        seps = _DOT_WORD.findall(domain)
        new_labels = [match_case(lbl, rng.choice(DOMAIN_WORDS))
                      if i < len(labels) - 1 and lbl.strip().lower() not in SECOND_LEVEL_LABELS else lbl
                      for i, lbl in enumerate(labels)]
        new_domain = "".join(l + (seps[i] if i < len(seps) else "") for i, l in enumerate(new_labels))
    result = new_local + value[at.start():at.end()] + new_domain
    return result if result.casefold() != value.casefold() else None


# "P.O. Box", "p o box", "post office box": kept as written; its "o" is no spoken zero.
_PO_BOX = compile_fast(r"\b(?:p\.?[ \t]*o\.?|post[ \t]+office)[ \t]*box\b", re.IGNORECASE)


def surrogate_address(value: str, rng: KeyedRng) -> str | None:
    """House/unit numbers re-drawn (spoken stays spoken), street and place words replaced, suffixes kept; a
    P.O. box marker kept ("P.O. Box 8203" -> "P.O. Box 5810")."""
    box = _PO_BOX.search(value)
    if box:
        before, after = value[:box.start()], value[box.end():]
        result = (_address_parts(before, rng) if before.strip() else before) + box.group() + _address_parts(after, rng)
    else:
        result = _address_parts(value, rng)
    return result if result.casefold() != value.casefold() else None


def _address_parts(value: str, rng: KeyedRng) -> str:
    """``value`` with its numbers re-drawn and its words other than street types and states replaced."""
    units = S.parse_units(value)
    new_digits = []
    for n, unit in enumerate(units):
        run_start = n == 0 or units[n - 1].end != unit.start
        for k, c in enumerate(unit.digits):
            # A house number keeps a non-zero lead digit so it keeps its length when read aloud.
            new_digits.append(str(rng.between(1, 9)) if k == 0 and run_start and c != "0" else str(rng.below(10)))
    text = S.render(value, units, "".join(new_digits)) if units else value
    out, cursor = [], 0
    for m in _ALPHA_WORD.finditer(text):
        low = m.group().lower().rstrip(".")
        if low in STREET_KEEP or low in US_STATES or low in S.DIGIT_WORDS or low in S.TEEN_WORDS \
                or low in S.TENS_WORDS or low in S.SCALE_WORDS or re.fullmatch(r"(st|nd|rd|th)", low):
            continue
        out.append(text[cursor:m.start()])
        if low in SPOKEN_UNIT_SIGN:
            out.append(match_case(m.group(), SPOKEN_UNIT_SIGN[low]))
            cursor = m.end()
            continue
        word = rng.choice(STREET_WORDS)
        while word.lower() == low:
            word = rng.choice(STREET_WORDS)
        out.append(match_case(m.group(), word))
        cursor = m.end()
    out.append(text[cursor:])
    return "".join(out)
