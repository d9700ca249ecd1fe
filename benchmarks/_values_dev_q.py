"""Raw values of the ``dev_q`` family (Mexico, Colombia, Brazil, Argentina, Chile, US Hispanic) with real shapes.

Check digits by python-stdnum where it has the scheme (CURP, RFC, CPF, CNPJ, NIT, CUIT, CBU, RUT, IBAN); the Mexican
CLABE by its published 3-7-1 weights. Phone ranges were checked with ``phonenumbers`` (tests). Written blind.
"""
from __future__ import annotations

import random
import unicodedata

from stdnum import iban as _iban
from stdnum import luhn
from stdnum.ar import cbu as _cbu
from stdnum.ar import cuit as _cuit
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.cl import rut as _rut
from stdnum.co import nit as _nit
from stdnum.mx import curp as _curp
from stdnum.mx import rfc as _rfc

COUNTRIES = ("MX", "CO", "BR", "AR", "CL", "US")
CODES = {"MX": "+52", "CO": "+57", "BR": "+55", "AR": "+54", "CL": "+56", "US": "+1"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre")
_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro")
DIGITS_ES = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
DIGITS_PT = ("zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove")
_STATES = ("DF", "JC", "NL", "PL", "GT", "VZ", "MC", "BC", "YN", "QT")


def number_words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        return _ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + number_words(n % 100))
    return number_words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + number_words(n % 1000))


def year_words(y: int) -> str:
    return number_words(y) if y >= 2000 else f"{number_words(y // 100)} {number_words(y % 100)}".replace(" zero", " hundred")


def digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def ascii_upper(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn").upper()


def dob(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)


def _core(name: str) -> str:
    """The name without its particles (``de la Cruz`` -> ``CRUZ``), as the CURP / RFC rules read it."""
    words = [w for w in ascii_upper(name).split() if w not in ("DE", "LA", "DEL", "LOS", "LAS", "Y", "DA", "DO", "DOS")]
    return "".join(words) or "X"


def _letters(given: str, paternal: str, maternal: str) -> str:
    p, m, g = (_core(x) for x in (paternal, maternal, given))
    vowel = next((c for c in p[1:] if c in "AEIOU"), "X")
    return (p[0] + vowel + m[0] + g[0]).replace("Ñ", "X")


def curp(rng: random.Random, given: str, paternal: str, maternal: str, birth, male: bool) -> str:
    y, m, d = birth
    cons = "".join(next((c for c in _core(w)[1:] if c.isalpha() and c not in "AEIOUÑ"), "X")
                   for w in (paternal, maternal, given))
    body = f"{_letters(given, paternal, maternal)}{y % 100:02d}{m:02d}{d:02d}{'H' if male else 'M'}" \
           f"{rng.choice(_STATES)}{cons}{'0' if y < 2000 else 'A'}"
    number = body + _curp.calc_check_digit(body + "0")
    return number if _curp.is_valid(number) else curp(rng, "Juan", "Xolo", "Ruiz", birth, male)


def rfc(rng: random.Random, given: str, paternal: str, maternal: str, birth) -> str:
    y, m, d = birth
    body = f"{_letters(given, paternal, maternal)}{y % 100:02d}{m:02d}{d:02d}{rng.choice('ABCDEFGHJKLMN')}{rng.randint(1, 9)}"
    return body + _rfc.calc_check_digit(body)


def cpf(rng: random.Random) -> str:
    body = digits(rng, 9)
    n = body + _cpf._calc_check_digits(body)
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def cnpj(rng: random.Random) -> str:
    body = digits(rng, 8) + "0001"
    n = body + _cnpj.calc_check_digits(body)
    return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}"


def cedula_co(rng: random.Random) -> str:
    n = digits(rng, 10, "1")
    return f"{n[0]}.{n[1:4]}.{n[4:7]}.{n[7:]}"


def nit(rng: random.Random) -> str:
    body = digits(rng, 9, "89")
    return f"{body[:3]}.{body[3:6]}.{body[6:]}-{_nit.calc_check_digit(body)}"


def dni_ar(rng: random.Random) -> str:
    n = digits(rng, 8, "234")
    return f"{n[:2]}.{n[2:5]}.{n[5:]}"


def cuit(rng: random.Random, dni: str, male: bool) -> str:
    while True:
        body = ("20" if male else "27") + dni.replace(".", "")
        check = _cuit.calc_check_digit(body)
        if _cuit.is_valid(body + check):
            return f"{body[:2]}-{body[2:]}-{check}"
        dni = digits(rng, 8, "234")


def rut(rng: random.Random) -> str:
    body = str(rng.randint(6_000_000, 24_999_999))
    return f"{int(body):,}".replace(",", ".") + "-" + _rut.calc_check_digit(body)


def ssn(rng: random.Random) -> str:
    return f"{rng.randint(100, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}"


def card(rng: random.Random) -> str:
    body = (rng.choice(("4", "51", "52", "55")) + "".join(rng.choice("0123456789") for _ in range(14)))[:15]
    return body + luhn.calc_check_digit(body)


def clabe(rng: random.Random) -> str:
    body = rng.choice(("002", "012", "014", "021", "072", "127")) + f"{rng.randint(10, 999):03d}" + digits(rng, 11, "0123456789")
    total = sum((int(c) * (3, 7, 1)[i % 3]) % 10 for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def cbu(rng: random.Random) -> str:
    bank = rng.choice(("0070", "0110", "0170", "0150", "2850")) + digits(rng, 3, "0123456789")
    first = bank + _cbu.calc_check_digit(bank)
    acct = digits(rng, 13, "0123456789")
    return first + acct + _cbu.calc_check_digit(acct)


def iban_br(rng: random.Random) -> str:
    bban = digits(rng, 8, "0123456789") + digits(rng, 5) + digits(rng, 10, "0") + rng.choice("CP") + "1"
    number = "BR" + _iban.calc_check_digits("BR00" + bban) + bban
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4))


def bank_account(rng: random.Random, country: str) -> str:
    if country == "MX":
        return clabe(rng)
    if country == "AR":
        return cbu(rng)
    if country == "BR":
        return f"{rng.randint(1000, 9999)} / {rng.randint(10000, 99999)}-{rng.randint(0, 9)}"
    if country == "CO":
        return f"{digits(rng, 3, '0')}-{digits(rng, 6, '0123456789')}-{rng.randint(10, 99)}"
    if country == "CL":
        return digits(rng, 11, "0")
    return digits(rng, 10)


def mobile(rng: random.Random, country: str) -> str:
    """A national significant number (no trunk prefix) of a mobile line."""
    if country == "MX":
        return rng.choice(("55", "33", "81")) + digits(rng, 8)
    if country == "BR":
        return rng.choice(("11", "21", "31", "41", "51", "61", "71", "81", "85")) + "9" + digits(rng, 8, "6789")
    if country == "CO":
        return "3" + rng.choice(("00", "01", "02", "04", "10", "11", "12", "13", "14", "15", "16", "17", "18", "20")) + digits(rng, 7, "2345678")
    if country == "AR":
        return "911" + digits(rng, 8, "2345")
    if country == "CL":
        return "9" + digits(rng, 8, "4568")
    return rng.choice(("305", "213", "713", "956", "619", "915")) + digits(rng, 3, "2346789") + digits(rng, 4)


def landline(rng: random.Random, country: str) -> str:
    if country == "MX":
        return "55" + digits(rng, 8, "5")
    if country == "BR":
        return rng.choice(("11", "21", "31")) + digits(rng, 8, "2345")
    if country == "CO":
        return "601" + digits(rng, 7, "2345678")
    if country == "AR":
        return "11" + digits(rng, 8, "4")
    if country == "CL":
        return "22" + digits(rng, 7, "2345678")
    return rng.choice(("305", "213", "713")) + digits(rng, 3, "2346789") + digits(rng, 4)


_ADDR = {
    "MX": (("Av. Insurgentes Sur", "Col. Del Valle", "CDMX", "03100"), ("Calle Durango", "Col. Roma Norte", "CDMX", "06700"),
           ("Av. Chapultepec", "Col. Americana", "Guadalajara, Jal.", "44160"),
           ("Calle Padre Mier", "Col. Centro", "Monterrey, N.L.", "64000"),
           ("Av. Miguel Ángel de Quevedo", "Col. Romero de Terreros", "Coyoacán, CDMX", "04310")),
    "BR": (("Rua Augusta", "Consolação", "São Paulo - SP", "01305-100"), ("Rua Voluntários da Pátria", "Botafogo", "Rio de Janeiro - RJ", "22270-010"),
           ("Av. Afonso Pena", "Centro", "Belo Horizonte - MG", "30130-009"), ("Rua Padre Chagas", "Moinhos de Vento", "Porto Alegre - RS", "90570-080"),
           ("Av. Boa Viagem", "Boa Viagem", "Recife - PE", "51011-000")),
    "CO": (("Carrera 7", "Chapinero", "Bogotá", "110231"), ("Calle 10", "El Poblado", "Medellín", "050021"),
           ("Avenida 6N", "Granada", "Cali", "760045")),
    "AR": (("Av. Corrientes", "Almagro", "CABA", "C1194"), ("Calle Thames", "Palermo", "CABA", "C1414"),
           ("Bv. San Juan", "Centro", "Córdoba", "X5000")),
    "CL": (("Av. Providencia", "Providencia", "Santiago", "7500000"), ("Calle Los Leones", "Providencia", "Santiago", "7510000"),
           ("Av. Libertad", "Viña del Mar", "Valparaíso", "2520000")),
    "US": (("Calle Ocho SW", "Little Havana", "Miami, FL", "33135"), ("S Broadway", "Downtown", "Los Angeles, CA", "90012"),
           ("Navigation Blvd", "East End", "Houston, TX", "77011"), ("S Zarzamora St", "Westside", "San Antonio, TX", "78207")),
}


def address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street part as written locally, city, postcode): the street part is the STREET_ADDRESS span."""
    street, hood, city, post = rng.choice(_ADDR[country])
    n = rng.randint(12, 2400)
    if country == "MX":
        apt = rng.choice(("", f", Int. {rng.randint(1, 12)}", f" Depto. {rng.randint(101, 804)}"))
        return f"{street} {n}{apt}, {hood}", city, post
    if country == "BR":
        apt = rng.choice(("", f", apto {rng.randint(11, 184)}", f", bloco {rng.choice('ABC')}, apto {rng.randint(11, 184)}"))
        return f"{street}, {n}{apt}, {hood}", city, post
    if country == "CO":
        return f"{street} # {rng.randint(10, 99)}-{rng.randint(10, 99)}, apto {rng.randint(201, 1204)}, {hood}", city, post
    if country == "AR":
        return f"{street} {n}, piso {rng.randint(1, 12)} depto {rng.choice('ABCD')}, {hood}", city, post
    if country == "CL":
        return f"{street} {n}, depto {rng.randint(101, 1802)}, {hood}", city, post
    return f"{n} {street}, Apt {rng.randint(1, 40)}", city, post
