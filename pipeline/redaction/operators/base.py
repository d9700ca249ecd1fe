"""Records and keyed randomness shared by all redaction operators.

Every random choice an operator makes comes from a ``KeyedRng`` seeded with an HMAC of (secret subkey,
scope, purpose, normalized value): the same inputs give the same output in any process, worker or rerun,
and nothing is shared or mutated between values.
"""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Sequence, TypeVar

T = TypeVar("T")

ACTION_REPLACE = "replace"
ACTION_DROP_TURN = "drop_turn"
ACTION_DROP_CONVERSATION = "drop_conversation"
_SEP = b"\x1f"  # unit separator: keeps (scope, purpose, value) fields from running into each other
_U64 = 1 << 64


@dataclass(frozen=True, slots=True)
class ValueToReplace:
    """One detected value the redactor wants replaced.

    Attributes:
        value: The detected text exactly as it appears in the turn.
        entity_type: Entity type name (``recognizers.entities``).
        turn_index: Index of the turn it came from (0 for a standalone text).
        also_types: Other entity types that findings overlapping this value claimed (the planner then
            uses the most protective of their operators, ``type_rules.safest_operator``).
    """

    value: str
    entity_type: str
    turn_index: int
    also_types: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Replacement:
    """What to put in place of one value.

    Attributes:
        text: Replacement text (empty for drop actions).
        operator: Versioned operator name that produced it, e.g. ``surrogate.v1``.
        action: ``replace``, ``drop_turn`` or ``drop_conversation``.
    """

    text: str
    operator: str
    action: str = ACTION_REPLACE


class KeyedRng:
    """Deterministic random stream: SHA-256 in counter mode over an HMAC-derived seed.

    Own implementation (not ``random.Random``) so a published operator's output can never change with the
    Python version.
    """

    __slots__ = ("_seed", "_counter", "_pool")

    def __init__(self, seed: bytes) -> None:
        self._seed = seed
        self._counter = 0
        self._pool: list[int] = []

    def _next_u64(self) -> int:
        if not self._pool:
            block = hashlib.sha256(self._seed + self._counter.to_bytes(8, "big")).digest()
            self._counter += 1
            self._pool = [int.from_bytes(block[i:i + 8], "big") for i in range(24, -1, -8)]
        return self._pool.pop()

    def below(self, n: int) -> int:
        """A uniform integer in ``[0, n)`` (rejection sampling, no modulo bias)."""
        if n <= 0:
            raise ValueError("below() needs a positive bound")
        limit = _U64 - _U64 % n
        while True:
            x = self._next_u64()
            if x < limit:
                return x % n

    def between(self, low: int, high: int) -> int:
        """A uniform integer in ``[low, high]``."""
        return low + self.below(high - low + 1)

    def choice(self, seq: Sequence[T]) -> T:
        """A uniform element of a non-empty sequence."""
        return seq[self.below(len(seq))]

    def digits(self, count: int) -> str:
        """``count`` uniform decimal digits."""
        return "".join(str(self.below(10)) for _ in range(count))


def keyed_seed(subkey: bytes, scope: bytes, purpose: str, value: str) -> bytes:
    """HMAC-SHA256 of (scope, purpose, value) under ``subkey``: the seed of one keyed decision."""
    return hmac.digest(subkey, scope + _SEP + purpose.encode() + _SEP + value.encode("utf-8"), "sha256")


def keyed_rng(subkey: bytes, scope: bytes, purpose: str, value: str) -> KeyedRng:
    """A ``KeyedRng`` for one (scope, purpose, value)."""
    return KeyedRng(keyed_seed(subkey, scope, purpose, value))


def match_case(template: str, word: str) -> str:
    """Render ``word`` in the letter case of ``template`` (lower, UPPER or Title), e.g. for ASR text."""
    letters = [c for c in template if c.isalpha()]
    if not letters:
        return word
    if all(map(str.islower, letters)):
        return word.lower()
    if all(map(str.isupper, letters)) and len(letters) > 1:
        return word.upper()
    if letters[0].isupper():
        return word[:1].upper() + word[1:]
    return word
