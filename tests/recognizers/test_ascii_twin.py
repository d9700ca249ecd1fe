"""ascii_twin / AsciiFast: the same matches as the pattern on ASCII text, bitmaps instead of Unicode lookups."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recognizers.ascii_twin import AsciiFast, ascii_fast, ascii_twin

_ASCII = "".join(map(chr, range(128)))

# (source, flags): every element the twin rewrites or keeps.
_SOURCES = [
    (r"\w+", 0), (r"\W+", 0), (r"\d+", 0), (r"\D+", 0), (r"\s+", 0), (r"\S+", 0),
    (r"[^\W\d_]+(?:['’][^\W\d_]+)*", 0), (r"\b[a-z]{2,}\b", 0), (r"\B\d", 0),
    (r"(?<![\w\-.])\d{3}[\s\-]?\d{4}(?![\w\-])", 0), (r"[\s,:.\-]*(?:that['’]?s|it['’]?s)[\s,]*$", re.IGNORECASE),
    (r"\b(?:street|st|road|rd)\b\.?", re.IGNORECASE), (r"[A-Z][a-z]+", re.IGNORECASE),
    (r"(?i:\bname)[:\s]\s*((?:[A-Z]+\.?[ \t]+){1,3}[A-Z]+)", 0), (r"x(?-i:[A-Z]+)\b", re.IGNORECASE),
    (r"(?P<a>\w)(?P=a)", re.IGNORECASE), (r"(?>\w+)\d", 0), (r"\w++x", 0), (r"(\d)?(?(1)\w|\s)", 0),
    (r"[^\s\d]+", re.IGNORECASE), (r"[\u00c0-\u024f]+", re.IGNORECASE), (r"[^\u00c0-\u024f]+", re.IGNORECASE),
    (r".\Z|^\w", re.MULTILINE), (r"[\x1c-\x1f]|\s\S", 0), (r"ç|é|’", re.IGNORECASE),
]
_TEXTS = ["Hello, World! it's 555-1234 ok", "x1c\x1c\x1d\x1e\x1f blanks\tand\nlines", _ASCII, _ASCII[::-1],
          "O'Brien-Smith met Ann_Lee at 5pm; XYZ xyz Street st. RD", "NAME: JOHN Q SMITH", "aa BB 11 __ a_1",
          "kKsSiI k s i", "xAB xab XAB", "12 345-6789, that's it", ""]


def _matches(pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("source, flags", _SOURCES)
def test_twin_matches_as_the_pattern_on_ascii_text(source, flags):
    pattern = re.compile(source, flags)
    twin = ascii_twin(pattern)
    assert twin is not None and twin.pattern == source and twin.flags == pattern.flags
    for text in _TEXTS:
        assert _matches(twin, text) == _matches(pattern, text)
    for char in _ASCII:  # each character alone and between letters
        for text in (char, f"a{char}b", f"{char}{char}1"):
            assert _matches(twin, text) == _matches(pattern, text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_twin_matches_as_the_pattern_on_any_ascii_text(text):
    for source, flags in _SOURCES:
        pattern = re.compile(source, flags)
        assert _matches(ascii_twin(pattern), text) == _matches(pattern, text)


@pytest.mark.parametrize("source, flags", [
    ("\u017f", re.IGNORECASE),   # the long s: IGNORECASE equates it with "s"
    ("\u212a+", re.IGNORECASE),  # the Kelvin sign: "k"
    (r"(?a:\w)", 0),             # an inline ASCII flag
    (r"\w", re.ASCII),           # already ASCII
])
def test_twin_refused(source, flags):
    assert ascii_twin(re.compile(source, flags)) is None


@pytest.mark.parametrize("text", ["ref 4521 889 and 77-1 .5 x9 12", "réf 4521 889 et 77-1 ſ 12", ""])
def test_group_anchored_reads_ascii_text_by_the_twin(text):
    from recognizers.digit_groups import LOOKBEHIND, group_anchored, group_starts
    anchored = group_anchored(re.compile(LOOKBEHIND + r"\d{2,4}(?:\s\d+)?(?![\w\-])"))
    assert anchored.ascii is not anchored.pattern_object
    assert _matches(anchored, text) == _matches(anchored.pattern_object, text)
    assert group_starts(text) == tuple(m.start() for m in re.finditer(LOOKBEHIND + r"\d", text))


@pytest.mark.parametrize("low", ["my account number is 12345", "my account numbér is 12345", "no cue here 12345"])
def test_word_anchored_reads_ascii_text_by_the_twin(low):
    from recognizers.spoken_aware import words_of
    from recognizers.word_anchored import WordAnchored
    pattern = re.compile(r"\baccount\s+(?:number\s+)?(?:is\s+)?(?P<value>\d+)")
    anchored = WordAnchored.of(pattern)
    assert anchored.ascii is not pattern
    assert [m.span() for m in anchored.finditer(low, words_of(low))] == [m.span() for m in pattern.finditer(low)]


@pytest.mark.parametrize("source, flags", [("\u017f", re.IGNORECASE), (r"\s+", 0), (r"[^\W\d_]+", 0)])
@pytest.mark.parametrize("text", ["ſ s S \x1c x", "Ünïcödé ſ s 12", "plain ascii s 12"])
def test_ascii_fast_matches_as_the_pattern(source, flags, text):
    pattern = re.compile(source, flags)
    fast = AsciiFast(pattern)
    assert _matches(fast, text) == _matches(pattern, text)
    assert [m and m.span() for m in (fast.search(text), fast.match(text), fast.fullmatch(text))] == \
        [m and m.span() for m in (pattern.search(text), pattern.match(text), pattern.fullmatch(text))]
    assert fast.findall(text) == pattern.findall(text) and fast.sub("#", text) == pattern.sub("#", text)
    assert fast.search(text, 2, 9) == pattern.search(text, 2, 9) or \
        fast.search(text, 2, 9).span() == pattern.search(text, 2, 9).span()


@pytest.mark.parametrize("text, reads_twin", [("plain ascii", True), ("café", False)])
def test_ascii_fast_reads_the_twin_on_ascii_text_only(text, reads_twin):
    fast = ascii_fast(r"\w+")
    assert (fast.search(text).re is fast._twin) is reads_twin
    assert (fast.for_text(text) is fast._twin) is reads_twin
    assert fast.pattern == r"\w+" and fast._twin is not fast._pattern
