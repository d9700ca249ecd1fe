"""The ``dev_aj`` conversation profile: a caller of a UK / Irish call centre (``GB`` / ``IE``) with a name of one of
``_names_dev_aj``'s seven groups; a relative, the agent and an earlier agent; the values of the call in UK / Irish
forms (``_homes_dev_aj``: phones, postcodes / Eircodes, NHS / NI / PPS numbers, sort codes) and how each name is said
or typed the way real callers do. Written blind.

ASR: recognizer noise on about one name word in eight (a sound-alike, a word split in two, a letter dropped, a
capitalised chunk, two short words run together); spelling in irregular chunks (letters, a syllable heard as one word,
``s for sierra``, ``double l``); a false start (``mo mohammed``); the agent reading a name back with one sound changed
(``MISREAD``, corrected by ``fix``). Chat: cased or lower case, diacritics left out by half, now and then a typo.

Person slots: those of ``_staged_people.PERSONS`` plus ``KIN1`` (the relative's first name), ``MISREAD`` (the surname
read back wrongly) and ``FALSE`` (a false start and the full name, one span). The printed form is the gold span.
"""
from __future__ import annotations

import random
import re

from benchmarks import _homes_dev_aj as H
from benchmarks._profile_dev_s import MONTHS, ONES, ProfileS, number_words, ordinal, year_words
from benchmarks._staged_people import PERSONS, HomeCaller, PersonSlots, SpelledPerson, ascii_fold, typo
from recognizers import entities as E

DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
HOME = H.HOME
EXTRA = ("KIN1", "MISREAD", "FALSE")
SLOTS = PERSONS + EXTRA
VALUES = {"HEALTH": E.NATIONAL_ID, "NINO": E.NATIONAL_ID, "SORT": E.ACCOUNT_NUMBER}
# How the speech engine hears a name word (the printed form is the gold span).
HEARD = {
    "siobhan": ("shivaun", "shiv on"), "niamh": ("neve", "neeve"), "padraig": ("porrig",), "aoife": ("eefa",),
    "caoimhe": ("keeva",), "saoirse": ("seer sha",), "oisin": ("o sheen",), "tadhg": ("tige",), "eoin": ("owen",),
    "sinead": ("shin aid",), "grainne": ("grawn ya",), "roisin": ("ro sheen",), "mhairi": ("vari",),
    "eilidh": ("ailey",), "meabh": ("maeve",), "ailbhe": ("alva",), "ruairi": ("rory",), "cathal": ("ca hal",),
    "okafor": ("oka for",), "nwosu": ("no sue",), "eze": ("easy",), "obi": ("obey",), "okonkwo": ("o conquo",),
    "chukwuemeka": ("chuck we make a",), "ngozi": ("in gozi",), "temitope": ("temi toe pay",), "kofi": ("coffee",),
    "mensah": ("mensa",), "osei": ("o say",), "asante": ("a santa",), "adeyemi": ("ade yemi",), "ajayi": ("a jay",),
    "khan": ("con",), "hussain": ("who sane",), "chaudhry": ("chowdry",), "qureshi": ("cure esh",), "iqbal": ("ick ball",),
    "begum": ("bay gum",), "uddin": ("oo din",), "miah": ("mia",), "rahman": ("ramen",), "ahmed": ("armed",),
    "imran": ("im ran",), "ayesha": ("a shah",), "perera": ("pereira",), "wickramasinghe": ("wicker ma singh",),
    "wong": ("wrong",), "leung": ("lung",), "cheung": ("chung",), "lau": ("low",), "tsang": ("sang",), "ng": ("eng",),
    "yeung": ("young",), "chow": ("ciao",), "zhang": ("jang",), "xu": ("shoe",), "zhou": ("joe",), "wei": ("way",),
    "xiaoyan": ("shower yan",), "jing": ("gin",), "kowalczyk": ("koval chick",), "wisniewski": ("vis nev ski",),
    "wojcik": ("voy chick",), "lewandowski": ("levan dusky",), "lukasz": ("wukash",), "pawel": ("pavel",),
    "michal": ("me how",), "grzegorz": ("gregor",), "malgorzata": ("mal go jata",), "agnieszka": ("ag nesh ka",),
    "popescu": ("pop esco",), "ionescu": ("yon esco",), "razvan": ("rhys van",), "petrauskas": ("petra scuss",),
    "kazlauskas": ("cars lau scus",), "vytautas": ("vee tau tas",), "abdul": ("a dull",), "najjar": ("na jar",),
    "khaled": ("called",), "haddad": ("had dad",), "nasser": ("nasa",), "saleh": ("sally",), "hamdan": ("ham dan",),
    "shaheen": ("sha in",), "mousa": ("moose a",), "wood": ("would",), "hill": ("hell",), "rose": ("rows",),
    "fox": ("fax",), "marsh": ("mash",), "lamb": ("lam",), "stone": ("stun",), "hunt": ("hand",), "best": ("beast",),
    "moody": ("muddy",), "hargreaves": ("hard grieves",), "pickering": ("picker ring",), "leanne": ("lee ann",),
    "murphy": ("murfy",), "mccarthy": ("mc carthy", "mac carthy"), "mcgrath": ("mc grath",), "doherty": ("dockerty",),
    "kavanagh": ("cavanagh",), "macleod": ("mac cloud",), "mackenzie": ("mac kenzie",), "keogh": ("kyo",),
}
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "ß": "ss"})


def fold(text: str) -> str:
    return ascii_fold(text.translate(_FOLD))


def misread(surname: str) -> tuple[str, str]:
    """The surname read back with one sound changed, and how the caller corrects it (``with an e``, ``double l``)."""
    doubled = re.search(r"([a-z])\1", surname)
    if doubled:
        return surname[:doubled.start()] + surname[doubled.start() + 1:], f"double {doubled.group(1)}"
    for i, ch in enumerate(surname):
        if i and ch in "aeiou":
            swap = {"a": "e", "e": "a", "i": "e", "o": "a", "u": "o"}[ch]
            return surname[:i] + swap + surname[i + 1:], ("with an " if ch in "aeio" else "with a ") + ch
    return surname + "e", "no e on the end"


class ProfileAJ(PersonSlots, SpelledPerson, HomeCaller, ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HINT_SHARE, HINT_WORD, HINTED_LETTERS = 0.35, "for", 2
    fold = staticmethod(fold)
    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = HOME, HOME, HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    PLAIN = ProfileS.PLAIN | {"fix", "healthname", "ninoname"}
    NEUTRAL = {"place": H.PLACES, "venue": H.VENUES, "product": H.PRODUCTS, "phrase": H.PHRASES}
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)

    def _habits(self, rng: random.Random) -> None:
        self.noisy = self.asr and rng.random() < 0.85  # this call's engine changes a name word now and then
        self.nato = rng.random() < 0.4  # this caller spells with NATO words
        self.no_accents = not self.asr and rng.random() < 0.5
        c = self.customer
        self.wrong, self.correction = misread(fold(c.surname) if self.asr else c.surname)
        ie = c.country == "IE"
        self.raw.update({"HEALTH": H.pps_number(rng) if ie else H.nhs_number(rng),
                         "NINO": H.pps_number(rng) if ie else H.nino(rng),
                         "SORT": "".join(rng.choice("0123456789") for _ in range(6)),
                         "ACCT": "".join(rng.choice("0123456789") for _ in range(8))})

    # -- names ----------------------------------------------------------------------------------------------
    def _hear(self, text: str) -> str:
        """ASR: lower case, no accents or hyphens; now and then a sound-alike, a word split in two, a letter dropped,
        a capitalised chunk, two short words run together."""
        rng = self.rng
        text = re.sub(r"\bO'", "o ", text) if rng.random() < 0.5 else text.replace("'", "")
        parts = fold(text).lower().replace("-", " ").replace("'", "").replace(".", "").split()
        if not self.noisy:
            return " ".join(parts)
        out: list[str] = []
        for p in parts:
            r = rng.random()
            if p in self.HEARD and r < 0.25:
                out.append(rng.choice(self.HEARD[p]))
            elif len(p) >= 7 and r < 0.06:
                cut = next((k for k in range(3, len(p) - 2) if p[k - 1] in "aeiou" and p[k] not in "aeiou"), len(p) // 2)
                out += [p[:cut], p[cut:]]
            elif len(p) >= 5 and r < 0.085:
                k = rng.randint(1, len(p) - 2)
                out.append(p[:k] + p[k + 1:])
            elif r < 0.105:
                out.append(p.capitalize())
            else:
                out.append(p)
        if len(out) > 1 and rng.random() < 0.08:
            short = [i for i in range(len(out) - 1) if len(out[i]) <= 4]
            if short:
                i = rng.choice(short)
                out[i:i + 2] = [out[i] + out[i + 1]]
        return " ".join(out)

    def _spell(self, word: str) -> str:
        """ASR: letters in irregular chunks: a pair heard as one syllable (``s h ar o n``, now and then capitalised),
        ``double l``, NATO words for some letters (``s for sierra``). Chat: capitals, a separator or chunks."""
        rng = self.rng
        letters = [ch for ch in fold(word).lower() if ch.isalpha()]
        if not self.asr:
            if rng.random() < 0.3:
                text = fold(word).upper().replace(" ", "").replace("-", "").replace("'", "")
                cut = rng.randint(2, max(2, len(text) - 2))
                return f"{text[:cut]} {text[cut:]}" if cut < len(text) else text
            return super()._spell(word)
        out, i = [], 0
        while i < len(letters):
            ch = letters[i]
            nxt = letters[i + 1] if i + 1 < len(letters) else ""
            r = rng.random()
            if nxt == ch and r < 0.8:
                out.append(f"double {ch}")
                i += 2
                continue
            if nxt and ch in "aeiou" and nxt in "rnlm" and r < 0.3:
                chunk = ch + nxt
                out.append(chunk.upper() if rng.random() < 0.3 else chunk)
                i += 2
                continue
            if self.nato and r < 0.3:
                out.append(f"{ch} {rng.choice(('for', 'as in', 'for'))} {H.NATO[ch]}")
            else:
                out.append(ch)
            i += 1
        return " ".join(out)

    def _typed(self, text: str) -> str:
        if self.no_accents:
            text = fold(text)
        if self.rng.random() < 0.1:
            words = text.split(" ")
            i = self.rng.randrange(len(words))
            words[i] = typo(words[i], self.rng)
            text = " ".join(words)
        return text

    def person(self, slot: str) -> str:
        c = self.customer
        if slot == "KIN1":
            said = self._hear(self.third.called) if self.asr else self.third.called
            if not self.asr and self.lower and self.speaker == "customer":
                said = said.lower()
        elif slot == "MISREAD":
            said = self.wrong.lower() if self.asr else self.wrong
        elif slot == "FALSE":
            first = fold(c.called).lower()
            said = f"{first[:2 if first[2:3] not in 'aeiou' else 3]} {self._hear(c.full)}" if self.asr else f"{c.called[:2]}- {c.full}"
        else:
            said = super().person(slot)
        if self.asr:
            return " ".join(re.sub(r"[-.]", " ", said.replace("'", "")).split())
        if self.speaker == "customer" and slot in ("NAME", "GIVEN", "SURNAME", "THIRD", "KIN1", "FALSE"):
            return self._typed(said)
        return said

    def label(self, slot: str) -> str:
        if slot in VALUES:
            return VALUES[slot]
        return E.PERSON if slot in EXTRA else super().label(slot)

    def origin(self, slot: str) -> str | None:
        if slot == "KIN1":
            return self.third.origin
        if slot in ("MISREAD", "FALSE"):
            return self.customer.origin
        return super().origin(slot)

    # -- plain words and values --------------------------------------------------------------------------------
    def plain(self, slot: str) -> str:
        ie = self.customer.country == "IE"
        if slot == "fix":
            return self.correction
        if slot == "healthname":
            return "PPS number" if ie else "NHS number"
        if slot == "ninoname":
            return "PPS number" if ie else "National Insurance number"
        out = super().plain(slot)
        return fold(out) if self.asr else out

    def _dob(self) -> str:
        y, m, d = self.raw["DOB"]
        rng, yy = self.rng, y % 100
        if self.asr:
            short = "oh " + ONES[yy] if yy < 10 else number_words(yy)
            return rng.choice((f"the {ordinal(d)} of the {ordinal(m)} {short}",
                               f"{number_words(d)} {number_words(m)} {short}",
                               f"{H.say_digits(f'{d:02d}', rng)} {H.say_digits(f'{m:02d}', rng)} {year_words(y)}",
                               f"{ordinal(d)} of {MONTHS[m - 1].lower()} {year_words(y)}",
                               f"the {ordinal(d)} of {MONTHS[m - 1].lower()} {short}"))
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        return rng.choice((f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{yy:02d}", f"{d:02d}.{m:02d}.{yy:02d}",
                           f"{d}{suffix} {MONTHS[m - 1]} {y}", f"{d} {MONTHS[m - 1][:3]} {yy:02d}"))

    def value(self, slot: str) -> str:
        rng, raw = self.rng, self.raw.get(slot)
        if slot == "DOB":
            return self._dob()
        if slot in ("TEL", "ALT") and self.asr:
            said = H.say_digits(re.sub(r"\D", "", raw), rng)
            return "plus " + said if raw.startswith("+") else said
        if slot == "POST":
            if self.asr:
                return H.say_code(raw, rng, 0.5 if self.nato else 0.05)
            return raw.lower() if self.lower and rng.random() < 0.5 else raw
        if slot in ("HEALTH", "NINO"):
            if self.asr:
                return H.say_code(raw, rng, 0.3 if self.nato else 0.0) if not raw.isdigit() else H.say_digits(raw, rng)
            if raw.isdigit() and len(raw) == 10:
                return rng.choice((f"{raw[:3]} {raw[3:6]} {raw[6:]}", raw))
            return raw.replace(" ", "") if rng.random() < 0.4 else raw
        if slot == "SORT":
            if self.asr:
                return H.say_pairs(raw, rng) if rng.random() < 0.5 else H.say_digits(raw, rng)
            return rng.choice((f"{raw[:2]}-{raw[2:4]}-{raw[4:]}", raw, f"{raw[:2]} {raw[2:4]} {raw[4:]}"))
        if slot == "ACCT" and self.asr:
            return H.say_digits(raw, rng)
        if slot == "ADDR" and self.asr:
            text = ascii_fold(super().value(slot)).replace(".", " ")
            return re.sub(r"\s+", " ", text.replace("-", " ")).strip()
        return super().value(slot)
