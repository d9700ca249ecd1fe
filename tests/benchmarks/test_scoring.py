"""Scoring helpers on small hand-made tables."""
import pytest

from benchmarks.scoring import Tally, covered_mask, distractor_hits, f_beta, is_protected

TEXT = "Call John Smith at 555-0132 in Denver."
#       0123456789012345678901234567890123456
NAME = (5, 15)
PHONE = (19, 27)
CITY = (31, 37)


@pytest.mark.parametrize("predicted, expected", [
    ([(5, 15)], True),            # exact
    ([(0, 38)], True),            # whole text covers it
    ([(5, 14)], True),            # "John Smit": 8 of 9 letters >= 80%
    ([(5, 13)], False),           # "John Sm": 6 of 9 < 80%
    ([(5, 9)], False),            # first name only
    ([(5, 9), (10, 15)], True),   # two pieces together cover it
    ([], False),
    ([(19, 27)], False),          # a different entity
])
def test_is_protected_threshold(predicted, expected):
    assert is_protected(TEXT, NAME, covered_mask(len(TEXT), predicted)) is expected


def test_is_protected_counts_only_letters_and_digits():
    # "555-0132": 7 digits; covering "555-013" = 6/7 = 0.857 -> protected, punctuation not counted.
    assert is_protected(TEXT, PHONE, covered_mask(len(TEXT), [(19, 26)]))
    assert not is_protected(TEXT, PHONE, covered_mask(len(TEXT), [(19, 24)]))  # 4/7


GOLD = [{"start": 5, "end": 15, "label": "PERSON"}, {"start": 19, "end": 27, "label": "PHONE"},
        {"start": 31, "end": 37, "label": "NEUTRAL"}]


@pytest.mark.parametrize("predicted, precision, recall", [
    ([(5, 15), (19, 27)], 1.0, 1.0),
    ([(5, 15)], 1.0, 0.5),
    ([], 1.0, 0.0),                              # nothing predicted: no false alarm, nothing found
    ([(5, 15), (31, 37)], 1.0, 0.5),             # redacting a NEUTRAL city is neither hit nor false alarm
    ([(0, 4), (5, 15)], 9 / 13, 0.5),            # "Call" (4 letters) is a false alarm
    ([(0, 38)], 16 / 24, 1.0),                   # 24 alnum outside NEUTRAL: 16 gold, "Call"+"at"+"in" = 8 wrong
])
def test_tally_precision_recall(predicted, precision, recall):
    tally = Tally()
    tally.add(TEXT, GOLD, predicted)
    assert tally.precision == pytest.approx(precision)
    assert tally.recall == pytest.approx(recall)


def test_tally_recall_by_label_and_merge():
    a, b = Tally(), Tally()
    flags = a.add(TEXT, GOLD, [(5, 15)])
    b.add(TEXT, GOLD, [(19, 27)])
    assert flags == [True, False]  # NEUTRAL spans are not returned
    a.merge(b)
    assert a.recall_by_label() == {"PERSON": 0.5, "PHONE": 0.5}
    assert a.gold == 4 and a.texts == 2


def test_tally_empty_gold_is_full_recall():
    tally = Tally()
    tally.add("press two for billing", [], [(0, 5)])
    assert tally.recall == 1.0 and tally.precision == 0.0


@pytest.mark.parametrize("precision, recall, expected", [
    (1.0, 1.0, 1.0), (0.0, 0.0, 0.0), (0.5, 1.0, 2.5 / 3), (1.0, 0.5, 2.5 / 4.5), (0.0, 1.0, 0.0),
])
def test_f_beta_weighs_recall(precision, recall, expected):
    assert f_beta(precision, recall, 2.0) == pytest.approx(expected)


@pytest.mark.parametrize("predicted, touched", [([], 0), ([(31, 37)], 1), ([(33, 34)], 1), ([(28, 31)], 0)])
def test_distractor_hits(predicted, touched):
    assert distractor_hits(TEXT, [{"start": 31, "end": 37, "kind": "city"}], predicted) == (touched, 1)
