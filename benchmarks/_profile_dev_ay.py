"""The ``dev_ay`` conversation profile: an account holder, parent, device owner, householder, buyer or seller on an
account-recovery, games / app store, repair shop, smart-home / broadband install or marketplace line, with a name of
one of ``_names_dev_ay``'s eight groups, and the people of a technology-support call: the partner (A), a family member
(B), W (a neighbour letting an installer in, a trusted contact, the buyer or seller), M (the technician or installer
by first name), the manager (L, with an e-mail), J (a friend named as a trusted contact, the relative who dropped a
device off), the person talked about (KIN: a spouse, parent, child or sibling, with a date of birth, a national number
where the country has one, a phone, a name before marriage (``KINBORN``) and a display name (``KINDISP``: the given
name and the surname's initial)), the adviser of last time (PREV); how each name is said or typed (dev_ax's profile,
``ProfileAX``, on dev_aw's and dev_au's), and the look-alikes (gamer tags and usernames that are no real name, device,
product and app names, shops, towns, roles, everyday uses of the word names, public figures as NEUTRAL).

Values: ``NID`` / ``KNID`` (NATIONAL_ID, where the country has one), ``CASE`` / ``GAME`` / ``TICKET`` / ``JOB`` /
``ORDERNO`` (ACCOUNT_NUMBER), ``KDOB`` (KIN's DATE_OF_BIRTH), ``KTEL`` (KIN's phone), ``LMAIL`` (the manager's
e-mail), ``FIGURE`` (NEUTRAL). Written blind.
"""
from __future__ import annotations

import re

from benchmarks import _tech_dev_ay as H
from benchmarks._heard_dev_ay import HEARD
from benchmarks._profile_dev_ax import SLOTS_AX, ProfileAX
from benchmarks._profile_dev_aw import RELATION, ProfileAW, fold
from benchmarks._profile_dev_s import ProfileS
from recognizers import entities as E

SLOTS_AY = SLOTS_AX + ("KINDISP",)
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "firm", "role", "phrase", "handle",
               "app")
REFS = {"CASE": "recovery", "GAME": "games", "TICKET": "repair", "JOB": "install", "ORDERNO": "market"}
VALUES = {**{key: E.ACCOUNT_NUMBER for key in REFS}, "NID": E.NATIONAL_ID, "KNID": E.NATIONAL_ID,
          "KTEL": E.PHONE_NUMBER, "LMAIL": E.EMAIL_ADDRESS, "KDOB": E.DATE_OF_BIRTH, "FIGURE": "NEUTRAL"}
FIGURES = ("Tim Cook", "Bill Gates", "Mark Zuckerberg", "Sundar Pichai", "Satya Nadella", "Elon Musk")
NEUTRAL = {"place": ("Kazan", "Ufa", "Nalchik", "Maykop", "Praia", "Mindelo", "Curepipe", "Port Louis", "Karasjok",
                     "Kautokeino", "Jokkmokk", "Inari", "Amman", "Düzce", "Amadora", "Leicester"),
           "venue": ("the shop on the high street", "the retail park", "the service centre", "the drop-off counter",
                     "the library's computer room", "the collection point at the post office"),
           "firm": ("FixPoint Repairs", "Laptop Clinic", "Brightline Broadband", "HomeHub Installs", "Swapsy Marketplace",
                    "Arcadia Games Store", "Postbox Mail"),
           "product": ("the router", "a cracked phone screen", "the smart doorbell", "the thermostat", "the laptop charger",
                       "the games console", "the tablet", "the mesh extender", "the smart speaker", "a replacement battery"),
           "app": ("the authenticator app", "the banking app", "the parental controls app", "the marketplace app",
                   "the photo backup", "the family sharing settings", "the games launcher"),
           "handle": ("ShadowFox", "NightOwl", "PixelWizard", "CaptainCrumble", "FrostByte", "SneakyBadger",
                      "LavaLamp", "TurboToast", "MoonPuddle", "WaffleKnight"),
           "role": ("the recovery team", "the repair desk", "the install team", "the trust and safety team",
                    "the technician", "the engineer", "customer support"),
           "phrase": ("an arrow on the screen", "the falcon on the logo", "a jasper pendant", "harbor freight",
                      "phoenix from the ashes", "the cedar fence", "a comfort break", "an opal ring", "the laurel hedge",
                      "a briar patch", "a sapphire blue case", "the baron of the quiz", "the canyon wallpaper")}
STAFF_ROLES = {"recovery": "Account Recovery Specialist", "games": "Player Support Agent", "repair": "Repair Technician",
               "install": "Installation Coordinator", "market": "Trust and Safety Adviser"}
PRO = {"recovery": "the specialist", "games": "the support agent", "repair": "the technician",
       "install": "the installer", "market": "the case handler"}


class ProfileAY(ProfileAX):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = H.HOME, ("UK", "MU"), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    NEUTRAL = NEUTRAL
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)
    domain, org = "recovery", "Postbox Mail"

    @classmethod
    def make(cls, names, style: str, rng, origin: str | None = None, agents_too: bool = True):
        customer = names.name(origin)
        profile = cls(customer, names.agent(), names.relative(customer), names.agent(), style, rng)
        c, kin = profile.customer, profile.third
        called = {c.called, kin.called, profile.agent.called, profile.prev.called}
        surnames = {c.surname, kin.surname}
        keeps = c.origin in ("tatar", "bashkir", "circassian", "word_given", "english_reference", "sami")
        people = {"A": names.household(c, called, not c.male, 0.6 if keeps else 0.4)}
        called.add(people["A"].called)
        people["B"] = names.household(c, called, None, 0.6 if keeps else 0.4)
        called.add(people["B"].called)
        for key in "WMLJ":  # a neighbour or trusted contact, the technician, the manager, a friend or relative
            people[key] = names.colleague(called, surnames)
            called.add(people[key].called)
            surnames.add(people[key].surname)
        for _ in range(12):  # KIN's name before marriage: another surname of the same group and sex
            born = names.name(kin.origin, kin.country, None, kin.male)
            if born.surname not in surnames:
                break
        profile.people, profile.names, profile.born = people, names, born.surname
        profile.fixed = {"kin": rng.choice(cls.KIN[0] if kin.male else cls.KIN[1]), "pet": "Biscuit"}
        staff = people["L"]
        user = re.sub(r"[^a-z]", "", fold(staff.surname).lower())
        dob = (rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28))
        k = profile.fixed["kin"]
        low, high = (1936, 1966) if k in ("dad", "mum") else (1990, 2016) if k in ("son", "daughter") else (1950, 2002)
        kdob = (rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28))
        profile.raw.update({"FIGURE": rng.choice(FIGURES), "KTEL": H.home_phone(rng, profile.country), "DOB": dob,
                            "KDOB": kdob,
                            "LMAIL": f"{fold(staff.given.split()[0]).lower()}.{user}@" + rng.choice(("postboxmail.com", "fixpoint-repairs.co.uk", "brightline.net")),
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
        if slot == "KINDISP":  # the display name on the account: the given name and the surname's initial
            value = f"{self.third.given.split()[0]} {fold(self.third.surname)[0].upper()}"
            return self._hear(value) if self.asr else self._typed(value)
        return super().person(slot)

    def origin(self, slot: str) -> str | None:
        return self.third.origin if slot == "KINDISP" else super().origin(slot)

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
        return super(ProfileAX, self)._value(slot)

    def label(self, slot: str) -> str:
        if slot in VALUES:
            return VALUES[slot]
        return E.PERSON if slot in SLOTS_AY else ProfileS.label(self, slot)
