"""Latin American national ids (python-stdnum validators) and postal codes."""
from __future__ import annotations

import pytest

from recognizers.entities import ACCOUNT_NUMBER, NATIONAL_ID, ZIP_CODE
from recognizers.latam_postcode import LatamPostcodeRecognizer
from recognizers.national_id import NationalIdRecognizer

IDS = NationalIdRecognizer()
CODES = LatamPostcodeRecognizer()


def _ids(text: str) -> list[tuple[str, str]]:
    return [(text[r.start:r.end], r.entity_type) for r in IDS.analyze(text, [NATIONAL_ID, ACCOUNT_NUMBER], None)]


@pytest.mark.parametrize("text, value", [
    ("meu CPF é 529.982.247-25", "529.982.247-25"),          # valid CPF after its name
    ("cpf 52998224725 please", "52998224725"),
    ("CNPJ: 11.222.333/0001-81", "11.222.333/0001-81"),
    ("mi cuit es 20-12345678-6", "20-12345678-6"),
    ("RUT 12.345.678-5", "12.345.678-5"),
    ("el NIT es 900.373.115-3", "900.373.115-3"),
    ("RFC GODE561231GR8", "GODE561231GR8"),
    ("the number is 529.982.247-25 ok", "529.982.247-25"),     # written CPF form: no name needed
])
def test_latin_american_ids_are_national_ids(text, value):
    assert any(value in found and kind == NATIONAL_ID for found, kind in _ids(text)), _ids(text)


@pytest.mark.parametrize("text", [
    "call 123.456.789-00 now",          # CPF shape, fails its check, no name: nothing
    "order 20-12345678-0 shipped",      # CUIT shape, fails its check, no name
    "the total was 1.234.567 pesos",
])
def test_no_latin_american_id_without_check_or_name(text):
    assert _ids(text) == []


def test_a_near_valid_cpf_after_its_name_is_still_redacted():
    assert _ids("meu cpf é 529.982.247-26") == [("529.982.247-26", ACCOUNT_NUMBER)]


def _codes(text: str) -> list[str]:
    return [text[r.start:r.end] for r in CODES.analyze(text, [ZIP_CODE], None)]


@pytest.mark.parametrize("text, code", [
    ("Rua Augusta, 1500, apto 42, Consolação, São Paulo - SP, 01304-001", "01304-001"),
    ("CEP 01310100 por favor", "01310100"),
    ("Col. Roma Norte, C.P. 06700, CDMX", "06700"),
    ("Av. Corrientes 1234, C1043AAZ CABA", "C1043AAZ"),
    ("código postal 110111", "110111"),
])
def test_latin_american_postcodes(text, code):
    assert code in _codes(text)


@pytest.mark.parametrize("text", ["call 91234-5678 now", "order 12345-678 shipped", "zip 90210", "the code is 2026 ok"])
def test_no_latin_american_postcode_without_its_form(text):
    assert _codes(text) == []


@pytest.mark.parametrize("name, offsets, text, values", [
    ("_CPA_WRITTEN", (1,), "CPA C1425DKR, Buenos Aires", ["C1425DKR"]),
    ("_CPA_WRITTEN", (1,), "code XC1425DKR or c1425dkr", []),
    ("_ANSWER", (0, 1), "it's 01310-100 or c1425dkr", ["01310-100", "c1425dkr"]),
    ("_ANSWER", (0, 1), "no digits", []),
])
def test_latam_codes_tried_before_digit_runs_only(name, offsets, text, values):
    import recognizers.latam_postcode as latam
    from recognizers.digit_groups import matches_before_digits
    pattern = getattr(latam, name)
    assert [m["value"] for m in matches_before_digits(pattern, text, offsets)] == values == \
        [m["value"] for m in pattern.finditer(text)]
