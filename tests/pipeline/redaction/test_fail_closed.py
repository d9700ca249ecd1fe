"""Fail closed: an exception inside detection or redaction dead-letters the conversation; its text
never reaches training output, logs or dead letters.

Faults are injected by a real recognizer registered under a test name and selected by config
``detection.recognizers``: it raises on one marker (detection fails) and returns a span past the end
of the text on another (the anonymizer rejects it: redaction fails).
"""
from __future__ import annotations

import json
import logging

import pyarrow.parquet as pq
import pytest

from pipeline.records import Conversation, DeadLetter, Turn
from recognizers import base as recognizer_registry

FAULTY_NAME = "test_faulty.v1"
DETECT_MARKER = "qqfaultdetectqq"
REDACT_MARKER = "qqfaultredactqq"
SECRET = "Ottoline Vasquez-Brandt"  # personal data in the failing turns


class FaultyRecognizer(recognizer_registry.TranscriptRecognizer):
    """Raises (with the text in its message, like a careless library) or returns a broken span."""

    ENTITIES = ("PERSON",)

    def analyze(self, text, entities, nlp_artifacts=None):
        if DETECT_MARKER in text:
            raise RuntimeError(f"recognizer crashed on {text!r}")
        if REDACT_MARKER in text:
            return [self.result(0, len(text) + 50, "PERSON", 0.99, "test")]
        return []


@pytest.fixture(scope="module")
def faulty_config(default_config):
    recognizer_registry.register(FAULTY_NAME)(FaultyRecognizer)
    detection = default_config.detection.model_copy(
        update={"recognizers": (FAULTY_NAME, "phone.v1", "person_names.v3")})
    yield default_config.model_copy(update={"detection": detection})
    recognizer_registry._REGISTRY.pop(FAULTY_NAME, None)


@pytest.fixture(scope="module")
def faulty_redactor(faulty_config, test_key):
    from pipeline.redaction.redactor import Redactor

    return Redactor(faulty_config, key=test_key)


def _conv(cid: str, text: str) -> Conversation:
    return Conversation(cid, (Turn("agent", "who am i speaking with"), Turn("customer", text)))


CASES = [
    ("ok-1", "call me at 415-555-0132 please", None),
    ("bad-detect", f"my name is {SECRET} {DETECT_MARKER}", "detect"),
    ("ok-2", "nothing personal here", None),
    ("bad-redact", f"my name is {SECRET} {REDACT_MARKER}", "redact"),
]


def test_process_batch_fault_dead_letters_only_that_conversation(faulty_redactor, caplog):
    from pipeline.redaction.process import ProcessedConversation, process_batch

    caplog.set_level(logging.DEBUG)
    outcomes = process_batch(faulty_redactor, [_conv(cid, text) for cid, text, _ in CASES])
    assert len(outcomes) == len(CASES)  # accounting: one outcome per conversation, in order
    for (cid, _, stage), out in zip(CASES, outcomes):
        if stage is None:
            assert isinstance(out, ProcessedConversation) and out.conversation.conversation_id == cid
        else:
            assert isinstance(out, DeadLetter)
            assert (out.record_id, out.stage) == (cid, stage)
            assert SECRET not in out.detail and SECRET not in out.error_type
    assert SECRET not in caplog.text and DETECT_MARKER not in caplog.text


@pytest.mark.parametrize("cid,text,stage", CASES, ids=[c[0] for c in CASES])
def test_process_batch_single_conversation_outcome(faulty_redactor, cid, text, stage):
    from pipeline.redaction.process import process_batch

    (out,) = process_batch(faulty_redactor, [_conv(cid, text)])
    assert isinstance(out, DeadLetter) == (stage is not None)
    if stage is None:
        assert "415-555-0132" not in " ".join(r.text for r in out.redacted)


@pytest.mark.parametrize("marker", [REDACT_MARKER, DETECT_MARKER])
def test_redactor_library_fault_raises_sanitized_error(faulty_redactor, marker):
    from pipeline.redaction.redactor import RedactionError

    with pytest.raises(RedactionError) as err:
        list(faulty_redactor.redact_batch(["fine", f"{SECRET} {marker}"]))
    assert "text 1" in str(err.value) and SECRET not in str(err.value)
    with pytest.raises(RedactionError) as err:
        faulty_redactor.redact_conversation([{"speaker": "customer", "text": f"{SECRET} {marker}"}],
                                            conversation_id="c9")
    assert "c9" in str(err.value) and SECRET not in str(err.value)


@pytest.mark.parametrize("marker", [REDACT_MARKER, DETECT_MARKER])
def test_redactor_batch_dead_letter_mode_keeps_going_without_text(faulty_redactor, marker):
    texts = ["call me at 415-555-0132", f"{SECRET} {marker}", "all good here"]
    results = list(faulty_redactor.redact_batch(texts, on_error="dead_letter"))
    assert [r.action for r in results] == ["keep", "failed", "keep"]
    assert results[1].text == "" and results[1].dropped
    assert "415-555-0132" not in results[0].text and results[2].text == "all good here"


def test_batch_job_fault_goes_to_dead_letter(tmp_path, faulty_config, test_key, caplog):
    from pipeline.beam.batch import run_batch

    caplog.set_level(logging.DEBUG)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"conversation_id": cid, "turns": [
        {"speaker": "agent", "text": "who am i speaking with"}, {"speaker": "customer", "text": text}]}) + "\n"
        for cid, text, _ in CASES))
    report = run_batch([str(src)], str(tmp_path / "out"), faulty_config, test_key)
    assert report["counts"]["written"] == 2 and report["counts"]["dead_lettered"] == 2
    assert report["counts"]["dead_lettered_by_stage"] == {"detect": 1, "redact": 1}
    training = pq.read_table(tmp_path / "out" / "training").to_pylist()
    assert sorted(r["conversation_id"] for r in training) == ["ok-1", "ok-2"]
    dead = pq.read_table(tmp_path / "out" / "dead_letter").to_pylist()
    assert sorted((d["record_id"], d["stage"]) for d in dead) == [("bad-detect", "detect"), ("bad-redact", "redact")]
    for path in (tmp_path / "out").rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            assert SECRET.encode() not in blob and DETECT_MARKER.encode() not in blob, path
    for table in ("training", "audit", "dead_letter"):
        assert SECRET not in json.dumps(pq.read_table(tmp_path / "out" / table).to_pylist(), default=str)
    assert SECRET not in caplog.text


@pytest.mark.parametrize("counter,delta", [("written", -1), ("conversations_assembled", 1)])
def test_batch_job_accounting_mismatch_fails_loudly(tmp_path, monkeypatch, default_config, test_key, key_env,
                                                    counter, delta):
    """A lost (or invented) record fails the run: AccountingError, report says so, CLI exits 3."""
    from pipeline.beam import batch
    from pipeline.cli import EXIT_ACCOUNTING, main
    from pipeline.beam.output_dir import IN_PROGRESS_MARKER
    from pipeline.reporting.report import AccountingError

    real = batch.job_counters

    def lossy(result):
        counters = real(result)
        counters[counter] = counters.get(counter, 0) + delta
        return counters

    monkeypatch.setattr(batch, "job_counters", lossy)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"conversation_id": "c1", "turns": [{"speaker": "c", "text": "hello"}]}) + "\n")
    with pytest.raises(AccountingError, match="accounting mismatch"):
        batch.run_batch([str(src)], str(tmp_path / "lib"), default_config, test_key)
    assert json.loads((tmp_path / "lib" / "report.json").read_text())["accounting"] == "mismatch"
    assert (tmp_path / "lib" / IN_PROGRESS_MARKER).exists()  # the run is not marked complete
    assert main(["run", "--input", str(src), "--output", str(tmp_path / "cli")]) == EXIT_ACCOUNTING


def test_check_accounting_balanced_and_unbalanced():
    from pipeline.reporting.report import AccountingError, check_accounting

    base = {"read": 5, "written": 2, "dropped": {"consent": 1}, "held_for_review": 1, "dead_lettered": 1}
    check_accounting(base)
    for field, value in [("written", 1), ("held_for_review", 0), ("dead_lettered", 2), ("dropped", {})]:
        with pytest.raises(AccountingError):
            check_accounting({**base, field: value})
