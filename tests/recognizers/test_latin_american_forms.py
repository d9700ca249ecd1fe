"""Latin American chat and speech forms end to end: card expiry after "vence", bank accounts after "CBU" / "conta",
Portuguese dates of birth, short Argentine postcodes, Brazilian mobiles, "do" inside Portuguese names, and agent
questions for an identifier by a name no rule lists."""
from __future__ import annotations

import pytest

from recognizers.question_cues import expected_entities
from recognizers.entities import ACCOUNT_NUMBER, NATIONAL_ID, PERSON


def _types(redactor, text: str) -> dict[str, str]:
    result = redactor.redact_conversation([{"speaker": "customer", "text": text}])[0]
    return {text[f.start:f.end]: f.entity_type for f in result.findings}


@pytest.mark.parametrize("text, value, kind", [
    ("cartão 4111 1111 1111 1111\nvence 04/2031", "04/2031", "CARD_EXPIRY"),
    ("vencimiento: 07/29", "07/29", "CARD_EXPIRY"),
    ("CBU → 2850590940090418135201", "2850590940090418135201", "ACCOUNT_NUMBER"),
    ("mi número de cuenta es 4412987730", "4412987730", "ACCOUNT_NUMBER"),
    ("agência e conta: 0421 / 55610-2", "0421 / 55610-2", "ACCOUNT_NUMBER"),
    ("data de nascimento 17 de agosto de 1983", "17 de agosto de 1983", "DATE_OF_BIRTH"),
    ("nasci em 9 de março de 1975", "9 de março de 1975", "DATE_OF_BIRTH"),
    ("Rosario, código postal S2000", "S2000", "ZIP_CODE"),
    ("pode ligar no 11 97654-3210", "11 97654-3210", "PHONE_NUMBER"),
])
def test_latin_american_values(redactor, text, value, kind):
    found = _types(redactor, text)
    assert any(value in span and found[span] == kind for span in found), found


@pytest.mark.parametrize("text, name", [
    ("you are chatting with Ana Paula Souto do Amaral from support.", "Ana Paula Souto do Amaral"),
    ("my name is Rui Tavares do Couto", "Rui Tavares do Couto"),
    ("the booking is under joana medeiros do carmo thanks", "joana medeiros do carmo"),
])
def test_do_joins_portuguese_names(redactor, text, name):
    found = _types(redactor, text)
    assert found.get(name) == PERSON, found


@pytest.mark.parametrize("text", ["ask john do you have it", "tell maria do send it today"])
def test_do_is_no_particle_before_everyday_words(redactor, text):
    assert not any(" do " in span for span in _types(redactor, text)), _types(redactor, text)


def test_a_card_number_does_not_swallow_the_line_below():
    """A card's last group and the next line's word and number are no street ("6875\\nvence 08")."""
    from recognizers.street_address import StreetAddressRecognizer
    text = "tarjeta 4111 1111 1111 1111\nvence 08/2030"
    assert StreetAddressRecognizer().analyze(text, ["STREET_ADDRESS"], None) == []


@pytest.mark.parametrize("question, expected", [
    ("What is your OIB?", {NATIONAL_ID, ACCOUNT_NUMBER}),            # no rule names it: an identifier all the same
    ("and your EGN please", {NATIONAL_ID, ACCOUNT_NUMBER}),
    ("Could you confirm your asiakasnumero?", {NATIONAL_ID, ACCOUNT_NUMBER}),
    ("What is your NIF?", {NATIONAL_ID}),                            # named by the European rule
    ("and your Steuer-ID please", {NATIONAL_ID}),
    ("and your surname?", {PERSON}),
    ("what is your forename please", {PERSON}),
    ("how is your day going?", set()),
    ("how was your trip?", set()),
    ("what is your favourite colour?", set()),
    ("we changed the surname on the account", set()),
    ("your NIF was updated yesterday.", set()),
])
def test_questions_for_unlisted_identifiers_and_surnames(question, expected):
    assert set(expected_entities(question)) == expected
