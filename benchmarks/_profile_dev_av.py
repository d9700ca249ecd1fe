"""The ``dev_av`` conversation profile: a client, buyer, seller, parent or householder on an accountant's,
conveyancer's, interpreting agency's, tradesperson's, nanny or home-help agency's or locksmith's / removal firm's
line, with a name of one of ``_names_dev_av``'s eight groups, and the people of a services call: the partner (A), a
family member (B), W (a neighbour: who holds the key, who wants a quote too), the professional (M: the bookkeeper by
first name, the other side's solicitor by role then name, the interpreter, the plumber or electrician, the locksmith,
the removals foreman), the manager (L, with an e-mail), J (the nanny, the cover worker, the cleaner, the seller or
buyer), the person talked about (KIN: a spouse, business partner, parent or sibling, with a date of birth, a tax or
national number where the country has one and a phone), the adviser of last time (PREV); how each name is said or
typed (dev_au's profile, ``ProfileAU``, underneath), and the look-alikes (firm and agency names, trade names, job
times, towns, roles, everyday uses of the word names, public figures as NEUTRAL).

Values: ``NID`` / ``KNID`` (NATIONAL_ID, where the country has one), ``CLIENT`` / ``MATTER`` / ``JOB`` / ``QUOTE`` /
``BOOK`` (ACCOUNT_NUMBER), ``KDOB`` (KIN's DATE_OF_BIRTH), ``KTEL`` (KIN's phone), ``LMAIL`` (the manager's e-mail),
``FIGURE`` (NEUTRAL). Written blind.
"""
from __future__ import annotations

import random
import re

from benchmarks import _services_dev_av as H
from benchmarks._heard_dev_av import HEARD
from benchmarks._profile_dev_as import fold
from benchmarks._profile_dev_au import SLOTS_AU, ProfileAU
from benchmarks._profile_dev_s import ProfileS
from recognizers import entities as E

SLOTS_AV = SLOTS_AU
RELATION = {"husband": ("husband", "wife"), "wife": ("husband", "wife"), "dad": ("son", "daughter"),
            "mum": ("son", "daughter"), "partner": ("partner", "partner"), "brother": ("brother", "sister"),
            "sister": ("brother", "sister")}
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "firm", "slot", "role", "phrase")
REFS = {"CLIENT": "client", "MATTER": "matter", "JOB": "job", "QUOTE": "quote", "BOOK": "booking"}
VALUES = {**{key: E.ACCOUNT_NUMBER for key in REFS}, "NID": E.NATIONAL_ID, "KNID": E.NATIONAL_ID,
          "KTEL": E.PHONE_NUMBER, "LMAIL": E.EMAIL_ADDRESS, "KDOB": E.DATE_OF_BIRTH, "FIGURE": "NEUTRAL"}
FIGURES = ("Martin Lewis", "Kirstie Allsopp", "Phil Spencer", "Marie Kondo", "Nick Knowles", "Bob Vila")
NEUTRAL = {"place": ("Hilo", "Kailua", "Almaty", "Shymkent", "Mthatha", "Gqeberha", "Debrecen", "Pécs", "Kandy",
                     "Galle", "Asmara", "Keren", "Mendefera", "Turkistan", "Lanai"),
           "venue": ("the Land Registry", "the tax office", "the council offices", "the sorting office",
                     "the storage unit on the ring road", "the builders' merchant", "the county court"),
           "firm": ("Hale & Barton Accountants", "Kingfisher Conveyancing", "LinguaLink Interpreting", "Brightside Plumbing",
                    "Little Acorns Nanny Agency", "HomeHelp Direct", "KeyFast Locksmiths", "Careful Movers",
                    "Sparkle Cleaning Co"),
           "product": ("a self-assessment return", "the tax code letter", "the searches pack", "a combi boiler",
                       "the fuse box", "a five-lever mortice lock", "the wardrobe boxes", "a spare key", "the P60"),
           "role": ("the bookkeeper", "the conveyancer", "the plumber", "the electrician", "the interpreter",
                    "the locksmith", "the removals foreman", "the placement consultant", "the cleaner"),
           "phrase": ("king of the castle", "a cherry on top", "honey and lemon", "a coral reef holiday",
                      "the birch by the drive", "echo in the hall", "a bear of a job", "pepper in the soup",
                      "by a judge's ruling", "a knight's move", "cannon fodder", "the primrose path",
                      "rain all week", "a glory hole of a cupboard", "the gray van")}
SLOT_TIMES = {"the 8-10 slot": "the eight till ten slot", "first thing Monday": "first thing monday",
              "between 12 and 4": "between twelve and four", "7:30 am": "seven thirty a m",
              "Friday after 2": "friday after two", "the 3 o'clock": "the three o'clock"}
STAFF_ROLES = {"tax": "Client Manager", "conveyancing": "Conveyancing Assistant", "interpreting": "Bookings Coordinator",
               "trades": "Scheduling Team", "nanny": "Placement Consultant", "keys": "Operations Manager"}
PRO = {"tax": "the bookkeeper", "conveyancing": "their solicitor", "interpreting": "the interpreter",
       "trades": "the plumber", "nanny": "the nanny", "keys": "the locksmith"}


class ProfileAV(ProfileAU):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = H.HOME, ("UK", "AU", "ZA", "LK"), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    NEUTRAL = NEUTRAL
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)
    KIN = (("husband", "dad", "partner", "brother"), ("wife", "mum", "partner", "sister"))
    domain, org = "tax", "Hale & Barton Accountants"

    @classmethod
    def make(cls, names, style: str, rng, origin: str | None = None, agents_too: bool = True):
        customer = names.name(origin)
        profile = cls(customer, names.agent(), names.relative(customer), names.agent(), style, rng)
        c = profile.customer
        called = {c.called, profile.third.called, profile.agent.called, profile.prev.called}
        surnames = {c.surname, profile.third.surname}
        keeps = c.origin in ("hungarian", "word_given", "english_reference", "sinhalese", "hawaiian")
        people = {"A": names.household(c, called, not c.male, 0.6 if keeps else 0.3)}
        called.add(people["A"].called)
        people["B"] = names.household(c, called, None, 0.6 if keeps else 0.3)
        called.add(people["B"].called)
        for key in "WMLJ":  # a neighbour, the professional, the manager, the nanny / buyer / cover worker
            people[key] = names.colleague(called, surnames)
            called.add(people[key].called)
            surnames.add(people[key].surname)
        profile.people, profile.names = people, names
        profile.fixed = {"kin": rng.choice(cls.KIN[0] if profile.third.male else cls.KIN[1]), "pet": "Biscuit"}
        staff = people["L"]
        user = re.sub(r"[^a-z]", "", fold(staff.surname).lower())
        dob = (rng.randint(1950, 2002), rng.randint(1, 12), rng.randint(1, 28))
        old = profile.fixed["kin"] in ("dad", "mum")
        kdob = (rng.randint(1936, 1965) if old else rng.randint(1952, 2002), rng.randint(1, 12), rng.randint(1, 28))
        profile.raw.update({"FIGURE": rng.choice(FIGURES), "KTEL": H.home_phone(rng, profile.country), "DOB": dob,
                            "KDOB": kdob,
                            "LMAIL": f"{fold(staff.given.split()[-1]).lower()}.{user}@" + rng.choice(("halebarton.co.uk", "kingfisherlaw.com", "lingualink.org")),
                            **{key: H.reference(rng, kind) for key, kind in REFS.items()}})
        for key, when, male in (("NID", dob, c.male), ("KNID", kdob, profile.third.male)):
            number = H.national_id(rng, profile.country, when, male)
            if number:
                profile.raw[key] = number
        g, s = (re.sub(r"[^a-z]", "", fold(p).lower()) for p in (c.called, c.surname))
        profile.raw["MAIL"] = f"{rng.choice((f'{g}.{s}', f'{g}{s}{rng.randint(1, 99)}', f'{s}.{g}', f'{g[0]}{s}'))}@{rng.choice(H.MAILS[profile.country])}"
        profile.ident = None
        profile.abroad = (profile.country, profile.city)
        return profile

    def plain(self, slot: str) -> str:
        if slot == "staffrole":
            return STAFF_ROLES[self.domain]
        if slot == "relation":  # the caller to the person talked about: "i'm her husband"
            return RELATION[self.plain("kin")][0 if self.customer.male else 1]
        if slot == "clinician":
            return PRO[self.domain]
        return super().plain(slot)

    def _value(self, slot: str) -> str:
        if slot in REFS:
            return self.said_reference(self.raw[slot])
        return super()._value(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        if kind == "slot":  # a job's time slot: not personal data
            typed = rng.choice(sorted(SLOT_TIMES))
            return SLOT_TIMES[typed] if self.asr else typed.lower() if self.lower and self.speaker == "customer" else typed
        return super().distractor(kind, rng, style)

    def label(self, slot: str) -> str:
        if slot in VALUES:
            return VALUES[slot]
        return E.PERSON if slot in SLOTS_AV else ProfileS.label(self, slot)
