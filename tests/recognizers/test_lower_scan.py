"""Tests for recognizers.lower_scan."""
import re

import pytest
from hypothesis import given, settings, strategies as st

from recognizers.lower_scan import ascii_lower, finditer, lower_twin
from recognizers.street_address import StreetAddressRecognizer


@pytest.mark.parametrize("pattern", [
    re.compile(r"\b(?:main|high)\s+street\b", re.IGNORECASE),
    re.compile(r"[^\W\d_]+\s+(?:straße|vägen|út)\s+\d+", re.IGNORECASE),
    re.compile(r"(?<![\w.])\d{3}(?:-\d{2})?(?![\w\-])\s*[a-z]?", re.IGNORECASE),
    re.compile(r"(?:apt|suite)\.?\s*#?\s*\d{1,5}\b", re.IGNORECASE | re.MULTILINE),
])
def test_lower_twin_built_for_lowercase_ignorecase_patterns(pattern):
    twin = lower_twin(pattern)
    assert twin is not None and twin.pattern == pattern.pattern and not twin.flags & re.IGNORECASE


@pytest.mark.parametrize("pattern", [
    re.compile(r"main street"),                          # not IGNORECASE: nothing to gain
    re.compile(r"Main street", re.IGNORECASE),           # an upper-case letter
    re.compile(r"[A-Z]\d", re.IGNORECASE),               # an upper-case range
    re.compile(r"(?-i:[a-z])street", re.IGNORECASE),     # inline flags
    re.compile(r"\x41venue", re.IGNORECASE),             # a character given by code
    re.compile(r"[À-ž]+", re.IGNORECASE),                # a non-ASCII range (holds ı, equal to i ignoring case)
    re.compile(r"\u212aing", re.IGNORECASE),             # Kelvin sign given by code
    re.compile("\u212aing", re.IGNORECASE),              # Kelvin sign: an upper-case letter (its lower case is k)
    re.compile(r"(?P<bulvarı>\d+)bulvarı", re.IGNORECASE),  # a letter equal to an ASCII one, also in a group name
    re.compile(r"bulvar\ı", re.IGNORECASE),              # ... escaped
])
def test_lower_twin_refused_where_it_could_match_differently(pattern):
    assert lower_twin(pattern) is None


@pytest.mark.parametrize("source,twin_source", [
    ("bulvarı", "bulvari"),                              # dotless i: equal to i ignoring case
    ("(?:bulvari|bulvarı)\\s+\\d+", "(?:bulvari|bulvari)\\s+\\d+"),
    ("ſt[ſx]", "st[sx]"),                                # long s: equal to s ignoring case
    ("(?P<bulvarı>\\d+)bulvar", "(?P<bulvarı>\\d+)bulvar"),  # in a group name only: a name, kept
    ("straße|vägen", "straße|vägen"),                    # equal to no ASCII letter: kept
])
def test_lower_twin_writes_letters_equal_to_ascii_ones_in_ascii(source, twin_source):
    twin = lower_twin(re.compile(source, re.IGNORECASE))
    assert twin is not None and twin.pattern == twin_source and not twin.flags & re.IGNORECASE


@pytest.mark.parametrize("source", ["bulvarı", "[^ı]+", "ſt[ſx]|k\\w", "(?<!ı)st"])
@pytest.mark.parametrize("text", ["BULVARI bulvari Bulvar1", "STX st sx", "KING king Kx kw", "ist IST xst st",
                                  "ii iI Ix x"])
def test_twin_of_letters_equal_to_ascii_ones_finds_the_same_spans(source, text):
    pattern = re.compile(source, re.IGNORECASE)
    assert [m.span() for m in lower_twin(pattern).finditer(text.lower())] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text,expected", [
    ("12 Main STREET", "12 main street"),
    ("", ""),
    ("Straße 5", None),
    ("café", None),
])
def test_ascii_lower_only_for_ascii(text, expected):
    assert ascii_lower(text) == expected


@pytest.mark.parametrize("text", ["Apt 4B and SUITE 12", "suite #7", "Suite 501, ApT. 9", "no unit here",
                                  "Straße suite 5"])
def test_finditer_twin_gives_the_original_spans(text):
    pattern = re.compile(r"(?:apt|suite)\.?\s*#?\s*(\d{1,5})\b", re.IGNORECASE)
    got = [(m.span(), m.span(1)) for m in finditer(pattern, lower_twin(pattern), text, ascii_lower(text))]
    assert got == [(m.span(), m.span(1)) for m in pattern.finditer(text)]


ASCII_SOUP = st.lists(st.sampled_from("twelve thirty four oh Main MAIN street St. ST road Apt apartment "
                                      "SUITE 4B # unit b , \n Box P.O. rue Hauptstrasse park way 5th 1668 "
                                      "Glyn Ringvej 144 lives on".split(" ")), max_size=16).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(ASCII_SOUP | st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_street_twins_find_the_same_spans_on_ascii_text(text):
    for name, pattern, *_ in StreetAddressRecognizer.PATTERNS:
        twin = StreetAddressRecognizer.TWINS[name]
        if twin is not None:
            got = finditer(pattern, twin, text, text.lower())
            assert [m.span() for m in got] == [m.span() for m in pattern.finditer(text)]
    for pattern, twin in zip((StreetAddressRecognizer.CUE_STREET, StreetAddressRecognizer.CUE_SPOKEN),
                             StreetAddressRecognizer.CUE_TWINS):
        assert [m.span(1) for m in twin.finditer(text.lower())] == [m.span(1) for m in pattern.finditer(text)]


@pytest.mark.parametrize("source", [r"\b(?P<month>march|may)\s+(?P<day>\d+)", r"(?P<sep>[-/])\d+(?P=sep)\d+"])
def test_lower_twin_allows_named_groups(source):
    assert lower_twin(re.compile(source, re.IGNORECASE)) is not None


def _module_twins():
    from recognizers import named_address, value_pieces
    from recognizers.card_details import CardDetailsRecognizer as Card
    from recognizers.ssn import SsnRecognizer as Ssn
    from recognizers.zip_code import ZipCodeRecognizer as Zip
    from recognizers.spoken import blanked_pauses, date_runs, digit_by_digit
    return [(date_runs.RUN, date_runs._RUN_LOWER), (date_runs._PART, date_runs._PART_LOWER),
            (digit_by_digit.PAUSE_OR_CORRECTION, blanked_pauses._PAUSE_OR_CORRECTION_LOWER),
            (named_address.CUE, named_address.CUE_LOWER), (value_pieces._READ_BACK, value_pieces._READ_BACK_LOWER),
            (StreetAddressRecognizer.SPOKEN_ANSWER, StreetAddressRecognizer.SPOKEN_ANSWER_TWIN),
            (Card.CVV, Card.CVV_LOWER), (Zip.AFTER_CUE, Zip.AFTER_CUE_LOWER),
            (Ssn.LAST4_BEFORE, Ssn.LAST4_TWINS[0]), (Ssn.LAST4_AFTER, Ssn.LAST4_TWINS[1])]


@pytest.mark.parametrize("index", range(10))
@pytest.mark.parametrize("text", ["Born the 15th of March 1985, SORRY, I Mean 16 Of March", "uh Hang On, four 5 Six",
                                  "Send It To 12 Oak Lane", "Was That 4412 9087 On Your Screen?", "Forty TWO Elm Rd",
                                  "The CVV Is 123, ZIP Code 90210", "Last Four Of My Social Is 6789",
                                  "6789 Is The Last Four Of My SSN", "nothing here", ""])
def test_module_twins_find_the_original_spans(index, text):
    pattern, twin = _module_twins()[index]
    assert twin is not None
    assert [m.span() for m in twin.finditer(ascii_lower(text))] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text,same", [("X-Ray don't SW1A 1AA", True), ("double you 7 F Y", True),
                                       ("x\u2011ray don’t", False)])  # not ASCII: the ASCII pattern would differ
def test_postcode_ascii_token_pattern(text, same):
    from recognizers import postcode_runs
    spans = [m.span() for m in postcode_runs.TOKEN.finditer(text)]
    assert ([m.span() for m in postcode_runs._TOKEN_ASCII.finditer(text)] == spans) is same


@pytest.mark.parametrize("text,same", [
    ("O'Brien-Smith met Ann_Lee at 5pm", True), ("d'Arcy, x2 y", True),
    ("Zoë and José", False), ("Ærø", False),  # not ASCII: callers keep the Unicode pattern there
])
def test_ascii_letters_twin(text, same):
    from recognizers.lower_scan import ascii_letters_twin
    pattern = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
    twin = ascii_letters_twin(pattern)
    assert "[A-Za-z]" in twin.pattern and "\\W" not in twin.pattern
    assert ([m.span() for m in twin.finditer(text)] == [m.span() for m in pattern.finditer(text)]) is same


_FOLDED_SOURCES = (
    r"\b(?:card|visa|american express)\b[\w\s']{0,20}?\b(?:ending|ends)\b[\s:=,]{0,3}(?P<value>\d{4})",
    r"\b(?:short|national)[ \t]+address[ \t:=]{0,3}(?P<value>[A-Za-z]{4}[ \-]?\d{4})(?![\w\-])",
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="cardVISAendingEnds 0123456789shortNATIONALaddrs:-ſK\u0131é", max_size=60),
       st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=60))
def test_case_folded_gives_the_patterns_spans(text, pos, endpos):
    from recognizers.lower_scan import CaseFolded

    for source in _FOLDED_SOURCES:
        pattern = re.compile(source, re.IGNORECASE)
        folded = CaseFolded(pattern, twin_source=source.replace("[A-Za-z]", "[a-z]"))
        assert folded._twin is not None and folded.pattern == source
        assert [m.span() for m in folded.finditer(text)] == [m.span() for m in pattern.finditer(text)]
        for method in ("search", "match"):
            found, expected = getattr(folded, method)(text, pos, endpos), getattr(pattern, method)(text, pos, endpos)
            assert (found and found.span()) == (expected and expected.span())
