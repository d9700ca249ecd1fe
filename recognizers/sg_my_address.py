"""Singapore and Malaysian street addresses, written or spoken -> STREET_ADDRESS.

* Singapore HDB blocks: ``Blk`` / ``Block`` and the block number, the street (``Ang Mo Kio Ave 3``, ``Toa
  Payoh Lor 1``, ``Punggol Field``: often no street-type word, or one before its number) and the unit,
  written ``#05-1234`` or said ``hash oh five dash one two three four``;
* Malaysian streets, whose type word comes BEFORE the name (``Jalan``, ``Jln``, ``Lorong``, ``Persiaran``,
  ``Lebuh``, ``Taman`` ...), after a house number (``No. 12``, ``12A``, ``A-10-6``, ``Lot 5``):
  ``No. 12, Jalan SS 2/24``;
* either then runs on over the town, state and postal code (``recognizers.address_tail``:
  ``, Singapore 641456``, ``, 47300 Petaling Jaya, Selangor``).

``Block`` spelled out is an everyday word ("block my card", "block two of them"): it counts only when its
street holds a street-type word or a unit follows. ``Blk`` always counts.
"""
from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from recognizers import address_tail
from recognizers.base import TranscriptRecognizer, register
from recognizers.entities import REASON_PATTERN, STREET_ADDRESS
from recognizers.lower_scan import ascii_lower, lower_twin
from recognizers.names.lexicon import FUNCTION_WORDS
from recognizers.start_set import compile_fast
from recognizers.street_words import _NUMBER_WORD_SET, _SPOKEN_NUM, STREET_SUFFIX_WORDS

SCORE_BLOCK, SCORE_STREET = 0.8, 0.75
MAX_NAME_WORDS = 7
# Street-type words that come before the name in Malaysia ("Jalan Ampang", "Lorong Kulit 10", "Taman Melati").
MY_STREET_WORDS = frozenset("""jalan jln lorong lrg persiaran lebuh lebuhraya lingkaran lengkok changkat
    taman tmn""".split())
# Street-type words of Singapore streets besides the English ones ("Toa Payoh Lor 1", "Tampines Central 5").
SG_STREET_WORDS = frozenset("lor lorong central link ring jalan".split())
_STREET_TYPES = STREET_SUFFIX_WORDS | SG_STREET_WORDS | MY_STREET_WORDS
# Words that end a street name: sentence glue and Singlish / Manglish particles (the function words hold "lah",
# "please", "yes", "um" ...).
_STOP = FUNCTION_WORDS | frozenset("hash ah hor sia lei ya yah correct er".split())
_GATE = compile_fast(r"\b(?:blk|blok|block|jl|" + "|".join(sorted(MY_STREET_WORDS)) + r")\b|#\s*\d", re.IGNORECASE)
_GATE_LOWER = lower_twin(_GATE)  # the same matches on lower-cased ASCII text, without IGNORECASE (faster)

_SPOKEN = rf"(?:(?:double|triple|treble)\s+)?{_SPOKEN_NUM}"
_BLOCK_HEAD = compile_fast(rf"\b(?P<label>blk|blok|block)\.?[ \t]*(?:no\.?[ \t]*)?(?:\d{{1,4}}[a-z]?\b|{_SPOKEN}"
                           r"(?:[ \t]+[a-h]\b)?)", re.IGNORECASE)
_MY_HEAD = compile_fast(rf"\b(?:(?:no|lot|unit|blok)\.?[ \t]*)?(?:(?:[a-z]{{1,2}}-?)?\d{{1,5}}[a-z]?(?:-\d{{1,4}}[a-z]?){{0,2}}"
                        rf"|(?<=lot )(?:{_SPOKEN}[ \t]+){{0,5}}{_SPOKEN})"  # "lot one hundred sixty seven jalan burma"
                        rf"[ \t]*,?[ \t]+(?={'|'.join(sorted(MY_STREET_WORDS))}\b\.?[ \t]+[^\W_])", re.IGNORECASE)
# Indonesian streets: "Jl. Braga No. 100, RT 7", "jalan sudirman no 12 rt 3/rw 5": the house number after "no".
_ID_STREET = compile_fast(r"\b(?:jl|jln|jalan)\.?[ \t]+(?:[^\W\d_][\w'’.\-]*[ \t]+){1,4}no\.?[ \t]*\d{1,5}[a-z]?\b"
                          r"(?:[ \t]*,?[ \t]*rt\.?[ \t]*\d{1,3}(?:[ \t]*/[ \t]*rw\.?[ \t]*\d{1,3})?\b)?", re.IGNORECASE)
# The unit: "#05-1234", "# 12-345", "hash oh five dash one two three four", "unit sixteen dash seven".
UNIT = compile_fast(rf",?[ \t]*(?:#[ \t]*\d{{1,3}}[ \t]*-[ \t]*\d{{1,5}}[a-z]?\b|(?:hash|unit)[ \t]+{_SPOKEN}[ \t]+"
                    rf"(?:dash|hyphen|-)[ \t]+{_SPOKEN}\b)", re.IGNORECASE)
_NUMBER_AFTER = compile_fast(r"[ \t]+(?:\d|" + "|".join(sorted(_NUMBER_WORD_SET)) + r")\b", re.IGNORECASE)
_TOKEN = compile_fast(r"[ \t]+([^\W_][\w'’/\-]*)")


def _street_end(text: str, pos: int, need_type: bool) -> tuple[int, bool] | None:
    """End of the street name starting after ``pos`` and whether it holds a street-type word (None when it
    holds no name word)."""
    end, names, typed = pos, 0, False
    for _ in range(MAX_NAME_WORDS):
        token = _TOKEN.match(text, end)
        if token is None:
            break
        word = token.group(1)
        low = word.lower()
        numeric = low in _NUMBER_WORD_SET or word[0].isdigit()
        if not numeric and low in _STOP and not (low == "lor" and _NUMBER_AFTER.match(text, token.end())):
            break  # "lor" the particle; "Lor 1" is Lorong
        if numeric and not names:
            break  # numbers only after a name word ("Ave 3"), the house number is already read
        names += not numeric
        typed = typed or low.rstrip(".") in _STREET_TYPES
        end = token.end()
    if not names or need_type and not typed:
        return None
    return end, typed


@register("sg_my_address.v1")
class SgMyAddressRecognizer(TranscriptRecognizer):
    """STREET_ADDRESS: Singapore HDB block addresses and Malaysian streets named after their type word."""

    ENTITIES = (STREET_ADDRESS,)

    def analyze(self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None
                ) -> list[RecognizerResult]:
        if not text or (entities is not None and STREET_ADDRESS not in entities) or not _gate(text):
            return []
        spans = []
        for head in _BLOCK_HEAD.finditer(text):
            blk = head.group("label").lower() != "block"
            street = _street_end(text, head.end(), need_type=False)
            if street is None:
                continue
            end, typed = street
            unit = UNIT.match(text, end)
            if unit is None and not (blk or typed):
                continue  # "block two cards": a verb or a count, no street
            spans.append((head.start(), unit.end() if unit else end, SCORE_BLOCK, "hdb_block"))
        for head in _MY_HEAD.finditer(text):
            street = _street_end(text, head.end() - 1, need_type=True)
            if street is not None:
                unit = UNIT.match(text, street[0])
                spans.append((head.start(), unit.end() if unit else street[0], SCORE_STREET, "my_street"))
        spans += [(m.start(), m.end(), SCORE_STREET, "id_street") for m in _ID_STREET.finditer(text)]
        return [self.result(s, address_tail.extend(text, e), STREET_ADDRESS, score, REASON_PATTERN, name)
                for s, e, score, name in _merge(spans)]


def _gate(text: str) -> bool:
    """True when ``text`` holds a block label, a Malaysian street word or a written unit (``_GATE``)."""
    low = ascii_lower(text)
    return bool(_GATE_LOWER.search(low) if low is not None else _GATE.search(text))


def _merge(spans: list[tuple[int, int, float, str]]) -> list[tuple[int, int, float, str]]:
    """Overlapping spans as one (the first pattern names it)."""
    out: list[list] = []
    for span in sorted(spans):
        if out and span[0] < out[-1][1]:
            out[-1][1] = max(out[-1][1], span[1])
        else:
            out.append(list(span))
    return [tuple(s) for s in out]
