"""The ``dev_as`` conversation profile: a customer of a bank's fraud and disputes team, a joint account line, a
bereavement team, a power of attorney team, a credit union or a money transfer service, with a name of one of
``_names_dev_as``'s eight groups, and the people of a money call: the partner or joint account holder (A: also the
deceased on a bereavement line), a family member (B: who used the card, a second attorney, the cousin who collects),
W (the scammer or payee), the fraud investigator or loans officer (M, by role then name), the solicitor (L, with an
e-mail), the executor (J), a relative (KIN: the donor of a power of attorney, the guarantor, the receiver of a
transfer, with a phone), the adviser of last time (PREV); how each name is said or typed (dev_ar's profile,
``ProfileAR``, underneath: the recognizer's noise, long surnames heard in chunks, NATO spellings, ``SURNAME, Given``
forms, typos), Icelandic ``ð þ æ`` folded as people type them (``d``, ``th``, ``ae``), a Burmese name (no surname)
said whole where others give a surname, and the look-alikes (amounts, transaction dates, merchants, branches, banks
and transfer services, places, roles, everyday uses of the word names, public figures as NEUTRAL).

Values: ``CARD`` / ``CARD4`` / ``EXP`` / ``OTP`` (``_profile_dev_s``: a Luhn-valid card, its last four, its expiry,
a texted code), ``SORT`` / ``ACCT`` / ``IBAN`` (the caller's account), ``PACCT`` (the payee's account), ``CASE`` /
``MEMBER`` / ``MTCN`` (a fraud or dispute case, a credit union member number, a transfer's control number:
ACCOUNT_NUMBER), ``ADOB`` / ``KDOB`` (A's and KIN's DATE_OF_BIRTH), ``KTEL`` (KIN's phone), ``LMAIL`` (the
solicitor's e-mail), ``FIGURE`` (a public figure, NEUTRAL). Written blind.
"""
from __future__ import annotations

import random
import re

from benchmarks import _money_dev_as as H
from benchmarks._heard_dev_as import HEARD
from benchmarks._homes_dev_aj import say_code, say_digits
from benchmarks._profile_dev_aq import SLOTS_AQ, fold as _fold
from benchmarks._profile_dev_ar import ProfileAR
from benchmarks._profile_dev_s import ProfileS
from recognizers import entities as E

SLOTS_AS = SLOTS_AQ
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "brand", "merchant", "role", "phrase")
VALUES = {"PACCT": E.ACCOUNT_NUMBER, "CASE": E.ACCOUNT_NUMBER, "MEMBER": E.ACCOUNT_NUMBER, "MTCN": E.ACCOUNT_NUMBER,
          "SORT": E.ACCOUNT_NUMBER, "IBAN": E.IBAN_CODE, "KTEL": E.PHONE_NUMBER, "LMAIL": E.EMAIL_ADDRESS,
          "ADOB": E.DATE_OF_BIRTH, "KDOB": E.DATE_OF_BIRTH, "FIGURE": "NEUTRAL"}
FIGURES = ("Warren Buffett", "Dave Ramsey", "Suze Orman", "Jeff Bezos", "Elon Musk", "Oprah Winfrey")
NEUTRAL = {"place": ("Yangon", "Mandalay", "Phnom Penh", "Battambang", "Antananarivo", "Toamasina", "Reykjavík",
                     "Akureyri", "Port-au-Prince", "Jacmel", "Chiang Mai", "Mae Sot", "Fresno", "Montréal", "Lyon"),
           "brand": ("Western Union", "MoneyGram", "Wise", "Remitly", "PayPal", "Revolut", "Zelle", "Venmo", "ACLEDA",
                     "KBZPay", "Interac", "Landsbankinn"),
           "venue": ("the Market Street branch", "the Riverside branch", "the Eastgate branch", "the main branch",
                     "the post office counter", "the cash machine at the station"),
           "product": ("the banking app", "a card reader", "the chip and PIN machine", "a chequebook",
                       "the contactless card", "Apple Pay", "the savings pot"),
           "role": ("the fraud team", "the bereavement team", "the probate registry", "the branch manager",
                    "the loans officer", "the disputes team", "the ombudsman", "the court of protection"),
           "phrase": ("a penny short", "pounds sterling", "cash only", "just by chance", "on merit", "the price went up",
                      "a crystal clear line", "our ruby wedding", "the pearl earrings", "a promise is a promise",
                      "true enough", "worth a try", "I'm innocent in all this", "banks are shut on Sunday",
                      "the holly by the door", "good fortune")}
MERCHANTS = {"AMZN Mktp": "amazon marketplace", "PAYPAL *EBAY": "paypal ebay", "SQ *CORNER CAFE": "corner cafe",
             "UBER *TRIP": "uber trip", "NETFLIX.COM": "netflix", "GOOGLE *Play": "google play", "TFL TRAVEL CH": "tfl travel"}
STAFF_ROLES = {"fraud": "Fraud Investigator", "joint": "Customer Service Adviser", "estate": "Bereavement Case Manager",
               "poa": "Power of Attorney Team", "union": "Lending Officer", "transfer": "Customer Care"}
HOMELAND = {"burmese": ("MM", ("Yangon", "Mandalay")), "khmer": ("KH", ("Phnom Penh", "Battambang")),
            "malagasy": ("MG", ("Antananarivo", "Fianarantsoa")), "icelandic": ("IS", ("Reykjavík", "Ísafjörður")),
            "haitian": ("HT", ("Port-au-Prince", "Les Cayes")), "hmong": ("TH", ("Chiang Rai", "Phetchabun")),
            "word_given": ("UK", ("Leeds", "Bristol")), "english_reference": ("UK", ("Norwich", "York"))}
ABROAD = {"MM": ("TH", "Bangkok"), "KH": ("US", "Long Beach"), "MG": ("FR", "Paris"), "IS": ("UK", "London"),
          "HT": ("US", "Miami"), "TH": ("US", "Fresno"), "UK": ("CA", "Toronto")}
_ICE = str.maketrans({"ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae"})
_SURNAMES = {"SURNAME": "NAME", "AS": "AF", "BS": "BF", "WS": "WF", "MS": "MF", "MI": "MF", "LS": "LF", "KINS": "KINF"}


def fold(text: str) -> str:
    """ASCII letters as people type them without accents: Icelandic ``ð`` / ``þ`` / ``æ`` as ``d`` / ``th`` / ``ae``
    first, then dev_aq's folding (``ö`` -> ``o``, ``é`` -> ``e``)."""
    return _fold(text.translate(_ICE))


class ProfileAS(ProfileAR):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = H.HOME, ("UK",), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    PLAIN = ProfileAR.PLAIN | {"abroad", "staffrole"}
    NEUTRAL = NEUTRAL
    fold = staticmethod(fold)
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)
    KIN = (("dad", "brother", "uncle", "grandad"), ("mum", "sister", "aunt", "nan"))
    domain, org = "fraud", "Harbour Bank"

    @classmethod
    def make(cls, names, style: str, rng, origin: str | None = None, agents_too: bool = True):
        customer = names.name(origin)
        profile = cls(customer, names.agent(), names.relative(customer), names.agent(), style, rng)
        c = profile.customer
        called = {c.called, profile.third.called, profile.agent.called, profile.prev.called}
        surnames = {c.surname, profile.third.surname}
        keeps = c.origin in ("haitian", "word_given", "english_reference")  # a partner with the caller's surname
        people = {"A": names.household(c, called, not c.male, 0.6 if keeps else 0.0)}
        called.add(people["A"].called)
        people["B"] = names.household(c, called, None, 0.5 if keeps else 0.0)
        called.add(people["B"].called)
        for key in "WMLJ":  # the payee and staff of any group
            people[key] = names.colleague(called, surnames)
            called.add(people[key].called)
            surnames.add(people[key].surname)
        profile.people, profile.fixed, profile.names = people, {}, names
        staff = people["L"]
        user = re.sub(r"[^a-z]", "", fold(staff.surname).lower())
        home, towns = HOMELAND[c.origin]
        abroad = ABROAD.get(home, ("UK", "London")) if profile.country == home else (home, rng.choice(towns))
        profile.abroad = abroad
        profile.raw.update({"FIGURE": rng.choice(FIGURES), "KTEL": H.home_phone(rng, profile.country),
                            "DOB": (rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)),
                            "ADOB": (rng.randint(1940, 2002), rng.randint(1, 12), rng.randint(1, 28)),
                            "KDOB": (rng.randint(1930, 1965), rng.randint(1, 12), rng.randint(1, 28)),
                            "LMAIL": f"{fold(staff.given.split()[0]).lower()}.{user}@" + rng.choice(("hartleyprobate.co.uk", "moreauavocats.fr", "lakeshorelaw.com")),
                            "PACCT": H.payee_account(rng, profile.country), "CASE": H.reference(rng, "case"),
                            "MEMBER": H.reference(rng, "member"), "MTCN": H.reference(rng, "transfer")})
        profile.raw.update(H.bank(rng, profile.country))
        g, s = (re.sub(r"[^a-z]", "", fold(p).lower()) for p in (c.given.split()[0], c.surname))
        profile.raw["MAIL"] = f"{rng.choice((f'{g}.{s}', f'{g}{s}{rng.randint(1, 99)}', f'{s}.{g}', f'{g[0]}{s}'))}@{rng.choice(H.MAILS[profile.country])}"
        profile.ident = None
        return profile

    def set_domain(self, domain: str, org: str, rng: random.Random) -> None:
        """The line called; on a transfer line the receiver's phone is of the receiver's country."""
        self.domain, self.org = domain, org
        if domain == "transfer":
            self.raw["KTEL"] = H.home_phone(rng, self.abroad[0])

    # -- names ----------------------------------------------------------------------------------------------
    def _hear(self, text: str) -> str:
        return super()._hear(text.translate(_ICE))

    def _spell(self, word: str) -> str:
        return super()._spell(word.translate(_ICE))

    def _typed(self, text: str) -> str:
        return super()._typed(text.translate(_ICE) if self.no_accents else text)

    def _named(self, slot: str):
        if slot == "SURNAME":
            return self.customer
        return self._who(slot) if slot in _SURNAMES else None

    def person(self, slot: str) -> str:
        who = self._named(slot)
        if who is not None and who.origin == "burmese":  # no surname: the whole name where others give a surname
            slot = _SURNAMES[slot]
        return super().person(slot)

    # -- plain words ----------------------------------------------------------------------------------------
    def plain(self, slot: str) -> str:
        if slot == "staffrole":
            return STAFF_ROLES[self.domain]
        if slot == "abroad":
            town = self.abroad[1]
            return fold(town).lower() if self.asr else town.lower() if self.lower and self.speaker == "customer" else town
        if slot == "kin":
            if "kin" not in self.fixed:
                self.fixed["kin"] = self.rng.choice(self.KIN[0] if self.third.male else self.KIN[1])
            return self.fixed["kin"]
        return super().plain(slot)

    # -- values ---------------------------------------------------------------------------------------------
    def _value(self, slot: str) -> str:
        raw = self.raw.get(slot)
        if slot in ("CASE", "MEMBER", "MTCN", "PACCT"):
            return self.said_reference(raw)
        if slot == "KDOB":
            return self._date(raw)
        if slot == "ADDR" and (self.asr or self.no_accents):  # "Hafnarstræti" typed or heard as "hafnarstraeti"
            self.raw["ADDR"] = raw.translate(_ICE)
            try:
                return super()._value(slot)
            finally:
                self.raw["ADDR"] = raw
        return super()._value(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        if kind == "merchant":  # a statement's descriptor: not a person
            typed = rng.choice(sorted(MERCHANTS))
            return MERCHANTS[typed] if self.asr else typed
        return super().distractor(kind, rng, style)

    def label(self, slot: str) -> str:
        if slot in VALUES:
            return VALUES[slot]
        return E.PERSON if slot in SLOTS_AS else ProfileS.label(self, slot)
