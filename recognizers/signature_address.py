"""A writer's address under their signed name -> STREET_ADDRESS and POSTCODE ("Yours sincerely,\\nprak visal\\nno. 43,
street 271, sangkat tuol tumpung\\n120408", "Kind regards,\\nOkamoto Kaori\\n2-20-2 Koenji-minami\\n〒166-0003").

Under a sign-off line and a name line (one to five words, no digit), the lines that follow up to a blank line or the
end, and hold a digit, are the writer's address: a line that is one short code ("120408", "N4 6WF", "〒166-0003") a
POSTCODE, any other a STREET_ADDRESS; a line of words between two such lines ("Sangkat Tuol Tumpung") is part of it.
Lines that are a phone number, an e-mail address or a labelled field ("member no: M577915") are left to their own
recognizers. Written text only: a speech engine writes no lines.
"""
from __future__ import annotations

import re

from recognizers.base import register
from recognizers.entities import POSTCODE, REASON_CONTEXT, STREET_ADDRESS
from recognizers.names.signatures import SIGN_OFF, SIGN_OFF_WORDS
from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, words_of
from recognizers.start_set import compile_fast

SCORE = 0.8
MAX_ADDRESS_LINES = 5
_NAME_LINE = compile_fast(r"[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){0,4}\.?")
_CODE_LINE = compile_fast(r"〒?\s?[^\W_]{2,8}(?:[ -][^\W_]{2,5})?")  # "120408", "N4 6WF", "〒166-0003", "V5R 5G4"
_PHONE_LINE = compile_fast(r"(?:\+|\(|tel|phone|mob|cell)?[\s\d().+-]{7,}", re.IGNORECASE)
_LABELLED = compile_fast(r"[^\W\d_][\w .]*:")


@register("signature_address.v1")
class SignatureAddressRecognizer(SpokenAwareRecognizer):
    """STREET_ADDRESS / POSTCODE for the lines of an address under a signed name."""

    ENTITIES = (STREET_ADDRESS, POSTCODE)

    def find(self, text: str) -> list[Hit]:
        if "\n" not in text or SIGN_OFF_WORDS.isdisjoint(words_of(text)):
            return []  # (no line, or no sign-off word: the lines are not split nor searched)
        lines = list(_lines(text))
        out: list[Hit] = []
        for k, (start, end) in enumerate(lines[:-2]):  # (a sign-off is searched from the line break before its line)
            if text[start:end].strip() and SIGN_OFF.search(text, max(0, start - 1), end + 1) and _NAME_LINE.fullmatch(
                    text[lines[k + 1][0]:lines[k + 1][1]].strip()):
                out += _address_lines(text, lines[k + 2:k + 2 + MAX_ADDRESS_LINES])
        return out


def _lines(text: str):
    """(start, end) of every line, blank ones included."""
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def _address_lines(text: str, lines: list[tuple[int, int]]) -> list[Hit]:
    """The address lines from the top of ``lines`` to the first blank line or other kind of line."""
    hits: list[Hit] = []
    pending: list[tuple[int, int]] = []  # lines of words after an address line, kept if another follows
    for start, end in lines:
        line = text[start:end].strip()
        if not line or "@" in line or _LABELLED.match(line) or _PHONE_LINE.fullmatch(line):
            break
        first = start + (len(text[start:end]) - len(text[start:end].lstrip()))
        last = first + len(line)
        if not any(ch.isdigit() for ch in line):
            if not hits:
                break
            pending.append((first, last))
            continue
        hits += [Hit(s, e, STREET_ADDRESS, SCORE, REASON_CONTEXT, "signature") for s, e in pending]
        pending = []
        kind = POSTCODE if _CODE_LINE.fullmatch(line) else STREET_ADDRESS
        hits.append(Hit(first, last, kind, SCORE, REASON_CONTEXT, "signature"))
    return hits
