"""The ``dev_aq`` conversation profile: a tenant, householder or landlord on a letting agent's, housing association's,
council repairs team's or energy / water / broadband provider's line, with a name of one of ``_names_dev_aq``'s seven
groups, and the people of a home: the partner or joint tenant (A), a household member (B: a son, daughter or
flatmate), a neighbour (W: the upstairs tenant, the one with the key), a relative (KIN), the engineer (M), the housing
officer or property manager (L, with an e-mail), the landlord or caretaker (J), the adviser of last time (PREV); how
each name is said (ASR: lower case, the recognizer's noise, Thai surnames heard in syllables, spelled in irregular
chunks with NATO words) or typed (chat: cased, lower case, capitals, ``SURNAME, Given`` on a form, letters without
their accents, typos), and the look-alikes (providers and agents, places, boiler makes, rooms and parts, job titles,
words like ``rose`` / ``dawn`` / ``victoria`` / the old coin ``florin``, public figures as NEUTRAL).
dev_ap's profile (``ProfileAP``) underneath: its slots keep their letters, their meanings are this split's.

Values: ``TEN`` / ``CUST`` / ``METER`` (tenancy reference, customer account, meter serial or MPRN: ACCOUNT_NUMBER),
``ADOB`` (the joint tenant's DATE_OF_BIRTH), ``KTEL`` (the neighbour's or relative's phone), ``LMAIL`` (the housing
officer's e-mail), ``SORT`` / ``ACCT`` / ``IBAN`` (the deposit refund), ``FIGURE`` (a public figure, NEUTRAL).
Written blind.
"""
from __future__ import annotations

import random
import re

from benchmarks import _homes_dev_aq as H
from benchmarks._heard_dev_aq import HEARD
from benchmarks._homes_dev_aj import say_code, say_digits, say_pairs
from benchmarks._profile_dev_an import RESPELL
from benchmarks._profile_dev_ao import OTHERS
from benchmarks._profile_dev_ap import EXTRA, ProfileAP
from benchmarks._profile_dev_s import ProfileS, number_words
from benchmarks._staged_people import PERSONS, ascii_fold
from recognizers import entities as E

SLOTS_AQ = PERSONS + OTHERS + EXTRA
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "brand", "boiler", "room", "role", "phrase")
VALUES = {"ADOB": E.DATE_OF_BIRTH, "TEN": E.ACCOUNT_NUMBER, "CUST": E.ACCOUNT_NUMBER, "METER": E.ACCOUNT_NUMBER,
          "SORT": E.ACCOUNT_NUMBER, "IBAN": E.IBAN_CODE, "KTEL": E.PHONE_NUMBER, "LMAIL": E.EMAIL_ADDRESS,
          "FIGURE": "NEUTRAL"}
FIGURES = ("Kirstie Allsopp", "Phil Spencer", "Sarah Beeny", "George Clarke", "Nick Knowles", "Martin Lewis")
NEUTRAL = {"place": ("Bucharest", "Vilnius", "Brno", "Guadalajara", "Porto", "Chiang Mai", "Kaunas", "Cluj", "Ostrava",
                     "Monterrey", "Braga", "Hat Yai", "Iași", "Plzeň", "Coimbra"),
           "brand": ("British Gas", "Octopus", "Thames Water", "Virgin Media", "Foxtons", "Clarion Housing", "EDF",
                     "Openreach", "Irish Water", "Bord Gáis", "Savills", "Peabody"),
           "venue": ("the site office", "the community centre", "the estate office", "Kingsway Leisure Centre"),
           "product": ("a smart meter", "the Hive thermostat", "a dehumidifier", "the Sky Q box", "the Eero router"),
           "boiler": ("Worcester Bosch", "Vaillant", "Baxi", "Ideal Logic", "Glow-worm", "a Potterton"),
           "room": ("the en suite", "the combi", "the airing cupboard", "the stopcock", "the loft hatch",
                    "the back bedroom", "the extractor fan", "the immersion"),
           "role": ("the surveyor", "the caretaker", "the housing officer", "the gas engineer", "the plumber",
                    "the letting agent", "the inventory clerk", "the estate manager"),
           "phrase": ("the rose bush by the door", "we were up at dawn", "I came in at Victoria", "an old florin in the drawer",
                      "the summer", "she will", "it's a grand flat", "the mould came back in March", "the bill went up in May")}
PRONOUNS = {"heA": "A", "hisA": "A", "himA": "A", "heB": "B", "hisB": "B", "heW": "W", "hisW": "W", "himW": "W",
            "heM": "M", "hisM": "M", "heK": "K", "hisK": "K", "heJ": "J", "hisJ": "J", "heL": "L", "hisL": "L"}
FORMS = {"he": ("he", "she"), "his": ("his", "her"), "him": ("him", "her")}
KIN_WORDS = {"partnerA": ("husband", "wife"), "childB": ("son", "daughter")}
STAFF_ROLES = {"lettings": "Lettings Negotiator", "landlord": "Property Manager", "housing": "Housing Officer",
               "repairs": "Repairs Coordinator", "energy": "Customer Service Adviser", "water": "Customer Support",
               "broadband": "Installation Team"}
_FOLD = str.maketrans({"ș": "s", "ț": "t", "Ș": "S", "Ț": "T", "ş": "s", "ţ": "t"})
_ADDR_WORDS = (("str ", "strada "), ("bd ", "bulevardul "), ("nr ", "numar "), ("bl ", "bloc "), ("ap ", "apartament "),
               ("pr ", "prospektas "), (" g ", " gatve "), ("al ", "aleja "), ("av ", "avenida "), ("col ", "colonia "),
               ("int ", "interior "), (" esq", " esquerdo"), (" dto", " direito"))


def fold(text: str) -> str:
    """ASCII letters for a name: ș / ț (and their cedilla twins), then the other accents (ř, ė, ñ, ã)."""
    return ascii_fold(text.translate(_FOLD))


_ONSETS = ("th", "ph", "kh", "ch", "pr", "kr", "tr", "kl", "pl")


def syllables(word: str) -> list[str]:
    """A long Thai surname heard syllable by syllable (``sripituksakul`` -> ``sri pi tuk sa kul``,
    ``pongsakornthanakit`` -> ``pong sa korn tha na kit``): each vowel run keeps the consonants after it but the next
    syllable's onset (one consonant, or ``th`` / ``ph`` / ``kh`` / ``ch`` / ``pr`` / ``kr`` ...)."""
    out, i, n = [], 0, len(word)
    while i < n:
        j = i
        while j < n and word[j] not in "aeiou":
            j += 1
        while j < n and word[j] in "aeiou":
            j += 1
        k = j
        while k < n and word[k] not in "aeiou":
            k += 1
        if k < n:  # leave the next syllable its onset
            k -= 2 if k - j >= 2 and word[k - 2:k] in _ONSETS else 1
        out.append(word[i:k])
        i = k
    return out


class ProfileAQ(ProfileAP):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = H.HOME, ("UK", "IE", "AU"), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    PLAIN = ProfileAP.PLAIN | set(PRONOUNS) | set(KIN_WORDS) | {"wtitle"}
    NEUTRAL = NEUTRAL
    fold = staticmethod(fold)
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)
    KIN = (("dad", "brother", "uncle", "father in law"), ("mum", "sister", "aunt", "mother in law"))
    domain, org, student = "lettings", "Foxtons", False

    @classmethod
    def make(cls, names, style: str, rng, origin: str | None = None, agents_too: bool = True):
        customer = names.name(origin)
        profile = cls(customer, names.agent(), names.relative(customer), names.agent(), style, rng)
        c = profile.customer
        called = {c.called, profile.third.called, profile.agent.called, profile.prev.called}
        people = {"A": names.household(c, called, not c.male, 0.7)}
        called.add(people["A"].called)
        people["B"] = names.household(c, called, None, 0.8)
        called.add(people["B"].called)
        for key in "WMLJ":  # a neighbour and staff of any group
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
                            "ADOB": (rng.randint(1950, 2001), rng.randint(1, 12), rng.randint(1, 28)),
                            "DOB": (rng.randint(1948, 2002), rng.randint(1, 12), rng.randint(1, 28)),
                            "LMAIL": f"{fold(staff.given.split()[0]).lower()}.{user}@",
                            "TEN": H.reference(rng, "tenancy"), "CUST": H.reference(rng, "account"),
                            "METER": H.reference(rng, "meter")})
        profile.raw.update(H.bank(rng, profile.country))
        profile.raw["LMAIL"] += rng.choice(("clarionhousing.org.uk", "northvalehomes.ie", "brightletting.co.uk"))
        profile.ident = None
        return profile

    def set_domain(self, domain: str, org: str, rng: random.Random) -> None:
        """The line called: a letting agent, a landlord's manager, a housing association, a repairs team or a provider."""
        self.domain, self.org = domain, org

    # -- names ----------------------------------------------------------------------------------------------
    def _hear(self, text: str) -> str:
        """ASR: lower case, no accents, apostrophes or hyphens; now and then a sound-alike (``HEARD``), a spelling by
        sound, a long Thai surname in syllables, a long word split, a letter dropped, two short words run together."""
        rng = self.rng
        parts = fold(text).lower().replace("-", " ").replace("'", "").replace(".", "").split()
        if not self.noisy:
            return " ".join(parts)
        out: list[str] = []
        for p in parts:
            r = rng.random()
            if p in self.HEARD and r < 0.14:
                out += rng.choice(self.HEARD[p]).split()
            elif len(p) >= 10 and r < 0.35:
                out += syllables(p)
            elif r < 0.07 and any(a in p for a, _ in RESPELL):
                a, b = rng.choice([(a, b) for a, b in RESPELL if a in p])
                out.append(p.replace(a, b, 1))
            elif len(p) >= 5 and r < 0.115:
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

    def _spell(self, word: str) -> str:
        return ProfileAP._spell(self, word.translate(_FOLD))

    # -- plain words ----------------------------------------------------------------------------------------
    def plain(self, slot: str) -> str:
        if slot in PRONOUNS:
            key = PRONOUNS[slot]
            who = self.third if key == "K" else self.people[key]
            return FORMS[slot[:-1]][0 if who.male else 1]
        if slot == "partnerA":
            if "partnerA" not in self.fixed:
                self.fixed["partnerA"] = "partner" if self.rng.random() < 0.4 else KIN_WORDS["partnerA"][0 if self.people["A"].male else 1]
            return self.fixed["partnerA"]
        if slot == "childB":
            return KIN_WORDS["childB"][0 if self.people["B"].male else 1]
        if slot == "staffrole":
            return STAFF_ROLES[self.domain]
        if slot == "postname":
            return fold(super().plain(slot)) if self.asr else super().plain(slot)
        if slot == "wtitle":  # the neighbour's title, one for the whole conversation
            if "wtitle" not in self.fixed:
                self.fixed["wtitle"] = "Mr" if self.people["W"].male else self.rng.choice(("Mrs", "Ms", "Miss"))
            return self.fixed["wtitle"]
        return super().plain(slot)

    # -- values ---------------------------------------------------------------------------------------------
    def said_reference(self, raw: str) -> str:
        """A reference or customer number as the speaker gives it: letters and digits read out in speech (digits
        alone digit by digit), typed in lower case by some chat customers."""
        clean = re.sub(r"[^A-Za-z0-9]", "", raw)
        if self.asr:
            return say_code(clean, self.rng, 0.25) if re.search("[A-Za-z]", clean) else say_digits(clean, self.rng)
        return raw.lower() if self.lower and self.speaker == "customer" and self.rng.random() < 0.4 else raw

    def _value(self, slot: str) -> str:
        rng, raw = self.rng, self.raw.get(slot)
        if slot in ("TEN", "CUST", "METER"):
            return self.said_reference(raw)
        if slot == "ADDR" and self.asr:
            text = " " + fold(raw.replace(".º", "").replace("º", "")).lower().replace(",", " ").replace(".", " ").replace("º", "").replace("/", " stroke ").replace("-", " ") + " "
            text = re.sub(r"\s+", " ", text)
            for a, b in _ADDR_WORDS:
                text = text.replace(" " + a.strip() + " ", " " + b.strip() + " ")
            text = re.sub(r"(\d)([a-z])|([a-z])(\d)", lambda m: " ".join(g for g in m.groups() if g), text.strip())
            return re.sub(r"\d+", lambda m: say_pairs(m.group(), rng) if len(m.group()) > 3 else number_words(int(m.group())), text)
        if slot == "POST" and self.asr:
            return say_code(raw.replace("-", ""), rng, 0.15)
        return super()._value(slot)

    def label(self, slot: str) -> str:
        if slot in VALUES:
            return VALUES[slot]
        return E.PERSON if slot in SLOTS_AQ else ProfileS.label(self, slot)
