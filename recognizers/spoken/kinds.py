"""Kinds of the spoken view's tokens (``recognizers.spoken.tokens``)."""
UNIT, TEEN, TENS, SCALE, MULT, ORD, ZERO = "unit", "teen", "tens", "scale", "mult", "ord", "zero"
LETTER, NATO, ASIN, WDIGITS = "letter", "nato", "asin", "wdigits"
FILLER, AND, WORD, EMAILISH, HOST = "filler", "and", "word", "emailish", "host"
FUNIT = "funit"  # a digit said in another language; resolved to UNIT or WORD by ``tokens.foreign_digits``
