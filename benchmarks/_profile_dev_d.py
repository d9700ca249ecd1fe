"""The ``dev_d`` conversation profile: the slots of ``generate_transcripts.Profile`` plus third persons,
nicknames and titles, values split across turns, false starts, dates, national ids, IP addresses and the
identifiers of the dev_d domains, rendered by ``_values_dev_d``; half of the chat conversations are casual
(lower case, no apostrophes, ``u``/``pls``/``thx``, emoji), names included."""
from __future__ import annotations

import random
import re
from typing import Callable

from benchmarks import _values_dev_c as C
from benchmarks import _values_dev_d as D
from benchmarks._templates_values import ASR, CHAT, person
from benchmarks.generate_transcripts import SLOT_LABELS, Profile
from recognizers import entities as E

_REFERENCES = ("METER", "TRACKING", "MORTGAGE", "CHIP", "UTR", "TENANCY", "STUDENT", "DONOR", "ETICKET",
               "MEMBERSHIP")
LABELS_D = {
    **SLOT_LABELS,
    "OTHER": E.PERSON, "OTHERFIRST": E.PERSON, "OTHERLAST": E.PERSON, "SPELLFIRST": E.PERSON,
    "SPELLNATO": E.PERSON, "NICK": E.PERSON, "PHONE_A": E.PHONE_NUMBER, "PHONE_B": E.PHONE_NUMBER,
    "PHONE_HEAD": E.PHONE_NUMBER, "EMAIL_A": E.EMAIL_ADDRESS, "EMAIL_B": E.EMAIL_ADDRESS,
    "CARD_A": E.CREDIT_CARD, "CARD_B": E.CREDIT_CARD, "CARD4": E.CREDIT_CARD, "DOB_OOPS": E.DATE_OF_BIRTH,
    "DATE": E.DATE, "POSTCODE": E.POSTCODE, "EXPIRY": E.CARD_EXPIRY, "CVV": E.CARD_CVV,
    "NATID": E.NATIONAL_ID, "IP": E.IP_ADDRESS, **{k: E.ACCOUNT_NUMBER for k in _REFERENCES},
}
_TYPOS = {"you": "u", "your": "ur", "please": "pls", "thanks": "thx", "because": "cos", "account": "acc",
          "tomorrow": "tmrw", "okay": "ok", "address": "adress", "number": "numbr", "received": "recieved",
          "really": "rly", "definitely": "definately", "know": "kno", "right": "rite"}
_EMOJI = ("", "", " 🙏", " 😅", " 👍", " :)", " lol", " 😡", "!!", " x")


class ProfileD(Profile):
    LABELS = LABELS_D
    PLAIN = frozenset({"title"})

    def __init__(self, customer, agent, style: str, rng: random.Random, other=None) -> None:
        super().__init__(customer, agent, style, rng)
        self.other = other or agent
        self.casual = style == CHAT and rng.random() < 0.5

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileD":
        return cls(names.name(origin), names.name(origin), style, rng, other=names.name(origin))

    def origin(self, slot: str) -> str | None:
        if LABELS_D.get(slot) != E.PERSON:
            return None
        if slot == "AGENT":
            return self.agent.origin
        return self.other.origin if slot.startswith("OTHER") else self.customer.origin

    def plain(self, slot: str) -> str:
        title = self.customer.title
        return title.lower() if self.style == ASR or self._casual_now else title

    @property
    def _casual_now(self) -> bool:
        return self.casual and self.speaker == "customer"  # agents type properly

    def chat_literal(self, text: str, rng: random.Random) -> str:
        if not self._casual_now:
            return text
        text = text.lower().replace("'", "").replace("’", "")
        text = re.sub(r"[a-z]+", lambda m: _TYPOS[m.group()] if m.group() in _TYPOS and rng.random() < 0.5
                      else m.group(), text)
        return re.sub(r"[.!]( |$)", lambda m: rng.choice(_EMOJI) + m.group(1), text)

    def _person(self, name, part: str) -> str:
        text = person(name, part, self.style)
        return text.lower() if self._casual_now else text

    def _pair(self, whole: str, a: str, b: str, render: Callable[[], str]) -> str:
        """Slots ``a`` and ``b`` are the two halves of one value (split across turns)."""
        if a not in self._values:
            self._values[a], self._values[b] = D.split_words(render(), self.rng)
        return self._values[whole]

    def _render(self, slot: str) -> str:
        s, rng, cust = self.style, self.rng, self.customer
        makers: dict[str, Callable[[], str]] = {
            "FULL": lambda: self._person(cust, "full"),
            "FIRST": lambda: self._person(cust, "first"),
            "LAST": lambda: self._person(cust, "last"),
            "AGENT": lambda: self._person(self.agent, "first"),
            "OTHER": lambda: self._person(self.other, "full"),
            "OTHERFIRST": lambda: self._person(self.other, "first"),
            "OTHERLAST": lambda: self._person(self.other, "last"),
            "NICK": lambda: (cust.nick.lower() if self._casual_now or s == ASR else cust.nick) or
            self._person(cust, "first"),
            "SPELLED": lambda: C.spelled_irregular(cust.last, rng, s),
            "SPELLNATO": lambda: D.spelled_as_in(cust.last, rng, s),
            "SPELLFIRST": lambda: D.spelled_as_in(cust.first, rng, s),
            "PHONE": lambda: D.phone(rng, s),
            "PHONE_HEAD": lambda: (" ".join(D.phone(rng, s).split()[:2]) if s == ASR
                                   else D.phone(rng, s).replace(" ", "")[:5]),
            "EMAIL": lambda: D.email(cust, rng, s),
            "DOB": lambda: D.date(rng, s, (1936, 2007)),
            "DOB_OOPS": lambda: D.date(rng, s, (1936, 2007)),
            "DATE": lambda: D.date(rng, s, (2019, 2026)),
            "ADDRESS": lambda: D.street_address(rng, s),
            "ZIP": lambda: D.zip_code(rng, s),
            "POSTCODE": lambda: C.postcode(rng, s),
            "EXPIRY": lambda: C.expiry(rng, s),
            "CVV": lambda: C.cvv(rng, s),
            "NATID": lambda: D.national_id(rng, s),
            "IP": lambda: D.ip_address(rng, s),
            "CODE": lambda: D.auth_code(rng, s, 6),
            "PIN": lambda: D.auth_code(rng, s, 4),
            **{k: (lambda k=k: D.reference(k.lower(), rng, s)) for k in _REFERENCES},
        }
        if slot in ("PHONE_A", "PHONE_B"):
            return self._pair(slot, "PHONE_A", "PHONE_B", lambda: D.phone(rng, s))
        if slot in ("EMAIL_A", "EMAIL_B"):
            if s == CHAT:  # a chat user re-sends the whole address rather than splitting it
                return self._values.setdefault("EMAIL", D.email(cust, rng, s))
            return self._pair(slot, "EMAIL_A", "EMAIL_B", lambda: D.email(cust, rng, s))
        if slot in ("CARD", "CARD4", "CARD_A", "CARD_B"):
            if "CARD" not in self._values:
                full, last4 = C.card(rng, s)
                self._values["CARD"], self._values["CARD4"] = full, last4
                if " " in full:
                    halves = D.split_words(full, rng)
                elif "-" in full:
                    halves = (full[:9], full[10:])
                else:
                    halves = (full[:8], full[8:])
                self._values["CARD_A"], self._values["CARD_B"] = halves
            return self._values[slot]
        if slot in makers:
            return makers[slot]()
        return super()._render(slot)
