"""Tests for recognizers.name_propagation."""
import pytest
from hypothesis import given, settings, strategies as st

from pipeline.records import Finding
from recognizers.entities import REASON_PROPAGATION
from recognizers.name_propagation import propagate_names


def seed(text, name, score=0.9):
    start = text.index(name)
    return Finding(start, start + len(name), "PERSON", score, "person_names.v1", "cue_phrase")


TEXTS = ["hi my name is priya raghunathan", "ok priya, and RAGHUNATHAN is spelled how",
         "priya's card will be sent", "thanks for waiting"]


def test_propagate_names_other_mentions_every_turn():
    out = propagate_names(TEXTS, [[seed(TEXTS[0], "priya raghunathan")], [], [], []])
    found = [[TEXTS[i][f.start:f.end] for f in fs] for i, fs in enumerate(out)]
    assert found == [["priya raghunathan"], ["priya", "RAGHUNATHAN"], ["priya's"], []]
    assert all(f.reason == REASON_PROPAGATION for fs in out[1:] for f in fs)


def test_propagate_names_never_duplicates():
    first = propagate_names(TEXTS, [[seed(TEXTS[0], "priya raghunathan")], [], [], []])
    again = propagate_names(TEXTS, first)
    assert again == first


@pytest.mark.parametrize("name,text", [
    ("will smith", "i will call you"),       # common word part is not propagated
    ("li wei", "please click the link"),     # short part is not propagated
    ("dr ahmed", "the doctor said dr jones"),  # titles are not propagated
])
def test_propagate_names_skips_weak_parts(name, text):
    texts = [f"my name is {name}", text]
    out = propagate_names(texts, [[seed(texts[0], name)], []])
    assert out[1] == []


def test_propagate_names_low_score_or_other_type_does_not_seed():
    texts = ["priya called", "priya again"]
    low = propagate_names(texts, [[seed(texts[0], "priya", 0.3)], []])
    other = [Finding(0, 5, "PHONE_NUMBER", 0.9, "x")]
    assert low[1] == [] and propagate_names(texts, [other, []])[1] == []


def test_propagate_names_length_mismatch():
    with pytest.raises(ValueError):
        propagate_names(["a"], [])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=60), min_size=1, max_size=4))
def test_propagate_names_spans_in_bounds(texts):
    seeds = [[Finding(0, len(texts[0]), "PERSON", 0.9, "x")] if texts[0] else []] + \
        [[] for _ in texts[1:]]
    for text, fs in zip(texts, propagate_names(texts, seeds)):
        for f in fs:
            assert 0 <= f.start < f.end <= len(text)
