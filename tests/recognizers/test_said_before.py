"""said_before: the pattern's match, read from the stretch's end first."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from recognizers.names.said_before import SAID_BEFORE, said_before


@pytest.mark.parametrize("stretch, word", [
    ("my name is watson, that's ", "watson"),        # the cue ends the stretch: searched, found
    ("it's Lee SPELT: ", "Lee"),
    ("so it is jones thats\x1c", "jones"),            # a blank of \s beyond " \t\n"
    ("smith so - ", "smith"),
    ("watson, that's right ", None),                  # the cue does not end it: not searched
    ("the word is spells ", None),
    ("it's José, that's ", "José"),                   # not ASCII: searched as before
    ("", None),
])
def test_said_before(stretch, word):
    found = said_before(stretch)
    assert (found and found.group(1)) == word
    assert (SAID_BEFORE.search(stretch) and SAID_BEFORE.search(stretch).group(1)) == word


def test_said_before_as_the_pattern_on_dev_stretches():
    root = Path(__file__).resolve().parents[2]
    texts = [t["text"] for line in (root / "benchmarks/data/conversations_dev.jsonl").read_text().splitlines()
             for t in json.loads(line)["turns"]]
    rng = random.Random(5)
    cues = ["that's ", "Thats, ", "it's - ", "IT'S ", "its", "spelled:\n", "spelt ", "so ", "So. "]
    for text in rng.sample(texts, 400):
        for end in range(0, len(text), 7):
            for stretch in (text[max(0, end - 50):end], text[max(0, end - 50):end] + rng.choice(cues)):
                got, want = said_before(stretch), SAID_BEFORE.search(stretch)
                assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), stretch
