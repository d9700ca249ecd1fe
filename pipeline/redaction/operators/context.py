"""Per-call planning context: scope, keyed randomness, name roles, tag numbers, the date offset.

Built once per ``plan_replacements`` call; holds only caches of pure functions of (key, scope, value),
so results never depend on call order or on other conversations.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from recognizers import entities as E
from recognizers.spoken.view import SpokenView

from pipeline.privacy.keys import PseudonymKey
from pipeline.redaction.operators.base import KeyedRng, ValueToReplace, keyed_rng
from pipeline.redaction.operators.names import ROLE_FIRST, draw_name, person_clusters, token_roles
from pipeline.config.redaction import RedactionPolicy
from pipeline.redaction.operators import spoken as S

_SEP = b"\x1f"
_TEXT_IDENTITY_TYPES = frozenset((E.PERSON, E.EMAIL_ADDRESS, E.STREET_ADDRESS))
NUMBER_TYPES = frozenset((E.PHONE_NUMBER, E.CREDIT_CARD, E.US_SSN, E.ZIP_CODE, E.ACCOUNT_NUMBER, E.AUTH_CODE))


class PlanContext:
    """Everything an operator needs besides the value itself."""

    __slots__ = ("items", "policy", "key", "conversation_id", "customer_id", "scope", "_sub", "name_evidence",
                 "_names", "_tags", "_offset", "_value_types")

    def __init__(self, items: Sequence[ValueToReplace], policy: RedactionPolicy, key: PseudonymKey,
                 conversation_id: str, customer_id: str | None) -> None:
        self.items = items
        self.policy = policy
        self.key = key
        self.conversation_id = conversation_id
        self.customer_id = customer_id
        # Conversation scope puts the conversation id into every keyed decision: unlinkable across them.
        self.scope = b"dataset" if policy.scope == "dataset" else b"conversation" + _SEP + conversation_id.encode()
        self._sub = key.subkey("surrogate")
        self.name_evidence = _name_evidence(items)
        self._names: dict[tuple[str, str], str] = {}
        self._tags: list[int] | None = None
        self._offset: int | None = None
        self._value_types: dict[str, str] | None = None

    def rng(self, purpose: str, value: str) -> KeyedRng:
        """Keyed random stream for (scope, purpose, value)."""
        return keyed_rng(self._sub, self.scope, purpose, value)

    def map_name(self, role: str, folded: str) -> str:
        """Surrogate for one name word in a role (pool case; caller applies the original's case)."""
        cached = self._names.get((role, folded))
        if cached is None:
            # In conversation scope a surrogate is no real name word of the conversation; dataset scope keeps
            # one surrogate per value everywhere, so it avoids only the value itself.
            taken = self.name_evidence if self.policy.scope == "conversation" else ()
            cached = draw_name(self.rng("name." + role, folded), role, folded, taken)
            self._names[(role, folded)] = cached
        return cached

    def initial_for(self, folded: str) -> str | None:
        """First letter of the surrogate of the first name word of the conversation this initial abbreviates.

        "J. Smith" after "John Smith" gives the initial of John's surrogate; None when no name word of
        the conversation starts with the letter.
        """
        candidates = [w for w, role in self.name_evidence.items() if w[:1] == folded and len(w) > 1]
        if not candidates:
            return None
        firsts = [w for w in candidates if self.name_evidence[w] == ROLE_FIRST]
        word = (firsts or candidates)[0]
        return self.map_name(self.name_evidence[word], word)[:1].casefold()

    def value_type(self, item: ValueToReplace) -> str:
        """The type of the first mention of this number in the plan (its own type for other values).

        "four one five ..." found as ACCOUNT_NUMBER and "415-..." found as PHONE_NUMBER are one value: both
        are imitated as the type it was first found as, so they get the same surrogate digits.
        """
        if item.entity_type not in NUMBER_TYPES:
            return item.entity_type
        if self._value_types is None:
            self._value_types = {}
            for other in self.items:
                if other.entity_type in NUMBER_TYPES:
                    self._value_types.setdefault(identity_key(other), other.entity_type)
        return self._value_types.get(identity_key(item), item.entity_type)

    def letter_rng(self, folded: str) -> KeyedRng:
        """Keyed stream for replacing one initial."""
        return self.rng("initial", folded)

    def tag_number(self, index: int) -> int:
        """1-based number of items[index] among values of its type (0 when numbering is off)."""
        if not self.policy.tag_numbering:
            return 0
        if self._tags is None:
            self._tags = _tag_numbers(self.items)
        return self._tags[index]

    def date_offset(self) -> int:
        """Keyed day offset for this conversation (or customer): in [-max, -1] or [1, max], never 0."""
        if self._offset is None:
            settings = self.policy.date_shift
            if settings.per == "customer" and self.customer_id:
                material = b"customer" + _SEP + self.customer_id.encode()
            else:
                material = b"conversation" + _SEP + self.conversation_id.encode()
            rng = keyed_rng(self.key.subkey("date_shift"), material, "offset", str(settings.max_days))
            magnitude = rng.between(1, settings.max_days)
            self._offset = magnitude if rng.below(2) else -magnitude
        return self._offset


def _name_evidence(items: Sequence[ValueToReplace]) -> dict[str, str]:
    """Roles multi-word PERSON values give their words; a word seen in both roles counts as a first name."""
    evidence: dict[str, str] = {}
    seen: set[str] = set()  # a value again changes nothing: its roles are already in (or made first)
    for item in items:
        if item.entity_type != E.PERSON or item.value in seen:
            continue
        seen.add(item.value)
        for word, role in token_roles(item.value).items():
            if evidence.get(word, role) != role:
                role = ROLE_FIRST
            evidence[word] = role
    return evidence


@lru_cache(maxsize=4096)
def identity_key(item: ValueToReplace) -> str:
    """What keys a value's keyed randomness: digits for numbers (spoken or written), else text."""
    # Names, e-mails and addresses are their text whatever digits they hold: skip parsing them.
    if item.entity_type not in _TEXT_IDENTITY_TYPES:
        digits = S.digit_string(S.parse_units(item.value))
        if digits:
            return digits
    return " ".join(item.value.casefold().split())


def _tag_key(item: ValueToReplace) -> str:
    """What makes two values "the same" for numbering: its letters and digits as written or spelled
    ("NE1 4ST" and "NE1 4SX" are two postcodes; "n e one four s t" is the first again)."""
    key = identity_key(item)
    if item.entity_type in _TEXT_IDENTITY_TYPES or item.entity_type in (E.DATE, E.DATE_OF_BIRTH):
        return key
    code = "".join(filter(str.isalnum, SpokenView.of(item.value).text.casefold()))  # "golf four" -> "g4"
    return code if any(map(str.isdigit, code)) else key


def _tag_numbers(items: Sequence[ValueToReplace]) -> list[int]:
    numbers = [0] * len(items)
    persons = [i for i, it in enumerate(items) if it.entity_type == E.PERSON]
    for i, cluster in zip(persons, person_clusters(items[i].value for i in persons)):
        numbers[i] = cluster + 1
    seen: dict[tuple[str, str], int] = {}
    counters: dict[str, int] = {}
    for i, item in enumerate(items):
        if item.entity_type == E.PERSON:
            continue
        k = (item.entity_type, _tag_key(item))
        if k not in seen:
            counters[item.entity_type] = counters.get(item.entity_type, 0) + 1
            seen[k] = counters[item.entity_type]
        numbers[i] = seen[k]
    return numbers
