"""IBANs: country code, check digits, country-specific length, ISO 13616 mod-97 checksum.

Written ("GB82 WEST 1234 5698 7654 32") or spelled out (the spoken view turns "g b eight two w e s t ..."
into one letter/digit run). The checksum makes context words unnecessary.
"""
from __future__ import annotations

import re

from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, digit_count, near
from recognizers.base import register
from recognizers.checksums import iban_checksum_ok
from recognizers.entities import IBAN_CODE, REASON_CONTEXT, REASON_PATTERN

SCORE_VALID = 0.9
SCORE_CONTEXT = 1.0

# IBAN length per country (SWIFT IBAN registry).
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
    "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}


def iban_ok(compact: str) -> bool:
    """Country length and mod-97 checksum of an upper-case IBAN without separators."""
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    return iban_checksum_ok(compact)


@register("iban.v1")
class TranscriptIbanRecognizer(SpokenAwareRecognizer):
    """IBAN_CODE, checksum-validated."""

    ENTITIES = (IBAN_CODE,)

    CANDIDATE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \-]?[A-Za-z0-9]){11,30}")
    CONTEXT = re.compile(r"\b(?:iban|bank account|account)\b", re.IGNORECASE)

    def find(self, text: str) -> list[Hit]:
        hits = []
        if digit_count(text) < 6:
            return hits
        for match in self.CANDIDATE.finditer(text):
            start = match.start()
            country = match.group()[:2].upper()
            length = IBAN_LENGTHS.get(country)
            if length is None:
                continue
            # Take exactly the country's length of characters: the pattern may run into the next word.
            end, count = start, 0
            for i in range(start, match.end()):
                if text[i].isalnum():
                    count += 1
                    if count == length:
                        end = i + 1
                        break
            if count != length or (end < len(text) and text[end].isalnum()):
                continue
            compact = re.sub(r"[ \-]", "", text[start:end]).upper()
            if iban_ok(compact):
                context = near(self.CONTEXT, text, start, end)
                hits.append(Hit(start, end, IBAN_CODE, SCORE_CONTEXT if context else SCORE_VALID,
                                REASON_CONTEXT if context else REASON_PATTERN, "iban"))
        return hits
