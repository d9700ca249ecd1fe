"""Release reviewed conversations into training output through the same redaction core.

For a held conversation: accepted findings stay, rejected spans are kept as text, edited spans are
redacted with their new bounds, added spans are redacted too; ``Redactor.redact_detected`` applies the
policy and the rows go to new Parquet files under ``<output>/training/`` (and ``audit/``) with the run's
schemas. QA-sampled conversations were already written: their added spans (personal data the detector
missed) are counted per type in the release report. Released items move to ``released/``.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.detection.detector import merge_overlaps
from pipeline.redaction.process import OUTCOME_DROPPED, OUTCOME_WRITTEN, ProcessedConversation, audit_rows, training_rows
from pipeline.records import Conversation, Finding, Turn
from pipeline.privacy.review import decisions as D
from pipeline.privacy.review.queue import RELEASED_DIR, private_dir, queue_items
from pipeline.privacy.review.routing import KIND_HOLD
from pipeline.schema import AUDIT_SCHEMA, training_schema

logger = logging.getLogger(__name__)

REVIEWER_RECOGNIZER = "human_review"
REVIEWER_REASON = "reviewer"
REVIEWED_SCORE = 1.0
DECISION_PREFIX = "reviewer_"


def conversation_of(item: dict) -> Conversation:
    """The queued conversation as a record."""
    return Conversation(item["conversation_id"], tuple(Turn(t["speaker"], t["text"]) for t in item["turns"]),
                        item.get("customer_id"), item.get("channel"), item.get("language"),
                        dict(item.get("metadata") or {}), item.get("source", ""))


def reviewed_findings(item: dict, state: D.ConversationDecisions) -> tuple[list[list[Finding]], dict, dict]:
    """Findings per turn after the decisions, the audit decision per kept span, and counts per action."""
    per_turn: list[list[Finding]] = [[] for _ in item["turns"]]
    decision_of: dict[tuple[int, int, int], str] = {}
    tally = {D.ACCEPT: 0, D.REJECT: 0, D.EDIT: 0, D.ADD: 0}
    for f in item["findings"]:
        key = (f["turn_index"], f["start"], f["end"])
        line = state.by_finding.get(key)
        action = line["action"] if line else D.ACCEPT  # certain findings stand unless a reviewer objected
        if line:
            tally[action] += 1
        if action == D.REJECT:
            continue
        span, etype = key, f["entity_type"]
        if action == D.EDIT:
            new = line["new"]
            span, etype = (new["turn_index"], new["start"], new["end"]), new["entity_type"]
        per_turn[span[0]].append(Finding(span[1], span[2], etype, f["score"] if action != D.EDIT else REVIEWED_SCORE,
                                         f["recognizer"] if action != D.EDIT else REVIEWER_RECOGNIZER,
                                         f["reason"] if action != D.EDIT else REVIEWER_REASON))
        decision_of[span] = DECISION_PREFIX + action if line else "redacted"
    for (turn, start, end), etype in state.added.items():
        tally[D.ADD] += 1
        per_turn[turn].append(Finding(start, end, etype, REVIEWED_SCORE, REVIEWER_RECOGNIZER, REVIEWER_REASON))
        decision_of[(turn, start, end)] = DECISION_PREFIX + D.ADD
    return [merge_overlaps(fs) for fs in per_turn], decision_of, tally


def release(review_dir: str | Path, output_dir: str | Path, redactor, version: str) -> dict:
    """Apply closed decisions; write released rows; returns the release report (counts and ids only)."""
    review_dir, output_dir = Path(review_dir), Path(output_dir)
    all_decisions = D.load_decisions(review_dir)
    layout = redactor.config.output.layout
    training, audit, moved = [], [], []
    report = {"released": 0, "dropped_by_policy": 0, "dropped_consent": 0, "pending": 0, "qa_reviewed": 0,
              "spans": {D.ACCEPT: 0, D.REJECT: 0, D.EDIT: 0, D.ADD: 0},
              "qa_missed_by_type": {}, "qa_conversations_with_missed_data": []}
    for path, item in queue_items(review_dir):
        state = all_decisions.get(item["conversation_id"])
        if state is None or not state.done:
            report["pending"] += 1
            continue
        findings, decision_of, tally = reviewed_findings(item, state)
        for action, n in tally.items():
            report["spans"][action] += n
        moved.append(path)
        if item["kind"] != KIND_HOLD:
            report["qa_reviewed"] += 1
            for etype in state.added.values():
                report["qa_missed_by_type"][etype] = report["qa_missed_by_type"].get(etype, 0) + 1
            if state.added:
                report["qa_conversations_with_missed_data"].append(item["conversation_id"])
            continue
        conv = conversation_of(item)
        if redactor.consent is not None and redactor.consent(conv.customer_id):
            report["dropped_consent"] += 1  # consent withdrawn since the run: never released
            continue
        redacted = redactor.redact_detected(conv.turns, findings, conversation_id=conv.conversation_id,
                                            customer_id=conv.customer_id)
        dropped = any(r.action == "drop_conversation" for r in redacted) or all(r.dropped for r in redacted)
        processed = ProcessedConversation(conv, tuple(redacted), OUTCOME_DROPPED if dropped else OUTCOME_WRITTEN)
        for row in audit_rows(processed, redactor, version):
            if row["decision"] in ("redacted", "flagged"):
                row["decision"] = decision_of.get((row["turn_index"], row["start"], row["end"]), row["decision"])
            audit.append(row)
        if dropped:
            report["dropped_by_policy"] += 1
            continue
        training.extend(training_rows(processed, redactor, layout, version))
        report["released"] += 1
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    if training:
        _write(output_dir / "training" / f"release-{stamp}.parquet", training, training_schema(layout))
    if audit:
        _write(output_dir / "audit" / f"release-{stamp}.parquet", audit, AUDIT_SCHEMA)
    released = private_dir(review_dir / RELEASED_DIR)
    for path in moved:
        path.rename(released / path.name)
    report["outputs"] = {"training": str(output_dir / "training"), "audit": str(output_dir / "audit")}
    logger.info("released %d conversation(s), %d pending", report["released"], report["pending"])
    return report


def _write(path: Path, rows: list[dict], schema: pa.Schema) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp)
    tmp.rename(path)
