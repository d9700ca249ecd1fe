"""The ``dev_j`` conversation profile: one raw value per kind, said afresh at each mention.

Slot grammar: ``BASE`` a mention, ``BASE2`` a second value of the kind; ``_1`` .. ``_3`` consecutive pieces of
one mention in separate turns (each its own span); ``_RB`` the agent reading it back; ``_END4`` its last four;
``_WRONG`` a wrong form (labelled like the value); ``_DM`` / ``_Y`` day-and-month / year of a birth date;
``_L1`` / ``_TOWN`` parts of an address. Persons: ``NAME GIVEN SURNAME SPELT NICK WRONGNAME STAFF STAFFSURNAME
THIRD THIRDGIVEN``. Lower-case slots: ``title`` and ``thing`` (unlabelled words) or neutral distractors.
"""
from __future__ import annotations

import random
import re

from benchmarks import _places_dev_j as P
from benchmarks import _templates_values as V
from benchmarks import _values_dev_j as J
from benchmarks._distractors_dev_j import distractor
from benchmarks.generate_transcripts import Profile
from recognizers import entities as E

KINDS = {"EXP": E.CARD_EXPIRY, "CODE": E.AUTH_CODE, "PIN": E.AUTH_CODE, "CARD": E.CREDIT_CARD, "CVV": E.CARD_CVV,
         "ACCT": E.ACCOUNT_NUMBER, "SORT": E.ACCOUNT_NUMBER, "REF": E.ACCOUNT_NUMBER, "TEL": E.PHONE_NUMBER,
         "MAIL": E.EMAIL_ADDRESS, "DOB": E.DATE_OF_BIRTH, "ADDR": E.STREET_ADDRESS, "POST": E.POSTCODE,
         "NI": E.NATIONAL_ID, "SSN": E.US_SSN, "IBAN": E.IBAN_CODE}
PERSONS = ("NAME", "GIVEN", "SURNAME", "SPELT", "NICK", "WRONGNAME", "STAFF", "STAFFSURNAME", "THIRD", "THIRDGIVEN")
_SLOT = re.compile(r"^([A-Z]+?)(2?)(_1|_2|_3|_RB|_END4|_WRONG|_DM|_Y|_L1|_TOWN)?$")
_SHORT = {"please": "pls", "thanks": "thx", "you": "u", "are": "r", "your": "ur", "tomorrow": "tmrw", "okay": "ok",
          "message": "msg", "number": "no.", "because": "cos", "really": "rly", "great": "gr8"}
_TAILS = (" 😅", " 🙂", " 👍", " x", " haha", " !!", " 😩", " ...")


def label_of(slot: str) -> str:
    return E.PERSON if slot in PERSONS else KINDS[_SLOT.match(slot).group(1)]


class _Labels(dict):
    def __missing__(self, slot: str) -> str:
        return label_of(slot)


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


class ProfileJ(Profile):
    LABELS = _Labels()
    PLAIN = frozenset({"title", "thing"})
    thing = "the booking"

    def __init__(self, customer, agent, style: str, rng: random.Random, other=None) -> None:
        super().__init__(customer, agent, style, rng)
        self.other = other or agent
        self.casual = style == V.CHAT and rng.random() < 0.55
        self._raw: dict[str, object] = {}

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileJ":
        return cls(names.name(origin), names.name(origin), style, rng, other=names.name(origin))

    def origin(self, slot: str) -> str | None:
        if slot not in PERSONS:
            return None
        if slot.startswith("STAFF"):
            return self.agent.origin
        return self.other.origin if slot.startswith("THIRD") else self.customer.origin

    @property
    def _typing(self) -> bool:
        return self.casual and self.speaker == "customer"

    def plain(self, slot: str) -> str:
        word = self.thing if slot == "thing" else self.customer.title
        return word.lower() if self.style == V.ASR or self._typing else word

    def chat_literal(self, text: str, rng: random.Random) -> str:
        if not self._typing:
            return text
        text = text.lower() if rng.random() < 0.75 else text
        text = re.sub(r"[A-Za-z]+", lambda m: _SHORT.get(m.group(), m.group()) if rng.random() < 0.35 else
                      (_typo(m.group(), rng) if rng.random() < 0.04 else m.group()), text)
        if rng.random() < 0.3:
            text = re.sub(r"[.!?]\s*$", rng.choice(_TAILS), text)
        return text.replace("'", "") if rng.random() < 0.4 else text

    def value(self, slot: str) -> str:
        return super().value(slot) if slot in PERSONS else self._render(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        return distractor(kind, rng, style)

    # -- persons ---------------------------------------------------------------------------------------------
    def _person(self, name, part: str) -> str:
        asr, rng = self.style == V.ASR, self.rng
        if part == "spelt":
            letters = [c for c in name.last.upper() if c.isalpha()]
            if asr:
                return " ".join(J.PHONETIC[c] if rng.random() < 0.2 else f"{c.lower()} for {J.PHONETIC[c]}"
                                if rng.random() < 0.2 else c.lower() for c in letters)
            return rng.choice((".".join(letters), " ".join(letters), "".join(letters), "-".join(letters).lower()))
        text = {"full": name.full, "first": name.first, "last": name.last, "nick": name.nick or name.first}[part]
        if part == "wrong":
            text = name.last
        if asr:
            return text.lower().replace("-", " ").replace("'", " ").replace("  ", " ")
        return text.lower() if self._typing and rng.random() < 0.6 else text

    def _wrong_last(self) -> str:
        last = self.customer.last
        i = max(1, len(last) // 2)
        swap = {"a": "e", "e": "a", "i": "y", "o": "a", "u": "o"}.get(last[i].lower(), "e")
        text = last[:i] + swap + last[i + 1:]
        return text.lower().replace("-", " ").replace("'", " ") if self.style == V.ASR else text

    def _render(self, slot: str) -> str:
        people = {"NAME": (self.customer, "full"), "GIVEN": (self.customer, "first"), "SURNAME": (self.customer, "last"),
                  "NICK": (self.customer, "nick"), "SPELT": (self.customer, "spelt"), "STAFF": (self.agent, "first"),
                  "STAFFSURNAME": (self.agent, "last"), "THIRD": (self.other, "full"), "THIRDGIVEN": (self.other, "first")}
        if slot == "WRONGNAME":
            return self._wrong_last()
        if slot in people:
            return self._person(*people[slot])
        base, second, part = _SLOT.match(slot).groups()
        raw = self._rawv(base + second, base)
        return self._say(base, raw, part)

    def _rawv(self, key: str, base: str):
        if key not in self._raw:
            rng, c = self.rng, self.customer
            f, la = (re.sub(r"[^a-z]", "", x.lower()) for x in (c.first, c.last))
            self._raw[key] = {
                "EXP": lambda: (f"{rng.randint(1, 12):02d}", str(rng.randint(2026, 2033))),
                "CODE": lambda: J.digits(rng, rng.choice((6, 6, 4, 5, 8))), "PIN": lambda: J.digits(rng, 4),
                "CARD": lambda: P.make_card(rng), "CVV": lambda: J.digits(rng, rng.choice((3, 3, 3, 4))),
                "ACCT": lambda: J.digits(rng, 8), "SORT": lambda: J.digits(rng, 6, True), "REF": lambda: P.make_ref(rng),
                "TEL": lambda: P.make_phone(rng), "MAIL": lambda: P.make_email(f, la, rng), "DOB": lambda: J.make_dob(rng),
                "ADDR": lambda: P.make_address(rng), "POST": lambda: P.make_postcode(rng),
                "NI": lambda: P.make_natid(rng), "SSN": lambda: ("ssn", rng.choice("1245678") + J.digits(rng, 8)),
                "IBAN": lambda: None,
            }[base]()
        return self._raw[key]

    # -- other values ----------------------------------------------------------------------------------------
    def _flat(self, base: str, raw) -> str:
        if base == "CARD":
            return "".join(raw)
        if base in ("TEL", "NI", "SSN"):
            return raw[1]
        if base == "POST":
            return raw[1] + raw[2]
        return str(raw)

    def _say(self, base: str, raw, part: str | None) -> str:
        rng, asr, clean = self.rng, self.style == V.ASR, part == "_RB"
        if base == "EXP":
            mm, y = raw
            if part == "_WRONG":
                y = str(int(y) + 1)
            return P.say_expiry(mm, y, rng, clean) if asr else P.type_expiry(mm, y, rng)
        if base == "DOB":
            if part in ("_DM", "_Y"):
                return J.dob_piece(*raw, "_Y" if part == "_Y" else "_DM", rng, asr)
            return J.say_dob(*raw, rng) if asr else J.type_dob(*raw, rng)
        if base == "ADDR":
            first, town = P.address_bits(raw, rng, asr)
            if part in ("_L1", "_TOWN"):
                return first if part == "_L1" else town
            return f"{first}{rng.choice((' ', ' in ', ' ')) if asr else rng.choice((', ', ' ', ' , '))}{town}"
        if base == "IBAN":
            return V.iban(rng, self.style)
        if base == "POST" and part in ("_1", "_2"):
            half = raw[1] if part == "_1" else raw[2]
            return J.say_chars(half, rng) if asr else (half.lower() if self._typing else half)
        if part in ("_1", "_2", "_3"):
            return self._piece(base, raw, part, asr)
        flat = self._flat(base, raw)
        if part == "_END4":
            return J.say_run(flat[-4:], rng) if asr else flat[-4:]
        if part == "_WRONG":
            flat = flat[:-2] + flat[-1] + flat[-2] if flat[-1] != flat[-2] else flat[:-1] + str((int(flat[-1]) + 5) % 10)
            raw = [flat[i:i + 4] for i in range(0, len(flat), 4)] if base == "CARD" else \
                (raw[0], flat) if base in ("TEL", "NI", "SSN") else flat
        return self._whole(base, raw, flat, asr, clean)

    def _whole(self, base: str, raw, flat: str, asr: bool, clean: bool) -> str:
        rng = self.rng
        if base == "TEL":
            return P.say_phone(raw, rng, clean) if asr else P.type_phone(raw, rng)
        if base == "MAIL":
            return P.say_email(*raw, rng, clean) if asr else rng.choice(("@".join(raw), "@".join(raw), " @ ".join(raw)))
        if base == "POST":
            return P.say_postcode(raw, rng, clean) if asr else P.type_postcode(raw, rng)
        if base in ("NI", "SSN"):
            return P.say_natid(raw, rng, clean) if asr else P.type_natid(raw, rng)
        if base == "REF":
            return P.say_ref(raw, rng, clean) if asr else P.type_ref(raw, rng)
        if base == "CARD":
            return P.say_card(list(raw), rng, clean) if asr else P.type_card(list(raw), rng)
        groups = {"SORT": [flat[:2], flat[2:4], flat[4:]], "ACCT": [flat[:4], flat[4:]],
                  "CODE": [flat[:3], flat[3:]] if len(flat) == 6 else [flat]}.get(base, [flat])
        if asr:
            return J.groups_said(groups, rng, clean, slips=base != "CVV")
        return rng.choice((" ", "-", "", "")).join(groups)

    def _piece(self, base: str, raw, part: str, asr: bool) -> str:
        flat = re.sub(r"[-/ ]", "", self._flat(base, raw))
        if base == "CARD":
            pieces = [raw[0], raw[1], "".join(raw[2:])]
        else:
            third = max(1, len(flat) // 3)
            pieces = [flat[:len(flat) // 2], flat[len(flat) // 2:]] if part != "_3" and base != "REF" else \
                [flat[:third], flat[third:2 * third], flat[2 * third:]]
            if base == "REF" and part != "_3":
                pieces = [flat[:len(flat) // 2], flat[len(flat) // 2:]]
        chunk = pieces[min({"_1": 0, "_2": 1, "_3": 2}[part], len(pieces) - 1)]
        if asr:
            return J.say_chars(chunk, self.rng)
        return chunk.lower() if self._typing else chunk
