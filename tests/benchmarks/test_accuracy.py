"""The accuracy and fairness commands end to end on tiny limits, vanilla Presidio and a fake 'ours'."""
import json
from types import SimpleNamespace

import pytest

from benchmarks import accuracy, fairness


class FakeRedactor:
    """Redacts every token that contains a digit, and drops agent turns: a predictable 'ours'."""

    def _one(self, text, dropped=False):
        findings, pos = [], 0
        for token in text.split(" "):
            if any(c.isdigit() for c in token):
                findings.append(SimpleNamespace(start=pos, end=pos + len(token)))
            pos += len(token) + 1
        return SimpleNamespace(text=text, findings=tuple(findings), dropped=dropped)

    def redact_batch(self, texts):
        return (self._one(t) for t in texts)

    def redact_conversation(self, turns):
        return [self._one(t["text"], dropped=t["speaker"] == "agent") for t in turns]


@pytest.fixture
def fake_ours(monkeypatch):
    monkeypatch.setattr(accuracy, "load_factory", lambda spec: FakeRedactor)


def test_accuracy_main_limit_5_end_to_end(tmp_path, fake_ours, capsys):
    assert accuracy.main(["--limit", "5", "--out-dir", str(tmp_path)]) == 0
    report = json.loads((tmp_path / "accuracy.json").read_text())
    assert report["systems"] == ["vanilla_as_is", "vanilla", "ours"] and report["ours_error"] is None
    names = set(report["datasets"])
    assert {"generated_dev_asr", "generated_dev_chat", "generated_dev_b_asr", "generated_dev_b_chat", "evi_spoken_dev",
            "generated_frozen_test_asr", "generated_frozen_test_chat", "generated_frozen_b_asr",
            "generated_frozen_b_chat", "presidio_synth_dev", "slurp_devel"} <= names
    chat = report["datasets"]["generated_dev_chat"]["systems"]
    assert chat["vanilla"]["texts"] > 5 * 5  # 5 conversations, scored turn by turn
    for system in ("vanilla", "ours"):
        assert 0 <= chat[system]["precision"] <= 1 and 0 <= chat[system]["recall"] <= 1
    assert report["ours_dropped_turns"] > 0  # agent turns dropped by the fake count as protected
    # The fake returns every kept turn unchanged, so names in customer turns leak (dropped agent turns
    # cannot); vanilla replaces what it finds.
    assert 0.3 < chat["ours"]["leak_rate_by_label"]["PERSON"] < 1.0
    assert 0 <= chat["vanilla"]["leak_rate"] <= 1 and 0 <= chat["ours"]["strict_recall"] <= 1
    assert report["commit"] and isinstance(report["dirty"], bool)
    assert "generated_dev_chat" in capsys.readouterr().out
    markdown = (tmp_path / "accuracy.md").read_text()
    assert "| dataset |" in markdown and f"commit `{report['commit']}`" in markdown
    assert markdown.index("## Frozen test split") < markdown.index("| generated_frozen_test_asr")
    assert markdown.index("## Frozen test split") < markdown.index("| generated_frozen_b_chat")


def test_accuracy_main_reports_vanilla_when_ours_fails(tmp_path, monkeypatch):
    def broken(spec):
        raise ImportError("Redactor not available")
    monkeypatch.setattr(accuracy, "load_factory", broken)
    accuracy.main(["--limit", "2", "--splits", "dev", "--out-dir", str(tmp_path)])
    report = json.loads((tmp_path / "accuracy.json").read_text())
    assert "ImportError" in report["ours_error"]
    assert report["systems"] == ["vanilla_as_is", "vanilla"]
    assert "ours not run" in (tmp_path / "accuracy.md").read_text()


def test_fairness_main_limit_end_to_end(tmp_path, fake_ours):
    assert fairness.main(["--limit", "32", "--out-dir", str(tmp_path)]) == 0
    report = json.loads((tmp_path / "fairness.json").read_text())
    assert report["commit"] and "commit" in (tmp_path / "fairness.md").read_text()
    for system in ("vanilla", "ours"):
        for style in ("asr", "chat"):
            group = report["results"][system][style]
            assert len(group["recall_by_origin"]) == 8 and set(group["support_by_origin"].values()) == {2}
            assert group["gap"] == pytest.approx(max(group["recall_by_origin"].values())
                                                 - min(group["recall_by_origin"].values()), abs=1e-3)
    # The fake only redacts digits, so it finds no name at all and every name leaks.
    assert report["results"]["ours"]["chat"]["recall"] == 0.0
    assert report["results"]["ours"]["chat"]["leak_rate"] == 1.0


@pytest.mark.parametrize("split", ["frozen_test", "frozen_b"])
def test_fairness_frozen_splits_have_ten_origin_groups_in_both_styles(tmp_path, fake_ours, split):
    assert fairness.main(["--split", split, "--limit", "40", "--systems", "ours", "--out-dir", str(tmp_path)]) == 0
    report = json.loads((tmp_path / f"fairness_{split}.json").read_text())
    assert report["split"] == split and report["utterances"] == 40
    for style in ("asr", "chat"):
        assert set(report["results"]["ours"][style]["support_by_origin"].values()) == {2}
        assert len(report["results"]["ours"][style]["recall_by_origin"]) == 10


def test_group_report_gap_and_lowest():
    from benchmarks.scoring import Tally
    tallies = {}
    for origin, found in (("a", 2), ("b", 1), ("c", 0)):
        tally = tallies[origin] = Tally()
        for i in range(2):
            tally.add("xx", [{"start": 0, "end": 2, "label": "PERSON"}], [(0, 2)] if i < found else [])
    report = fairness.group_report(tallies)
    assert report["gap"] == 1.0 and report["lowest"] == "c"
    assert report["recall_by_origin"] == {"a": 1.0, "b": 0.5, "c": 0.0}


def test_build_ours_uses_the_fixed_benchmark_key_and_restores_the_environment(monkeypatch):
    monkeypatch.delenv("PII_PIPELINE_KEY", raising=False)
    import os
    seen = []
    monkeypatch.setattr(accuracy, "load_factory",
                        lambda spec: lambda: seen.append(os.environ.get("PII_PIPELINE_KEY")))
    accuracy.build_ours("x:y")
    assert seen == [accuracy.BENCH_KEY] and "PII_PIPELINE_KEY" not in os.environ
    monkeypatch.setenv("PII_PIPELINE_KEY", "ab" * 32)
    accuracy.build_ours("x:y")
    assert seen[-1] == "ab" * 32
