"""Tests for recognizers.question_cues."""
from __future__ import annotations

import pytest

from recognizers.entities import (ACCOUNT_NUMBER, AUTH_CODE, CREDIT_CARD, DATE_OF_BIRTH, EMAIL_ADDRESS,
                                  EXPECT_SPELLED_NAME, EXPECT_SSN_LAST4, PERSON, PHONE_NUMBER, STREET_ADDRESS,
                                  US_SSN, ZIP_CODE)
from recognizers.question_cues import expected_entities


@pytest.mark.parametrize("agent_text, expected", [
    ("can I get the last four of your social", {EXPECT_SSN_LAST4}),
    ("and your date of birth", {DATE_OF_BIRTH}),
    ("could you spell your last name", {EXPECT_SPELLED_NAME}),
    ("what's the best number to reach you?", {PHONE_NUMBER}),
    ("what's your zip code?", {ZIP_CODE}),
    ("can i have your email address", {EMAIL_ADDRESS}),
    ("and the account number on file?", {ACCOUNT_NUMBER}),
    ("can you read me the card number", {CREDIT_CARD}),
    ("and the expiration date?", {CREDIT_CARD}),
    ("what's the verification code we just texted you", {AUTH_CODE}),
    ("what's your address?", {STREET_ADDRESS}),
    ("can you verify your social security number", {US_SSN}),
    ("who am i speaking with?", {PERSON}),
    ("may I have your full name please", {PERSON}),
    ("Please confirm your phone number and date of birth.", {PHONE_NUMBER, DATE_OF_BIRTH}),
    ("What is your order number?", {ACCOUNT_NUMBER}),
    ("can you read me the six digit code", {AUTH_CODE}),
    ("what's the three digit code on the back", {CREDIT_CARD}),
])
def test_expected_entities_classifies_requests(agent_text, expected):
    assert expected_entities(agent_text) == frozenset(expected)


@pytest.mark.parametrize("agent_text", [
    "is there anything else I can help with?",
    "we sent an email to you yesterday",
    "thank you, one moment",
    "your card has been charged",
    "how are you doing today?",
    "",
    "great, I've updated the address on the account",
])
def test_expected_entities_empty_for_non_requests(agent_text):
    assert expected_entities(agent_text) == frozenset()
