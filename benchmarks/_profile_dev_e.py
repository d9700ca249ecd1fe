"""The ``dev_e`` conversation profile: one raw value per kind, rendered per mention (``_forms_dev_e``).

Slot grammar: ``BASE`` is a mention of a value; ``BASE_A`` / ``BASE_B`` / ``BASE_C`` are the consecutive
pieces of one mention cut where a caller pauses (each its own span); ``BASE_BACK`` is the agent reading it
back (clean); ``BASE_LAST4`` its last four digits; ``BASE_OOPS`` a wrong value said or typed first (a typo or
misheard digit, labelled like the value); ``BASE2`` a second, different value of the same kind. Lower-case
cue slots (``acct_cue`` ...) are plain words the profile renders per style (``acct#``, ``a/c`` in chat);
other lower-case slots are neutral distractors (never labelled).
"""
from __future__ import annotations

import random
import re
from typing import Callable

from benchmarks import _forms_dev_e as F
from benchmarks import _templates_distractors as D
from benchmarks._templates_values import ASR, CHAT, cardinal, person
from benchmarks._values_dev_d import email as email_d
from benchmarks._values_dev_d import street_address as address_d
from benchmarks.generate_transcripts import SLOT_LABELS, Profile
from recognizers import entities as E

KIND_LABELS = {
    "ACCT": ("acct", E.ACCOUNT_NUMBER), "SORT": ("sort", E.ACCOUNT_NUMBER), "CUSTNO": ("custno", E.ACCOUNT_NUMBER),
    "COUNCIL": ("council", E.ACCOUNT_NUMBER), "POLICY": ("policy", E.ACCOUNT_NUMBER),
    "CASE": ("case", E.ACCOUNT_NUMBER), "ORDER": ("order", E.ACCOUNT_NUMBER), "UID": ("uid", E.ACCOUNT_NUMBER),
    "LOAN": ("loan", E.ACCOUNT_NUMBER), "ROLL": ("roll", E.ACCOUNT_NUMBER), "PCN": ("pcn", E.ACCOUNT_NUMBER),
    "TVL": ("tvl", E.ACCOUNT_NUMBER), "PAC": ("pac", E.AUTH_CODE), "OTP": ("otp", E.AUTH_CODE),
    "PIN": ("pin", E.AUTH_CODE), "CVV": ("cvv", E.CARD_CVV), "ZIP": ("zip", E.ZIP_CODE),
    "CARD": ("card", E.CREDIT_CARD), "IBAN": ("iban", E.IBAN_CODE), "PHONE": ("phone", E.PHONE_NUMBER),
    "POSTCODE": ("postcode", E.POSTCODE), "NATID": ("natid", E.NATIONAL_ID), "SSN": ("ssn", E.US_SSN),
    "DOB": ("dob", E.DATE_OF_BIRTH), "DATE": ("date", E.DATE), "EXPIRY": ("expiry", E.CARD_EXPIRY),
}
_PERSONS = ("FULL", "FIRST", "LAST", "AGENT", "OTHER", "OTHERFIRST", "SPELL", "NICK")
_SLOT = re.compile(r"^([A-Z]+?)(2?)(_A|_B|_C|_BACK|_LAST4|_OOPS)?$")


def label_of(slot: str) -> str:
    if slot in _PERSONS:
        return E.PERSON
    if slot in ("EMAIL", "ADDRESS"):
        return SLOT_LABELS[slot]
    m = _SLOT.match(slot)
    return KIND_LABELS[m.group(1)][1]


class _Labels(dict):
    def __missing__(self, slot: str) -> str:
        return label_of(slot)

    def get(self, slot, default=None):
        try:
            return label_of(slot)
        except (KeyError, AttributeError):
            return default


CUES = {  # chat forms of the words before a value; ASR says the plain words
    "acct_cue": (("acct#", "acct no. ", "a/c ", "account no: ", "Acc: ", "acc num ", "account # ", "ac/no "),
                 ("account number ", "account ", "the account number is ")),
    "ref_cue": (("ref: ", "ref# ", "Ref ", "reference: ", "ref no. ", "ref-"), ("reference ", "the reference is ", "ref ")),
    "ord_cue": (("order #", "order no. ", "Order: ", "ord# ", "order id "), ("order number ", "order ")),
    "tel_cue": (("tel: ", "mob ", "ph: ", "mobile: ", "cell ", "tel no "), ("my number is ", "mobile ", "it's ")),
    "dob_cue": (("DOB ", "dob: ", "d.o.b. ", "born ", "DOB- "), ("date of birth ", "born on ", "")),
}


class ProfileE(Profile):
    LABELS = _Labels()
    PLAIN = frozenset({"title", *CUES})

    def __init__(self, customer, agent, style: str, rng: random.Random, other=None) -> None:
        super().__init__(customer, agent, style, rng)
        self.other = other or agent
        self.casual = style == CHAT and rng.random() < 0.5
        self._raw: dict[str, object] = {}

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileE":
        return cls(names.name(origin), names.name(origin), style, rng, other=names.name(origin))

    def origin(self, slot: str) -> str | None:
        if slot not in _PERSONS:
            return None
        if slot == "AGENT":
            return self.agent.origin
        return self.other.origin if slot.startswith("OTHER") else self.customer.origin

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
        subs = {"account": "acct", "number": "no.", "please": "pls", "thanks": "thx", "your": "ur", "you": "u",
                "reference": "ref", "because": "bc", "received": "recieved", "payment": "pymt"}
        return re.sub(r"[a-z]+", lambda m: subs[m.group()] if m.group() in subs and rng.random() < 0.5
                      else m.group(), text)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        asr = style == ASR
        if kind == "gbp":
            p, q = rng.choice((12, 23, 36, 48, 89, 112, 140, 1250)), rng.choice((0, 50, 99, 40))
            return (f"{cardinal(p)} pounds" + (f" {cardinal(q)}" if q else "")) if asr else f"£{p}.{q:02d}"
        if kind == "flight":
            code, n = rng.choice(("BA", "FR", "EZY", "LH", "EI")), rng.randint(100, 9899)
            return f"{' '.join(code.lower())} {cardinal(n) if n < 1000 else F.X.number_words(str(n), rng, 'oh')}" \
                if asr else f"{code}{rng.choice(('', ' '))}{n}"
        if kind == "store":
            n = rng.randint(12, 880)
            return f"store {cardinal(n)}" if asr else f"store #{n}"
        if kind == "qty":
            n, unit = rng.choice(((28, "tablets"), (3, "parcels"), (2, "items"), (12, "months"), (500, "ml")))
            return f"{cardinal(n)} {unit}" if asr else f"{n} {unit}"
        if kind == "helpline":
            raw = rng.choice(("0800 123 4567", "0345 600 0123", "0300 200 3300", "1-800-555-0199"))
            return F.X.speak_digits(raw.replace("-", " ").split(), rng, "digits", 0, 0) if asr else raw
        if kind == "speed":
            n = rng.choice((36, 67, 150, 500, 900))
            return f"{cardinal(n)} meg" if asr else f"{n}Mbps"
        if kind == "coins":
            n, c = rng.choice(((0.25, "ETH"), (1500, "USDT"), (0.0042, "BTC"), (300, "SOL")))
            return f"{n} {c.lower()}" .replace(".", " point ") if asr else f"{n} {c}"
        if kind == "year":
            n = rng.choice((2019, 2021, 2023))
            return F.X.number_words(str(n), rng, "oh") if asr else str(n)
        return D.distractor(kind, rng, style)

    # -- values --------------------------------------------------------------------------------------------
    def _rawv(self, key: str, kind: str):
        if key not in self._raw:
            self._raw[key] = F.make(kind, self.rng)
        return self._raw[key]

    def _mention(self, kind: str, raw, clean: bool = False) -> str:
        if self.style == ASR:
            return F.say(kind, raw, self.rng, clean)
        return F.type_(kind, raw, self.rng)

    def _person(self, name, part: str) -> str:
        text = person(name, part, self.style)
        return text.lower() if self._casual_now else text

    def _render(self, slot: str) -> str:
        s, rng, cust = self.style, self.rng, self.customer
        people: dict[str, Callable[[], str]] = {
            "FULL": lambda: self._person(cust, "full"), "FIRST": lambda: self._person(cust, "first"),
            "LAST": lambda: self._person(cust, "last"), "AGENT": lambda: self._person(self.agent, "first"),
            "OTHER": lambda: self._person(self.other, "full"),
            "OTHERFIRST": lambda: self._person(self.other, "first"),
            "SPELL": lambda: F.spelled(cust.last, rng, s),
            "NICK": lambda: (cust.nick or cust.first).lower() if s == ASR or self._casual_now else (cust.nick or cust.first),
            "EMAIL": lambda: email_d(cust, rng, s), "ADDRESS": lambda: address_d(rng, s),
        }
        if slot in people:
            return people[slot]()
        base, second, part = _SLOT.match(slot).groups()
        kind = KIND_LABELS[base][0]
        key = base + second
        if part == "_OOPS":
            right = self._rawv(key, kind)
            tail = right.groups[-1]
            wrong = F.X.RawValue(right.groups[:-1] + [F.X._misheard(tail, rng) if tail.isdigit() else tail[::-1]],
                                 right.kind)
            return self._mention(kind, wrong)
        raw = self._rawv(key, kind)
        if part == "_LAST4":
            return F.last_four(kind, raw, rng, s)
        if part == "_BACK":
            return self._mention(kind, raw, clean=True)
        if part in ("_A", "_B", "_C"):
            return self._piece(key, kind, raw, part)
        return self._mention(kind, raw)

    def _piece(self, key: str, kind: str, raw, part: str) -> str:
        pieces_key = f"{key}#pieces"
        if pieces_key not in self._values:
            whole = self._mention(kind, raw).split(" ")
            if len(whole) == 1:
                whole = _halves(whole[0])
            ok = [i for i in range(1, len(whole)) if _can_cut(whole[i - 1], whole[i])] or [len(whole) // 2 or 1]
            cuts = sorted(self.rng.sample(ok, min(len(ok), 2 if len(whole) >= 3 else 1)))
            bounds = [0, *cuts, len(whole)]
            parts = [" ".join(whole[a:b]).strip(" -") or whole[a] for a, b in zip(bounds, bounds[1:])]
            self._values[pieces_key] = "\x00".join(parts + [""] * (3 - len(parts)))
        a, b, c = self._values[pieces_key].split("\x00")
        if part == "_C" and not c:  # a two-piece value: the last turn repeats the tail as a read-out check
            return b
        return {"_A": a, "_B": b, "_C": c}[part]


_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_UNITS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}


def _can_cut(before: str, after: str) -> bool:
    """A caller pauses between groups, not inside ``four | thousand`` or ``twenty | two`` or ``as in``."""
    if after in ("thousand", "hundred", "and", "as", "in", "for") or before in ("double", "triple", "as", "in", "for",
                                                                                  "plus", "and"):
        return False
    return not (before in _TENS and after in _UNITS)


def _halves(token: str) -> list[str]:
    """A typed value sent in two messages: cut at the separator nearest the middle, else in the middle."""
    seps = [i for i, ch in enumerate(token) if ch in "-./ "]
    if seps:
        i = min(seps, key=lambda i: abs(i - len(token) / 2))
        return [token[:i], token[i + 1:]]
    cut = len(token) // 2
    return [token[:cut], token[cut:]]
