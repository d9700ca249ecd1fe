"""benchmarks.real_callers: recall, every-word recall and precision on conversation records."""
from __future__ import annotations

import pytest

from benchmarks.real_callers import every_word_covered, score


def _record(answer: str, label: str, question: str) -> dict:
    return {"turns": [{"speaker": "agent", "text": question, "spans": []},
                      {"speaker": "customer", "text": answer,
                       "spans": [{"start": 0, "end": len(answer), "label": label}]}]}


@pytest.mark.parametrize("mask, whole", [
    ([True] * 7, True), ([True] * 6 + [False], False), ([True, True, False, True, True, True, True], True),
])
def test_real_callers_every_word_needs_every_letter_and_digit(mask, whole):
    assert every_word_covered("ab 1234", {"start": 0, "end": 7}, mask) is whole


def test_real_callers_scores_answers_to_the_agent_question(redactor):
    records = [_record("Romeo Mike 4 4 Golf Yankee", "POSTCODE", "can i have your postcode please"),
               _record("the 9th of the 12th 1966", "DATE_OF_BIRTH", "can i have your date of birth please")]
    report = score(records, redactor)
    assert report["entities"] == 2
    assert report["recall"] == report["every_word_recall"] == 1.0
    assert report["by_label"]["POSTCODE"] == {"entities": 1, "recall": 1.0, "every_word_recall": 1.0}
    assert report["precision"] == 1.0


def test_real_callers_counts_a_missed_entity(redactor):
    report = score([_record("I am not sure", "PERSON", "how are you today")], redactor)
    assert report["recall"] == 0.0 and report["every_word_recall"] == 0.0
