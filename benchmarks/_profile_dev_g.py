"""The ``dev_g`` conversation profile: one raw value per kind, rendered per mention (``_forms_dev_g``).

Slot grammar (as ``dev_e`` / ``dev_f``): ``BASE`` a mention, ``BASE2`` a second value of the kind; ``_A`` ..
``_D`` consecutive pieces of one mention given in separate turns (each its own span); ``_BACK`` the agent
reading it back (clean); ``_LAST3`` / ``_LAST4`` its last digits, ``_FIRST4`` its first four; ``_OOPS`` a
wrong form (a misheard group; for an expiry a wrong year), labelled like the value; ``_MONTH`` / ``_YEAR``
an expiry's month or year alone; ``_POS`` the second, fifth and last digits of a passcode; ``_ROAD`` /
``_TOWN`` the house and road, or the town, of an address alone. Lower-case slots are cue words (``PLAIN``)
or neutral distractors (never labelled).
"""
from __future__ import annotations

import random
import re
from typing import Callable

from benchmarks import _forms_dev_g as F
from benchmarks import _templates_distractors as D
from benchmarks import _values_dev_g as G
from benchmarks._templates_values import ASR, CHAT, DIGITS, MONTHS, cardinal, ordinal, person
from benchmarks.generate_transcripts import Profile
from recognizers import entities as E

KIND_LABELS = {
    "EXPIRY": ("expiry", E.CARD_EXPIRY), "OTP": ("otp", E.AUTH_CODE), "PASS": ("pass", E.AUTH_CODE),
    "PIN": ("pin", E.AUTH_CODE), "VCODE": ("vcode", E.AUTH_CODE), "WORD": ("word", E.AUTH_CODE),
    "CARD": ("card", E.CREDIT_CARD), "CVV": ("cvv", E.CARD_CVV), "ACCT": ("acct", E.ACCOUNT_NUMBER),
    "SORT": ("sort", E.ACCOUNT_NUMBER), "REF": ("ref", E.ACCOUNT_NUMBER), "NATID": ("natid", E.NATIONAL_ID),
    "SSN": ("ssn", E.US_SSN), "POSTCODE": ("postcode", E.POSTCODE), "ADDRESS": ("address", E.STREET_ADDRESS),
}
_PERSONS = ("FULL", "FIRST", "LAST", "AGENT", "OTHER", "OTHERFIRST", "MAIDEN")
_SLOT = re.compile(r"^([A-Z]+?)(2?)(_A|_B|_C|_D|_BACK|_LAST3|_LAST4|_FIRST4|_OOPS|_MONTH|_YEAR|_POS|_ROAD|_TOWN)?$")


def label_of(slot: str) -> str:
    if slot in _PERSONS:
        return E.PERSON
    return KIND_LABELS[_SLOT.match(slot).group(1)][1]


class _Labels(dict):
    def __missing__(self, slot: str) -> str:
        return label_of(slot)


CUES = {  # (chat forms, spoken forms) of the words before a value
    "exp_cue": (("exp ", "Exp: ", "exp date ", "valid thru ", "good thru ", "VALID TO ", "expires ", "exp."),
                ("valid thru ", "good thru ", "valid until ", "good till ", "exp date ", "it expires ", "the end date is ",
                 "expiring ", "valid to ")),
    "code_cue": (("code ", "its ", "code is ", "OTP: ", "", "2FA code "),
                 ("the code is ", "it says ", "its ", "", "the number is ")),
    "acct_cue": (("acct ", "a/c no ", "acc no:", "Account: ", "account number "), ("account number ", "account ", "its ")),
    "ref_cue": (("ref ", "no. ", "#", "Ref: ", "number "), ("the number is ", "its ", "number ", "")),
}
_ORD = {1: "second", 4: "fifth", -1: "last"}


class ProfileG(Profile):
    LABELS = _Labels()
    PLAIN = frozenset({"title", *CUES})

    def __init__(self, customer, agent, style: str, rng: random.Random, other=None) -> None:
        super().__init__(customer, agent, style, rng)
        self.other = other or agent
        self.casual = style == CHAT and rng.random() < 0.5
        self._raw: dict[str, object] = {}

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileG":
        return cls(names.name(origin), names.name(origin), style, rng, other=names.name(origin))

    def origin(self, slot: str) -> str | None:
        if slot not in _PERSONS:
            return None
        if slot == "AGENT":
            return self.agent.origin
        return self.other.origin if slot.startswith("OTHER") or slot == "MAIDEN" else self.customer.origin

    @property
    def _casual_now(self) -> bool:
        return self.casual and self.speaker == "customer"

    def plain(self, slot: str) -> str:
        if slot == "title":
            return self.customer.title.lower() if self.style == ASR or self._casual_now else self.customer.title
        chat, spoken = CUES[slot]
        return self.rng.choice(spoken if self.style == ASR else chat)

    def chat_literal(self, text: str, rng: random.Random) -> str:
        if not self._casual_now:
            return text
        text = text.lower().replace("'", "")
        subs = {"number": "no", "please": "pls", "thanks": "ta", "your": "yr", "you": "u", "okay": "ok",
                "because": "coz", "tomorrow": "2moro", "card": "crd", "the": "teh", "account": "acc"}
        return re.sub(r"[a-z]+", lambda m: subs[m.group()] if m.group() in subs and rng.random() < 0.4
                      else m.group(), text)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        asr = style == ASR
        if kind == "gbp":
            p, q = rng.choice((4, 12, 19, 27, 48, 65, 130, 1200)), rng.choice((0, 0, 49, 99))
            return (f"{cardinal(p)} pounds" + (f" {cardinal(q)}" if q else "")) if asr else f"£{p}.{q:02d}"
        if kind == "hours":
            return rng.choice(("eight till eight", "nine to five thirty", "twenty four seven", "seven am to ten pm")) \
                if asr else rng.choice(("8am-8pm", "9-5:30", "24/7", "7am to 10pm", "Mon-Fri 9-5"))
        if kind == "helpline":
            raw = rng.choice(("0800 917 3300", "0345 266 0123", "0330 024 9191", "1-877-555-0110", "0300 123 2040"))
            return G.say_digits(raw.replace("-", "").replace(" ", ""), rng, "oh") if asr else raw
        if kind == "model":
            return rng.choice(("model x r four fifty", "the v fifteen", "series nine", "the c four hundred")) if asr \
                else rng.choice(("model XR-450", "the V15", "Series 9", "C400", "KX-2210"))
        if kind == "offer":  # a company's offer end date: nobody's personal data
            m, day = rng.randint(1, 12), rng.randint(1, 28)
            return f"the {ordinal(day)} of {MONTHS[m - 1].lower()}" if asr else f"{day} {MONTHS[m - 1]}"
        if kind == "validity":
            n = rng.choice((5, 10, 15, 30))
            return f"{cardinal(n)} minutes" if asr else f"{n} mins"
        if kind == "cardlen":
            return rng.choice(("sixteen digits", "three digits", "four digits", "six digits")) if asr \
                else rng.choice(("16 digits", "3 digits", "6 digits"))
        if kind == "vague":  # a relative expiry: no month, no year of the card
            return rng.choice(("end of next year", "in a couple of years", "next spring", "later this year"))
        if kind == "promo":
            code = rng.choice(("SPRING25", "WELCOME10", "LENS20", "SAVE15"))
            return code.lower().replace("25", " twenty five").replace("10", " ten").replace("20", " twenty") \
                .replace("15", " fifteen") if asr else code
        if kind == "qty":
            n, unit = rng.choice(((3, "months"), (6, "boxes"), (2, "cards"), (90, "days"), (30, "lenses"), (12, "payments")))
            return f"{cardinal(n)} {unit}" if asr else f"{n} {unit}"
        if kind == "clock":
            h, m = rng.randint(6, 11), rng.choice((5, 15, 20, 45))
            return f"the {cardinal(h)} {cardinal(m)}" if asr else f"the {h}:{m:02d}"
        if kind == "apr":
            said, typed = rng.choice((("twenty four point nine percent", "24.9% APR"), ("zero percent", "0% APR"),
                                      ("twenty nine point nine percent", "29.9% APR"), ("twelve point five percent", "12.5%")))
            return said if asr else typed
        if kind == "year":
            n = rng.choice((2016, 2019, 2021))
            return f"twenty {cardinal(n % 100)}" if asr else str(n)
        if kind == "kwh":
            n = rng.choice((7, 22, 50, 150))
            return f"{cardinal(n)} kilowatt" if asr else f"{n}kW"
        return D.distractor(kind, rng, style)

    # -- values ----------------------------------------------------------------------------------------------
    def _rawv(self, key: str, kind: str):
        if key not in self._raw:
            self._raw[key] = G.make_address(self.rng) if kind == "address" else F.make(kind, self.rng)
        return self._raw[key]

    def _person(self, name, part: str) -> str:
        text = person(name, part, self.style)
        return text.lower() if self._casual_now else text

    def _render(self, slot: str) -> str:
        cust = self.customer
        people: dict[str, Callable[[], str]] = {
            "FULL": lambda: self._person(cust, "full"), "FIRST": lambda: self._person(cust, "first"),
            "LAST": lambda: self._person(cust, "last"), "AGENT": lambda: self._person(self.agent, "first"),
            "OTHER": lambda: self._person(self.other, "full"), "OTHERFIRST": lambda: self._person(self.other, "first"),
            "MAIDEN": lambda: self._person(self.other, "last"),
        }
        if slot in people:
            return people[slot]()
        base, second, part = _SLOT.match(slot).groups()
        kind = KIND_LABELS[base][0]
        raw = self._rawv(base + second, kind)
        if kind == "address":
            return self._address(base + second, raw, part)
        return self._value(base + second, kind, raw, part)

    def _value(self, key: str, kind: str, raw, part: str | None) -> str:
        rng, asr = self.rng, self.style == ASR
        if part in ("_LAST3", "_LAST4", "_FIRST4"):
            return F.last_digits(raw, int(part[-1]), rng, asr, first=part == "_FIRST4")
        if part in ("_MONTH", "_YEAR"):
            return F.expiry_part(raw, part, rng, asr)
        if part == "_POS":
            return self._positions(raw)
        if part == "_OOPS":
            if kind == "expiry":
                wrong = F.RawValue([raw.groups[0], str(int(raw.groups[1]) + rng.choice((-1, 1)))], "expiry")
            else:
                last = raw.groups[-1]
                wrong = F.RawValue(raw.groups[:-1] + [F.X._misheard(last, rng) if last.isdigit() else last[::-1]], raw.kind)
            return F.say(kind, wrong, rng, clean=True) if asr else F.type_(kind, wrong, rng)
        if part in ("_A", "_B", "_C", "_D"):
            return self._piece(key, lambda: F.pieces(kind, raw, rng, asr), part)
        if asr:
            return F.say(kind, raw, rng, clean=part == "_BACK")
        return F.type_(kind, raw, rng)

    def _positions(self, raw) -> str:
        f = raw.flat
        ds = [f[i] for i in _ORD]
        if self.style != ASR:
            return self.rng.choice((", ".join(ds), " ".join(ds), "".join(ds)))
        zero = G.zero_word(self.rng)
        words = [G.digit_word(d, zero) for d in ds]
        if self.rng.random() < 0.5:
            return f"{words[0]} {words[1]} and {words[2]}"
        return f"{words[0]} the {_ORD[4]} is {words[1]} and the {_ORD[-1]} one {words[2]}"

    def _address(self, key: str, raw: dict, part: str | None) -> str:
        rng, asr = self.rng, self.style == ASR
        first, town = G.address_parts(raw, rng, asr)
        if part == "_ROAD":
            return first
        if part == "_TOWN":
            return town
        if part == "_BACK":
            return f"{first} {town}" if asr else f"{first}, {town}"
        glue = rng.choice((" ", " in ", " um ")) if asr else rng.choice((", ", " ", ",  "))
        return f"{first}{glue}{town}"

    def _piece(self, key: str, cut: Callable[[], list[str]], part: str) -> str:
        pieces_key = f"{key}#pieces"
        if pieces_key not in self._values:
            parts = [p.strip() for p in cut() if p.strip()]
            if len(parts) > 4:
                parts = parts[:3] + [" ".join(parts[3:])]
            self._values[pieces_key] = "\x00".join((parts + ["", "", ""])[:4])
        got = dict(zip(("_A", "_B", "_C", "_D"), self._values[pieces_key].split("\x00")))
        if got[part]:
            return got[part]
        filled = [v for v in got.values() if v]
        return filled[-1]  # fewer pieces than turns: the caller repeats the last one as a check


__all__ = ["ProfileG", "KIND_LABELS", "DIGITS"]
