"""The spoken tokenizer's word classes read through ``tokens._CLASSES``: the same (kind, value) as ``_classify``."""
import pytest

from recognizers.spoken import kinds
from recognizers.spoken import tokens


@pytest.mark.parametrize("low, kind, value", [
    ("seven", kinds.UNIT, 7),
    ("oh", kinds.ZERO, 0),
    ("thirteen", kinds.TEEN, 13),
    ("forty", kinds.TENS, 40),
    ("hundred", kinds.SCALE, 100),
    ("double", kinds.MULT, 2),
    ("third", kinds.ORD, 3),
    ("k", kinds.LETTER, "k"),
    ("kilo", kinds.NATO, "k"),
    ("um", kinds.FILLER, None),
    ("4155", kinds.WDIGITS, "4155"),
    ("jo@gmail", kinds.EMAILISH, None),
    ("gmail.com", kinds.HOST, None),
    ("street", kinds.WORD, None),
])
def test_classes_read_as_classify(low, kind, value):
    assert tokens._CLASSES[low] == tokens._classify(low) == (kind, value)


def test_classes_start_again_when_full(monkeypatch):
    monkeypatch.setattr(tokens, "MAX_CLASSIFIED", 2)
    tokens._CLASSES.clear()
    for low in ("one", "two", "three"):
        assert tokens._CLASSES[low] == tokens._classify(low)
    assert list(tokens._CLASSES) == ["three"]
    assert [t.kind for t in tokens.tokenize("one two three street")] == [kinds.UNIT] * 3 + [kinds.WORD]
