"""Kinds of the spoken view's tokens (``recognizers.spoken.tokens``)."""
UNIT, TEEN, TENS, SCALE, MULT, ORD, ZERO = "unit", "teen", "tens", "scale", "mult", "ord", "zero"
LETTER, NATO, ASIN, WDIGITS = "letter", "nato", "asin", "wdigits"
FILLER, AND, WORD, EMAILISH, HOST = "filler", "and", "word", "emailish", "host"
FUNIT = "funit"  # a digit said in another language; resolved to UNIT or WORD by ``tokens.foreign_digits``
NUMERIC = frozenset({UNIT, TEEN, TENS, SCALE, MULT, ZERO, WDIGITS})  # the words of a number, spoken or written
SPOKEN_NUMERIC = frozenset({UNIT, TEEN, TENS, SCALE, MULT, ZERO})
LETTERISH = frozenset({LETTER, NATO, ASIN})  # a spelled letter
