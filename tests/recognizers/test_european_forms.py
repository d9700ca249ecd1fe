"""European callers: national numbers by python-stdnum, slashed national phone numbers, digits said in the caller's
language, German streets named with an article, Italian and French street forms."""
from __future__ import annotations

import pytest

from recognizers.entities import ACCOUNT_NUMBER, NATIONAL_ID, PHONE_NUMBER, STREET_ADDRESS
from recognizers.national_id import NationalIdRecognizer
from recognizers.phone import TranscriptPhoneRecognizer
from recognizers.spoken.view import SpokenView
from recognizers.street_address import StreetAddressRecognizer

IDS = NationalIdRecognizer()


def _ids(text: str) -> list[tuple[str, str]]:
    return [(text[r.start:r.end], r.entity_type) for r in IDS.analyze(text, [NATIONAL_ID, ACCOUNT_NUMBER], None)]


@pytest.mark.parametrize("text, value", [
    ("meine Steuer-ID ist 65929970489", "65929970489"),
    ("numéro de sécu 2 84 12 76 451 089 93", "2 84 12 76 451 089 93"),
    ("codice fiscale: MRTMTT91D08F205J", "MRTMTT91D08F205J"),
    ("il mio CF è mrtmtt91d08f205j", "mrtmtt91d08f205j"),
    ("DNI 12345678Z", "12345678Z"),
    ("NIE X-1234567-L", "X-1234567-L"),
    ("PESEL 44051401359", "44051401359"),
    ("rijksregisternummer 85.07.30-033.28", "85.07.30-033.28"),
    ("personnummer 811218-9876", "811218-9876"),
    ("BSN 111222333", "111222333"),
])
def test_european_national_numbers(text, value):
    assert (value, NATIONAL_ID) in _ids(text), _ids(text)


@pytest.mark.parametrize("text", [
    "PESEL 44051401358",            # fails its check: near-valid after its name, an account number
])
def test_a_near_valid_european_number_after_its_name_is_an_account_number(text):
    assert [kind for _, kind in _ids(text)] == [ACCOUNT_NUMBER]


@pytest.mark.parametrize("text", ["the order 44051401359 shipped", "we sold 811218 units", "invoice 12345678"])
def test_no_european_number_without_its_name_or_own_form(text):
    assert _ids(text) == []


@pytest.mark.parametrize("text, value", [
    ("mobile 0170/15406530", "0170/15406530"), ("Tel. 0485/484367", "0485/484367"), ("call 030/1234567", "030/1234567"),
])
def test_slashed_national_phone_numbers(text, value):
    found = [text[r.start:r.end] for r in TranscriptPhoneRecognizer().analyze(text, [PHONE_NUMBER], None)]
    assert value in found


@pytest.mark.parametrize("text", ["on 05/12/2024 we met", "page 12/345", "ratio 1/10000"])
def test_no_slashed_phone_in_dates_and_fractions(text):
    assert TranscriptPhoneRecognizer().analyze(text, [PHONE_NUMBER], None) == []


@pytest.mark.parametrize("text, digits", [
    ("the codice cliente is tre due due, tre uno zero", "322310"),
    ("it says drei zwei acht, neun sechs null", "328960"),
    ("my number is un neuf sept, zéro cinq cinq", "197055"),
    ("the card is fünf fünf acht eins", "5581"),
    ("zero siete cuatro siete", "0747"),
])
def test_digits_said_in_the_callers_language(text, digits):
    assert digits in SpokenView.of(text).text.replace(", ", "").replace(" ", "")


@pytest.mark.parametrize("text, word", [("it is due on sept 27", "sept"), ("no sex please", "sex"),
                                        ("the null hypothesis", "null"), ("due two days", "due"),
                                        ("sept twenty seven", "sept")])
def test_foreign_digit_words_alone_stay_words(text, word):
    """One foreign digit word in a run ("due", "sept", "sex", "null") is a word, not a digit."""
    assert word in SpokenView.of(text).text.split()


@pytest.mark.parametrize("text, covered", [
    ("Am Mühlbach 34\n22656 Hamburg", "Am Mühlbach 34"),
    ("In der Aue 5, 50667 Köln", "In der Aue 5"),
    ("Bât. B, 106 bis chemin des Vignes\n69009 Lyon", "Bât. B, 106 bis chemin des Vignes"),
    ("Korenmarkt 120 bte 11\n2052 Antwerpen", "Korenmarkt 120"),
    ("124 67 Devon Street West\n Suite 240", "124 67 Devon Street West"),
    ("Brivibas iela 12-4, LV-1050 Riga", "Brivibas iela 12-4"),           # Latvian, Azerbaijani, Lithuanian type words
    ("Nizami kucasi 40, AZ1005 Baku", "Nizami kucasi 40"),
    ("Savanoriu prospektas 7, Kaunas", "Savanoriu prospektas 7"),
    ("i'm at samad vurgun kucasi one hundred and six", "vurgun kucasi one hundred and six"),   # said, the type word apart
    ("it's bulevar mese selimovica twenty two", "bulevar mese selimovica twenty two"),        # a Bosnian boulevard said
    ("Narva mnt 7, 10117 Tallinn", "Narva mnt 7"),                                              # Estonian
    ("it's tartu maantee eighty four", "tartu maantee eighty four"),
])
def test_european_street_forms(text, covered):
    found = [text[r.start:r.end] for r in StreetAddressRecognizer().analyze(text, [STREET_ADDRESS], None)]
    assert any(covered in f for f in found), found


@pytest.mark.parametrize("text", ["I am 5 feet tall", "the meeting is am 5", "Im 3 Jahre"])
def test_no_german_article_street(text):
    assert StreetAddressRecognizer().analyze(text, [STREET_ADDRESS], None) == []


@pytest.mark.parametrize("text, covered", [
    ("Meir 79, 2048 Antwerpen. The parcel", "Meir 79, 2048 Antwerpen"),
    ("Storgatan 118, 751 84 Uppsala", "Storgatan 118, 751 84 Uppsala"),
])
def test_a_street_number_postcode_and_town_line(text, covered):
    found = [text[r.start:r.end] for r in StreetAddressRecognizer().analyze(text, [STREET_ADDRESS], None)]
    assert any(covered in f for f in found), found


@pytest.mark.parametrize("text", ["see Table 4, 2023 Edition", "Chapter 5, 2020 Report", "Order 55, 1200 Euros"])
def test_no_street_line_without_a_town(text):
    assert StreetAddressRecognizer().analyze(text, [STREET_ADDRESS], None) == []


@pytest.mark.parametrize("text, number, found", [
    ("If you need us again the number is +33 1 70 36 00 00. Have a nice day!", "+33 1 70 36 00 00", False),
    ("call us on +49 30 2555 0100 any time", "+49 30 2555 0100", False),
    ("my number is +33 6 12 34 56 78", "+33 6 12 34 56 78", True),
])
def test_a_companys_own_number_is_no_personal_data(text, number, found):
    spans = [text[r.start:r.end] for r in TranscriptPhoneRecognizer().analyze(text, [PHONE_NUMBER], None)]
    assert (number in spans) is found


@pytest.mark.parametrize("text, value", [
    ("I repeat, 0349 731 7712, correct?", "0349 731 7712"),
    ("let me repeat that, 4471 2209 8812, is that right", "4471 2209 8812"),
])
def test_an_agents_repeated_number_is_redacted(redactor, text, value):
    result = redactor.redact_conversation([{"speaker": "agent", "text": text}])[0]
    assert any(value in text[f.start:f.end] for f in result.findings), result.findings
