"""The ``dev_ap`` conversation profile: a parent, carer or student on a school, college or university line, with a
name of one of ``_names_dev_ap``'s seven groups, and the people around a child: the child (A), a brother or sister (B),
another sibling or a friend (W), a relative who may collect the child (KIN: uncle, aunt, grandparent), the staff named
by role then name (M: form tutor, head of year, a lecturer, ``Dr`` in admissions; L: the SENCo, an admissions or
accommodation officer, with an e-mail; J: the bus driver, the club leader, a finance officer), the contact of last
time (PREV); how each name is said (ASR: lower case, the recognizer's noise, spelled in irregular chunks with NATO
words) or typed (chat: cased, lower case, capitals, ``SURNAME, Given`` on a form, letters without their accents,
typos), and the look-alikes (schools, exam boards, places, subjects and sets, job titles, apps, public figures).
dev_ao's profile (``ProfileAO``) underneath: its slots keep their letters, their meanings are this split's.

Person slots added to dev_ao's: ``AFORM`` (the child on a form), ``ASPELT`` (the child's called name spelled),
``ASHORT`` (the child's name shortened: ``Minh Anh`` -> ``Anh``, ``Ana Júlia`` -> ``Ana``). Values: ``SNO`` / ``CAND``
/ ``APP`` (pupil or student, candidate and applicant numbers, ACCOUNT_NUMBER), ``ADOB`` (the child's DATE_OF_BIRTH),
``KTEL`` (the collecting relative's phone), ``HALL`` / ``HALLPOST`` (a term-time address and its postcode),
``LMAIL`` (a staff e-mail), ``FIGURE`` (a public figure, NEUTRAL). Written blind.
"""
from __future__ import annotations

import random
import re

from benchmarks import _homes_dev_ap as H
from benchmarks._heard_dev_ap import HEARD
from benchmarks._homes_dev_aj import say_code, say_digits, say_pairs
from benchmarks._profile_dev_ao import OTHERS, ProfileAO
from benchmarks._profile_dev_s import ProfileS, number_words
from benchmarks._staged_people import PERSONS, ascii_fold
from recognizers import entities as E

EXTRA = ("AFORM", "ASPELT", "ASHORT")
SLOTS_AP = PERSONS + OTHERS + EXTRA
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "school", "board", "subject", "role",
               "phrase", "app", "club")
VALUES = {"ADOB": E.DATE_OF_BIRTH, "SNO": E.ACCOUNT_NUMBER, "CAND": E.ACCOUNT_NUMBER, "APP": E.ACCOUNT_NUMBER,
          "SORT": E.ACCOUNT_NUMBER, "IBAN": E.IBAN_CODE, "KTEL": E.PHONE_NUMBER, "LMAIL": E.EMAIL_ADDRESS,
          "HALL": E.STREET_ADDRESS, "HALLPOST": E.POSTCODE, "FIGURE": "NEUTRAL"}
FIGURES = ("Roald Dahl", "Michael Rosen", "Marcus Rashford", "Joe Wicks", "Malala Yousafzai", "Jacqueline Wilson")
NEUTRAL = {"place": ("Kyiv", "Hanoi", "Istanbul", "São Paulo", "Dubai", "Shanghai", "Lviv", "Ho Chi Minh City", "Ankara",
                     "Abu Dhabi", "Curitiba", "Chengdu", "Kharkiv", "Đà Nẵng", "İzmir"),
           "school": ("St Mary's Primary", "Trinity College", "Kingsmead Academy", "Holy Cross Secondary",
                      "Riverside Community College", "St Patrick's National School", "Ashfield High", "King's College London"),
           "board": ("AQA", "UCAS", "Edexcel", "OCR", "the SQA", "the IB", "Cambridge International", "ENEM", "the gaokao"),
           "subject": ("Year 9", "Set 2", "GCSE Maths", "Computer Science", "A-level Chemistry", "Key Stage 2", "Year 11",
                       "the sixth form", "Foundation Year", "Transition Year"),
           "role": ("the head", "the bursar", "the registrar", "the exams officer", "the school nurse", "the head of year",
                    "the attendance officer", "the SENCo"),
           "phrase": ("with good grace", "will do", "I hope so", "in good faith", "the summer term", "every pupil",
                      "she's got a will of her own", "summer holidays", "the autumn term", "a week at the deniz kenarı"),
           "venue": ("the sports hall", "Kingsmead Leisure Centre", "the school library", "St Luke's church hall", "the canteen"),
           "product": ("the Chromebook", "a Casio calculator", "the school blazer", "an iPad", "the PE hoodie"),
           "app": ("ParentPay", "Google Classroom", "Microsoft Teams", "Arbor", "Show My Homework", "ClassDojo"),
           "club": ("Coding Club", "Year 7 football", "the Brownies", "chess club", "the breakfast club", "Duke of Edinburgh")}
PRONOUNS = {"heA": "A", "hisA": "A", "himA": "A", "heB": "B", "hisB": "B", "heW": "W", "hisW": "W", "heM": "M",
            "hisM": "M", "heK": "K", "hisK": "K", "heJ": "J", "heL": "L", "hisL": "L"}
FORMS = {"he": ("he", "she"), "his": ("his", "her"), "him": ("him", "her")}
KIN_WORDS = {"childA": ("son", "daughter"), "sibB": ("brother", "sister"), "sibW": ("brother", "sister"),
             "parentA": ("dad", "mum"), "boyA": ("boy", "girl")}
STAFF_TITLES = {"M": 0.05, "L": 0.1}  # the share of "Dr" by staff slot; else Mr / Mrs / Ms / Miss
STAFF_ROLES = {"school": "Attendance Officer", "primary": "School Business Manager", "transport": "Transport Coordinator",
               "club": "Club Manager", "exams": "Exams Officer", "admissions": "Admissions Officer",
               "accommodation": "Residences Adviser", "finance": "Student Finance Officer"}
_FOLD = str.maketrans({"đ": "d", "Đ": "D", "ı": "i", "İ": "I", "ł": "l"})


def fold(text: str) -> str:
    """ASCII letters for a name: đ, ı and İ first, then the accents (ễ, ş, ã, ü)."""
    return ascii_fold(text.translate(_FOLD))


def _dotless(text: str) -> str:
    """``İ`` lower-cased is ``i`` and a combining dot: typed and heard as a plain ``i``."""
    return text.replace("i\u0307", "i")


class ProfileAP(ProfileAO):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = H.HOME, ("UK", "IE", "AU", "AE"), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    PLAIN = ProfileAO.PLAIN | {"mtitle", "ltitle", "jtitle", "kinself", "staffrole"} | set(PRONOUNS) | set(KIN_WORDS)
    NEUTRAL = NEUTRAL
    fold = staticmethod(fold)
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)
    KIN = (("uncle", "grandad", "grandpa", "uncle"), ("aunt", "nan", "grandma", "auntie"))
    domain, org, student = "school", "Kingsmead Academy", False

    @classmethod
    def make(cls, names, style: str, rng, origin: str | None = None, agents_too: bool = True):
        customer = names.name(origin)
        profile = cls(customer, names.agent(), names.relative(customer), names.agent(), style, rng)
        c = profile.customer
        called = {c.called, profile.third.called, profile.agent.called, profile.prev.called}
        people = {}
        for key in "ABW":  # the child and the siblings: the family's surname mostly
            people[key] = names.child(c, called)
            called.add(people[key].called)
        for key in "MLJ":  # staff of any group
            for _ in range(8):
                who = names.name(None)
                if who.called not in called and who.surname != c.surname:
                    break
            people[key] = who
            called.add(who.called)
        profile.people, profile.fixed, profile.names = people, {}, names
        staff = people["L"]
        user = re.sub(r"[^a-z]", "", fold(staff.surname).lower())
        profile.raw.update({"FIGURE": rng.choice(FIGURES), "KTEL": H.home_phone(rng, profile.country),
                            "ADOB": (rng.randint(2008, 2020), rng.randint(1, 12), rng.randint(1, 28)),
                            "LMAIL": f"{fold(staff.given)[0].lower()}.{user}@",
                            "CAND": H.student_number(rng, "candidate"), "APP": H.student_number(rng, "applicant")})
        profile.raw.update(H.bank(rng, profile.country))
        profile.raw["HALL"], profile.raw["HALLPOST"] = H.hall_address(rng)
        profile.ident = None
        return profile

    def set_domain(self, domain: str, org: str, rng: random.Random) -> None:
        """The line called; on a university line the caller is the student (born 2000-2007), else a parent or carer."""
        self.domain, self.org = domain, org
        self.student = domain in ("admissions", "accommodation")
        dob = (rng.randint(2000, 2007) if self.student else rng.randint(1968, 1994), rng.randint(1, 12), rng.randint(1, 28))
        self.raw["DOB"] = dob
        domains = ("trinityadmissions.ac.uk", "westbrook.ac.uk") if self.student else ("kingsmead.sch.uk", "holycross.ie", "northvale.gov.uk")
        self.raw["LMAIL"] += rng.choice(domains)  # a member of staff's e-mail at the school or university
        self.raw["SNO"] = H.student_number(rng, "student" if self.student else "pupil")
        self.ident = H.national_id(rng, self.country, dob, self.customer.male) if self.student else None
        if self.student:  # a flatmate and a friend, not siblings
            called = {p.called for p in self.people.values()} | {self.customer.called}
            for key in "BW":
                for _ in range(8):
                    who = self.names.name(None)
                    if who.called not in called and who.surname != self.customer.surname:
                        break
                self.people[key] = who
                called.add(who.called)
        if self.ident:
            self.raw["NID"] = self.ident[1]

    # -- names ----------------------------------------------------------------------------------------------
    def _hear(self, text: str) -> str:
        """dev_ao's noise after this split's folding (đ, ı); then now and then two short syllables run together
        (``minh anh`` -> ``minhanh``) or a consonant heard twice (``ozcan`` -> ``ozccan``)."""
        rng, out = self.rng, super()._hear(text.translate(_FOLD)).split()
        if not self.noisy:
            return " ".join(out)
        short = [i for i in range(len(out) - 1) if len(out[i]) <= 4 and len(out[i + 1]) <= 4]
        if short and rng.random() < 0.08:
            i = rng.choice(short)
            out[i:i + 2] = [out[i] + out[i + 1]]
        for i, w in enumerate(out):
            cons = [k for k in range(1, len(w) - 1) if w[k] not in "aeiouy" and w[k] != w[k - 1] and w[k] != w[k + 1]]
            if len(w) >= 5 and cons and rng.random() < 0.025:
                k = rng.choice(cons)
                out[i] = w[:k] + w[k] + w[k:]
        return " ".join(out)

    def _spell(self, word: str) -> str:
        return super()._spell(word.translate(_FOLD))

    def _typed(self, text: str) -> str:
        return super()._typed(fold(text) if self.no_accents else text)

    def _who(self, slot: str):
        if slot in EXTRA:
            return self.people["A"]
        return super()._who(slot)

    def person(self, slot: str) -> str:
        out = _dotless(self._person(slot))
        return out.replace("-", " ") if self.asr else out  # a staff name said plainly keeps no hyphen either

    def value(self, slot: str) -> str:
        return _dotless(self._value(slot))

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        out = _dotless(super().distractor(kind, rng, style))
        return re.sub(r"\d+", lambda m: number_words(int(m.group())), out) if self.asr else out

    def _person(self, slot: str) -> str:
        if slot not in EXTRA:
            return super().person(slot)
        kid = self.people["A"]
        if slot == "ASPELT":
            return self._spell(kid.called)
        if slot == "AFORM":  # a form: "NGUYEN, Minh Anh"
            value = f"{kid.surname.upper()}, {kid.given}" if self.rng.random() < 0.7 else f"{kid.surname.upper()} {kid.given.upper()}"
            return self._hear(value.replace(",", "")) if self.asr else self._typed(value)
        parts = kid.called.split()
        value = parts[-1] if kid.origin == "vietnamese" else parts[0]
        if self.asr:
            return self._hear(value)
        return self._typed(value.lower()) if self.speaker == "customer" and self.lower else value

    def plain(self, slot: str) -> str:
        rng = self.rng
        if slot in PRONOUNS:
            key = PRONOUNS[slot]
            who = self.third if key == "K" else self.people[key]
            return FORMS[slot[:-1]][0 if who.male else 1]
        if slot == "staffrole":
            return STAFF_ROLES[self.domain]
        if slot == "kinself":  # the caller to the child
            return "dad" if self.customer.male else "mum"
        if slot in KIN_WORDS:
            who = self.people[slot[-1]]
            return KIN_WORDS[slot][0 if who.male else 1]
        if slot in ("mtitle", "ltitle", "jtitle"):  # one title per member of staff in a whole conversation
            if slot not in self.fixed:
                who = self.people[slot[0].upper()]
                dr = rng.random() < STAFF_TITLES.get(slot[0].upper(), 0.0)
                self.fixed[slot] = "Dr" if dr else "Mr" if who.male else rng.choice(("Mrs", "Ms", "Miss"))
            return self.fixed[slot]
        if slot == "kin":
            if "kin" not in self.fixed:
                self.fixed["kin"] = rng.choice(self.KIN[0] if self.third.male else self.KIN[1])
            return self.fixed["kin"]
        return super().plain(slot)

    # -- values and look-alikes -----------------------------------------------------------------------------
    def _value(self, slot: str) -> str:
        rng, raw = self.rng, self.raw.get(slot)
        if slot == "ADOB":
            return self._date(raw)
        if slot in ("SNO", "CAND", "APP"):
            if self.asr:
                return say_code(re.sub(r"[^A-Za-z0-9]", "", raw), rng, 0.3) if re.search("[A-Za-z]", raw) else say_digits(raw, rng)
            return raw.upper() if self.caps else raw
        if slot == "KTEL":
            saved, self.raw["TEL"] = self.raw["TEL"], raw
            out = self._value("TEL")
            self.raw["TEL"] = saved
            return out
        if slot == "HALL":
            if self.asr:
                text = raw.lower().replace(",", "").replace("'", "")
                return re.sub(r"(\d+)([a-f])\b", lambda m: f"{number_words(int(m.group(1)))} {m.group(2)}", text)
            return raw.lower() if self.lower and self.speaker == "customer" else raw
        if slot == "HALLPOST":
            return say_code(raw, rng, 0.15) if self.asr else raw
        if slot == "POST" and self.asr and raw.startswith("P.O."):
            return "p o box " + say_digits(raw[8:], rng)
        if slot == "NID" and self.asr:
            clean = re.sub(r"[^A-Za-z0-9]", "", raw)
            return say_digits(clean, rng) if clean.isdigit() else say_code(clean, rng, 0.2)
        if slot == "ADDR" and not self.asr:
            text = fold(raw) if self.no_accents else raw
            return text.lower() if self.lower and self.speaker == "customer" else text
        if slot == "ADDR" and self.asr:
            text = fold(raw).lower().replace(",", "").replace(":", "").replace("-", " ").replace("vul. ", "vulytsia ").replace("prosp. ", "prospekt ").replace("kv. ", "kvartyra ")
            return re.sub(r"\d+", lambda m: say_pairs(m.group(), rng) if len(m.group()) > 3 else number_words(int(m.group())), text)
        return super().value(slot)

    def label(self, slot: str) -> str:
        if slot == "NID":
            return E.US_SSN if self.country == "US" else E.NATIONAL_ID
        if slot in VALUES:
            return VALUES[slot]
        return E.PERSON if slot in SLOTS_AP else ProfileS.label(self, slot)

    def origin(self, slot: str) -> str | None:
        return self._who(slot).origin if slot in OTHERS + EXTRA else super().origin(slot)
