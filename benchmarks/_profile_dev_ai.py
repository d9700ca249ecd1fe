"""The ``dev_ai`` conversation profile: a caller of a US / UK / Canadian / Australian contact centre, or at home in
Mexico, Colombia, Argentina, Spain, Brazil, Portugal, the Emirates, Saudi Arabia, Jordan, Morocco, the Philippines,
the Netherlands, Germany or India, with a Hispanic, lusophone, Arabic, Filipino, Dutch / German, South Asian or English
name (``_names_dev_ai``); a family member; the agent and an earlier agent; the values of the call
(``_profile_dev_s`` through ``_staged_people.HomeCaller``, home values from ``_homes_dev_ai``) and how each name is said
or typed. Written blind.

Noise is MODERATE here (the point is the names' forms, not a broken line): in most calls the speech engine changes
roughly one name word in ten: a sound-alike (``bag daddy`` for ``baghdadi``, ``lucky me`` for ``lakshmi``), a particle
dropped (``maria cruz fernandez``) or run into the next word (``delacruz``, ``vanderberg``), a long part broken in two.
Chat customers type cased or all lower case, half of them without accents, and now and then a typo.

Person slots: those of ``_staged_people.PERSONS`` plus ``INITS`` (the customer's initials and surname: ``M. J. de la
Cruz``, ``k s rao``) and ``KIN1`` (the relative's first name only). The printed form is the gold span.
"""
from __future__ import annotations

import random
import re

from benchmarks import _homes_dev_ai as H
from benchmarks._profile_dev_s import ONES, ProfileS
from benchmarks._staged_people import PERSONS, HomeCaller, PersonSlots, SpelledPerson, typo
from benchmarks._staged_people import ascii_fold as staged_ascii_fold
from recognizers import entities as E

DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
HOME = H.HOME
EXTRA = ("INITS", "KIN1")
SLOTS = PERSONS + EXTRA
PARTICLES = {"de", "del", "la", "las", "los", "da", "do", "dos", "das", "van", "der", "den", "von", "ter", "ten",
             "bin", "bint", "al", "el", "y", "ben"}
# How the speech engine hears a name word (the printed form is the gold span).
HEARD = {
    "cruz": ("cruise",), "reyes": ("rays",), "rivera": ("river a",), "flores": ("floor is",), "torres": ("tore is",),
    "jose": ("josie", "ho say"), "juan": ("one",), "jesus": ("hey seuss",), "guadalupe": ("guada loop",),
    "rocio": ("rose io",), "lucia": ("lucy a",), "gutierrez": ("gootie res",), "ramirez": ("rami res",),
    "joao": ("joe ow",), "goncalves": ("gone salves",), "silva": ("sylvia",), "santos": ("santa's",),
    "oliveira": ("olive era",), "ribeiro": ("rib arrow",), "conceicao": ("con say sow",), "carvalho": ("car vale you",),
    "hussein": ("who sane",), "saif": ("safe",), "maryam": ("mary am",), "noor": ("nor",), "hamad": ("ham ad",),
    "najafi": ("nadja fee",), "dulaimi": ("do lay me",), "baghdadi": ("bag daddy",), "shaibani": ("shy barney",),
    "taee": ("tie",), "basri": ("bass ree",), "omar": ("oh mar",), "zainab": ("zane ab",), "huda": ("hooda",),
    "abbas": ("a bass",), "mousawi": ("moose savvy",), "abu": ("a boo",), "qusay": ("coo say",),
    "bautista": ("bow teesta",), "villanueva": ("via new eva",), "tolentino": ("talent eno",), "magpantay": ("mag pantay",),
    "bong": ("bomb",), "jun": ("june",), "dela": ("della",), "ocampo": ("oh campo",), "aquino": ("a keeno",),
    "jong": ("young",), "vries": ("freeze",), "visser": ("visa",), "bakker": ("backer",), "dijk": ("dike",),
    "muller": ("mueller",), "schneider": ("snider",), "weber": ("webber",), "wagner": ("wagoner",),
    "thijs": ("ties",), "sanne": ("sunny",), "femke": ("fem key",), "meer": ("mere",), "heuvel": ("hoover",),
    "srinivasa": ("sreeni vasa",), "lakshmi": ("lucky me",), "reddy": ("ready",), "rao": ("row",), "iyer": ("ire",),
    "pooja": ("puja",), "deepak": ("deep ack",), "priya": ("pria",), "sunita": ("sue neeta",), "gupta": ("goop ta",),
    "banerjee": ("banner gee",), "kumar": ("coo mar",), "sweety": ("sweetie",),
    "reed": ("read",), "gray": ("grey",), "ward": ("word",), "foster": ("faster",), "walker": ("walk her",),
    "pereira": ("pear era",), "ferreira": ("fair era",), "rodrigues": ("rod regis",), "gomes": ("gomez",),
    "lopes": ("lopez",), "sousa": ("souza",), "alves": ("elves",), "nunes": ("noons",), "costa": ("coaster",),
    "marques": ("marquis",), "teixeira": ("tay shara",), "beatriz": ("beatrice",), "ines": ("inez",),
    "goncalo": ("gone salo",), "tiago": ("tee argo",), "matilde": ("matilda",), "leonor": ("leo nor",),
    "mendoza": ("men dosa",), "manalo": ("man a low",), "pascual": ("pass kwal",), "soriano": ("sore iano",),
    "jojo": ("jo jo",), "dodong": ("do dong",), "inday": ("in day",), "corazon": ("cora zone",), "imelda": ("i melda",),
    "sharma": ("shama",), "singh": ("sing",), "patel": ("pat el",), "rajesh": ("raj ash",), "suresh": ("sure esh",),
    "anjali": ("an jolly",), "kavya": ("cav ya",), "divya": ("div ya",), "krishna": ("krish na",),
    "chatterjee": ("chatter gee",), "mukherjee": ("mooker gee",), "das": ("does",), "bose": ("bows",),
    "ghosh": ("gosh",), "joshi": ("joshy",), "nair": ("nyer",), "desai": ("the sigh",), "mehta": ("meta",),
    "agarwal": ("agar wall",), "kulkarni": ("cool carny",), "deshmukh": ("desh mook",), "hari": ("harry",),
    "arun": ("a rune",), "amit": ("a mitt",), "karthik": ("car tick",), "kiran": ("kieran",), "sunny": ("sonny",),
    "cooper": ("cowper",), "price": ("prize",), "green": ("greene",), "wood": ("would",), "carter": ("cart her",),
    "turner": ("turn her",), "miller": ("mill her",), "logan": ("low gun",), "ethan": ("e than",), "hall": ("haul",),
    "king": ("kink",), "brown": ("brawn",), "nancy": ("nan see",), "scarlett": ("scar let",), "lily": ("lilly",),
}
_FOLD = str.maketrans({"₱": "P", "₹": "R", "€": "E", "º": "", "ª": "", "°": ""})


def ascii_fold(text: str) -> str:
    return staged_ascii_fold(text.translate(_FOLD))


class ProfileAI(PersonSlots, SpelledPerson, HomeCaller, ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention (``_profile_dev_s``), ``person(slot)`` one
    name mention in this split's forms."""

    HINT_SHARE, HINT_WORD, HINTED_LETTERS = 0.3, "as in", 1  # "k as in kilo a r ..."
    fold = staticmethod(ascii_fold)
    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = HOME, ("AE", "JO", "IN"), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    NEUTRAL = {"place": H.PLACES, "venue": H.VENUES, "product": H.PRODUCTS, "phrase": H.PHRASES}
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)

    def _habits(self, rng: random.Random) -> None:
        super()._habits(rng)
        self.noisy = self.asr and rng.random() < 0.85  # this call's engine changes a name word now and then
        self.no_accents = not self.asr and rng.random() < 0.5  # this customer types without accents

    def _hear(self, text: str) -> str:
        """ASR: lower case without accents or hyphens; a sound-alike, a particle dropped or run into the next word,
        a long part broken in two (each now and then, so roughly one name word in ten changes)."""
        rng = self.rng
        parts = self.fold(text).lower().replace("-", " ").replace("'", "").replace(".", "").split()
        if not self.noisy:
            return " ".join(parts)
        out: list[str] = []
        i = 0
        while i < len(parts):
            p = parts[i]
            nxt = parts[i + 1] if i + 1 < len(parts) else ""
            r = rng.random()
            if p in PARTICLES and nxt and r < 0.1 and len(parts) > 2:
                i += 1  # the particle is lost
                continue
            if p in PARTICLES and nxt and r < 0.22:
                out.append(p + nxt)  # run into the next word
                i += 2
                continue
            if p in self.HEARD and r < 0.33:
                out.append(rng.choice(self.HEARD[p]))
            elif len(p) >= 8 and p not in self.HEARD and r < 0.25:  # broken after a vowel where it can be
                cut = next((k for k in range(len(p) // 2 - 1, len(p) - 2) if p[k - 1] in "aeiou" and p[k] not in "aeiou"), len(p) // 2)
                out += [p[:cut], p[cut:]]
            else:
                out.append(p)
            i += 1
        return " ".join(out)

    def _typed(self, text: str) -> str:
        """Chat: the customer's own keyboard: accents left out by half of them, a typo in one mention of ten."""
        if self.no_accents:
            text = self.fold(text)
        if self.rng.random() < 0.1:
            words = text.split(" ")
            i = self.rng.randrange(len(words))
            words[i] = typo(words[i], self.rng)
            text = " ".join(words)
        return text

    def _initials(self) -> str:
        c = self.customer
        if c.style == "initials":
            letters = [w[0] for w in c.full.split()[:-1]]
        else:
            letters = [w[0] for w in re.split(r"[ -]", c.given) if w]
        if self.asr:
            return " ".join([ch.lower() for ch in letters] + [self._hear(c.surname)])
        form = self.rng.choice(("{}. ", "{}.", "{}"))
        head = "".join(form.format(ch) for ch in letters).strip()
        return f"{head} {c.surname}"

    def person(self, slot: str) -> str:
        if slot == "INITS":
            said = self._initials()
        elif slot == "KIN1":
            said = self._hear(self.third.called) if self.asr else self.third.called
            if not self.asr and self.lower and self.speaker == "customer":
                said = said.lower()
        else:
            said = super().person(slot)
        if self.asr:  # an agent's name said plainly keeps no hyphen, dot or apostrophe either
            return " ".join(re.sub(r"[-.]", " ", said.replace("'", "")).split())
        if not self.asr and self.speaker == "customer" and slot in ("NAME", "GIVEN", "SURNAME", "THIRD", "KIN1", "INITS"):
            return self._typed(said)
        return said

    def label(self, slot: str) -> str:
        return E.PERSON if slot in EXTRA else super().label(slot)

    def origin(self, slot: str) -> str | None:
        if slot == "KIN1":
            return self.third.origin
        return self.customer.origin if slot == "INITS" else super().origin(slot)

    def plain(self, slot: str) -> str:
        out = super().plain(slot)
        return self.fold(out) if self.asr else out

    def value(self, slot: str) -> str:
        home = self.country in HOME
        if slot == "ADDR" and self.asr and home:
            text = ascii_fold(super().value(slot)).replace("#", " number ").replace(".", " ").replace("/", " slash ")
            return re.sub(r"\s+", " ", text.replace("-", " ")).strip()
        if slot == "POST" and self.asr and home:
            return " ".join(ONES[int(ch)] if ch.isdigit() else ch.lower() for ch in self.raw["POST"] if ch.isalnum())
        return super().value(slot)
