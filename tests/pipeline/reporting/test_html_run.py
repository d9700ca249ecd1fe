"""report.html's run sections: the accounting balance and its check, dropped reasons, dead letters by
stage, inputs (paths and sizes), time stamp and the random-key warning (content, not pixels)."""
from __future__ import annotations

from html.parser import HTMLParser

import pytest

from pipeline.reporting.html import accounting, render


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: dict[str, str] = {}
        self.text: list[str] = []
        self._open: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        self._open.append(dict(attrs).get("id"))
        if self._open[-1]:
            self.ids[self._open[-1]] = ""

    def handle_endtag(self, tag):
        if self._open:
            self._open.pop()

    def handle_data(self, data):
        self.text.append(data)
        for element_id in filter(None, self._open):
            self.ids[element_id] += data


def _page(report) -> tuple[_Page, str]:
    page = _Page()
    page.feed(render(report))
    return page, " ".join(" ".join(page.text).split())


def _report(**over):
    report = {
        "counts": {"read": 10, "written": 5, "dropped": {"consent_opted_out": 2, "policy_drop_conversation": 1},
                   "held_for_review": 1, "dead_lettered": 1, "dead_lettered_by_stage": {"validate": 1}},
        "pseudonym_key": "configured key", "started_at": "2026-12-02T07:24:37+00:00", "run_seconds": 3.2,
        "config_fingerprint": "f00d",
        "inputs": {"patterns": ["calls/"], "files": 2, "bytes": 3072, "skipped": ["calls/notes.txt"],
                   "listed": [{"path": "calls/a.jsonl", "bytes": 1024}, {"path": "calls/b.json", "bytes": 2048}]}}
    report.update(over)
    return report


@pytest.mark.parametrize("counts, balanced", [
    ({"read": 10, "written": 5, "dropped": {"a": 2, "b": 1}, "held_for_review": 1, "dead_lettered": 1}, True),
    ({"read": 10, "written": 5, "dropped": {}, "held_for_review": 1, "dead_lettered": 1}, False),
    ({"read": 0, "written": 0, "dropped": {}, "held_for_review": 0, "dead_lettered": 0}, True),
    ({"read": 3, "written": 4, "dropped": {}, "held_for_review": 0, "dead_lettered": 0}, False),
])
def test_html_accounting_check_table(counts, balanced):
    assert accounting(counts)[2] is balanced
    page, _ = _page(_report(counts=counts))
    assert page.ids["accounting-check"].startswith("balanced" if balanced else "MISMATCH")


def test_html_accounting_equation_and_breakdowns():
    page, text = _page(_report())
    assert page.ids["accounting"] == ("read 10 = written 5 + dropped 3 + held for review 1 "
                                      "+ dead-lettered 1")
    assert "consent_opted_out 2" in text and "policy_drop_conversation 1" in text
    assert "Dead letters, by stage stage records validate 1" in text


def test_html_mismatch_shows_both_sides():
    counts = dict(_report()["counts"], written=4)
    page, text = _page(_report(counts=counts))
    assert "(= 9)" in page.ids["accounting"] and "differ by 1" in page.ids["accounting-check"]
    assert "The counts do not add up" in text


def test_html_inputs_time_stamp_and_key():
    page, text = _page(_report())
    assert page.ids["started"] == "2026-12-02T07:24:37+00:00"
    assert "Given: calls/ . 2 file(s), 3.0 KiB" in text
    assert "calls/a.jsonl 1.0 KiB" in text and "calls/b.json 2.0 KiB" in text
    assert "calls/notes.txt" in text
    assert "random-key-warning" not in page.ids and "configured key" in text


def test_html_random_key_warning():
    page, _ = _page(_report(pseudonym_key="random per-run key"))
    warning = page.ids["random-key-warning"]
    assert "random per-run key was used" in warning and "keygen" in warning


def test_html_lists_more_files_than_shown():
    inputs = dict(_report()["inputs"], files=120)
    _, text = _page(_report(inputs=inputs))
    assert "and 118 more file(s)" in text


def test_html_escapes_input_paths():
    inputs = dict(_report()["inputs"], patterns=["<img src=x onerror=alert(1)>"])
    html = render(_report(inputs=inputs))
    assert "<img" not in html and "&lt;img" in html
