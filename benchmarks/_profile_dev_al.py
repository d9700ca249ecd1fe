"""The ``dev_al`` session profile: a user of a voice assistant, an in-car assistant, a natural-language IVR or a typed
self-service bot, with a name of one of ``_names_dev_al``'s seven groups, at home in one of ``_homes_dev_al``'s
countries; the user's contacts (most of the user's group), two contacts who share a given name (``which mike?``),
how each name is said (ASR: lower case, recognizer noise on the user's name words; the assistant's replies print the
contact book's names clean) or typed (chat: cased, lower case, typos),
and the look-alikes (the wake word, public figures, places, businesses, months, ``pay the bill``). Written blind.

Person slots added: ``CA`` / ``CB`` / ``CC`` (a contact as called), ``CAF`` / ``CBF`` / ``CCF`` (full), ``CAS`` (the
first contact's surname), ``AMB`` (the given name two contacts share), ``AMB1`` / ``AMB2`` (their full names), ``AMBX``
(the surname that answers ``which one?``), ``KIN1`` (a relative by first name). Values added: ``NATID`` (US_SSN: the
last four; else NATIONAL_ID), ``DEST`` (a destination, STREET_ADDRESS), ``CTEL`` (a contact's number), ``CMAIL`` (a
contact's e-mail). ``PUBLIC`` (a singer) and ``FIGURE`` (a public figure) are NEUTRAL spans (the sgd_dev convention).
"""
from __future__ import annotations

import random
import re

from benchmarks import _homes_dev_al as H
from benchmarks._profile_dev_s import ProfileS, number_words, ordinal, spoken_digits
from benchmarks._staged_people import PERSONS, HomeCaller, PersonSlots, SpelledPerson, ascii_fold, typo
from recognizers import entities as E

CONTACTS = ("CA", "CB", "CC", "CAF", "CBF", "CCF", "CAS", "AMB", "AMB1", "AMB2", "AMBX", "KIN1")
SLOTS = PERSONS + CONTACTS
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase", "wake")
VALUES = {"DEST": E.STREET_ADDRESS, "CTEL": E.PHONE_NUMBER, "CMAIL": E.EMAIL_ADDRESS, "PUBLIC": "NEUTRAL", "FIGURE": "NEUTRAL"}
# How the recognizer hears a name word (the printed form is the gold span).
HEARD = {
    "grace": ("grays",), "hope": ("hop",), "bell": ("bel",), "rice": ("rise",), "banks": ("bank",), "brooke": ("brook",),
    "dawn": ("don",), "june": ("joon",), "chase": ("chays",), "hunter": ("hunner",), "summer": ("some her",),
    "jordan": ("jordon",), "austin": ("austen",), "wood": ("would",), "frost": ("frosts",), "knight": ("night",),
    "gonzalez": ("gonzales",), "rodriguez": ("rodrigues",), "hernandez": ("hernandes",), "jesus": ("hey zeus",),
    "guillermo": ("gil ermo",), "chuy": ("chewy",), "lupe": ("loopy",), "ximena": ("he mena",), "ibanez": ("evan yes",),
    "nguyen": ("win", "new yen"), "tran": ("tron",), "thi": ("tea",), "linh": ("lin",), "tuan": ("twan",),
    "phuong": ("fong",), "huong": ("hung",), "duc": ("duck",), "pham": ("fam",), "anh": ("on",), "trinh": ("trin",),
    "hoang": ("wong",), "quynh": ("quin",), "dung": ("yung",), "thao": ("tao",), "bui": ("buoy",), "vu": ("view",),
    "chinedu": ("chin edu",), "oluwaseun": ("oluwa sean",), "ngozi": ("in gozi",), "adebayo": ("adi bio",),
    "okafor": ("oka for",), "emeka": ("a mecca",), "chioma": ("chi oma",), "kelechi": ("kelly chi",), "uche": ("oo chay",),
    "obi": ("obey",), "adaeze": ("ada eze",), "ogunleye": ("ogun lay",), "adeyemi": ("ade yemi",), "nwosu": ("no sue",),
    "karthik": ("carthick",), "venkatesh": ("venka tesh",), "lakshmi": ("luck shmi",), "rahman": ("ramen",),
    "srinivas": ("shrinivas",), "reddy": ("ready",), "subramanian": ("subra manian",), "chatterjee": ("chatter g",),
    "ghosh": ("gosh",), "iyer": ("ire",), "hossain": ("who sane",), "naidu": ("nigh do",), "priya": ("pria",),
    "saravanan": ("sara vanan",), "qureshi": ("cure a she",), "farooq": ("fa rook",), "mehmood": ("mah mood",),
    "zhang": ("jang",), "xu": ("shoe",), "zhou": ("joe",), "wei": ("way",), "jing": ("gin",), "wong": ("wrong",),
    "leung": ("lung",), "lau": ("low",), "ng": ("eng",), "yip": ("yep",), "cheung": ("chung",), "tsang": ("sang",),
    "xinyi": ("shin e",), "zihan": ("zee han",), "xiaoyu": ("shower you",), "qian": ("chen",), "xie": ("shay",),
    "whitaker": ("whit acre",), "gallagher": ("gala her",), "pritchard": ("pritch art",), "mcallister": ("mac alister",),
    "thompson": ("tomson",), "caldwell": ("cold well",), "fitzgerald": ("fits gerald",), "kowalski": ("co walski",),
}
PUBLIC = ("Taylor Swift", "Bruno Mars", "Bad Bunny", "Beyoncé", "Ed Sheeran", "Burna Boy", "Wizkid", "A. R. Rahman",
          "Jay Chou", "Shakira", "Dolly Parton", "Elton John", "Adele", "Tiwa Savage", "Arijit Singh", "Sơn Tùng")
FIGURES = ("Barack Obama", "LeBron James", "Serena Williams", "Michelle Obama", "Morgan Freeman", "Lionel Messi",
           "Oprah Winfrey", "Sundar Pichai", "Jackie Chan", "Chimamanda Ngozi Adichie")
WAKE = {"speaker": ("hey nuvia", "ok nuvia", "nuvia"), "car": ("hey orla", "orla"), "none": ("",)}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


class ProfileAL(PersonSlots, SpelledPerson, HomeCaller, ProfileS):
    """Values of one session; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = H.HOME, ("UK",), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    PLAIN = ProfileS.PLAIN | {"idname", "emoji", "sms", "hey"}
    NEUTRAL = {"place": ("Austin", "Paris", "Jordan", "Chelsea", "Florence", "Victoria", "Charlotte", "Sydney",
                         "Georgia", "Brooklyn", "Madison", "Savannah", "Lagos", "Chennai", "Hanoi", "Phoenix"),
               "venue": ("Pizza Hut", "Wendy's", "McDonald's", "Trader Joe's", "Dave's Hot Chicken", "Chick-fil-A",
                         "Ben and Jerry's", "Tim Hortons", "Marks and Spencer", "Chase Bank", "Papa John's", "Domino's",
                         "Taco Bell", "Chicken Republic", "Saravana Bhavan", "Din Tai Fung", "Jollibee"),
               "product": ("the Summer Hits playlist", "Focus mode", "the Hope scene", "the Morning Mix",
                           "Rose Gold theme", "Drive mode", "the Grace Notes podcast", "Do Not Disturb"),
               "phrase": ("will it rain tomorrow", "mark as read", "pay the bill", "set my mood to hope",
                          "remind me to pay bill", "what's the chase balance", "what's on june the fifth", "say grace",
                          "hunter green lights", "may I have the score")}
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)

    @classmethod
    def make(cls, names, style: str, rng, origin: str | None = None, agents_too: bool = True):
        profile = super().make(names, style, rng, origin, agents_too)
        own = profile.customer.origin
        pick = lambda: names.name(own if rng.random() < 0.75 else None)  # noqa: E731
        profile.contacts = [pick(), pick(), pick()]
        profile.amb = [pick()]
        profile.amb.append(names.namesake(profile.amb[0]))
        profile.chosen = rng.randrange(2)
        profile.raw.update({"DEST": H.home_address(rng, profile.country)[0],
                            "CTEL": H.home_phone(rng, profile.contacts[1].country),
                            "PUBLIC": rng.choice(PUBLIC), "FIGURE": rng.choice(FIGURES)})
        c = profile.contacts[2]
        g, s = (re.sub(r"[^a-z]", "", ascii_fold(p).lower()) for p in (c.called, c.surname))
        profile.raw["CMAIL"] = f"{rng.choice((f'{g}.{s}', f'{g}{s}{rng.randint(1, 99)}', f'{g[0]}{s}'))}@{rng.choice(H.MAILS[profile.country])}"
        return profile

    def _habits(self, rng: random.Random) -> None:
        self.noisy = self.asr and rng.random() < 0.9
        self.no_accents = not self.asr and rng.random() < 0.6
        c = self.customer
        self.idname, nid = H.national_id(rng, c.country, self.raw["DOB"], c.male)
        self.raw["NATID"] = nid
        self.raw["CARD4"] = self.raw["CARD"]

    # -- names ----------------------------------------------------------------------------------------------
    def _hear(self, text: str) -> str:
        """ASR: lower case, no accents or hyphens; now and then a sound-alike, a long word split in two, a letter
        dropped, two short words run together."""
        rng = self.rng
        parts = self.fold(text).lower().replace("-", " ").replace("'", "").replace(".", "").split()
        if not self.noisy:
            return " ".join(parts)
        out: list[str] = []
        for p in parts:
            r = rng.random()
            if p in self.HEARD and r < 0.3:
                out.append(rng.choice(self.HEARD[p]))
            elif len(p) >= 7 and r < 0.07:
                cut = next((k for k in range(3, len(p) - 2) if p[k - 1] in "aeiou" and p[k] not in "aeiou"), len(p) // 2)
                out += [p[:cut], p[cut:]]
            elif len(p) >= 5 and r < 0.12:
                k = rng.randint(1, len(p) - 2)
                out.append(p[:k] + p[k + 1:])
            else:
                out.append(p)
        if len(out) > 1 and rng.random() < 0.1:
            short = [i for i in range(len(out) - 1) if len(out[i]) <= 4]
            if short:
                i = rng.choice(short)
                out[i:i + 2] = [out[i] + out[i + 1]]
        return " ".join(out)

    def _who(self, slot: str):
        a, b = self.amb
        table = {"CA": self.contacts[0], "CAF": self.contacts[0], "CAS": self.contacts[0], "CB": self.contacts[1],
                 "CBF": self.contacts[1], "CC": self.contacts[2], "CCF": self.contacts[2], "AMB": a, "AMB1": a,
                 "AMB2": b, "AMBX": self.amb[self.chosen], "KIN1": self.third}
        return table[slot]

    def person(self, slot: str) -> str:
        if self.asr and self.speaker == "agent" and slot not in ("SPELT", "GSPELT"):  # the assistant's own text: clean
            value = {"CAS": "surname", "AMBX": "surname", "SURNAME": "surname", "NAME": "full", "STAFFNAME": "full",
                     "THIRD": "full", "CAF": "full", "CBF": "full", "CCF": "full", "AMB1": "full", "AMB2": "full"}.get(slot, "called")
            who = self._who(slot) if slot in CONTACTS else {"STAFF": self.agent, "STAFFNAME": self.agent, "THIRD": self.third,
                                                           "PREV": self.prev}.get(slot, self.customer)
            return " ".join(re.sub(r"[-.']", " ", self.fold(getattr(who, value)).lower()).split())
        if slot not in CONTACTS:
            said = super().person(slot)
            return self._typed(said) if not self.asr and self.speaker == "customer" and slot in ("NAME", "GIVEN", "SURNAME", "THIRD") else said
        who = self._who(slot)
        value = {"CAF": who.full, "CBF": who.full, "CCF": who.full, "AMB1": who.full, "AMB2": who.full,
                 "CAS": who.surname, "AMBX": who.surname}.get(slot, who.called)
        if self.asr:
            return " ".join(re.sub(r"[-.]", " ", self._hear(value)).split())
        if self.lower and self.speaker == "customer":
            value = value.lower()
        return self._typed(value) if self.speaker == "customer" else value

    def _typed(self, text: str) -> str:
        if self.no_accents:
            text = ascii_fold(text)
        if self.rng.random() < 0.08:
            words = text.split(" ")
            i = self.rng.randrange(len(words))
            words[i] = typo(words[i], self.rng)
            text = " ".join(words)
        return text

    def label(self, slot: str) -> str:
        if slot in VALUES:
            return VALUES[slot]
        if slot == "NATID":
            return E.US_SSN if self.country == "US" else E.NATIONAL_ID
        return E.PERSON if slot in CONTACTS else super().label(slot)

    def origin(self, slot: str) -> str | None:
        return self._who(slot).origin if slot in CONTACTS else super().origin(slot)

    # -- plain words, values and look-alikes -----------------------------------------------------------------------
    def plain(self, slot: str) -> str:
        rng = self.rng
        if slot == "idname":
            out = self.idname
        elif slot == "emoji":
            out = rng.choice(("", " 🙏", " 👍", " 😅", " ❤️", "", " thx", " pls"))
        elif slot == "sms":
            out = rng.choice(("pls", "plz", "pls", "asap", "thx", "ty", "k"))
        elif slot == "hey":
            out = rng.choice(("hi", "hey", "hello", "yo", "hiya"))
        else:
            out = super().plain(slot)
        return ascii_fold(out).lower() if self.asr else out

    def value(self, slot: str) -> str:
        rng, raw = self.rng, self.raw.get(slot)
        if slot in ("PUBLIC", "FIGURE"):
            return ascii_fold(raw).lower().replace(".", "").replace("  ", " ") if self.asr or self.lower else raw
        if slot == "NATID":
            if self.asr:
                return " ".join(spoken_digits(ch, rng, False) if ch.isdigit() else ch.lower() for ch in raw if ch.isalnum())
            return raw.replace(" ", "") if rng.random() < 0.3 else raw
        if slot == "CTEL":
            saved, self.raw["TEL"] = self.raw["TEL"], raw
            out = super().value("TEL")
            self.raw["TEL"] = saved
            return out
        if slot in ("CMAIL", "DEST"):
            key = "MAIL" if slot == "CMAIL" else "ADDR"
            saved, self.raw[key] = self.raw[key], raw
            out = self.value(key)
            self.raw[key] = saved
            return out
        if slot == "ADDR" and self.asr:
            text = ascii_fold(raw).lower().replace(",", "").replace("no. ", "number ").replace(".", " ").replace("-", " ")
            text = re.sub(r"\bst\b", "street", re.sub(r"\bave\b", "avenue", text)).replace(" apt ", " apartment ")
            text = re.sub(r"(\d+)([abc])\b", r"\1 \2", text)
            return re.sub(r"\d+", lambda m: number_words(int(m.group())) if rng.random() < 0.6 else spoken_digits(m.group(), rng, False), text)
        if slot == "ADDR" and not self.asr:
            text = ascii_fold(raw) if self.no_accents else raw
            return text.lower() if self.lower and self.speaker == "customer" else text
        if slot == "CARD" and self.asr:  # said in groups of four
            return " ".join(spoken_digits(raw[i:i + 4], rng, False) for i in range(0, len(raw), 4))
        if slot == "POST" and self.asr:
            return " ".join(spoken_digits(ch, rng, False) if ch.isdigit() else ch.lower() for ch in raw if ch != " ")
        return super().value(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        if kind == "wake":
            return rng.choice(WAKE[getattr(self, "assistant", "speaker")])
        if kind == "date":
            d, m = rng.randint(1, 28), rng.randint(1, 12)
            if self.asr:
                return rng.choice((f"on {rng.choice(WEEKDAYS)}", f"{MONTHS[m - 1].lower()} the {ordinal(d)}",
                                   f"{MONTHS[m - 1].lower()} {ordinal(d)}", "tomorrow morning"))
            return rng.choice((f"on {rng.choice(WEEKDAYS).capitalize()}", f"{MONTHS[m - 1]} {d}", f"{d} {MONTHS[m - 1][:3]}",
                               "tmrw", f"fri {d}/{m}"))
        if kind == "order":
            ref = rng.choice((f"#{rng.randint(1000, 9999)}", f"RD-{rng.randint(100, 999)}", f"order {rng.randint(10, 99)}{rng.choice('ABCK')}"))
            return " ".join(number_words(int(ch)) if ch.isdigit() else ch.lower()
                            for ch in re.findall(r"[a-zA-Z]+|\d", ref)) if self.asr else ref
        return super().distractor(kind, rng, style)
