"""The ``dev_au`` conversation profile: a member, parent, pet owner, library user or hall booker on a gym's or leisure
centre's, sports club's, vet's, public library's, community centre's or driving / music school's line, with a name
of one of ``_names_dev_au``'s eight groups, and the people of a leisure call: the partner (A), a family member (B:
who shares the membership, who collects the child), W (a neighbour or friend named mid-story: who holds the guest
pass, who returned the book), the coach, trainer, vet, librarian or instructor (M, by role then name), the manager or
bookings officer (L, with an e-mail), the person a booking or pass is for (J), the person talked about (KIN: a child,
grandchild, niece or nephew, with a date of birth, a national number where the country has one
and a phone), the adviser of last time (PREV); how each name is said or typed (dev_at's profile, ``ProfileAT``,
underneath: the recognizer's noise, long Basque and Georgian surnames heard in chunks, NATO spellings, ``SURNAME,
Given`` forms, typos), and the look-alikes (pets' names that are also people's names, class and team names, venues,
clubs and gyms, towns, roles, everyday uses of the word names, sports stars and authors as NEUTRAL).

Values: ``NID`` / ``KNID`` (national numbers: NATIONAL_ID, where the country has one), ``MEMBER`` / ``CARD`` /
``CLUB`` / ``BOOK`` (a membership number, a library card, a club registration, a hall or lesson booking:
ACCOUNT_NUMBER), ``KDOB`` (KIN's DATE_OF_BIRTH), ``KTEL`` (KIN's phone), ``LMAIL`` (the manager's e-mail), ``FIGURE``
(a sports star or author, NEUTRAL). Written blind.
"""
from __future__ import annotations

import random
import re

from benchmarks import _leisure_dev_au as H
from benchmarks._heard_dev_au import HEARD
from benchmarks._homes_dev_aj import say_code, say_digits
from benchmarks._profile_dev_as import fold
from benchmarks._profile_dev_at import SLOTS_AT, ProfileAT
from benchmarks._profile_dev_s import ProfileS
from recognizers import entities as E

SLOTS_AU = SLOTS_AT
RELATION = {"son": ("dad", "mum"), "grandson": ("grandad", "nan"), "nephew": ("uncle", "auntie"), "lad": ("dad", "mum"),
            "daughter": ("dad", "mum"), "granddaughter": ("grandad", "nan"), "niece": ("uncle", "auntie"), "girl": ("dad", "mum")}
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "pet", "team", "slot", "role", "phrase")
REFS = {"MEMBER": "member", "CARD": "card", "CLUB": "club", "BOOK": "booking"}
VALUES = {"MEMBER": E.ACCOUNT_NUMBER, "CARD": E.ACCOUNT_NUMBER, "CLUB": E.ACCOUNT_NUMBER, "BOOK": E.ACCOUNT_NUMBER,
          "NID": E.NATIONAL_ID, "KNID": E.NATIONAL_ID, "KTEL": E.PHONE_NUMBER, "LMAIL": E.EMAIL_ADDRESS,
          "KDOB": E.DATE_OF_BIRTH, "FIGURE": "NEUTRAL"}
FIGURES = ("Roald Dahl", "Julia Donaldson", "Gareth Bale", "Serena Williams", "Mo Farah", "Jacqueline Wilson",
           "Usain Bolt", "Michael Morpurgo")
PETS = ("Bella", "Alfie", "Rosie", "Charlie", "Teddy", "Bonnie", "Dylan", "Megan", "Oscar", "Molly", "Tomos", "Nala",
        "Bobby", "Fred", "Gwen", "Stanley")
NEUTRAL = {"place": ("Aberystwyth", "Machynlleth", "Donostia", "Gernika", "Kashgar", "Ghulja", "Almaty", "Lhasa",
                     "Dharamshala", "Juba", "Bor", "Malakal", "Kutaisi", "Batumi", "Kakuma"),
           "venue": ("Pulse Fitness", "the Riverside Leisure Centre", "Castle Park Tennis Club", "Eastfield Library",
                     "St Aidan's church hall", "the Kingsway Community Centre", "Harbourside Vets",
                     "Greenway Driving School", "Allegro Music School", "the Lido"),
           "team": ("the Under 11s", "the Falcons", "junior parkrun", "the Bluebirds", "Aquafit", "Body Pump",
                    "Tiny Tumblers", "the Saturday netball", "the Otters swim squad", "Rhythm and Rhyme"),
           "product": ("a guest pass", "the kit bag", "a locker key", "the shin pads", "a flea treatment",
                       "the large-print books", "a swim cap", "the practice amp", "a provisional licence"),
           "role": ("the head coach", "the duty manager", "the receptionist", "the librarian", "the vet nurse",
                    "the instructor", "the caretaker", "the membership team"),
           "phrase": ("a ray of hope", "pure joy", "by the grace of God", "the holly by the gate", "ivy up the wall",
                      "an amber warning", "a pearl of wisdom", "the fox in the garden", "clay pigeon shooting",
                      "the river's up", "a ruby wedding", "a storm last night", "the willow by the pond",
                      "heather on the hills", "will power")}
SLOT_TIMES = {"the 6:30 spin class": "the six thirty spin class", "Saturday 9am": "saturday nine a m",
              "half four on Tuesdays": "half four on tuesdays", "the 7pm session": "the seven p m session",
              "10:15": "ten fifteen", "Sunday at 2": "sunday at two"}
STAFF_ROLES = {"gym": "Membership Advisor", "club": "Club Secretary", "vet": "Practice Receptionist",
               "library": "Library Assistant", "hall": "Bookings Officer", "lessons": "Office Manager"}
COACH = {"gym": "the personal trainer", "club": "the head coach", "vet": "the vet", "library": "the librarian",
         "hall": "the caretaker", "lessons": "the instructor"}


class ProfileAU(ProfileAT):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = H.HOME, ("UK", "AU", "KE", "IN", "NP"), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    NEUTRAL = NEUTRAL
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)
    KIN = (("son", "grandson", "nephew", "lad"), ("daughter", "granddaughter", "niece", "girl"))
    domain, org = "gym", "Pulse Fitness"

    @classmethod
    def make(cls, names, style: str, rng, origin: str | None = None, agents_too: bool = True):
        customer = names.name(origin)
        profile = cls(customer, names.agent(), names.relative(customer), names.agent(), style, rng)
        c = profile.customer
        called = {c.called, profile.third.called, profile.agent.called, profile.prev.called}
        surnames = {c.surname, profile.third.surname}
        keeps = c.origin in ("welsh", "word_given", "english_reference", "georgian", "basque")
        people = {"A": names.household(c, called, not c.male, 0.6 if keeps else 0.3)}
        called.add(people["A"].called)
        people["B"] = names.household(c, called, None, 0.6 if keeps else 0.3)
        called.add(people["B"].called)
        for key in "WMLJ":  # a neighbour, the coach, the manager and the person a pass is for, of any group
            people[key] = names.colleague(called, surnames)
            called.add(people[key].called)
            surnames.add(people[key].surname)
        profile.people, profile.names = people, names
        profile.fixed = {"kin": rng.choice(cls.KIN[0] if profile.third.male else cls.KIN[1]), "pet": rng.choice(PETS)}
        staff = people["L"]
        user = re.sub(r"[^a-z]", "", fold(staff.surname).lower())
        dob = (rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28))
        kdob = (rng.randint(2006, 2018), rng.randint(1, 12), rng.randint(1, 28))
        profile.raw.update({"FIGURE": rng.choice(FIGURES), "KTEL": H.home_phone(rng, profile.country), "DOB": dob,
                            "KDOB": kdob,
                            "LMAIL": f"{fold(staff.given.split()[0]).lower()}.{user}@" + rng.choice(("pulsefitness.co.uk", "castleparktc.org", "kingswaycc.org")),
                            **{key: H.reference(rng, kind) for key, kind in REFS.items()}})
        for key, when, male in (("NID", dob, c.male), ("KNID", kdob, profile.third.male)):
            number = H.national_id(rng, profile.country, when, male)
            if number:
                profile.raw[key] = number
        g, s = (re.sub(r"[^a-z]", "", fold(p).lower()) for p in (c.given.split()[0], c.surname))
        profile.raw["MAIL"] = f"{rng.choice((f'{g}.{s}', f'{g}{s}{rng.randint(1, 99)}', f'{s}.{g}', f'{g[0]}{s}'))}@{rng.choice(H.MAILS[profile.country])}"
        profile.ident = None
        profile.abroad = (profile.country, profile.city)
        return profile

    # -- plain words ----------------------------------------------------------------------------------------
    def plain(self, slot: str) -> str:
        if slot == "staffrole":
            return STAFF_ROLES[self.domain]
        if slot == "relation":  # the caller to the person talked about: "i'm her dad"
            return RELATION[self.plain("kin")][0 if self.customer.male else 1]
        if slot == "clinician":
            return COACH[self.domain]
        return super().plain(slot)

    # -- values ---------------------------------------------------------------------------------------------
    def _value(self, slot: str) -> str:
        rng, raw = self.rng, self.raw.get(slot)
        if slot in REFS:
            return self.said_reference(raw)
        if slot in ("NID", "KNID") and self.asr:
            return say_code(re.sub(r"[^A-Za-z0-9]", "", raw), rng, 0.2)
        if slot == "KNID":
            return raw.replace(" ", "") if rng.random() < 0.3 else raw
        return super()._value(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        if kind == "pet":  # the pet's name, the same all conversation: never personal data
            pet = self.fixed["pet"]
            return pet.lower() if self.asr or (self.lower and self.speaker == "customer") else pet
        if kind == "slot":  # a class or lesson time
            typed = rng.choice(sorted(SLOT_TIMES))
            return SLOT_TIMES[typed] if self.asr else typed.lower() if self.lower and self.speaker == "customer" else typed
        return super().distractor(kind, rng, style)

    def label(self, slot: str) -> str:
        if slot in VALUES:
            return VALUES[slot]
        return E.PERSON if slot in SLOTS_AU else ProfileS.label(self, slot)
