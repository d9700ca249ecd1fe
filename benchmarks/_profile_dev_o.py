"""The ``dev_o`` conversation profile: the caller (Singapore or Malaysia), a third person, the agent, the digit
mode of the call, one raw value per kind printed afresh at each mention, and the family's neutral look-alikes.

Slots: ``BASE`` a mention; ``_1`` / ``_2`` halves said in two parts; ``_RB`` a read-back by the agent; ``_END4``
last four. Persons: ``NAME GIVEN SURNAME SPELT THIRD STAFF STAFFNAME``. Lower-case slots are plain words
(``PLAIN``) or neutral look-alikes (``distractor``).
"""
from __future__ import annotations

import random
import re

from benchmarks import _values_dev_o as K
from recognizers import entities as E

PERSONS = ("NAME", "GIVEN", "SURNAME", "SPELT", "THIRD", "STAFF", "STAFFNAME")
KINDS = {"DOB": E.DATE_OF_BIRTH, "TEL": E.PHONE_NUMBER, "ALT": E.PHONE_NUMBER, "MAIL": E.EMAIL_ADDRESS,
         "ADDR": E.STREET_ADDRESS, "ZIP": E.POSTCODE, "CARD": E.CREDIT_CARD,
         "EXP": E.CARD_EXPIRY, "CVV": E.CARD_CVV, "ACCT": E.ACCOUNT_NUMBER, "IC": E.NATIONAL_ID, "OTP": E.AUTH_CODE}
_SLOT = re.compile(r"^([A-Z]+?)(_1|_2|_RB|_END4)?$")
PLAIN = frozenset({"title", "yes", "ok", "thanks", "bye", "bank", "cur", "town"})
_WORDS = {"yes": ("yes lah", "ya, correct", "correct", "yup, that one", "betul", "ya ya"),
          "ok": ("okay lor", "can, can", "okay", "boleh", "ok lah"),
          "thanks": ("thank you ah", "thanks ya", "terima kasih", "thank you so much"),
          "bye": ("bye bye", "okay bye", "thanks, bye", "jumpa lagi")}
_MAILS = ("gmail.com", "gmail.com", "yahoo.com.sg", "hotmail.com", "outlook.com", "singnet.com.sg", "yahoo.com.my")
_LINES = {"SG": ("6333 8888", "1800 222 1111", "6565 0000"), "MY": ("1-300-88-6688", "03-2178 8888", "1800-88-1234")}


class ProfileO:
    """Values of one conversation; ``value(slot)`` prints one mention, ``label(slot)`` its entity."""

    PLAIN = PLAIN

    def __init__(self, customer, agent, style: str, rng: random.Random, third) -> None:
        self.customer, self.agent, self.third, self.style, self.rng = customer, agent, third, style, rng
        self.asr = style == "asr"
        self.country = "SG" if rng.random() < 0.6 else "MY"
        self.words = rng.random() < 0.65  # the call's ASR prints digits as words (else numerals)
        self.cased = rng.random() < 0.65  # names capitalised in this call's captions
        self.speaker = "customer"
        year, month, day = dob = K.dob(rng)
        self.bank, acct = K.bank_account(rng, self.country)
        c = customer
        handle = re.sub(r"[^a-z]", "", c.called.lower()) or "user"
        other = re.sub(r"[^a-z]", "", c.spell.lower())
        user = rng.choice((f"{handle}.{other}", f"{handle}{other}{rng.randint(1, 99)}", f"{handle}_{year % 100:02d}",
                           f"{other}{handle[:1]}{rng.randint(70, 99)}"))
        self.raw = {"TEL": K.sg_mobile(rng) if self.country == "SG" else K.my_mobile(rng),
                    "ALT": K.sg_mobile(rng) if self.country == "SG" else K.my_mobile(rng),
                    "ACCT": acct, "IC": K.nric(rng, year) if self.country == "SG" else K.mykad(rng, dob),
                    "CARD": K.card(rng), "CVV": f"{rng.randint(0, 999):03d}", "EXP": (rng.randint(1, 12), rng.randint(27, 31)),
                    "DOB": dob, "MAIL": f"{user}@{rng.choice(_MAILS)}", "OTP": f"{rng.randint(0, 999999):06d}"}
        if self.country == "SG":
            street, unit, post = K.sg_address(rng)
            self.raw["ADDR"], self.raw["ZIP"], self.town = (street, unit), post, "Singapore"
        else:
            line, post, town, state = K.my_address(rng)
            self.raw["ADDR"], self.raw["ZIP"], self.town = (line, town, state), post, town

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileO":
        return cls(names.name(origin), names.name(), style, rng, third=names.name(origin))

    # -- labels ---------------------------------------------------------------------------------------------
    def label(self, slot: str) -> str:
        return E.PERSON if slot in PERSONS else KINDS[_SLOT.match(slot).group(1)]

    def origin(self, slot: str) -> str | None:
        if slot not in PERSONS:
            return None
        return {"THIRD": self.third, "STAFF": self.agent, "STAFFNAME": self.agent}.get(slot, self.customer).origin

    def plain(self, slot: str) -> str:
        if slot == "title":
            return self.customer.title if self.customer.title != "Sir" else "Mr"
        if slot == "bank":
            return self.bank
        if slot == "cur":
            return "S$" if self.country == "SG" else "RM"
        if slot == "town":
            return self.town
        return self.rng.choice(_WORDS[slot])

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        """A NEUTRAL value: amounts, dates, times, durations, hotlines, order and booking references."""
        spoken = self.asr and self.words
        if kind == "money":
            n = rng.choice((38, 129, 250, 480, 1200, 2999))
            cur = "S$" if self.country == "SG" else "RM"
            return f"{number_words_money(n)} {'dollars' if cur == 'S$' else 'ringgit'}" if spoken else f"{cur}{n:,}.00"
        if kind == "date":
            d, m = rng.randint(1, 28), rng.randint(10, 11)
            return f"{K.number_words(d)} {K.MONTHS[m - 1]}" if spoken else rng.choice((f"{d} {K.MONTHS[m - 1]}", f"{d}/{m}"))
        if kind == "time":
            h, mi = rng.randint(9, 18), rng.choice((0, 15, 30, 45))
            h12 = h if h <= 12 else h - 12
            if spoken:
                said = "o'clock" if mi == 0 else K.number_words(mi)
                return f"{K.number_words(h12)} {said} {'in the morning' if h < 12 else 'in the afternoon'}"
            return f"{h12}:{mi:02d}{'am' if h < 12 else 'pm'}"
        if kind == "span":
            n, unit = rng.choice(((3, "working days"), (7, "working days"), (24, "hours"), (14, "days")))
            return f"{K.number_words(n)} {unit}" if spoken else f"{n} {unit}"
        if kind == "helpline":
            return rng.choice(_LINES[self.country])
        if kind == "order":
            return rng.choice((f"ORD-{rng.randint(10, 99)}{rng.choice('KQXZ')}{rng.randint(1000, 9999)}",
                               f"{rng.randint(2400, 2412)}-{rng.randint(10, 99)}{rng.choice('ABKQ')}{rng.choice('LMPR')}",
                               f"booking {rng.choice('ABCDEFGHJK')}{rng.choice('LMNPQRSTUV')}{rng.randint(1000, 9999)}"))
        raise KeyError(kind)

    # -- values ---------------------------------------------------------------------------------------------
    def value(self, slot: str) -> str:
        if slot in PERSONS:
            return self._person(slot)
        base, part = _SLOT.match(slot).groups()
        raw, rng = self.raw[base], self.rng
        if base in ("DOB", "ADDR", "ZIP", "MAIL", "EXP", "IC"):
            return getattr(self, "_" + base.lower())(raw, part)
        digits = raw
        if part == "_END4":
            return self._say([digits[-4:]])
        sizes = {"TEL": (4, 4) if self.country == "SG" else (3, 3, 4), "ALT": (4, 4) if self.country == "SG" else (3, 3, 4),
                 "CARD": (4, 4, 4, 4), "OTP": (3, 3), "CVV": (3,), "ACCT": (3, 3, 4, 4)}[base]
        groups = _split(digits, sizes)
        if part in ("_1", "_2"):
            half = (len(groups) + 1) // 2
            groups = groups[:half] if part == "_1" else groups[half:]
        if self.asr:
            return self._say(groups)
        if base in ("TEL", "ALT") and not part:
            cc = "+65" if self.country == "SG" else "+60"
            local = digits if self.country == "SG" else digits[1:]
            return rng.choice((f"{cc} {' '.join(_split(local, (4, 4) if self.country == 'SG' else (2, 3, 4)))}",
                               f"{cc}{local}", " ".join(groups), "".join(groups),
                               f"{digits[:3]}-{digits[3:6]} {digits[6:]}" if self.country == "MY" else f"{digits[:4]}-{digits[4:]}"))
        return rng.choice(("".join(groups), " ".join(groups), "-".join(groups) if base == "CARD" else " ".join(groups)))

    def _say(self, groups: list[str]) -> str:
        if self.asr and self.words:
            return K.spoken_digits(groups, self.rng, local=True)
        return " ".join(groups)

    def _person(self, slot: str) -> str:
        c, rng = self.customer, self.rng
        text = {"NAME": c.full, "GIVEN": c.called, "SURNAME": c.surname, "THIRD": self.third.full,
                "STAFF": self.agent.called, "STAFFNAME": self.agent.full}.get(slot)
        if slot == "SPELT":
            letters = [ch.upper() for ch in c.spell if ch.isalpha()]
            if self.asr:
                return ", ".join(K.SPELL.get(ch, ch) if rng.random() < 0.4 else ch for ch in letters)
            return "-".join(letters)
        if self.asr and not self.cased:
            return text.lower()
        if not self.asr and self.speaker == "customer" and slot == "NAME" and rng.random() < 0.2:
            return text.upper()  # as on the IC
        return text

    def _ic(self, raw: str, part) -> str:
        if not self.asr:
            return raw if self.country == "SG" else self.rng.choice((raw, raw.replace("-", "")))
        if self.country == "SG":
            head, body, tail = raw[0], raw[1:8], raw[8]
            if self.words:
                a = K.SPELL[head] if self.rng.random() < 0.6 else head
                b = K.SPELL.get(tail, tail) if self.rng.random() < 0.6 else tail
                return f"{a}, {K.spoken_digits([body], self.rng, True)}, {b}"
            return f"{head} {body} {tail}"
        groups = raw.split("-")
        return self._say(groups) if self.words else "-".join(groups)

    def _dob(self, raw, part) -> str:
        year, month, day = raw
        name, rng = K.MONTHS[month - 1], self.rng
        if self.asr and self.words:
            return rng.choice((f"{K.number_words(day)} {name} {K.year_words(year)}",
                               f"{name} {K.number_words(day)}, {K.year_words(year)}"))
        if self.asr:
            return f"{day} {name} {year}"
        return rng.choice((f"{day:02d}/{month:02d}/{year}", f"{day} {name} {year}", f"{day}-{name[:3]}-{year}",
                           f"{day:02d}.{month:02d}.{year}", f"{day}/{month}/{str(year)[2:]}"))

    def _exp(self, raw, part) -> str:
        month, year = raw
        if self.asr and self.words:
            return f"{K.spoken_digits([f'{month:02d}'], self.rng, True)}, {K.number_words(year)}"
        return f"{month:02d}/{year}"

    def _addr(self, raw, part) -> str:
        if self.country == "SG":
            street, unit = raw
            if self.asr and self.words:
                blk = re.search(r"\d+", street).group(0)
                floor, num = unit[1:].split("-")
                street = street.replace(blk, K.spoken_digits([blk], self.rng, True))
                return f"{street}, hash {K.number_words(int(floor))} dash {K.spoken_digits([num], self.rng, True)}"
            return f"{street} {unit}" if self.rng.random() < 0.5 else f"{street}, {unit}"
        line, town, state = raw
        if self.asr:
            return f"{line}, {town}"
        return f"{line}, {town}" if self.rng.random() < 0.5 else f"{line}, {town}, {state}"

    def _zip(self, raw, part) -> str:
        if self.asr and self.words:
            return K.spoken_digits([raw], self.rng, True)
        return raw

    def _mail(self, raw, part) -> str:
        if self.asr and self.words:
            return raw.replace(".", " dot ").replace("@", " at ").replace("_", " underscore ")
        return raw


def number_words_money(n: int) -> str:
    return K.number_words(n)


def _split(digits: str, sizes: tuple[int, ...]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        if i < len(digits):
            out.append(digits[i:i + size])
            i += size
    if i < len(digits):
        out[-1] += digits[i:]
    return out
