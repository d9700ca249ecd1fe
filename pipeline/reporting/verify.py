"""Residual-leak check: a second, independent detector pass over the sanitized training output.

The main pass decides what to redact; this pass estimates what it missed. It uses a different detector
configuration so that it does not simply repeat the main pass's blind spots:

* pattern recognizers only (spaCy NER off), with a lower score threshold and no cross-turn context;
* Presidio's stock pattern recognizers (e-mail, card, IBAN, IP, SSN, phone) next to ours, so each
  structured type is checked by a second implementation; ours read spoken forms.

Spans the pipeline itself replaced (the training rows' ``entities`` annotations) hold surrogates that
look real by design and are not counted. What remains is reported per entity type as counts, with the
ids of (a few) conversations concerned: never a value.
"""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Mapping, Sequence

from pipeline.config.models import PipelineConfig
from pipeline.records import Finding

logger = logging.getLogger(__name__)

DEFAULT_SCORE_THRESHOLD = 0.35
MAX_REPORTED_IDS = 20
_READ_BATCH_ROWS = 256
# Stock Presidio pattern recognizers added as an independent second implementation, by entity type.
_STOCK_RECOGNIZERS = {
    "EMAIL_ADDRESS": "EmailRecognizer", "CREDIT_CARD": "CreditCardRecognizer", "IBAN_CODE": "IbanRecognizer",
    "IP_ADDRESS": "IpRecognizer", "US_SSN": "UsSsnRecognizer", "PHONE_NUMBER": "PhoneRecognizer",
}


@dataclass(frozen=True)
class VerificationResult:
    """Suspected residual personal data in the training output (counts and ids only).

    Attributes:
        suspected: Entity type -> number of suspected spans outside the pipeline's own replacements.
        checked_messages: Messages (turns) checked.
        suspected_messages: Messages with at least one suspected span.
        conversation_ids: Up to ``MAX_REPORTED_IDS`` ids of conversations with a suspected span.
    """

    suspected: Mapping[str, int] = field(default_factory=dict)
    checked_messages: int = 0
    suspected_messages: int = 0
    conversation_ids: tuple[str, ...] = ()

    def to_report(self) -> dict:
        """The ``verification`` section of ``report.json``."""
        return {"suspected": dict(sorted(self.suspected.items())), "checked_messages": self.checked_messages,
                "suspected_messages": self.suspected_messages,
                "conversation_ids": list(self.conversation_ids)}


@dataclass(frozen=True, slots=True)
class Message:
    """One sanitized message to check and the spans the pipeline replaced in it."""

    conversation_id: str
    text: str
    replaced: tuple[tuple[int, int], ...] = ()


class ResidualLeakChecker:
    """The independent detector; build once (loads the spaCy tokenizer), then ``check`` many messages."""

    def __init__(self, config: PipelineConfig, score_threshold: float = DEFAULT_SCORE_THRESHOLD) -> None:
        from presidio_analyzer import predefined_recognizers

        from pipeline.detection.detector import Detector

        detection = config.detection
        independent = detection.model_copy(update={
            "ner": detection.ner.model_copy(update={"mode": "never"}),
            "score_threshold": score_threshold, "cross_turn": False, "name_propagation": False})
        self.detector = Detector(independent)
        for entity in independent.entities:
            name = _STOCK_RECOGNIZERS.get(entity)
            if name:
                self.detector.analyzer.registry.add_recognizer(getattr(predefined_recognizers, name)())

    def check(self, messages: Sequence[Message]) -> list[list[Finding]]:
        """Suspected findings per message: detected spans that overlap none of its replaced spans."""
        found = self.detector.detect_batch([m.text for m in messages])
        return [[f for f in findings if not any(f.start < end and start < f.end for start, end in m.replaced)]
                for m, findings in zip(messages, found)]

    def verify(self, messages: Iterable[Message], batch_size: int = 64) -> VerificationResult:
        """Check every message; returns counts per type (never values)."""
        suspected: Counter[str] = Counter()
        checked = flagged = 0
        ids: list[str] = []
        for batch in _batches(messages, batch_size):
            for message, findings in zip(batch, self.check(batch)):
                checked += 1
                if not findings:
                    continue
                flagged += 1
                suspected.update(f.entity_type for f in findings)
                if message.conversation_id not in ids and len(ids) < MAX_REPORTED_IDS:
                    ids.append(message.conversation_id)
        if flagged:
            logger.warning("verification: %d of %d messages have suspected residual personal data: %s",
                           flagged, checked, dict(suspected))
        return VerificationResult(dict(suspected), checked, flagged, tuple(ids))


def _batches(items: Iterable[Message], size: int) -> Iterator[list[Message]]:
    batch: list[Message] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def messages_from_rows(rows: Iterable[Mapping]) -> Iterator[Message]:
    """Messages of training rows in either layout (conversation: ``messages``; utterance: ``content``)."""
    for row in rows:
        cid = row["conversation_id"]
        if "messages" in row:
            spans: dict[int, list[tuple[int, int]]] = {}
            for ent in row.get("entities") or ():
                spans.setdefault(ent["message_index"], []).append((ent["start"], ent["end"]))
            for i, message in enumerate(row["messages"] or ()):
                yield Message(cid, message["content"] or "", tuple(spans.get(i, ())))
        else:
            replaced = tuple((e["start"], e["end"]) for e in row.get("entities") or ())
            yield Message(cid, row["content"] or "", replaced)


def training_rows_from_parquet(directory: str) -> Iterator[dict]:
    """Rows of every ``*.parquet`` file under a training output folder, streamed in batches."""
    import pyarrow.parquet as pq

    from pipeline.io.filesystem import current

    file_system = current()
    for info in sorted(file_system.match(file_system.join(directory, "*.parquet")), key=lambda m: m.path):
        with file_system.open(info.path) as handle:
            for batch in pq.ParquetFile(handle).iter_batches(batch_size=_READ_BATCH_ROWS):
                yield from batch.to_pylist()


def verify_training_output(directory: str, config: PipelineConfig,
                           score_threshold: float = DEFAULT_SCORE_THRESHOLD) -> VerificationResult:
    """Run the residual-leak check over a run's ``training/`` folder."""
    checker = ResidualLeakChecker(config, score_threshold)
    return checker.verify(messages_from_rows(training_rows_from_parquet(directory)))
