"""repeated_names reads the words before a name only when they hold the opening of its first word (a cheap gate on
ASCII text): the same findings as the search it skips."""
from __future__ import annotations

import pytest

from pipeline.detection.turn_names import repeated_names
from pipeline.records import Finding


def _person(text: str, name: str) -> Finding:
    start = text.index(name, text.index(name) + 1) if text.count(name) > 1 else text.index(name)
    return Finding(start, start + len(name), "PERSON", 0.8, "test", "test")


@pytest.mark.parametrize("text, name, said", [
    ("Rose po, Rose Hall called", "Rose Hall", "Rose"),      # the first word said before: found (gate open)
    ("sea sean duffy here", "sean duffy", "sea"),            # a false start: found
    ("thanks, Rose Hall", "Rose Hall", None),                # no "ro" before: skipped, nothing found
    ("rose garden, Rose Hall", "Rose Hall", None),           # "ro" before but another word between: searched, none
    ("Zoë po, Zoë Hall", "Zoë Hall", "Zoë"),                 # non-ASCII text: always searched
])
def test_repeated_first_word(text, name, said):
    out = repeated_names(text, [_person(text, name)])
    added = [text[f.start:f.end] for f in out if text[f.start:f.end] != name]
    assert added == ([said] if said else [])


@pytest.mark.parametrize("window, gate", [
    ("durairaj s/o ", True), ("Ravi A/L\t", True), ("sneha a/p. ", True), ("raj w/o \n", True),  # a mark: searched
    ("raj s/o", False), ("raj s/o\n", False), ("raj s/o chettiar ", False), ("and so ", False),       # none: skipped
    ("rajé s/o", True),                                                                                # not ASCII
])
def test_patronymic_window_gate(window, gate):
    from pipeline.detection.turn_names import _CHILD_BEFORE
    from recognizers.names.patronymics import may_end_with_mark
    assert may_end_with_mark(window) is gate
    if not gate:
        assert _CHILD_BEFORE.search(window) is None


def test_patronymic_window_gate_on_dev_windows():
    import json
    import random
    from pathlib import Path
    from pipeline.detection.turn_names import _CHILD_BEFORE
    from recognizers.names.patronymics import may_end_with_mark
    root = Path(__file__).resolve().parents[3]
    texts = [t["text"] for line in (root / "benchmarks/data/conversations_dev.jsonl").read_text().splitlines()
             for t in json.loads(line)["turns"]]
    rng = random.Random(9)
    marks = [" s/o ", " D/O. ", " a/l\t", " w/o \n", " s/o", " a/p.\n"]
    found = 0
    for text in rng.sample(texts, 300):
        for end in range(0, len(text), 5):
            for window in (text[max(0, end - 60):end], text[max(0, end - 60):end] + rng.choice(marks)):
                if _CHILD_BEFORE.search(window) is not None:
                    found += 1
                    assert may_end_with_mark(window), window
    assert found > 100
