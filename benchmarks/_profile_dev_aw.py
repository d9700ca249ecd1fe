"""The ``dev_aw`` conversation profile: a buyer, driver, registered keeper, hirer or breakdown member on a car
dealer's, garage's, breakdown service's, car hire desk's, parking office's or licensing office's line, with a name of
one of ``_names_dev_aw``'s eight groups, and the people of a motoring call: the partner (A), a family member (B: who
drops the car off, who drives it), W (a neighbour: who dropped the car off, who was a passenger, whose drive it was
parked on), the mechanic, salesperson or recovery driver (M, by first name or by role then name), the manager (L, with
an e-mail), J (an extra driver, the driver on the day, the previous owner), the person talked about (KIN: a spouse,
parent, child or sibling, with a date of birth, a national or driving-licence number where the country has one and a
phone), the adviser of last time (PREV); how each name is said or typed (dev_au's profile, ``ProfileAU``, underneath),
and the look-alikes (car makes and models that are also names, company car plates, dealerships and garages, towns,
roads, roles, everyday uses of the word names, public figures as NEUTRAL).

Values: ``NID`` / ``KNID`` (NATIONAL_ID, where the country has one), ``FIN`` / ``SRV`` / ``JOB`` / ``HIRE`` /
``PCN`` / ``LIC`` (ACCOUNT_NUMBER), ``KDOB`` (KIN's DATE_OF_BIRTH), ``KTEL`` (KIN's phone), ``LMAIL`` (the manager's
e-mail), ``FIGURE`` (NEUTRAL). Written blind.
"""
from __future__ import annotations

import random
import re

from benchmarks import _motoring_dev_aw as H
from benchmarks._heard_dev_aw import HEARD
from benchmarks._profile_dev_as import fold as _fold
from benchmarks._profile_dev_au import SLOTS_AU, ProfileAU
from benchmarks._profile_dev_s import ONES, ProfileS
from recognizers import entities as E

SLOTS_AW = SLOTS_AU
_AW = str.maketrans({"ə": "a", "Ə": "A", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj"})
RELATION = {"husband": ("husband", "wife"), "wife": ("husband", "wife"), "dad": ("son", "daughter"),
            "mum": ("son", "daughter"), "partner": ("partner", "partner"), "brother": ("brother", "sister"),
            "sister": ("brother", "sister"), "son": ("dad", "mum"), "daughter": ("dad", "mum")}
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "firm", "slot", "role", "phrase",
               "car", "plate")
REFS = {"FIN": "finance", "SRV": "service", "JOB": "breakdown", "HIRE": "hire", "PCN": "penalty", "LIC": "licensing"}
VALUES = {**{key: E.ACCOUNT_NUMBER for key in REFS}, "NID": E.NATIONAL_ID, "KNID": E.NATIONAL_ID,
          "KTEL": E.PHONE_NUMBER, "LMAIL": E.EMAIL_ADDRESS, "KDOB": E.DATE_OF_BIRTH, "FIGURE": "NEUTRAL"}
FIGURES = ("Jeremy Clarkson", "Lewis Hamilton", "Richard Hammond", "Quentin Willson", "Ayrton Senna", "Guy Martin")
NEUTRAL = {"place": ("Samarkand", "Bukhara", "Fergana", "Ganja", "Lankaran", "Sheki", "Jūrmala", "Ventspils", "Aden",
                     "Taiz", "Mukalla", "Tizi Ouzou", "Béjaïa", "Tiznit", "Mostar", "Zenica", "Sheffield"),
           "venue": ("the pound at Hillside Road", "the DVLA", "the test centre", "the council parking office",
                     "the car wash on the ring road", "the tyre place by the retail park", "the airport car park"),
           "firm": ("Northway Motors", "Kestrel Car Sales", "Ashgrove Garage", "QuickFit Autocentre", "RoadAssist",
                    "Swift Rescue", "Sunline Car Hire", "Motorvate Rentals", "CityPark Enforcement"),
           "product": ("the logbook", "the V5C", "a full service history", "the spare wheel", "a dashcam",
                       "the cambelt", "the brake pads", "a child seat", "the parking permit", "a tow bar"),
           "role": ("the service advisor", "the sales manager", "the recovery driver", "the mechanic",
                    "the rental desk", "the parking attendant", "the finance team", "the body shop"),
           "phrase": ("moss on the roof rack", "tanner's yard", "a sawyer's bench", "hardy perennials",
                      "a blue jay on the aerial", "like a blaze", "a saint's patience", "a tiger in the tank",
                      "the stuff of legend", "a shepherd's pie", "the bay window", "sandy footprints in the boot",
                      "a sprig of rosemary", "winter tyres", "a miracle it started", "a dolly for the trolley jack")}
CARS = {"a Mercedes": "a mercedes", "the Megane": "the megane", "a Suzuki Jimny": "a suzuki jimny",
        "the Kia Ceed": "the kia ceed", "a Dacia Logan": "a dacia logan", "the Renault Zoe": "the renault zoe",
        "a Seat Leon": "a seat leon", "the Chevrolet Cobalt": "the chevrolet cobalt", "a Lada Niva": "a lada niva",
        "a Škoda Octavia": "a skoda octavia", "the Nissan Micra": "the nissan micra", "a Toyota Camry": "a toyota camry",
        "the Ford Maverick": "the ford maverick", "a Honda Legend": "a honda legend", "the Peugeot Partner": "the peugeot partner"}
SLOT_TIMES = {"the 8am drop-off": "the eight a m drop off", "Thursday 2pm": "thursday two p m",
              "first thing Friday": "first thing friday", "the 10:30 slot": "the ten thirty slot",
              "after 5 on Monday": "after five on monday"}
STAFF_ROLES = {"dealer": "Sales Executive", "garage": "Service Advisor", "breakdown": "Membership Services",
               "hire": "Rental Agent", "parking": "Appeals Officer", "licensing": "Casework Team"}
PRO = {"dealer": "the salesman", "garage": "the mechanic", "breakdown": "the patrol", "hire": "the desk",
       "parking": "the warden", "licensing": "the caseworker"}


def fold(text: str) -> str:
    """ASCII as typed without accents: Azerbaijani ``ə`` / ``ı`` as ``a`` / ``i``, Bosnian ``đ`` as ``dj`` first."""
    return _fold(text.translate(_AW))


class ProfileAW(ProfileAU):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = H.HOME, ("UK", "LV", "BA"), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    NEUTRAL = NEUTRAL
    fold = staticmethod(fold)
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)
    KIN = (("husband", "dad", "partner", "brother", "son"), ("wife", "mum", "partner", "sister", "daughter"))
    domain, org = "dealer", "Northway Motors"

    @classmethod
    def make(cls, names, style: str, rng, origin: str | None = None, agents_too: bool = True):
        customer = names.name(origin)
        profile = cls(customer, names.agent(), names.relative(customer), names.agent(), style, rng)
        c, kin = profile.customer, profile.third
        called = {c.called, kin.called, profile.agent.called, profile.prev.called}
        surnames = {c.surname, kin.surname}
        keeps = c.origin in ("latvian", "word_given", "english_reference", "bosnian", "uzbek", "azerbaijani")
        people = {"A": names.household(c, called, not c.male, 0.6 if keeps else 0.3)}
        called.add(people["A"].called)
        people["B"] = names.household(c, called, None, 0.6 if keeps else 0.3)
        called.add(people["B"].called)
        for key in "WMLJ":  # a neighbour, the mechanic or salesperson, the manager, the extra driver
            people[key] = names.colleague(called, surnames)
            called.add(people[key].called)
            surnames.add(people[key].surname)
        profile.people, profile.names = people, names
        profile.fixed = {"kin": rng.choice(cls.KIN[0] if kin.male else cls.KIN[1]), "pet": "Biscuit"}
        staff = people["L"]
        user = re.sub(r"[^a-z]", "", fold(staff.surname).lower())
        dob = (rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28))
        k = profile.fixed["kin"]
        low, high = (1938, 1968) if k in ("dad", "mum") else (1984, 2005) if k in ("son", "daughter") else (1952, 2003)
        kdob = (rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28))
        profile.raw.update({"FIGURE": rng.choice(FIGURES), "KTEL": H.home_phone(rng, profile.country), "DOB": dob,
                            "KDOB": kdob,
                            "LMAIL": f"{fold(staff.given.split()[0]).lower()}.{user}@" + rng.choice(("northwaymotors.co.uk", "ashgrovegarage.com", "sunlinehire.com")),
                            **{key: H.reference(rng, kind) for key, kind in REFS.items()}})
        for key, when, who in (("NID", dob, c), ("KNID", kdob, kin)):
            number = H.national_id(rng, profile.country, when, who.male, who)
            if number:
                profile.raw[key] = number
        g, s = (re.sub(r"[^a-z]", "", fold(p).lower()) for p in (c.called, c.surname.split()[-1]))
        profile.raw["MAIL"] = f"{rng.choice((f'{g}.{s}', f'{g}{s}{rng.randint(1, 99)}', f'{s}.{g}', f'{g[0]}{s}'))}@{rng.choice(H.MAILS[profile.country])}"
        profile.ident = None
        profile.abroad = (profile.country, profile.city)
        return profile

    # -- names ----------------------------------------------------------------------------------------------
    def _hear(self, text: str) -> str:
        return super()._hear(text.translate(_AW))

    def _spell(self, word: str) -> str:
        return super()._spell(word.translate(_AW))

    def _typed(self, text: str) -> str:
        return super()._typed(text.translate(_AW) if self.no_accents else text)

    # -- plain words ----------------------------------------------------------------------------------------
    def plain(self, slot: str) -> str:
        if slot == "staffrole":
            return STAFF_ROLES[self.domain]
        if slot == "relation":  # the caller to the person talked about: "i'm her husband"
            return RELATION[self.plain("kin")][0 if self.customer.male else 1]
        if slot == "clinician":
            return PRO[self.domain]
        return super().plain(slot)

    # -- values ---------------------------------------------------------------------------------------------
    def _value(self, slot: str) -> str:
        raw = self.raw.get(slot)
        if slot in REFS:
            return self.said_reference(raw)
        if slot in ("ADDR", "POST") and (self.asr or self.no_accents):  # "Təbriz küçəsi" heard as "tabriz kucasi"
            self.raw[slot] = fold(raw) if self.asr else raw.translate(_AW)
            try:
                return super()._value(slot)
            finally:
                self.raw[slot] = raw
        return super()._value(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        if kind == "car":  # a make or model that is also a name: not personal data
            typed = rng.choice(sorted(CARS))
            return CARS[typed] if self.asr else typed.lower() if self.lower and self.speaker == "customer" else typed
        if kind == "plate":  # a courtesy or company car's plate: not the caller's
            plate = f"{rng.choice('BDKLMNSWY')}{rng.choice('ABDEFGHKLMNPRSTVWXY')}{rng.randint(10, 24)} {''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
            if self.asr:
                return " ".join(ONES[int(ch)] if ch.isdigit() else ch.lower() for ch in plate if ch != " ")
            return plate
        if kind == "slot":  # a booking time at the garage
            typed = rng.choice(sorted(SLOT_TIMES))
            return SLOT_TIMES[typed] if self.asr else typed.lower() if self.lower and self.speaker == "customer" else typed
        return super().distractor(kind, rng, style)

    def label(self, slot: str) -> str:
        if slot in VALUES:
            return VALUES[slot]
        return E.PERSON if slot in SLOTS_AW else ProfileS.label(self, slot)
