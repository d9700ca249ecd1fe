"""Detection shortcuts: steps skipped where they could find nothing give the answers of the full step."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from pipeline.detection.detector import _answer_cues, merge_overlaps
from pipeline.detection.nlp import PrecomputedNlpEngine, ner_can_help
from pipeline.detection.turn_names import may_say_twice, phrases_said_twice
from pipeline.records import Finding
from recognizers import base as registry
from recognizers.entities import STREET_ADDRESS, US_SSN, ZIP_CODE


@pytest.mark.parametrize("text, covered, sentences", [
    ("Thanks. I spoke to Priya Raman. it was fine", [], ["I spoke to Priya Raman."]),  # a capitalised name: read
    ("Thanks. I spoke to Priya Raman. it was fine", [(19, 30)], []),                 # found already: skipped
    ("all lower case here. and here too", [], []),                                    # no capital: skipped
])
def test_ner_windows_only_where_ner_can_help(text, covered, sentences):
    windows = PrecomputedNlpEngine.ner_windows(SimpleNamespace(ner_mode="auto"), text, covered)
    assert [s.strip() for _, s in windows] == sentences
    assert all(ner_can_help(s, [(a - k, b - k) for a, b in covered]) for k, s in windows)


@pytest.mark.parametrize("name, cue, answers", [
    ("ssn.v1", US_SSN, True),            # a declared answer cue: asked
    ("ssn.v1", ZIP_CODE, False),         # not one of its cues: skipped (it would answer nothing)
    ("street_address.v2", STREET_ADDRESS, True),  # its own analyze_answer: asked for every cue
    ("street_address.v2", US_SSN, True),
])
def test_answer_cues(name, cue, answers):
    cues = _answer_cues(registry.create(name))
    assert (cues is None or cue in cues) is answers


@pytest.mark.parametrize("findings, merged", [
    ([Finding(0, 4, "PERSON", 0.8, "a")], [(0, 4, "PERSON")]),                  # alone: kept as it is
    ([Finding(0, 4, "PERSON", 0.8, "a"), Finding(2, 9, "PERSON", 0.9, "b")], [(0, 9, "PERSON")]),
    ([Finding(0, 4, "PERSON", 0.8, "a"), Finding(6, 9, "US_SSN", 0.9, "b")], [(0, 4, "PERSON"), (6, 9, "US_SSN")]),
])
def test_merge_overlaps(findings, merged):
    assert [(f.start, f.end, f.entity_type) for f in merge_overlaps(findings)] == merged


@pytest.mark.parametrize("text, seed, gate, grown", [
    ("Tope Udoka, Tope Udoka.", (5, 10), True, [(0, 10), (12, 22)]),         # said twice: searched, the phrase grown
    ("seyi a lobby it's seyi a lobby", (0, 4), True, [(0, 12), (18, 30)]),  # "it's" between: two words more apart
    ("my name is tope udoka and i live here", (11, 15), False, [(11, 15)]),  # no word comes again: not searched
    ("Tope Udoka, Tópe Udoka.", (0, 4), True, [(0, 4)]),                      # not ASCII: always searched
])
def test_phrases_said_twice_only_where_a_word_comes_again(text, seed, gate, grown):
    assert may_say_twice(text) is gate
    found = phrases_said_twice(text, [Finding(*seed, "PERSON", 0.8, "test", "test")])
    assert [(f.start, f.end) for f in found] == grown
