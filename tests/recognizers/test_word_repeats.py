"""matches_at_repeated_words: the phrase-said-twice pattern tried at repeated words finds what finditer finds."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from pipeline.detection.turn_names import _PHRASE_TWICE
from recognizers.word_repeats import matches_at_repeated_words


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("text, found", [
    ("Tope Udoka, Tope Udoka.", True), ("seyi a lobby it's seyi a lobby", True), ("LOH Hwee yoke! loh hwee YOKE", True),
    ("samba mbaye. yes samba mbaye and samba mbaye", True), ("my name is tope udoka and i live here", False),
    ("tope tope udoka", False), ("Tópe Udoka, Tópe Udoka.", True),   # not ASCII: read as the pattern
])
def test_matches_at_repeated_words(text, found):
    got = _spans(matches_at_repeated_words(_PHRASE_TWICE, text, range(2, 7)))
    assert got == _spans(_PHRASE_TWICE.finditer(text))
    assert bool(got) is found


def test_as_finditer_on_dev_turns_and_repeats():
    root = Path(__file__).resolve().parents[2]
    texts = [t["text"] for line in (root / "benchmarks/data/conversations_dev.jsonl").read_text().splitlines()
             for t in json.loads(line)["turns"]]
    rng = random.Random(4)
    joins = [", ", ". ", " it's ", " i said ", " yes ", " that's ", "! ", " "]
    found = 0
    for text in rng.sample(texts, 600):
        words = text.split()
        k = rng.randint(0, max(0, len(words) - 4))
        phrase = " ".join(words[k:k + rng.randint(2, 4)])
        for case in (text, f"{text} {phrase}{rng.choice(joins)}{phrase.upper()} ok"):
            want = _spans(_PHRASE_TWICE.finditer(case))
            found += bool(want)
            assert _spans(matches_at_repeated_words(_PHRASE_TWICE, case, range(2, 7))) == want, case[:80]
    assert found > 100
