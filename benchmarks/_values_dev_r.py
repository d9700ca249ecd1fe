"""Raw values of the ``dev_r`` family (Germany, France, Italy, Spain, Poland, the Netherlands, Belgium, Sweden) with
real shapes. Check digits by python-stdnum: every identifier is drawn and completed until its module accepts it
(Steuer-ID, NIR, codice fiscale, DNI / NIE, PESEL, numéro national, personnummer, BSN, VAT numbers, IBAN). Phone
ranges are checked with ``phonenumbers`` in the tests. Written blind.
"""
from __future__ import annotations

import random
import string
import unicodedata

from stdnum import iban as _iban
from stdnum import luhn
from stdnum.be import nn as _nn
from stdnum.be import vat as _be_vat
from stdnum.de import idnr as _idnr
from stdnum.de import vat as _de_vat
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nir as _nir
from stdnum.fr import tva as _tva
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.nl import bsn as _bsn
from stdnum.nl import btw as _btw
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.se import personnummer as _pnr

COUNTRIES = ("DE", "FR", "IT", "ES", "PL", "NL", "BE", "SE")
CODES = {"DE": "+49", "FR": "+33", "IT": "+39", "ES": "+34", "PL": "+48", "NL": "+31", "BE": "+32", "SE": "+46"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
# digits as a non-native speaker may say them in their own language now and then
NATIVE_DIGITS = {"DE": ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"),
                 "FR": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
                 "IT": ("zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"),
                 "ES": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
                 "PL": ("zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć")}


def number_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + number_words(n % 100))
    return number_words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + number_words(n % 1000))


def ordinal_words(n: int) -> str:
    if n in _ORD:
        return _ORD[n]
    if n < 20:
        return ONES[n] + "th"
    tens, one = divmod(n, 10)
    if one == 0:
        return _TENS[tens][:-1] + "ieth"
    return f"{_TENS[tens]}-{ordinal_words(one)}"


def year_words(y: int) -> str:
    if y >= 2000:
        return number_words(y).replace(" thousand ", " thousand and ") if y % 1000 < 100 else number_words(y)
    return f"{number_words(y // 100)} {number_words(y % 100)}" if y % 100 >= 10 else f"{number_words(y // 100)} oh {ONES[y % 100]}"


def digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def fold(word: str) -> str:
    """Diacritics stripped (``Łukasz`` -> ``Lukasz``), as an ASR engine or an e-mail address has them."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def transliterate(word: str) -> str:
    """German e-mail style: ``ü`` -> ``ue``, ``ö`` -> ``oe``, ``ä`` -> ``ae``, ``ß`` -> ``ss``, then folded."""
    for a, b in (("ü", "ue"), ("ö", "oe"), ("ä", "ae"), ("Ü", "Ue"), ("Ö", "Oe"), ("Ä", "Ae"), ("å", "aa"), ("Å", "Aa")):
        word = word.replace(a, b)
    return fold(word)


def dob(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28)


def _complete(body: str, alphabet: str, valid) -> str:
    for ch in alphabet:
        if valid(body + ch):
            return body + ch
    raise ValueError(body)


def _retry(make, valid, rng: random.Random) -> str:
    while True:
        value = make()
        if valid(value):
            return value


# -- national identifiers ------------------------------------------------------------------------------------------
def steuer_id(rng: random.Random) -> str:
    """German Steuerliche Identifikationsnummer, 11 digits, printed ``12 345 678 901`` or run together."""
    def make():
        body = digits(rng, 10)
        try:
            return _complete(body, string.digits, _idnr.is_valid)
        except ValueError:
            return ""
    return _retry(make, _idnr.is_valid, rng)


def nir(rng: random.Random, birth, male: bool) -> str:
    """French NIR (sécurité sociale): sex, year, month, département, commune, order, 2-digit key."""
    y, m, _ = birth
    body = f"{1 if male else 2}{y % 100:02d}{m:02d}{rng.choice(('75', '69', '13', '33', '59', '31', '44', '67'))}" \
           f"{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    return body + _nir.calc_check_digits(body)


_CF_MONTH = "ABCDEHLMPRST"


def _cf_part(name: str, given: bool) -> str:
    letters = [c for c in fold(name).upper() if c.isalpha()]
    cons = [c for c in letters if c not in "AEIOU"]
    vowels = [c for c in letters if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join((cons + vowels + ["X", "X", "X"])[:3])


def codice_fiscale(rng: random.Random, surname: str, given: str, birth, male: bool) -> str:
    y, m, d = birth
    body = f"{_cf_part(surname, False)}{_cf_part(given, True)}{y % 100:02d}{_CF_MONTH[m - 1]}{d + (0 if male else 40):02d}" \
           f"{rng.choice('FHLGAD')}{rng.randint(100, 999)}"
    return body + _cf.calc_check_digit(body)


def dni(rng: random.Random) -> str:
    body = digits(rng, 8, "0123456789"[1:])
    return body + _dni.calc_check_digit(body)


def nie(rng: random.Random) -> str:
    body = rng.choice("XYZ") + digits(rng, 7, "0123456789")
    return body + _nie.calc_check_digit(body)


def pesel(rng: random.Random, birth, male: bool) -> str:
    y, m, d = birth
    month = m + (20 if y >= 2000 else 0)
    serial = f"{rng.randint(0, 999):03d}{rng.choice('13579' if male else '02468')}"
    body = f"{y % 100:02d}{month:02d}{d:02d}{serial}"
    return body + _pesel.calc_check_digit(body)


def numero_national(rng: random.Random, birth, male: bool) -> str:
    """Belgian rijksregisternummer / numéro national ``85.07.30-033.28``."""
    y, m, d = birth
    def make():
        serial = rng.randint(1, 997)
        serial += (serial % 2 == 0) == male  # odd for men, even for women
        body = f"{y % 100:02d}{m:02d}{d:02d}{serial:03d}"
        base = int(("2" if y >= 2000 else "") + body)
        return body + f"{97 - base % 97:02d}"
    number = _retry(make, _nn.is_valid, rng)
    return f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"


def personnummer(rng: random.Random, birth) -> str:
    y, m, d = birth
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    full = body + str(luhn.calc_check_digit(body))
    return f"{full[:6]}-{full[6:]}"


def bsn(rng: random.Random) -> str:
    return _retry(lambda: digits(rng, 9), _bsn.is_valid, rng)


def national_id(rng: random.Random, country: str, person, birth) -> tuple[str, str]:
    """(raw id, the name callers give it)."""
    if country == "DE":
        return steuer_id(rng), "Steuer-ID"
    if country == "FR":
        return nir(rng, birth, person.male), "numéro de sécu"
    if country == "IT":
        return codice_fiscale(rng, person.surname, person.given, birth, person.male), "codice fiscale"
    if country == "ES":
        return (dni(rng), "DNI") if rng.random() < 0.7 else (nie(rng), "NIE")
    if country == "PL":
        return pesel(rng, birth, person.male), "PESEL"
    if country == "NL":
        return bsn(rng), "BSN"
    if country == "BE":
        return numero_national(rng, birth, person.male), "national number"
    return personnummer(rng, birth), "personnummer"


def vat(rng: random.Random, country: str) -> tuple[str, str]:
    """A sole trader's VAT / tax number and what it is called."""
    if country == "DE":
        return "DE" + _complete(digits(rng, 8), string.digits, lambda v: _de_vat.is_valid("DE" + v)), "USt-IdNr."
    if country == "FR":
        siren = _complete(digits(rng, 8), string.digits, lambda v: luhn.is_valid(v))
        key = (12 + 3 * (int(siren) % 97)) % 97
        return f"FR{key:02d}{siren}", "numéro de TVA"
    if country == "IT":
        body = digits(rng, 7, "0123") + f"{rng.randint(1, 99):03d}"
        return "IT" + _complete(body, string.digits, lambda v: _iva.is_valid(v)), "partita IVA"
    if country == "ES":
        return dni(rng), "NIF"
    if country == "PL":
        number = _retry(lambda: digits(rng, 10), _nip.is_valid, rng)
        return f"{number[:3]}-{number[3:6]}-{number[6:8]}-{number[8:]}", "NIP"
    if country == "NL":
        return _retry(lambda: f"NL{bsn(rng)}B{rng.randint(1, 99):02d}", _btw.is_valid, rng), "btw-nummer"
    if country == "BE":
        return _retry(lambda: "BE0" + digits(rng, 9), _be_vat.is_valid, rng), "BTW number"
    number = _retry(lambda: digits(rng, 10, "5"), lambda v: luhn.is_valid(v), rng)
    return f"SE{number}01", "momsnummer"


# -- banking -------------------------------------------------------------------------------------------------------
_BBAN = {"DE": lambda r: digits(r, 8, "1234567") + digits(r, 10, "0123456789"),
         "FR": lambda r: f"{digits(r, 5)}{digits(r, 5)}{digits(r, 11, '0')}{r.randint(10, 97)}",
         "IT": lambda r: r.choice(string.ascii_uppercase) + digits(r, 10, "0") + digits(r, 12, "0"),
         "ES": lambda r: digits(r, 20, "0123456789"), "PL": lambda r: digits(r, 24),
         "NL": lambda r: r.choice(("ABNA", "INGB", "RABO", "SNSB", "TRIO")) + digits(r, 10, "0"),
         "BE": lambda r: digits(r, 12, "0123456789"), "SE": lambda r: digits(r, 20, "5")}
_LEN = {"DE": 22, "FR": 27, "IT": 27, "ES": 24, "PL": 28, "NL": 18, "BE": 16, "SE": 24}


def iban(rng: random.Random, country: str) -> str:
    def make():
        bban = _BBAN[country](rng)
        number = f"{country}00{bban}"
        check = 98 - int(_iban._to_base10(number[4:] + number[:4])) % 97 if hasattr(_iban, "_to_base10") else None
        if check is None:
            num = "".join(str(int(c, 36)) for c in bban + country + "00")
            check = 98 - int(num) % 97
        return f"{country}{check:02d}{bban}"
    return _retry(make, lambda v: _iban.is_valid(v) and len(v) == _LEN[country], rng)


def iban_grouped(value: str) -> str:
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


def card(rng: random.Random) -> str:
    prefix = rng.choice(("4", "51", "52", "53", "55"))
    body = prefix + "".join(rng.choice(string.digits) for _ in range(15 - len(prefix)))
    return body + luhn.calc_check_digit(body)


# -- phones (national significant numbers) ---------------------------------------------------------------------------
def mobile(rng: random.Random, country: str) -> str:
    if country == "DE":
        prefix = rng.choice(("151", "152", "160", "170", "171", "176", "157"))
        return prefix + digits(rng, 8 if prefix.startswith("15") or rng.random() < 0.7 else 7, "0123456789")
    if country == "FR":
        return "6" + digits(rng, 8, "0124578") if rng.random() < 0.75 else "7" + digits(rng, 8, "345678")
    if country == "IT":
        return rng.choice(("320", "328", "333", "338", "347", "349", "366", "393")) + digits(rng, 7)
    if country == "ES":
        return "6" + digits(rng, 8) if rng.random() < 0.8 else "7" + digits(rng, 8, "1234")
    if country == "PL":
        return rng.choice(("50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88")) + digits(rng, 7)
    if country == "NL":
        return "6" + digits(rng, 8, "123458")
    if country == "BE":
        return rng.choice(("470", "472", "475", "476", "477", "478", "479", "485", "486", "494", "495", "496")) + digits(rng, 6)
    return rng.choice(("70", "72", "73", "76")) + digits(rng, 7)


def landline(rng: random.Random, country: str) -> str:
    if country == "DE":
        return rng.choice(("30", "40", "89", "221", "69", "711")) + digits(rng, 7)
    if country == "FR":
        return rng.choice("134") + digits(rng, 8, "12345678")
    if country == "IT":
        return rng.choice(("02", "06", "011", "055", "081")) + digits(rng, 7)
    if country == "ES":
        return rng.choice(("91", "93", "95", "96")) + digits(rng, 7)
    if country == "PL":
        return rng.choice(("22", "12", "61", "71", "58")) + digits(rng, 7)
    if country == "NL":
        return rng.choice(("20", "10", "70", "30")) + digits(rng, 7)
    if country == "BE":
        return rng.choice(("2", "3")) + digits(rng, 7, "2345678")
    return rng.choice(("8", "31", "40")) + digits(rng, 7)


# -- addresses -----------------------------------------------------------------------------------------------------
_STREETS = {
    "DE": (("Berlin", "10"), ("Hamburg", "2"), ("München", "8"), ("Köln", "50"), ("Leipzig", "04"), ("Stuttgart", "70")),
    "FR": (("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "3100"), ("Nantes", "4400"), ("Lille", "5900")),
    "IT": (("Milano", "201"), ("Roma", "001"), ("Torino", "101"), ("Napoli", "801"), ("Bologna", "401"), ("Firenze", "501")),
    "ES": (("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Zaragoza", "500"), ("Bilbao", "480")),
    "PL": (("Warszawa", "0"), ("Kraków", "3"), ("Wrocław", "5"), ("Gdańsk", "80"), ("Poznań", "6"), ("Łódź", "9")),
    "NL": (("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56")),
    "BE": (("Bruxelles", "10"), ("Antwerpen", "20"), ("Gent", "90"), ("Liège", "40"), ("Leuven", "30")),
    "SE": (("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75")),
}
_ROADS = {
    "DE": ("Hauptstraße", "Bahnhofstraße", "Lindenallee", "Goethestraße", "Schillerstraße", "Am Mühlbach", "Gartenweg",
           "Friedrich-Ebert-Straße", "Kastanienweg", "Rosenstraße"),
    "FR": ("rue de la Paix", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas", "chemin des Vignes",
           "rue du Général Leclerc", "allée des Tilleuls", "place de la République", "rue Victor Hugo"),
    "IT": ("Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Viale dei Mille", "Via Giuseppe Verdi",
           "Piazza della Libertà", "Via dei Tigli", "Via Cavour"),
    "ES": ("Calle Mayor", "Avenida de la Constitución", "Calle del Pez", "Paseo de Gracia", "Calle Alcalá",
           "Plaza de España", "Calle San Vicente", "Ronda de Toledo"),
    "PL": ("ul. Marszałkowska", "ul. Piotrkowska", "al. Jerozolimskie", "ul. Długa", "ul. Świętokrzyska",
           "ul. Kościuszki", "os. Złota Jesień", "ul. Żeromskiego"),
    "NL": ("Kerkstraat", "Prinsengracht", "Dorpsstraat", "Molenweg", "Stationsplein", "Julianalaan", "Hoofdstraat"),
    "BE": ("Rue Neuve", "Meir", "Chaussée de Wavre", "Korenmarkt", "Avenue Louise", "Kerkstraat", "Rue de Namur"),
    "SE": ("Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Götgatan", "Björkvägen"),
}


def postcode(rng: random.Random, country: str, prefix: str) -> str:
    if country in ("DE", "FR", "IT", "ES"):
        return (prefix + digits(rng, 5, "0123456789"))[:5] if len(prefix) < 5 else prefix[:5]
    if country == "PL":
        code = (prefix + digits(rng, 5, "0123456789"))[:5]
        return f"{code[:2]}-{code[2:]}"
    if country == "NL":
        return f"{(prefix + digits(rng, 4, '0123456789'))[:4]} {rng.choice('ABCEGHJKLMNPRSTVWXZ')}{rng.choice('ABCEGHJKLMNPRSTVWXZ')}"
    if country == "BE":
        return (prefix + digits(rng, 4, "0123456789"))[:4]
    code = (prefix + digits(rng, 5, "0123456789"))[:5]
    return f"{code[:3]} {code[3:]}"


def address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street line in local order, postcode, city)."""
    city, prefix = rng.choice(_STREETS[country])
    road, n = rng.choice(_ROADS[country]), rng.randint(1, 140)
    if country in ("DE", "NL", "SE"):
        street = f"{road} {n}" + (rng.choice(("a", "b", "")) if country != "SE" and rng.random() < 0.3 else "")
        if country == "NL" and rng.random() < 0.3:
            street += f"-{rng.choice(('I', 'II', 'hs'))}"
        if country == "SE" and rng.random() < 0.3:
            street += f", lgh {rng.randint(1001, 1404)}"
    elif country == "FR":
        street = f"{n}{rng.choice(('', '', ' bis'))} {road}"
        if rng.random() < 0.3:
            street = f"Bât. {rng.choice('ABC')}, {street}"
    elif country == "IT":
        street = f"{road} {n}" if rng.random() < 0.6 else f"{road}, {n}"
        if rng.random() < 0.3:
            street += f", int. {rng.randint(1, 20)}"
    elif country == "ES":
        street = f"{road} {n}, {rng.randint(1, 9)}º {rng.choice('ABCD')}" if rng.random() < 0.6 else f"{road}, {n}"
    elif country == "PL":
        street = f"{road} {n}/{rng.randint(1, 60)}" if rng.random() < 0.7 else f"{road} {n}"
    else:
        street = f"{road} {n}" + (f" bte {rng.randint(1, 12)}" if rng.random() < 0.3 else "")
    return street, postcode(rng, country, prefix), city
