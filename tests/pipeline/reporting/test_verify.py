"""Residual-leak check: an independent detector over sanitized output reports counts, never values."""
from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.schema import training_schema
from pipeline.reporting.verify import Message, ResidualLeakChecker, messages_from_rows, verify_training_output


@pytest.fixture(scope="module")
def checker(default_config):
    return ResidualLeakChecker(default_config)


@pytest.mark.parametrize("text,replaced,expected", [
    ("call me at 415-555-0132", (), {"PHONE_NUMBER"}),
    ("mail john.smith@gmail.com", (), {"EMAIL_ADDRESS"}),
    ("card 4111 1111 1111 1111", (), {"CREDIT_CARD"}),
    ("ssn 987-65-4323", (), {"US_SSN"}),
    ("iban DE89 3704 0044 0532 0130 00", (), {"IBAN_CODE"}),
    ("router at 203.0.113.42", (), {"IP_ADDRESS"}),
    # the pipeline's own replacements (surrogates look real by design) are not counted
    ("call me at 415-555-0199", ((11, 23),), set()),
    ("mail ana.lopez@example.org now", ((5, 26),), set()),
    ("how can i help you today", (), set()),
    ("that costs forty nine ninety nine", (), set()),
])
def test_checker_finds_residuals_outside_replaced_spans(checker, text, replaced, expected):
    (found,) = checker.check([Message("c", text, replaced)])
    assert {f.entity_type for f in found} == expected


# Leaks our main detector misses (checked in the test): the verifier must still see them.
PLANTED_LEAKS = [
    ("Fill in 12345-6789 as the zip.", "ZIP_CODE"),
    ("Use 60614-1234 for the zip field.", "ZIP_CODE"),
]


@pytest.mark.parametrize("text, entity", PLANTED_LEAKS)
def test_checker_finds_planted_leaks_the_main_detector_misses(checker, default_config, text, entity):
    from pipeline.detection.detector import Detector

    detector = _main_detector(default_config)
    assert entity not in {f.entity_type for f in detector.detect(text)}  # the main pass misses it
    (found,) = checker.check([Message("c", text)])
    assert entity in {f.entity_type for f in found}


_DETECTORS = {}


def _main_detector(config):
    from pipeline.detection.detector import Detector

    if "d" not in _DETECTORS:
        _DETECTORS["d"] = Detector(config.detection)
    return _DETECTORS["d"]


def test_checker_shares_no_recognizer_with_the_main_detector(checker):
    recognizers = checker.analyzer.registry.recognizers
    modules = {type(r).__module__ for r in recognizers}
    assert not any(m.startswith("recognizers") for m in modules), modules
    assert {"CreditCardRecognizer", "IbanRecognizer", "IpRecognizer", "UsSsnRecognizer", "PhoneRecognizer",
            "SpacyRecognizer", "OfflineEmailRecognizer"} <= {type(r).__name__ for r in recognizers}


@pytest.mark.parametrize("text, expected", [
    ("Thanks, Jennifer, and say hi to Michael Johnson.", {"Jennifer", "Michael", "Johnson"}),
    ("this is robert calling about my account", {"robert"}),
    ("i spoke with jennifer yesterday", {"jennifer"}),
    ("im fine thanks bye", set()),
    ("I need the transfer PIN from my carrier", set()),
    ("thank you mister and goodbye", set()),
    ("The freeze starts 1 June and ends 31 July.", set()),
    ("how can i help you today", set()),
])
def test_name_heuristic_second_opinion(checker, text, expected):
    from pipeline.reporting.verify_recognizers import NameHeuristicRecognizer

    names = [r for r in checker.analyzer.registry.recognizers if isinstance(r, NameHeuristicRecognizer)]
    artifacts = checker.analyzer.nlp_engine.process_text(text, "en")
    found = {w for r in names[0].analyze(text, ["PERSON"], artifacts) for w in text[r.start:r.end].split()}
    assert found == expected


def test_messages_from_rows_both_layouts():
    conv = {"conversation_id": "c1", "messages": [{"role": "user", "content": "a"}, {"role": "assistant",
                                                                                        "content": "bb"}],
            "entities": [{"message_index": 1, "start": 0, "end": 2, "entity_type": "PERSON", "operator": "x"}]}
    utt = {"conversation_id": "c2", "content": "ccc",
           "entities": [{"start": 1, "end": 3, "entity_type": "PERSON", "operator": "x"}]}
    assert list(messages_from_rows([conv, utt])) == [
        Message("c1", "a", ()), Message("c1", "bb", ((0, 2),)), Message("c2", "ccc", ((1, 3),))]


def test_verify_training_output_reports_counts_not_values(tmp_path, default_config):
    rows = [
        {"conversation_id": "c1", "customer_ref": None, "channel": "chat", "language": "en",
         "messages": [{"role": "user", "content": "my ssn is 987-65-4323"},
                      {"role": "assistant", "content": "thanks Maria Lopez"}],
         "entities": [{"message_index": 1, "start": 7, "end": 18, "entity_type": "PERSON", "operator": "s"}],
         "metadata": "{}", "pipeline_version": "t", "config_fingerprint": "f"},
        {"conversation_id": "c2", "customer_ref": None, "channel": "chat", "language": "en",
         "messages": [{"role": "user", "content": "nothing here"}], "entities": [], "metadata": "{}",
         "pipeline_version": "t", "config_fingerprint": "f"},
    ]
    (tmp_path / "training").mkdir()
    pq.write_table(pa.Table.from_pylist(rows, schema=training_schema("conversation")),
                   tmp_path / "training" / "part-00000-of-00001.parquet")
    result = verify_training_output(str(tmp_path / "training"), default_config).to_report()
    assert result == {"suspected": {"US_SSN": 1}, "checked_messages": 3, "suspected_messages": 1,
                      "conversation_ids": ["c1"]}
    assert "987-65-4323" not in json.dumps(result)


def test_run_batch_verify_flag_adds_report_section(tmp_path, default_config, test_key):
    from pipeline.beam.batch import run_batch

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"conversation_id": "v1", "turns": [
        {"speaker": "customer", "text": "hi, call me at 415-555-0132"}]}) + "\n")
    plain = run_batch([str(src)], str(tmp_path / "a"), default_config, test_key)
    assert "verification" not in plain
    checked = run_batch([str(src)], str(tmp_path / "b"), default_config, test_key, verify=True)
    assert checked["verification"]["checked_messages"] == 1
    assert checked["verification"]["suspected"] == {}
    on_disk = json.loads((tmp_path / "b" / "report.json").read_text())
    assert on_disk["verification"] == checked["verification"]


@pytest.mark.parametrize("content, expected_rc", [
    ("Thanks, that's all for today.", 0),
    ("Sure, my SSN is 219-09-9999 and card 4111 1111 1111 1111.", 4),
])
def test_verify_command_exit_code_and_counts_only(tmp_path, capsys, content, expected_rc):
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.cli import main
    from pipeline.schema import TRAINING_CONVERSATION_SCHEMA

    folder = tmp_path / "training"
    folder.mkdir()
    row = {"conversation_id": "v1", "customer_ref": None, "channel": None, "language": None,
           "messages": [{"role": "user", "content": content}], "entities": [], "metadata": "{}",
           "pipeline_version": "t", "config_fingerprint": "f"}
    pq.write_table(pa.Table.from_pylist([row], schema=TRAINING_CONVERSATION_SCHEMA), folder / "part-0.parquet")
    assert main(["verify", "--training", str(folder)]) == expected_rc
    out = capsys.readouterr().out
    report = json.loads(out)
    assert report["checked_messages"] == 1 and bool(report["suspected"]) == bool(expected_rc)
    assert "219-09-9999" not in out and "4111" not in out
