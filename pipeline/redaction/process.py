"""Conversation processing shared by the batch job, the streaming job and library batch calls.

Plain Python (no Beam): a batch of conversations in, one outcome per conversation out. A failure
inside detection or redaction of one conversation dead-letters that conversation only; its text
never reaches training output.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Sequence

from pipeline.redaction.chat_messages import shape_messages
from pipeline.detection.conversation import detect_conversations
from pipeline.privacy.hashing import customer_ref, keyed_hash
from pipeline.records import Conversation, DeadLetter, Finding, RedactedText
from pipeline.redaction.redactor import Redactor
from pipeline.privacy.review.routing import finding_decision, should_hold
from pipeline.schema import metadata_json

logger = logging.getLogger(__name__)

STAGE_DETECT = "detect"
STAGE_REDACT = "redact"
OUTCOME_WRITTEN = "written"
OUTCOME_DROPPED = "dropped"
OUTCOME_HELD = "held"  # uncertain findings: to the review queue, not training output
DECISION_REDACTED = "redacted"
ASSISTANT_ROLE, USER_ROLE, SYSTEM_ROLE = "assistant", "user", "system"


@dataclass(frozen=True, slots=True)
class ProcessedConversation:
    """A conversation after redaction: its outcome and everything the sinks need (no raw text)."""

    conversation: Conversation
    redacted: tuple[RedactedText, ...]
    outcome: str
    drop_reason: str | None = None


def process_batch(redactor: Redactor, conversations: Sequence[Conversation]
                  ) -> list[ProcessedConversation | DeadLetter]:
    """Detect and redact many conversations; the spaCy work for all their turns is one batch.

    If the batched detection fails, each conversation is retried alone so that only the failing
    one is dead-lettered.
    """
    if not conversations:
        return []
    consent = getattr(redactor, "consent", None)
    if consent is not None:
        # Refused conversations are dropped before detection: never analyzed.
        refused = {id(c): consent(c.customer_id) for c in conversations}
        if any(refused.values()):
            allowed = [c for c in conversations if not refused[id(c)]]
            done = {id(c): out for c, out in zip(allowed, process_batch(redactor, allowed))} if allowed else {}
            return [done[id(c)] if not refused[id(c)] else
                    ProcessedConversation(c, (), OUTCOME_DROPPED, refused[id(c)]) for c in conversations]
    config = redactor.config.detection
    try:
        findings = detect_conversations(redactor.detector, [c.turns for c in conversations], config)
    except Exception:  # noqa: BLE001 - isolate the failing conversation below
        if len(conversations) == 1:
            return [_dead(conversations[0], STAGE_DETECT)]
        return [out for c in conversations for out in process_batch(redactor, [c])]
    return [_redact_one(redactor, c, f) for c, f in zip(conversations, findings)]


def _redact_one(redactor: Redactor, conversation: Conversation,
                findings: list[list[Finding]]) -> ProcessedConversation | DeadLetter:
    try:
        redacted = redactor.redact_detected(conversation.turns, findings,
                                            conversation_id=conversation.conversation_id,
                                            customer_id=conversation.customer_id)
    except Exception:  # noqa: BLE001 - fail closed: dead letter, never unredacted output
        return _dead(conversation, STAGE_REDACT)
    if any(r.action == "drop_conversation" for r in redacted):
        return ProcessedConversation(conversation, tuple(redacted), OUTCOME_DROPPED, "policy_drop_conversation")
    if all(r.dropped for r in redacted):
        return ProcessedConversation(conversation, tuple(redacted), OUTCOME_DROPPED, "policy_all_turns_dropped")
    if should_hold(findings, redactor.config.review):
        return ProcessedConversation(conversation, tuple(redacted), OUTCOME_HELD, "held_for_review")
    return ProcessedConversation(conversation, tuple(redacted), OUTCOME_WRITTEN)


def _dead(conversation: Conversation, stage: str) -> DeadLetter:
    import sys

    error = sys.exc_info()[1]
    error_type = type(error).__name__ if error else "Error"
    # The exception message may quote text: log and record only its type.
    logger.warning("conversation %s failed at %s: %s", conversation.conversation_id, stage, error_type)
    return DeadLetter(source=conversation.source, stage=stage, error_type=error_type,
                      detail=f"exception during {stage}", record_id=conversation.conversation_id)


def role_of(speaker: str, agent_speakers: Sequence[str]) -> str:
    """Chat role for a speaker: the agent side is ``assistant``, ``system`` stays, others are ``user``."""
    lowered = speaker.lower()
    if lowered == SYSTEM_ROLE:
        return SYSTEM_ROLE
    return ASSISTANT_ROLE if lowered in {s.lower() for s in agent_speakers} else USER_ROLE


def _allowed_metadata(conversation: Conversation, allowlist: Sequence[str]) -> dict[str, str]:
    return {k: v for k, v in conversation.metadata.items() if k in set(allowlist)}


def training_rows(processed: ProcessedConversation, redactor: Redactor, layout: str,
                  version: str) -> list[dict]:
    """Training-output rows (schema in ``pipeline.schema``) for a written conversation."""
    conv = processed.conversation
    agents = redactor.config.detection.agent_speakers
    allow = redactor.config.output.metadata_allowlist
    common = {
        "conversation_id": conv.conversation_id,
        "customer_ref": customer_ref(redactor.key, conv.customer_id),
        "channel": conv.channel, "language": conv.language,
        "metadata": metadata_json(_allowed_metadata(conv, allow)),
        "pipeline_version": version, "config_fingerprint": redactor.fingerprint,
    }
    kept = [(i, t, r) for i, (t, r) in enumerate(zip(conv.turns, processed.redacted)) if not r.dropped]
    if layout == "utterance":
        return [{**common, "turn_index": i, "role": role_of(t.speaker, agents), "content": r.text,
                 "entities": [_annotation(a) for a in r.annotations]} for i, t, r in kept]
    messages, entities = [], []
    for message_index, (_, turn, red) in enumerate(kept):
        messages.append({"role": role_of(turn.speaker, agents), "content": red.text})
        entities.extend({"message_index": message_index, **_annotation(a)} for a in red.annotations)
    messages, entities = shape_messages(messages, entities, redactor.config.output.chat)
    return [{**common, "messages": messages, "entities": entities}]


def _annotation(a) -> dict:
    return {"start": a.start, "end": a.end, "entity_type": a.entity_type, "operator": a.operator}


def audit_rows(processed: ProcessedConversation, redactor: Redactor, version: str) -> list[dict]:
    """One audit row per finding: where, what, why, what was done, and a keyed hash of the value."""
    conv = processed.conversation
    review = redactor.config.review
    held = processed.outcome == OUTCOME_HELD
    rows = []
    for turn_index, (turn, red) in enumerate(zip(conv.turns, processed.redacted)):
        # Findings and annotations are both ordered by position, one annotation per finding.
        operators = [a.operator for a in red.annotations]
        for i, f in enumerate(red.findings):
            rows.append({
                "conversation_id": conv.conversation_id, "turn_index": turn_index,
                "start": f.start, "end": f.end, "entity_type": f.entity_type, "score": f.score,
                "recognizer": f.recognizer, "reason": f.reason,
                "operator": operators[i] if i < len(operators) else red.action,
                "decision": red.action if red.dropped else finding_decision(f, review, held),
                "value_hash": keyed_hash(redactor.key, "audit_value", turn.text[f.start:f.end]),
                "pipeline_version": version, "config_fingerprint": redactor.fingerprint,
            })
    return rows
