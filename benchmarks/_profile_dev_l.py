"""The ``dev_l`` conversation profile: the account holder, a third person, the agent, a country (US / Canada /
India / Ireland / Scotland), the speech engine's numeral mode and one raw value per kind, rendered afresh at
each mention.

Slots: ``BASE`` a mention; ``_1`` / ``_2`` halves and ``_A`` / ``_B`` / ``_C`` thirds of one value said over
several turns or pasted in parts; ``_RB`` the agent's read-back; ``_BAD`` a read-back with one digit wrong (the caller corrects it; still
the caller's value, labelled like it); ``_END4`` last four; ``_L1`` / ``_TOWN`` address parts. Persons:
``NAME GIVEN SURNAME SPELT THIRD STAFF STAFFNAME``. Lower-case slots: ``PLAIN`` words or neutral look-alikes.
"""
from __future__ import annotations

import random
import re

from benchmarks import _speech_dev_l as S
from benchmarks import _typing_dev_l as T
from benchmarks import _values_dev_l as K
from benchmarks._distractors_dev_l import distractor
from benchmarks.generate_transcripts import Profile
from recognizers import entities as E

PERSONS = ("NAME", "GIVEN", "SURNAME", "SPELT", "THIRD", "STAFF", "STAFFNAME")
KINDS = {"DOB": E.DATE_OF_BIRTH, "TEL": E.PHONE_NUMBER, "MAIL": E.EMAIL_ADDRESS, "ADDR": E.STREET_ADDRESS,
         "CARD": E.CREDIT_CARD, "EXP": E.CARD_EXPIRY, "CVV": E.CARD_CVV, "CODE": E.AUTH_CODE, "BRANCH": E.ACCOUNT_NUMBER,
         "ACCT": E.ACCOUNT_NUMBER, "REF": E.ACCOUNT_NUMBER, "IBAN": E.IBAN_CODE}
_SLOT = re.compile(r"^([A-Z]+?)(_1|_2|_A|_B|_C|_RB|_BAD|_END4|_L1|_TOWN)?$")
_PIECES = {"_1": (0, 2), "_2": (1, 2), "_A": (0, 3), "_B": (1, 3), "_C": (2, 3)}  # (index, number of pieces)
PLAIN = frozenset({"title", "thing", "yes", "ok", "thanks", "bye", "branch", "idname", "postname"})
_WORDS = {"branch": {"us": "routing number", "ca": "transit number", "in": "IFSC code", "ie": "IBAN", "sc": "sort code"},
          "idname": {"us": "social security number", "ca": "SIN", "in": "aadhaar number", "ie": "PPS number",
                     "sc": "national insurance number"},
          "postname": {"us": "zip code", "ca": "postal code", "in": "pin code", "ie": "eircode", "sc": "postcode"},
          "yes": {"us": "yeah", "ca": "yeah for sure", "in": "yes yes", "ie": "grand yeah", "sc": "aye"},
          "ok": {"us": "okay", "ca": "okay eh", "in": "okay fine", "ie": "grand so", "sc": "aye nae bother"},
          "thanks": {"us": "thanks so much", "ca": "thanks a bunch", "in": "thank you so much ji", "ie": "thanks a million",
                     "sc": "cheers"},
          "bye": {"us": "have a good one", "ca": "take care now", "in": "okay bye bye", "ie": "bye bye bye", "sc": "cheerio"}}
_ABBR = {"Street": "St", "Road": "Rd", "Avenue": "Ave", "Drive": "Dr", "Lane": "Ln", "Crescent": "Cres", "Boulevard": "Blvd",
         "Trail": "Trl", "Main Road": "Main Rd", "Park": "Pk"}
_STATES = {"OR": "oregon", "OH": "ohio", "NY": "new york", "AZ": "arizona", "WI": "wisconsin", "GA": "georgia",
           "NS": "nova scotia", "ON": "ontario", "BC": "b c", "QC": "quebec", "AB": "alberta", "SK": "saskatchewan"}


def _piece(groups: list[str], index: int, n: int) -> list[str]:
    """Piece ``index`` of ``n`` of a value: whole groups when there are enough, else runs of characters."""
    if len(groups) >= n:
        bounds = [round(i * len(groups) / n) for i in range(n + 1)]
        return groups[bounds[index]:bounds[index + 1]]
    flat = "".join(groups)
    bounds = [round(i * len(flat) / n) for i in range(n + 1)]
    return [flat[bounds[index]:bounds[index + 1]]]


class ProfileL(Profile):
    PLAIN = PLAIN
    thing = "the account"
    unit = "units"
    sloppy = False  # a chat customer who types with slips
    ref_prefix = "REF"

    def __init__(self, customer, agent, style: str, rng: random.Random, third=None) -> None:
        super().__init__(customer, agent, style, rng)
        self.third = third or agent
        self.country = rng.choice(K.COUNTRIES)
        self.mode = "digits" if rng.random() < 0.25 else "words"  # the engine's numeral setting for this call
        self.cased = style == "asr" and rng.random() < 0.3  # engine capitalises names it knows
        self._raw: dict[str, object] = {}

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileL":
        return cls(names.name(origin), names.name(origin), style, rng, third=names.name(origin))

    @property
    def asr(self) -> bool:
        return self.style == "asr"

    def label(self, slot: str) -> str:
        if slot in PERSONS:
            return E.PERSON
        base = _SLOT.match(slot).group(1)
        if base == "POST":
            return E.ZIP_CODE if self.country == "us" else E.POSTCODE
        if base == "NATID":
            return E.US_SSN if self.country == "us" else E.NATIONAL_ID
        return KINDS[base]

    def origin(self, slot: str) -> str | None:
        if slot not in PERSONS:
            return None
        return self.agent.origin if slot.startswith("STAFF") else self.third.origin if slot == "THIRD" else self.customer.origin

    def plain(self, slot: str) -> str:
        if slot == "thing":
            return self.thing
        if slot == "title":
            return self.customer.title.lower() if self.asr and not self.cased else self.customer.title
        return _WORDS[slot][self.country]

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        return distractor(kind, rng, style, self.country, self.unit)

    # -- values ----------------------------------------------------------------------------------------------
    def value(self, slot: str) -> str:
        return self._person(slot) if slot in PERSONS else self._render(slot)

    def _spoken_name(self, text: str) -> str:
        folded = K.fold(text)
        return " ".join(w.capitalize() if self.cased else w.lower() for w in folded.split(" "))

    def _person(self, slot: str) -> str:
        c = self.customer
        if slot == "SPELT":
            if self.asr:
                return S.spell(K.fold(c.last), self.rng)
            return "-".join(ch.upper() for ch in K.fold(c.last) if ch.isalpha())
        person, part = {"NAME": (c, "full"), "GIVEN": (c, "first"), "SURNAME": (c, "last"), "THIRD": (self.third, "full"),
                        "STAFF": (self.agent, "first"), "STAFFNAME": (self.agent, "full")}[slot]
        text = {"full": person.full, "first": person.first, "last": person.last}[part]
        return self._spoken_name(text) if self.asr else text

    def _rawv(self, base: str):
        if base not in self._raw:
            rng, c, co = self.rng, self.customer, self.country
            self._raw[base] = {
                "DOB": lambda: K.dob(rng), "TEL": lambda: K.phone(co, rng), "MAIL": lambda: K.email(c.first, c.last, rng),
                "POST": lambda: K.postcode(co, rng), "ADDR": lambda: K.address(co, rng), "CARD": lambda: K.card(rng),
                "EXP": lambda: (rng.randint(1, 12), rng.randint(2026, 2031)), "CVV": lambda: K.digits(rng, 3),
                "CODE": lambda: K.digits(rng, 6), "NATID": lambda: K.national_id(co, rng),
                "BRANCH": lambda: self._bank()[0], "ACCT": lambda: self._bank()[1], "IBAN": lambda: K.ie_iban(rng),
                "REF": lambda: K.reference(rng, self.ref_prefix),
            }[base]()
        return self._raw[base]

    def _bank(self) -> tuple[str, str]:
        if "_bank" not in self._raw:
            self._raw["_bank"] = K.bank(self.country, self.rng)
        return self._raw["_bank"]

    def _groups(self, base: str, raw) -> list[str]:
        if base in ("TEL", "CARD"):
            return list(raw)
        if base == "NATID":
            cuts = {"us": (3, 5), "ca": (3, 6), "in": (4, 8), "ie": (3,), "sc": (2, 4, 6, 8)}[self.country]
            bounds = (0,) + cuts + (len(raw),)
            return [raw[a:b] for a, b in zip(bounds, bounds[1:])]
        return [raw[i:i + 4] for i in range(0, len(raw), 4)] if len(raw) > 6 else [raw]

    def _say_groups(self, groups: list[str], clean: bool) -> str:
        out = []
        for g in groups:  # letters (NINO, IFSC, PPS, IBAN, references) said as letters
            said = re.sub(r"[A-Za-z]", lambda m: f" {m.group().lower()} ", g.replace("-", " "))
            digits_only = re.sub(r"\d+", lambda m: " " + S.digits([m.group()], self.rng, self.mode, True) + " ", said)
            out.append(" ".join(digits_only.split()))
        text = " ".join(out)
        if not clean and self.rng.random() < 0.2 and len(groups) > 1 and all(g.isdigit() for g in groups):
            return S.digits(groups, self.rng, self.mode)  # with a self-correction
        return text

    def _render(self, slot: str) -> str:
        base, part = _SLOT.match(slot).groups()
        raw, rng, co = self._rawv(base), self.rng, self.country
        clean = part in ("_RB", "_BAD")
        if base == "DOB":
            return S.date_of_birth(raw, rng, self.mode, co == "us", clean) if self.asr else T.date_of_birth(raw, rng, co == "us", rng.random() < 0.3)
        if base == "ADDR":
            number, street, kind, town = raw
            if self.asr:
                num = (S.num(int(number)) if number.isdigit() and rng.random() < 0.5 else
                       " ".join(S.digit_words(number.replace("/", ""), rng)))
                town = " ".join(_STATES.get(w, w.lower()) for w in town.replace(",", "").split(" "))
                first = f"{num} {street.lower()} {kind.lower()}"
                first = re.sub(r"\d+", lambda m: S.num(int(m.group())) if self.mode == "words" else m.group(), first)
            else:
                first = f"{number} {street} {kind if rng.random() < 0.7 else _ABBR.get(kind, kind)}"
            return first if part == "_L1" else town if part == "_TOWN" else f"{first} {town}" if self.asr else f"{first}, {town}"
        if base == "MAIL":
            user, domain = raw
            if not self.asr:
                return f"{user}@{domain}"
            say_user = re.sub(r"\d+", lambda m: " " + " ".join(S.digit_words(m.group(), rng)) + " ", user)
            say_user = say_user.replace(".", " dot ").replace("_", " underscore ")
            return " ".join(f"{say_user} at {domain.replace('.', ' dot ')}".split())
        if base == "POST" and part in _PIECES:
            piece = " ".join(_piece(raw.split(" ") if " " in raw else [raw[:3], raw[3:]], *_PIECES[part]))
            if not self.asr:
                return piece
            return S.digits([piece], rng, self.mode, True) if piece.isdigit() else S.postcode(piece, rng, self.mode)
        if base == "POST":
            if self.asr:
                return S.digits([raw], rng, self.mode, True) if raw.isdigit() else S.postcode(raw, rng, self.mode)
            return raw if rng.random() < 0.8 else raw.lower().replace(" ", "")
        if base == "EXP":
            return S.expiry(*raw, rng, self.mode) if self.asr else T.expiry(*raw, rng)
        groups = self._groups(base, raw if isinstance(raw, str) else raw)
        flat = "".join(groups)
        if part == "_END4":
            groups = [flat[-4:]]
        elif part in _PIECES:
            groups = _piece(groups, *_PIECES[part])
        if part == "_BAD":
            i = rng.randrange(len(groups))
            g = groups[i]
            j = next((k for k, ch in enumerate(g) if ch.isdigit()), 0)
            groups = groups[:i] + [g[:j] + str((int(g[j]) + rng.randint(1, 8)) % 10) + g[j + 1:]] + groups[i + 1:]
        if self.asr:
            return self._say_groups(groups, clean or part is not None)
        if part is None and base == "TEL":
            return T.phone(co, groups, rng)
        if part is None and base == "CARD":
            return T.card(groups, rng)
        if part is None and base == "NATID":
            return T.national_id(co, raw, rng)
        return " ".join(groups) if part in ("_RB", "_BAD") or part in _PIECES or base in ("IBAN",) else T.grouped("".join(groups), rng)
