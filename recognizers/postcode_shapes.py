"""Official postcode shapes (UK, Canada, Ireland; the Netherlands by python-stdnum) and their checks."""
from __future__ import annotations


from stdnum.nl import postcode as nl_postcode

from recognizers.start_set import compile_fast

# Official shapes (UK: the government's Bulk Data Transfer standard; Canada Post; Eircode).
UK_OUT = r"(?:[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d[\dABEHMNPRV-Y]?|\d[A-HJKPS-UW]))"
UK_IN = r"\d[ABD-HJLNP-UW-Z]{2}"
CA = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d"
IE = r"(?:[ACDEFHKNPRTVWXY]\d{2}|D6W) ?[\dACDEFHKNPRTVWXY]{4}"
FULL = compile_fast(rf"(?:{UK_OUT} ?{UK_IN}|GIR ?0AA|{CA}|{IE})")
# The second half alone ("the rest of the postcode?" / "9RR", "one foxtrot november"): UK inward (not "2ND"), Canada LDU.
INWARD = compile_fast(r"(?!1ST|2ND|3RD|\dTH)\d[A-Z]{2}|\d[A-Z]\d")  # any letters: ASR mishears them
FULL_UK_CA = compile_fast(rf"(?:{UK_OUT}{UK_IN}|{CA.replace(' ?', '')})")
IE_COMPACT = compile_fast(IE.replace(" ?", ""))  # an eircode spelled out, no blank
OUTWARD = compile_fast(UK_OUT)
LOOSE = compile_fast(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|[A-Z]\d[A-Z]\d[A-Z]\d")
WRITTEN = compile_fast(rf"(?<![\w\-])(?:{UK_OUT} {{1,2}}{UK_IN}|{UK_OUT}{UK_IN}|{CA}|{IE})(?![\w\-])")  # "RW20  0QJ" too

# Postcodes whose country letters are part of the official form: Latvia "LV-1011", Lithuania "LT-01100", Moldova
# "MD-2001" (dash typed or not, any case), Azerbaijan "AZ1000", Andorra "AD500" (capitals).
PREFIXED = compile_fast(r"(?<![\w\-])(?:(?i:lv-?\d{4}|lt-?\d{5}|md-?\d{4})|AZ\d{4}|AD\d{3})(?![\w\-])")


def is_postcode(code: str, outward_ok: bool = False) -> bool:
    """True when ``code`` (compact, upper case) is a valid UK, Canadian, Irish or Dutch postcode.

    Letter O and digit 0 sound alike: both readings are tried. ``outward_ok`` accepts a UK outward
    code alone ("SW1A", "G53").
    """
    for variant in {code, code.replace("O", "0")}:
        if FULL.fullmatch(variant) or nl_postcode.is_valid(variant) or (
                outward_ok and OUTWARD.fullmatch(variant)):
            return True
    return False


def mixed(code: str) -> bool:
    return any(map(str.isdigit, code)) and any(map(str.isalpha, code))
