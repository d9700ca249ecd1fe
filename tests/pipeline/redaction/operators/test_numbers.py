"""Tests for number and contact surrogates: phone, card, SSN, ZIP, codes, IBAN, IP, e-mail, address."""
from __future__ import annotations

import ipaddress
import re

import pytest

from pipeline.privacy.keys import PseudonymKey
from pipeline.redaction.operators import RedactionPolicy, ValueToReplace, plan_replacements
from pipeline.redaction.operators import spoken as S
from pipeline.redaction.operators.numbers import iban_valid, luhn_valid

KEY = PseudonymKey(b"\x03" * 32)


def sur(value: str, etype: str, conv: str = "c1", others=()) -> str:
    items = [ValueToReplace(o, "PERSON", 0) for o in others] + [ValueToReplace(value, etype, 0)]
    r = plan_replacements(items, RedactionPolicy(), KEY, conv)[-1]
    assert r.operator == "surrogate.v2", r
    return r.text


def shape(text: str) -> str:
    return re.sub(r"[A-Za-z]", "a", re.sub(r"\d", "9", text))


def spoken_digits(text: str) -> str:
    return S.digit_string(S.parse_units(text))


@pytest.mark.parametrize("value, digits", [
    ("six two zero five five five", "620555"), ("double five oh one", "5501"), ("triple seven", "777"),
    ("twenty three", "23"), ("eight hundred", "800"), ("555-0134", "5550134"), ("Nine One One", "911"),
    ("call me", ""), ("", ""),
])
def test_parse_units_reads_written_and_spoken_digits(value, digits):
    assert spoken_digits(value) == digits


@pytest.mark.parametrize("value", [
    "(620) 555-1212", "620.555.1212", "+1 620 555 1212", "1-800-555-0199", "555 0134", "+44 20 7946 0958",
])
def test_phone_written_keeps_grouping(value):
    out = sur(value, "PHONE_NUMBER")
    assert shape(out) == shape(value) and out != value
    if len(re.sub(r"\D", "", value)) == 10:
        d = re.sub(r"\D", "", out)
        assert d[0] in "23456789" and d[3] in "23456789" and d[1:3] != "11"


@pytest.mark.parametrize("value", [
    "six two zero five five five one two one two", "oh seven seven double oh nine", "Six Two Zero Five",
    "eight hundred five five five oh one nine nine",
])
def test_phone_spoken_stays_spoken(value):
    out = sur(value, "PHONE_NUMBER")
    assert not re.search(r"\d", out) and out != value
    assert len(spoken_digits(out)) == len(spoken_digits(value))
    assert (out[0].isupper()) == (value[0].isupper())


def test_spoken_and_written_forms_of_one_number_get_the_same_digits():
    written = sur("555 0134", "PHONE_NUMBER")
    spoken = sur("five five five oh one three four", "PHONE_NUMBER")
    assert re.sub(r"\D", "", written) == spoken_digits(spoken)


@pytest.mark.parametrize("value, prefix", [
    ("4111 1111 1111 1111", "4"), ("5555-5555-5555-4444", "55"), ("3782 822463 10005", "37"),
    ("6011111111111117", "60"), ("3530111333300000", "35"), ("2221000000000009", "22"),
])
def test_card_stays_luhn_valid_same_brand_and_grouping(value, prefix):
    out = sur(value, "CREDIT_CARD")
    digits = re.sub(r"\D", "", out)
    assert luhn_valid(digits) and digits.startswith(prefix) and shape(out) == shape(value) and out != value


def test_card_spoken_stays_spoken_and_valid():
    value = "four one one one one one one one one one one one one one one one"
    out = sur(value, "CREDIT_CARD")
    assert luhn_valid(spoken_digits(out)) and spoken_digits(out)[0] == "4" and not re.search(r"\d", out)


@pytest.mark.parametrize("value", ["123-45-6789", "123 45 6789", "123456789", "one two three four five six seven "
                                   "eight nine", "6789"])
def test_ssn_is_valid_format(value):
    out = sur(value, "US_SSN")
    d = re.sub(r"\D", "", out) or spoken_digits(out)
    assert len(d) == len(re.sub(r"\D", "", value) or spoken_digits(value)) and out != value
    if len(d) == 9:
        assert d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"
    else:
        assert d != "0000"


@pytest.mark.parametrize("value", ["62704", "62704-1234", "six two seven oh four", "02134"])
def test_zip_keeps_length(value):
    out = sur(value, "ZIP_CODE")
    assert shape(out).count("9") == shape(value).count("9") and out != value
    assert len(spoken_digits(out)) == len(spoken_digits(value))


@pytest.mark.parametrize("value, etype", [
    ("ACC-12345678", "ACCOUNT_NUMBER"), ("00123456", "ACCOUNT_NUMBER"), ("X7KQ2", "AUTH_CODE"),
    ("ab12cd", "AUTH_CODE"),
])
def test_codes_keep_character_classes(value, etype):
    out = sur(value, etype)
    assert shape(out) == shape(value) and out != value


def test_codes_spoken_keep_letters_and_spoken_digits():
    out = sur("a b seven nine", "AUTH_CODE")
    words = out.split()
    assert len(words[0]) == len(words[1]) == 1 and len(spoken_digits(" ".join(words[2:]))) == 2
    assert out != "a b seven nine" and not re.search(r"\d", out)


@pytest.mark.parametrize("value", [
    "see you es five three six nine one nine five",       # letter names before spoken digits
    "kilo echo seven three zero four",                      # NATO words
    "seven won four ate too five six six",                 # digits heard as homophones
])
def test_codes_said_with_letter_names_are_said_anew(value):
    out = sur(value, "ACCOUNT_NUMBER")
    kept = set(value.split()) & set(out.split()) - {"five", "six", "seven", "nine", "three", "one", "zero", "four",
                                                    "two", "eight"}
    assert out != value and len(out.split()) == len(value.split()) and not kept
    assert not re.search(r"\d", out)


@pytest.mark.parametrize("value", ["GB82 WEST 1234 5698 7654 32", "DE89370400440532013000", "fr14 2004 1010 0505 "
                                   "0001 3m02 606"])
def test_iban_keeps_country_and_gets_valid_checksum(value):
    out = sur(value, "IBAN_CODE")
    assert out[:2] == value[:2] and iban_valid(out) and shape(out[4:]) == shape(value[4:]) and out != value


@pytest.mark.parametrize("value, private", [("192.168.1.20", True), ("10.0.0.7", True), ("172.16.5.4", True),
                                            ("8.8.8.8", False), ("203.0.113.9", False)])
def test_ipv4_stays_ip_in_same_class(value, private):
    out = ipaddress.ip_address(sur(value, "IP_ADDRESS"))
    assert out.version == 4 and str(out) != value and out.is_private == private
    if private:
        assert any(out in net and ipaddress.ip_address(value) in net for net in (
            ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_network("172.16.0.0/12"),
            ipaddress.ip_network("192.168.0.0/16")))


def test_ipv6_keeps_group_shape():
    out = sur("2001:db8::ff00:42:8329", "IP_ADDRESS")
    assert ipaddress.ip_address(out).version == 6 and shape(out).replace("a", "9") == shape(
        "2001:db8::ff00:42:8329").replace("a", "9")


@pytest.mark.parametrize("value, pattern", [
    ("priya.raghunathan@acme.com", r"^[a-z]+\.[a-z]+@[a-z]+\.com$"),
    ("PRaghunathan85@gmail.com", r"^[A-Z][A-Za-z]+\d\d@(?!gmail)[a-z]+\.com$"),
    ("priya dot r eighty five at gmail dot com", r"^[a-z]+ dot [a-z] [a-z]+( [a-z]+)? at (?!gmail)[a-z]+ dot com$"),
    ("j_smith@company.co.uk", r"^[a-z]_[a-z]+@[a-z]+\.co\.uk$"),
])
def test_email_stays_an_email(value, pattern):
    out = sur(value, "EMAIL_ADDRESS")
    assert re.match(pattern, out) and out != value, out
    assert "acme" not in out and "company" not in out


def test_email_local_part_follows_the_person_surrogate():
    items = [ValueToReplace("Priya Raghunathan", "PERSON", 0),
             ValueToReplace("priya.raghunathan@acme.com", "EMAIL_ADDRESS", 1)]
    person, email = plan_replacements(items, RedactionPolicy(), KEY, "c1")
    assert email.text.split("@")[0] == person.text.lower().replace(" ", ".")


STREET_TYPES = {"street", "avenue", "road", "lane", "drive", "boulevard", "court", "way", "place", "circle",
                "terrace", "parkway", "highway", "square", "trail", "loop", "alley", "row", "crescent", "close"}
STREET_ABBREVIATIONS = {"ave", "blvd", "pkwy", "hwy", "trl", "cir", "ter"}
UNIT_WORDS = {"apt", "apartment", "suite", "unit", "floor", "building", "bldg", "ste"}


@pytest.mark.parametrize("value, word_classes", [
    ("1234 Maple Street", [STREET_TYPES]), ("42 Oak Ave Apt 5", [STREET_ABBREVIATIONS, UNIT_WORDS]),
    ("twelve thirty four maple street", [STREET_TYPES]),
    ("77 Sunset Blvd, Springfield, IL 62704", [STREET_ABBREVIATIONS]),
])
def test_address_keeps_number_street_suffix_shape(value, word_classes):
    """surrogate.v2: the suffix becomes another of its class (a kept "Street" is a 3+-letter original word)."""
    out = sur(value, "STREET_ADDRESS")
    words = [w.strip(",").casefold() for w in out.split()]
    originals = {w.strip(",").casefold() for w in value.split()}
    assert out != value and all(any(w in cls and w not in originals for w in words) for cls in word_classes), out
    assert len(spoken_digits(out)) == len(spoken_digits(value))
    assert "Maple" not in out and "maple" not in out and "Springfield" not in out


@pytest.mark.parametrize("value, etype", [("no digits here", "PHONE_NUMBER"), ("", "CREDIT_CARD")])
def test_unimitable_values_fall_back_to_tag(value, etype):
    r = plan_replacements([ValueToReplace(value, etype, 0)], RedactionPolicy(), KEY, "c")[0]
    assert r.operator == "tag.v1" and r.text == f"<{etype}_1>"


@pytest.mark.parametrize("word", ["ok", "kyc", "manager", "blessing"])
def test_a_name_surrogate_is_no_real_name_of_the_conversation(word):
    """The name a word would draw alone is a real person's name in the same conversation: the draw moves on
    (a surrogate "Yusuf" beside a real Yusuf would read as the real one)."""
    from pipeline.redaction.operators.context import PlanContext
    from pipeline.redaction.operators.names import ROLE_FIRST, draw_name
    alone = PlanContext([ValueToReplace(word, "PERSON", 0)], RedactionPolicy(), KEY, "c9", None)
    first_draw = draw_name(alone.rng("name." + ROLE_FIRST, word), ROLE_FIRST, word)
    items = [ValueToReplace(f"{first_draw} Okonkwo", "PERSON", 0), ValueToReplace(word, "PERSON", 1)]
    real, other = plan_replacements(items, RedactionPolicy(), KEY, "c9")
    assert first_draw.casefold() not in other.text.casefold().split(), (first_draw, other.text)
    assert first_draw.casefold() not in real.text.casefold().split()
