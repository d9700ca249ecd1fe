"""The ``dev_h`` conversation profile: one raw value per kind, rendered per mention (``_values_dev_h``).

Slot grammar: ``BASE`` a mention, ``BASE2`` a second value of the kind; ``_A`` .. ``_C`` consecutive pieces of
one mention in separate turns (each its own span); ``_BACK`` the agent reading it back (clean); ``_LAST4`` its
last four digits; ``_OOPS`` a wrong form (a wrong last digit, for an expiry a wrong year), labelled like the
value; ``_MONTH`` / ``_YEAR`` an expiry's month or year alone; ``_ROAD`` / ``_TOWN`` part of an address.
Persons: ``FULL FIRST LAST NICK SPELL AGENT AGENTLAST OTHER OTHERFIRST``. Lower-case slots are the title
(``title``, unlabelled) or neutral distractors.
"""
from __future__ import annotations

import random
import re

from benchmarks import _places_dev_h as P
from benchmarks import _templates_values as V
from benchmarks import _values_dev_h as H
from benchmarks._distractors_dev_h import distractor
from benchmarks._templates_names import ascii_fold
from benchmarks.generate_transcripts import Profile
from recognizers import entities as E

KINDS = {"EXPIRY": E.CARD_EXPIRY, "OTP": E.AUTH_CODE, "PIN": E.AUTH_CODE, "MEMO": E.AUTH_CODE,
         "PASSC": E.AUTH_CODE, "CARD": E.CREDIT_CARD, "CVV": E.CARD_CVV, "ACCT": E.ACCOUNT_NUMBER,
         "SORT": E.ACCOUNT_NUMBER, "REF": E.ACCOUNT_NUMBER, "PHONE": E.PHONE_NUMBER, "EMAIL": E.EMAIL_ADDRESS,
         "DOB": E.DATE_OF_BIRTH, "ADDR": E.STREET_ADDRESS, "PCODE": E.POSTCODE, "NINO": E.NATIONAL_ID,
         "NHS": E.NATIONAL_ID, "SSN": E.US_SSN, "ZIP": E.ZIP_CODE, "IBAN": E.IBAN_CODE}
PERSONS = ("FULL", "FIRST", "LAST", "NICK", "SPELL", "AGENT", "AGENTLAST", "OTHER", "OTHERFIRST")
_SLOT = re.compile(r"^([A-Z]+?)(2?)(_A|_B|_C|_BACK|_LAST4|_OOPS|_MONTH|_YEAR|_ROAD|_TOWN)?$")
_SUBS = {"please": "pls", "thanks": "thx", "you": "u", "your": "ur", "because": "cos", "okay": "ok", "are": "r",
         "just": "jus", "number": "no.", "tomorrow": "tmrw", "message": "msg", "about": "abt", "really": "rly"}
_EMOJI = (" 🙂", " 👍", " 🙏", " 😅", " 😩", " :)", " x", " 🤞")


def label_of(slot: str) -> str:
    return E.PERSON if slot in PERSONS else KINDS[_SLOT.match(slot).group(1)]


class _Labels(dict):
    def __missing__(self, slot: str) -> str:
        return label_of(slot)


class ProfileH(Profile):
    LABELS = _Labels()
    PLAIN = frozenset({"title"})

    def __init__(self, customer, agent, style: str, rng: random.Random, other=None) -> None:
        super().__init__(customer, agent, style, rng)
        self.other = other or agent
        self.casual = style == V.CHAT and rng.random() < 0.6
        self._raw: dict[str, object] = {}

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileH":
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
        text = text.lower().replace("'", "") if rng.random() < 0.8 else text
        text = re.sub(r"[A-Za-z]+", lambda m: _SUBS.get(m.group(), m.group()) if rng.random() < 0.5 else m.group(), text)
        text = re.sub(r"\b([a-z])([a-z])([a-z]{3,})\b",
                      lambda m: m.group(2) + m.group(1) + m.group(3) if rng.random() < 0.04 else m.group(), text)
        if rng.random() < 0.3:
            text = text.replace(", ", rng.choice((" , ", ",", " ,")), 1)
        if rng.random() < 0.2:
            text = re.sub(r"[.!]\s*$", rng.choice(_EMOJI), text)
        return text

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
        if part == "nick":
            text = name.nick or name.first
            text = ascii_fold(text).lower() if asr else text
        elif part == "spell":
            text = V.spelled_last(name, self.style)
        else:
            text = V.person(name, part, self.style)
        return text.lower() if self._casual_now else text

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
        makers = {
            "EXPIRY": lambda: (f"{rng.randint(1, 12):02d}", str(rng.randint(2025, 2033))),
            "OTP": lambda: H.digits(rng, rng.choice((6, 6, 6, 4, 5, 8))), "PIN": lambda: H.digits(rng, 4),
            "MEMO": lambda: H.digits(rng, rng.choice((4, 5, 6))),
            "PASSC": lambda: P.letters(rng, 1) + H.digits(rng, 2) + P.letters(rng, 1) + H.digits(rng, 2),
            "CARD": lambda: H.make_card(rng), "CVV": lambda: H.digits(rng, 3), "ACCT": lambda: H.digits(rng, 8),
            "SORT": lambda: H.digits(rng, 6, True), "REF": lambda: H.make_ref(rng), "PHONE": lambda: H.make_phone(rng),
            "EMAIL": lambda: H.make_email(c.first, c.last, c.nick, rng), "DOB": lambda: H.make_dob(rng),
            "ADDR": lambda: P.make_address(rng), "PCODE": lambda: H.make_postcode(rng), "NINO": lambda: P.make_nino(rng),
            "NHS": lambda: P.make_nhs(rng), "SSN": lambda: H.digits(rng, 9, True), "ZIP": lambda: H.digits(rng, 5, True),
            "IBAN": lambda: None,
        }
        if base == "OTP" and rng.random() < 0.45:  # a doubled or tripled digit: ``double`` / ``triple`` get said
            s = makers["OTP"]()
            i = rng.randrange(len(s) - 2)
            self._raw[key] = (s[:i] + s[i] * 3 + s[i + 3:])[:len(s)] if rng.random() < 0.3 else s[:i] + s[i] * 2 + s[i + 2:]
        else:
            self._raw[key] = makers[base]()
        return self._raw[key]

    def _flat(self, base: str, raw) -> str:
        return "".join(raw) if base == "CARD" else str(raw)

    def _say(self, base: str, raw, part: str | None) -> str:
        rng, asr, clean = self.rng, self.style == V.ASR, part == "_BACK"
        if base == "EXPIRY":
            mm, y = raw
            if part in ("_MONTH", "_YEAR"):
                return H.expiry_part(mm, y, part, rng, asr)
            if part == "_OOPS":
                y = str(int(y) + rng.choice((-1, 1)))
            return H.say_expiry(mm, y, rng, clean) if asr else H.type_expiry(mm, y, rng)
        if base == "ADDR":
            first, town = P.address_parts(raw, rng, asr)
            if part in ("_ROAD", "_TOWN"):
                return first if part == "_ROAD" else town
            glue = rng.choice((" ", " in ", " ")) if asr else rng.choice((", ", " ", ",", " , "))
            return f"{first}{glue}{town}"
        if base == "IBAN":
            return V.iban(rng, self.style)
        flat = self._flat(base, raw)
        if part == "_LAST4":
            return H.say_digits(flat[-4:], rng) if asr else flat[-4:]
        if part == "_OOPS":
            flat = flat[:-1] + str((int(flat[-1]) + rng.randint(1, 8)) % 10) if flat[-1].isdigit() else flat[:-1] + "Q"
        return self._whole(base, raw, flat, asr, clean)

    def _whole(self, base: str, raw, flat: str, asr: bool, clean: bool) -> str:
        rng = self.rng
        if base == "PHONE":
            return H.say_phone(flat, rng, clean) if asr else H.type_phone(flat, rng)
        if base == "EMAIL":
            user, dom = raw
            return H.say_email(user, dom, rng, clean) if asr else f"{user}@{dom}"
        if base == "DOB":
            return H.say_dob(*raw, rng) if asr else H.type_dob(*raw, rng)
        if base == "PCODE":
            return H.say_postcode(raw, rng, clean) if asr else H.type_postcode(raw, rng)
        if base == "NINO":
            return P.say_nino(flat, rng, clean) if asr else P.type_nino(flat, rng)
        if base == "NHS":
            return P.say_nhs(flat, rng, clean) if asr else P.type_nhs(flat, rng)
        if base == "REF":
            return H.say_ref(raw, rng, clean) if asr else H.type_ref(raw, rng)
        if base == "PASSC":
            return H.say_alnum(flat, rng, clean) if asr else rng.choice((flat, flat.lower(), f"{flat[:3]} {flat[3:]}"))
        groups = self._groups(base, raw, flat)
        if asr:
            glue = " " if clean else rng.choice((" ", " ", " then ", " "))
            return glue.join(H.say_digits(g, rng, clean) for g in groups)
        return rng.choice((" ", " ", "-", "", "  ")).join(groups).replace("  ", " ")

    def _groups(self, base: str, raw, flat: str) -> list[str]:
        if base == "CARD":
            return list(raw)
        if base in ("SORT", "SSN"):
            return [flat[:2], flat[2:4], flat[4:]] if base == "SORT" else [flat[:3], flat[3:5], flat[5:]]
        if base == "ACCT":
            return [flat[:4], flat[4:]]
        if len(flat) >= 6 and base in ("OTP", "MEMO") and self.rng.random() < 0.5:
            return [flat[:len(flat) // 2], flat[len(flat) // 2:]]
        return [flat]

    def _piece(self, key: str, base: str, raw, part: str) -> str:
        pk = f"{key}#pieces"
        if pk not in self._values:
            flat = self._flat(base, raw) if base not in ("REF", "PASSC") else str(raw).replace("-", "").replace("/", "").replace(" ", "")
            groups = list(raw) if base == "CARD" else self._cut(flat)
            self._values[pk] = "\x00".join(groups)
        got = self._values[pk].split("\x00")
        idx = {"_A": 0, "_B": 1, "_C": 2}[part]
        if idx >= len(got):
            chunk = got[-1]
        elif idx == 2 and len(got) > 3:
            chunk = "".join(got[2:])
        else:
            chunk = got[idx]
        if self.style == V.ASR:
            return H.say_alnum(chunk, self.rng) if any(ch.isalpha() for ch in chunk) else H.say_digits(chunk, self.rng)
        return chunk.lower() if self._casual_now else chunk

    def _cut(self, flat: str) -> list[str]:
        """Two pieces (a third turn repeats the last one as a check)."""
        cut = len(flat) // 2 if len(flat) > 5 else 2
        return [flat[:cut], flat[cut:]]
