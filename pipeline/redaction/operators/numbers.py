"""Surrogates for numbers and codes: phone, card, SSN, ZIP, account/auth codes, IBAN, IP.

Each keeps the surface form (spoken stays spoken, grouping and separators stay) and the format rules of
its type (a card stays Luhn-valid with the same brand prefix, an IBAN gets a valid checksum, ...).
"""
from __future__ import annotations

import ipaddress
from typing import Callable

from pipeline.redaction.operators.base import KeyedRng
from pipeline.redaction.operators import spoken as S
from recognizers.checksums import iban_check_digits, iban_checksum_ok, luhn_check_digit, luhn_ok
from recognizers.start_set import compile_fast

MAX_REDRAWS = 50
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Brand prefixes kept so a card stays the same brand (longest match first).
CARD_PREFIXES = ("6011", "644", "645", "646", "647", "648", "649", "65", "34", "37", "35", "36", "38", "30",
                 "51", "52", "53", "54", "55", "22", "23", "24", "25", "26", "27", "4")
PRIVATE_V4 = (ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_network("172.16.0.0/12"),
              ipaddress.ip_network("192.168.0.0/16"))
_IPV4 = compile_fast(r"^\d{1,3}(\.\d{1,3}){3}$")
_IBAN_CHARS = compile_fast(r"^[A-Za-z]{2}\d{2}[A-Za-z0-9]{8,30}$")

DigitsGenerator = Callable[[str, KeyedRng], str]


def luhn_valid(number: str) -> bool:
    """True when the digit string passes the Luhn check."""
    return len(number) > 1 and luhn_ok(number)


def _free_digits(original: str, rng: KeyedRng) -> str:
    # Keep a leading non-zero digit non-zero so the number keeps its magnitude.
    if not original:
        return ""
    first = str(rng.between(1, 9)) if original[0] != "0" else rng.digits(1)
    return first + rng.digits(len(original) - 1)


def _nanp(rng: KeyedRng, length: int) -> str:
    while True:
        area = f"{rng.between(2, 9)}{rng.between(0, 8)}{rng.below(10)}"
        exchange = f"{rng.between(2, 9)}{rng.digits(2)}"
        if area[1:] != "11" and exchange[1:] != "11" and exchange != "555":
            break
    line = rng.digits(4)
    return (area + exchange + line)[-length:] if length == 7 else area + exchange + line


def phone_digits(original: str, rng: KeyedRng) -> str:
    """NANP rules for 7/10/11-digit numbers (country code 1 kept); other lengths keep their first 2 digits."""
    n = len(original)
    if n == 10:
        return _nanp(rng, 10)
    if n == 11 and original[0] == "1":
        return "1" + _nanp(rng, 10)
    if n == 7:
        return _nanp(rng, 10)[3:]
    if n > 11:  # international: keep the country-code-ish prefix so the number stays plausible
        return original[:2] + _free_digits(original[2:], rng)
    return _free_digits(original, rng)


def card_digits(original: str, rng: KeyedRng, max_prefix: int = 4) -> str:
    """Same length, same brand prefix (at most ``max_prefix`` digits of it), Luhn-valid (short: free digits)."""
    if len(original) < 12:
        return _free_digits(original, rng)
    prefix = next((p for p in CARD_PREFIXES if original.startswith(p)), original[0])[:max_prefix]
    body = rng.digits(len(original) - len(prefix) - 1)
    payload = prefix + body
    return payload + luhn_check_digit(payload)


def ssn_digits(original: str, rng: KeyedRng) -> str:
    """A valid-format SSN: area 001-899 except 666, group 01-99, serial 0001-9999; a 4-digit tail: serial."""
    serial = f"{rng.between(1, 9999):04d}"
    if len(original) == 4:
        return serial
    if len(original) != 9:
        return _free_digits(original, rng)
    area = rng.between(1, 898)
    area = area + 1 if area >= 666 else area
    return f"{area:03d}{rng.between(1, 99):02d}{serial}"


def zip_digits(original: str, rng: KeyedRng) -> str:
    """Same length, never all zeros."""
    while True:
        out = rng.digits(len(original))
        if out.strip("0"):
            return out


def code_chars(original: str, rng: KeyedRng) -> str:
    """Character-class preserving: digit -> digit, letter -> letter of the same case."""
    out = []
    for i, c in enumerate(original):
        if c.isdigit():
            out.append(str(rng.between(1, 9)) if i == 0 and c != "0" else rng.digits(1))
        elif c.isalpha():
            letter = rng.choice(_LETTERS)
            out.append(letter.upper() if c.isupper() else letter)
        else:
            out.append(c)
    return "".join(out)


def _surrogate_digits(value: str, rng: KeyedRng, generate: DigitsGenerator) -> str | None:
    units = S.parse_units(value)
    original = S.digit_string(units)
    if not original:
        return None
    for _ in range(MAX_REDRAWS):
        new = generate(original, rng)
        if new != original:
            return S.render(value, units, new)
    return None


def surrogate_phone(value: str, rng: KeyedRng) -> str | None:
    """Another phone number in the same surface form."""
    return _surrogate_digits(value, rng, phone_digits)


def surrogate_card(value: str, rng: KeyedRng) -> str | None:
    """Another Luhn-valid card of the same brand and grouping."""
    return _surrogate_digits(value, rng, card_digits)


def surrogate_card_v2(value: str, rng: KeyedRng) -> str | None:
    """Like ``surrogate_card`` but keeps at most 2 prefix digits ("6011" would be a 4-digit run kept)."""
    return _surrogate_digits(value, rng, lambda original, r: card_digits(original, r, max_prefix=2))


def surrogate_ssn(value: str, rng: KeyedRng) -> str | None:
    """Another valid-format SSN."""
    return _surrogate_digits(value, rng, ssn_digits)


def surrogate_zip(value: str, rng: KeyedRng) -> str | None:
    """Another ZIP of the same length (ZIP+4 keeps both parts)."""
    return _surrogate_digits(value, rng, zip_digits)


def surrogate_code(value: str, rng: KeyedRng) -> str | None:
    """Account numbers, auth codes, unknown ids: every digit and code letter re-drawn, shape kept."""
    units = S.parse_units(value, letters=True)
    original = "".join(u.digits for u in units)
    if not original:
        return None
    for _ in range(MAX_REDRAWS):
        new = code_chars(original, rng)
        if new.casefold() != original.casefold():
            return S.render(value, units, new)
    return None


def iban_valid(iban: str) -> bool:
    """True when a compact IBAN passes the mod-97 check."""
    return iban_checksum_ok(iban.replace(" ", "").upper())


def surrogate_iban(value: str, rng: KeyedRng) -> str | None:
    """Same country, same BBAN shape, valid checksum, same grouping; other forms: code surrogate."""
    compact = "".join(filter(str.isalnum, value))
    if not _IBAN_CHARS.match(compact):
        return surrogate_code(value, rng)
    country = compact[:2]
    for _ in range(MAX_REDRAWS):
        bban = code_chars(compact[4:], rng)
        new = country + iban_check_digits(country.upper(), bban) + bban
        if new.upper() != compact.upper():
            chars = iter(new)
            return "".join(next(chars) if c.isalnum() else c for c in value)
    return None


def surrogate_ip(value: str, rng: KeyedRng) -> str | None:
    """IPv4 stays IPv4 (private stays in its private block), IPv6 keeps its group shape."""
    stripped = value.strip()
    if _IPV4.match(stripped):
        try:
            original = ipaddress.IPv4Address(stripped)
        except ValueError:
            return surrogate_code(value, rng)
        block = next((net for net in PRIVATE_V4 if original in net), None)
        for _ in range(MAX_REDRAWS):
            if block is not None:
                host = rng.between(1, block.num_addresses - 2)
                new = block.network_address + host
            else:
                new = ipaddress.IPv4Address(f"{rng.between(1, 223)}.{rng.below(256)}.{rng.below(256)}."
                                            f"{rng.between(1, 254)}")
                if not new.is_global:
                    continue
            if new != original and int(new) & 0xFF not in (0, 255):
                return value.replace(stripped, str(new))
        return None
    if ":" in stripped:
        out = []
        for c in value:
            if c in "0123456789abcdefABCDEF":
                h = "0123456789abcdef"[rng.below(16)]
                out.append(h.upper() if c.isupper() else h)
            else:
                out.append(c)
        new = "".join(out)
        return new if new.lower() != value.lower() else None
    return _surrogate_digits(value, rng, _free_digits)
