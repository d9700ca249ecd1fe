"""The ``dev_r`` conversation profile: the customer (DE, FR, IT, ES, PL, NL, BE or SE), a relative, the agent, how the
call prints digits, one raw value per kind printed afresh at each mention, and the neutral look-alikes.

Slots: ``BASE`` a mention; ``_RB`` a read-back by the agent. Persons: ``NAME GIVEN SURNAME SPELT THIRD STAFF
STAFFNAME``. Lower-case slots are plain words (``PLAIN``) or neutral look-alikes (``distractor``). In calls every name
is folded to ASCII as a speech engine prints it, and Polish / German names are sometimes heard phonetically
(``Łukasz Wałęsa`` -> ``Wukash Vawensa``).
"""
from __future__ import annotations

import random
import re

from benchmarks import _values_dev_r as K
from recognizers import entities as E

PERSONS = ("NAME", "GIVEN", "SURNAME", "SPELT", "THIRD", "STAFF", "STAFFNAME")
KINDS = {"DOB": E.DATE_OF_BIRTH, "TEL": E.PHONE_NUMBER, "ALT": E.PHONE_NUMBER, "LAND": E.PHONE_NUMBER,
         "MAIL": E.EMAIL_ADDRESS, "ADDR": E.STREET_ADDRESS, "ZIP": E.POSTCODE, "CARD": E.CREDIT_CARD,
         "EXP": E.CARD_EXPIRY, "CVV": E.CARD_CVV, "ACCT": E.ACCOUNT_NUMBER, "IBAN": E.IBAN_CODE, "ID": E.NATIONAL_ID,
         "TAX": E.NATIONAL_ID, "OTP": E.AUTH_CODE}
_SLOT = re.compile(r"^([A-Z]+?)(_RB)?$")
PLAIN = frozenset({"hello", "yes_word", "filler", "ok", "thanks", "bye", "kin", "title", "idname", "taxname", "acctname",
                   "city", "dobcue", "bank"})
LANG = {"DE": "de", "FR": "fr", "IT": "it", "ES": "es", "PL": "pl", "NL": "nl", "BE": "fr", "SE": "sv"}
_WORDS = {
    "de": {"hello": ("Hallo", "Guten Tag", "Hallo, guten Morgen"), "yes_word": ("Ja", "Ja, genau", "Genau", "Ja ja"),
           "filler": ("also", "na ja", "genau", "ne"), "ok": ("Okay", "Alles klar", "Gut"), "thanks": ("Danke", "Danke schön", "Vielen Dank"),
           "bye": ("Tschüss", "Auf Wiederhören", "Schönen Tag noch"), "dobcue": ("Geburtsdatum",)},
    "fr": {"hello": ("Bonjour", "Allô, bonjour", "Bonjour monsieur"), "yes_word": ("Oui", "Oui, voilà", "D'accord, yes", "Voilà"),
           "filler": ("bon", "alors", "bah", "voilà"), "ok": ("D'accord", "Ok, parfait", "Bon, ok"), "thanks": ("Merci", "Merci beaucoup", "Merci bien"),
           "bye": ("Au revoir", "Bonne journée", "Au revoir, merci"), "dobcue": ("date de naissance",)},
    "it": {"hello": ("Buongiorno", "Pronto, buongiorno", "Salve"), "yes_word": ("Sì", "Sì, esatto", "Certo", "Sì sì"),
           "filler": ("allora", "ecco", "diciamo", "boh"), "ok": ("Va bene", "Perfetto", "Ok, d'accordo"), "thanks": ("Grazie", "Grazie mille", "Grazie davvero"),
           "bye": ("Arrivederci", "Buona giornata", "Ciao, grazie"), "dobcue": ("data di nascita",)},
    "es": {"hello": ("Hola", "Hola, buenos días", "Buenas tardes"), "yes_word": ("Sí", "Sí, claro", "Vale, sí", "Exacto"),
           "filler": ("pues", "bueno", "vale", "o sea"), "ok": ("Vale", "Vale, perfecto", "Venga, ok"), "thanks": ("Gracias", "Muchas gracias", "Mil gracias"),
           "bye": ("Adiós", "Hasta luego", "Venga, adiós"), "dobcue": ("fecha de nacimiento",)},
    "pl": {"hello": ("Dzień dobry", "Halo, dzień dobry", "Cześć"), "yes_word": ("Tak", "Tak, dokładnie", "No tak", "Dobrze, tak"),
           "filler": ("no", "wie pan", "dobra", "właśnie"), "ok": ("Dobrze", "Okej, dobrze", "Dobra"), "thanks": ("Dziękuję", "Dzięki", "Dziękuję bardzo"),
           "bye": ("Do widzenia", "Na razie", "Miłego dnia"), "dobcue": ("data urodzenia",)},
    "nl": {"hello": ("Hallo", "Goedemiddag", "Dag"), "yes_word": ("Ja", "Ja, precies", "Klopt", "Jazeker"),
           "filler": ("nou", "dus", "eigenlijk", "hè"), "ok": ("Oké", "Prima", "Helemaal goed"), "thanks": ("Dank je wel", "Bedankt", "Dank u"),
           "bye": ("Doei", "Tot ziens", "Fijne dag"), "dobcue": ("geboortedatum",)},
    "sv": {"hello": ("Hej", "Hej hej", "God dag"), "yes_word": ("Ja", "Ja, precis", "Precis", "Japp"),
           "filler": ("alltså", "liksom", "ju", "typ"), "ok": ("Okej", "Bra", "Toppen"), "thanks": ("Tack", "Tack så mycket", "Tusen tack"),
           "bye": ("Hej då", "Ha det bra", "Tack, hej då"), "dobcue": ("födelsedatum",)},
}
_MAILS = {"DE": ("web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"), "FR": ("orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"),
          "IT": ("libero.it", "virgilio.it", "alice.it", "gmail.com", "tiscali.it"), "ES": ("telefonica.net", "hotmail.es", "gmail.com", "yahoo.es"),
          "PL": ("wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"), "NL": ("ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com"),
          "BE": ("skynet.be", "telenet.be", "proximus.be", "gmail.com"), "SE": ("telia.com", "bredband.net", "hotmail.se", "gmail.com")}
_ACCTNAME = {"DE": "Kundennummer", "FR": "numéro client", "IT": "codice cliente", "ES": "número de cliente", "PL": "numer klienta",
             "NL": "klantnummer", "BE": "klantnummer", "SE": "kundnummer"}
_BANKS = {"DE": ("Sparkasse", "Commerzbank", "ING"), "FR": ("Crédit Agricole", "BNP Paribas", "La Banque Postale"),
          "IT": ("Intesa Sanpaolo", "UniCredit", "Poste Italiane"), "ES": ("BBVA", "CaixaBank", "Santander"),
          "PL": ("PKO BP", "mBank", "Pekao"), "NL": ("ING", "Rabobank", "ABN AMRO"), "BE": ("KBC", "Belfius", "BNP Paribas Fortis"),
          "SE": ("Swedbank", "Handelsbanken", "SEB")}
_HELPLINES = ("0800 330 1000", "+49 30 2555 0100", "+33 1 70 36 00 00", "800 123 456", "+32 2 555 12 00", "0900 1234")
_PLACES = ("Venlo", "Lyon", "Bologna", "Zaragoza", "Poznań", "Antwerpen", "Malmö", "Frankfurt", "Lisbon", "Dublin")
_PRODUCTS = ("Fairphone 5", "Galaxy A55", "Nordlicht Router X2", "Pixel 8a", "eSIM starter pack")
_PL_SOUND = (("ł", "w"), ("Ł", "W"), ("sz", "sh"), ("cz", "ch"), ("rz", "zh"), ("ę", "en"), ("ą", "on"), ("w", "v"), ("W", "V"))
_DE_SOUND = (("sch", "sh"), ("ß", "ss"), ("ü", "ue"), ("ö", "oe"), ("ä", "ae"), ("ei", "ai"))


def heard(name: str, origin: str, rng: random.Random) -> str:
    """How a speech engine prints a name: folded to ASCII, Polish and German names sometimes phonetically."""
    if origin == "polish" and rng.random() < 0.35:
        for a, b in _PL_SOUND:
            name = name.replace(a, b)
    elif origin == "german" and rng.random() < 0.25:
        for a, b in _DE_SOUND:
            name = name.replace(a, b)
    name = K.fold(name)
    if rng.random() < 0.15:
        name = name.replace("-", " ")
    return name


def phone_written(rng: random.Random, country: str, n: str) -> str:
    """How a national significant number is typed in that country."""
    if country == "DE":
        split = 3 if n.startswith("1") else (2 if n[:2] in ("30", "40", "89", "69") else 3)
        local, rest = n[:split], n[split:]
        return rng.choice((f"0{local} {rest[:4]} {rest[4:]}".strip(), f"+49 {local} {rest}", f"0{local}/{rest}", f"+49 (0){local} {rest}"))
    if country == "FR":
        pairs = " ".join(("0" + n)[i:i + 2] for i in range(0, 10, 2))
        return rng.choice((pairs, f"+33 {n[0]} {' '.join(n[i:i + 2] for i in range(1, 9, 2))}", pairs.replace(" ", "."), "0" + n))
    if country == "IT":
        return rng.choice((f"{n[:3]} {n[3:6]} {n[6:]}", f"+39 {n[:3]} {n[3:]}", f"{n[:3]}-{n[3:]}", f"+39 {n[:3]} {n[3:6]} {n[6:]}"))
    if country == "ES":
        return rng.choice((f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"))
    if country == "PL":
        return rng.choice((f"{n[:3]} {n[3:6]} {n[6:]}", f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"))
    if country == "NL":
        return rng.choice((f"0{n[0]}-{n[1:]}", f"+31 {n[0]} {n[1:]}", f"0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"))
    if country == "BE":
        if n.startswith("4"):
            return rng.choice((f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n[:3]}/{n[3:]}"))
        return rng.choice((f"0{n[0]} {n[1:4]} {n[4:6]} {n[6:]}", f"+32 {n[0]} {n[1:4]} {n[4:6]} {n[6:]}"))
    return rng.choice((f"0{n[:2]}-{n[2:5]} {n[5:7]} {n[7:]}", f"+46 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"0{n[:2]} {n[2:5]} {n[5:]}"))


class ProfileR:
    """Values of one conversation; ``value(slot)`` prints one mention, ``label(slot)`` its entity."""

    PLAIN = PLAIN

    def __init__(self, customer, agent, style: str, rng: random.Random, third) -> None:
        self.customer, self.agent, self.third, self.style, self.rng = customer, agent, third, style, rng
        self.asr = style == "asr"
        self.country = c = customer.country
        self.lang = LANG[c] if not (c == "BE" and customer.origin == "dutch") else "nl"
        self.words = rng.random() < 0.45  # the engine writes digits as words in this call (else numerals)
        self.native = rng.random() < 0.2  # the customer says some digits in their own language
        self.speaker = "customer"
        birth = K.dob(rng)
        self.birth = birth
        ident, self.idname = K.national_id(rng, c, customer, birth)
        tax, self.taxname = K.vat(rng, c)
        given = K.transliterate(customer.given.split()[0].split("-")[0]).lower()
        family = re.sub(r"[ ']", "", K.transliterate(customer.surname)).lower()
        user = rng.choice((f"{given}.{family}", f"{given}{family}{rng.randint(1, 99)}", f"{given[0]}.{family}",
                           f"{given}_{birth[0] % 100:02d}", f"{family}.{given}"))
        street, post, self.city = K.address(rng, c)
        self.raw = {"TEL": K.mobile(rng, c), "ALT": K.mobile(rng, c), "LAND": K.landline(rng, c), "ID": ident, "TAX": tax,
                    "ACCT": f"{rng.randint(10, 99)}{rng.randint(100000, 999999)}", "IBAN": K.iban(rng, c), "CARD": K.card(rng),
                    "CVV": f"{rng.randint(0, 999):03d}", "EXP": (rng.randint(1, 12), rng.randint(26, 31)), "DOB": birth,
                    "MAIL": f"{user}@{rng.choice(_MAILS[c])}", "OTP": f"{rng.randint(0, 999999):06d}", "ADDR": street, "ZIP": post}
        self.bank = rng.choice(_BANKS[c])
        self._heard: dict[str, str] = {}

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileR":
        customer = names.name(origin)
        return cls(customer, names.agent(), style, rng, third=names.relative(customer.origin, customer.country))

    # -- labels ---------------------------------------------------------------------------------------------
    def label(self, slot: str) -> str:
        return E.PERSON if slot in PERSONS else KINDS[_SLOT.match(slot).group(1)]

    def origin(self, slot: str) -> str | None:
        if slot not in PERSONS:
            return None
        return {"THIRD": self.third, "STAFF": self.agent, "STAFFNAME": self.agent}.get(slot, self.customer).origin

    def plain(self, slot: str) -> str:
        rng = self.rng
        if slot == "kin":
            return rng.choice(("husband", "brother", "son", "father") if self.third.male else ("wife", "sister", "daughter", "mother"))
        fixed = {"title": self.customer.title, "idname": self.idname, "taxname": self.taxname, "acctname": _ACCTNAME[self.country],
                 "city": K.fold(self.city) if self.asr else self.city, "bank": self.bank}
        if slot in fixed:
            return fixed[slot]
        words = _WORDS[self.lang if self.speaker == "customer" else "de"][slot] if self.speaker == "customer" else None
        if words is None:
            words = {"yes_word": ("Yes", "Correct"), "ok": ("Okay", "Perfect"), "thanks": ("Thank you",), "bye": ("Goodbye",),
                     "hello": ("Hello",), "filler": ("well",), "dobcue": ("date of birth",)}[slot]
        return rng.choice(words)

    # -- values ---------------------------------------------------------------------------------------------
    def person(self, slot: str) -> str:
        c, a, t = self.customer, self.agent, self.third
        if slot == "SPELT":
            letters = [ch for ch in K.fold(c.spell).upper() if ch.isalpha()] if self.asr else [ch for ch in c.spell.upper() if ch.isalpha()]
            return (" " if self.asr else "-").join(letters)
        person, part = {"NAME": (c, "full"), "GIVEN": (c, "called"), "SURNAME": (c, "surname"), "THIRD": (t, "full"),
                        "STAFF": (a, "called"), "STAFFNAME": (a, "full")}[slot]
        value = getattr(person, part)
        if not self.asr:
            return value
        key = f"{id(person)}:{part}"
        if key not in self._heard:  # one hearing per call: the engine prints a name the same way each time
            self._heard[key] = heard(value, person.origin, self.rng) if person is not a else K.fold(value)
        return self._heard[key]

    def _spoken_digits(self, digits: str, group: int = 3) -> str:
        native = self.native and self.speaker == "customer" and self.lang in ("de", "fr", "it", "es", "pl") \
            and self.rng.random() < 0.5
        table = K.NATIVE_DIGITS[self.country if self.country != "BE" else "FR"] if native and self.country in K.NATIVE_DIGITS or (native and self.country == "BE") else K.ONES
        groups = [digits[i:i + group] for i in range(0, len(digits), group)]
        return ", ".join(" ".join(table[int(d)] for d in g) for g in groups)

    def _spoken_phone(self, n: str) -> str:
        if self.country == "FR" and self.rng.random() < 0.6:  # French pairs: "zero six, twelve, thirty-four ..."
            full = "0" + n
            return ", ".join(K.number_words(int(full[i:i + 2])) if full[i] != "0" else f"zero {K.ONES[int(full[i + 1])]}"
                             for i in range(0, 10, 2))
        lead = "zero " if self.rng.random() < 0.7 else f"plus {' '.join(K.ONES[int(d)] for d in K.CODES[self.country][1:])}, "
        return lead + self._spoken_digits(n, 3)

    def value(self, slot: str) -> str:
        m = _SLOT.match(slot)
        base, suffix = m.group(1), m.group(2)
        rng, raw = self.rng, self.raw.get(base)
        spoken = self.asr and (self.words or (suffix == "_RB" and rng.random() < 0.4))
        if base in ("TEL", "ALT", "LAND"):
            return self._spoken_phone(raw) if spoken else phone_written(rng, self.country, raw)
        if base == "MAIL":
            if self.asr:
                user, host = raw.split("@")
                if spoken or rng.random() < 0.5:
                    return f"{user.replace('.', ' dot ').replace('_', ' underscore ')} at {host.replace('.', ' dot ').replace('-', ' dash ')}"
            return raw
        if base == "DOB":
            y, mo, d = raw
            if spoken:
                return rng.choice((f"the {K.ordinal_words(d)} of {K.MONTHS[mo - 1]} {K.year_words(y)}",
                                   f"on the {K.ordinal_words(d)} of {K.MONTHS[mo - 1]}, {K.number_words(y % 100) if y % 100 >= 10 else 'oh ' + K.ONES[y % 100]}",
                                   f"{K.number_words(d)}, {K.number_words(mo)}, {K.year_words(y)}"))
            if self.asr:
                return rng.choice((f"on {d}.{mo}.{y}", f"{d} {K.MONTHS[mo - 1]} {y}", f"on the {d}th of {K.MONTHS[mo - 1]} {y}")).replace("1th", "1st").replace("2th", "2nd").replace("3th", "3rd").replace("11st", "11th").replace("12nd", "12th").replace("13rd", "13th")
            if self.country == "SE" and rng.random() < 0.6:
                return f"{y}-{mo:02d}-{d:02d}"
            return rng.choice((f"{d:02d}.{mo:02d}.{y}", f"{d}.{mo}.{y}", f"{d:02d}/{mo:02d}/{y}", f"{d:02d}/{mo:02d}/{y % 100:02d}",
                               f"{d:02d}-{mo:02d}-{y}"))
        if base == "EXP":
            mo, y = raw
            if spoken:
                return rng.choice((f"{K.number_words(mo)} {K.number_words(y)}", f"{K.MONTHS[mo - 1]} twenty {K.number_words(y)}"))
            return rng.choice((f"{mo:02d}/{y}", f"{mo:02d}/20{y}", f"{mo:02d}-{y}"))
        if base == "ADDR":
            if not self.asr:
                return raw
            text = K.fold(raw).replace("o", "o")
            if spoken:
                text = re.sub(r"\d+", lambda mm: K.number_words(int(mm.group())), text)
            return text.replace("ul. ", "ulica ").replace("al. ", "aleja ").replace("º", "")
        if base == "ZIP":
            if spoken:
                return self._spoken_digits(re.sub(r"\D", "", raw), 5) + (" " + " ".join(raw[-2:]) if self.country == "NL" else "")
            return raw
        if base == "CARD":
            return self._spoken_digits(raw, 4) if spoken else rng.choice((" ".join(raw[i:i + 4] for i in range(0, 16, 4)), raw))
        if base in ("CVV", "OTP"):
            return self._spoken_digits(raw, 3) if spoken else raw
        if base == "IBAN":
            if spoken:
                return f"{' '.join(raw[:2])} {self._spoken_digits(raw[2:4], 2)}, " + ", ".join(
                    " ".join(K.ONES[int(ch)] if ch.isdigit() else ch for ch in raw[i:i + 4]) for i in range(4, len(raw), 4))
            return K.iban_grouped(raw) if rng.random() < 0.7 else raw
        if base in ("ID", "TAX", "ACCT"):
            if spoken and not re.search(r"[A-Z]", raw):
                return self._spoken_digits(re.sub(r"\D", "", raw), 3)
            if spoken:
                return " ".join(K.ONES[int(ch)] if ch.isdigit() else ch for ch in re.sub(r"[^A-Z0-9]", "", raw))
            if base == "ID" and self.country == "DE" and rng.random() < 0.5:
                return f"{raw[:2]} {raw[2:5]} {raw[5:8]} {raw[8:]}"
            if base == "ID" and self.country == "FR" and rng.random() < 0.6:
                return f"{raw[0]} {raw[1:3]} {raw[3:5]} {raw[5:7]} {raw[7:10]} {raw[10:13]} {raw[13:]}"
            if base == "ACCT":
                return rng.choice((raw, f"{raw[:2]}-{raw[2:]}", f"KD{raw}"))
            return raw
        raise KeyError(slot)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        """A NEUTRAL value: euro amounts with comma decimals, event dates, times, durations, helplines, order
        references, cities where the business is, product names."""
        spoken = self.asr and self.words
        if kind == "money":
            euros, cents = rng.choice((12, 49, 89, 129, 349, 1249)), rng.choice((0, 50, 90, 99))
            if spoken:
                return f"{K.number_words(euros)} euros" + (f" {K.number_words(cents)}" if cents else "")
            amount = f"{euros:,}".replace(",", ".") + f",{cents:02d}"
            return rng.choice((f"{amount} €", f"€ {amount}", f"{amount} EUR", f"€{amount}"))
        if kind == "date":
            d, mo = rng.randint(1, 28), rng.randint(9, 12)
            if spoken:
                return f"the {K.ordinal_words(d)} of {K.MONTHS[mo - 1]}"
            return rng.choice((f"{d}.{mo}.", f"{d:02d}/{mo:02d}", f"{d} {K.MONTHS[mo - 1]}"))
        if kind == "time":
            h, mi = rng.randint(7, 20), rng.choice((0, 15, 30, 45))
            return f"{K.number_words(h)} {K.number_words(mi) if mi else 'o clock'}" if spoken else f"{h}:{mi:02d}"
        if kind == "span":
            n, unit = rng.choice(((3, "working days"), (5, "working days"), (48, "hours"), (14, "days")))
            return f"{K.number_words(n)} {unit}" if spoken else f"{n} {unit}"
        if kind == "helpline":
            return rng.choice(_HELPLINES)
        if kind == "order":
            return rng.choice((f"ER-{rng.randint(1000000, 9999999)}", f"PK{rng.randint(10000000, 99999999)}DE",
                               f"#{rng.randint(100000, 999999)}", f"NL-{rng.randint(10000, 99999)}-{rng.choice('ABCX')}"))
        if kind == "place":
            place = rng.choice(_PLACES)
            return K.fold(place) if self.asr else place
        if kind == "product":
            return rng.choice(_PRODUCTS)
        raise KeyError(kind)
