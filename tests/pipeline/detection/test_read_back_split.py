"""The read-back cue, split in two patterns (one anchored at the turn's start), finds a read-back where the single
pattern it replaced did."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.detection.read_back_corrections import _READ_BACK

_SINGLE = re.compile(r"\bread(?:ing)?\W+(?:\w+\W+)?(?:it|that)\W+(?:\w+\W+)?back\b|\bis\W+(?:\w+\W+)?(?:that|it)\W+"
                     r"(?:\w+\W+)?(?:right|correct|okay|ok)\b|\bhave\W+i\W+got\W+(?:that|it)\b"
                     r"|\bi['’]?ve\W+(?:got|put)\b|^\W*so\W+(?:\w+\W+){1,2}(?:so\W+)?(?:yes|right|correct)\W*$",
                     re.IGNORECASE)


def _read_back(text: str) -> bool:
    found, single = _READ_BACK.search(text), _SINGLE.search(text)
    assert (found and found.span()) == (single and single.span())  # (the single pattern's span)
    return found is not None


@pytest.mark.parametrize("text, found", [
    ("so i've got feeld is that right", True), ("let me just READ that back wod", True), ("so feeld yes", True),
    ("So, Smith, right?", True), ("is it smith correct", True), ("Have I got that?", True), ("I’ve put Dunne", True),
    ("so malo coat so yes\n", True), ("Ça va, I've got it", True),
    ("no idea", False), ("it's so nice yes", False), ("ok so the address", False), ("readings back", False),
    ("thanks so much yes", False), ("well so much yes", False), ("", False),
])
def test_read_back_cue(text, found):
    assert _read_back(text) is found
    assert bool(_SINGLE.search(text)) is found


def test_read_back_cue_as_the_single_pattern_on_dev_turns():
    root = Path(__file__).resolve().parents[3]
    texts = [t["text"] for line in (root / "benchmarks/data/conversations_dev.jsonl").read_text().splitlines()
             for t in json.loads(line)["turns"]]
    assert len(texts) > 1000
    for text in texts + [t.upper() for t in texts[:300]]:
        assert _read_back(text) == bool(_SINGLE.search(text)), text[:80]
