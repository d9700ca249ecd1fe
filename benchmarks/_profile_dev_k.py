"""The ``dev_k`` conversation profile: the account holder, maybe a caller speaking for them, a third person,
the agent, a country (UK / US / AU / NZ / ZA) and one raw value per kind, rendered afresh at each mention.

Slots: ``BASE`` a mention; ``_1`` / ``_2`` two pieces of one value (two messages, or two turns); ``_RB`` the
agent's clean read-back; ``_END4`` last four; ``_L1`` / ``_TOWN`` address parts; ``_URL`` the value as it sits
in a link's query string. Persons: ``NAME GIVEN SURNAME SPELT CALLER CALLERGIVEN THIRD THIRDSURNAME STAFF``.
Lower-case slots are unlabelled words (``PLAIN``) or neutral look-alikes (``_distractors_dev_k``).
"""
from __future__ import annotations

import random
import re
from urllib.parse import quote, quote_plus

from benchmarks import _speech_dev_k as S
from benchmarks import _typing_dev_k as T
from benchmarks import _values_dev_k as K
from benchmarks._distractors_dev_k import distractor
from benchmarks._templates_values import iban
from benchmarks.generate_transcripts import Profile
from recognizers import entities as E

PERSONS = ("NAME", "GIVEN", "SURNAME", "SPELT", "CALLER", "CALLERGIVEN", "THIRD", "THIRDSURNAME", "STAFF")
KINDS = {"DOB": E.DATE_OF_BIRTH, "TEL": E.PHONE_NUMBER, "MAIL": E.EMAIL_ADDRESS, "ADDR": E.STREET_ADDRESS,
         "CARD": E.CREDIT_CARD, "EXP": E.CARD_EXPIRY, "CVV": E.CARD_CVV, "CODE": E.AUTH_CODE, "BSB": E.ACCOUNT_NUMBER,
         "ACCT": E.ACCOUNT_NUMBER, "REF": E.ACCOUNT_NUMBER, "IBAN": E.IBAN_CODE}
_SLOT = re.compile(r"^([A-Z]+?)(_1|_2|_RB|_END4|_L1|_TOWN|_URL)?$")
PLAIN = frozenset({"title", "thing", "rel", "role", "branch"})
_BRANCH = {"uk": "sort code", "us": "routing number", "au": "BSB", "nz": "bank and branch number", "za": "branch code"}
_SHORT = {"please": "pls", "thanks": "thx", "you": "u", "are": "r", "your": "ur", "because": "cos", "okay": "ok",
          "tomorrow": "tmrw", "message": "msg", "number": "no", "reference": "ref", "account": "acc", "birthday": "bday"}
_TAILS = (" 🙏", " 😊", " 👍", " 😅", " 🙄", " 😭", " 🤞", " lol", " !!", " x")
_RELS = {"Mr": ("dad", "father", "husband", "grandad", "brother", "partner", "patient"),
         "Dr": ("partner", "client", "patient", "neighbour"),
         "": ("mum", "mother", "wife", "grandmother", "sister", "partner", "patient")}


class ProfileK(Profile):
    PLAIN = PLAIN
    thing = "the account"

    def __init__(self, customer, agent, style: str, rng: random.Random, caller=None, third=None) -> None:
        super().__init__(customer, agent, style, rng)
        self.caller, self.third = caller or customer, third or agent
        self.country = rng.choice(K.COUNTRIES)
        self.casual = style == "chat" and rng.random() < 0.6
        self.rel = rng.choice(_RELS.get(customer.title, _RELS[""]))
        self.role = rng.choice(("Dr", "the engineer,", "our neighbour", "the vet,", "my GP, Dr"))
        self._raw: dict[str, object] = {}

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileK":
        return cls(names.name(origin), names.name(origin), style, rng, third=names.name(origin))

    @property
    def asr(self) -> bool:
        return self.style == "asr"

    @property
    def typing(self) -> bool:
        return self.casual and self.speaker == "customer"

    def label(self, slot: str) -> str:
        if slot in PERSONS or slot.startswith("URL"):
            return E.PERSON
        base = _SLOT.match(slot).group(1)
        if base == "POST":
            return E.ZIP_CODE if self.country == "us" else E.POSTCODE
        if base == "NATID":
            return E.US_SSN if self.country == "us" else E.NATIONAL_ID
        return KINDS[base]

    def origin(self, slot: str) -> str | None:
        if self.label(slot) != E.PERSON:
            return None
        if slot.startswith("STAFF"):
            return self.agent.origin
        if slot.startswith("THIRD"):
            return self.third.origin
        return self.caller.origin if slot.startswith("CALLER") else self.customer.origin

    def plain(self, slot: str) -> str:
        word = {"thing": self.thing, "title": self.customer.title, "rel": self.rel, "role": self.role,
                "branch": _BRANCH[self.country]}[slot]
        return word + "." if slot == "title" and self.asr and word != "Miss" and self.rng.random() < 0.7 else word

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        return distractor(kind, rng, style, self.country)

    def literal(self, text: str, rng: random.Random) -> str:
        """Template words: casual typing for most chat customers; ASR words as printed (disfluencies added
        by the renderer)."""
        if not self.typing:
            return text
        text = text.lower() if rng.random() < 0.7 else text
        text = re.sub(r"date of birth", "dob", text) if rng.random() < 0.6 else text
        text = re.sub(r"[A-Za-z]+", lambda m: _SHORT.get(m.group(), m.group()) if rng.random() < 0.4 else m.group(), text)
        if rng.random() < 0.3:
            text = re.sub(r"[.!]\s*$", rng.choice(_TAILS), text)
        return text.replace("'", "") if rng.random() < 0.4 else text

    # -- values ----------------------------------------------------------------------------------------------
    def value(self, slot: str) -> str:
        """Persons and values are said afresh each time (the engine or the thumbs may differ)."""
        return self._person(slot) if slot in PERSONS or slot.startswith("URL") else self._render(slot)

    def _name_text(self, text: str) -> str:
        if self.asr:
            return " ".join(S.name(p, self.rng) for p in text.split(" "))
        if self.typing and self.rng.random() < 0.5:
            return K.fold(text).lower() if self.rng.random() < 0.5 else text.lower()
        return text

    def _person(self, slot: str) -> str:
        c, rng = self.customer, self.rng
        if slot == "SPELT":
            if self.asr:
                return S.spell(c.last, rng)
            letters = [ch.upper() for ch in K.fold(c.last) if ch.isalpha()]
            return rng.choice(("-".join(letters), " ".join(letters), "".join(letters)))
        if slot.startswith("URL"):
            part = {"URLNAME": f"{c.first} {c.last}", "URLGIVEN": c.first, "URLSURNAME": c.last}[slot]
            return quote_plus(K.fold(part)) if rng.random() < 0.7 else quote(K.fold(part))
        person, part = {"NAME": (c, "full"), "GIVEN": (c, "first"), "SURNAME": (c, "last"), "CALLER": (self.caller, "full"),
                        "CALLERGIVEN": (self.caller, "first"), "THIRD": (self.third, "full"),
                        "THIRDSURNAME": (self.third, "last"), "STAFF": (self.agent, "first")}[slot]
        text = {"full": person.full, "first": person.first, "last": person.last}[part]
        return self._name_text(text)

    def _rawv(self, base: str):
        if base not in self._raw:
            rng, c, co = self.rng, self.customer, self.country
            self._raw[base] = {
                "DOB": lambda: K.dob(rng), "TEL": lambda: K.phone(co, rng), "MAIL": lambda: K.email(c.first, c.last, rng),
                "POST": lambda: K.postcode(co, rng), "ADDR": lambda: K.address(co, rng), "CARD": lambda: K.card(rng),
                "EXP": lambda: (f"{rng.randint(1, 12):02d}", str(rng.randint(2026, 2032))),
                "CVV": lambda: K.digits(rng, 4 if rng.random() < 0.15 else 3), "CODE": lambda: K.digits(rng, 6),
                "NATID": lambda: K.national_id(co, rng, self._rawv("DOB")), "BSB": lambda: K.bank(co, rng)[0],
                "ACCT": lambda: K.bank(co, rng)[1], "REF": lambda: K.reference(rng, self.ref_prefix),
                "IBAN": lambda: iban(rng, "chat").replace(" ", ""),
            }[base]()
        return self._raw[base]

    ref_prefix = "REF"

    def _render(self, slot: str) -> str:
        base, part = _SLOT.match(slot).groups()
        raw, rng = self._rawv(base), self.rng
        R = S if self.asr else T
        clean = part == "_RB"
        if base == "DOB":
            if part in ("_1", "_2"):
                d, m, y = raw
                if part == "_2":
                    return str(y) if not self.asr or rng.random() < 0.6 else f"{S.num(y // 100)} {S.num(y % 100)}"
                return f"{d:02d}/{m:02d}" if not self.asr else f"{S.ordinal(d)} of {S.MONTHS[m - 1]}"
            return R.date_of_birth(raw, rng, clean, self.country == "us")
        if base == "TEL" and part in ("_1", "_2"):
            flat = "".join(raw[1])
            return flat[:5] if part == "_1" else flat[5:]
        if base == "MAIL" and part == "_URL":
            return quote(f"{raw[0]}@{raw[1]}", safe="") if rng.random() < 0.7 else f"{raw[0]}@{raw[1]}"
        if base == "ADDR":
            first, town = R.address(raw, rng, clean)
            return first if part == "_L1" else town if part == "_TOWN" else f"{first}, {town}"
        if base == "CARD":
            flat = "".join(raw)
            if part == "_END4":
                return flat[-4:]
            if part in ("_1", "_2"):
                return " ".join(raw[:2]) if part == "_1" else " ".join(raw[2:])
            return S.card(raw, rng, clean) if self.asr else T.card(raw, rng, clean)
        if base == "EXP":
            return R.expiry(*raw, rng, clean)
        if base in ("TEL", "MAIL", "POST", "NATID"):
            fn = {"TEL": R.phone, "POST": R.postcode, "NATID": R.national_id}.get(base)
            return fn(raw, rng, clean) if fn else R.email(*raw, rng, clean)
        if base == "REF":
            return raw if clean or not self.asr or rng.random() < 0.5 else S.spell(raw[:3], rng, 0.0) + raw[3:]
        if base == "IBAN":
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if clean or rng.random() < 0.5 else raw
        groups = {"BSB": [raw[:3], raw[3:]] if self.country == "au" else [raw[:2], raw[2:4], raw[4:]],
                  "CODE": [raw[:3], raw[3:]], "ACCT": [raw[:4], raw[4:]]}.get(base, [raw])
        if base == "BSB" and self.country in ("us", "za", "nz"):
            groups = [raw]
        return S.digits(groups, rng, clean) if self.asr else T.grouped(groups, rng, clean)
