"""The ``dev_az`` conversation profile: a host, guest, customer, bereaved relative or agency worker on a restaurant
booking, delivery, catering, hotel or hospitality staffing line, with a name of one of ``_names_dev_az``'s eight
groups, and the people of the call: the partner (A), a family member (B: a guest, the birthday child, who ordered),
W (a neighbour who took a bag in, a guest, the one getting married), M (the courier, chef, porter or consultant by
first name), the manager (L, with an e-mail), J (a guest with a dietary need, the person a wake is for, the shift
manager), the person talked about (KIN: a spouse, parent, child or sibling, with a date of birth, a national number
where the country has one, a phone, an older name (``KINBORN``) and the name on the app or loyalty card
(``KINDISP``)), the adviser of last time (PREV); how each name is said or typed (dev_ay's profile, ``ProfileAY``,
with Faroese ``ð`` / ``ø`` folded to ``d`` / ``o``), and the look-alikes (dishes and drinks named after people,
restaurants and hotels, towns, everyday uses of the word names, chefs as NEUTRAL).

Values: ``NID`` / ``KNID`` (NATIONAL_ID, where the country has one), ``TABLE`` / ``DELIV`` / ``INVOICE`` / ``STAY`` /
``SHIFT`` (ACCOUNT_NUMBER), ``KDOB``, ``KTEL``, ``LMAIL``, ``FIGURE`` (NEUTRAL). Written blind.
"""
from __future__ import annotations

import re

from benchmarks import _hospitality_dev_az as H
from benchmarks._heard_dev_az import HEARD
from benchmarks._profile_dev_aw import RELATION, ProfileAW
from benchmarks._profile_dev_aw import fold as _fold_aw
from benchmarks._profile_dev_ax import ProfileAX
from benchmarks._profile_dev_ay import SLOTS_AY, ProfileAY
from benchmarks._profile_dev_s import ProfileS
from recognizers import entities as E

_AZ = str.maketrans({"ð": "d", "Ð": "D", "ø": "o", "Ø": "O"})
SLOTS_AZ = SLOTS_AY
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "firm", "role", "phrase", "dish",
               "drink")
REFS = {"TABLE": "booking", "DELIV": "delivery", "INVOICE": "catering", "STAY": "hotel", "SHIFT": "agency"}
VALUES = {**{key: E.ACCOUNT_NUMBER for key in REFS}, "NID": E.NATIONAL_ID, "KNID": E.NATIONAL_ID,
          "KTEL": E.PHONE_NUMBER, "LMAIL": E.EMAIL_ADDRESS, "KDOB": E.DATE_OF_BIRTH, "FIGURE": "NEUTRAL"}
FIGURES = ("Gordon Ramsay", "Jamie Oliver", "Nigella Lawson", "Rick Stein", "Yotam Ottolenghi", "Heston Blumenthal")
NEUTRAL = {"place": ("Yakutsk", "Ulan-Ude", "Hagåtña", "Dededo", "La Ceiba", "Trujillo", "Tórshavn", "Klaksvík",
                     "Aalborg", "Sibiu", "Miskolc", "Košice", "Whitby", "Harrogate"),
           "venue": ("the function room upstairs", "the conservatory", "the hotel bar", "the back room of the pub",
                     "the church hall", "the marquee in the garden"),
           "firm": ("The Copper Ladle", "Saltmarsh Kitchen", "Dashbasket", "GrocerGo", "Silverleaf Catering",
                    "the Harbourview Hotel", "ShiftChef Staffing"),
           "product": ("the high chair", "a birthday cake with sparklers", "the gluten-free menu", "the buffet trays",
                       "a box of chilled meals", "the minibar", "the room-service trolley", "the kids' menu"),
           "dish": ("a margherita", "the eggs benedict", "the beef wellington", "a caesar salad", "peach melba",
                    "crêpes suzette", "a pavlova", "beef stroganoff", "a reuben sandwich", "chicken tetrazzini"),
           "drink": ("a bellini", "a tom collins", "a shirley temple", "a bloody mary", "an arnold palmer",
                     "a rob roy"),
           "role": ("the head chef", "the night porter", "the duty manager", "the courier", "the banqueting team",
                    "the sommelier", "housekeeping"),
           "phrase": ("the basil pesto", "cinnamon rolls", "plum crumble", "a clove of garlic", "barley soup",
                      "rye bread", "sorrel sauce", "the hickory smoked ribs", "sugar on the side", "a honesty box",
                      "the frost on the windows", "the timber terrace", "a jubilee trifle", "the indigo napkins")}
STAFF_ROLES = {"booking": "Reservations Manager", "delivery": "Customer Care Agent", "catering": "Events Coordinator",
               "hotel": "Front Office Manager", "agency": "Staffing Consultant"}
PRO = {"booking": "the host", "delivery": "the courier", "catering": "the chef", "hotel": "the porter",
       "agency": "the consultant"}


def fold(text: str) -> str:
    """ASCII as typed without accents, Faroese ``ð`` / ``ø`` as ``d`` / ``o`` first."""
    return _fold_aw(text.translate(_AZ))


class ProfileAZ(ProfileAY):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = H.HOME, ("UK",), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    NEUTRAL = NEUTRAL
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)
    domain, org = "booking", "The Copper Ladle"
    # What ``make`` draws from (dev_ba's profile sets its own): the groups that keep their own surname in a
    # household, the birth years' lower bounds (the caller and others, a parent), the values and the staff's mail.
    KEEPS = ("sakha", "buryat", "faroese", "word_given", "english_reference", "romani")
    BORN = (1950, 1936)
    REFS, FIGURES = REFS, FIGURES
    STAFF_MAILS = ("copperladle.co.uk", "silverleafcatering.com", "harbourviewhotel.com")
    reference, national_id = staticmethod(H.reference), staticmethod(H.national_id)
    # What ``plain``, ``_value`` and ``label`` read (dev_ba's and dev_bb's profiles set their own): the staff's roles
    # by domain, the values' labels, the name slots, where the postcode is a ZIP and where a place name stands for it.
    STAFF_ROLES, PRO, VALUES, SLOTS = STAFF_ROLES, PRO, VALUES, SLOTS_AZ
    ZIP_COUNTRIES, NO_POSTCODE = ("US", "GU"), frozenset()

    @classmethod
    def make(cls, names, style: str, rng, origin: str | None = None, agents_too: bool = True):
        customer = names.name(origin)
        profile = cls(customer, names.agent(), names.relative(customer), names.agent(), style, rng)
        c, kin = profile.customer, profile.third
        called = {c.called, kin.called, profile.agent.called, profile.prev.called}
        surnames = {c.surname, kin.surname}
        keeps = c.origin in cls.KEEPS
        people = {"A": names.household(c, called, not c.male, 0.6 if keeps else 0.4)}
        called.add(people["A"].called)
        people["B"] = names.household(c, called, None, 0.6 if keeps else 0.4)
        called.add(people["B"].called)
        for key in "WMLJ":  # (dev_az) a neighbour or guest, the courier or chef, the manager, a guest or the deceased
            people[key] = names.colleague(called, surnames)
            called.add(people[key].called)
            surnames.add(people[key].surname)
        for _ in range(12):  # KIN's older name: another surname of the same group and sex
            born = names.name(kin.origin, kin.country, None, kin.male)
            if born.surname not in surnames:
                break
        profile.people, profile.names, profile.born = people, names, born.surname
        profile.fixed = {"kin": rng.choice(cls.KIN[0] if kin.male else cls.KIN[1]), "pet": "Biscuit"}
        staff = people["L"]
        user = re.sub(r"[^a-z]", "", fold(staff.surname).lower())
        dob = (rng.randint(cls.BORN[0], 2003), rng.randint(1, 12), rng.randint(1, 28))
        k = profile.fixed["kin"]
        low, high = (cls.BORN[1], 1966) if k in ("dad", "mum") else (1990, 2016) if k in ("son", "daughter") \
            else (cls.BORN[0], 2002)
        kdob = (rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28))
        profile.raw.update({"FIGURE": rng.choice(cls.FIGURES), "KTEL": cls.home_phone(rng, profile.country), "DOB": dob,
                            "KDOB": kdob,
                            "LMAIL": f"{fold(staff.given.split()[0]).lower()}.{user}@" + rng.choice(cls.STAFF_MAILS),
                            **{key: cls.reference(rng, kind) for key, kind in cls.REFS.items()}})
        for key, when, who in (("NID", dob, c), ("KNID", kdob, kin)):
            number = cls.national_id(rng, profile.country, when, who.male, who)
            if number:
                profile.raw[key] = number
        g, s = (re.sub(r"[^a-z]", "", fold(p).lower()) for p in (c.called, c.surname.split()[-1]))
        profile.raw["MAIL"] = f"{rng.choice((f'{g}.{s}', f'{g}{s}{rng.randint(1, 99)}', f'{s}.{g}', f'{g[0]}{s}'))}@{rng.choice(cls.MAILS[profile.country])}"
        profile.ident = None
        profile.abroad = (profile.country, profile.city)
        return profile

    # -- names ----------------------------------------------------------------------------------------------
    def _hear(self, text: str) -> str:
        return super()._hear(text.translate(_AZ))

    def _spell(self, word: str) -> str:
        return super()._spell(word.translate(_AZ))

    def _typed(self, text: str) -> str:
        return super()._typed(text.translate(_AZ) if self.no_accents else text)

    # -- plain words ----------------------------------------------------------------------------------------
    def plain(self, slot: str) -> str:
        if slot == "staffrole":
            return self.STAFF_ROLES[self.domain]
        if slot == "relation":
            return RELATION[self.plain("kin")][0 if self.customer.male else 1]
        if slot == "clinician":
            return self.PRO[self.domain]
        return super(ProfileAW, self).plain(slot)

    # -- values ---------------------------------------------------------------------------------------------
    def _value(self, slot: str) -> str:
        if slot in self.REFS:
            return self.said_reference(self.raw.get(slot))
        if slot == "POST" and self.country in self.NO_POSTCODE:  # a place name, said as words, not spelled as a code
            raw = str(self.raw["POST"])
            return fold(raw).lower().replace(",", "") if self.asr else raw
        return super(ProfileAX, self)._value(slot)

    def label(self, slot: str) -> str:
        if slot in self.VALUES:
            return self.VALUES[slot]
        if slot == "POST" and self.country in self.NO_POSTCODE:  # the area's name: part of the address
            return E.STREET_ADDRESS
        if slot == "POST" and self.country in self.ZIP_COUNTRIES:
            return E.ZIP_CODE
        return E.PERSON if slot in self.SLOTS else ProfileS.label(self, slot)
