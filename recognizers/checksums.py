"""Check digits and registries of identifiers, from python-stdnum: Luhn, IBAN (ISO 13616 / ISO 7064).

The one place the project computes them: recognizers validate with them, the redaction operators make
valid surrogates with them. IBAN formats per country come from stdnum's copy of the SWIFT IBAN registry
(``stdnum/iban.dat``), so a country added to the registry is known after a python-stdnum upgrade.
"""
from __future__ import annotations

from functools import lru_cache

from stdnum import iban as _iban
from stdnum import luhn, numdb
from stdnum.iso7064 import mod_97_10
from recognizers.start_set import compile_fast

_IBAN_DB = numdb.get("iban")
_STRUCTURE_PART = compile_fast(r"(\d+)!?[nac]")


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


@lru_cache(maxsize=256)
def iban_length(country: str) -> int | None:
    """Length of the IBANs of a two-letter country code (registry of python-stdnum); None if unknown."""
    if len(country) != 2 or not country.isascii() or not country.isalpha():
        return None
    info = _IBAN_DB.info(country.upper() + "00")
    structure = info[0][1].get("bban") if info and info[0][1] else None
    if not structure:
        return None
    return 4 + sum(int(n) for n in _STRUCTURE_PART.findall(structure))


def iban_valid(compact: str) -> bool:
    """An IBAN without separators (any case) has its country's format and a valid mod-97 checksum.

    National check digits inside the BBAN are not required: a number that passes mod 97 in the right
    format is an IBAN for redaction purposes even if a bank's own check would reject it.
    """
    if not compact.isascii() or not compact.isalnum():
        return False
    return _iban.is_valid(compact.upper(), check_country=False)


# Singapore NRIC / FIN (python-stdnum 2.2 has no module for it): S / T citizens and PRs, F / G / M
# foreigners. The check letter comes from the seven digits weighted 2 7 6 5 4 3 2, plus 4 for T / G
# (born or issued from 2000) and 3 for M (2022 series), mod 11, read in the series' table.
_SG_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)
_SG_SERIES = {"S": (0, "JZIHGFEDCBA"), "T": (4, "JZIHGFEDCBA"), "F": (0, "XWUTRQPNMLK"),
              "G": (4, "XWUTRQPNMLK"), "M": (3, "XWUTRQPNJLK")}


def sg_nric_check_letter(series: str, digits: str) -> str:
    """The check letter of a Singapore NRIC / FIN with series letter ``series`` and seven ASCII ``digits``."""
    offset, table = _SG_SERIES[series.upper()]
    return table[(offset + sum(w * int(d) for w, d in zip(_SG_WEIGHTS, digits))) % 11]


def sg_nric_valid(compact: str) -> bool:
    """A Singapore NRIC / FIN without separators (any case), e.g. ``S1234567D``, has its right check letter."""
    value = compact.upper()
    return (len(value) == 9 and value[0] in _SG_SERIES and value[1:8].isascii() and value[1:8].isdigit()
            and value[8] == sg_nric_check_letter(value[0], value[1:8]))


def gb_driving_licence_valid(compact: str) -> bool:
    """A GB (DVLA) driving licence number's date digits hold together: sixteen characters, the surname's first five
    letters (9 pads a short one), the birth decade, the month (51-62 for women), the day, the year's last digit, two
    initials (9 pads), a digit and two letters. DVLA publishes no check digit; the date is what can be checked."""
    if len(compact) != 16 or not compact[5:11].isdigit():
        return False
    month, day = int(compact[6:8]), int(compact[8:10])
    return (1 <= month <= 12 or 51 <= month <= 62) and 1 <= day <= 31 and compact[13].isdigit() \
        and compact[:5].replace("9", "").isalpha() and compact[14:].isalpha()
