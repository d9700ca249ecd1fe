"""literal_anchored: a pattern tried only before its literal finds what finditer finds."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from recognizers.literal_anchored import LiteralAnchored, literal_anchor
from tests.recognizers.live_patterns import live_patterns


@pytest.mark.parametrize("source, flags, anchor", [
    (r"\b(?:sur|first |last )?name\b", re.IGNORECASE, ("name", {0, 3, 5, 6})),
    (r"(?i:\bNAME)[:\s]", 0, ("name", {0})),
    (r"(?:ab|cde)?xyz\d", 0, ("xyz", {0, 2, 3})),
    (r"a{1,3}bcd", 0, ("bcd", {1, 2, 3})),      # a repeat of known widths
    (r"(?<=q)\d\dfoo", 0, ("foo", {2})),         # a lookbehind consumes nothing
    (r"\d{3}-\d{4}", 0, None),                  # no literal of three characters
    (r"x\w+abc", 0, None),                      # an open repeat before it
    (r"(?P<a>x)(?P=a)abc", 0, None),            # a backreference before it
    (r"(?a:x)abc", 0, None),                    # an inline ASCII flag
])
def test_literal_anchor(source, flags, anchor):
    found = literal_anchor(re.compile(source, flags))
    assert (found and (found[0], set(found[1]))) == anchor


@pytest.mark.parametrize("source, flags, text", [
    (r"\b(?:sur|first )?name\b", re.IGNORECASE, "Surname, first NAME and name again; surnames"),  # found
    (r"\b(?:sur|first )?name\b", re.IGNORECASE, "nothing named here"),                          # none
    (r"(?:ab|a)?aaab", 0, "aaaab aaaaab ab aaab"),           # starts that overlap
    (r"\bname\b", re.IGNORECASE, "ſurname NAME café name"),  # non-ASCII text: read as the pattern
])
def test_finditer_as_the_pattern(source, flags, text):
    pattern = re.compile(source, flags)
    assert [m.span() for m in LiteralAnchored(pattern).finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_every_anchored_live_pattern_finds_what_finditer_finds():
    patterns = [p for p in live_patterns() if literal_anchor(p)]
    assert len(patterns) > 25
    root = Path(__file__).resolve().parents[2]
    texts = [t["text"] for line in (root / "benchmarks/data/conversations_dev.jsonl").read_text().splitlines()
             for t in json.loads(line)["turns"]]
    rng = random.Random(7)
    sample = rng.sample(texts, 60)
    for pattern in patterns:
        literal = literal_anchor(pattern)[0]
        near = [" ".join(rng.choice([literal, literal.upper(), "x" + literal, "1", "-", "a b", "\n"])
                         for _ in range(rng.randint(1, 6))) for _ in range(30)]
        anchored = LiteralAnchored(pattern)
        for text in sample + near:
            assert [(m.span(), m.groups()) for m in anchored.finditer(text)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(text)], (pattern.pattern[:80], text[:80])
