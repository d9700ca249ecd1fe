"""The ``dev_p`` conversation profile: the caller (UAE, Saudi Arabia, Qatar, Egypt or Jordan), a relative, the agent,
the digit mode of the call, one raw value per kind printed afresh at each mention, and the neutral look-alikes.

Slots: ``BASE`` a mention; ``_1`` / ``_2`` halves said in two parts; ``_RB`` a read-back by the agent; ``_END4``
last four. Persons: ``NAME GIVEN SURNAME SPELT THIRD STAFF STAFFNAME KUNYA``. Lower-case slots are plain words
(``PLAIN``) or neutral look-alikes (``distractor``).
"""
from __future__ import annotations

import random
import re

from benchmarks import _values_dev_p as K
from recognizers import entities as E

PERSONS = ("NAME", "GIVEN", "SURNAME", "SPELT", "THIRD", "STAFF", "STAFFNAME", "KUNYA")
KINDS = {"DOB": E.DATE_OF_BIRTH, "HIJRI": E.DATE_OF_BIRTH, "TEL": E.PHONE_NUMBER, "ALT": E.PHONE_NUMBER,
         "LAND": E.PHONE_NUMBER, "MAIL": E.EMAIL_ADDRESS, "ADDR": E.STREET_ADDRESS, "LOC": E.STREET_ADDRESS,
         "ZIP": E.POSTCODE, "CARD": E.CREDIT_CARD, "EXP": E.CARD_EXPIRY, "CVV": E.CARD_CVV, "ACCT": E.ACCOUNT_NUMBER,
         "IBAN": E.IBAN_CODE, "ID": E.NATIONAL_ID, "OTP": E.AUTH_CODE}
_SLOT = re.compile(r"^([A-Z]+?)(_1|_2|_RB|_END4)?$")
PLAIN = frozenset({"title", "yes", "ok", "thanks", "bye", "bank", "city", "idname", "cur", "god", "loccue"})
_WORDS = {"yes": ("yes, correct", "yes habibi", "aiwa, correct", "exactly", "yes, wallah", "naam, that's right"),
          "ok": ("okay, yalla", "khalas, fine", "okay inshallah", "tayeb, okay", "no problem"),
          "thanks": ("shukran", "thank you so much", "shukran jazeelan", "thanks, God bless you"),
          "bye": ("ma'a salama", "bye bye", "yalla bye", "khalas, bye"),
          "god": ("inshallah", "mashallah", "alhamdulillah", "wallah")}
_MAILS = ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com")
_LINES = {"AE": ("800 4422", "600 52 3344", "800 SAHRA"), "SA": ("9200 33445", "800 124 4040"), "QA": ("4400 0044", "800 7711"),
          "EG": ("19955", "16600"), "JO": ("06 500 1122", "0800 22 122")}
_CUR = {"AE": ("AED", "dirhams"), "SA": ("SAR", "riyals"), "QA": ("QAR", "riyals"), "EG": ("EGP", "pounds"), "JO": ("JOD", "dinars")}
_PHONE_GROUPS = {8: (4, 4), 9: (2, 3, 4), 10: (3, 3, 4), 11: (3, 4, 4)}  # by length with the trunk 0
_IDNAME = {"AE": "Emirates ID", "SA": "ID", "QA": "QID", "EG": "national ID", "JO": "national number"}


class ProfileP:
    """Values of one conversation; ``value(slot)`` prints one mention, ``label(slot)`` its entity."""

    PLAIN = PLAIN

    def __init__(self, customer, agent, style: str, rng: random.Random, third) -> None:
        self.customer, self.agent, self.third, self.style, self.rng = customer, agent, third, style, rng
        self.asr = style == "asr"
        self.country = customer.country
        self.words = rng.random() < 0.55  # the call's ASR prints digits as words (else numerals)
        self.cased = rng.random() < 0.7  # names capitalised in this call's transcript
        self.arabizi = not self.asr and customer.arabizi is not None and rng.random() < 0.5
        self.speaker = "customer"
        year, month, day = birth = K.dob(rng)
        self.bank, self.iban = K.iban_for(rng, self.country)
        c = customer
        handle = (c.arabizi if self.arabizi else re.sub(r"[^a-z]", "", c.called.lower())) or "user"
        other = re.sub(r"[^a-z]", "", c.spell.lower())
        user = rng.choice((f"{handle}.{other}", f"{handle}{other}{rng.randint(1, 99)}", f"{handle}_{year % 100:02d}",
                           f"{other}.{handle[:1]}{rng.randint(70, 99)}"))
        ident = {"AE": lambda: K.emirates_id(rng, year), "SA": lambda: K.saudi_id(rng, c.origin == "arab"),
                 "QA": lambda: K.qatar_id(rng, year, c.origin), "EG": lambda: K.egypt_id(rng, birth, c.male),
                 "JO": lambda: K.jordan_id(rng, year, c.male)}[self.country]()
        self.raw = {"TEL": K.mobile(rng, self.country), "ALT": K.mobile(rng, self.country), "LAND": K.landline(rng, self.country),
                    "ACCT": K.utility_account(rng), "ID": ident, "CARD": K.card(rng), "CVV": f"{rng.randint(0, 999):03d}",
                    "EXP": (rng.randint(1, 12), rng.randint(27, 31)), "DOB": birth, "HIJRI": K.hijri(birth),
                    "MAIL": f"{user}@{rng.choice(_MAILS)}", "OTP": f"{rng.randint(0, 999999):06d}", "IBAN": self.iban}
        street, self.city, post, extra = K.address(rng, self.country)
        self.raw["ADDR"], self.raw["ZIP"] = street, post or ""
        self.loccue, self.raw["LOC"] = extra or ("", "")

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileP":
        return cls(names.name(origin), names.agent(), style, rng, third=names.relative(origin))

    # -- labels ---------------------------------------------------------------------------------------------
    def label(self, slot: str) -> str:
        return E.PERSON if slot in PERSONS else KINDS[_SLOT.match(slot).group(1)]

    def origin(self, slot: str) -> str | None:
        if slot not in PERSONS:
            return None
        return {"THIRD": self.third, "STAFF": self.agent, "STAFFNAME": self.agent}.get(slot, self.customer).origin

    def plain(self, slot: str) -> str:
        if slot == "title":
            return self.customer.title
        if slot == "bank":
            return self.bank
        if slot == "city":
            return self.city
        if slot == "loccue":
            return self.loccue
        if slot == "idname":
            return _IDNAME[self.country] if self.customer.origin == "arab" or self.country != "SA" else "iqama"
        if slot == "cur":
            return _CUR[self.country][0]
        return self.rng.choice(_WORDS[slot])

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        """A NEUTRAL value: amounts, dates, times, durations, hotlines, order and booking references."""
        spoken = self.asr and self.words
        if kind == "money":
            n = rng.choice((45, 129, 250, 480, 1250, 3200))
            code, word = _CUR[self.country]
            return f"{K.number_words(n)} {word}" if spoken else rng.choice((f"{code} {n:,}.00", f"{n:,} {code}"))
        if kind == "date":
            d, m = rng.randint(1, 28), rng.randint(10, 11)
            return f"the {K.number_words(d)} of {K.MONTHS[m - 1]}" if spoken else rng.choice((f"{d} {K.MONTHS[m - 1]}", f"{d}/{m}/2026"))
        if kind == "time":
            h, mi = rng.randint(9, 18), rng.choice((0, 15, 30, 45))
            h12 = h if h <= 12 else h - 12
            if spoken:
                return f"{K.number_words(h12)} {'o clock' if mi == 0 else K.number_words(mi)} {'in the morning' if h < 12 else 'in the evening'}"
            return f"{h12}:{mi:02d} {'AM' if h < 12 else 'PM'}"
        if kind == "span":
            n, unit = rng.choice(((3, "working days"), (5, "working days"), (48, "hours"), (10, "days")))
            return f"{K.number_words(n)} {unit}" if spoken else f"{n} {unit}"
        if kind == "helpline":
            return rng.choice(_LINES[self.country])
        if kind == "order":
            return rng.choice((f"SQ-{rng.randint(10, 99)}{rng.choice('KQXZ')}{rng.randint(10000, 99999)}",
                               f"{rng.choice('ABCDEFGHJK')}{rng.choice('LMNPQRSTUV')}{rng.randint(1, 9)}{rng.choice('XQZW')}{rng.randint(10, 99)}",
                               f"AWB {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"))
        raise KeyError(kind)

    # -- values ---------------------------------------------------------------------------------------------
    def value(self, slot: str) -> str:
        if slot in PERSONS:
            return self._person(slot)
        base, part = _SLOT.match(slot).groups()
        raw, rng = self.raw[base], self.rng
        if base in ("DOB", "HIJRI", "ADDR", "ZIP", "MAIL", "EXP", "ID", "IBAN", "LOC"):
            return getattr(self, "_" + base.lower())(raw, part)
        phone = base in ("TEL", "ALT", "LAND")
        digits = "0" + raw if phone and self.country != "QA" else raw  # Qatar has no trunk prefix
        if part == "_END4":
            return self._say([digits[-4:]])
        sizes = _PHONE_GROUPS[len(digits)] if phone else {"CARD": (4, 4, 4, 4), "OTP": (3, 3), "CVV": (3,), "ACCT": (2, 4, 4)}[base]
        groups = _split(digits, sizes)
        if part in ("_1", "_2"):
            half = (len(groups) + 1) // 2
            groups = groups[:half] if part == "_1" else groups[half:]
        if self.asr:
            return self._say(groups)
        if base in ("TEL", "ALT", "LAND") and not part:
            cc = K.CODES[self.country]
            return rng.choice((f"{cc} {' '.join(_split(raw, {8: (4, 4), 9: (2, 3, 4), 10: (2, 4, 4)}[len(raw)]))}",
                               f"{cc}{raw}", " ".join(groups), "".join(groups), f"00{cc[1:]} {raw}", "-".join(groups)))
        return rng.choice(("".join(groups), " ".join(groups), "-".join(groups) if base == "CARD" else " ".join(groups)))

    def _say(self, groups: list[str]) -> str:
        if self.asr and self.words:
            return K.spoken_digits(groups, self.rng, local=True)
        return " ".join(groups)

    def _person(self, slot: str) -> str:
        c, rng = self.customer, self.rng
        text = {"NAME": c.full, "GIVEN": c.called, "SURNAME": c.surname, "THIRD": self.third.full, "KUNYA": c.kunya,
                "STAFF": self.agent.called, "STAFFNAME": self.agent.full}.get(slot)
        if slot == "SPELT":
            letters = [ch.upper() for ch in c.spell if ch.isalpha()]
            if self.asr:
                return ", ".join(K_SPELL.get(ch, ch) if rng.random() < 0.4 else ch for ch in letters)
            return "-".join(letters)
        if self.arabizi and self.speaker == "customer" and slot == "GIVEN":
            return c.arabizi
        if self.asr and not self.cased:
            return text.lower()
        if not self.asr and self.speaker == "customer" and slot == "NAME" and rng.random() < 0.2:
            return text.upper()  # as on the ID card
        return text

    def _id(self, raw: str, part) -> str:
        if not self.asr:
            return raw if self.rng.random() < 0.7 else raw.replace("-", "")
        groups = raw.split("-") if "-" in raw else _split(raw, (4, 3, 3) if len(raw) == 10 else (3, 4, 4, 3))
        return self._say(groups) if self.words else (raw if "-" in raw else " ".join(groups))

    def _iban(self, raw: str, part) -> str:
        if self.asr:
            body = raw[2:]
            said = K.spoken_digits(_split(body, (2, 4, 4, 4, 4, 4, 4, 4)), self.rng, True) if self.words else " ".join(_split(body, (2, 4, 4, 4, 4, 4, 4)))
            return f"{raw[0]} {raw[1]}, {said}" if self.words else f"{raw[:2]} {said}"
        return K.iban_print(raw, self.rng)

    def _dob(self, raw, part) -> str:
        year, month, day = raw
        name, rng = K.MONTHS[month - 1], self.rng
        if self.asr and self.words:
            return rng.choice((f"{K.number_words(day)} {name} {K.year_words(year)}",
                               f"the {K.number_words(day)} of {name}, {K.year_words(year)}"))
        if self.asr:
            return f"{day} {name} {year}"
        return rng.choice((f"{day:02d}/{month:02d}/{year}", f"{day} {name} {year}", f"{day}-{name[:3]}-{year}",
                           f"{year}-{month:02d}-{day:02d}", f"{day}.{month}.{year}"))

    def _hijri(self, raw, part) -> str:
        year, month, day = raw
        name = K.HIJRI_MONTHS[month - 1]
        if self.asr and self.words:
            return f"{K.number_words(day)} {name} {K.spoken_digits([str(year)], self.rng, False)}"
        return self.rng.choice((f"{day} {name} {year}", f"{day:02d}/{month:02d}/{year} H", f"{year}/{month:02d}/{day:02d}"))

    def _exp(self, raw, part) -> str:
        month, year = raw
        if self.asr and self.words:
            return f"{K.spoken_digits([f'{month:02d}'], self.rng, True)}, {K.number_words(year)}"
        return f"{month:02d}/{year}"

    def _addr(self, raw: str, part) -> str:
        if self.asr and self.words:
            return re.sub(r"\d+", lambda m: K.number_words(int(m.group(0))), raw)
        return raw

    def _loc(self, raw: str, part) -> str:
        if self.asr and self.words:
            if raw[:1].isalpha():  # a Saudi short address: letters one by one, then the digits
                return " ".join(raw[:4]) + ", " + K.spoken_digits([raw[4:]], self.rng, True)
            return re.sub(r"\d+", lambda m: K.spoken_digits([m.group(0)], self.rng, True), raw)
        return raw

    def _zip(self, raw: str, part) -> str:
        if self.asr and self.words:
            return K.spoken_digits([raw], self.rng, True)
        return raw

    def _mail(self, raw: str, part) -> str:
        if self.asr and self.words:
            return raw.replace(".", " dot ").replace("@", " at ").replace("_", " underscore ")
        return raw


K_SPELL = {"A": "A for Alpha", "B": "B for Bravo", "D": "D for Delta", "E": "E for Echo", "F": "F for Fox",
           "H": "H for Hotel", "K": "K for Kilo", "L": "L for Lima", "M": "M for Mike", "N": "N for November",
           "R": "R for Romeo", "S": "S for Sierra", "Y": "Y for Yankee", "Z": "Z for Zulu", "G": "G for Golf"}


def _split(digits: str, sizes: tuple[int, ...]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        if i < len(digits):
            out.append(digits[i:i + size])
            i += size
    if i < len(digits):
        out[-1] += digits[i:]
    return out
