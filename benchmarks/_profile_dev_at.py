"""The ``dev_at`` conversation profile: a patient, relative or carer on a community pharmacy's, GP surgery's, hospital
patient transport's, home-care agency's, dental practice's or optician's line, with a name of one of
``_names_dev_at``'s eight groups, and the people of a care call: the partner (A), a family member (B: who collects a
prescription, who shares the caring), W (a neighbour or friend named mid-story), the clinician (M: the GP, the
practice nurse, the pharmacist, the dentist, by role then name), the care coordinator (L, with an e-mail), the carer
the family names (J), the person cared for (KIN: a parent or grandparent, with a date of birth, a health number and a
phone), the adviser of last time (PREV); how each name is said or typed (dev_as's profile, ``ProfileAS``, underneath:
the recognizer's noise, long Lao surnames heard in chunks, NATO spellings, ``SURNAME, Given`` forms, typos), and the
look-alikes (medicines and doses, appointment times, clinics and pharmacies, towns, roles, everyday uses of the word
names, public figures as NEUTRAL).

Values: ``NID`` / ``KNID`` (the caller's and KIN's health-service numbers: NATIONAL_ID, where the country has one),
``PATREF`` / ``RXREF`` / ``BOOK`` (a patient number, a prescription reference, a transport or care booking:
ACCOUNT_NUMBER), ``KDOB`` (KIN's DATE_OF_BIRTH), ``KTEL`` (KIN's phone), ``LMAIL`` (the care coordinator's e-mail),
``FIGURE`` (a public figure, NEUTRAL). Written blind.
"""
from __future__ import annotations

import random
import re

from benchmarks import _care_dev_at as H
from benchmarks._heard_dev_at import HEARD
from benchmarks._homes_dev_aj import say_code, say_digits
from benchmarks._profile_dev_aq import SLOTS_AQ
from benchmarks._profile_dev_as import ProfileAS, fold
from benchmarks._profile_dev_s import ProfileS
from recognizers import entities as E

MINE = ("KINFORM", "KINSPELT")  # the person cared for on a form, their surname spelled
SLOTS_AT = SLOTS_AQ + MINE
RELATION = {"dad": ("son", "daughter"), "grandad": ("grandson", "granddaughter"), "brother": ("brother", "sister"),
            "father in law": ("son in law", "daughter in law")}
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "medicine", "slot", "role", "phrase")
VALUES = {"PATREF": E.ACCOUNT_NUMBER, "RXREF": E.ACCOUNT_NUMBER, "BOOK": E.ACCOUNT_NUMBER, "NID": E.NATIONAL_ID,
          "KNID": E.NATIONAL_ID, "KTEL": E.PHONE_NUMBER, "LMAIL": E.EMAIL_ADDRESS, "KDOB": E.DATE_OF_BIRTH,
          "FIGURE": "NEUTRAL"}
FIGURES = ("Florence Nightingale", "Joe Wicks", "Jamie Oliver", "Dr Hilary Jones", "Mary Seacole", "Deepak Chopra")
NEUTRAL = {"place": ("Erbil", "Sulaymaniyah", "Tirana", "Prishtina", "Luang Prabang", "Savannakhet", "Amritsar",
                     "Ludhiana", "Cusco", "El Alto", "Gozo", "Mdina", "Duhok", "Shkodër", "Pakse"),
           "venue": ("Brookside Pharmacy", "the Elmgrove Surgery", "Kingsmead Chemist", "the walk-in centre",
                     "Bridge Street Dental", "ClearView Opticians", "the outpatients department", "ward 7"),
           "product": ("a dosette box", "the blister packs", "a blood pressure monitor", "the hearing aid", "a walking frame",
                       "the pill organiser", "varifocals", "a denture pot"),
           "role": ("the practice nurse", "the pharmacist", "the receptionist", "the district nurse", "the care coordinator",
                    "the consultant", "the dentist", "the optometrist"),
           "phrase": ("patience is a virtue", "an act of charity", "the first frost", "a summer cold", "have faith",
                      "a meadow behind the house", "the robin on the fence", "as good as gold", "rusty after the fall",
                      "a major operation", "no mercy from the stairs", "the hunter green cardigan", "violet eye drops",
                      "a frank chat with the doctor")}
MEDICINES = {"amlodipine 5 mg": "amlodipine five milligrams", "metformin 500 mg": "metformin five hundred",
             "atorvastatin 20 mg": "atorvastatin twenty milligrams", "ramipril": "ramipril", "levothyroxine": "levothyroxine",
             "co-codamol 30/500": "co codamol thirty five hundred", "the Ventolin inhaler": "the ventolin inhaler",
             "omeprazole": "omeprazole", "sertraline 50 mg": "sertraline fifty milligrams", "paracetamol": "paracetamol"}
SLOT_TIMES = {"10:40": "ten forty", "9:15 on Tuesday": "nine fifteen on tuesday", "half two": "half two",
              "the 8am slot": "the eight a m slot", "2:30 tomorrow": "two thirty tomorrow", "Thursday at 11": "thursday at eleven"}
STAFF_ROLES = {"pharmacy": "Pharmacy Technician", "gp": "Patient Services", "transport": "Transport Coordinator",
               "homecare": "Care Coordinator", "dental": "Practice Manager", "optician": "Dispensing Optician"}
CLINICIAN = {"pharmacy": "the pharmacist", "gp": "the practice nurse", "transport": "the ward sister",
             "homecare": "the district nurse", "dental": "the dentist", "optician": "the optometrist"}
_MT = str.maketrans({"ħ": "h", "Ħ": "H", "ß": "ss"})  # Maltese ħ and German ß have no NFKD letters


class ProfileAT(ProfileAS):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = H.HOME, ("UK", "AU", "MT", "IN"), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    PLAIN = ProfileAS.PLAIN | {"clinician", "relation"}
    NEUTRAL = NEUTRAL
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)
    KIN = (("dad", "grandad", "brother", "father in law"), ("mum", "nan", "sister", "mother in law"))
    domain, org = "pharmacy", "Brookside Pharmacy"

    @classmethod
    def make(cls, names, style: str, rng, origin: str | None = None, agents_too: bool = True):
        customer = names.name(origin)
        profile = cls(customer, names.agent(), names.relative(customer), names.agent(), style, rng)
        c = profile.customer
        called = {c.called, profile.third.called, profile.agent.called, profile.prev.called}
        surnames = {c.surname, profile.third.surname}
        keeps = c.origin in ("maltese", "word_given", "english_reference", "kurdish", "albanian")
        people = {"A": names.household(c, called, not c.male, 0.6 if keeps else 0.2)}
        called.add(people["A"].called)
        people["B"] = names.household(c, called, None, 0.6 if keeps else 0.3)
        called.add(people["B"].called)
        for key in "WMLJ":  # a neighbour, the clinician, the coordinator and the carer, of any group
            people[key] = names.colleague(called, surnames)
            called.add(people[key].called)
            surnames.add(people[key].surname)
        profile.people, profile.fixed, profile.names = people, {}, names
        staff = people["L"]
        user = re.sub(r"[^a-z]", "", fold(staff.surname).lower())
        dob = (rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
        kdob = (rng.randint(1928, 1960), rng.randint(1, 12), rng.randint(1, 28))
        profile.raw.update({"FIGURE": rng.choice(FIGURES), "KTEL": H.home_phone(rng, profile.country), "DOB": dob,
                            "KDOB": kdob,
                            "LMAIL": f"{fold(staff.given.split()[0]).lower()}.{user}@" + rng.choice(("northfieldcare.co.uk", "carewellhome.com", "elmgrovesurgery.nhs.uk")),
                            "PATREF": H.reference(rng, "patient"), "RXREF": H.reference(rng, "prescription"),
                            "BOOK": H.reference(rng, "booking")})
        for key, when in (("NID", dob), ("KNID", kdob)):
            number = H.health_number(rng, profile.country, when)
            if number:
                profile.raw[key] = number
        g, s = (re.sub(r"[^a-z]", "", fold(p).lower()) for p in (c.given.split()[0], c.surname))
        profile.raw["MAIL"] = f"{rng.choice((f'{g}.{s}', f'{g}{s}{rng.randint(1, 99)}', f'{s}.{g}', f'{g[0]}{s}'))}@{rng.choice(H.MAILS[profile.country])}"
        profile.ident = None
        profile.abroad = (profile.country, profile.city)
        return profile

    def set_domain(self, domain: str, org: str, rng: random.Random) -> None:
        self.domain, self.org = domain, org

    # -- names ----------------------------------------------------------------------------------------------
    def _hear(self, text: str) -> str:
        return super()._hear(text.translate(_MT))

    def _spell(self, word: str) -> str:
        return super()._spell(word.translate(_MT))

    def _typed(self, text: str) -> str:
        return super()._typed(text.translate(_MT) if self.no_accents else text)

    def person(self, slot: str) -> str:
        if slot == "KINSPELT":
            return self._spell(self.third.surname)
        if slot == "KINFORM":  # a form: "MAMANI QUISPE, Eulogia"
            who = self.third
            value = f"{who.surname.upper()}, {who.given}" if self.rng.random() < 0.7 else f"{who.surname.upper()} {who.given.upper()}"
            return self._hear(value.replace(",", "")) if self.asr else self._typed(value)
        return super(ProfileAS, self).person(slot)  # no group here goes without a surname

    def origin(self, slot: str) -> str | None:
        return self.third.origin if slot in MINE else super().origin(slot)

    # -- plain words ----------------------------------------------------------------------------------------
    def plain(self, slot: str) -> str:
        if slot == "staffrole":
            return STAFF_ROLES[self.domain]
        if slot == "relation":  # the caller to the person cared for: "i'm his daughter"
            kin = self.plain("kin")
            pair = RELATION.get(kin) or {"mum": RELATION["dad"], "nan": RELATION["grandad"], "sister": RELATION["brother"]}.get(kin, RELATION["father in law"])
            return pair[0 if self.customer.male else 1]
        if slot == "clinician":
            return CLINICIAN[self.domain]
        return super().plain(slot)

    # -- values ---------------------------------------------------------------------------------------------
    def _value(self, slot: str) -> str:
        rng, raw = self.rng, self.raw.get(slot)
        if slot in ("PATREF", "RXREF", "BOOK"):
            return self.said_reference(raw)
        if slot == "KNID":
            if self.asr:
                return say_code(re.sub(r"[^A-Za-z0-9]", "", raw), rng, 0.2)
            return raw.replace(" ", "") if rng.random() < 0.3 else raw
        if slot == "ADDR" and (self.asr or self.no_accents):  # "Keupstraße" typed or heard as "keupstrasse"
            self.raw["ADDR"] = raw.translate(_MT)
            try:
                return super()._value(slot)
            finally:
                self.raw["ADDR"] = raw
        return super()._value(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        if kind in ("medicine", "slot"):  # a medicine and its dose, an appointment time: not personal data
            table = MEDICINES if kind == "medicine" else SLOT_TIMES
            typed = rng.choice(sorted(table))
            return table[typed] if self.asr else typed.lower() if self.lower and self.speaker == "customer" else typed
        return super().distractor(kind, rng, style)

    def label(self, slot: str) -> str:
        if slot in VALUES:
            return VALUES[slot]
        return E.PERSON if slot in SLOTS_AT else ProfileS.label(self, slot)
