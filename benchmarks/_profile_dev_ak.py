"""The ``dev_ak`` conversation profile: a caller of a multilingual contact centre with a name of one of
``_names_dev_ak``'s seven groups, at home in one of ``_homes_dev_ak``'s countries; how each name and value is said
(ASR) or typed (chat, code-switching), and the read-back / correction loops. Written blind.

Built on dev_aj's profile (``ProfileAJ``: recognizer noise on name words, spelling in chunks, false starts, typos).
Person slots added here: ``FIX`` (the piece of the name a caller corrects with: letters, ``v for victor``, ``double
s``, ``ben salah``, syllables), ``MISREAD2`` (a second wrong read-back). Values added: ``NATID`` (NATIONAL_ID),
``BANK`` (an IBAN in DE / FR / AE / NL, else an account number), ``PNR`` (a booking reference, ACCOUNT_NUMBER),
``MAILBAD`` / ``POSTBAD`` (a wrong read-back, labelled like the value), ``POSTFIX`` (the corrected part of a postcode).
"""
from __future__ import annotations

import random
import re

from benchmarks import _homes_dev_ak as H
from benchmarks._homes_dev_aj import NATO
from benchmarks._names_dev_ak import TITLES
from benchmarks._profile_dev_aj import EXTRA as AJ_EXTRA, ProfileAJ, fold
from benchmarks._profile_dev_s import MONTHS, ONES, number_words, ordinal, spoken_digits, year_words
from benchmarks._staged_people import PERSONS, ascii_fold
from recognizers import entities as E

DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
EXTRA = AJ_EXTRA + ("FIX", "MISREAD2")
SLOTS = PERSONS + EXTRA
VALUES = {"NATID": E.NATIONAL_ID, "PNR": E.ACCOUNT_NUMBER, "MAILBAD": E.EMAIL_ADDRESS, "CARD4": E.CREDIT_CARD}
HEARD = {
    "tremblay": ("trem blay", "trembly"), "gagnon": ("gun yon", "ganyon"), "levesque": ("le vek", "lavec"),
    "cote": ("coat",), "gagne": ("gone yay",), "bouchard": ("bush art",), "pelletier": ("pelle tier",),
    "jean": ("john", "jon"), "francois": ("fran swa",), "eve": ("eva",), "marie": ("mary",), "roy": ("wa",),
    "youssef": ("you sef", "joseph"), "benali": ("ben ali", "ben alley"), "idrissi": ("e drissi",), "ouarab": ("war ab",),
    "bensalah": ("ben sala",), "mehdi": ("mad e",), "khadija": ("ka deja",), "mourad": ("more ad",), "hamza": ("hams a",),
    "gurpreet": ("good preet", "gur pret"), "kaur": ("core", "cower"), "singh": ("sing",), "agarwal": ("agar wall",),
    "harjit": ("her jit",), "dhillon": ("dylan",), "grewal": ("grew all",), "gill": ("gil",), "neha": ("nia",),
    "aisyah": ("aisha",), "hafiz": ("half is",), "ismail": ("is mile",), "binti": ("bin tea",), "nur": ("noor",),
    "wanjiru": ("one jiru", "wan jiru"), "kamau": ("come ow",), "otieno": ("o tieno",), "nakato": ("naka toe",),
    "wanjiku": ("wan jeek",), "ochieng": ("o chang",), "mwangi": ("wangi",), "njoroge": ("jo roger",),
    "abdulrahman": ("abdul rahman", "abdel rahman"), "mansoori": ("man sori",), "suwaidi": ("su waidi",),
    "khalifa": ("ka leafa",), "hamdan": ("ham done",), "shamma": ("shamar",), "nuaimi": ("new aimi",),
    "koch": ("cook", "coke"), "schmied": ("shmeed", "smith"), "vogel": ("fogel", "vogue el"), "braun": ("brown",),
    "jurgen": ("your gun",), "bjorn": ("be yorn",), "weiss": ("vice",), "krueger": ("cougar",), "jonas": ("yo nas",),
}
# The caller's other language around their data: (my name is, after the name, hello, filler, thanks, bye, yes)
CODE = {"quebecois_french": (("mon nom c'est", "moi c'est", "c'est"), "", "bonjour", "euh", "merci", "bonne journée", "oui"),
        "maghrebi": (("wesh, c'est", "moi c'est", "ismi"), "", "salam", "euh", "merci", "yalla bye", "oui"),
        "north_indian": (("mera naam", "my name is"), " hai", "namaste ji", "matlab", "dhanyavaad", "chalo bye", "haan ji"),
        "malay_indonesian": (("nama saya", "name is"), "", "assalamualaikum", "ah", "terima kasih", "jumpa lagi", "ya"),
        "east_african": (("jina langu ni", "my name is"), "", "habari", "eh", "asante sana", "kwaheri", "ndio"),
        "gulf_arab": (("ismi", "ana"), "", "marhaba", "yani", "shukran", "maa salama", "aywa"),
        "german_reference": (("ich heiße", "ich bin"), "", "hallo", "also", "danke", "tschüss", "ja genau")}
PHRASES = {"quebecois_french": ("bon", "ça marche", "merci", "tiens"), "maghrebi": ("wallah", "inshallah", "bon"),
           "north_indian": ("ji", "achha", "haan ji"), "malay_indonesian": ("lah", "ya", "boleh"),
           "east_african": ("sawa", "pole pole", "sasa"), "gulf_arab": ("habibi", "inshallah", "yalla"),
           "german_reference": ("genau", "alles klar", "na ja")}
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre")
SWAPS = {"b": "v", "v": "b", "p": "b", "d": "t", "t": "d", "s": "z", "m": "n", "n": "m", "k": "c", "c": "k", "f": "v", "g": "k"}
FLIGHTS = ("EK 203", "QR 1128", "AC 871", "KQ 101", "LH 400", "AF 347", "AI 187", "MH 1", "GA 880")


def correction(surname: str, rng: random.Random) -> tuple[str, str, str, str, str]:
    """(the surname read back wrongly, lead words, the piece of the name that corrects it, words after, kind)."""
    s = surname
    if " " in s.strip() and rng.random() < 0.7:
        return s.replace(" ", ""), "no,", s, ", two words", "split"
    doubled = re.search(r"([a-z])\1", s)
    if doubled and rng.random() < 0.8:
        return s[:doubled.start()] + s[doubled.start() + 1:], "it's", f"double {doubled.group(1)}", "", "double"
    swaps = [i for i, ch in enumerate(s) if i and ch in SWAPS and s[i - 1] != " "]
    if swaps and rng.random() < 0.6:
        i = rng.choice(swaps)
        right, wrong = s[i], SWAPS[s[i]]
        piece = f"{right} {rng.choice(('for', 'as in', 'like'))} {NATO[right]}"
        return s[:i] + wrong + s[i + 1:], f"not {wrong},", piece, "", "letter"
    vowels = [i for i, ch in enumerate(s) if i and ch in "aeiouy"]
    if vowels:
        i = rng.choice(vowels)
        wrong = {"a": "e", "e": "a", "i": "y", "y": "i", "o": "u", "u": "o"}[s[i]]
        if rng.random() < 0.5:
            return s[:i] + wrong + s[i + 1:], "the second name is with a" if s[i] not in "aeio" else "the second name is with an", s[i], "", "vowel"
        cut = next((k for k in range(2, len(s) - 1) if s[k - 1] in "aeiouy" and s[k] not in "aeiouy "), len(s) // 2)
        return s[:i] + wrong + s[i + 1:], "no, it's", f"{s[:cut]} {s[cut:]}".strip(), ", slowly", "syllable"
    return s + "e", "no e at the end, it's", s, "", "ending"


class ProfileAK(ProfileAJ):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = H.HOME, (), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    PLAIN = ProfileAJ.PLAIN | {"idname", "bankname", "myname", "nameend", "hello", "filler", "fixlead", "fixtail",
                               "postlead", "emoji", "tag"}
    NEUTRAL = {"place": ("Saint-Laurent", "Jean-Talon station", "Victoria Island", "Jalan Ampang", "Kenyatta Avenue",
                         "Sainte-Catherine", "Al Barsha", "Karol Bagh", "Moi Avenue", "Saint-Denis", "Charlottenburg"),
               "venue": ("Tim Hortons", "Jean Coutu", "Chez Ali", "Mr DIY", "Lulu Hypermarket", "Haldiram's", "Naivas",
                         "Mama Oliech", "Kaufland", "Carrefour", "Bata"),
               "product": ("the Baraka bundle", "the Salam card", "the Amani cover", "the Liberté plan", "the Rahmah Plus plan",
                           "the Sultan saver", "the Maple Rewards card", "the Ganesh festival pack")}
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)

    def _habits(self, rng: random.Random) -> None:
        self.noisy = self.asr and rng.random() < 0.85
        self.nato = rng.random() < 0.4
        self.no_accents = not self.asr and rng.random() < 0.5
        self.caps = not self.asr and not self.lower and rng.random() < 0.15  # this customer types in capitals
        c = self.customer
        surname = fold(c.surname).lower() if self.asr else c.surname
        self.wrong, self.lead, self.piece, self.tail, self.kind = correction(surname, rng)
        self.wrong2 = correction(surname, random.Random(rng.random()))[0]
        if self.wrong2 in (self.wrong, surname):
            self.wrong2 = surname + ("h" if not surname.endswith("h") else "e")
        self.idname, nid = H.national_id(rng, c.country, self.raw["DOB"], c.male)
        y, m, d = self.raw["DOB"]
        self.raw.update({"NATID": nid, "PNR": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))})
        self.raw["CARD4"] = self.raw["CARD"]
        self.raw["BANK"] = H.iban_number(rng, c.country) if c.country in ("DE", "FR", "AE", "NL") else self.raw["ACCT"]
        user, host = self.raw["MAIL"].split("@")
        if c.origin in ("quebecois_french", "maghrebi") and rng.random() < 0.4:
            user = re.sub(r"[._]", "-", user) if re.search(r"[._]", user) else user + "-" + str(y % 100)
        self.raw["MAIL"] = f"{user}@{host}"  # HomeCaller keeps the user and picks a home domain

    # -- names ----------------------------------------------------------------------------------------------
    def person(self, slot: str) -> str:
        if slot in ("FIX", "MISREAD2"):
            said = self.piece if slot == "FIX" else self.wrong2
            if self.asr:
                return " ".join(re.sub(r"[-.']", " ", said.lower()).split())
            return said.upper() if slot == "FIX" and len(said) == 1 else said
        return super().person(slot)

    def origin(self, slot: str) -> str | None:
        return self.customer.origin if slot in ("FIX", "MISREAD2") else super().origin(slot)

    def label(self, slot: str) -> str:
        if slot in VALUES:
            return VALUES[slot]
        if slot in ("POST", "POSTBAD", "POSTFIX"):
            return E.STREET_ADDRESS if self.customer.country in ("AE", "UG", "TZ") else E.POSTCODE
        if slot == "BANK":
            return E.IBAN_CODE if self.customer.country in ("DE", "FR", "AE", "NL") else E.ACCOUNT_NUMBER
        return E.PERSON if slot in EXTRA else super().label(slot)

    # -- plain words --------------------------------------------------------------------------------------------
    def plain(self, slot: str) -> str:
        c, rng = self.customer, self.rng
        code = CODE[c.origin]
        words = {"idname": self.idname, "myname": rng.choice(code[0]), "nameend": code[1], "hello": code[2],
                 "filler": code[3], "fixlead": self.lead, "fixtail": self.tail,
                 "bankname": "IBAN" if c.country in ("DE", "FR", "AE", "NL") else "account number",
                 "postlead": "the last part is" if self.asr else "last part",
                 "tag": {"north_indian": " ji", "malay_indonesian": " lah"}.get(c.origin, ""),
                 "emoji": rng.choice(("", " 🙏", " 😅", " 👍", " thx", "")),
                 "thanks": rng.choice((code[4], "thanks", f"{code[4]}, thank you")), "bye": rng.choice((code[5], "bye")),
                 "yes": rng.choice((code[6], "yes", f"{code[6]} yes"))}
        if slot == "kin":  # the same relative is the same kin in every mention
            if not hasattr(self, "_kin"):
                self._kin = super().plain("kin")
            out = self._kin
        elif slot == "title" and self.asr:
            spoken = TITLES.get(c.origin, (("mister", "Mr"), ("missus", "Mrs")))[0 if c.male else 1][0]
            out = spoken if rng.random() < 0.7 else ("mister" if c.male else "miss")
        elif slot in words:
            out = words[slot]
        else:
            out = super().plain(slot)
        if self.asr:
            return re.sub(r"\s+", " ", fold(out).lower().replace("-", " ")).strip() if out.strip() else out
        return out

    # -- values ---------------------------------------------------------------------------------------------------
    def _dob(self) -> str:
        y, m, d = self.raw["DOB"]
        rng, french = self.rng, self.customer.origin in ("quebecois_french", "maghrebi")
        if self.asr:
            month = fold(FRENCH_MONTHS[m - 1]) if french and rng.random() < 0.5 else MONTHS[m - 1].lower()
            return rng.choice((f"the {ordinal(d)} of {month} {year_words(y)}", f"{number_words(d)} {month} {year_words(y)}",
                               f"{spoken_digits(f'{d:02d}', rng, False)} {spoken_digits(f'{m:02d}', rng, False)} {year_words(y)}"))
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}"]
        if french:
            forms.append(f"{d} {FRENCH_MONTHS[m - 1]} {y}")
        return rng.choice(forms + [f"{d} {MONTHS[m - 1][:3]} {y}"])

    def _code(self, raw: str) -> str:
        """A postcode or reference said aloud: letters (NATO words now and then), digits as words."""
        out = []
        for ch in re.sub(r"[^0-9A-Za-z]", "", raw):
            if ch.isdigit():
                out.append(ONES[int(ch)])
            else:
                out.append(NATO[ch.lower()] if self.nato and self.rng.random() < 0.4 else ch.lower())
        return " ".join(out)

    def _post_parts(self) -> tuple[str, str]:
        """(the postcode read back with one character wrong, its corrected last part)."""
        raw = self.raw["POST"]
        head, tail = (raw.split(" ", 1) if " " in raw else (raw[:-3], raw[-3:]))
        k = len(tail) - 1 if tail[-1].isdigit() else 0
        ch = tail[k]
        wrong = str((int(ch) + 3) % 10) if ch.isdigit() else SWAPS.get(ch.lower(), "m").upper()
        bad_tail = tail[:k] + wrong + tail[k + 1:]
        return (f"{head} {bad_tail}" if " " in raw else head + bad_tail), tail

    def value(self, slot: str) -> str:
        rng, raw = self.rng, self.raw.get(slot)
        if slot in ("POST", "POSTBAD", "POSTFIX", "PNR"):
            text = {"POST": raw, "POSTBAD": self._post_parts()[0], "POSTFIX": self._post_parts()[1], "PNR": raw}[slot]
            if self.asr:
                return self._code(text)
            return text.lower() if self.lower and self.speaker == "customer" else text
        if slot in ("NATID", "BANK"):
            if self.asr:
                return spoken_digits(raw, rng, False) if raw.replace(" ", "").isdigit() else self._code(raw)
            return raw.replace(" ", "") if rng.random() < 0.3 else raw
        if slot in ("MAIL", "MAILBAD"):
            saved = self.raw["MAIL"]
            if slot == "MAILBAD":  # read back with one slip: a dot heard as an underscore, a letter lost
                user, host = saved.split("@")
                bad = user.replace(".", "_", 1) if "." in user else user[:-1] if len(user) > 4 else user + "s"
                self.raw["MAIL"] = f"{bad}@{host}"
            out = super().value("MAIL")
            self.raw["MAIL"] = saved
            if self.asr:
                dash = " tiret " if self.customer.origin in ("quebecois_french", "maghrebi") else " dash "
                out = re.sub(r"\s+", " ", out.replace("-", dash)).strip()
            return out
        if slot == "ADDR" and self.asr:
            text = fold(raw).lower().replace(",", "").replace("no. ", "number ").replace(".", " ").replace("-", " ")
            text = re.sub(r"(\d+)([ab])\b", r"\1 \2", text)
            return re.sub(r"\d+", lambda m: number_words(int(m.group())) if rng.random() < 0.6 else spoken_digits(m.group(), rng, False), text)
        if slot == "ADDR" and self.lower and self.speaker == "customer":
            return raw.lower()
        return super().value(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        if kind == "phrase":
            value = rng.choice(PHRASES[self.customer.origin])
            return ascii_fold(value) if self.asr else value
        if kind == "order":
            flight = rng.choice(FLIGHTS)
            return self._code(flight) if self.asr else flight
        return super().distractor(kind, rng, style)
