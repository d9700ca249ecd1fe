"""Entity type names used across recognizers, config and operators (one place to spell them)."""

PERSON = "PERSON"
PHONE_NUMBER = "PHONE_NUMBER"
EMAIL_ADDRESS = "EMAIL_ADDRESS"
CREDIT_CARD = "CREDIT_CARD"
US_SSN = "US_SSN"
DATE_OF_BIRTH = "DATE_OF_BIRTH"
DATE = "DATE"
STREET_ADDRESS = "STREET_ADDRESS"
ZIP_CODE = "ZIP_CODE"
ACCOUNT_NUMBER = "ACCOUNT_NUMBER"
AUTH_CODE = "AUTH_CODE"
IBAN_CODE = "IBAN_CODE"
IP_ADDRESS = "IP_ADDRESS"
NATIONAL_ID = "NATIONAL_ID"  # non-US national identifiers and US ITIN / EIN (recognizers.national_id)

ALL_ENTITIES = (
    PERSON, PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD, US_SSN, DATE_OF_BIRTH, DATE,
    STREET_ADDRESS, ZIP_CODE, ACCOUNT_NUMBER, AUTH_CODE, IBAN_CODE, IP_ADDRESS, NATIONAL_ID,
)

# Cross-turn expectations an agent's question can set (see recognizers.question_cues).
EXPECT_SSN_LAST4 = "US_SSN_LAST4"
EXPECT_SPELLED_NAME = "PERSON_SPELLED"

# Why a finding fired (Finding.reason / RecognizerResult explanation).
from recognizers.names.reasons import REASON_CUE_PHRASE, REASON_NAME_LIST  # noqa: E402 (spelled there)

REASON_PATTERN = "pattern"
REASON_CONTEXT = "context"
REASON_CROSS_TURN = "cross_turn"
REASON_SPELLED = "spelled"
REASON_NER = "ner"
REASON_PROPAGATION = "propagation"

ALL_REASONS = frozenset({
    REASON_PATTERN, REASON_CONTEXT, REASON_CROSS_TURN, REASON_NAME_LIST, REASON_CUE_PHRASE,
    REASON_SPELLED, REASON_NER, REASON_PROPAGATION,
})
