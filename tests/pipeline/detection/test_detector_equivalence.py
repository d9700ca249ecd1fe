"""Detector.analyze replays AnalyzerEngine.analyze without its per-call bookkeeping: same results."""
import json

import pytest

from tests.conftest import EXAMPLES


def _example_texts():
    texts = []
    for name in ("call_conversations.jsonl", "chat_conversations.jsonl"):
        for line in (EXAMPLES / name).read_text().splitlines():
            if line.strip():
                texts.extend(t["text"] for t in json.loads(line).get("turns", []) if t.get("text"))
    return texts


TEXTS = [
    "my name is priya raghunathan and my zip is 62704",
    "Hi, this is Maria Gonzalez, g o n z a l e z, born March 3rd 1985",
    "call me at four one five five five five zero one three two or 415-555-0132",
    "card 4111 1111 1111 1111 exp 04/27 cvv 123, ssn 123-45-6789",
    "email j o h n dot smith at gmail dot com, account number AB-48213",
    "I live at 1668 Glyn St Apt 4B, Springfield, IL 62704",
    "the verification code is 482913 and my pin is 4821",
    "",
    "ok",
] + _example_texts()


def _all_results(detector, text, artifacts):
    """Every recognizer's results before duplicates are removed."""
    return [r for rec in detector._direct for r in rec.analyze(text=text, entities=detector.entities,
                                                               nlp_artifacts=artifacts) or ()]


def _view(results):
    return [(r.start, r.end, r.entity_type, r.score, r.recognition_metadata,
             r.analysis_explanation.textual_explanation if r.analysis_explanation else None,
             r.analysis_explanation.pattern_name if r.analysis_explanation else None) for r in results]


@pytest.mark.parametrize("text", TEXTS)
def test_detector_analyze_matches_analyzer_engine(redactor, text):
    detector = redactor.detector
    assert detector._direct is not None  # the default configuration takes the direct path
    artifacts = detector.nlp_engine.empty_artifacts()
    engine = detector.analyzer.analyze(text, "en", entities=detector.entities, nlp_artifacts=artifacts,
                                       score_threshold=detector.config.score_threshold,
                                       return_decision_process=True)
    direct = detector.analyze(text, artifacts)
    # The same results; which recognizer is named for two equal results depends on the run order, which is
    # Presidio's set order in the engine and name order on the direct path (see the next test).
    assert [v[:4] for v in _view(direct)] == [v[:4] for v in _view(engine)]
    tied = {key for key in (v[:4] for v in _view(engine)) if sum(1 for r in _all_results(detector, text, artifacts)
                                                                   if (r.start, r.end, r.entity_type, r.score) == key) > 1}
    assert [v for v in _view(direct) if v[:4] not in tied] == [v for v in _view(engine) if v[:4] not in tied]


def test_detector_runs_recognizers_in_name_order(redactor):
    """Presidio selects recognizers through a set (its order changes per process); results equal but for
    their recognizer keep the first run, so the direct path runs them in name order: same findings in every
    worker."""
    direct = redactor.detector._direct
    keys = [(r.name, type(r).__module__, type(r).__qualname__) for r in direct]
    assert keys == sorted(keys) and len(keys) > 5
