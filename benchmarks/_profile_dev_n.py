"""The ``dev_n`` conversation profile: the account holder, a third person, the agent, a Philippine city, the
caption engine's digit mode, and one raw value per kind, printed afresh at each mention.

Slots: ``BASE`` a mention; ``_1`` / ``_2`` halves of one value said or typed in two parts; ``_RB`` a read-back (by
the agent: English words when the caller used Tagalog digits); ``_BAD`` a read-back with one digit wrong (still the
caller's value, labelled like it); ``_END4`` last four; ``_L1`` house and street. Persons: ``NAME GIVEN SURNAME
SPELT THIRD STAFF STAFFNAME``. Lower-case slots are plain words (``PLAIN``) or neutral look-alikes.
"""
from __future__ import annotations

import random
import re

from benchmarks import _values_dev_n as K
from benchmarks._distractors_dev_n import distractor
from recognizers import entities as E

PERSONS = ("NAME", "GIVEN", "SURNAME", "SPELT", "THIRD", "STAFF", "STAFFNAME")
KINDS = {"DOB": E.DATE_OF_BIRTH, "TEL": E.PHONE_NUMBER, "ALT": E.PHONE_NUMBER, "MAIL": E.EMAIL_ADDRESS, "ADDR": E.STREET_ADDRESS,
         "ZIP": E.POSTCODE, "CARD": E.CREDIT_CARD, "EXP": E.CARD_EXPIRY, "CVV": E.CARD_CVV, "ACCT": E.ACCOUNT_NUMBER,
         "CTRL": E.ACCOUNT_NUMBER, "TRACK": E.ACCOUNT_NUMBER, "REF": E.ACCOUNT_NUMBER, "TIN": E.NATIONAL_ID,
         "SSS": E.NATIONAL_ID, "PHIC": E.NATIONAL_ID, "PSN": E.NATIONAL_ID, "OTP": E.AUTH_CODE, "PIN": E.AUTH_CODE}
_SLOT = re.compile(r"^([A-Z]+?)(_1|_2|_RB|_BAD|_END4|_L1)?$")
PLAIN = frozenset({"title", "sir", "yes", "ok", "thanks", "bye", "city", "mybank", "po"})
_WORDS = {"yes": ("yes po", "opo", "yes, correct", "tama po", "yup"), "ok": ("okay po", "sige po", "sige", "noted po"),
          "thanks": ("thank you po", "salamat po", "thanks ha", "maraming salamat"),
          "bye": ("ingat po", "bye po", "have a good day", "sige, bye")}
_GROUPS = {"TEL": (4, 3, 4), "ALT": (4, 3, 4), "TIN": (3, 3, 3, 3), "SSS": (2, 7, 1), "PHIC": (2, 9, 1), "PSN": (4, 4, 4, 4),
           "CARD": (4, 4, 4, 4), "OTP": (3, 3), "PIN": (4,), "CVV": (3,), "ACCT": (3, 3, 4)}
_DASHED = ("TIN", "SSS", "PHIC", "PSN")
_MAILS = ("gmail.com", "gmail.com", "yahoo.com", "yahoo.com.ph", "outlook.com", "hotmail.com")


class ProfileN:
    """Values of one conversation; ``value(slot)`` prints one mention, ``label(slot)`` its entity."""

    PLAIN = PLAIN

    def __init__(self, customer, agent, style: str, rng: random.Random, third) -> None:
        self.customer, self.agent, self.third, self.style, self.rng = customer, agent, third, style, rng
        self.asr = style == "asr"
        roll = rng.random()
        self.mode = "numerals" if roll < 0.4 else "tagalog" if roll < 0.6 else "english"
        self.cased = rng.random() < 0.7  # the caption engine capitalises names it recognises
        self.texty = not self.asr and rng.random() < 0.6  # text-speak customer (po -> p0, nmn, ksi)
        self.city = rng.choice(sorted(K.CITIES))
        self.speaker = "customer"
        self.domain = "wallet"  # set by the assembler
        self.bank, acct = K.bank_account(rng)
        c = customer
        first = c.first.split()[0]
        last = c.last.replace(" ", "")
        user = rng.choice((f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}", f"{first[0]}{last}",
                           f"{first}_{last}{rng.randint(70, 99)}")).lower().replace("-", "")
        self.raw = {"TEL": K.phone(rng), "ALT": K.phone(rng), "ACCT": acct, "TIN": K.tin(rng), "SSS": K.sss(rng), "PHIC": K.philhealth(rng),
                    "PSN": K.psn(rng), "CARD": K.card(rng), "CVV": f"{rng.randint(0, 999):03d}",
                    "EXP": (rng.randint(1, 12), rng.randint(26, 31)), "DOB": K.dob(rng),
                    "ADDR": K.address(self.city, rng), "MAIL": f"{user}@{rng.choice(_MAILS)}", "CTRL": K.control_number(rng),
                    "TRACK": K.tracking(rng), "REF": K.reference(rng), "OTP": f"{rng.randint(0, 999999):06d}",
                    "PIN": f"{rng.randint(0, 9999):04d}"}
        self.raw["ZIP"] = self.raw["ADDR"][3]

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileN":
        return cls(names.name(origin), names.name(), style, rng, third=names.name(origin))

    # -- labels ---------------------------------------------------------------------------------------------
    def label(self, slot: str) -> str:
        if slot in PERSONS:
            return E.PERSON
        return KINDS[_SLOT.match(slot).group(1)]

    def origin(self, slot: str) -> str | None:
        if slot not in PERSONS:
            return None
        return {"THIRD": self.third, "STAFF": self.agent, "STAFFNAME": self.agent}.get(slot, self.customer).origin

    def plain(self, slot: str) -> str:
        if slot == "title":
            return self.customer.title
        if slot == "sir":
            return "Ma'am" if self.customer.title in ("Ms", "Mrs", "Ma'am", "Miss") else "Sir"
        if slot == "city":
            return self.city
        if slot == "mybank":
            return self.bank
        if slot == "po":
            return "po"
        return self.rng.choice(_WORDS[slot])

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        return distractor(kind, rng, self.asr, self.mode)

    # -- values ---------------------------------------------------------------------------------------------
    def _speech_mode(self, part: str | None) -> str:
        if self.mode == "tagalog" and (self.speaker == "agent" or part in ("_RB", "_BAD")):
            return "english"
        return self.mode

    def value(self, slot: str) -> str:
        if slot in PERSONS:
            return self._person(slot)
        base, part = _SLOT.match(slot).groups()
        raw, rng = self.raw[base], self.rng
        if base not in _GROUPS:
            return getattr(self, "_" + base.lower())(raw, part)
        digits = raw
        if part == "_BAD":
            i = rng.randrange(len(digits) - 4, len(digits))
            digits = digits[:i] + str((int(digits[i]) + rng.randint(1, 8)) % 10) + digits[i + 1:]
        if part == "_END4":
            return self._digits([digits[-4:]], part)
        groups = _split(digits, (4, 4, 4) if base == "ACCT" and len(digits) == 12 else _GROUPS[base])
        if part in ("_1", "_2"):
            half = (len(groups) + 1) // 2
            groups = groups[:half] if part == "_1" else groups[half:]
        if self.asr:
            if base == "TEL" and not part and self.mode != "numerals" and rng.random() < 0.25:
                wrong = str((int(groups[1]) + 1) % 1000).zfill(3)
                m = self._speech_mode(part)
                return (f"{K.spoken_digits(groups[:2], rng, m)}, ay, {K.spoken_digits([wrong], rng, m)} pala, "
                        f"{K.spoken_digits(groups[1:], rng, m)}")
            if base in _DASHED and self.mode == "numerals":
                return "-".join(groups)
            return self._digits(groups, part)
        if base in ("TEL", "ALT") and not part and rng.random() < 0.4:
            a, b, c = digits[1:4], digits[4:7], digits[7:]
            return rng.choice((f"+63 {a} {b} {c}", f"+63{a}{b}{c}", f"{digits[:4]}-{b}-{c}", f"(+63) {a}-{b}-{c}"))
        if base in _DASHED and not part:
            return rng.choice(("-".join(groups), "-".join(groups), "".join(groups), " ".join(groups)))
        if rng.random() < 0.55 or part in ("_1", "_2"):
            return "".join(groups)
        return " ".join(groups)

    def _digits(self, groups: list[str], part: str | None) -> str:
        if not self.asr:
            return " ".join(groups)
        return K.spoken_digits(groups, self.rng, self._speech_mode(part))

    def _person(self, slot: str) -> str:
        c, rng = self.customer, self.rng
        text = {"NAME": c.full, "GIVEN": c.first, "SURNAME": c.last, "THIRD": self.third.full,
                "STAFF": self.agent.first.split()[0], "STAFFNAME": f"{self.agent.first.split()[0]} {self.agent.last}"}.get(slot)
        if slot == "SPELT":
            letters = [ch.upper() for ch in c.last if ch.isalpha()]
            if self.asr and rng.random() < 0.5:
                return ", ".join(f"{ch} as in {_AS_IN.get(ch, ch.lower())}" if rng.random() < 0.5 else ch for ch in letters)
            return " ".join(letters) if self.asr else "".join(letters)
        if self.asr:
            return text if self.cased else text.lower()
        if self.texty and self.speaker == "customer" and rng.random() < 0.3:
            return text.lower()
        if slot == "NAME" and rng.random() < 0.2:  # forms: SURNAME, Given Middle
            return f"{c.last.upper()}, {' '.join(p for p in (c.first, c.middle) if p)}"
        return text

    def _dob(self, raw, part) -> str:
        year, month, day = raw
        rng, name = self.rng, K.MONTHS[month - 1]
        if self.asr:
            if self.mode == "numerals":
                return rng.choice((f"{name} {day}, {year}", f"{month:02d}/{day:02d}/{year}", f"{name} {K.ordinal_suffix(day)}, {year}"))
            if self.mode == "tagalog" and self.speaker == "customer":
                return f"ika-{day} ng {K.BUWAN[month - 1]}, {K.year_words(year)}"
            return rng.choice((f"{name} {K.number_words(day)}, {K.year_words(year)}",
                               f"{name} {day}, {K.year_words(year)}"))
        return rng.choice((f"{month:02d}/{day:02d}/{year}", f"{month:02d}/{day:02d}/{year}", f"{name} {day}, {year}",
                           f"{name[:3]}. {day}, {year}", f"{year}-{month:02d}-{day:02d}", f"{day} {name} {year}",
                           f"{month}/{day}/{str(year)[2:]}"))

    def _exp(self, raw, part) -> str:
        month, year = raw
        if self.asr:
            if self.mode == "numerals":
                return f"{month:02d}/{year}"
            return f"{K.spoken_digits([f'{month:02d}'], self.rng, 'english')}, {K.number_words(year)}"
        return self.rng.choice((f"{month:02d}/{year}", f"{month:02d}/20{year}", f"{month:02d}-{year}"))

    def _addr(self, raw, part) -> str:
        house, street, brgy, _ = raw
        if self.asr and self.mode != "numerals":
            house = _spoken_house(house)
        if part == "_L1":
            return f"{house} {street}"
        b = self.rng.choice(("Brgy.", "Barangay", "Brgy")) if not self.asr else "Barangay"
        tail = f", {b} {brgy}, {self.city}" if self.rng.random() < 0.7 else f", {b} {brgy}"
        prov = K.CITIES[self.city][0]
        tail += f", {prov}" if not self.asr and self.rng.random() < 0.3 else ""
        return f"{house} {street}{tail}"

    def _zip(self, raw, part) -> str:
        return self._digits([raw], part) if self.asr else raw

    def _mail(self, raw, part) -> str:
        if self.asr and self.mode != "numerals":
            return raw.replace(".", " dot ").replace("@", " at ").replace("_", " underscore ")
        return raw

    def _ctrl(self, raw, part) -> str:
        if self.asr and self.mode != "numerals":
            return " ".join(raw[:2]) + ", " + self._digits([raw[2:6], raw[6:]], part)
        return raw if not self.asr else f"{raw[:2]} {raw[2:6]} {raw[6:]}"

    def _track(self, raw, part) -> str:
        head = raw.rstrip("0123456789")
        if self.asr:
            spoken = self._digits([raw[len(head):][:5], raw[len(head):][5:]], part)
            return " ".join(head) + " " + spoken
        return raw

    def _ref(self, raw, part) -> str:
        if not self.asr or self.mode == "numerals":
            return raw
        head, digits = re.match(r"([A-Z\-\d]*?[A-Z\-])(\d+)$", raw).groups()
        letters = " ".join("dash" if ch == "-" else K.spoken_digits([ch], self.rng, "english") if ch.isdigit() else ch
                           for ch in head)
        return f"{letters} {K.spoken_digits([digits], self.rng, 'english')}"


_AS_IN = {"A": "apple", "B": "boy", "C": "cat", "D": "dog", "E": "egg", "F": "Fernando", "G": "girl", "H": "hotel",
          "I": "Ilocos", "J": "Jose", "K": "kape", "L": "Luzon", "M": "Manila", "N": "Nena", "O": "orange", "P": "Pedro",
          "Q": "queen", "R": "Rizal", "S": "Sampaguita", "T": "Tondo", "U": "umbrella", "V": "Visayas", "W": "water",
          "Y": "yellow", "Z": "zebra"}


def _split(digits: str, sizes: tuple[int, ...]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        if i < len(digits):
            out.append(digits[i:i + size])
            i += size
    if i < len(digits):
        out[-1] += digits[i:]
    return out


def _spoken_house(house: str) -> str:
    def words(m):
        n = int(m.group(0))
        return K.number_words(n) if n < 100 else K.spoken_digits([str(n)], random.Random(n), "english")
    return re.sub(r"\d+", words, house).replace("-", " ")
