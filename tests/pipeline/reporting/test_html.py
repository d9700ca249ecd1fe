"""Run report: controls sections in report.json, drift against the previous run, report.html parsed."""
import json
from html.parser import HTMLParser

import pytest

from pipeline.reporting.drift import compare
from pipeline.reporting.html import render

CANARY = "Zorbulon Quexley"


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text, self.tags, self.attrs = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(v or "" for k, v in attrs if k in ("src", "href", "xmlns", "style"))

    def handle_data(self, data):
        self.text.append(data)


def _parse(html):
    page = _Page()
    page.feed(html)
    return page, " ".join(" ".join(page.text).split())


def _report(entities, turns):
    return {"counts": {"turns_processed": turns}, "entities": entities, "config_fingerprint": "f"}


@pytest.mark.parametrize("before, after, flagged", [
    ({"PERSON": 100}, {"PERSON": 100}, []),
    ({"PERSON": 100}, {"PERSON": 140}, []),
    ({"PERSON": 100}, {"PERSON": 160}, ["PERSON"]),
    ({"PERSON": 100}, {"PERSON": 40}, ["PERSON"]),
    ({"PERSON": 100}, {"PERSON": 100, "IBAN_CODE": 9}, ["IBAN_CODE"]),
    ({"PERSON": 100}, {"PERSON": 100, "IBAN_CODE": 2}, []),  # below min_count: noise
    ({"PERSON": 100, "ZIP_CODE": 20}, {"PERSON": 100}, ["ZIP_CODE"]),
])
def test_drift_compare_table(before, after, flagged):
    drift = compare(_report(before, 1000), _report(after, 1000), threshold=0.5, min_count=5)
    assert drift["compared"] and drift["flagged"] == flagged


def test_drift_uses_rates_not_counts():
    drift = compare(_report({"PERSON": 100}, 1000), _report({"PERSON": 200}, 2000), 0.5, 5)
    assert drift["flagged"] == [] and drift["types"]["PERSON"]["change"] == 0.0


def test_drift_without_previous():
    assert compare(None, _report({"PERSON": 1}, 10), 0.5, 5) == {"compared": False, "flagged": [], "types": {}}


def test_render_is_self_contained_and_escaped():
    report = {"counts": {"read": 3, "written": 1, "dropped": {"consent_opted_out": 2}},
              "entities": {"<script>": 1}, "config_fingerprint": "abc", "versions": {"x": "1"}}
    html = render(report)
    page, text = _parse(html)
    assert "script" not in page.tags and "<script>" not in html
    assert not any(a.startswith(("http:", "https:", "//")) for a in page.attrs)
    assert "consent_opted_out 2" in text


@pytest.mark.slow
def test_run_batch_report_json_html_and_drift(tmp_path, default_config, test_key):
    from pipeline.beam.batch import run_batch
    from pipeline.config.controls import ConsentConfig, ReportConfig

    (tmp_path / "reg.csv").write_text("customer_id,consent,updated_at\nc-out,opted_out,2024-01-01\n"
                                      "c-1,opted_in,2024-01-01\nc-2,opted_in,2024-01-01\n")
    turns = [{"speaker": "customer", "text": f"I'm {CANARY}, email zq@example.com, phone (415) 555-0177."}]
    rows = [{"conversation_id": f"r{i}", "customer_id": c, "metadata": {"queue": "q", "secret": "s"},
             "turns": turns} for i, c in enumerate(["c-1", "c-2", "c-out", "c-unknown"])]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows) + "{broken\n")
    config = default_config.model_copy(update={"consent": ConsentConfig(registry=str(tmp_path / "reg.csv")),
                                               "report": ReportConfig(drift_min_count=1)})
    out = tmp_path / "out"
    first = run_batch([str(tmp_path / "in.jsonl")], str(out), config, test_key)
    counts = first["counts"]
    assert counts["dropped"] == {"consent_opted_out": 1, "consent_unknown": 1}
    assert (counts["read"], counts["written"], counts["dead_lettered"]) == (5, 2, 1)
    assert first["entities"]["EMAIL_ADDRESS"] == 2
    assert sum(first["score_histogram"].values()) == sum(first["entities"].values())
    assert sum(first["recognizers"].values()) == sum(first["entities"].values())
    assert first["minimization"]["metadata_keys_dropped"] == 2
    assert first["drift"]["compared"] is False
    html = (out / "report.html").read_text()
    page, text = _parse(html)
    assert "svg" in page.tags and "script" not in page.tags
    for figure in ("written to training 2", "dropped: consent_opted_out 1", "dropped: consent_unknown 1",
                   "dead-lettered 1", "held for review 0", "EMAIL_ADDRESS 2", first["config_fingerprint"]):
        assert figure in text, figure
    for part in ("Zorbulon", "zq@example", "555-0177", "c-out", "c-unknown"):
        assert part not in html and part not in (out / "report.json").read_text()
    # a second run in the same place compares with the first
    (tmp_path / "in.jsonl").write_text(json.dumps({"conversation_id": "r9", "customer_id": "c-1",
                                                   "turns": [{"speaker": "customer", "text": "hello"}]}) + "\n")
    second = run_batch([str(tmp_path / "in.jsonl")], str(out), config, test_key, overwrite=True)
    assert second["drift"]["compared"] and "EMAIL_ADDRESS" in second["drift"]["flagged"]
    assert "DRIFT" in _parse((out / "report.html").read_text())[1]
