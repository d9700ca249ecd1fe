"""The ``dev_c`` conversation profile: the slots of ``generate_transcripts.Profile`` plus third persons,
postcodes, card expiry / CVV / last four, references and corrections, rendered by ``_values_dev_c``."""
from __future__ import annotations

import random
from typing import Callable

from benchmarks import _values_dev_c as C
from benchmarks.generate_transcripts import SLOT_LABELS, Profile
from recognizers import entities as E

LABELS_C = {
    **SLOT_LABELS,
    "OTHER": E.PERSON, "OTHERFIRST": E.PERSON, "SPELLFIRST": E.PERSON, "MIDDLE": E.PERSON,
    "PHONE_OOPS": E.PHONE_NUMBER, "DOB_OOPS": E.DATE_OF_BIRTH, "POSTCODE": E.POSTCODE,
    "EXPIRY": E.CARD_EXPIRY, "CVV": E.CARD_CVV, "CARD4": E.CREDIT_CARD, "BOOKING": E.ACCOUNT_NUMBER,
    "CLAIM": E.ACCOUNT_NUMBER, "RX": E.ACCOUNT_NUMBER, "SORTACCT": E.ACCOUNT_NUMBER,
}


class ProfileC(Profile):
    LABELS = LABELS_C

    def __init__(self, customer, agent, style: str, rng: random.Random, other=None) -> None:
        super().__init__(customer, agent, style, rng)
        self.other = other or agent

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileC":
        return cls(names.name(origin), names.name(origin), style, rng, other=names.name(origin))

    def origin(self, slot: str) -> str | None:
        if LABELS_C.get(slot) != E.PERSON:
            return None
        if slot == "AGENT":
            return self.agent.origin
        return self.other.origin if slot.startswith("OTHER") else self.customer.origin

    def _render(self, slot: str) -> str:
        s, rng, cust = self.style, self.rng, self.customer
        person = C.V.person
        makers: dict[str, Callable[[], str]] = {
            "OTHER": lambda: person(self.other, "full", s),
            "OTHERFIRST": lambda: person(self.other, "first", s),
            "MIDDLE": lambda: person(cust, "full", s).split()[1] if cust.middle else person(cust, "first", s),
            "SPELLED": lambda: C.spelled_irregular(cust.last, rng, s),
            "SPELLFIRST": lambda: C.spelled_irregular(cust.first, rng, s),
            "PHONE": lambda: C.phone(rng, s),
            "PHONE_OOPS": lambda: " ".join(C.phone(rng, s).split()[:3]),
            "EMAIL": lambda: C.email(cust, rng, s),
            "DOB": lambda: C.date_of_birth(rng, s),
            "DOB_OOPS": lambda: C.date_of_birth(rng, s),
            "ADDRESS": lambda: C.street_address(rng, s),
            "POSTCODE": lambda: C.postcode(rng, s),
            "EXPIRY": lambda: C.expiry(rng, s),
            "CVV": lambda: C.cvv(rng, s),
            "BOOKING": lambda: C.reference("booking", rng, s),
            "CLAIM": lambda: C.reference("claim", rng, s),
            "RX": lambda: C.reference("rx", rng, s),
            "SORTACCT": lambda: C.reference("sort", rng, s),
        }
        if slot in ("CARD", "CARD4"):
            full, last4 = C.card(rng, s)
            self._values.setdefault("CARD", full)
            self._values.setdefault("CARD4", last4)
            return self._values[slot]
        if slot in makers:
            return makers[slot]()
        return super()._render(slot)
