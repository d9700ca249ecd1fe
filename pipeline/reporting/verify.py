"""Residual-leak check: a second, independent detector pass over the sanitized training output.

The main pass decides what to redact; this pass estimates what it missed. It shares nothing with the
main pass's detection: a fresh Presidio ``AnalyzerEngine`` over the verifier's own recognizer set
(``pipeline.reporting.verify_recognizers``: Presidio's stock recognizers, plain patterns for types
Presidio lacks, spaCy NER with every pipe, and a census-name heuristic with NER on a cased copy), at a
lower score threshold. None of ``recognizers/`` and no ``Detector`` is involved.

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
    """The independent detector; build once (loads the spaCy model), then ``check`` many messages."""

    def __init__(self, config: PipelineConfig, score_threshold: float = DEFAULT_SCORE_THRESHOLD) -> None:
        import spacy
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

        from pipeline.reporting import verify_recognizers as own

        entities = list(config.detection.entities)
        from pipeline.detection.model_check import check_model

        check_model(config.detection.spacy_model)  # pinned checksum, as the main detector's load
        nlp = spacy.load(config.detection.spacy_model)  # installed package: never downloads
        labels = set(nlp.get_pipe("ner").labels) if nlp.has_pipe("ner") else set()
        wanted = "PERSON" in entities
        ner_config = NerModelConfiguration(
            model_to_presidio_entity_mapping={"PERSON": "PERSON"} if wanted else {},
            labels_to_ignore=sorted(labels - ({"PERSON"} if wanted else set())))
        nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": config.detection.spacy_model}],
                                    ner_model_configuration=ner_config)
        nlp_engine.nlp = {"en": nlp}
        recognizers = own.stock_recognizers(entities) + own.pattern_recognizers(entities)
        if wanted:
            from presidio_analyzer.predefined_recognizers import SpacyRecognizer

            recognizers += [SpacyRecognizer(supported_entities=["PERSON"]), own.NameHeuristicRecognizer(nlp)]
        registry = RecognizerRegistry(recognizers=recognizers, supported_languages=["en"])
        self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"],
                                       default_score_threshold=score_threshold)
        wanted_names = set(entities) | {stock for stock, ours in own.STOCK_TYPES.items() if ours in entities}
        self.entities = sorted(wanted_names & {e for r in recognizers for e in r.supported_entities})
        self.score_threshold = score_threshold
        self._types = own.STOCK_TYPES

    def findings(self, text: str) -> list[Finding]:
        """Everything the independent recognizers find in ``text`` (offsets, our type names)."""
        if not text.strip():
            return []
        results = self.analyzer.analyze(text, "en", entities=self.entities, score_threshold=self.score_threshold)
        return [Finding(r.start, r.end, self._types.get(r.entity_type, r.entity_type), round(float(r.score), 4),
                        str((r.recognition_metadata or {}).get("recognizer_name", "unknown")), "verify")
                for r in results if r.end > r.start]

    def check(self, messages: Sequence[Message]) -> list[list[Finding]]:
        """Suspected findings per message: detected spans that overlap none of its replaced spans."""
        return [[f for f in self.findings(m.text)
                 if not any(f.start < end and start < f.end for start, end in m.replaced)]
                for m in messages]

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
