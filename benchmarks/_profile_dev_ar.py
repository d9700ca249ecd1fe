"""The ``dev_ar`` conversation profile: a worker, agency temp, courier, referee or manager on a recruitment agency's,
temp staffing desk's, HR or payroll helpdesk's or courier depot's line, with a name of one of ``_names_dev_ar``'s eight
groups, and the people of a workplace: a colleague named before the caller (A: who covered the shift, who swapped),
a second colleague (B: on the rota), W (a neighbour who signed for a parcel; a candidate whose reference is asked;
a colleague in a grievance), the shift lead or supervisor (M, by role then name), the HR business partner or payroll
officer (L, with an e-mail), the line manager or branch manager (J), a relative (KIN: the emergency contact), the
adviser of last time (PREV); how each name is said (ASR: lower case, the recognizer's noise, long Tamil / Georgian /
Armenian surnames heard in chunks, Japanese long vowels dropped, spelled with NATO words) or typed (chat: cased, lower
case, capitals, ``SURNAME, Given`` on a form, letters without their accents, typos), and the look-alikes (agencies,
couriers and brands, places, job titles, tax codes, everyday uses of the word names, public figures as NEUTRAL).
dev_aq's profile (``ProfileAQ``) underneath: its slots keep their letters, their meanings are this split's.

Values: ``EMPNO`` / ``PAYNO`` / ``AWR`` (employee, payroll and agency worker references: ACCOUNT_NUMBER), ``NID`` (a
UK National Insurance or Irish PPS number: NATIONAL_ID, dev_aj's convention; UK and Irish callers only), ``KTEL`` (the
emergency contact's or neighbour's phone), ``LMAIL`` (the HR or payroll officer's e-mail), ``SORT`` / ``ACCT`` /
``IBAN`` (pay details), ``FIGURE`` (a public figure, NEUTRAL). Written blind.
"""
from __future__ import annotations

import random
import re

from benchmarks import _work_dev_ar as H
from benchmarks._heard_dev_ar import HEARD
from benchmarks._homes_dev_aj import say_code, say_digits
from benchmarks._profile_dev_an import RESPELL
from benchmarks._profile_dev_aq import SLOTS_AQ, ProfileAQ, fold, syllables
from benchmarks._profile_dev_s import ProfileS
from recognizers import entities as E

SLOTS_AR = SLOTS_AQ
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "brand", "courier", "taxcode", "role",
               "phrase")
VALUES = {"EMPNO": E.ACCOUNT_NUMBER, "PAYNO": E.ACCOUNT_NUMBER, "AWR": E.ACCOUNT_NUMBER, "SORT": E.ACCOUNT_NUMBER,
          "IBAN": E.IBAN_CODE, "KTEL": E.PHONE_NUMBER, "LMAIL": E.EMAIL_ADDRESS, "NID": E.NATIONAL_ID, "FIGURE": "NEUTRAL"}
FIGURES = ("Alan Sugar", "Karren Brady", "Martin Lewis", "Lord Sugar", "Deborah Meaden", "Steven Bartlett")
NEUTRAL = {"place": ("Jaffna", "Chennai", "Sylhet", "Kabul", "Tbilisi", "Yerevan", "Tampere", "Osaka", "Dhaka",
                     "Kandahar", "Batumi", "Gyumri", "Oulu", "Nagoya", "Madurai", "Herat"),
           "brand": ("Amazon", "Hays", "Reed", "Tesco", "Deliveroo", "Nokia", "Toyota", "Adecco", "Indeed", "Sainsbury's",
                     "Uber Eats", "Manpower"),
           "courier": ("DPD", "Evri", "Royal Mail", "Yodel", "DHL", "Parcelforce", "UPS", "An Post", "FedEx"),
           "venue": ("the depot", "the canteen", "the Enfield branch", "the staff room", "the loading bay", "the yard"),
           "product": ("the scanner", "a hi-vis vest", "the Transit van", "the handheld", "the timesheet app",
                       "steel toe caps"),
           "taxcode": ("1257L", "BR", "0T", "an emergency tax code", "K475", "1257L W1"),
           "role": ("the shift lead", "the branch manager", "payroll", "the HR business partner", "the recruiter",
                    "the depot manager", "the team leader", "the night supervisor"),
           "phrase": ("I hope so", "it's sunny out", "summer shifts", "the justice department", "a blessing really",
                      "it's pouring with rain", "a royal pain", "the sky's clear", "precious little overtime",
                      "a storm coming in", "we were grand", "the ken of it")}
TAX_SAID = {"1257L": "twelve fifty seven l", "BR": "b r", "0T": "zero t", "K475": "k four seven five",
            "1257L W1": "twelve fifty seven l week one"}
PRONOUNS = {f"{form}{key}": key for form in ("he", "his", "him") for key in "ABWMLJK"}
FORMS = {"he": ("he", "she"), "his": ("his", "her"), "him": ("him", "her")}
STAFF_ROLES = {"agency": "Recruitment Consultant", "payroll": "Payroll Officer", "hr": "HR Business Partner",
               "reference": "Branch Manager", "depot": "Depot Supervisor"}
_LONG = 11  # a surname this long is heard in chunks now and then


def chunks(word: str, rng: random.Random) -> list[str]:
    """A long surname heard in two or three chunks at syllable edges (``sivasubramaniam`` -> ``siva subramaniam``,
    ``khutsishvili`` -> ``khutsi shvili``)."""
    parts = syllables(word)
    if len(parts) < 3:
        return [word]
    cuts = sorted(rng.sample(range(1, len(parts)), min(len(parts) - 1, rng.choice((1, 1, 2)))))
    edges = [0] + cuts + [len(parts)]
    return ["".join(parts[a:b]) for a, b in zip(edges, edges[1:])]


def short_vowels(word: str) -> str:
    """A Japanese long vowel as the recognizer prints it: ``satou`` -> ``sato``, ``yuuki`` -> ``yuki``."""
    return word.replace("ou", "o").replace("uu", "u").replace("oh", "o") if re.search("ou|uu|oh$", word) else word


class ProfileAR(ProfileAQ):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = H.HOME, ("UK", "IE", "AU", "NZ"), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    PLAIN = ProfileAQ.PLAIN | set(PRONOUNS) | {"san", "pm", "nidname", "mtitle", "jtitle"}
    NEUTRAL = NEUTRAL
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)
    KIN = (("dad", "brother", "husband", "uncle"), ("mum", "sister", "wife", "aunt"))
    domain, org = "agency", "Hays"

    @classmethod
    def make(cls, names, style: str, rng, origin: str | None = None, agents_too: bool = True):
        customer = names.name(origin)
        profile = cls(customer, names.agent(), names.relative(customer), names.agent(), style, rng)
        c = profile.customer
        called = {c.called, profile.third.called, profile.agent.called, profile.prev.called}
        surnames = {c.surname, profile.third.surname}
        people = {}
        for key in "ABWMLJ":  # colleagues, a neighbour or candidate, and staff of any group
            people[key] = names.colleague(called, surnames)
            called.add(people[key].called)
            surnames.add(people[key].surname)
        profile.people, profile.fixed, profile.names = people, {}, names
        staff = people["L"]
        user = re.sub(r"[^a-z]", "", fold(staff.surname).lower())
        profile.raw.update({"FIGURE": rng.choice(FIGURES), "KTEL": H.home_phone(rng, profile.country),
                            "DOB": (rng.randint(1962, 2005), rng.randint(1, 12), rng.randint(1, 28)),
                            "LMAIL": f"{fold(staff.given.split()[0]).lower()}.{user}@",
                            "EMPNO": H.reference(rng, "employee"), "PAYNO": H.reference(rng, "payroll"),
                            "AWR": H.reference(rng, "agency")})
        profile.raw.update(H.bank(rng, profile.country))
        profile.raw["LMAIL"] += rng.choice(("peoplehub.co.uk", "brightstaff.ie", "northgaterecruitment.com"))
        nid = H.national_number(rng, profile.country)
        if nid:
            profile.raw["NID"] = nid
        profile.ident = None
        return profile

    def set_domain(self, domain: str, org: str, rng: random.Random) -> None:
        """The line called: an agency's desk, payroll, HR, a reference line or a courier depot."""
        self.domain, self.org = domain, org

    # -- names ----------------------------------------------------------------------------------------------
    def _hear(self, text: str) -> str:
        """ASR: lower case, no accents, apostrophes or hyphens; now and then a sound-alike (``HEARD``), a long
        surname in chunks, a Japanese long vowel dropped, a spelling by sound, a letter dropped, two short words run
        together."""
        rng = self.rng
        parts = fold(text).lower().replace("-", " ").replace("'", "").replace(".", "").split()
        if not self.noisy:
            return " ".join(parts)
        out: list[str] = []
        for p in parts:
            r = rng.random()
            if p in self.HEARD and r < 0.17:
                out += rng.choice(self.HEARD[p]).split()
            elif len(p) >= _LONG and r < 0.3:
                out += chunks(p, rng)
            elif short_vowels(p) != p and r < 0.4:
                out.append(short_vowels(p))
            elif r < 0.06 and any(a in p for a, _ in RESPELL):
                a, b = rng.choice([(a, b) for a, b in RESPELL if a in p])
                out.append(p.replace(a, b, 1))
            elif len(p) >= 5 and r < 0.12:
                k = rng.randint(1, len(p) - 2)
                out.append(p[:k] + p[k + 1:])
            else:
                out.append(p)
        if len(out) > 1 and rng.random() < 0.06:
            short = [i for i in range(len(out) - 1) if 1 < len(out[i]) <= 4 and len(out[i + 1]) <= 5]
            if short:
                i = rng.choice(short)
                out[i:i + 2] = [out[i] + out[i + 1]]
        return " ".join(out)

    def person(self, slot: str) -> str:
        out = super().person(slot)
        return out.replace(".", "") if self.asr else out  # "S. Kumaran" said plainly: no dot in ASR text

    # -- plain words ----------------------------------------------------------------------------------------
    def plain(self, slot: str) -> str:
        if slot in PRONOUNS:
            key = PRONOUNS[slot]
            who = self.third if key == "K" else self.people[key]
            return FORMS[slot[:-1]][0 if who.male else 1]
        if slot == "staffrole":
            return STAFF_ROLES[self.domain]
        if slot == "san":  # a Japanese caller's "-san", kept or dropped
            if "san" not in self.fixed:
                keep = self.customer.origin == "japanese" and self.rng.random() < 0.7
                self.fixed["san"] = ("-san" if not self.asr else " san") if keep else ""
            return self.fixed["san"]
        if slot == "pm":  # the Japanese postcode mark, typed before the code (outside its span)
            return "〒" if self.country == "JP" and not self.asr else ""
        if slot == "nidname":
            return "PPS number" if self.country == "IE" else "National Insurance number"
        return super().plain(slot)

    # -- values ---------------------------------------------------------------------------------------------
    def _value(self, slot: str) -> str:
        rng, raw = self.rng, self.raw.get(slot)
        if slot in ("EMPNO", "PAYNO", "AWR"):
            return self.said_reference(raw)
        if slot == "NID":
            if self.asr:
                return say_code(re.sub(r"[^A-Za-z0-9]", "", raw), rng, 0.2)
            return raw.replace(" ", "") if rng.random() < 0.3 else raw
        return super()._value(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        if kind == "taxcode" and self.asr:  # a tax code said as people say it, not as a number
            return TAX_SAID.get(rng.choice(NEUTRAL["taxcode"]), "an emergency tax code")
        return super().distractor(kind, rng, style)

    def label(self, slot: str) -> str:
        if slot in VALUES:
            return VALUES[slot]
        return E.PERSON if slot in SLOTS_AR else ProfileS.label(self, slot)
