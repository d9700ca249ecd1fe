"""What personal data an agent's turn asks for: ``expected_entities(agent_text) -> frozenset[str]``.

The customer's next turn is then analyzed with looser rules (``TranscriptRecognizer.analyze_answer``):
"yeah six seven eight nine" after "can I get the last four of your social" is an SSN fragment.

A turn sets a cue only when it both REQUESTS something (a question mark, "can I get", "could you spell",
"please confirm", "and your ...", "I'll need ...") and NAMES a personal-data target ("date of birth",
"zip code"). "We sent an email to you yesterday" names a target but requests nothing; "is there
anything else?" requests but names nothing.
"""
from __future__ import annotations

import re

from recognizers.entities import (ACCOUNT_NUMBER, AUTH_CODE, CREDIT_CARD, DATE_OF_BIRTH, EMAIL_ADDRESS,
                                  EXPECT_SPELLED_NAME, EXPECT_SSN_LAST4, PERSON, PHONE_NUMBER, STREET_ADDRESS,
                                  US_SSN, ZIP_CODE)

_REQUEST = re.compile(
    r"\?|\b(?:can|could|may|would|will) (?:i|you|we) (?:get|have|grab|take|confirm|verify|provide|give|tell|"
    r"read|spell|please|also|just|start|go ahead)\b|\bplease\b|\b(?:and|also|plus|now|next|then|okay|ok) "
    r"(?:your|the)\b|\b(?:i|i'll|i will|we|we'll|we will) (?:need|require|just need)\b|\b(?:what's|what is|"
    r"whats|what are)\b|\b(?:tell|give|spell|read|provide|confirm|verify) (?:me|us|your|it|that|the)\b"
    r"|\b(?:go ahead|ready when you are|whenever you're ready)\b|^\s*(?:your|and)\b",
    re.IGNORECASE)

# (target pattern, expected types), most specific first; a matched span is blanked before later rules.
_TARGETS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), frozenset(types)) for pattern, types in (
        (r"\blast (?:four|4)(?: digits)?(?: of)?(?: (?:your|the))? (?:social|ssn|social security)",
         {EXPECT_SSN_LAST4}),
        (r"\b(?:social security(?: number)?|ssn|your social)\b", {US_SSN}),
        (r"\b(?:date of birth|birth ?date|birthday|dob|d\.o\.b|when were you born|year (?:of birth|you were born))",
         {DATE_OF_BIRTH}),
        (r"\bspell(?:ing)?\b[\w\s']{0,30}\bname\b|\bname\b[\w\s']{0,20}\bspell", {EXPECT_SPELLED_NAME}),
        (r"\b(?:card number|credit card|debit card|number on (?:the|your) card|long number|card ending|"
         r"expiration|expiry|exp date|cvv|cvc|security code on|three digit code|card details)",
         {CREDIT_CARD}),
        (r"\b(?:verification|one[\s\-]time|otp|security|access|confirmation|authentication|login) ?(?:pass)?code\b"
         r"|\b(?:pin|passcode|the code (?:we|i) (?:just )?sent|code (?:we|i) (?:just )?(?:sent|texted|emailed))\b"
         r"|\b(?:four|five|six|seven|eight|[4-8])[\s\-]digit (?:code|pin|passcode)\b"
         r"|\bthe code (?:on (?:your|the) screen|in the (?:text|message|email|sms))",
         {AUTH_CODE}),
        (r"\b(?:zip|zipcode|postal code|postcode|post code)\b", {ZIP_CODE}),
        (r"\b(?:your|an|the|best|which|what|good|preferred) e-?mail(?: address| on file)?\b|\be-?mail(?: address| on file)\b",
         {EMAIL_ADDRESS}),
        (r"\b(?:phone|cell|mobile|telephone)\b|\b(?:callback|call back|contact) number\b|\bnumber (?:to|where|we can)"
         r"\b[\w\s]{0,15}\b(?:reach|call|contact|text)|\bbest number\b", {PHONE_NUMBER}),
        (r"\b(?:account|order|member(?:ship)?|policy|ticket|case|confirmation|reference|tracking|booking|"
         r"reservation|invoice|claim|customer|loyalty|rewards) ?(?:number|no|#|id)\b|\bmember id\b",
         {ACCOUNT_NUMBER}),
        (r"\b(?:street address|home address|mailing address|billing address|shipping address|(?<!mail )address|"
         r"where do you live|street)\b", {STREET_ADDRESS}),
        (r"\b(?:your (?:full |first |last )?name|who am i speaking (?:with|to)|name on the account|"
         r"name please)\b", {PERSON}),
    )
)


def expected_entities(agent_text: str) -> frozenset[str]:
    """The personal-data types an agent's turn asks the customer for (empty when it asks for none)."""
    if not agent_text or not _REQUEST.search(agent_text):
        return frozenset()
    remaining = agent_text
    found: set[str] = set()
    for pattern, types in _TARGETS:
        match = pattern.search(remaining)
        if match:
            found |= types
            # Blank the match so "the last four of your social" does not also ask for the full SSN.
            remaining = remaining[:match.start()] + " " * (match.end() - match.start()) + remaining[match.end():]
    return frozenset(found)
