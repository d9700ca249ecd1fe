"""The ``dev_am`` conversation profile: a caller of a UK / Irish complaints line with a name of one of
``_names_dev_am``'s seven groups, the people the caller talks about (two neighbours / family members / carers, mostly
of the caller's group, and a member of staff of any group), the relative the caller may be calling for, how each name is
said (ASR: lower case, the recognizer's noise) or typed (chat: cased, lower case, capitals, typos, letters without
their accents), and the look-alikes (shops, brands, places, job titles, months, public figures). Written blind.

Person slots added: ``A`` / ``B`` / ``C`` (a person as called), ``AF`` / ``BF`` / ``CF`` (full), ``AS`` / ``BS`` /
``CS`` (surname), ``KIN`` / ``KINF`` / ``KINS`` (the relative), ``PREVG`` (the agent of an earlier call, given name).
Values added: ``KDOB`` (the relative's date of birth), ``NATID`` (NHS / PPS number, NATIONAL_ID), ``REF`` (a tenancy,
hospital, pupil, complaint, energy account or booking reference, ACCOUNT_NUMBER), ``CTEL`` / ``CMAIL`` (B's phone
abroad and e-mail). ``FIGURE`` (a public figure) is a NEUTRAL span (the sgd_dev / dev_al convention).
"""
from __future__ import annotations

import random
import re

from benchmarks import _homes_dev_am as H
from benchmarks._homes_dev_aj import nhs_number, pps_number, say_code, say_digits
from benchmarks._names_dev_am import ABROAD
from benchmarks._profile_dev_s import MONTHS, ProfileS, number_words, ordinal, year_words
from benchmarks._templates_dev_am import ORGS
from benchmarks._staged_people import PERSONS, HomeCaller, PersonSlots, SpelledPerson, ascii_fold, typo
from recognizers import entities as E

OTHERS = ("A", "AF", "AS", "B", "BF", "BS", "C", "CF", "CS", "KIN", "KINF", "KINS", "PREVG")
SLOTS = PERSONS + OTHERS
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase", "role", "direction", "abroad")
VALUES = {"KDOB": E.DATE_OF_BIRTH, "NATID": E.NATIONAL_ID, "REF": E.ACCOUNT_NUMBER, "CTEL": E.PHONE_NUMBER,
          "CMAIL": E.EMAIL_ADDRESS, "FIGURE": "NEUTRAL"}
FOLD = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d"})
# How the recognizer hears a name word (the printed form is the gold span).
HEARD = {
    "dizon": ("dyson",), "macaraeg": ("maca rag",), "reyes": ("rays",), "bautista": ("bow tista",), "marites": ("mary tess",),
    "rowena": ("rowina",), "jun": ("june",), "bong": ("bon",), "dela": ("della",), "cruz": ("cruise",), "maricel": ("mary sell",),
    "villanueva": ("villa nueva",), "analyn": ("anna lynn",), "reynaldo": ("ray naldo",), "rogelio": ("ro helio",),
    "reza": ("raza",), "hossein": ("who sane",), "hosseini": ("who saini",), "mohammad": ("mohammed",), "mehdi": ("medi",),
    "rostami": ("rusty me",), "seyed": ("said",), "hamid": ("hamit",), "babak": ("bob ack",), "karimi": ("carry me",),
    "farhad": ("far had",), "kourosh": ("cure rush",), "mahsa": ("marsa",), "leila": ("layla",), "maryam": ("mariam",),
    "mousavi": ("moo savvy",), "yazdani": ("yaz dani",), "saeed": ("said",), "nazanin": ("nazaneen",),
    "yilmaz": ("yelmaz",), "ozturk": ("oz turk",), "mehmet": ("mehmed",), "emre": ("emery",), "ayse": ("i sha",),
    "sahin": ("shahin",), "celik": ("chelik",), "kilic": ("kilich",), "dogan": ("dohan",), "murat": ("more at",),
    "ozkan": ("oz can",), "burak": ("boo rack",), "yildiz": ("yildis",), "ozdemir": ("oz demir",),
    "tomasz": ("tomash",), "bogdan": ("bog dan",), "oksana": ("oxana",), "kowalski": ("co walski",), "wojcik": ("voychick",),
    "krzysztof": ("kristof",), "lukasz": ("lukash",), "shevchenko": ("shev chenko",), "popescu": ("pop escu",),
    "ionescu": ("yonescu",), "andreea": ("andrea",), "ivanov": ("ivan off",), "dimitrov": ("dimitroff",), "pawel": ("pavel",),
    "nowak": ("novak",), "malgorzata": ("mal go jata",), "agnieszka": ("agnes ka",), "michal": ("me how",),
    "delroy": ("del roy",), "shanice": ("shaneese",), "kareem": ("karim",), "ramnarine": ("ram narine",), "persaud": ("per sod",),
    "maharaj": ("maha raj",), "jermaine": ("germaine",), "tameka": ("tamika",), "keisha": ("kisha",), "wynter": ("winter",),
    "mckenzie": ("mac kenzie",), "rampersad": ("ram persad",), "alleyne": ("allen",), "kemar": ("key mar",),
    "yael": ("yale",), "noa": ("noah",), "itzik": ("it sick",), "mizrahi": ("miz rahi",), "levi": ("levy",), "cohen": ("coen",),
    "goldberg": ("gold berg",), "yitzhak": ("yitz hak",), "moshe": ("mosh",), "ohayon": ("oh hi on",), "azoulay": ("azu lay",),
    "chaim": ("hyam",), "shira": ("shearer",), "tamar": ("tamer",), "efrat": ("ef rat",), "biton": ("bitten",),
    "siobhan": ("shivon",), "hargreaves": ("har greaves",), "fairclough": ("fair cliff",), "gareth": ("garret",),
    "catriona": ("katrina",), "lindsay": ("lindsey",), "geoffrey": ("jeffrey",), "entwistle": ("ent whistle",),
    "wainwright": ("wayne wright",), "kirsty": ("kirstie",), "philip": ("phillip",), "pemberton": ("pember ton",),
}
FIGURES = ("Martin Lewis", "Gordon Ramsay", "Mo Farah", "Mary Berry", "Marcus Rashford", "David Attenborough",
           "Lewis Hamilton", "Emma Raducanu")
NEUTRAL = {"place": ("Croydon", "Manila", "Izmir", "Kraków", "Kingston", "Shiraz", "Haifa", "Lewisham", "Cebu",
                     "Bradford", "Chelsea", "Florence", "Stanley", "Victoria"),
           "venue": ("Currys", "Argos", "Tesco", "Screwfix", "Boots", "Greggs", "Dunelm", "Lidl", "Wickes", "Timpson"),
           "product": ("a Dyson fan heater", "a Hotpoint oven", "the Worcester boiler", "a Hive thermostat",
                       "a Dyson stick vacuum", "a Samsung fridge freezer", "the Economy Seven meter"),
           "phrase": ("the grace period's over", "the bill rose by ten percent", "I'll sort the will later",
                      "may as well give up", "it's been since August", "the bill is in my name", "Bill Payments said no",
                      "it's Patience I'm running out of"),
           "role": ("duty manager", "team leader"),
           "direction": ("turn off the high street", "come round the back by Coronation Road", "go past the Co-op",
                         "park on Gladstone Street")}
ABROAD_PLACES = {"PH": ("Manila", "Cebu"), "TR": ("Izmir", "Antalya"), "PL": ("Kraków", "Gdańsk"), "IL": ("Haifa", "Tel Aviv"),
                 "US": ("New York", "Miami")}
REF_KIND = {"housing": ("tenancy", "job"), "health": ("hospital",), "school": ("pupil",), "retail": ("complaint",),
            "energy": ("energy",), "removals": ("booking",)}
ROLES = {"housing": ("housing officer", "repairs supervisor"), "health": ("practice manager", "patient liaison officer"),
         "school": ("head teacher", "office manager"), "retail": ("store manager", "duty manager"),
         "energy": ("priority services team", "field team leader"), "removals": ("crew supervisor", "depot manager")}
KIN_BY_DOMAIN = {"school": (("son", "boy"), ("daughter", "girl")), "energy": (("dad", "father"), ("mum", "mother"))}
PRONOUNS = {"heA": ("A", "he", "she"), "hisA": ("A", "his", "her"), "heB": ("B", "he", "she"), "himB": ("B", "him", "her"),
            "hisB": ("B", "his", "her"), "heC": ("C", "he", "she"), "hisC": ("C", "his", "her"), "hisK": ("K", "his", "her"),
            "guyC": ("C", "a guy called", "a woman called"), "childK": ("K", "son", "daughter"),
            "parentK": ("K", "father", "mother")}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def fold(text: str) -> str:
    """ASCII letters for a name: Turkish dotless i, Polish ł and the rest of the accents folded."""
    return ascii_fold(text.translate(FOLD))


class ProfileAM(PersonSlots, SpelledPerson, HomeCaller, ProfileS):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = H.HOME, ("UK", "IE"), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    PLAIN = ProfileS.PLAIN | {"idname", "org", "no", "tk", "tc"} | set(PRONOUNS)
    NEUTRAL = NEUTRAL
    KIN = (("husband", "son", "brother", "dad", "father"), ("wife", "daughter", "sister", "mum", "mother"))
    fold = staticmethod(fold)
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)
    domain, org = "housing", "Northgate Homes"

    @classmethod
    def make(cls, names, style: str, rng, origin: str | None = None, agents_too: bool = True):
        profile = super().make(names, style, rng, origin, agents_too)
        own = profile.customer.origin
        pick = lambda: names.name(own if rng.random() < 0.75 else None)  # noqa: E731
        profile.people = {"A": pick(), "B": pick(), "C": names.agent()}
        b = profile.people["B"]
        abroad = ABROAD[b.origin]
        profile.abroad = abroad
        y, m, d = rng.randint(1934, 1962), rng.randint(1, 12), rng.randint(1, 28)
        g, s = (re.sub(r"[^a-z]", "", fold(p).lower()) for p in (b.called, b.surname))
        profile.raw.update({"CTEL": H.home_phone(rng, abroad), "FIGURE": rng.choice(FIGURES), "KDOB": (y, m, d),
                            "CMAIL": f"{rng.choice((f'{g}.{s}', f'{g}{s}{rng.randint(1, 99)}', f'{g[0]}{s}'))}@{rng.choice(H.MAILS['UK'])}"})
        return profile

    def _habits(self, rng: random.Random) -> None:
        self.noisy = self.asr and rng.random() < 0.9
        self.no_accents = not self.asr and rng.random() < 0.5
        self.caps = not self.asr and rng.random() < 0.1
        self.raw["CARD4"] = self.raw["CARD"]

    def set_domain(self, domain: str, rng: random.Random) -> None:
        """The organisation the caller rings: its name, its reference and the national number it asks for."""
        self.domain, self.org = domain, rng.choice(ORGS[domain])
        self.raw["REF"] = H.reference(rng, rng.choice(REF_KIND[domain]))
        ie = self.country == "IE"
        self.idname = "PPS number" if ie else "NHS number"
        self.raw["NATID"] = pps_number(rng) if ie else nhs_number(rng)
        if domain == "school":  # the relative is the caller's child
            self.raw["KDOB"] = (rng.randint(2012, 2019), rng.randint(1, 12), rng.randint(1, 28))

    # -- names ----------------------------------------------------------------------------------------------
    def _hear(self, text: str) -> str:
        """ASR: lower case, no accents or hyphens; now and then a sound-alike, a long word split in two, a letter
        dropped, two short words run together."""
        rng = self.rng
        parts = fold(text).lower().replace("-", " ").replace("'", "").replace(".", "").split()
        if not self.noisy:
            return " ".join(parts)
        out: list[str] = []
        for p in parts:
            r = rng.random()
            if p in HEARD and r < 0.3:
                out += rng.choice(HEARD[p]).split()
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
        if slot in ("KIN", "KINF", "KINS"):
            return self.third
        if slot == "PREVG":
            return self.prev
        return self.people[slot[0]]

    def person(self, slot: str) -> str:
        if slot not in OTHERS:
            said = super().person(slot)
            typed = not self.asr and self.speaker == "customer" and slot in ("NAME", "GIVEN", "SURNAME", "STAFF", "PREV")
            return self._typed(said) if typed else said
        who = self._who(slot)
        value = who.full if slot.endswith("F") else who.surname if slot.endswith("S") else who.called
        if self.asr:
            return " ".join(self._hear(value).split())
        if self.speaker == "customer":
            return self._typed(value.lower() if self.lower else value)
        return value

    def _typed(self, text: str) -> str:
        if self.no_accents:
            text = fold(text)
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
        if slot in ("tk", "tc"):
            who = self.third if slot == "tk" else self.people["C"]
            return rng.choice(("Mr", "Mr.")) if who.male else rng.choice(("Mrs", "Ms", "Miss"))
        if slot == "kin" and self.domain in KIN_BY_DOMAIN:  # school: a child; energy: a parent
            return rng.choice(KIN_BY_DOMAIN[self.domain][0 if self.third.male else 1])
        if slot == "idname":
            return self.idname
        if slot == "org":
            return self.org
        if slot == "no":
            return rng.choice(("no", "nah", "not any more"))
        return super().plain(slot)

    def _date(self, raw, british_digits: bool = True) -> str:
        y, m, d = raw
        rng = self.rng
        if self.asr:
            short = number_words(y % 100) if y % 100 >= 10 else f"oh {number_words(y % 100)}"
            return rng.choice((f"the {ordinal(d)} of the {ordinal(m)} {short}", f"{ordinal(d)} of {MONTHS[m - 1].lower()} {year_words(y)}",
                               f"{MONTHS[m - 1].lower()} the {ordinal(d)} {year_words(y)}",
                               f"{say_digits(f'{d:02d}', rng)} {say_digits(f'{m:02d}', rng)} {short}"))
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        return rng.choice((f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}", f"{d}{suffix} {MONTHS[m - 1][:3]} {y}",
                           f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"))

    def value(self, slot: str) -> str:
        rng, raw = self.rng, self.raw.get(slot)
        if slot == "FIGURE":
            return fold(raw).lower() if self.asr or (self.lower and self.speaker == "customer") else raw
        if slot in ("DOB", "KDOB"):
            return self._date(raw)
        if slot == "NATID":
            if self.asr:
                if raw.isdigit():  # an NHS number in 3-3-4
                    return " ".join(say_digits(raw[a:b], rng) for a, b in ((0, 3), (3, 6), (6, 10)))
                return say_code(raw, rng, 0.1)
            return f"{raw[:3]} {raw[3:6]} {raw[6:]}" if raw.isdigit() and rng.random() < 0.6 else raw
        if slot == "REF":
            if self.asr:
                return " ".join(ch.lower() if ch.isalpha() else say_digits(ch, rng) for ch in raw if ch.isalnum())
            return raw.lower() if self.lower and self.speaker == "customer" and rng.random() < 0.5 else raw
        if slot == "POST" and self.asr:
            return say_code(raw, rng, 0.15)
        if slot == "ADDR":
            if self.asr:
                text = fold(raw).lower().replace(",", "")
                text = re.sub(r"(\d+)([ab])\b", r"\1 \2", text)
                return re.sub(r"\d+", lambda m: number_words(int(m.group())), text)
            text = fold(raw) if self.no_accents else raw
            return text.lower() if self.lower and self.speaker == "customer" else text
        if slot == "CTEL":
            return self._spoken_abroad(raw)
        if slot == "CMAIL":
            saved, self.raw["MAIL"] = self.raw["MAIL"], raw
            out = super().value("MAIL")
            self.raw["MAIL"] = saved
            return out
        return super().value(slot)

    def _spoken_abroad(self, raw: str) -> str:
        """A number abroad: as written in chat, digit by digit (``plus`` for ``+``) in speech."""
        if not self.asr:
            return raw
        said = say_digits(re.sub(r"\D", "", raw), self.rng)
        return "plus " + said if raw.startswith("+") else said

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        if kind == "date":
            d, m = rng.randint(1, 28), rng.randint(1, 12)
            if self.asr:
                return rng.choice((rng.choice(WEEKDAYS).lower(), f"the {ordinal(d)} of {MONTHS[m - 1].lower()}",
                                   MONTHS[m - 1].lower(), "the bank holiday weekend"))
            return rng.choice((rng.choice(WEEKDAYS), f"{d} {MONTHS[m - 1]}", MONTHS[m - 1], f"{d}/{m}"))
        if kind == "order":
            ref = f"#{rng.randint(100000, 999999)}"
            return " ".join(number_words(int(ch)) for ch in ref[1:]) if self.asr else ref
        if kind == "role":
            return rng.choice(ROLES[self.domain])
        if kind == "abroad":
            return self.fold(rng.choice(ABROAD_PLACES[self.abroad])).lower() if self.asr else rng.choice(ABROAD_PLACES[self.abroad])
        return super().distractor(kind, rng, style)
