"""The ``dev_an`` conversation profile: a caller booking or changing travel, a room, an event or insurance for several
people, with a name of one of ``_names_dev_an``'s seven groups; the people on the booking (a partner, a companion, a
child, a relative, mostly of the caller's group), a member of staff of any group, how each name is said (ASR: lower
case, the recognizer's noise, initials heard as words, spelled in irregular chunks with NATO words) or typed (chat:
cased, lower case, capitals, surname first as on a passport, letters without their accents, typos), and the
look-alikes (airlines, hotels, places, job titles, months, public figures). Written blind.

Person slots added: ``A`` / ``AF`` / ``AS`` (a partner or companion), ``B`` / ``BF`` / ``BS`` (a friend on the
booking), ``D`` / ``DF`` (a child), ``E`` / ``EF`` (an infant), ``C`` / ``CF`` / ``CS`` (staff or another guest, any group), ``KIN`` / ``KINF`` /
``KINS`` (a relative), ``PREVG``, ``PASS`` (the caller's name surname first, as on a passport), ``APASS`` (A's),
``SURUP`` / ``GIVUP`` (surname / given names in capitals on a form), ``KGSPELT`` (the relative's given name spelled).
Values added: ``KDOB`` / ``DDOB`` (dates of birth; the infant's), ``PASSNO`` (a passport number, NATIONAL_ID), ``REF`` / ``FF``
(a booking reference, a frequent-flyer number: ACCOUNT_NUMBER), ``CTEL`` / ``CMAIL`` (A's phone and e-mail),
``FIGURE`` (a public figure, NEUTRAL, the sgd_dev / dev_al convention).
"""
from __future__ import annotations

import random
import re

from benchmarks import _homes_dev_an as H
from benchmarks._heard_dev_an import HEARD
from benchmarks._homes_dev_aj import NATO, say_code, say_digits
from benchmarks._profile_dev_s import MONTHS, ProfileS, number_words, ordinal, year_words
from benchmarks._staged_people import PERSONS, HomeCaller, PersonSlots, SpelledPerson, ascii_fold, typo
from recognizers import entities as E

OTHERS = ("A", "AF", "AS", "B", "BF", "BS", "D", "DF", "E", "EF", "C", "CF", "CS", "KIN", "KINF", "KINS", "PREVG", "PASS", "APASS",
          "SURUP", "GIVUP", "KGSPELT")
SLOTS = PERSONS + OTHERS
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase", "role", "flight", "brand",
               "month")
VALUES = {"KDOB": E.DATE_OF_BIRTH, "DDOB": E.DATE_OF_BIRTH, "PASSNO": E.NATIONAL_ID, "REF": E.ACCOUNT_NUMBER,
          "FF": E.ACCOUNT_NUMBER, "CTEL": E.PHONE_NUMBER, "CMAIL": E.EMAIL_ADDRESS, "FIGURE": "NEUTRAL"}
FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th"})
SCAND = str.maketrans({"ø": "oe", "Ø": "Oe", "å": "aa", "Å": "Aa", "æ": "ae", "Æ": "Ae", "ö": "oe", "ä": "ae"})
FIGURES = ("Rick Steves", "Michael Palin", "Joanna Lumley", "Graham Norton", "Simon Reeve", "Judith Chalmers")
NEUTRAL = {"place": ("Dublin", "Athens", "Chennai", "Heathrow", "Santorini", "Budapest", "Bergen", "Naples", "Reykjavik",
                     "Galway", "Kochi", "Lapland", "Florence", "Crete"),
           "venue": ("the Hilton", "the Marriott", "a Premier Inn", "the Radisson", "an Airbnb", "the Shelbourne"),
           "brand": ("Aer Lingus", "Ryanair", "Aegean", "easyJet", "Wizz Air", "SAS", "Norwegian", "Air India", "ITA"),
           "product": ("a Samsonite case", "the Eurail pass", "a Kindle", "a travel cot", "the Priority Pass lounge"),
           "phrase": ("the grace period's over", "I'll sort the will later", "the bill came to a lot", "may as well",
                      "the rose garden", "a room facing the bay", "Bill Payments said no", "with good grace"),
           "role": ("purser", "concierge", "duty manager", "wedding coordinator", "guard", "claims handler")}
PRONOUNS = {"heA": ("A", "he", "she"), "hisA": ("A", "his", "her"), "partnerA": ("A", "husband", "wife"),
            "childD": ("D", "son", "daughter"), "hisD": ("D", "his", "her"), "heD": ("D", "he", "she"),
            "hisK": ("K", "his", "her"), "heK": ("K", "he", "she"), "heC": ("C", "he", "she"), "hisC": ("C", "his", "her")}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
REF_KIND = {"airline": "pnr", "agent": "agent", "hotel": "hotel", "event": "event", "rail": "rail", "insurance": "policy"}
LETTER_WORDS = ("as in", "for", "like")
RESPELL = (("ph", "f"), ("th", "t"), ("sz", "s"), ("zs", "j"), ("cs", "ch"), ("gy", "dj"), ("aa", "a"), ("bh", "v"),
           ("mh", "v"), ("ch", "k"), ("ee", "i"), ("ou", "oo"), ("ei", "ay"), ("kk", "k"), ("ll", "l"), ("ss", "s"),
           ("y", "i"), ("k", "c"), ("v", "w"), ("j", "y"), ("gi", "ji"), ("ie", "ee"))


def fold(text: str) -> str:
    """ASCII letters for a name: ø, æ, ð, þ first, then the accents (Ó, ő, ü, å)."""
    return ascii_fold(text.translate(FOLD))


class ProfileAN(PersonSlots, SpelledPerson, HomeCaller, ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = H.HOME, ("UK", "IE", "AU", "IN"), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    PLAIN = ProfileS.PLAIN | {"org", "no", "ptitle", "atitle"} | set(PRONOUNS)
    NEUTRAL = NEUTRAL
    fold = staticmethod(fold)
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)
    domain, org = "airline", "Northwind Airways"
    KIN = (("son", "brother", "father", "dad"), ("daughter", "sister", "mother", "mum"))  # the partner is A

    @classmethod
    def make(cls, names, style: str, rng, origin: str | None = None, agents_too: bool = True):
        profile = super().make(names, style, rng, origin, agents_too)
        c = profile.customer
        own = c.origin
        partner = next((p for p in (names.relative(c) for _ in range(6)) if p.male != c.male), None) or names.relative(c)
        people, called = {"A": partner}, {c.called, profile.third.called, partner.called}
        for key in "BCDE":
            for _ in range(8):  # no two people on one booking called the same
                who = names.agent() if key == "C" else names.name(own if key in "DE" or rng.random() < 0.75 else None,
                                                                  c.country if key in "DE" else None,
                                                                  c.surname if key in "DE" and rng.random() < 0.8 else None)
                if who.called not in called:
                    break
            people[key] = who
            called.add(who.called)
        profile.people = people
        if own == "hungarian" and rng.random() < 0.2 or rng.random() < 0.05:
            profile.raw["TITLE"] = "dr." if own == "hungarian" else "Dr"
        y, m, d = rng.randint(1938, 1975), rng.randint(1, 12), rng.randint(1, 28)
        g, s = (re.sub(r"[^a-z]", "", fold(p).lower()) for p in (partner.called, partner.surname))
        profile.raw.update({"CTEL": H.home_phone(rng, profile.country), "FIGURE": rng.choice(FIGURES), "KDOB": (y, m, d),
                            "DDOB": (2025, rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.6 else (2026, rng.randint(1, 10), rng.randint(1, 28)),
                            "PASSNO": H.PASSPORT[profile.country](rng), "FF": H.reference(rng, "flyer"),
                            "CMAIL": f"{rng.choice((f'{g}.{s}', f'{g}{s}{rng.randint(1, 99)}', f'{g[0]}{s}'))}@{rng.choice(H.MAILS[profile.country])}"})
        return profile

    def _habits(self, rng: random.Random) -> None:
        self.noisy = self.asr and rng.random() < 0.9
        self.no_accents = not self.asr and rng.random() < 0.5
        self.scand = rng.random() < 0.5  # ø / å written oe / aa when the accents go
        self.caps = not self.asr and rng.random() < 0.1
        self.raw["CARD4"] = self.raw["CARD"]

    def set_domain(self, domain: str, org: str, rng: random.Random) -> None:
        self.domain, self.org = domain, org
        self.raw["REF"] = H.reference(rng, REF_KIND[domain])

    # -- names ----------------------------------------------------------------------------------------------
    def _hear(self, text: str) -> str:
        """ASR: lower case, no accents, apostrophes or hyphens; now and then a sound-alike (initials heard as words:
        ``are lakshmi``), a long word split, a letter dropped, two short words run together."""
        rng = self.rng
        parts = fold(text).lower().replace("-", " ").replace("'", rng.choice(("", " "))).replace(".", "").split()
        if not self.noisy:
            return " ".join(parts)
        out: list[str] = []
        for p in parts:
            r = rng.random()
            if p in HEARD and r < (0.2 if len(p) == 1 else 0.08):
                out += rng.choice(HEARD[p]).split()
            elif r < 0.11 and any(a in p for a, _ in RESPELL):  # spelled as the word sounds in English
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
        """ASR: letters in irregular chunks, now and then a NATO word (``n for november``, ``november``); chat as the
        staged families type it."""
        if not self.asr:
            return super()._spell(word)
        rng, out = self.rng, []
        for ch in (c for c in fold(word).lower() if c.isalpha()):
            r = rng.random()
            out.append(f"{ch} {rng.choice(LETTER_WORDS)} {NATO[ch]}" if r < 0.15 else NATO[ch] if r < 0.22 else ch)
        return " ".join(out)

    def _who(self, slot: str):
        if slot.startswith("KIN") or slot == "KGSPELT":
            return self.third
        if slot in ("PREVG",):
            return self.prev
        if slot in ("PASS", "SURUP", "GIVUP"):
            return self.customer
        return self.people["A" if slot == "APASS" else slot[0]]

    def person(self, slot: str) -> str:
        if slot not in OTHERS:
            said = super().person(slot)
            typed = not self.asr and self.speaker == "customer" and slot in ("NAME", "GIVEN", "SURNAME", "STAFF", "PREV")
            return self._typed(said) if typed else said
        who = self._who(slot)
        if slot == "KGSPELT":
            return self._spell(who.given.split()[0])
        if slot in ("PASS", "APASS"):
            value = f"{who.surname} {who.given}"
            return self._hear(value) if self.asr else self._typed(value.upper())
        if slot in ("SURUP", "GIVUP"):
            value = (who.surname if slot == "SURUP" else who.given).upper()
            return self._hear(value) if self.asr else self._typed(value)
        value = who.full if slot.endswith("F") else who.surname if slot.endswith("S") else who.called
        if self.asr:
            return self._hear(value)
        if self.speaker == "customer":
            return self._typed(value.lower() if self.lower else value)
        return value

    def _typed(self, text: str) -> str:
        if self.no_accents:
            text = fold(text.translate(SCAND) if self.scand else text)
        if self.rng.random() < 0.08:
            words = text.split(" ")
            i = self.rng.randrange(len(words))
            words[i] = typo(words[i], self.rng)
            text = " ".join(words)
        return text

    def label(self, slot: str) -> str:
        if slot in VALUES:
            return VALUES[slot]
        return E.PERSON if slot in OTHERS else super().label(slot)

    def origin(self, slot: str) -> str | None:
        return self._who(slot).origin if slot in OTHERS else super().origin(slot)

    # -- plain words, values and look-alikes -----------------------------------------------------------------
    def plain(self, slot: str) -> str:
        rng = self.rng
        if slot in PRONOUNS:
            key, he, she = PRONOUNS[slot]
            return he if (self.third if key == "K" else self.people[key]).male else she
        if slot == "title" and "TITLE" in self.raw:
            return self.raw["TITLE"]
        if slot in ("ptitle", "atitle"):  # the title a passport form prints after the names
            who = self.customer if slot == "ptitle" else self.people["A"]
            return "MR" if who.male else rng.choice(("MS", "MRS"))
        if slot == "org":
            return self.org
        if slot == "no":
            return rng.choice(("no", "nope", "not any more"))
        return super().plain(slot)

    def _date(self, raw) -> str:
        y, m, d = raw
        rng, us = self.rng, self.country in ("US", "CA")
        if self.asr:
            short = number_words(y % 100) if y % 100 >= 10 else f"oh {number_words(y % 100)}"
            forms = [f"the {ordinal(d)} of the {ordinal(m)} {short}", f"{ordinal(d)} of {MONTHS[m - 1].lower()} {year_words(y)}",
                     f"{say_digits(f'{d:02d}', rng)} {say_digits(f'{m:02d}', rng)} {short}"]
            if us:
                forms = [f"{MONTHS[m - 1].lower()} {ordinal(d)} {year_words(y)}", f"{say_digits(f'{m:02d}', rng)} {say_digits(f'{d:02d}', rng)} {year_words(y)}"]
            return rng.choice(forms)
        if us:
            return rng.choice((f"{m:02d}/{d:02d}/{y}", f"{MONTHS[m - 1]} {d}, {y}"))
        return rng.choice((f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}", f"{d} {MONTHS[m - 1][:3]} {y}", f"{d:02d}.{m:02d}.{y}",
                           f"{y}-{m:02d}-{d:02d}"))

    def value(self, slot: str) -> str:
        rng, raw = self.rng, self.raw.get(slot)
        if slot == "FIGURE":
            return fold(raw).lower() if self.asr or (self.lower and self.speaker == "customer") else raw
        if slot in ("DOB", "KDOB", "DDOB"):
            return self._date(raw)
        if slot in ("PASSNO", "REF", "FF"):
            if self.asr:
                return say_code(re.sub(r"[^A-Za-z0-9]", "", raw), rng, 0.3 if slot != "PASSNO" else 0.1)
            return raw.lower() if self.lower and self.speaker == "customer" and rng.random() < 0.4 else raw
        if slot == "POST" and self.asr:
            return say_code(raw, rng, 0.15)
        if slot == "ADDR":
            if self.asr:
                text = fold(raw).lower().replace(",", "").replace("-", " ")
                return re.sub(r"\d+", lambda m: number_words(int(m.group())), text)
            text = fold(raw) if self.no_accents else raw
            return text.lower() if self.lower and self.speaker == "customer" else text
        if slot == "EXP" and self.asr:  # "expires oh nine twenty seven"
            m, y = raw
            return rng.choice((f"{say_digits(f'{m:02d}', rng)} {number_words(y)}", f"{MONTHS[m - 1].lower()} twenty {number_words(y)}"))
        if slot == "CTEL":
            saved, self.raw["TEL"] = self.raw["TEL"], raw
            out = super().value("TEL")
            self.raw["TEL"] = saved
            return out
        if slot == "CMAIL":
            saved, self.raw["MAIL"] = self.raw["MAIL"], raw
            out = super().value("MAIL")
            self.raw["MAIL"] = saved
            return out
        return super().value(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        if kind == "date":
            d, m = rng.randint(1, 28), rng.randint(1, 12)
            if self.asr:
                return rng.choice((rng.choice(WEEKDAYS).lower(), f"the {ordinal(d)} of {MONTHS[m - 1].lower()}",
                                   MONTHS[m - 1].lower(), "the bank holiday weekend"))
            return rng.choice((rng.choice(WEEKDAYS), f"{d} {MONTHS[m - 1]}", MONTHS[m - 1], f"{d}/{m}"))
        if kind == "month":  # a passport's or an operation's month: not a date of birth
            m, y = rng.randint(1, 12), rng.randint(26, 34)
            return f"{MONTHS[m - 1].lower()} twenty {number_words(y)}" if self.asr else f"{MONTHS[m - 1]} 20{y}"
        if kind == "flight":  # a flight or seat number: not personal data
            code, n = rng.choice(("NW", "CB")), rng.randint(101, 989)
            seat = f"{rng.randint(2, 38)}{rng.choice('ABCDEF')}"
            if self.asr:
                return rng.choice((f"flight {' '.join(code.lower())} {number_words(n)}", f"seat {number_words(int(seat[:-1]))} {seat[-1].lower()}"))
            return rng.choice((f"flight {code} {n}", f"seat {seat}"))
        if kind == "order":
            ref = f"{rng.randint(100000, 999999)}"
            return " ".join(number_words(int(ch)) for ch in ref) if self.asr else f"#{ref}"
        return super().distractor(kind, rng, style)
