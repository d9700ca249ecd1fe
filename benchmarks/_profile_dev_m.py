"""The ``dev_m`` conversation profile: the account holder, a third person, the agent, a Nigerian city, the
speech engine's numeral mode, and one raw value per kind, printed afresh at each mention.

Slots: ``BASE`` a mention; ``_1`` / ``_2`` halves of one value said or typed in two parts; ``_RB`` a read-back;
``_BAD`` a read-back with one digit wrong (still the caller's value, labelled like it); ``_END4`` last four;
``_L1`` house and street; ``_KEY`` digits keyed in on the phone pad. Persons: ``NAME GIVEN SURNAME SPELT THIRD STAFF STAFFNAME``. Lower-case slots are
plain words (``PLAIN``) or neutral look-alikes (``_distractor``).
"""
from __future__ import annotations

import random
import re

from benchmarks import _values_dev_m as K
from benchmarks._distractors_dev_m import distractor
from recognizers import entities as E

PERSONS = ("NAME", "GIVEN", "SURNAME", "SPELT", "THIRD", "STAFF", "STAFFNAME")
KINDS = {"DOB": E.DATE_OF_BIRTH, "TEL": E.PHONE_NUMBER, "MAIL": E.EMAIL_ADDRESS, "ADDR": E.STREET_ADDRESS,
         "POST": E.POSTCODE, "CARD": E.CREDIT_CARD, "EXP": E.CARD_EXPIRY, "CVV": E.CARD_CVV, "ACCT": E.ACCOUNT_NUMBER,
         "METER": E.ACCOUNT_NUMBER, "IUC": E.ACCOUNT_NUMBER, "WAYBILL": E.ACCOUNT_NUMBER, "REF": E.ACCOUNT_NUMBER,
         "BVN": E.NATIONAL_ID, "NIN": E.NATIONAL_ID, "OTP": E.AUTH_CODE, "PIN": E.AUTH_CODE}
_SLOT = re.compile(r"^([A-Z]+?)(_1|_2|_RB|_BAD|_END4|_L1|_KEY)?$")
PLAIN = frozenset({"title", "yes", "ok", "thanks", "bye", "city", "mybank"})
_WORDS = {"yes": ("yes o", "yes", "yes ma", "exactly", "that's correct"), "ok": ("okay", "alright", "oya okay", "no wahala"),
          "thanks": ("thank you", "thank you so much", "thanks a lot", "I'm grateful"),
          "bye": ("bye bye", "have a nice day", "God bless you", "take care")}
_GROUPS = {"TEL": (4, 3, 4), "ACCT": (3, 3, 4), "BVN": (3, 4, 4), "NIN": (4, 3, 4), "METER": (4, 3, 4), "IUC": (3, 3, 4),
           "CARD": (4, 4, 4, 4, 3), "OTP": (3, 3), "PIN": (4,), "CVV": (3,)}
_DOMAINS = ("gmail.com", "gmail.com", "yahoo.com", "outlook.com", "ymail.com", "hotmail.com")


class ProfileM:
    """Values of one conversation; ``value(slot)`` prints one mention, ``label(slot)`` its entity."""

    PLAIN = PLAIN

    def __init__(self, customer, agent, style: str, rng: random.Random, third) -> None:
        self.customer, self.agent, self.third, self.style, self.rng = customer, agent, third, style, rng
        self.asr = style == "asr"
        self.numerals = rng.random() < 0.4  # engine setting: digits as numerals, else as words
        self.cased = rng.random() < 0.65  # engine capitalises names it recognises
        self.sloppy = not self.asr and rng.random() < 0.6
        self.city = rng.choice(sorted(K.CITIES))
        self.speaker = "customer"
        self.bot = False
        self.domain = "bank"  # set by the assembler
        self.bank, acct = K.nuban(rng)
        year, month, day = K.dob(rng)
        house, street, area = K.address(self.city, rng)
        c = customer
        user = rng.choice((f"{c.first}.{c.last}", f"{c.first}{c.last}{rng.randint(1, 99)}", f"{c.last}.{c.first}",
                           f"{c.first}_{c.last}", f"{c.first[0]}{c.last}")).lower().replace("-", "")
        self.raw = {"TEL": K.phone(rng), "ACCT": acct, "BVN": K.bvn(rng), "NIN": K.nin(rng), "CARD": K.card(rng),
                    "CVV": f"{rng.randint(0, 999):03d}", "EXP": (rng.randint(1, 12), rng.randint(26, 31)),
                    "DOB": (year, month, day), "ADDR": (house, street, area), "POST": K.postcode(self.city, rng),
                    "MAIL": f"{user}@{rng.choice(_DOMAINS)}", "METER": K.meter(rng), "IUC": K.iuc(rng),
                    "WAYBILL": K.waybill(rng), "REF": K.reference(rng), "OTP": f"{rng.randint(0, 999999):06d}",
                    "PIN": f"{rng.randint(0, 9999):04d}"}

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileM":
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
        if slot == "city":
            return self.city
        if slot == "mybank":
            return self.bank
        return self.rng.choice(_WORDS[slot])

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        return distractor(kind, rng, self.asr, self.numerals, self.domain)

    # -- values ---------------------------------------------------------------------------------------------
    def value(self, slot: str) -> str:
        if slot in PERSONS:
            return self._person(slot)
        base, part = _SLOT.match(slot).groups()
        raw, rng = self.raw[base], self.rng
        if base in _GROUPS:
            digits = raw
            if part == "_BAD":
                i = rng.randrange(len(digits) - 4, len(digits))
                digits = digits[:i] + str((int(digits[i]) + rng.randint(1, 8)) % 10) + digits[i + 1:]
            if part == "_KEY":  # keyed in: the IVR logs the digits
                return digits
            if part == "_END4":
                return self._digits([digits[-4:]])
            groups = _split(digits, _GROUPS[base])
            if base == "TEL" and not self.asr and rng.random() < 0.35:
                return self._typed_intl(digits)
            if part in ("_1", "_2"):
                half = (len(groups) + 1) // 2
                groups = groups[:half] if part == "_1" else groups[half:]
            if self.asr and base == "TEL" and not part and not self.numerals and rng.random() < 0.2:
                wrong = str((int(groups[1]) + 1) % 1000).zfill(3)
                return f"{self._digits(groups[:2])}, {self._digits([wrong])} sorry, {self._digits(groups[1:])}"
            if not self.asr and (rng.random() < 0.6 or part in ("_1", "_2")):
                return "".join(groups) if base in ("TEL", "ACCT", "BVN", "METER", "IUC", "OTP", "PIN", "CVV") \
                    else " ".join(groups)
            return self._digits(groups)
        return getattr(self, "_" + base.lower())(raw, part)

    def _digits(self, groups: list[str]) -> str:
        if not self.asr:
            return " ".join(groups)
        return K.spoken_digits(groups, self.rng, self.numerals)

    def _typed_intl(self, digits: str) -> str:
        a, b, c = _intl_parts(digits)
        return self.rng.choice((f"+234{a}{b}{c}", f"+234 {a} {b} {c}", f"234{a}{b}{c}", f"+234 {a} {b}{c}"))

    def _person(self, slot: str) -> str:
        c, rng = self.customer, self.rng
        text = {"NAME": c.full, "GIVEN": c.first, "SURNAME": c.last, "THIRD": self.third.full,
                "STAFF": self.agent.first, "STAFFNAME": f"{self.agent.first} {self.agent.last}"}.get(slot)
        if slot == "SPELT":
            letters = [ch.upper() for ch in c.last if ch.isalpha()]
            if self.asr and rng.random() < 0.5:
                return ", ".join(f"{ch} for {_FOR.get(ch, ch.lower())}" if rng.random() < 0.5 else ch for ch in letters)
            return "-".join(letters) if not self.asr else ", ".join(letters)
        if self.asr:
            if slot in ("STAFF", "STAFFNAME"):
                return text if self.cased else text.lower()
            words = [_mishear(w, rng) if len(w) >= 7 and rng.random() < 0.2 else w for w in text.split()]
            text = " ".join(words)
            return text if self.cased else text.lower()
        if self.sloppy and self.speaker == "customer" and rng.random() < 0.3:
            return text.lower()
        if slot == "NAME" and rng.random() < 0.15:
            return f"{c.last.upper()} {' '.join(p for p in (c.first, c.middle) if p)}"  # surname first, in capitals
        return text

    def _dob(self, raw, part) -> str:
        year, month, day = raw
        rng, name = self.rng, K.MONTHS[month - 1]
        if self.asr:
            if self.numerals:
                return rng.choice((f"{K.ordinal_suffix(day)} of {name}, {year}", f"{name} {K.ordinal_suffix(day)}, {year}",
                                   f"{day:02d}/{month:02d}/{year}"))
            return rng.choice((f"{K.ordinal_words(day)} of {name}, {K.year_words(year)}",
                               f"{name} {K.ordinal_words(day)}, {K.year_words(year)}",
                               f"{K.ordinal_words(day)} {name} {K.year_words(year)}"))
        return rng.choice((f"{day:02d}/{month:02d}/{year}", f"{day:02d}/{month:02d}/{year}", f"{day}-{month:02d}-{year}",
                           f"{K.ordinal_suffix(day)} {name} {year}", f"{day} {name[:3]}, {year}", f"{year}-{month:02d}-{day:02d}"))

    def _exp(self, raw, part) -> str:
        month, year = raw
        if self.asr:
            if self.numerals:
                return f"{month:02d}/{year}"
            return f"{K.spoken_digits([f'{month:02d}'], self.rng, False)}, {K.number_words(year)}"
        return self.rng.choice((f"{month:02d}/{year}", f"{month:02d}/20{year}", f"{K.MONTHS[month - 1][:3]} 20{year}"))

    def _addr(self, raw, part) -> str:
        house, street, area = raw
        if self.asr and not self.numerals:
            house = _spoken_house(house)
        if part == "_L1":
            return f"{house} {street}"
        tail = f", {area}, {self.city}" if self.rng.random() < 0.7 else f", {area}"
        state = f", {K.CITIES[self.city][0]} State" if not self.asr and self.rng.random() < 0.2 \
            and K.CITIES[self.city][0] != "FCT" else ""
        return f"{house} {street}{tail}{state}"

    def _post(self, raw, part) -> str:
        return self._digits([raw[:3], raw[3:]]) if self.asr else raw

    def _mail(self, raw, part) -> str:
        if self.asr and not self.numerals:
            return raw.replace(".", " dot ").replace("@", " at ").replace("_", " underscore ")
        return raw

    def _waybill(self, raw, part) -> str:
        if self.asr:
            return " ".join(raw[:3]) + " " + self._digits([raw[3:7], raw[7:]])
        return raw

    def _ref(self, raw, part) -> str:
        if not self.asr:
            return raw
        if self.numerals:
            return raw
        head, digits = re.match(r"([A-Z/\-\d]*?[A-Z/\-])(\d+)$", raw).groups()
        letters = " ".join("slash" if ch == "/" else "dash" if ch == "-" else K.spoken_digits([ch], self.rng, False)
                           if ch.isdigit() else ch for ch in head)
        return f"{letters} {K.spoken_digits([digits], self.rng, False)}"


_FOR = {"A": "apple", "B": "boy", "C": "cat", "D": "dog", "E": "egg", "F": "fish", "G": "goat", "H": "house",
        "I": "ink", "J": "jug", "K": "king", "L": "lion", "M": "mango", "N": "Nigeria", "O": "orange", "P": "pen",
        "R": "rat", "S": "sugar", "T": "tiger", "U": "umbrella", "W": "water", "Y": "yam", "Z": "zebra"}


def _split(digits: str, sizes: tuple[int, ...]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        if i < len(digits):
            out.append(digits[i:i + size])
            i += size
    if i < len(digits):
        out[-1] += digits[i:]
    return out


def _intl_parts(digits: str) -> tuple[str, ...]:
    rest = digits[1:]
    return rest[:3], rest[3:6], rest[6:]


def _mishear(word: str, rng: random.Random) -> str:
    """A long name split where the engine heard two words (``Chukwuemeka`` -> ``Chukwu emeka``)."""
    cut = len(word) // 2
    while cut < len(word) - 2 and word[cut - 1] not in "aeiou":
        cut += 1
    return word[:cut] + " " + word[cut:].lower()


def _spoken_house(house: str) -> str:
    def words(m):
        n = int(m.group(1))
        spoken = K.number_words(n) if n < 100 else K.spoken_digits([str(n)], random.Random(n), False)
        return spoken + (" " + m.group(2) if m.group(2) else "")
    return re.sub(r"(\d+)([A-Z]?)", words, house.replace("No ", "number "))
