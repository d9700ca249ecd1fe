"""The ``dev_ax`` conversation profile: a resident, claimant, informant, applicant, juror or elector on a council-tax,
benefits, register office, passport / residence-permit, jury or electoral-roll line, with a name of one of
``_names_dev_ax``'s eight groups, and the people of a public-services call: the partner (A), a family member (B), W (a
lodger or neighbour: who lives at the address, a witness, a host), M (the official by first name: the registrar, the
assessor, the caseworker, the jury officer), the manager (L, with an e-mail), J (a second witness, the sponsor, the
other parent), the person talked about (KIN: a spouse, parent, child or sibling, with a date of birth, a national
number where the country has one, a phone, and a name at birth: ``KINBORN``), the adviser of last time (PREV); how
each name is said or typed (dev_aw's profile, ``ProfileAW``, on dev_au's), and the look-alikes (councils and offices,
officials' job titles, towns, roles, everyday uses of the word names, public figures as NEUTRAL).

Values: ``NID`` / ``KNID`` (NATIONAL_ID, where the country has one), ``CTAX`` / ``CLAIM`` / ``REG`` / ``APP`` /
``JUR`` / ``ELEC`` (ACCOUNT_NUMBER), ``KDOB`` (KIN's DATE_OF_BIRTH), ``KTEL`` (KIN's phone), ``LMAIL`` (the manager's
e-mail), ``FIGURE`` (NEUTRAL). Written blind.
"""
from __future__ import annotations

import re

from benchmarks import _civic_dev_ax as H
from benchmarks._heard_dev_ax import HEARD
from benchmarks._profile_dev_aw import RELATION, SLOTS_AW, ProfileAW, fold
from benchmarks._profile_dev_s import ProfileS
from recognizers import entities as E

SLOTS_AX = SLOTS_AW + ("KINBORN",)
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "firm", "role", "phrase", "office",
               "official")
REFS = {"CTAX": "counciltax", "CLAIM": "benefits", "REG": "register", "APP": "passport", "JUR": "jury",
        "ELEC": "electoral"}
VALUES = {**{key: E.ACCOUNT_NUMBER for key in REFS}, "NID": E.NATIONAL_ID, "KNID": E.NATIONAL_ID,
          "KTEL": E.PHONE_NUMBER, "LMAIL": E.EMAIL_ADDRESS, "KDOB": E.DATE_OF_BIRTH, "FIGURE": "NEUTRAL"}
FIGURES = ("Judge Rinder", "Judge Judy", "Keir Starmer", "David Attenborough", "Mary Beard", "Rishi Sunak")
NEUTRAL = {"place": ("Grozny", "Pankisi", "Ankawa", "Duhok", "Nineveh", "Tallinn", "Tartu", "Narva", "Ohrid", "Bitola",
                     "Quetta", "Gwadar", "Turbat", "Muscat", "Bishkek", "Osh", "Karakol", "Wolverhampton"),
           "venue": ("the town hall", "the civic centre", "the register office on Market Street", "the courthouse",
                     "the library's drop-in desk", "the passport office in Durham", "the council's one-stop shop"),
           "firm": ("Millbrook District Council", "Harrowfield City Council", "Millbrook Register Office",
                    "Harrowfield Registration Service", "Millbrook Electoral Services", "Residence Permit Enquiries"),
           "office": ("the Home Office", "HM Passport Office", "the General Register Office", "the Crown Court",
                      "Harrowfield Magistrates' Court", "the valuation office", "the DWP", "the embassy"),
           "official": ("the superintendent registrar", "the jury officer", "the court usher", "the revenues officer",
                        "the electoral registration officer", "the visa caseworker", "the coroner's officer",
                        "the deputy registrar"),
           "product": ("the council tax bill", "the single person discount form", "a full birth certificate",
                       "the death certificate", "the summons letter", "the passport photos", "the residence permit card",
                       "the household enquiry form", "the marriage schedule", "the notice of marriage"),
           "role": ("the council tax team", "the benefits team", "the registrar", "the passport adviser",
                    "the jury team", "electoral services", "the revenues office"),
           "phrase": ("a prince among neighbours", "the pilot light on the boiler", "in earnest this time",
                      "the victor of the pub quiz", "steel shutters on the shop", "the oak in the churchyard",
                      "the banner on the town hall", "sunshine all week", "bluebell woods behind the estate",
                      "a halo round the moon", "cricket on the green", "in may last year", "the charm of the old house",
                      "a lane behind the houses", "a sheriff's badge at the fancy dress")}
STAFF_ROLES = {"counciltax": "Revenues Officer", "benefits": "Benefits Assessor", "register": "Deputy Registrar",
               "passport": "Application Adviser", "jury": "Jury Officer", "electoral": "Electoral Services Officer"}
PRO = {"counciltax": "the revenues officer", "benefits": "the assessor", "register": "the registrar",
       "passport": "the caseworker", "jury": "the jury officer", "electoral": "the canvasser"}


class ProfileAX(ProfileAW):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = H.HOME, ("UK", "PK", "OM"), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    NEUTRAL = NEUTRAL
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)
    domain, org = "counciltax", "Millbrook District Council"

    @classmethod
    def make(cls, names, style: str, rng, origin: str | None = None, agents_too: bool = True):
        customer = names.name(origin)
        profile = cls(customer, names.agent(), names.relative(customer), names.agent(), style, rng)
        c, kin = profile.customer, profile.third
        called = {c.called, kin.called, profile.agent.called, profile.prev.called}
        surnames = {c.surname, kin.surname}
        keeps = c.origin in ("macedonian", "word_given", "english_reference", "estonian", "chechen", "kyrgyz")
        people = {"A": names.household(c, called, not c.male, 0.6 if keeps else 0.3)}
        called.add(people["A"].called)
        people["B"] = names.household(c, called, None, 0.6 if keeps else 0.3)
        called.add(people["B"].called)
        for key in "WMLJ":  # a lodger or neighbour, the official, the manager, a witness or sponsor
            people[key] = names.colleague(called, surnames)
            called.add(people[key].called)
            surnames.add(people[key].surname)
        for _ in range(12):  # KIN's name at birth: another surname of the same group and sex
            born = names.name(kin.origin, kin.country, None, kin.male)
            if born.surname not in surnames:
                break
        profile.people, profile.names, profile.born = people, names, born.surname
        profile.fixed = {"kin": rng.choice(cls.KIN[0] if kin.male else cls.KIN[1]), "pet": "Biscuit"}
        staff = people["L"]
        user = re.sub(r"[^a-z]", "", fold(staff.surname).lower())
        dob = (rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28))
        k = profile.fixed["kin"]
        low, high = (1936, 1966) if k in ("dad", "mum") else (1986, 2019) if k in ("son", "daughter") else (1950, 2002)
        kdob = (rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28))
        profile.raw.update({"FIGURE": rng.choice(FIGURES), "KTEL": H.home_phone(rng, profile.country), "DOB": dob,
                            "KDOB": kdob,
                            "LMAIL": f"{fold(staff.given.split()[0]).lower()}.{user}@" + rng.choice(("millbrook.gov.uk", "harrowfield.gov.uk", "registration-services.org.uk")),
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
    def person(self, slot: str) -> str:
        if slot == "KINBORN":  # the person talked about by the name on an older record: "née", "name at birth"
            value = f"{self.third.given} {self.born}"
            return self._hear(value) if self.asr else self._typed(value)
        return super().person(slot)

    def origin(self, slot: str) -> str | None:
        return self.third.origin if slot == "KINBORN" else super().origin(slot)

    # -- plain words ----------------------------------------------------------------------------------------
    def plain(self, slot: str) -> str:
        if slot == "staffrole":
            return STAFF_ROLES[self.domain]
        if slot == "relation":
            return RELATION[self.plain("kin")][0 if self.customer.male else 1]
        if slot == "clinician":
            return PRO[self.domain]
        return super(ProfileAW, self).plain(slot)

    # -- values ---------------------------------------------------------------------------------------------
    def _value(self, slot: str) -> str:
        if slot in REFS:
            return self.said_reference(self.raw.get(slot))
        return super()._value(slot)

    def label(self, slot: str) -> str:
        if slot in VALUES:
            return VALUES[slot]
        return E.PERSON if slot in SLOTS_AX else ProfileS.label(self, slot)
