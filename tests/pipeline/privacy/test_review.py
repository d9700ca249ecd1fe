"""Human review: routing, the owner-only queue, the scripted terminal reviewer, release, CLI round trip."""
import io
import json
import stat

import pyarrow.parquet as pq
import pytest

from pipeline.config.controls import ReviewConfig
from pipeline.records import Finding
from pipeline.privacy.review import decisions as D
from pipeline.privacy.review.queue import queue_items, write_item
from pipeline.privacy.review.routing import is_uncertain, qa_sampled, should_hold
from pipeline.privacy.review.tui import Reviewer, highlight, locate


def _f(score):
    return Finding(0, 4, "PERSON", score, "r", "pattern")


@pytest.mark.parametrize("policy, score, uncertain", [
    ("flag", 0.5, True), ("flag", 0.59, True), ("flag", 0.6, False), ("flag", 0.49, False),
    ("hold", 0.55, True), ("off", 0.55, False),
])
def test_is_uncertain_band_table(policy, score, uncertain):
    config = ReviewConfig(policy=policy, band_low=0.5, band_high=0.6)
    assert is_uncertain(_f(score), config) is uncertain
    assert should_hold([[_f(score)]], config) is (uncertain and policy == "hold")


def test_qa_sampled_deterministic_and_near_rate(test_key):
    ids = [f"conv-{i}" for i in range(2000)]
    picked = [qa_sampled(test_key, i, 0.25) for i in ids]
    assert picked == [qa_sampled(test_key, i, 0.25) for i in ids]
    assert 0.2 < sum(picked) / len(ids) < 0.3
    assert not any(qa_sampled(test_key, i, 0.0) for i in ids)
    assert all(qa_sampled(test_key, i, 1.0) for i in ids)


@pytest.mark.parametrize("text, answer, near, expected", [
    ("call maria or maria", "maria", 0, (5, 10)),
    ("call maria or maria", "maria", 15, (14, 19)),
    ("call maria", "5:10", 0, (5, 10)),
    ("call maria", "5:99", 0, None),
    ("call maria", "bob", 0, None),
    ("call maria", "", 0, None),
])
def test_locate_table(text, answer, near, expected):
    assert locate(text, answer, near) == expected


def test_highlight_marks_span():
    assert highlight("hi maria!", 3, 8) == "hi [[maria]]!"


ITEM = {"item_format": 1, "kind": "hold", "conversation_id": "conv/1", "customer_id": "c1", "channel": "chat",
        "language": "en", "metadata": {}, "source": "x",
        "turns": [{"speaker": "agent", "text": "and your name"},
                  {"speaker": "customer", "text": "it is jordan lee from springfield"}],
        "findings": [{"turn_index": 1, "start": 6, "end": 12, "entity_type": "PERSON", "score": 0.55,
                      "recognizer": "person_names.v1", "reason": "name_list", "uncertain": True},
                     {"turn_index": 1, "start": 13, "end": 16, "entity_type": "PERSON", "score": 0.55,
                      "recognizer": "person_names.v1", "reason": "name_list", "uncertain": True}],
        "pipeline_version": "t", "config_fingerprint": "f"}


def test_write_item_owner_only(tmp_path):
    path = write_item(tmp_path / "review", ITEM)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "review").stat().st_mode) == 0o700
    assert [it["conversation_id"] for _, it in queue_items(tmp_path / "review")] == ["conv/1"]


def test_reviewer_quit_and_resume(tmp_path):
    review = tmp_path / "review"
    write_item(review, ITEM)
    out = io.StringIO()
    assert Reviewer(review, io.StringIO("x\na\nq\n"), out, "t").run() == 0
    assert "please answer" in out.getvalue() and "[[jordan]]" in out.getvalue()
    state = D.load_decisions(review)["conv/1"]
    assert not state.done and list(state.by_finding) == [(1, 6, 12)]
    # second session: only the undecided finding is asked; edit it to "lee from", add "springfield"
    script = "e\nlee from\n\nm\n1\nspringfield\nlocation\n\n"
    assert Reviewer(review, io.StringIO(script), io.StringIO(), "t").run() == 1
    state = D.load_decisions(review)["conv/1"]
    assert state.done
    assert state.by_finding[(1, 13, 16)]["new"] == {"turn_index": 1, "start": 13, "end": 21, "entity_type": "PERSON"}
    assert state.added == {(1, 22, 33): "LOCATION"}
    decisions_file = review / D.DECISIONS_FILE
    assert stat.S_IMODE(decisions_file.stat().st_mode) == 0o600
    assert "jordan" not in decisions_file.read_text() and "springfield" not in decisions_file.read_text()
    assert Reviewer(review, io.StringIO(""), io.StringIO(), "t").run() == 0  # nothing left


def test_release_applies_decisions(tmp_path, redactor):
    from pipeline.redaction.release import release

    review = tmp_path / "review"
    write_item(review, ITEM)
    D.append_decision(review, "conv/1", D.REJECT, finding=ITEM["findings"][0])
    D.append_decision(review, "conv/1", D.EDIT, finding=ITEM["findings"][1],
                      new={"turn_index": 1, "start": 13, "end": 16, "entity_type": "PERSON"})
    D.append_decision(review, "conv/1", D.ADD, new={"turn_index": 1, "start": 22, "end": 33,
                                                    "entity_type": "LOCATION"})
    D.append_decision(review, "conv/1", D.DONE)
    report = release(review, tmp_path / "out", redactor, "test")
    assert report["released"] == 1 and report["pending"] == 0
    assert report["spans"] == {"accept": 0, "reject": 1, "edit": 1, "add": 1}
    [row] = pq.read_table(tmp_path / "out" / "training").to_pylist()
    content = row["messages"][1]["content"]
    assert "jordan" in content and " lee" not in content and "springfield" not in content
    decisions = set(pq.read_table(tmp_path / "out" / "audit").column("decision").to_pylist())
    assert decisions == {"reviewer_edit", "reviewer_add"}
    assert not list(queue_items(review)) and list((review / "released").glob("*.json"))


@pytest.mark.slow
def test_cli_round_trip_route_decide_release(tmp_path, key_env, monkeypatch, capsys):
    from pipeline.cli import main

    (tmp_path / "in.jsonl").write_text(json.dumps({
        "conversation_id": "rt-1", "customer_id": "c-rt", "turns": [
            {"speaker": "agent", "text": "Can I have your name and phone number?"},
            {"speaker": "customer", "text": "Priya Raghunathan, (415) 555-0132. I live in Springfield."}]}) + "\n"
        + json.dumps({"conversation_id": "rt-2", "turns": [{"speaker": "customer", "text": "no names here"}]})
        + "\n")
    (tmp_path / "cfg.yaml").write_text(
        "detection:\n  entities: [PERSON, PHONE_NUMBER]\n"
        "review:\n  policy: hold\n  band_low: 0.0\n  band_high: 1.0\n")
    out, review = tmp_path / "out", tmp_path / "out" / "review"
    assert main(["run", "--input", str(tmp_path / "in.jsonl"), "--output", str(out),
                 "--config", str(tmp_path / "cfg.yaml")]) == 0
    report = json.loads((out / "report.json").read_text())
    assert report["counts"]["held_for_review"] == 1 and report["counts"]["written"] == 1
    assert pq.read_table(out / "training").column("conversation_id").to_pylist() == ["rt-2"]
    [(_, item)] = list(queue_items(review))
    uncertain = [f for f in item["findings"] if f["uncertain"]]
    assert uncertain
    # reject the first uncertain finding, accept the rest, add a missed span
    script = "r\n" + "a\n" * (len(uncertain) - 1) + "m\n1\nSpringfield\nLOCATION\nd\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(script))
    assert main(["review", "--review-dir", str(review), "--reviewer", "tester"]) == 0
    capsys.readouterr()
    assert main(["release", "--review-dir", str(review), "--output", str(out),
                 "--config", str(tmp_path / "cfg.yaml")]) == 0
    released = json.loads(capsys.readouterr().out)
    assert released["released"] == 1 and released["spans"]["reject"] == 1 and released["spans"]["add"] == 1
    rows = {r["conversation_id"]: r for r in pq.read_table(out / "training").to_pylist()}
    assert set(rows) == {"rt-1", "rt-2"}
    content = rows["rt-1"]["messages"][1]["content"]
    first = uncertain[0]
    rejected_text = item["turns"][first["turn_index"]]["text"][first["start"]:first["end"]]
    assert rejected_text in " ".join(m["content"] for m in rows["rt-1"]["messages"])
    assert "Springfield" not in content
    assert json.loads((review / "release-report.json").read_text()) == released
