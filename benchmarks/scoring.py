"""Type-agnostic scoring of predicted spans against gold spans.

A redacted span protects whatever is under it, so types are ignored when matching:

* **recall** (entity level): a gold entity is *protected* when at least ``PROTECT_FRACTION`` of its letters
  and digits lie inside predicted spans;
* **precision** (character level): of the letters and digits inside predicted spans, the share that lies
  inside a gold span. Characters inside ``NEUTRAL`` gold spans count neither way;
* **F2** weighs recall four times as much as precision (``beta = 2``): a missed SSN costs more than a
  redacted price;
* **strict recall**: a gold entity counts only when every letter/digit-bearing word of it lies wholly
  inside predicted spans (``Richard J. Leary`` with ``Leary`` missed is not protected);
* **output leak rate** (needs the sanitized text of the turn): the share of gold entities any identifying
  unit of which (a 3+-letter word, 4 digits in a row, a mixed letter-digit token; see
  ``benchmarks.leak_units``) survives in the sanitized text after the redaction policy ran. The year of a
  date of birth is exempt: the default policy keeps it by name (``date_of_birth: year``);
* **partial-name leak rate**: the share of PERSON entities some but not all of whose units survive.

Only letters and digits are counted so spaces and punctuation at span edges do not move the numbers.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from benchmarks.leak_units import surviving

NEUTRAL = "NEUTRAL"
PROTECT_FRACTION = 0.8
BETA = 2.0
PERSON = "PERSON"
# Types whose year the default policy keeps by name (configs/default.yaml: ``date_of_birth: year``,
# ``date: year``).
YEAR_KEPT = frozenset({"DATE_OF_BIRTH", "DATE"})

Span = tuple[int, int]


def _alnum_positions(text: str, start: int, end: int) -> list[int]:
    return [i for i in range(max(start, 0), min(end, len(text))) if text[i].isalnum()]


def covered_mask(length: int, spans: Iterable[Span]) -> list[bool]:
    """Which character positions are inside at least one span."""
    mask = [False] * length
    for start, end in spans:
        for i in range(max(start, 0), min(end, length)):
            mask[i] = True
    return mask


def is_protected(text: str, gold: Span, predicted_mask: Sequence[bool],
                 fraction: float = PROTECT_FRACTION) -> bool:
    """True when at least ``fraction`` of the gold span's letters/digits are predicted.

    A gold span with no letters or digits is protected when any of its characters is predicted.
    """
    positions = _alnum_positions(text, *gold) or list(range(gold[0], min(gold[1], len(text))))
    if not positions:
        return False
    hit = sum(1 for i in positions if predicted_mask[i])
    return hit / len(positions) >= fraction - 1e-9


def is_strictly_protected(text: str, gold: Span, predicted_mask: Sequence[bool]) -> bool:
    """True when every letter/digit-bearing word of the gold span is wholly inside predicted spans."""
    start, end = max(gold[0], 0), min(gold[1], len(text))
    words = [m for m in re.finditer(r"\S+", text[start:end]) if any(c.isalnum() for c in m.group())]
    if not words:
        return is_protected(text, gold, predicted_mask)
    return all(predicted_mask[start + m.start() + i]
               for m in words for i, c in enumerate(m.group()) if c.isalnum())


@dataclass(frozen=True, slots=True)
class Leak:
    """Units of one gold entity that survived in the sanitized text."""

    survived: int
    total: int

    @property
    def leaked(self) -> bool:
        return self.survived > 0

    @property
    def partial(self) -> bool:
        return 0 < self.survived < self.total


def entity_leak(value: str, label: str, sanitized: str) -> Leak:
    """How much of ``value`` (a gold entity's text) survives in ``sanitized``."""
    return Leak(*surviving(value, sanitized, keep_years=label in YEAR_KEPT))


@dataclass
class Tally:
    """Running counts; add texts with :meth:`add`, read metrics from the properties."""

    gold_by_label: Counter = field(default_factory=Counter)
    protected_by_label: Counter = field(default_factory=Counter)
    strict_by_label: Counter = field(default_factory=Counter)
    leak_checked_by_label: Counter = field(default_factory=Counter)  # entities scored for leaks
    leaked_by_label: Counter = field(default_factory=Counter)
    partial_by_label: Counter = field(default_factory=Counter)  # PERSON only
    predicted_chars: int = 0  # predicted letters/digits outside NEUTRAL spans
    true_chars: int = 0  # ... of which inside a (non-NEUTRAL) gold span
    texts: int = 0

    def add(self, text: str, gold: Iterable[Mapping], predicted: Iterable[Span],
            sanitized: str | None = None) -> list[bool]:
        """Score one text; ``gold`` items have ``start``, ``end``, ``label``. ``sanitized``: the text
        after redaction (leak metrics are only counted when it is given). Returns protected flags for the
        non-NEUTRAL gold spans in input order (handy for per-group breakdowns)."""
        gold = list(gold)
        mask = covered_mask(len(text), predicted)
        personal = [g for g in gold if g["label"] != NEUTRAL]
        gold_mask = covered_mask(len(text), ((g["start"], g["end"]) for g in personal))
        neutral_mask = covered_mask(len(text), ((g["start"], g["end"]) for g in gold
                                                if g["label"] == NEUTRAL))
        for i, ch in enumerate(text):
            if mask[i] and ch.isalnum() and not (neutral_mask[i] and not gold_mask[i]):
                self.predicted_chars += 1
                self.true_chars += gold_mask[i]
        flags = []
        for g in personal:
            ok = is_protected(text, (g["start"], g["end"]), mask)
            self.gold_by_label[g["label"]] += 1
            self.protected_by_label[g["label"]] += ok
            self.strict_by_label[g["label"]] += is_strictly_protected(text, (g["start"], g["end"]), mask)
            if sanitized is not None:
                self.add_leak(g["label"], entity_leak(text[g["start"]:g["end"]], g["label"], sanitized))
            flags.append(ok)
        self.texts += 1
        return flags

    def add_leak(self, label: str, leak: Leak) -> None:
        self.leak_checked_by_label[label] += 1
        self.leaked_by_label[label] += leak.leaked
        if label == PERSON:
            self.partial_by_label[label] += leak.partial

    def merge(self, other: "Tally") -> None:
        self.gold_by_label.update(other.gold_by_label)
        self.protected_by_label.update(other.protected_by_label)
        self.strict_by_label.update(other.strict_by_label)
        self.leak_checked_by_label.update(other.leak_checked_by_label)
        self.leaked_by_label.update(other.leaked_by_label)
        self.partial_by_label.update(other.partial_by_label)
        self.predicted_chars += other.predicted_chars
        self.true_chars += other.true_chars
        self.texts += other.texts

    @property
    def gold(self) -> int:
        return sum(self.gold_by_label.values())

    @property
    def recall(self) -> float:
        """Share of gold entities protected (1.0 when there is nothing to find)."""
        return sum(self.protected_by_label.values()) / self.gold if self.gold else 1.0

    @property
    def strict_recall(self) -> float:
        """Share of gold entities with every word covered."""
        return sum(self.strict_by_label.values()) / self.gold if self.gold else 1.0

    @property
    def leak_rate(self) -> float | None:
        """Share of gold entities a unit of which survives in the output (None: not measured)."""
        checked = sum(self.leak_checked_by_label.values())
        return sum(self.leaked_by_label.values()) / checked if checked else None

    @property
    def partial_name_leak_rate(self) -> float | None:
        """Share of PERSON entities some but not all units of which survive (None: no PERSON checked)."""
        checked = self.leak_checked_by_label[PERSON]
        return self.partial_by_label[PERSON] / checked if checked else None

    @property
    def precision(self) -> float:
        """Share of predicted letters/digits that are personal data (1.0 when nothing was predicted)."""
        return self.true_chars / self.predicted_chars if self.predicted_chars else 1.0

    @property
    def f2(self) -> float:
        return f_beta(self.precision, self.recall, BETA)

    def recall_by_label(self) -> dict[str, float]:
        return {label: self.protected_by_label[label] / n for label, n in sorted(self.gold_by_label.items())}

    def as_dict(self) -> dict:
        out = {
            "texts": self.texts, "gold_entities": self.gold,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f2": round(self.f2, 4), "strict_recall": round(self.strict_recall, 4),
            "predicted_chars": self.predicted_chars, "false_alarm_chars": self.predicted_chars - self.true_chars,
            "recall_by_label": {k: round(v, 4) for k, v in self.recall_by_label().items()},
            "strict_recall_by_label": {k: round(self.strict_by_label[k] / n, 4)
                                       for k, n in sorted(self.gold_by_label.items())},
            "support_by_label": dict(sorted(self.gold_by_label.items())),
        }
        if self.leak_rate is not None:
            out["leak_rate"] = round(self.leak_rate, 4)
            out["partial_name_leak_rate"] = (None if self.partial_name_leak_rate is None
                                             else round(self.partial_name_leak_rate, 4))
            out["leak_rate_by_label"] = {k: round(self.leaked_by_label[k] / n, 4)
                                         for k, n in sorted(self.leak_checked_by_label.items())}
        return out


def f_beta(precision: float, recall: float, beta: float = BETA) -> float:
    """F-beta; 0.0 when both inputs are 0."""
    b2 = beta * beta
    denominator = b2 * precision + recall
    return (1 + b2) * precision * recall / denominator if denominator else 0.0


def distractor_hits(text: str, distractors: Iterable[Mapping], predicted: Iterable[Span]) -> tuple[int, int]:
    """(distractors touched by a prediction, distractors): a touched price or menu option is a false alarm
    a reader of the training data will notice."""
    mask = covered_mask(len(text), predicted)
    distractors = list(distractors)
    touched = sum(1 for d in distractors
                  if any(mask[i] for i in _alnum_positions(text, d["start"], d["end"])))
    return touched, len(distractors)
