"""may_be_spoken's last gate (``number_words._FOREIGN_PAIR``, its word groups as tries): a digit word said in another
language right before another digit word."""
import pytest

from recognizers.spoken import number_words as nw


@pytest.mark.parametrize("text, found", [
    ("tre due due", True),
    ("drei zwei acht", True),
    ("it's seis, cinco, uno", True),
    ("FÜNF vier", True),
    ("dziewięć - osiem", True),
    ("sei sette", True),          # "sei" and "seis": a shorter word of the same trie
    ("seis seven", True),         # then an English digit word
    ("quattro-due", True),
    ("tres", False),              # one word alone
    ("tresses two", False),       # inside a longer word
    ("xdue tre", False),          # a letter before it
    ("due street", False),
    ("due_tre", False),           # "_" is no separator
    ("tre  .  ,  - due", False),  # more than six separators
])
def test_foreign_pair(text, found):
    assert (nw._FOREIGN_PAIR.search(text) is not None) is found
