"""parse_units makes one Unit per field values (interned): the units are those the fields give, shared when equal."""
from __future__ import annotations

import pytest

from pipeline.redaction.operators import spoken
from pipeline.redaction.operators.spoken import Unit, _parse_units


@pytest.mark.parametrize("text, letters, fields", [
    ("4 7", False, [(0, 1, "4", "char", "4"), (2, 3, "7", "char", "7")]),
    ("Five oh", False, [(0, 4, "5", "word", "Five"), (5, 7, "0", "word", "oh")]),
    ("nought ZERO", False, [(0, 6, "0", "word", "nought"), (7, 11, "0", "word", "ZERO")]),
    ("\u0663 o", True, [(0, 1, "\u0663", "char", "\u0663"), (2, 3, "o", "letter", "o")]),  # a letter "o" when letters
    ("x \u00b2 4", False, [(2, 3, "\u00b2", "char", "\u00b2"), (4, 5, "4", "char", "4")]),  # a digit that \d does not take (isdigit)
    ("twenty 5", False, [(0, 6, "20", "two_digit", "twenty"), (7, 8, "5", "char", "5")]),  # a written digit after tens
    # negative rows
    ("double 4 4", False, [(7, 8, "4", "char", "4"), (9, 10, "4", "char", "4")]),  # "double" before a written digit
    ("ten", False, [(0, 3, "10", "two_digit", "ten")]),
    ("thanks", False, []),
])
def test_units_are_their_fields(text, letters, fields):
    units = _parse_units.__wrapped__(text, letters)
    assert list(units) == [Unit(*f) for f in fields]
    assert [(u.start, u.end, u.digits, u.kind, u.source) for u in units] == fields
    assert all(type(u.digits) is str and type(u.source) is str for u in units)


def test_equal_units_are_one_object_and_the_table_is_bounded(monkeypatch):
    monkeypatch.setattr(spoken, "MAX_INTERNED", 3)
    spoken._UNITS.clear()
    first = _parse_units.__wrapped__("1 2 3", False)
    assert _parse_units.__wrapped__("1 2 3", False)[0] is first[0]
    assert len(spoken._UNITS) == 3
    _parse_units.__wrapped__("9", False)  # a fourth: the table starts again
    assert len(spoken._UNITS) == 1 and _parse_units.__wrapped__("1", False)[0] == first[0]
