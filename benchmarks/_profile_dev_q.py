"""The ``dev_q`` conversation profile: the customer (Mexico, Colombia, Brazil, Argentina, Chile or a US Hispanic
caller), a relative, the agent, the digit mode of the call, one raw value per kind printed afresh at each mention,
and the neutral look-alikes.

Slots: ``BASE`` a mention; ``_RB`` a read-back by the agent; ``_END4`` last four. Persons: ``NAME GIVEN NICK SURNAME
SPELT THIRD STAFF STAFFNAME``. Lower-case slots are plain words (``PLAIN``) or neutral look-alikes (``distractor``).
"""
from __future__ import annotations

import random
import re
import unicodedata

from benchmarks import _values_dev_q as K
from recognizers import entities as E

PERSONS = ("NAME", "GIVEN", "NICK", "SURNAME", "SPELT", "THIRD", "STAFF", "STAFFNAME")
KINDS = {"DOB": E.DATE_OF_BIRTH, "TEL": E.PHONE_NUMBER, "ALT": E.PHONE_NUMBER, "LAND": E.PHONE_NUMBER,
         "MAIL": E.EMAIL_ADDRESS, "ADDR": E.STREET_ADDRESS, "ZIP": E.POSTCODE, "CARD": E.CREDIT_CARD,
         "EXP": E.CARD_EXPIRY, "CVV": E.CARD_CVV, "ACCT": E.ACCOUNT_NUMBER, "IBAN": E.IBAN_CODE, "ID": E.NATIONAL_ID,
         "TAX": E.NATIONAL_ID, "OTP": E.AUTH_CODE}
_SLOT = re.compile(r"^([A-Z]+?)(_RB|_END4)?$")
PLAIN = frozenset({"title", "yes", "ok", "thanks", "bye", "bank", "city", "idname", "taxname", "acctname", "cur",
                   "oye", "filler", "kin", "spouse", "zipcue", "dobcue",
                   "mi", "card", "code", "wish", "bankcue"})
_WORDS = {"yes": ("sí, correct", "yes, exacto", "that's right, sí", "yes yes, o sea, that one"),
          "ok": ("okay, dale", "vale, perfect", "ok pues", "órale, okay", "ya, okay"),
          "thanks": ("gracias", "muchas gracias", "thank you, muy amable"),
          "bye": ("chao", "bye, cuídese", "bye bye, gracias", "hasta luego"),
          "oye": ("oye", "mira", "escucha", "hey"), "filler": ("o sea", "pues", "este", "bueno"),
          "mi": ("mi",), "card": ("tarjeta",), "code": ("el código es",), "wish": ("que esté bien",), "bankcue": ("banco",)}
_PALAVRAS = {"yes": ("sim, correct", "isso, that's it", "yes, isso mesmo", "exato, yes"),
             "ok": ("beleza, okay", "tá bom, okay", "ok, tranquilo", "fechou, okay"),
             "thanks": ("obrigado", "valeu, thanks", "muito obrigado"), "bye": ("tchau tchau", "bye, valeu", "até mais"),
             "oye": ("olha", "então", "hey"), "filler": ("tipo", "né", "então", "assim"),
             "mi": ("meu",), "card": ("cartão",), "code": ("o código é",), "wish": ("tudo de bom",), "bankcue": ("banco",)}
_MAILS = {"MX": ("gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx"),
          "BR": ("gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "yahoo.com.br"),
          "CO": ("gmail.com", "hotmail.com", "outlook.com", "yahoo.es"), "AR": ("gmail.com", "hotmail.com", "fibertel.com.ar", "yahoo.com.ar"),
          "CL": ("gmail.com", "hotmail.com", "vtr.net", "outlook.cl"), "US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com")}
_CUR = {"MX": ("MXN", "pesos"), "BR": ("R$", "reais"), "CO": ("COP", "pesos"), "AR": ("ARS", "pesos"), "CL": ("CLP", "pesos"),
        "US": ("USD", "dollars")}
_LINES = {"MX": ("800 123 4455", "55 5140 0000"), "BR": ("0800 727 0101", "4004 0001"), "CO": ("01 8000 912 345", "601 307 7000"),
          "AR": ("0810 555 2020", "0800 333 4455"), "CL": ("600 600 2222", "800 20 1234"), "US": ("1-800-555-0199", "1-888-555-0142")}
IDNAME = {"MX": "CURP", "BR": "CPF", "CO": "cédula", "AR": "DNI", "CL": "RUT", "US": "Social Security number"}
TAXNAME = {"MX": "RFC", "BR": "CNPJ", "CO": "NIT", "AR": "CUIT", "CL": "RUT de la empresa", "US": "ITIN"}
ACCTNAME = {"MX": "CLABE", "BR": "agência e conta", "CO": "número de cuenta", "AR": "CBU", "CL": "número de cuenta", "US": "account number"}
_BANKS = {"MX": ("BBVA México", "Banorte", "Santander"), "BR": ("Itaú", "Banco do Brasil", "Nubank", "Bradesco"),
          "CO": ("Bancolombia", "Davivienda"), "AR": ("Banco Galicia", "Banco Nación"), "CL": ("BancoEstado", "Banco de Chile"),
          "US": ("Chase", "Wells Fargo")}


def _ascii(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn").lower()


def phone_written(rng: random.Random, country: str, n: str) -> str:
    """How a national significant number is typed in that country (``+52 1 55 1234 5678`` WhatsApp style, ...)."""
    if country == "MX":
        return rng.choice((f"{n[:2]} {n[2:6]} {n[6:]}", f"+52 1 {n[:2]} {n[2:6]} {n[6:]}", f"+52 {n[:2]} {n[2:6]} {n[6:]}", n))
    if country == "BR":
        tail = f"{n[2:-4]}-{n[-4:]}"
        return rng.choice((f"({n[:2]}) {tail}", f"+55 {n[:2]} {tail}", f"{n[:2]} {tail}"))
    if country == "CO":
        return rng.choice((f"{n[:3]} {n[3:6]} {n[6:]}", f"+57 {n[:3]} {n[3:]}", f"+57 {n[:3]} {n[3:6]} {n[6:]}"))
    if country == "AR":
        if n.startswith("9"):
            return rng.choice((f"+54 9 {n[1:3]} {n[3:7]}-{n[7:]}", f"+54 9 {n[1:3]} {n[3:7]} {n[7:]}"))
        return rng.choice((f"{n[:2]} {n[2:6]}-{n[6:]}", f"+54 {n[:2]} {n[2:6]}-{n[6:]}"))
    if country == "CL":
        return rng.choice((f"+56 {n[0]} {n[1:5]} {n[5:]}", f"{n[0]} {n[1:5]} {n[5:]}"))
    return rng.choice((f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}"))


class ProfileQ:
    """Values of one conversation; ``value(slot)`` prints one mention, ``label(slot)`` its entity."""

    PLAIN = PLAIN

    def __init__(self, customer, agent, style: str, rng: random.Random, third) -> None:
        self.customer, self.agent, self.third, self.style, self.rng = customer, agent, third, style, rng
        self.asr = style == "asr"
        self.country = c = customer.country
        self.words = rng.random() < 0.45  # digits said as words in this call (else Otter prints numerals)
        self.native = rng.random() < 0.25  # the customer reads digits in Spanish / Portuguese now and then
        self.cased = rng.random() < 0.8
        self.speaker = "customer"
        birth = K.dob(rng)
        cu = customer
        ident = {"MX": lambda: K.curp(rng, cu.given, cu.paternal, cu.maternal, birth, cu.male), "BR": lambda: K.cpf(rng),
                 "CO": lambda: K.cedula_co(rng), "AR": lambda: K.dni_ar(rng), "CL": lambda: K.rut(rng),
                 "US": lambda: K.ssn(rng)}[c]()
        tax = {"MX": lambda: K.rfc(rng, cu.given, cu.paternal, cu.maternal, birth), "BR": lambda: K.cnpj(rng),
               "CO": lambda: K.nit(rng), "AR": lambda: K.cuit(rng, ident, cu.male), "CL": lambda: K.rut(rng),
               "US": lambda: f"9{rng.randint(10, 99)}-{rng.choice((70, 78, 88, 92))}-{rng.randint(1000, 9999)}"}[c]()
        handle, other = _ascii(cu.called.split()[0]), _ascii(cu.spell).replace(" ", "")
        user = rng.choice((f"{handle}.{other}", f"{handle}{other}{rng.randint(1, 99)}", f"{handle}_{birth[0] % 100:02d}",
                           f"{_ascii(cu.nick)}.{other}", f"{other}.{handle[:1]}{rng.randint(70, 99)}"))
        street, self.city, post = K.address(rng, c)
        self.raw = {"TEL": K.mobile(rng, c), "ALT": K.mobile(rng, c), "LAND": K.landline(rng, c), "ID": ident, "TAX": tax,
                    "ACCT": K.bank_account(rng, c), "IBAN": K.iban_br(rng), "CARD": K.card(rng),
                    "CVV": f"{rng.randint(0, 999):03d}", "EXP": (rng.randint(1, 12), rng.randint(27, 31)), "DOB": birth,
                    "MAIL": f"{user}@{rng.choice(_MAILS[c])}", "OTP": f"{rng.randint(0, 999999):06d}", "ADDR": street, "ZIP": post}
        self.bank = rng.choice(_BANKS[c])

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileQ":
        customer = names.name(origin)
        return cls(customer, names.agent(), style, rng, third=names.relative(customer.origin, customer.country))

    # -- labels ---------------------------------------------------------------------------------------------
    def label(self, slot: str) -> str:
        if slot in PERSONS:
            return E.PERSON
        base = _SLOT.match(slot).group(1)
        if base == "ID" and self.country == "US":
            return E.US_SSN
        if base == "ZIP" and self.country == "US":
            return E.ZIP_CODE
        return KINDS[base]

    def origin(self, slot: str) -> str | None:
        if slot not in PERSONS:
            return None
        return {"THIRD": self.third, "STAFF": self.agent, "STAFFNAME": self.agent}.get(slot, self.customer).origin

    def plain(self, slot: str) -> str:
        if slot in ("kin", "spouse"):
            male = self.third.male
            words = ("husband",) if slot == "spouse" and male else ("wife",) if slot == "spouse" else \
                ("brother", "cousin", "dad", "uncle") if male else ("sister", "cousin", "mom", "aunt")
            return self.rng.choice(words)
        zipcue = {"MX": "CP", "BR": "CEP", "US": "ZIP"}.get(self.country, "código postal")
        dobcue = "data de nascimento" if self.country == "BR" else "fecha de nacimiento"
        fixed = {"dobcue": dobcue, "zipcue": zipcue, "title": self.customer.title, "bank": self.bank, "city": self.city, "idname": IDNAME[self.country],
                 "taxname": TAXNAME[self.country], "acctname": ACCTNAME[self.country], "cur": _CUR[self.country][0]}
        words = _PALAVRAS if self.country == "BR" and self.speaker == "customer" else _WORDS
        return fixed[slot] if slot in fixed else self.rng.choice(words[slot])

    # -- values ---------------------------------------------------------------------------------------------
    def _case(self, text: str) -> str:
        return text if self.cased or not self.asr else text.lower()

    def person(self, slot: str) -> str:
        c, a = self.customer, self.agent
        value = {"NAME": c.full, "GIVEN": c.called, "NICK": c.nick, "SURNAME": c.surname, "THIRD": self.third.full,
                 "STAFF": a.called, "STAFFNAME": a.full}.get(slot)
        if slot == "SPELT":
            letters = [ch for ch in c.spell.upper() if ch.isalpha()]
            return (" " if self.asr else "-").join(letters)
        return self._case(value)

    def _spoken_digits(self, digits: str) -> str:
        table = K.DIGITS_PT if self.country == "BR" else K.DIGITS_ES
        native = self.native and self.speaker == "customer" and self.rng.random() < 0.5
        out, groups = [], re.findall(r"\d{1,4}", digits)
        for g in groups:
            out.append(" ".join((table if native else K._ONES)[int(d)] for d in g))
        return ", ".join(out)

    def value(self, slot: str) -> str:
        m = _SLOT.match(slot)
        base, suffix = m.group(1), m.group(2)
        rng, raw = self.rng, self.raw.get(base)
        spoken = self.asr and (self.words or (suffix == "_RB" and rng.random() < 0.5))
        if base in ("TEL", "ALT", "LAND"):
            if suffix == "_END4":
                return self._spoken_digits(raw[-4:]) if spoken else raw[-4:]
            return self._spoken_digits(raw) if spoken else phone_written(rng, self.country, raw)
        if base == "MAIL":
            if self.asr and rng.random() < 0.5:
                user, host = raw.split("@")
                return f"{user.replace('.', ' dot ').replace('_', ' underscore ')} at {host.replace('.', ' dot ')}"
            return raw
        if base == "DOB":
            y, mo, d = raw
            if spoken:
                return rng.choice((f"{K.MONTHS[mo - 1]} {K.number_words(d)}, {K.year_words(y)}",
                                   f"the {K.number_words(d)} of {K.MONTHS[mo - 1]}, {K.year_words(y)}"))
            meses = K.MESES_PT if self.country == "BR" else K.MESES
            return rng.choice((f"{d:02d}/{mo:02d}/{y}", f"{d}/{mo}/{y}", f"{d} de {meses[mo - 1]} de {y}",
                               f"{d:02d}-{mo:02d}-{y}", f"{K.MONTHS[mo - 1]} {d}, {y}"))
        if base == "EXP":
            mo, y = raw
            return f"{K.number_words(mo)} {K.number_words(y)}" if spoken else rng.choice((f"{mo:02d}/{y}", f"{mo:02d}/20{y}"))
        if base in ("ADDR", "ZIP"):
            return raw
        if base == "CARD":
            if suffix == "_END4":
                return self._spoken_digits(raw[-4:]) if spoken else raw[-4:]
            return self._spoken_digits(raw) if spoken else " ".join(raw[i:i + 4] for i in range(0, 16, 4))
        if base in ("CVV", "OTP"):
            return self._spoken_digits(raw) if spoken else (raw if base == "CVV" or rng.random() < 0.6 else f"{raw[:3]} {raw[3:]}")
        if base in ("ACCT", "ID", "TAX") and spoken and not re.search(r"[A-Z]", raw):
            return self._spoken_digits(re.sub(r"\D", "", raw))
        if base == "ID" and self.country == "MX" and self.asr:
            return " ".join(raw) if rng.random() < 0.5 else raw
        if base == "ACCT" and self.country in ("MX", "AR") and not self.asr and rng.random() < 0.4:
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        return raw

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        """A NEUTRAL value: amounts, dates, times, durations, helplines, order and ticket references."""
        spoken = self.asr and self.words
        if kind == "money":
            n = rng.choice((89, 349, 1250, 4800, 12500))
            code, word = _CUR[self.country]
            if spoken:
                return f"{K.number_words(n)} {word}"
            if code == "R$":
                return f"R$ {n:,}".replace(",", ".") + ",00"
            return rng.choice((f"{code} {n:,}.00", f"${n:,} {code}"))
        if kind == "date":
            d, mo = rng.randint(1, 28), rng.randint(10, 11)
            return f"the {K.number_words(d)} of {K.MONTHS[mo - 1]}" if spoken else rng.choice((f"{d}/{mo}", f"{d} de {K.MESES[mo - 1]}"))
        if kind == "span":
            n, unit = rng.choice(((3, "business days"), (5, "días hábiles"), (48, "hours"), (10, "days")))
            return f"{K.number_words(n)} {unit}" if spoken else f"{n} {unit}"
        if kind == "helpline":
            return rng.choice(_LINES[self.country])
        if kind == "order":
            return rng.choice((f"PED-{rng.randint(100000, 999999)}", f"#{rng.choice('ABCX')}{rng.randint(1000000, 9999999)}",
                               f"INC{rng.randint(1000000, 9999999)}"))
        raise KeyError(kind)
