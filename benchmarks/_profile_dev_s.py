"""The ``dev_s`` conversation profile: an East Asian or diaspora caller of a US / UK / Canadian / Australian contact
centre, a family member, the agent, the raw values of the call and how each is said (ASR: lower case, numbers as
words, names merged, split or heard as English words in part) or typed (chat: cased or not), and the neutral
look-alikes (Chinese restaurants, ``Hong Kong``, product names, ``the long one``). Written blind.

Person slots: ``NAME`` (full), ``GIVEN``, ``SURNAME``, ``SPELT`` (the surname letter by letter), ``THIRD`` (the
family member), ``STAFF`` (the agent's given name), ``STAFFNAME`` (the agent's full name).
"""
from __future__ import annotations

import random
import re

from stdnum import luhn

from recognizers import entities as E

PERSONS = ("NAME", "GIVEN", "SURNAME", "SPELT", "THIRD", "STAFF", "STAFFNAME")
KINDS = {"DOB": E.DATE_OF_BIRTH, "TEL": E.PHONE_NUMBER, "ALT": E.PHONE_NUMBER, "MAIL": E.EMAIL_ADDRESS,
         "ADDR": E.STREET_ADDRESS, "POST": E.POSTCODE, "CARD": E.CREDIT_CARD, "EXP": E.CARD_EXPIRY,
         "ACCT": E.ACCOUNT_NUMBER, "OTP": E.AUTH_CODE, "CARD4": E.CREDIT_CARD}
PLAIN = frozenset({"title", "kin", "city", "yes", "thanks", "bye", "postname"})
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase")
ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ORDINALS = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# How a speech engine prints a syllable it hears as an English word (or mis-segments): applied to one part of a name.
HEARD = {"nguyen": ("win", "new yen", "when"), "xu": ("shoe",), "xiao": ("shaw", "sh ow"), "zhou": ("joe",),
         "tse": ("say",), "ng": ("eng", "n g"), "le": ("lay",), "pham": ("fam",), "tran": ("tron",), "vo": ("voe",),
         "hsu": ("sue",), "qi": ("chee",), "choi": ("choy",), "cheung": ("chung",), "jun": ("june",), "sho": ("show",),
         "yu": ("you",), "mai": ("my",), "ai": ("eye",), "wei": ("way",), "ho": ("hoe",), "min": ("men",),
         "jae": ("jay",), "soo": ("sue",), "seo": ("so",), "ito": ("eto",), "abe": ("abby",), "ono": ("oh no",),
         "kato": ("cato",), "mo": ("mow",), "bo": ("bow",), "wu": ("woo",), "hu": ("who",), "ye": ("yeah",),
         "xin": ("shin",), "zhang": ("jang",), "zhao": ("jow",), "qian": ("chen",), "xie": ("shay",), "jin": ("gin",),
         "huang": ("wong",), "yoon": ("yun",), "hyun": ("hun",), "joon": ("june",), "dong": ("dawn",),
         "duc": ("duck",), "huy": ("we",), "hoa": ("wa",), "tuan": ("twan",), "lan": ("lon",), "linh": ("lin",),
         "vu": ("view",), "bui": ("buoy",), "ken": ("can",), "kei": ("kay",), "rin": ("rene",), "ryo": ("rio",),
         "chan": ("chan",), "lau": ("low",), "yeung": ("young",), "wong": ("wrong",), "lam": ("lamb",),
         "sun": ("son",), "long": ("long",), "young": ("young",), "park": ("park",), "lee": ("lee",)}
_LETTERS = {"n": "nancy", "g": "george", "u": "uniform", "y": "yellow", "e": "echo", "x": "x ray", "h": "harry",
            "s": "sam", "t": "tom", "c": "charlie", "w": "william", "z": "zebra", "k": "kilo", "q": "queen"}
_MAILS = {"US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"),
          "UK": ("gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk"),
          "CA": ("gmail.com", "hotmail.com", "outlook.com", "rogers.com", "shaw.ca"),
          "AU": ("gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "optusnet.com.au")}
_AREA = {"US": ("212", "415", "626", "718", "206", "408", "917", "510"), "CA": ("416", "604", "778", "647", "905", "514")}
_STREETS = {"US": ("Maple Avenue", "Grand Street", "El Camino Real", "Jackson Street", "Mott Street", "Valley Boulevard",
                   "Sunset Drive", "Pine Street"),
            "UK": ("Station Road", "Gerrard Street", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane"),
            "CA": ("Queen Street West", "Kingsway", "Spadina Avenue", "No. 3 Road", "Main Street", "Bayview Avenue"),
            "AU": ("Dixon Street", "Smith Street", "George Street", "Hopkins Street", "Box Hill Road", "Station Street")}
_CITIES = {"US": ("San Francisco", "Flushing", "San Gabriel", "Seattle", "San Jose", "Houston"),
           "UK": ("Manchester", "London", "Birmingham", "Leeds", "Glasgow"),
           "CA": ("Toronto", "Richmond", "Markham", "Vancouver", "Calgary"),
           "AU": ("Sydney", "Melbourne", "Box Hill", "Cabramatta", "Brisbane")}
_UK_POST = ("M{d} {d}{L}{L}", "SW{d} {d}{L}{L}", "B{d}{d} {d}{L}{L}", "LS{d} {d}{L}{L}", "G{d}{d} {d}{L}{L}", "W1{L} {d}{L}{L}")
_LINES = {"US": ("1-800-555-0143", "1-888-555-0172"), "UK": ("0800 032 8829", "0345 600 7000"),
          "CA": ("1-866-555-0199", "1-800-555-0120"), "AU": ("13 22 65", "1300 650 221")}
_PLACES = ("Hong Kong", "Seoul", "Tokyo", "Taipei", "Ho Chi Minh City", "Osaka", "Busan", "Hanoi", "Shanghai",
           "Chinatown", "Koreatown", "Little Saigon", "Da Nang", "Kowloon")
_VENUES = ("Golden Dragon", "Pho Saigon", "Jade Garden", "Lucky Star Noodle House", "Sushi Ken", "Little Seoul BBQ",
           "Mama Wong's Kitchen", "Happy Lamb Hot Pot", "Kim's Mart", "Lotus Garden", "Pho Hoa", "Din Tai Fung")
_PRODUCTS = ("the Long Range router", "the Sun Saver plan", "the Young Saver account", "the Hong Kong roaming pack",
             "the Jade card", "the Lotus tariff", "the Dragon Boat bundle", "the Panda Plus plan")
_PHRASES = ("the long one", "young people", "in the sun", "a song", "so long", "the young one", "a big fan",
            "the long way", "bo staff", "dim sum")


def number_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + number_words(n % 100))
    return number_words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + number_words(n % 1000))


def ordinal(n: int) -> str:
    if n in ORDINALS:
        return ORDINALS[n]
    if n < 20:
        return {4: "fourth", 6: "sixth", 7: "seventh", 10: "tenth", 11: "eleventh"}.get(n, ONES[n] + "th")
    if n % 10 == 0:
        return TENS[n // 10][:-1] + "ieth"
    return TENS[n // 10] + " " + ordinal(n % 10)


def year_words(y: int) -> str:
    return number_words(y) if y >= 2000 else f"{number_words(y // 100)} {number_words(y % 100)}"


def digits(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def spoken_digits(raw: str, rng: random.Random, british: bool) -> str:
    """Digits one by one (``oh`` for zero half the time; ``double`` / ``triple`` in UK / AU calls)."""
    ds = [c for c in raw if c.isdigit()]
    oh = rng.random() < 0.5
    out, i = [], 0
    while i < len(ds):
        word = "oh" if ds[i] == "0" and oh else ONES[int(ds[i])]
        run = 1
        while i + run < len(ds) and ds[i + run] == ds[i]:
            run += 1
        if british and run >= 2 and rng.random() < 0.7:
            out.append(("double " if run == 2 else "triple ") + word)
            i += min(run, 3)
        else:
            out.append(word)
            i += 1
    return " ".join(out)


def phone(rng: random.Random, country: str) -> str:
    """A national number as typed in that country."""
    if country in ("US", "CA"):
        area, ex, line = rng.choice(_AREA[country]), digits(rng, 3, "2346789"), digits(rng, 4)
        return rng.choice((f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}", f"+1 {area} {ex} {line}"))
    if country == "UK":
        n = rng.choice(("074", "0751", "0753", "0754", "0756", "0757", "0771", "0772", "0773", "0774", "0775", "0776", "0780", "0786", "0794", "0795"))
        n += digits(rng, 11 - len(n))
        return rng.choice((f"{n[:5]} {n[5:]}", n, f"+44 {n[1:5]} {n[5:]}"))
    n = "04" + rng.choice("0123") + digits(rng, 7)
    return rng.choice((f"{n[:4]} {n[4:7]} {n[7:]}", n, f"+61 {n[1:4]} {n[4:7]} {n[7:]}"))


def postcode(rng: random.Random, country: str) -> str:
    if country == "US":
        return digits(rng, 5, "0123456789")
    if country == "UK":
        return re.sub(r"\{[dL]\}", lambda m: rng.choice("123456789") if m.group() == "{d}" else rng.choice("ABDEFHJLNPRSTUWXYZ"),
                      rng.choice(_UK_POST))
    if country == "CA":
        L = "ABCEGHJKLMNPRSTVXY"
        return f"{rng.choice('MLVKT')}{rng.randint(1, 9)}{rng.choice(L)} {rng.randint(1, 9)}{rng.choice(L)}{rng.randint(1, 9)}"
    return str(rng.choice((2000, 2166, 3000, 3128, 4000, 2065, 3168)) + rng.randint(0, 9))


def card(rng: random.Random) -> str:
    body = (rng.choice(("4", "51", "53", "37")) + digits(rng, 14))[:15]
    return body + luhn.calc_check_digit(body)


class ProfileS:
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    PLAIN = PLAIN

    def __init__(self, customer, agent, third, style: str, rng: random.Random) -> None:
        self.customer, self.agent, self.third, self.style, self.rng = customer, agent, third, style, rng
        self.asr = style == "asr"
        self.country = c = customer.country
        self.british = c in ("UK", "AU")
        self.lower = self.asr or rng.random() < 0.4  # chat: 40 % of customers type in lower case
        self.speaker = "customer"
        self.heard = self.asr and rng.random() < 0.5  # this call's engine mishears name syllables now and then
        y, m, d = rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28)
        cu = customer
        g = re.sub(r"[^a-z]", "", cu.given.lower())
        s = cu.surname.lower()
        user = rng.choice((f"{g}.{s}", f"{g}{s}{rng.randint(1, 99)}", f"{s}.{g}", f"{g[0]}{s}{y % 100:02d}",
                           f"{g}_{s}", f"{s}{g[0]}{rng.randint(10, 99)}"))
        street = rng.choice(_STREETS[c])
        n = rng.randint(2, 2400)
        if c == "US":
            addr = f"{n} {street}" + rng.choice(("", f", Apt {rng.randint(1, 40)}", f" Unit {rng.randint(1, 9)}{rng.choice('ABC')}"))
        elif c == "UK":
            addr = rng.choice((f"{rng.randint(1, 180)} {street}", f"Flat {rng.randint(1, 30)}, {rng.randint(1, 99)} {street}"))
        elif c == "CA":
            addr = rng.choice((f"{n} {street}", f"{rng.randint(101, 2504)}-{n} {street}"))
        else:
            addr = rng.choice((f"{rng.randint(1, 200)} {street}", f"Unit {rng.randint(1, 30)}, {rng.randint(1, 99)} {street}",
                               f"{rng.randint(1, 30)}/{rng.randint(1, 99)} {street}"))
        self.city = rng.choice(_CITIES[c])
        self.raw = {"TEL": phone(rng, c), "ALT": phone(rng, c), "DOB": (y, m, d), "MAIL": f"{user}@{rng.choice(_MAILS[c])}",
                    "ADDR": addr, "POST": postcode(rng, c), "CARD": card(rng), "EXP": (rng.randint(1, 12), rng.randint(27, 31)),
                    "ACCT": digits(rng, rng.choice((8, 10, 12)), "123456789"), "OTP": digits(rng, 6)}

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileS":
        customer = names.name(origin)
        return cls(customer, names.agent(), names.relative(customer), style, rng)

    # -- labels ---------------------------------------------------------------------------------------------
    def label(self, slot: str) -> str:
        if slot in PERSONS:
            return E.PERSON
        if slot == "POST" and self.country == "US":
            return E.ZIP_CODE
        return KINDS[slot]

    def origin(self, slot: str) -> str | None:
        if slot not in PERSONS:
            return None
        return {"THIRD": self.third, "STAFF": self.agent, "STAFFNAME": self.agent}.get(slot, self.customer).origin

    def plain(self, slot: str) -> str:
        rng = self.rng
        if slot == "kin":
            return rng.choice(("husband", "son", "dad", "brother") if self.third.male else ("wife", "daughter", "mum" if self.british else "mom", "sister"))
        if slot == "title":
            return self.customer.title
        if slot == "city":
            return self.city
        if slot == "postname":
            return {"US": "zip code", "UK": "postcode", "CA": "postal code", "AU": "postcode"}[self.country]
        words = {"yes": ("yes", "yeah that's right", "yep correct", "that's it"), "thanks": ("thank you", "thanks so much", "cheers"),
                 "bye": ("bye", "bye bye", "have a good day")}
        return rng.choice(words[slot])

    # -- names ----------------------------------------------------------------------------------------------
    def _hear(self, text: str) -> str:
        """ASR: hyphens become spaces; two short parts merged; one part heard as an English word."""
        rng = self.rng
        parts = text.lower().replace("-", " ").split()
        short = [i for i in range(len(parts) - 1) if len(parts[i]) <= 4 and len(parts[i + 1]) <= 4]
        if short and rng.random() < 0.3:  # two syllables merged: "xiao ming" -> "xiaoming", "min jun kim" -> "minjun kim"
            i = rng.choice(short)
            parts[i:i + 2] = [parts[i] + parts[i + 1]]
        if self.heard and rng.random() < 0.5:
            options = [i for i, p in enumerate(parts) if p in HEARD]
            if options:
                i = rng.choice(options)
                parts[i] = rng.choice(HEARD[parts[i]])
        return " ".join(parts)

    def person(self, slot: str) -> str:
        c, a, rng = self.customer, self.agent, self.rng
        if slot == "SPELT":
            letters = [ch for ch in c.spell.lower() if ch.isalpha()]
            if self.asr:
                if rng.random() < 0.3:
                    return " ".join(f"{ch} as in {_LETTERS[ch]}" if ch in _LETTERS and k == 0 else ch for k, ch in enumerate(letters))
                return " ".join(letters)
            sep = rng.choice(("-", " ", ". "))
            out = sep.join(ch.upper() for ch in letters)
            return out + "." if sep == ". " else out
        value = {"NAME": c.full, "GIVEN": c.called, "SURNAME": c.surname, "THIRD": self.third.full,
                 "STAFF": a.called, "STAFFNAME": a.full}[slot]
        if self.asr:
            return self._hear(value) if slot not in ("STAFF", "STAFFNAME") or rng.random() < 0.5 else value.lower().replace("-", " ")
        if self.lower and self.speaker == "customer" and slot not in ("STAFFNAME",):
            return value.lower()
        return value

    # -- values ---------------------------------------------------------------------------------------------
    def value(self, slot: str) -> str:
        rng, raw, asr = self.rng, self.raw.get(slot), self.asr
        if slot in ("TEL", "ALT"):
            if asr:
                ds = re.sub(r"\D", "", raw)
                ds = ds[1:] if raw.startswith("+1") else ("0" + ds[2:] if raw.startswith("+") else ds)
                return spoken_digits(ds, rng, self.british)
            return raw
        if slot == "MAIL":
            if asr:
                user, host = raw.split("@")
                if rng.random() < 0.25:
                    user = " ".join(user.replace(".", "").replace("_", ""))  # spelled letter by letter
                user = re.sub(r"\d+", lambda m: " " + spoken_digits(m.group(), rng, False) + " ", user)
                spoken = f"{user.replace('.', ' dot ').replace('_', ' underscore ')} at {host.replace('.', ' dot ')}"
                return re.sub(r"\s+", " ", spoken).strip()
            return raw
        if slot == "DOB":
            y, m, d = raw
            if asr:
                return rng.choice((f"{MONTHS[m - 1].lower()} {ordinal(d)} {year_words(y)}",
                                   f"the {ordinal(d)} of {MONTHS[m - 1].lower()} {year_words(y)}",
                                   f"{spoken_digits(f'{m:02d}' if self.country == 'US' else f'{d:02d}', rng, False)} "
                                   f"{spoken_digits(f'{d:02d}' if self.country == 'US' else f'{m:02d}', rng, False)} {year_words(y)}"))
            if self.country == "US":
                return rng.choice((f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}"))
            return rng.choice((f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d} {MONTHS[m - 1][:3]} {y}"))
        if slot == "ADDR":
            if asr:
                text = raw.lower().replace(",", "").replace("no. ", "number ")
                text = re.sub(r"(\d+)/(\d+)", r"\1 slash \2", text)
                text = re.sub(r"(\d+)-(\d+)", r"\1 \2", text)
                return re.sub(r"\d+", lambda m: number_words(int(m.group())) if rng.random() < 0.6 else spoken_digits(m.group(), rng, False), text)
            return raw.lower() if self.lower else raw
        if slot == "POST":
            if asr:
                return " ".join(ONES[int(ch)] if ch.isdigit() else ch.lower() for ch in raw if ch != " ")
            return raw.lower() if self.lower and rng.random() < 0.5 else raw
        if slot in ("CARD", "CARD4"):
            digits_ = raw if slot == "CARD" else raw[-4:]
            if asr:
                return spoken_digits(digits_, rng, self.british)
            return " ".join(digits_[i:i + 4] for i in range(0, len(digits_), 4)) if slot == "CARD" and rng.random() < 0.6 else digits_
        if slot == "EXP":
            m, y = raw
            if asr:
                return rng.choice((f"{spoken_digits(f'{m:02d}', rng, False)} {number_words(y)}", f"{MONTHS[m - 1].lower()} twenty {number_words(y)}"))
            return rng.choice((f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}"))
        if slot in ("ACCT", "OTP"):
            if asr:
                return spoken_digits(raw, rng, self.british)
            return raw if slot == "ACCT" or rng.random() < 0.6 else f"{raw[:3]} {raw[3:]}"
        raise KeyError(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        """A NEUTRAL value: amounts, dates, helplines, order references, places, restaurants, products, phrases."""
        asr = self.asr
        if kind == "money":
            n = rng.choice((45, 89, 120, 250, 1200))
            sym = "£" if self.country == "UK" else "$"
            return f"{number_words(n)} {'pounds' if sym == '£' else 'dollars'}" if asr else f"{sym}{n}.{rng.choice(('00', '99', '50'))}"
        if kind == "date":
            d, m = rng.randint(1, 28), rng.randint(1, 12)
            return f"the {ordinal(d)} of {MONTHS[m - 1].lower()}" if asr else rng.choice((f"{MONTHS[m - 1]} {d}", f"{d} {MONTHS[m - 1]}"))
        if kind == "helpline":
            line = rng.choice(_LINES[self.country])
            return spoken_digits(line, rng, self.british) if asr else line
        if kind == "order":
            ref = rng.choice((f"ORD{digits(rng, 7)}", f"CX-{digits(rng, 6)}", f"#{rng.choice('ABKT')}{digits(rng, 5)}"))
            return " ".join(ch.lower() if ch.isalpha() else ONES[int(ch)] for ch in ref if ch.isalnum()) if asr else ref
        table = {"place": _PLACES, "venue": _VENUES, "product": _PRODUCTS, "phrase": _PHRASES}[kind]
        value = rng.choice(table)
        return value.lower().replace("'", "").replace(".", "") if asr or (self.lower and self.speaker == "customer") else value
