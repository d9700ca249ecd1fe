"""Check digits of card numbers (Luhn) and IBANs (ISO 7064 mod 97-10), from python-stdnum.

The one place the project computes them: recognizers validate with them, the redaction operators make
valid surrogates with them.
"""
from __future__ import annotations

from stdnum import luhn
from stdnum.iso7064 import mod_97_10


def _ascii_digits(digits: str) -> str:
    # Any Unicode decimal digit ("٠", "０") counts as its value, as ``int()`` reads it.
    return "".join(str(int(c)) for c in digits)


def luhn_ok(digits: str) -> bool:
    """True when a non-empty digit string passes the Luhn check."""
    return luhn.is_valid(_ascii_digits(digits))


def luhn_check_digit(payload: str) -> str:
    """The Luhn check digit that makes ``payload + digit`` valid."""
    return luhn.calc_check_digit(_ascii_digits(payload))


def _base10(text: str) -> str:
    # ISO 13616: letters count as 10..35 before the mod-97 check.
    return "".join(str(int(c, 36)) for c in text)


def iban_checksum_ok(compact: str) -> bool:
    """True when an IBAN without separators passes the mod-97 check (case-insensitive)."""
    return mod_97_10.is_valid(_base10(compact[4:] + compact[:4]))


def iban_check_digits(country: str, bban: str) -> str:
    """ISO 13616 check digits for a country code and BBAN."""
    return mod_97_10.calc_check_digits(_base10((bban + country).upper()))
