"""The ``dev_ao`` conversation profile: a caller on an insurance claim, with a name of one of ``_names_dev_ao``'s seven
groups, and the many people a claim names: a partner (A), a relative (KIN: the policyholder, the deceased, the injured),
the other party (B), a witness (W), a doctor, consultant or physio (M), a solicitor (L), a builder or loss adjuster (J),
the claims handler of last time (PREV); how each name is said (ASR: lower case, the recognizer's noise, spelled in
irregular chunks with NATO words) or typed (chat: cased, lower case, capitals, ``SURNAME, Given`` on a form, letters
without their accents, typos), and the look-alikes (insurers, hospitals, firms, places, cars, pets, drugs, job titles,
registrations, public figures). Written blind.

Person slots added: ``A`` / ``AF`` / ``AS``, ``B`` / ``BF`` / ``BS``, ``W`` / ``WF`` / ``WS``, ``M`` / ``MF`` / ``MS`` /
``MI`` (``A. Okafor``), ``L`` / ``LF`` / ``LS``, ``J`` / ``JF``, ``KIN`` / ``KINF`` / ``KINS``, ``PREVG``, ``FORM`` / ``BFORM``
(surname first as on a claim form), ``WSPELT`` (the witness's surname spelled). Values added: ``POL`` / ``CLM`` (policy
and claim references) and ``SORT`` (ACCOUNT_NUMBER), ``IBAN``, ``NID`` (NATIONAL_ID; a US SSN is US_SSN), ``KDOB``
(DATE_OF_BIRTH), ``WTEL`` / ``LMAIL`` (the witness's phone, the solicitor's e-mail), ``FIGURE`` (a public figure, NEUTRAL).
"""
from __future__ import annotations

import random
import re

from benchmarks import _homes_dev_ao as H
from benchmarks._heard_dev_ao import HEARD
from benchmarks._homes_dev_aj import NATO, say_code, say_digits
from benchmarks._profile_dev_an import LETTER_WORDS, RESPELL, WEEKDAYS, ProfileAN
from benchmarks._profile_dev_s import MONTHS, ProfileS, number_words, ordinal
from benchmarks._staged_people import PERSONS, ascii_fold, typo
from recognizers import entities as E

OTHERS = ("A", "AF", "AS", "B", "BF", "BS", "W", "WF", "WS", "M", "MF", "MS", "MI", "L", "LF", "LS", "J", "JF", "KIN", "KINF",
          "KINS", "PREVG", "FORM", "BFORM", "WSPELT")
SLOTS = PERSONS + OTHERS
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase", "role", "brand", "car", "pet",
               "med", "firm", "reg")
VALUES = {"KDOB": E.DATE_OF_BIRTH, "POL": E.ACCOUNT_NUMBER, "CLM": E.ACCOUNT_NUMBER, "SORT": E.ACCOUNT_NUMBER,
          "IBAN": E.IBAN_CODE, "WTEL": E.PHONE_NUMBER, "LMAIL": E.EMAIL_ADDRESS, "FIGURE": "NEUTRAL"}
FIGURES = ("Martin Lewis", "Judge Judy", "David Attenborough", "Oprah Winfrey", "Gordon Ramsay", "Mary Berry")
NEUTRAL = {"place": ("Lagos", "Manila", "Gdańsk", "Auckland", "Cape Town", "Accra", "Kumasi", "Kraków", "Stellenbosch",
                     "Apia", "Busan", "Cebu", "Rotorua", "Enugu", "Wrocław"),
           "venue": ("St Vincent's Hospital", "the Royal Infirmary", "Middlemore Hospital", "Groote Schuur",
                     "St Luke's Medical Center", "Specsavers", "the Nuffield clinic", "Korle Bu"),
           "brand": ("Aviva", "Allianz", "AXA", "Direct Line", "Admiral", "Discovery", "Santam", "PZU", "Southern Cross"),
           "product": ("the dashcam", "a Ring doorbell", "the Fitbit", "a courtesy car", "the hire car"),
           "phrase": ("the excess is steep", "I'll make a will", "with good grace", "the bill came today",
                      "the rose bushes are gone", "full cover", "the claim form", "Bill Payments said no"),
           "role": ("loss adjuster", "registrar", "assessor", "claims handler", "physio", "orthopaedic surgeon", "GP",
                    "executor"),
           "car": ("Kia Sportage", "Honda Jazz", "Toyota Corolla", "Ford Ranger", "Hyundai Tucson", "VW Polo",
                   "Nissan Navara", "Skoda Octavia"),
           "pet": ("Bella", "Max", "Milo", "Luna", "Charlie", "Daisy", "Rocky", "Coco"),
           "med": ("Warfarin", "Crohn's disease", "Parkinson's", "Bell's palsy", "Metformin", "the Achilles tendon"),
           "firm": ("Hartley Webb & Co", "Marsh Pryor solicitors", "Crawford Lyle loss adjusters", "Dunmore & Partners",
                    "Kingsbridge Legal", "Ashdown Claims Services")}
PRONOUNS = {"heA": ("A", "he", "she"), "hisA": ("A", "his", "her"), "partnerA": ("A", "husband", "wife"),
            "heB": ("B", "he", "she"), "hisB": ("B", "his", "her"), "heW": ("W", "he", "she"), "hisW": ("W", "his", "her"),
            "heM": ("M", "he", "she"), "heK": ("K", "he", "she"), "hisK": ("K", "his", "her"), "heJ": ("J", "he", "she"),
            "ladyW": ("W", "a man", "a lady")}


def fold(text: str) -> str:
    """ASCII letters for a name: ł first, then the accents and macrons (ż, ś, ā, é)."""
    return ascii_fold(text.replace("ł", "l").replace("Ł", "L"))


class ProfileAO(ProfileAN):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = H.HOME, ("UK", "IE", "AU", "NZ", "ZA", "NG", "GH"), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    PLAIN = ProfileS.PLAIN | {"org", "no", "mtitle", "nidname"} | set(PRONOUNS)
    NEUTRAL = NEUTRAL
    fold = staticmethod(fold)
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)
    domain, org = "motor", "Harbourline Insurance"
    KIN = (("father", "dad", "uncle", "grandad"), ("mother", "mum", "aunt", "nan"))  # the older relative; the partner is A

    @classmethod
    def make(cls, names, style: str, rng, origin: str | None = None, agents_too: bool = True):
        customer = names.name(origin)
        profile = cls(customer, names.agent(), names.relative(customer), names.agent(), style, rng)
        c = profile.customer
        partner = next((p for p in (names.relative(c) for _ in range(6)) if p.male != c.male), None) or names.relative(c)
        people, called = {"A": partner}, {c.called, profile.third.called, partner.called, profile.agent.called}
        for key in "BWMLJ":
            for _ in range(8):  # no two people of one claim called the same
                who = names.name(c.origin if key in "BW" and rng.random() < 0.6 else None)
                if who.called not in called:
                    break
            people[key] = who
            called.add(who.called)
        profile.people = people
        y, m, d = rng.randint(1926, 1958), rng.randint(1, 12), rng.randint(1, 28)  # the older relative's
        doc = (rng.randint(1962, 2002), rng.randint(1, 12), rng.randint(1, 28))
        ident = H.national_id(rng, profile.country, doc, c.male)
        l_user = re.sub(r"[^a-z]", "", fold(people["L"].surname).lower())
        profile.raw.update({"KDOB": (y, m, d), "DOB": doc, "FIGURE": rng.choice(FIGURES), "WTEL": H.home_phone(rng, profile.country),
                            "LMAIL": f"{fold(people['L'].given)[0].lower()}.{l_user}@{rng.choice(('hartleywebb.co.uk', 'marshpryor.com', 'kingsbridgelegal.com'))}",
                            "CLM": H.reference(rng, "motor", True)})
        profile.raw.update(H.bank(rng, profile.country))
        profile.ident, profile.fixed = ident, {}
        if ident:
            profile.raw["NID"] = ident[1]
        return profile

    def set_domain(self, domain: str, org: str, rng: random.Random) -> None:
        self.domain, self.org = domain, org
        self.raw["POL"] = H.reference(rng, domain, False)

    # -- names ----------------------------------------------------------------------------------------------
    def _hear(self, text: str) -> str:
        """ASR: lower case, no accents, macrons, apostrophes or hyphens; now and then a sound-alike (``HEARD``), a
        spelling by sound, a long word split, a letter dropped, two short words run together (dev_an's rates)."""
        rng = self.rng
        parts = fold(text).lower().replace("-", " ").replace("'", rng.choice(("", " "))).replace(".", "").split()
        if not self.noisy:
            return " ".join(parts)
        out: list[str] = []
        for p in parts:
            r = rng.random()
            if p in HEARD and r < (0.2 if len(p) == 1 else 0.08):
                out += rng.choice(HEARD[p]).split()
            elif r < 0.11 and any(a in p for a, _ in RESPELL):
                a, b = rng.choice([(a, b) for a, b in RESPELL if a in p])
                out.append(p.replace(a, b, 1))
            elif len(p) >= 7 and r < 0.13:
                cut = next((k for k in range(3, len(p) - 2) if p[k - 1] in "aeiou" and p[k] not in "aeiou"), len(p) // 2)
                out += [p[:cut], p[cut:]]
            elif len(p) >= 5 and r < 0.16:
                k = rng.randint(1, len(p) - 2)
                out.append(p[:k] + p[k + 1:])
            else:
                out.append(p)
        if len(out) > 1 and rng.random() < 0.08:
            short = [i for i in range(len(out) - 1) if 1 < len(out[i]) <= 4]
            if short:
                i = rng.choice(short)
                out[i:i + 2] = [out[i] + out[i + 1]]
        return " ".join(out)

    def _spell(self, word: str) -> str:
        """ASR: letters in irregular chunks, now and then a NATO word; chat: capitals joined by a separator."""
        rng, letters = self.rng, [c for c in fold(word).lower() if c.isalpha()]
        if not self.asr:
            sep = rng.choice(("-", " ", "", ". "))
            out = sep.join(ch.upper() for ch in letters) if sep else "".join(letters).upper()
            return out + "." if sep == ". " else out
        out = []
        for ch in letters:
            r = rng.random()
            out.append(f"{ch} {rng.choice(LETTER_WORDS)} {NATO[ch]}" if r < 0.15 else NATO[ch] if r < 0.22 else ch)
        return " ".join(out)

    def _typed(self, text: str) -> str:
        if self.no_accents:
            text = fold(text)
        if self.rng.random() < 0.08:
            words = text.split(" ")
            i = self.rng.randrange(len(words))
            words[i] = typo(words[i], self.rng)
            text = " ".join(words)
        return text

    def _who(self, slot: str):
        if slot.startswith("KIN"):
            return self.third
        if slot == "PREVG":
            return self.prev
        if slot == "FORM":
            return self.customer
        if slot == "BFORM":
            return self.people["B"]
        return self.people[slot[0]]

    def person(self, slot: str) -> str:
        if slot not in OTHERS:
            return super().person(slot)  # dev_an's: the caller, the agent and the handler of last time
        who = self._who(slot)
        if slot == "WSPELT":
            return self._spell(who.surname)
        if slot in ("FORM", "BFORM"):  # a claim form: "OKONKWO-ADEYEMI, Chukwuemeka"
            value = f"{who.surname.upper()}, {who.given}" if self.rng.random() < 0.7 else f"{who.surname.upper()} {who.given.upper()}"
            return self._hear(value.replace(",", "")) if self.asr else self._typed(value)
        if slot == "MI":
            value = f"{who.given[0]}. {who.surname}"
        else:
            value = who.full if slot.endswith("F") else who.surname if slot.endswith("S") else who.called
        if self.asr:
            return self._hear(value)
        if self.speaker == "customer":
            return self._typed(value.lower() if self.lower else value)
        return value

    def plain(self, slot: str) -> str:
        rng = self.rng
        if slot in PRONOUNS:
            key, he, she = PRONOUNS[slot]
            return he if (self.third if key == "K" else self.people[key]).male else she
        if slot == "mtitle":  # a UK consultant is "Mr", a doctor elsewhere "Dr"
            m = self.people["M"]
            if self.country in ("UK", "IE") and rng.random() < 0.6:
                return "Mr" if m.male else "Ms"
            return "Dr"
        if slot in ("kin", "pet"):  # one word for the relative, one pet, in a whole conversation
            if slot not in self.fixed:
                self.fixed[slot] = super().plain("kin") if slot == "kin" else rng.choice(NEUTRAL["pet"])
            return self.fixed[slot]
        if slot == "nidname":
            return self.ident[0] if self.ident else "ID number"
        return super().plain(slot)

    # -- values and look-alikes -----------------------------------------------------------------------------
    def value(self, slot: str) -> str:
        rng, raw = self.rng, self.raw.get(slot)
        if slot in ("POL", "CLM"):
            if self.asr:
                return say_code(re.sub(r"[^A-Za-z0-9]", "", raw), rng, 0.35)
            return raw.lower() if self.lower and self.speaker == "customer" and rng.random() < 0.4 else raw
        if slot == "NID":
            if self.asr:
                return say_code(raw.replace("-", ""), rng, 0.2) if not raw.replace(" ", "").replace("-", "").isdigit() else say_digits(raw, rng)
            return raw
        if slot == "SORT":
            return say_digits(raw, rng) if self.asr else raw
        if slot == "IBAN":
            return say_code(raw, rng, 0.1) if self.asr else raw
        if slot == "ACCT" and self.asr:
            return say_digits(raw, rng)
        if slot == "WTEL":
            saved, self.raw["TEL"] = self.raw["TEL"], raw
            out = self.value("TEL")
            self.raw["TEL"] = saved
            return out
        if slot == "LMAIL":
            saved, self.raw["MAIL"] = self.raw["MAIL"], raw
            out = ProfileS.value(self, "MAIL")
            self.raw["MAIL"] = saved
            return out
        if slot == "ADDR" and not self.asr:
            text = fold(raw) if self.no_accents else raw
            return text.lower() if self.lower and self.speaker == "customer" else text
        if slot == "ADDR":
            text = fold(raw).lower().replace(",", "").replace("-", " ").replace("/", " stroke ").replace("ul. ", "ulica ").replace("al. ", "aleja ")
            return re.sub(r"\d+", lambda m: number_words(int(m.group())), text)
        if slot == "POST" and self.asr:
            return say_code(raw.replace("-", ""), rng, 0.15)
        return super().value(slot)

    def label(self, slot: str) -> str:
        if slot == "NID":
            return E.US_SSN if self.country == "US" else E.NATIONAL_ID
        if slot in VALUES:
            return VALUES[slot]
        return E.PERSON if slot in SLOTS else ProfileS.label(self, slot)

    def origin(self, slot: str) -> str | None:
        return self._who(slot).origin if slot in OTHERS else super().origin(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        if kind == "pet":
            pet = self.plain("pet")
            return pet.lower() if self.asr or (self.lower and self.speaker == "customer") else pet
        if kind == "reg":  # a vehicle registration: not labelled in any split, so a look-alike here
            plate = f"{rng.choice('ABDFGHKLMNPRSVWY')}{rng.choice('ABDFGHKLMNPRSVWY')}{rng.randint(51, 74)} {''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
            return " ".join(number_words(int(ch)) if ch.isdigit() else ch.lower() for ch in plate.replace(" ", "")) if self.asr else plate
        if kind == "date":  # the date of the incident: not a date of birth
            d, m = rng.randint(1, 28), rng.randint(1, 12)
            if self.asr:
                return rng.choice((rng.choice(WEEKDAYS).lower(), f"the {ordinal(d)} of {MONTHS[m - 1].lower()}",
                                   f"last {rng.choice(WEEKDAYS).lower()}", "boxing day"))
            return rng.choice((rng.choice(WEEKDAYS), f"{d} {MONTHS[m - 1]}", f"{d}/{m}", f"{MONTHS[m - 1]} {d}"))
        return super().distractor(kind, rng, style)
