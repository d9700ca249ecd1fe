"""A listed surname that is an everyday word, after a given name at the end of a command
(``recognizers.names.name_runs.extend(commanded=True)``): part of the name; a time or a verb's word is not."""
import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("calling autumn green mobile", ["autumn green"]),       # a phone label after the surname
    ("calling autumn gray cell", ["autumn gray"]),
    # negative rows: a time word, a word that follows names, no phone label after the surname
    ("call grace today", ["grace"]),
    ("text mark back", ["mark"]),
    ("call bill home", ["bill"]),                             # not a listed surname
])
def test_commanded_surnames(text, names):
    assert _found(text) == names
