"""The library facade: ``Redactor`` detects and redacts texts, conversations and Arrow tables."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

import pyarrow as pa

from pipeline.config.models import PipelineConfig, load_config
from pipeline.detection.conversation import detect_conversation, detect_conversations
from pipeline.detection.detector import Detector
from pipeline.detection.markup import encoded_replacement, is_json_export, plain_value
from pipeline.privacy.keys import PseudonymKey, load_key
from pipeline.redaction.operators import ValueToReplace, plan_replacements, policy_requires_real_key
from pipeline.records import Finding, RedactedText, Turn
from pipeline.redaction.conflicts import merge_claims
from pipeline.redaction.splice import apply_replacements

logger = logging.getLogger(__name__)

TurnLike = Mapping[str, Any] | Turn
ACTION_FAILED = "failed"
ON_ERROR_CHOICES = ("raise", "dead_letter")


class RedactionError(RuntimeError):
    """Detection or redaction failed. The message names the item and error type, never its text."""


def _as_turn(turn: TurnLike, index: int) -> Turn:
    if isinstance(turn, Turn):
        return turn
    if not isinstance(turn, Mapping):
        raise TypeError(f"turn {index}: expected a mapping with 'speaker' and 'text'")
    text = turn.get("text")
    if not isinstance(text, str):
        raise TypeError(f"turn {index}: 'text' must be a string, got {type(text).__name__}")
    speaker = turn.get("speaker")
    return Turn(speaker=str(speaker) if speaker is not None else "", text=text)


def _text_scope(text: str) -> str:
    # A standalone text is its own pseudonym scope, derived from content so reruns agree.
    return "text-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


class Redactor:
    """Detects personal data and replaces it per the configured redaction policy.

    Build once and reuse: construction loads spaCy and compiles every recognizer.
    """

    def __init__(self, config: PipelineConfig, key: PseudonymKey | None = None, *,
                 consent: Any = None) -> None:
        """Build the detector and load the key.

        Args:
            config: The validated configuration.
            key: Pseudonym key; default from env / key file (random per run when the policy allows).
            consent: Consent check for ``redact_conversation``: None uses ``config.consent.registry`` when
                set (loaded into memory), a registry path, or a callable ``customer_id -> drop reason |
                None`` (``pipeline.privacy.consent.allow_all`` when consent was enforced upstream).
        """
        from pipeline.privacy.consent import as_check

        self.config = config
        self.consent = as_check(consent, config.consent)
        if key is None:
            key = load_key(config.redaction.key_file,
                           allow_random=not policy_requires_real_key(config.redaction))
        self.key = key
        self.detector = Detector(config.detection)
        self.fingerprint = config.fingerprint(key.fingerprint)

    @classmethod
    def from_config(cls, path: str | Path | None = None, *, key: PseudonymKey | None = None,
                    consent: Any = None) -> "Redactor":
        """A Redactor from a YAML config file (``None``: the packaged defaults)."""
        return cls(load_config(path), key=key, consent=consent)

    # -- detection ---------------------------------------------------------------------------
    def detect(self, text: str) -> list[Finding]:
        """Findings in one standalone text (offsets into ``text``; never the values).

        The text is read as a one-turn conversation: names grow to the whole name and every other
        mention of a name or value found in it is found too.
        """
        return detect_conversation(self.detector, [Turn("", text)], self.config.detection)[0]

    # -- redaction ---------------------------------------------------------------------------
    def redact(self, text: str) -> RedactedText:
        """Detect and redact one standalone text."""
        return next(self.redact_batch([text]))

    def redact_batch(self, texts: Iterable[str], *, on_error: str = "raise") -> Iterator[RedactedText]:
        """Redact many independent texts, batching the spaCy work; yields in input order.

        Args:
            texts: The texts.
            on_error: ``raise`` (default): a failing text raises ``RedactionError`` naming its index and
                error type. ``dead_letter``: it yields an empty ``RedactedText`` with ``action="failed"``
                instead (fail closed: never the original text) and the batch goes on.
        """
        if on_error not in ON_ERROR_CHOICES:
            raise ValueError(f"on_error must be one of {ON_ERROR_CHOICES}")
        batch: list[str] = []
        start = 0
        for text in texts:
            if not isinstance(text, str):
                raise TypeError(f"text {start + len(batch)}: expected str, got {type(text).__name__}")
            batch.append(text)
            if len(batch) >= self.config.detection.batch_size:
                yield from self._redact_texts(batch, start, on_error)
                start += len(batch)
                batch = []
        if batch:
            yield from self._redact_texts(batch, start, on_error)

    def _redact_texts(self, texts: list[str], start: int, on_error: str) -> list[RedactedText]:
        try:
            conversations = detect_conversations(self.detector, [[Turn("", text)] for text in texts],
                                                 self.config.detection)
            return [self._redact_one_text(text, found[0]) for text, found in zip(texts, conversations)]
        except Exception:  # noqa: BLE001 - isolate the failing text below
            if len(texts) > 1:
                return [r for i, text in enumerate(texts) for r in self._redact_texts([text], start + i, on_error)]
            return [self._failed(start, on_error)]

    def _redact_one_text(self, text: str, findings: list[Finding]) -> RedactedText:
        return self.redact_detected([Turn("", text)], [findings], conversation_id=_text_scope(text))[0]

    @staticmethod
    def _failed(index: int, on_error: str) -> RedactedText:
        import sys

        error_type = type(sys.exc_info()[1]).__name__
        logger.warning("text %d failed: %s", index, error_type)
        if on_error == "raise":
            raise RedactionError(f"text {index}: redaction failed ({error_type})") from None
        return RedactedText("", (), (), ACTION_FAILED)

    def redact_conversation(self, turns: Sequence[TurnLike], *, conversation_id: str | None = None,
                            customer_id: str | None = None) -> list[RedactedText]:
        """Redact a conversation using context across turns; result ``i`` belongs to turn ``i``.

        Args:
            turns: ``[{"speaker": str, "text": str}, ...]`` (or ``Turn`` records).
            conversation_id: Pseudonym scope; defaults to one derived from the content.
            customer_id: Used when date shifting is per customer, and for the consent check: a
                refused conversation is never analyzed; every result is empty with ``action`` set to
                the reason (``consent_opted_out`` / ``consent_unknown``).
        """
        records = [_as_turn(t, i) for i, t in enumerate(turns)]
        refused = self.consent(customer_id) if self.consent is not None else None
        if refused:
            return [RedactedText("", (), (), refused) for _ in records]
        try:
            findings = detect_conversation(self.detector, records, self.config.detection)
            return self.redact_detected(records, findings, conversation_id=conversation_id,
                                        customer_id=customer_id)
        except Exception as err:  # noqa: BLE001 - the original message may quote transcript text
            raise RedactionError(f"conversation {conversation_id or '<unnamed>'}: redaction failed "
                                 f"({type(err).__name__})") from None

    def redact_detected(self, turns: Sequence[Turn], findings: Sequence[Sequence[Finding]], *,
                        conversation_id: str | None = None, customer_id: str | None = None
                        ) -> list[RedactedText]:
        """Apply the redaction policy to already-detected findings of one conversation."""
        scope = conversation_id or _text_scope("\x1e".join(t.text for t in turns))
        texts = [t.text for t in turns]
        # Overlapping findings become one span; the planner sees every type that claimed it.
        claims = [merge_claims(fs) for fs in findings]
        flat = [(i, f, also) for i, cs in enumerate(claims) for f, also in cs]
        # An operator reads a value as its export's reader does and writes its replacement the export's way
        # (HTML entities and JSON escapes: markup.plain_value).
        exports = [is_json_export(text) for text in texts]
        items = [ValueToReplace(value=plain_value(texts[i][f.start:f.end], exports[i]), entity_type=f.entity_type,
                                turn_index=i, also_types=also) for i, f, also in flat]
        plans = plan_replacements(items, self.config.redaction, self.key, scope, customer_id)
        per_turn: list[list] = [[] for _ in turns]
        for (i, _, _), plan in zip(flat, plans):
            per_turn[i].append(replace(plan, text=encoded_replacement(plan.text, True)) if exports[i] else plan)
        results = [apply_replacements(texts[i], [f for f, _ in claims[i]], per_turn[i]) for i in range(len(turns))]
        if any(r.action == "drop_conversation" for r in results):
            results = [RedactedText("", r.findings, (), "drop_conversation") for r in results]
        return results

    # -- tables ------------------------------------------------------------------------------
    def redact_table(self, table: pa.Table, text_column: str = "text", *,
                     conversation_column: str | None = None, speaker_column: str | None = None,
                     output_column: str | None = None) -> pa.Table:
        """Redact a text column of an Arrow table.

        Rows are independent texts unless ``conversation_column`` is given: then rows sharing a
        conversation id are redacted together in table order (cross-turn context, one pseudonym
        scope). Adds ``<output>`` (default: replaces ``text_column``) and ``pii_entities``
        (positions in the sanitized text); a dropped turn's text becomes null. Null texts stay null.
        """
        from pipeline.redaction.table import redact_arrow_table

        return redact_arrow_table(self, table, text_column, conversation_column, speaker_column,
                                  output_column)
