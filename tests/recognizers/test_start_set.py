"""Tests for recognizers.start_set: patterns given a start set find exactly what the originals find."""
import re

import pytest
from hypothesis import given, settings, strategies as st

from recognizers import start_set as module
from recognizers.start_set import compile_fast, start_set

SPED_UP = [
    (r"(?<![\w.\-])\d{9}(?![\w\-])", 0),                              # a lookbehind, then a repeat
    (r"(?<![\w.\-])\d{3}([\- .])\d{2}\1\d{4}(?![\w\-])", re.IGNORECASE),  # digits need no case
    (r"\b(?:zip|zip code|postal|post code)\b", 0),                    # a boundary, then words
    (r"\b(?P<month>may|june)\s+(?P<day>\d{1,2})\b", 0),               # named groups survive
    (r"\d{4}[A-Za-z]", 0),                                             # a repeat first
    (r"[Oo]\d|\d[Oo]", 0),                                             # alternatives opening with sets
    (r"(?<=[^\W\d_])(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[.\-])[2-9]\d{2}", 0),
    (r"(?<![\w'])(?!I\b|I')[A-Z][\w'’-]*", 0),                         # a negative lookahead is skipped too
    (r"(?<![\w\-])(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{5,7}(?![\w\-])", 0),
    (r"\b[^\W\d_]+ street\b", 0),                                     # one negated set
    (r"[0-9]{2}[a-d]", re.IGNORECASE),                                 # a cased letter after the first is fine
    (r"\d+", 0),                                                       # the engine sees no set behind a repeat
    (r"a*b", 0),                                                       # an optional first element: a or b
    (r"\bx?y", 0),
    (r"(?:(?<=\bwhich )|(?<=\bwhat ))(?:of your )?accounts?\b", 0),   # a group of lookbehinds, then optional words
]
LEFT_ALONE = [
    (r"\b(?:zip|postal)\b", re.IGNORECASE),   # letters ignoring case: their other case is not in the set
    (r"\b[a-d]", re.IGNORECASE),              # a cased first range
    (r"a*(?:b|)", 0),                         # every element may be empty
    (r"(?:[^a])?b", 0),                       # a negated set joined with what follows it
    (r"(?<!\d)(?:\d|)x", 0),                  # an empty alternative
    (r"[^a]\d|b", 0),                         # a negated set beside another alternative
    (r"[0-9]x", 0),                           # the engine knows the set already
    (r"abc", 0),                              # ... or a literal prefix
    (r"(?=x)", 0),                            # matches empty
]


@pytest.mark.parametrize("source,flags", SPED_UP)
def test_start_set_recompiles_a_pattern_the_engine_tries_everywhere(source, flags):
    pattern = re.compile(source, flags)
    fast = start_set(pattern)
    assert fast is not pattern
    assert (fast.pattern, fast.flags, fast.groups, fast.groupindex) == (
        pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex)


@pytest.mark.parametrize("source,flags", LEFT_ALONE)
def test_start_set_leaves_a_pattern_it_cannot_read(source, flags):
    pattern = re.compile(source, flags)
    assert start_set(pattern) is pattern


def test_start_set_leaves_every_pattern_on_an_unchecked_python(monkeypatch):
    monkeypatch.setattr(module, "_SUPPORTED", False)
    pattern = re.compile(SPED_UP[0][0])
    assert start_set(pattern) is pattern and compile_fast(SPED_UP[0][0]).pattern == pattern.pattern


def _found(pattern: re.Pattern[str], text: str) -> list:
    found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    found += [(m.span(), m.groups()) for m in [pattern.search(text, 3), pattern.match(text)] if m]
    return found + [pattern.sub("#", text)]


TEXTS = ["my ssn is 123-45-6789 or 123456789", "ZIP code 90210, post code", "call 415.555.0132 or x(415) 555-0132",
         "1234a O9 9o o12 may 14 june 3", "I'm Anna Lee, I'd say Main street", "ab12cd3 lives at 12 high street",
         "", "9", "écrit Straße 5 ſt \u212a 1234é", "١٢٣٤٥٦٧٨٩ or ١٢٣-٤٥-٦٧٨٩ Ωmega ２０２４"]


@pytest.mark.parametrize("source,flags", SPED_UP + LEFT_ALONE)
@pytest.mark.parametrize("text", TEXTS)
def test_start_set_finds_the_same_matches(source, flags, text):
    pattern = re.compile(source, flags)
    assert _found(start_set(pattern), text) == _found(pattern, text)


SOUP = st.lists(st.sampled_from("123 45 6789 o O 0 zip ZIP code post postal may June 12 a-b . , - I I'm "
                                "Anna street ab12cd ( ) 415 555 which what of your accounts xy aab".split(" ")),
                   max_size=14).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(SOUP | st.text(max_size=40))
def test_start_set_finds_the_same_matches_on_any_text(text):
    for source, flags in SPED_UP:
        pattern = re.compile(source, flags)
        assert _found(start_set(pattern), text) == _found(pattern, text)
