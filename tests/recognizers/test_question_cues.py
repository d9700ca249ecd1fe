"""Tests for recognizers.question_cues."""
from __future__ import annotations

import pytest

from recognizers.entities import (ACCOUNT_NUMBER, AUTH_CODE, IBAN_CODE, CARD_CVV, CARD_EXPIRY, CREDIT_CARD, DATE_OF_BIRTH,
                                  NATIONAL_ID,
                                  EMAIL_ADDRESS,
                                  EXPECT_SPELLED_NAME, EXPECT_SSN_LAST4, PERSON, PHONE_NUMBER, STREET_ADDRESS,
                                  US_SSN, ZIP_CODE)
from recognizers.question_cues import expected_entities, normalize_question


@pytest.mark.parametrize("agent_text, expected", [
    ("can I get the last four of your social", {EXPECT_SSN_LAST4}),
    ("and your date of birth", {DATE_OF_BIRTH}),
    ("could you spell your last name", {EXPECT_SPELLED_NAME}),
    ("what's the best number to reach you?", {PHONE_NUMBER}),
    ("Can we still ring you on 0161 555 0101?", {PHONE_NUMBER}),            # "reach / ring you on" (British "at")
    ("is there a backup number if your mobile is dead", {PHONE_NUMBER}),     # another / second / backup number
    ("And what should we call you today?", {PERSON}),                         # what the caller likes to be called
    ("just the given names on the passport please", {PERSON}),               # plural, as on a passport
    ("how may i address you", {PERSON}),                                      # ... not a street address
    ("and the address you're staying at", {STREET_ADDRESS, ZIP_CODE}),        # the noun before "you"
    ("what's your zip code?", {ZIP_CODE}),
    ("can i have your email address", {EMAIL_ADDRESS}),
    ("and the account number on file?", {ACCOUNT_NUMBER}),
    ("can you read me the card number", {CREDIT_CARD}),
    ("and the expiration date?", {CARD_EXPIRY}),
    ("i've got the expiry written down as may thirty", {CARD_EXPIRY}),       # a read-back asks to confirm
    ("month and year it expires then the three digits on the back", {CARD_EXPIRY, CARD_CVV}),
    ("and what year does it run to", {CARD_EXPIRY}),
    ("go ahead, a few digits at a time", {ACCOUNT_NUMBER}),                  # a number read in pieces
    ("and the eight digits of the account after that", {ACCOUNT_NUMBER}),
    ("The app shows a number on the approve screen, what is it?", {AUTH_CODE}),
    ("Read the digits slowly for me.", {AUTH_CODE}),
    ("could you tell me all the digits in that sms", {AUTH_CODE}),
    ("the first half of the ID number please", {NATIONAL_ID, ACCOUNT_NUMBER}),
    ("ready when you are with the hospice donation card", {CREDIT_CARD}),
    ("Lastly the three digits by the signature strip?", {CARD_CVV}),
    ("To approve the change I've sent a one-time passcode.", {AUTH_CODE}),   # a code just sent asks for itself
    ("have you a telephone pin set up", {AUTH_CODE}),
    ("what did the text message say", {AUTH_CODE}),                     # the agent just sent it
    ("Is it a flat or a house we're delivering to?", {STREET_ADDRESS, ZIP_CODE}),  # the postcode ends an address
    ("Where should we credit the refund?", {ACCOUNT_NUMBER}),
    ("I've got March 2032 written down for the expiry.", {CARD_EXPIRY}),        # a read-back asks for a correction
    ("where should the courier deliver the new handset", {STREET_ADDRESS, ZIP_CODE}),
    ("You should have had a text from us just now.", {AUTH_CODE}),     # a code just sent asks for itself
    ("is the card still in date what does it say on it", {CARD_EXPIRY}),
    ("when does your card run out going by the front", {CARD_EXPIRY}),
    ("and which town is that in?", {STREET_ADDRESS, ZIP_CODE}),
    ("uh-huh and the town", {STREET_ADDRESS, ZIP_CODE}),
    # a read-back or remark, an acknowledgement, then the request (no punctuation)
    ("k e l l y perfect thank you and your date of birth", {DATE_OF_BIRTH}),
    ("right that's gone through now lovely and your postcode", {ZIP_CODE}),
    ("that's no bother as long as they sign okay so the house number and street first", {STREET_ADDRESS, ZIP_CODE}),
    ("town or city please", {STREET_ADDRESS, ZIP_CODE}),
    ("and last the eircode", {ZIP_CODE}),                  # the postcode recognizer answers ZIP_CODE cues
    ("your pps or ni number for the payroll record", {NATIONAL_ID}),
    ("can i take your national insurance number", {NATIONAL_ID}),
    ("Kindly tell me your BVN.", {NATIONAL_ID}),
    ("An OTP has been sent to you, kindly type it here.", {AUTH_CODE}),
    ("ok and what is the NIN on the line", {NATIONAL_ID}),
    ("I'll need the exact month and year, I'm afraid.", {CARD_EXPIRY}),
    ("Can you read me the valid-to date off the card?", {CARD_EXPIRY}),
    ("The account the money should go back to?", {ACCOUNT_NUMBER}),
    ("is it a house name or a house number", {STREET_ADDRESS, ZIP_CODE}),
    ("and the start date on the card", {CARD_EXPIRY}),                      # a card's start date
    ("can you give me the second and fifth digits of your security number", {AUTH_CODE}),
    ("what's your memorable number", {AUTH_CODE}),
    ("can i have the card number, expiry and cvv", {CREDIT_CARD, CARD_EXPIRY, CARD_CVV}),
    ("what's the security code on the back of the card", {CARD_CVV}),
    ("what's the security code we texted you", {AUTH_CODE}),
    ("what's the verification code we just texted you", {AUTH_CODE}),
    ("what's your address?", {STREET_ADDRESS, ZIP_CODE}),
    ("can you verify your social security number", {US_SSN}),
    ("who am i speaking with?", {PERSON}),
    ("may I have your full name please", {PERSON}),
    ("and for security, your mother's maiden name?", {PERSON}),
    ("Please confirm your phone number and date of birth.", {PHONE_NUMBER, DATE_OF_BIRTH}),
    ("What is your order number?", {ACCOUNT_NUMBER}),
    ("can you read me the six digit code", {AUTH_CODE}),
    ("what's the three digit code on the back", {CARD_CVV}),
    ("and the sort code?", {ACCOUNT_NUMBER}),
    ("what's the reference?", {ACCOUNT_NUMBER}),
    ("Can you read the PAC code out for me?", {AUTH_CODE}),
    ("Bank details for the refund please.", {ACCOUNT_NUMBER}),
    ("Go ahead with the IBAN whenever you're ready.", {IBAN_CODE}),
    ("is there a second contact number", {PHONE_NUMBER}),
    ("the council tax account number is on the bill starts with a six or a three", {ACCOUNT_NUMBER}),
    ("Which number are you bringing across to us?", {PHONE_NUMBER, ACCOUNT_NUMBER}),
    ("What number should the clinic call?", {PHONE_NUMBER}),
    ("The number ending in what?", {PHONE_NUMBER, ACCOUNT_NUMBER}),
    # a person to contact instead: their name and their number
    ("Could we have a back-up contact for the account?", {PERSON, PHONE_NUMBER}),
    ("who is your secondary contact?", {PERSON, PHONE_NUMBER}),
    ("and the contact person at the school?", {PERSON, PHONE_NUMBER}),
    ("Could we take one more contact, in case the line drops?", {PERSON, PHONE_NUMBER}),
    ("do you have another contact we could try", {PERSON, PHONE_NUMBER}),
    ("an extra contact for the booking?", {PERSON, PHONE_NUMBER}),
    ("what's the alternate contact number", {PHONE_NUMBER}),               # a number, not a person
    ("is there another contact email", set()),                             # an email, not a person
    ("we have added your sister as an alternate contact", set()),          # a statement: who was added
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
    "what does the message on the website say about delays",     # no code sent: "the message on ..." is no text
    "have you any questions",
    "k e l l y perfect thank you that's the street and town updated",   # after the acknowledgement, a statement
    "lovely thanks",
])
def test_expected_entities_empty_for_non_requests(agent_text):
    assert expected_entities(agent_text) == frozenset()


# Spoken (ASR) questions: no question mark, disfluencies inside the phrase, clipped noun phrases, and the
# many ways agents in banking, insurance, pharmacy or retail name the same identifier.
@pytest.mark.parametrize("agent_text, expected", [
    ("can i uh get the last four um of your social", {EXPECT_SSN_LAST4}),
    ("last four of the ssn please", {EXPECT_SSN_LAST4}),
    ("what are the final four digits of your social", {EXPECT_SSN_LAST4}),
    ("i need the last four of the primary's social", {EXPECT_SSN_LAST4}),
    ("and the last 4 of the social on the account", {EXPECT_SSN_LAST4}),
    ("and just the last four digits", {EXPECT_SSN_LAST4}),
    ("i'll so need your full social security number to open the line", {US_SSN}),
    ("can you read me your full social", {US_SSN}),
    ("what's your tax id", {US_SSN}),
    ("can you confirm your date um of birth please", {DATE_OF_BIRTH}),
    ("when were you born", {DATE_OF_BIRTH}),
    ("what's your d um o b", {DATE_OF_BIRTH}),
    ("let's start with your birthday", {DATE_OF_BIRTH}),
    ("i'm going to need the member's birthdate", {DATE_OF_BIRTH}),
    ("date of birth for the patient", {DATE_OF_BIRTH}),
    ("zip code for the account", {ZIP_CODE}),
    ("and the postal code", {ZIP_CODE}),
    ("can i so get your zip", {ZIP_CODE}),
    ("i just like sent a one um time code to your phone can you read it to me", {AUTH_CODE}),
    ("what's the passcode on the account", {AUTH_CODE}),
    ("i sent a verification number to your email what is it", {AUTH_CODE, EMAIL_ADDRESS}),
    ("go ahead and read me the code from the text message", {AUTH_CODE}),
    ("what is the four digit pin", {AUTH_CODE}),
    ("what's your member id", {ACCOUNT_NUMBER}),
    ("can you read me the rx number", {ACCOUNT_NUMBER}),
    ("what's the prescription number on the bottle", {ACCOUNT_NUMBER}),
    ("and the claim number please", {ACCOUNT_NUMBER}),
    ("what's the confirmation number", {ACCOUNT_NUMBER}),
    ("could you give me the group number on your card", {ACCOUNT_NUMBER}),
    ("do you have a case number", {ACCOUNT_NUMBER}),
    ("can i get a callback number", {PHONE_NUMBER}),
    ("what number can we text you at", {PHONE_NUMBER}),
    ("what's your cell", {PHONE_NUMBER}),
    ("can i have your name and date of birth", {PERSON, DATE_OF_BIRTH}),
    ("to verify i need your zip and the last four of your social", {ZIP_CODE, EXPECT_SSN_LAST4}),
    ("and may i have the passenger's name", {PERSON}),
    ("sorry you cut out what was the name again", {PERSON}),
    ("who should we call if there's an emergency?", {PERSON, PHONE_NUMBER}),
    ("and who did you speak to last time", {PERSON}),
    ("who were you dealing with before", {PERSON}),
    ("do you remember who you have spoken to", {PERSON}),
    ("what is the name of the street?", {STREET_ADDRESS, ZIP_CODE}),  # not a person's name
])
def test_expected_entities_understands_spoken_and_varied_questions(agent_text, expected):
    assert expected_entities(agent_text) == frozenset(expected)


@pytest.mark.parametrize("agent_text", [
    "your phone number was updated",                        # short, but a statement
    "we sent the code to your phone yesterday and it expired after ten minutes",
    "i see the claim was paid last week",
    "the pharmacy closes at nine tonight and opens at eight tomorrow morning",
    "so um like yeah",
    "great your social media accounts are linked",
    "how can i help you today",
    "let me see what i can do for you",
    "can you send me the reference letter",              # a letter, not an identifier
    "what a number of people called today",
    "who did you pay it to",                              # a person might answer, but not a name question
])
def test_expected_entities_empty_for_statements_and_small_talk(agent_text):
    assert expected_entities(agent_text) == frozenset()


@pytest.mark.parametrize("agent_text", [
    "could you read me the boiler serial reference",
    "have you got the lease reference handy",
    "what's the vaccination record number",
    "does she have the pension scheme number",
    "and the parking permit number please",
])
def test_expected_entities_takes_any_other_reference_or_number_for_an_identifier(agent_text):
    assert expected_entities(agent_text) == {ACCOUNT_NUMBER}


@pytest.mark.parametrize("agent_text, expected", [
    ("what's the house number", set()),
    ("how many is the number of guests", set()),
    ("and which room number were you in", set()),
    ("what's a good number to call you on", {PHONE_NUMBER}),
    ("can I take the long number on the card", {CREDIT_CARD}),
    ("the permit number was updated yesterday", set()),
])
def test_expected_entities_other_number_words_keep_their_meaning(agent_text, expected):
    assert expected_entities(agent_text) == expected


@pytest.mark.parametrize("agent_text, expected", [
    ("which number should we ring if the slot frees up", {PHONE_NUMBER}),
    ("what number can the courier text when he arrives", {PHONE_NUMBER}),
    ("which email address should the receipt go to", {EMAIL_ADDRESS}),
])
def test_expected_entities_keeps_a_question_word_inside_its_target(agent_text, expected):
    # ASR prints no question mark: "which"/"what" is part of the matched target and still asks.
    assert expected_entities(agent_text) == frozenset(expected)


@pytest.mark.parametrize("agent_text", [
    "when does your card expire",
    "and when does it expire",
    "and the month and year on the card",
    "the card you used, what's the end date on it",
    "and till which month does your card work",
    "is that visa card still valid and until when",
])
def test_expected_entities_asks_for_a_card_expiry_in_plain_words(agent_text):
    assert expected_entities(agent_text) == frozenset({CARD_EXPIRY})


@pytest.mark.parametrize("agent_text", ["your card expired last month", "what's the end date of the contract",
                                        "this card is good for online payments", "until what time are you open",
                                        "from when till what date do you need the car"])
def test_expected_entities_expiry_words_without_a_card_question(agent_text):
    assert CARD_EXPIRY not in expected_entities(agent_text)


@pytest.mark.parametrize("agent_text, expected", [
    ("which account should the refund go to", {ACCOUNT_NUMBER}),
    ("what account were you paying into?", {ACCOUNT_NUMBER}),
    ("which of your accounts was debited", {ACCOUNT_NUMBER}),
    ("what account type would you like to open?", set()),
    ("is the account still open?", set()),
    ("we closed the account last week", set()),
])
def test_expected_entities_which_account_asks_for_its_number(agent_text, expected):
    assert expected_entities(agent_text) == expected


@pytest.mark.parametrize("agent_text, expected", [
    ("which number are you bringing across to us", {PHONE_NUMBER, ACCOUNT_NUMBER}),
    ("what card did you pay with", {CREDIT_CARD}),
    ("the card number you gave was declined", set()),             # a statement, no question word
])
def test_expected_entities_question_word_inside_the_target(agent_text, expected):
    assert expected_entities(agent_text) == expected


@pytest.mark.parametrize("text, question", [
    ("What's  your\tZIP,\n um, code?", "what's your zip, , code?"),       # blanks of any kind collapsed
    ("a\x1cb  c\u2003d\u00a0e\x85f \u2028", "a b c d e f"),                # every blank ``\s`` takes, as the regex did
    ("\u200b name please ", "\u200b name please"),                         # a zero-width space is no blank
])
def test_normalize_question_collapses_blanks_like_the_regex(text, question):
    assert normalize_question(text) == question
