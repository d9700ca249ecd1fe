"""The ``dev_i`` conversation profile: one raw value per kind, rendered per mention (``_values_dev_i``).

Slot grammar as dev_h: ``BASE`` a mention, ``BASE2`` a second value of the kind; ``_A`` .. ``_C`` consecutive
pieces of one mention in separate turns (each its own span); ``_BACK`` the agent reading it back (clean);
``_LAST4`` its last four digits; ``_OOPS`` a wrong form, labelled like the value; ``_MONTH`` / ``_YEAR`` part
of an expiry, ``_DAY`` / ``_YEAR`` part of a birth date; ``_ROAD`` / ``_TOWN`` part of an address. Persons:
``FULL FIRST LAST NICK SPELL AGENT AGENTLAST OTHER OTHERFIRST``. Lower-case slots are the title (``title``,
unlabelled) or neutral distractors. Chat names keep their diacritics unless the caller types them folded.
"""
from __future__ import annotations

import random
import re

from benchmarks import _places_dev_i as P
from benchmarks import _templates_values as V
from benchmarks import _values_dev_h as H
from benchmarks import _values_dev_i as I
from benchmarks._distractors_dev_i import distractor
from benchmarks._names_dev_i import fold
from benchmarks.generate_transcripts import Profile
from recognizers import entities as E

KINDS = {"EXPIRY": E.CARD_EXPIRY, "OTP": E.AUTH_CODE, "PIN": E.AUTH_CODE, "CARD": E.CREDIT_CARD,
         "CVV": E.CARD_CVV, "ACCT": E.ACCOUNT_NUMBER, "SORT": E.ACCOUNT_NUMBER, "REF": E.ACCOUNT_NUMBER,
         "PHONE": E.PHONE_NUMBER, "EMAIL": E.EMAIL_ADDRESS, "DOB": E.DATE_OF_BIRTH, "ADDR": E.STREET_ADDRESS,
         "PCODE": E.POSTCODE, "NATID": E.NATIONAL_ID, "SSN": E.US_SSN, "IBAN": E.IBAN_CODE}
PERSONS = ("FULL", "FIRST", "LAST", "NICK", "SPELL", "AGENT", "AGENTLAST", "OTHER", "OTHERFIRST")
_SLOT = re.compile(r"^([A-Z]+?)(2?)(_A|_B|_C|_BACK|_LAST4|_OOPS|_MONTH|_YEAR|_DAY|_ROAD|_TOWN)?$")
_SUBS = {"please": "plz", "thanks": "ty", "you": "u", "your": "ur", "because": "bc", "okay": "k", "know": "kno",
         "with": "w/", "tonight": "2nite", "before": "b4", "people": "ppl", "something": "smth"}
_END = (" 🙏", " 😬", " lol", " ..", " !!", " 🐶", " ✈️")


def label_of(slot: str) -> str:
    return E.PERSON if slot in PERSONS else KINDS[_SLOT.match(slot).group(1)]


class _Labels(dict):
    def __missing__(self, slot: str) -> str:
        return label_of(slot)


class ProfileI(Profile):
    LABELS = _Labels()
    PLAIN = frozenset({"title"})

    def __init__(self, customer, agent, style: str, rng: random.Random, other=None) -> None:
        super().__init__(customer, agent, style, rng)
        self.other = other or agent
        self.casual = style == V.CHAT and rng.random() < 0.5
        self.folded = style == V.CHAT and rng.random() < 0.3  # a caller who types names without diacritics
        self._raw: dict[str, object] = {}

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileI":
        return cls(names.name(origin), names.name(origin), style, rng, other=names.name(origin))

    def origin(self, slot: str) -> str | None:
        if slot not in PERSONS:
            return None
        if slot.startswith("AGENT"):
            return self.agent.origin
        return self.other.origin if slot.startswith("OTHER") else self.customer.origin

    @property
    def _casual_now(self) -> bool:
        return self.casual and self.speaker == "customer"

    def plain(self, slot: str) -> str:
        t = self.customer.title
        return t.lower() if self.style == V.ASR or self._casual_now else t

    def chat_literal(self, text: str, rng: random.Random) -> str:
        if not self._casual_now:
            return text
        text = text.lower() if rng.random() < 0.7 else text
        text = re.sub(r"[A-Za-z]+", lambda m: _SUBS.get(m.group(), m.group()) if rng.random() < 0.4 else m.group(), text)
        if rng.random() < 0.25:
            text = re.sub(r"[.!?]\s*$", rng.choice(_END), text)
        return text.replace("'", "") if rng.random() < 0.5 else text

    def value(self, slot: str) -> str:
        """Names keep one rendering; other values are drawn once and said afresh at each mention."""
        if slot in PERSONS:
            return super().value(slot)
        return self._render(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        return distractor(kind, rng, style)

    # -- values ----------------------------------------------------------------------------------------------
    def _person(self, name, part: str) -> str:
        asr = self.style == V.ASR
        text = {"full": name.full, "first": name.first, "last": name.last, "nick": name.nick or name.first}.get(part)
        if part == "spell":
            letters = [c for c in fold(name.last).upper() if c.isalpha()]
            if asr:
                return " ".join(I.say_letter(c, self.rng) if self.rng.random() < 0.3 else c.lower() for c in letters)
            return self.rng.choice(("-".join(letters), " ".join(letters), "".join(letters)))
        if asr:
            return fold(text).lower().replace("-", " ")
        text = fold(text) if self.folded else text
        return text.lower() if self._casual_now and self.rng.random() < 0.7 else text

    def _render(self, slot: str) -> str:
        people = {"FULL": (self.customer, "full"), "FIRST": (self.customer, "first"), "LAST": (self.customer, "last"),
                  "NICK": (self.customer, "nick"), "SPELL": (self.customer, "spell"), "AGENT": (self.agent, "first"),
                  "AGENTLAST": (self.agent, "last"), "OTHER": (self.other, "full"), "OTHERFIRST": (self.other, "first")}
        if slot in people:
            return self._person(*people[slot])
        base, second, part = _SLOT.match(slot).groups()
        raw = self._rawv(base + second, base)
        if part in ("_A", "_B", "_C"):
            return self._piece(base + second, base, raw, part)
        return self._say(base, raw, part)

    def _rawv(self, key: str, base: str):
        if key in self._raw:
            return self._raw[key]
        rng, c = self.rng, self.customer
        f, la = (fold(x).lower().replace(" ", "").replace("-", "").replace("'", "") for x in (c.first, c.last))
        makers = {
            "EXPIRY": lambda: (f"{rng.randint(1, 12):02d}", str(rng.randint(2025, 2034))),
            "OTP": lambda: H.digits(rng, rng.choice((6, 6, 4, 5, 7, 8))), "PIN": lambda: H.digits(rng, 4),
            "CARD": lambda: P.make_card(rng), "CVV": lambda: H.digits(rng, rng.choice((3, 3, 3, 4))),
            "ACCT": lambda: H.digits(rng, 8), "SORT": lambda: H.digits(rng, 6, True), "REF": lambda: P.make_ref(rng),
            "PHONE": lambda: I.make_phone(rng), "EMAIL": lambda: I.make_email(f, la, rng),
            "DOB": lambda: I.make_dob(rng), "ADDR": lambda: P.make_address(rng), "PCODE": lambda: I.make_postcode(rng),
            "NATID": lambda: P.make_natid(rng), "SSN": lambda: H.digits(rng, 9, True), "IBAN": lambda: None,
        }
        self._raw[key] = makers[base]()
        return self._raw[key]

    def _flat(self, base: str, raw) -> str:
        if base == "CARD":
            return "".join(raw)
        if base in ("PHONE", "NATID"):
            return raw[1]
        return str(raw)

    def _say(self, base: str, raw, part: str | None) -> str:
        rng, asr, clean = self.rng, self.style == V.ASR, part == "_BACK"
        if base == "EXPIRY":
            mm, y = raw
            if part in ("_MONTH", "_YEAR"):
                return H.expiry_part(mm, y, part, rng, asr)
            if part == "_OOPS":
                y = str(int(y) + rng.choice((-1, 1)))
            return H.say_expiry(mm, y, rng, clean) if asr else H.type_expiry(mm, y, rng)
        if base == "DOB":
            if part in ("_DAY", "_YEAR"):
                return I.dob_part(*raw, part, rng, asr)
            return I.say_dob(*raw, rng) if asr else I.type_dob(*raw, rng)
        if base == "ADDR":
            first, town = P.address_parts(raw, rng, asr)
            if part in ("_ROAD", "_TOWN"):
                return first if part == "_ROAD" else town
            glue = rng.choice((" ", " in ", " ")) if asr else rng.choice((", ", " ", ",", " - "))
            return f"{first}{glue}{town}"
        if base == "IBAN":
            return V.iban(rng, self.style)
        flat = self._flat(base, raw)
        if part == "_LAST4":
            return I.say_num(flat[-4:], rng) if asr else flat[-4:]
        if part == "_OOPS":
            flat = flat[:-1] + str((int(flat[-1]) + rng.randint(1, 8)) % 10) if flat[-1].isdigit() else flat[:-1] + "Q"
            raw = [flat[i:i + 4] for i in range(0, len(flat), 4)] if base == "CARD" else raw
        return self._whole(base, raw, flat, asr, clean)

    def _whole(self, base: str, raw, flat: str, asr: bool, clean: bool) -> str:
        rng = self.rng
        if base == "PHONE":
            return I.say_phone(raw, rng, clean) if asr else I.type_phone(raw, rng)
        if base == "EMAIL":
            return I.say_email(*raw, rng, clean) if asr else "@".join(raw)
        if base == "PCODE":
            return I.say_postcode(raw, rng, clean) if asr else I.type_postcode(raw, rng)
        if base == "NATID":
            return P.say_natid(raw, rng, clean) if asr else P.type_natid(raw, rng)
        if base == "REF":
            return P.say_ref(raw, rng, clean) if asr else P.type_ref(raw, rng)
        if base == "CARD":
            return P.say_card(list(raw), rng, clean) if asr else P.type_card(list(raw), rng)
        groups = {"SORT": [flat[:2], flat[2:4], flat[4:]], "SSN": [flat[:3], flat[3:5], flat[5:]],
                  "ACCT": [flat[:4], flat[4:]]}.get(base, [flat])
        if asr:
            return (" " if clean else rng.choice((" ", " ", " uh ", " "))).join(I.say_num(g, rng, clean) for g in groups)
        return rng.choice((" ", "-", "", " ")).join(groups)

    def _piece(self, key: str, base: str, raw, part: str) -> str:
        pk = f"{key}#pieces"
        if pk not in self._values:
            flat = re.sub(r"[-/ ]", "", self._flat(base, raw))
            groups = list(raw) if base == "CARD" else list(raw[1:]) if base == "PCODE" else \
                [flat[:len(flat) // 2], flat[len(flat) // 2:]]
            self._values[pk] = "\x00".join(groups)
        got = self._values[pk].split("\x00")
        idx = {"_A": 0, "_B": 1, "_C": 2}[part]
        chunk = got[min(idx, len(got) - 1)] if idx < 2 or len(got) < 3 else "".join(got[2:])
        if self.style == V.ASR:
            return I.say_mixed(chunk, self.rng)
        return chunk.lower() if self._casual_now else chunk
