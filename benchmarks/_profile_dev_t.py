"""The ``dev_t`` conversation profile: a South African, Kenyan, Ghanaian, Ugandan or Tanzanian caller of a contact
centre in their own country, a family member, the agent, the raw values of the call and how each is said (ASR: lower
case, numbers as words, ``double`` / ``triple`` runs, a word of Zulu / Afrikaans / Swahili / Twi / Luganda now and
then) or typed (chat: cased or not), and the neutral look-alikes (``by God's grace``, ``Chop Bar``, M-Pesa codes,
prepaid tokens). Written blind.

Person slots: ``NAME`` (full), ``GIVEN``, ``SURNAME``, ``SPELT`` (the surname letter by letter), ``THIRD`` (the
family member), ``STAFF`` (the agent's given name), ``STAFFNAME`` (the agent's full name).
"""
from __future__ import annotations

import random
import re

from stdnum import luhn

from benchmarks._profile_dev_s import MONTHS, ONES, digits, number_words, ordinal, spoken_digits, year_words
from recognizers import entities as E

PERSONS = ("NAME", "GIVEN", "SURNAME", "SPELT", "THIRD", "STAFF", "STAFFNAME")
KINDS = {"DOB": E.DATE_OF_BIRTH, "TEL": E.PHONE_NUMBER, "ALT": E.PHONE_NUMBER, "MAIL": E.EMAIL_ADDRESS,
         "ADDR": E.STREET_ADDRESS, "POST": E.POSTCODE, "CARD": E.CREDIT_CARD, "EXP": E.CARD_EXPIRY,
         "ACCT": E.ACCOUNT_NUMBER, "OTP": E.AUTH_CODE, "IDNO": E.NATIONAL_ID}
PLAIN = frozenset({"title", "kin", "city", "thanks", "bye", "postname", "idname", "excl"})
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "phrase", "token")
_PREFIX = {"ZA": ("060", "061", "062", "063", "064", "065", "066", "067", "068", "071", "072", "073", "074", "076",
                  "078", "079", "081", "082", "083", "084"),
           "KE": ("070", "071", "072", "074", "075", "076", "079", "011"),
           "GH": ("020", "023", "024", "026", "027", "028", "050", "053", "054", "055", "056", "057"),
           "UG": ("070", "071", "074", "075", "076", "077", "078"),
           "TZ": ("061", "062", "065", "067", "068", "069", "071", "073", "074", "075", "076", "077", "078")}
_CC = {"ZA": "27", "KE": "254", "GH": "233", "UG": "256", "TZ": "255"}
_MAILS = {"ZA": ("gmail.com", "webmail.co.za", "outlook.com", "mweb.co.za", "telkomsa.net"),
          "KE": ("gmail.com", "yahoo.com", "outlook.com", "students.uonbi.ac.ke"),
          "GH": ("gmail.com", "yahoo.com", "hotmail.com", "st.ug.edu.gh"),
          "UG": ("gmail.com", "yahoo.com", "outlook.com"),
          "TZ": ("gmail.com", "yahoo.com", "hotmail.com")}
_STREETS = {"ZA": ("Jan Smuts Avenue", "Voortrekker Road", "Vilakazi Street", "Florida Road", "Long Street",
                   "Main Reef Road", "Church Street", "Beyers Naude Drive"),
            "KE": ("Ngong Road", "Moi Avenue", "Kenyatta Avenue", "Riverside Drive", "Jogoo Road", "Thika Road"),
            "GH": ("Oxford Street", "Liberation Road", "Spintex Road", "Ring Road Central", "Kanda Highway"),
            "UG": ("Kampala Road", "Bombo Road", "Entebbe Road", "Ggaba Road", "Jinja Road"),
            "TZ": ("Ali Hassan Mwinyi Road", "Bibi Titi Mohamed Street", "Morogoro Road", "Samora Avenue", "Haile Selassie Road")}
_CITIES = {"ZA": (("Johannesburg", "2196"), ("Cape Town", "8001"), ("Durban", "4001"), ("Pretoria", "0002"),
                  ("Soweto", "1804"), ("Gqeberha", "6001")),
           "KE": (("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100"), ("Eldoret", "30100")),
           "GH": (("Accra", "GA"), ("Tema", "GT"), ("Kumasi", "AK"), ("Takoradi", "WS"), ("Cape Coast", "CC")),
           "UG": (("Kampala", ""), ("Entebbe", ""), ("Jinja", ""), ("Mbarara", ""), ("Gulu", "")),
           "TZ": (("Dar es Salaam", "11101"), ("Arusha", "23101"), ("Mwanza", "33101"), ("Dodoma", "41101"))}
_LINES = {"ZA": ("0860 100 221", "0800 117 449"), "KE": ("0800 720 500", "0711 046 000"),
          "GH": ("0800 100 065", "0302 213 555"), "UG": ("0800 200 888", "0312 300 100"), "TZ": ("0800 750 100", "0222 119 000")}
_CURRENCY = {"ZA": ("R", "rand"), "KE": ("KSh ", "shillings"), "GH": ("GH₵", "cedis"), "UG": ("UGX ", "shillings"),
             "TZ": ("TSh ", "shillings")}
_EXCL = {"ZA": ("eish", "ja", "yoh", "shame", "hey"), "KE": ("sawa", "aki", "pole", "eh"),
         "GH": ("chale", "ei", "ebei", "oh"), "UG": ("eh", "nedda", "kale", "sure"), "TZ": ("sawa", "pole", "kumbe", "eh")}
_PLACES = ("Soweto", "Table Mountain", "Mombasa", "Kisumu", "Lake Victoria", "Kilimanjaro", "Zanzibar", "Kumasi",
           "Cape Coast", "Jinja", "Arusha", "Mount Kenya", "Stellenbosch", "Makola Market")
_VENUES = ("Mama Oliech's", "Auntie Muni's Chop Bar", "Chicken Licken", "Java House", "Kilimanjaro Cafe", "Naivas",
           "Shoprite", "Melcom", "Uncle Tom's Grill", "Papa's Spot", "Nyama Choma Corner", "Akwaaba Kitchen")
_PRODUCTS = ("the Sawa Saver bundle", "the Ubuntu family plan", "the Jambo card", "the Akwaaba account",
             "the Simba data pack", "the Baraka cover", "the Neema savings plan", "the Amani policy")
_PHRASES = ("by God's grace", "God willing", "by His mercy", "through God's favour", "with God's blessing", "Inshallah",
            "if the Lord wills", "by grace")
_KIN = {True: ("husband", "son", "brother", "father", "uncle"), False: ("wife", "daughter", "sister", "mother", "aunt")}
_IDNAME = {"ZA": "ID number", "KE": "ID number", "GH": "Ghana Card number", "UG": "NIN", "TZ": "NIDA number"}
_POSTNAME = {"ZA": "postal code", "KE": "postal code", "GH": "GPS address", "UG": "P.O. Box", "TZ": "postcode"}


def phone(rng: random.Random, country: str) -> str:
    """A mobile number as typed in that country."""
    n = rng.choice(_PREFIX[country]) + digits(rng, 7)
    cc = _CC[country]
    if country == "UG":
        forms = (f"{n[:4]} {n[4:]}", n, f"+{cc} {n[1:4]} {n[4:]}")
    elif country in ("KE", "TZ"):
        forms = (f"{n[:4]} {n[4:7]} {n[7:]}", n, f"+{cc} {n[1:4]} {n[4:7]} {n[7:]}", f"+{cc}{n[1:]}")
    else:
        forms = (f"{n[:3]} {n[3:6]} {n[6:]}", n, f"+{cc} {n[1:3]} {n[3:6]} {n[6:]}")
    return rng.choice(forms)


def za_id(rng: random.Random, y: int, m: int, d: int, male: bool) -> str:
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(5000, 9999) if male else rng.randint(0, 4999):04d}0{rng.choice('89')}"
    return body + luhn.calc_check_digit(body)


def national_id(rng: random.Random, country: str, dob: tuple[int, int, int], male: bool) -> str:
    y, m, d = dob
    if country == "ZA":
        return za_id(rng, y, m, d, male)
    if country == "KE":  # KRA PIN (stdnum.ke.pin)
        return f"A{digits(rng, 9, '0')}{rng.choice('ABCDEFGHJKLMNPQRTUVWXYZ')}"
    if country == "GH":  # Ghana Card
        return f"GHA-{digits(rng, 9, '123456789')}-{rng.randint(0, 9)}"
    if country == "UG":  # NIN: C, M / F, year, then seven characters
        tail = "".join(rng.choice("0123456789") for _ in range(3)) + "".join(rng.choice("ABCDEFGHJKLMNPRTUVWXYZ") for _ in range(4))
        return f"C{'M' if male else 'F'}{y % 100:02d}{digits(rng, 3)}{tail}"
    return f"{y}{m:02d}{d:02d}-{digits(rng, 5)}-{digits(rng, 5)}-{digits(rng, 2)}"  # NIDA


def card(rng: random.Random) -> str:
    body = (rng.choice(("4", "51", "52", "55")) + digits(rng, 14))[:15]
    return body + luhn.calc_check_digit(body)


def _word_digits(ch: str) -> str:
    return ONES[int(ch)] if ch.isdigit() else ch.lower()


class ProfileT:
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    PLAIN = PLAIN

    def __init__(self, customer, agent, third, style: str, rng: random.Random) -> None:
        self.customer, self.agent, self.third, self.style, self.rng = customer, agent, third, style, rng
        self.asr = style == "asr"
        self.country = c = customer.country
        self.lower = self.asr or rng.random() < 0.4
        self.speaker = "customer"
        self.merge = self.asr and rng.random() < 0.3  # this engine runs short name parts together now and then
        y, m, d = rng.randint(1952, 2004), rng.randint(1, 12), rng.randint(1, 28)
        g = re.sub(r"[^a-z]", "", customer.given.lower())
        s = re.sub(r"[^a-z]", "", customer.surname.lower())
        user = rng.choice((f"{g}.{s}", f"{g}{s}{rng.randint(1, 99)}", f"{s}{g[0]}", f"{g[0]}{s}{y % 100:02d}",
                           f"{g}_{s}", f"{g}{y}"))
        street, n = rng.choice(_STREETS[c]), rng.randint(1, 480)
        self.city, post = rng.choice(_CITIES[c])
        if c == "ZA":
            addr = rng.choice((f"{n} {street}", f"Unit {rng.randint(1, 60)}, {n} {street}", f"{rng.randint(1, 40)} {street}, Extension {rng.randint(1, 12)}"))
        elif c == "KE":
            addr = rng.choice((f"House {n}, {street}", f"Apartment {rng.randint(1, 12)}{rng.choice('ABCD')}, {street}", f"{n} {street}"))
            post = f"P.O. Box {rng.randint(100, 99999)}-{post}" if rng.random() < 0.5 else post
        elif c == "GH":
            addr = rng.choice((f"House No. {n}, {street}", f"{n} {street}", f"Plot {n}, {street}"))
            post = f"{post}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        elif c == "UG":
            addr = rng.choice((f"Plot {n}, {street}", f"Plot {n} {street}"))
            post = f"P.O. Box {rng.randint(100, 39999)}"
        else:
            addr = rng.choice((f"Plot {n}, {street}", f"House {n}, {street}", f"{n} {street}"))
        self.raw = {"TEL": phone(rng, c), "ALT": phone(rng, c), "DOB": (y, m, d),
                    "MAIL": f"{user}@{rng.choice(_MAILS[c])}", "ADDR": addr, "POST": post, "CARD": card(rng),
                    "EXP": (rng.randint(1, 12), rng.randint(27, 31)), "ACCT": digits(rng, rng.choice((10, 11, 13)), "123456789"),
                    "OTP": digits(rng, rng.choice((4, 5, 6))), "IDNO": national_id(rng, c, (y, m, d), customer.male)}

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileT":
        customer = names.name(origin)
        agent = names.name(customer.origin) if rng.random() < 0.7 else names.agent()  # most agents work in-country
        return cls(customer, agent, names.relative(customer), style, rng)

    def label(self, slot: str) -> str:
        if slot in PERSONS:
            return E.PERSON
        if slot == "POST" and self.country == "UG":
            return E.STREET_ADDRESS
        return KINDS[slot]

    def origin(self, slot: str) -> str | None:
        if slot not in PERSONS:
            return None
        return {"THIRD": self.third, "STAFF": self.agent, "STAFFNAME": self.agent}.get(slot, self.customer).origin

    def plain(self, slot: str) -> str:
        rng = self.rng
        if slot == "kin":  # one relationship per conversation
            if not hasattr(self, "_kin"):
                self._kin = rng.choice(_KIN[self.third.male])
            return self._kin
        if slot == "title":
            return self.customer.title
        if slot == "city":
            return self.city
        if slot == "postname":
            return _POSTNAME[self.country]
        if slot == "idname":
            return _IDNAME[self.country]
        if slot == "excl":
            return rng.choice(_EXCL[self.country])
        words = {"thanks": ("thank you", "thanks a lot", "thank you so much", "asante" if self.country in ("KE", "TZ") else "cheers"),
                 "bye": ("bye", "bye bye", "you too, bye", "stay well")}
        return rng.choice(words[slot])

    # -- names ----------------------------------------------------------------------------------------------
    def _hear(self, text: str) -> str:
        parts = text.lower().replace("-", " ").split()
        short = [i for i in range(len(parts) - 1) if len(parts[i]) <= 5 and len(parts[i + 1]) <= 5]
        if self.merge and short and self.rng.random() < 0.4:
            i = self.rng.choice(short)
            parts[i:i + 2] = [parts[i] + parts[i + 1]]
        return " ".join(parts)

    def person(self, slot: str) -> str:
        c, a, rng = self.customer, self.agent, self.rng
        if slot == "SPELT":
            letters = [ch for ch in c.spell.lower() if ch.isalpha()]
            if self.asr:
                return " ".join(letters) if rng.random() < 0.7 else " ".join(f"{ch} for {w}" for ch, w in
                                                                             zip(letters, (_ALPHA.get(ch, ch) for ch in letters)))
            sep = rng.choice(("-", " ", ""))
            return sep.join(ch.upper() for ch in letters) if sep else c.spell.upper()
        value = {"NAME": c.full, "GIVEN": c.called, "SURNAME": c.surname, "THIRD": self.third.full,
                 "STAFF": a.called, "STAFFNAME": a.full}[slot]
        if self.asr:
            return self._hear(value)
        if self.lower and self.speaker == "customer" and slot != "STAFFNAME":
            return value.lower()
        return value

    # -- values ---------------------------------------------------------------------------------------------
    def value(self, slot: str) -> str:
        rng, raw, asr = self.rng, self.raw.get(slot), self.asr
        if slot in ("TEL", "ALT"):
            if asr:
                ds = re.sub(r"\D", "", raw)
                if raw.startswith("+"):
                    ds = "0" + ds[len(_CC[self.country]):] if rng.random() < 0.6 else ds
                    if not ds.startswith("0"):
                        return "plus " + spoken_digits(ds, rng, True)
                return spoken_digits(ds, rng, True)
            return raw
        if slot == "MAIL":
            if asr:
                user, host = raw.split("@")
                user = re.sub(r"\d+", lambda m: " " + spoken_digits(m.group(), rng, False) + " ", user)
                spoken = f"{user.replace('.', ' dot ').replace('_', ' underscore ')} at {host.replace('.', ' dot ')}"
                return re.sub(r"\s+", " ", spoken).strip()
            return raw
        if slot == "DOB":
            y, m, d = raw
            if asr:
                return rng.choice((f"the {ordinal(d)} of {MONTHS[m - 1].lower()} {year_words(y)}",
                                   f"{ordinal(d)} {MONTHS[m - 1].lower()} {year_words(y)}",
                                   f"{number_words(d)} {MONTHS[m - 1].lower()} {year_words(y)}",
                                   f"{spoken_digits(f'{d:02d}', rng, False)} {spoken_digits(f'{m:02d}', rng, False)} {year_words(y)}"))
            forms = [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{d}.{m}.{y}"]
            if self.country == "ZA":
                forms += [f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}"]
            return rng.choice(forms)
        if slot == "ADDR":
            if asr:
                text = raw.lower().replace(",", "").replace("no. ", "number ")
                return re.sub(r"\d+", lambda m: number_words(int(m.group())) if rng.random() < 0.6 else spoken_digits(m.group(), rng, False), text)
            return raw.lower() if self.lower and self.speaker == "customer" else raw
        if slot == "POST":
            if asr:
                text = raw.lower().replace("p.o. box", "p o box").replace("-", " ")
                return re.sub(r"\d+", lambda m: spoken_digits(m.group(), rng, True), text) if "box" in text or self.country == "GH" \
                    else " ".join(_word_digits(ch) for ch in text if ch != " ")
            return raw
        if slot == "IDNO":
            if asr:
                chars = [ch for ch in raw if ch.isalnum()]
                return " ".join(spoken_digits(run, rng, True) if run.isdigit() else " ".join(run.lower())
                                for run in re.findall(r"\d+|[A-Za-z]+", raw))
            if self.country == "ZA" and rng.random() < 0.3:
                return f"{raw[:6]} {raw[6:10]} {raw[10:12]} {raw[12]}"
            return raw
        if slot == "CARD":
            if asr:
                return spoken_digits(raw, rng, True)
            return " ".join(raw[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.6 else raw
        if slot == "EXP":
            m, y = raw
            if asr:
                return rng.choice((f"{spoken_digits(f'{m:02d}', rng, False)} {number_words(y)}", f"{MONTHS[m - 1].lower()} twenty {number_words(y)}"))
            return rng.choice((f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}"))
        if slot in ("ACCT", "OTP"):
            if asr:
                return spoken_digits(raw, rng, True)
            return raw
        raise KeyError(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        """A NEUTRAL value: amounts, dates, helplines, references, places, shops, products, phrases, prepaid tokens."""
        asr = self.asr
        if kind == "money":
            n = rng.choice((50, 120, 350, 1500, 2500, 20000))
            sym, word = _CURRENCY[self.country]
            return f"{number_words(n)} {word}" if asr else f"{sym}{n:,}"
        if kind == "date":
            d, m = rng.randint(1, 28), rng.randint(1, 12)
            return f"the {ordinal(d)} of {MONTHS[m - 1].lower()}" if asr else rng.choice((f"{d} {MONTHS[m - 1]}", f"{d}/{m:02d}"))
        if kind == "helpline":
            line = rng.choice(_LINES[self.country])
            return spoken_digits(line, rng, True) if asr else line
        if kind == "order":
            ref = rng.choice(("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)),
                              f"REF{digits(rng, 7)}", f"TKT-{digits(rng, 6)}"))
            return " ".join(_word_digits(ch) for ch in ref if ch.isalnum()) if asr else ref
        if kind == "token":
            tok = digits(rng, 20)
            return spoken_digits(tok, rng, True) if asr else " ".join(tok[i:i + 4] for i in range(0, 20, 4))
        table = {"place": _PLACES, "venue": _VENUES, "product": _PRODUCTS, "phrase": _PHRASES}[kind]
        value = rng.choice(table)
        return value.lower().replace("'", "").replace(".", "") if asr or (self.lower and self.speaker == "customer") else value


_ALPHA = {"a": "apple", "b": "boy", "c": "cat", "d": "dog", "e": "egg", "f": "fish", "g": "goat", "h": "house",
          "i": "ink", "j": "jug", "k": "king", "l": "lion", "m": "mango", "n": "nest", "o": "orange", "p": "pen",
          "q": "queen", "r": "rat", "s": "sun", "t": "table", "u": "umbrella", "v": "van", "w": "water", "x": "xylophone",
          "y": "yam", "z": "zebra"}
