"""A typed word that is a frequent word with two neighbouring letters swapped is a typo, not a name."""
import pytest

from recognizers.names.tokens import tokenize
from recognizers.names.typos import swapped_letters, typo


@pytest.mark.parametrize("key, typo", [
    ("irght", True), ("ecxept", True), ("teh", True), ("nothnig", True), ("becuase", True),
    ("samet", False), ("mirzokhid", False), ("oyindamola", False), ("bima", False), ("ojal", False),
    ("right", False),            # the word itself is no swap of another
])
def test_swapped_letters(key, typo):
    assert swapped_letters(key) is typo


@pytest.mark.parametrize("word, is_typo", [("irght", True), ("Waeg", False), ("waeg", True), ("bima", False)])
def test_a_capital_says_a_name_was_meant(word, is_typo):
    assert typo(tokenize(f"is that {word}")[0][-1]) is is_typo
