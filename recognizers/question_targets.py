"""The rule table of ``recognizers.question_cues``: which words of an agent's turn name which personal-data target
("date of birth", "the last four of your social", "who am i speaking with"), most specific first."""
from __future__ import annotations

import re

from recognizers.ascii_twin import ascii_twin
from recognizers.entities import (ACCOUNT_NUMBER, AUTH_CODE, CARD_CVV, CARD_EXPIRY, CREDIT_CARD, DATE_OF_BIRTH,
                                  EMAIL_ADDRESS, EXPECT_SPELLED_NAME, EXPECT_SSN_LAST4, IBAN_CODE, PERSON, PHONE_NUMBER,
                                  NATIONAL_ID, STREET_ADDRESS, US_SSN, ZIP_CODE)
from recognizers.start_set import compile_fast
from recognizers.unknown_identifier import EUROPEAN_ID_GATES, EUROPEAN_ID_QUESTION

# Words before "number" / "reference" that do not make it an identifier: determiners and pronouns, phone
# and address words (earlier rules or other recognizers own those), counts, ranks and places.
_NOT_ID_NOUNS = (
    "the|a|an|your|my|his|her|their|our|its|this|that|these|those|which|what|whats|any|some|same|other|"
    "another|different|right|wrong|whole|full|total|round|odd|even|lucky|large|small|big|high|low|"
    "phone|cell|mobile|telephone|landline|contact|callback|home|work|office|best|good|new|old|direct|fax|"
    "house|flat|door|room|apartment|street|building|floor|seat|gate|platform|table|page|line|extension|"
    "version|model|item|product|part|size|track|episode|issue|chapter|step|option|menu|level|grade|year|"
    "long|short|card|further|for|with|without|of|on|in|by|no|any|main|second|first|last|final"
)

# "what number", "which number": no noun says what the number is.
_WHAT_NUMBER = r"\b(?:what|which|what's|whats)(?: is| was)?(?: the| your)?(?: best| good| new| old| other)? number\b"

# (target pattern, expected types), most specific first; a matched span is blanked before later rules.
# Each rule has substrings of which one must occur in the lower-cased turn before its regex runs (speed).
TARGETS: tuple[tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str], frozenset[str]], ...] = tuple(  # (twin: ASCII)
    (gates, compile_fast(pattern), ascii_twin(re.compile(pattern)) or compile_fast(pattern), frozenset(types)) for gates, pattern, types in (
        (("social", "ssn", "s s n", "tax", "tin", "ss"),
         r"\b(?:last|final|ending|end|trailing|bottom) (?:four|4)(?: digits| numbers| numerals)?"
         r"(?: (?:of|on|from|for|in))?(?: (?:your|the|my|his|her|their|that))?(?: [\w']+){0,2}? "
         r"(?:social|ssn|s s n|ss|social security|tax id|taxpayer id|tin|itin)"
         r"|\b(?:social|ssn|social security)(?: number)? (?:last (?:four|4)|ending)",
         {EXPECT_SSN_LAST4}),
        (("social", "ssn", "s s n", "tax", "tin", "ss"),
         r"\b(?:social security(?: number| no)?|ssn|s s n|social(?! media| worker| club| life| event| distanc)"
         r"|tax ?(?:payer )?(?:id|identification)(?: number)?|tin|itin|ss number|ss#)\b", {US_SSN}),
        (("birth", "born", "dob", "d o b", "d.o.b", "day"),
         r"\b(?:date of birth|birth ?date|birth date|birthday|b-?day|dob|d o b|d\.o\.b\.?|when were you born|"
         r"when was (?:he|she|the \w+|your \w+) born|(?:year|day|month) (?:of birth|you were born)|born on|"
         r"born in|what year were you born|your birth)", {DATE_OF_BIRTH}),
        (("spell", "spelt", "letter"),  # ... or "the family name one letter at a time", "letter by letter"
         r"\bspel(?:l|ling|t|led)\b[\w\s',]{0,30}\b(?:sur)?name\b|\b(?:sur)?name\b[\w\s',]{0,20}\b(?:spel[lt]|letters? (?:at a time|by letter))",
         {EXPECT_SPELLED_NAME}),
        (("iban", "international bank"), r"\b(?:iban|international bank account)", {IBAN_CODE}),
        (("ni ", "n i ", "nino", "pps", "p p s", "insurance", "sin ", "nhs", "aadha"),
         r"\b(?:(?:ni|n i|nino|pps|ppsn|p p s|sin|nhs)(?: (?:or|slash) (?:ni|n i|pps|ppsn|sin))? (?:number|no|num)|nino|pps|"
         r"national insurance|social insurance|aadhaa?r)\b", {NATIONAL_ID}),
        # Singapore / Malaysia: "can I have your IC number?", "your NRIC", "FIN no.", "MyKad number" (not
        # "your full name as in your IC": the card, not its number).
        (("ic", "i c", "fin", "mykad", "kad"), r"\b(?:nric|fin|mykad|my kad)(?: (?:number|no|num))?\b"
         r"|\b(?:ic|i c|i/c) (?:number|no|num)\b|\bkad pengenalan\b", {NATIONAL_ID}),
        # Latin America: "your CURP", "el RFC", "CPF please", "the NIT", "CUIT or CUIL", "your RUT".
        (("curp", "rfc", "cpf", "c p f", "cnpj", "nit", "cedula", "cédula", "cuit", "cuil", "rut", "dni"),
         r"\b(?:curp|rfc|cpf|c p f|cnpj|nit|c[eé]dula|cuit|cuil|rut|dni)\b", {NATIONAL_ID}),
        (EUROPEAN_ID_GATES, EUROPEAN_ID_QUESTION, {NATIONAL_ID}),  # "your Steuer-ID", "le NIR", "PESEL", "BSN"
        (("nin", "bvn", "n i n", "b v n", "bank verification"),
         r"\b(?:nin|bvn|n i n|b v n|bank verification(?: number| no)?)\b", {NATIONAL_ID}),
        # "the first half of the ID number", "your identity number": a national id or an account's id.
        (("id", "i d", "identity", "identification"),
         r"\b(?:id|i d|identity|identification)(?: card)? (?:number|no|num|code)\b", {NATIONAL_ID, ACCOUNT_NUMBER}),
        (("bank", "account details", "payment details", "account", "refund"),
         r"\b(?:bank|account|payment|banking) details\b|\bbank account\b"
         # "where should we credit the refund?": the account a refund is paid into.
         r"|\bwhere (?:should|shall|can|do you want) (?:we|i|it) (?:credit|send|pay|transfer|deposit|refund)"
         r"(?: (?:the|your) (?:refund|money|payment|funds))?\b"
         # "which account did it leave from": the question word stays for the request test below.
         r"|(?:(?<=\bwhich )|(?<=\bwhat ))(?:of your )?accounts?\b(?! (?:type|types|kind|kinds|level|tier)\b)"
         # "the account the money should go back to": where a refund is paid.
         r"|\baccount (?:the|that|you want the|for the) (?:money|refund|payment|funds)\b"
         r"|\bdigits of (?:the|your) account\b",  # "and the eight digits of the account after that"
         {ACCOUNT_NUMBER}),
        (("number", "no", "num", "#", "id", "i d", "code", "rx", "vin", "ref"),
         r"\b(?:account|acct|order|member(?:ship)?|policy|ticket|case|confirmation|reference|ref|tracking|"
         r"booking|reservation|invoice|claim|customer|loyalty|rewards|prescription|rx|refill|group|plan|"
         r"subscriber|patient|incident|contract|loan|certificate|license|licence|serial|student|employee|"
         r"medicare|medicaid|insurance|insurer|benefit|id card|pharmacy|store|transaction|payment|return|"
         r"rma|shipment|service request|work order|agreement|application|registration|record|chart|"
         r"enrollment|enrolment|dependent|household|unit|device|meter|vehicle|vin|sort) ?"
         r"(?:id|number|no|num|#|code|identifier)s?\b"
         r"|\b(?:booking|reservation|confirmation|claim|order|policy|case|ticket|account|payment|invoice) "
         r"(?:reference|ref)s?\b|\b(?:member|subscriber|patient|policy|customer|"
         r"account|user|client|employee|student|group) ?(?:id|i d)\b|\b(?:rx|vin)\b"
         r"|\b(?:your|the|that) (?:reference|ref)\b(?! (?:to|from|letter)\b)", {ACCOUNT_NUMBER}),
        # "go ahead, a few digits at a time": a number read in pieces, whichever it is.
        (("at a time", "bit by bit", "digit by digit", "in groups"),
         r"\b(?:(?:a few|some|two|three|four) (?:digits|numbers) at a time|bit by bit|digit by digit|"
         r"in groups of)\b", {ACCOUNT_NUMBER}),
        (("expir", "exp date", "valid", "good", "month and year", "end date", "run to", "runs to", "run till", "runs till",
          "start date", "issue date", "in date", "run out", "runs out", "until", "till"),
         r"\b(?:expiration|expiry|exp date|expiry date|(?:valid|good)[\s\-](?:thru|through|until|to|till))|\bcard (?:\w+ )?expires?\b"
         r"|\bwhen (?:does|will) (?:it|that|this|the \w+|your \w+) expire\b|\bruns? (?:to|till)\b"
         r"|\bmonth and year\b|\b(?:valid from|start date|issue date)\b"  # a card's start date too
         r"|\bcard\b.*\b(?:month and year|end date)\b|\b(?:month and year|end date)\b.*\bcard\b"
         r"|\bend date (?:printed|on the front|on it)\b|\b(?:still )?in date\b.*\b(?:card|say|it)\b"
         r"|\bcard runs? out\b|\bwhen does (?:it|the card|your card) run out\b"
         r"|\bwhen (?:does|will) (?:the|your|that) card\b[\w\s']{0,30}\brun out\b"  # ... "until which month is that card good"
         r"|\b(?:until|till) (?:which|what) (?:month|date)\b[\w\s']{0,30}\bcard\b|\bcard (?:still )?(?:good|valid)\b(?! (?:for|news|idea|one|to go)\b)", {CARD_EXPIRY}),
        (("cvv", "cvc", "cid", "security code", "digit code", "verification", "code on the back", "on the back",
          "signature"),
         r"\b(?:cvv2?|cvc2?|cid|card security code|security code on (?:the )?(?:back|card)|"
         r"(?:three|3)[\s\-]digit (?:security )?code|card verification (?:value|code)|code on the back|"
         r"(?:three|3|four|4) digits on the back|digits (?:by|next to|beside|on) the signature)",
         {CARD_CVV}),
        (("card", "long number", "digits on"),
         r"\b(?:card number|credit card|debit card|number on (?:the|your) card|long number|card ending|"
         r"card details|digits on the (?:front|card)|which card|what card|card (?:did|do) you (?:pay|use)|"
         r"card you (?:paid|used)|ready when you are with (?:the|your) (?:\w+ ){0,3}card\b"
         # "the first four digits of the card", "the rest of the card through to the end"
         r"|(?:digits|numbers) (?:of|on|from) (?:the|your) card\b|\brest of (?:the|your) card\b)",
         {CREDIT_CARD}),
        (("code", "pin", "pass", "number", "otp", "2fa", "memorable", "digits", "app", "text", "message", "sms"),
         # telephone banking: "your memorable number", "the 2nd and 5th digits of your security number"
         r"\bmemorable (?:number|date|digits|code)\b|\b(?:telephone|phone) banking (?:number|code|pin|passcode|password)\b"
         r"|\b(?:telephone|phone) (?:pin|passcode|password)\b"
         r"|\bpass ?number\b|\bdigits of your (?:\w+ )?(?:number|code|pin|passcode)\b"
         r"|\b(?:verification|one[\s\-]?time|otp|security|access|confirmation|authentication|authori[sz]ation|auth|login|"
         r"sign[\s\-]?in|activation|validation|reset|2fa|two[\s\-]factor|text(?:ed)?|sms|pac|porting|port out|"
         r"transfer|switching|stac|unlock)"
         r" ?(?:pass)?(?:code|pin|password)s?\b"
         r"|\b(?:verification|security|access|authentication|authori[sz]ation|auth) number\b"
         r"|\b(?:pin|pin number|pin code|passcode|pass code|password|passphrase|security pin|voice pin)\b"
         r"|\b(?:the|that|a|your) code\b|\bcode (?:we|i|that we|that i|you) (?:just )?(?:sent|texted|emailed|"
         r"received|got|gave)"
         r"|\b(?:four|five|six|seven|eight|[4-8])[\s\-]digit (?:code|pin|passcode|number)\b"
         # an app's approval number, a code just sent: "the app shows a number on the approve screen, what is
         # it", "read the digits slowly for me", "a code has gone to the number ending 2455"
         r"|\bapp (?:shows|showing|gave|give you|sent)\b.{0,30}\bnumber\b|\bnumber to read back\b"
         r"|\b(?:read|say|tell)(?: me| us)? (?:the|those|all|all the) (?:\w+ )?digits\b|\bcode has (?:gone|been sent)\b"
         r"|\bhad a text from us\b|\b(?:an|the|your) otp\b|\b(?:digits|numbers) (?:from|in|on) the (?:text|message|sms)\b"
         # "what does the message say", "what did the text say" (the agent just sent it)
         r"|\bwhat (?:does|did) (?:the|that|our) (?:text|message|sms)(?: message)? (?:say|show|read)\b", {AUTH_CODE}),
        (("zip", "postal", "postcode", "post code", "eircode"),
         r"\b(?:zip|zipcode|zip code|postal|postal code|postcode|post code|eircode)\b", {ZIP_CODE}),
        (("mail",),
         r"\b(?:your|an|the|best|which|what|good|preferred) e-?mail(?: address| on file)?\b|\be-?mail(?: address| on file)\b", {EMAIL_ADDRESS}),
        # ... a phone number when the turn says what the number is for ("what number should the clinic call").
        (("number",), _WHAT_NUMBER + r"(?=.*\b(?:call|ring|text|reach|contact|phone|mobile)\b)", {PHONE_NUMBER}),
        (("phone", "cell", "mobile", "landline", "number", "reach", "call", "text", "contact", "ring"),
         r"\b(?<!(?:to|on) your )(?<!(?:to|on) the )(?:phone|cell|cellphone|mobile|telephone|landline)\b"
         r"(?! app| call)|\b(?:callback|call back|contact|home|work|"
         r"daytime|alternate|alternative|best|good|evening|cell|another|other|second|backup|spare) (?:phone )?number\b"
         r"|\bnumber (?:to|where|we can|i can|that we can|you can be)\b[\w\s]{0,15}\b(?:reach|call|contact|text)"
         r"|\bnumber (?:you're|you are) calling from\b|\b(?:reach|call|text|contact|ring) you (?:at|on)\b", {PHONE_NUMBER}),
        (("call", "contact", "ring"), r"\b(?:who|someone) (?:should|shall|can|could|do|would)? ?(?:we|i) (?:can |could |should )?"
         r"(?:call|contact|ring)\b|\b(?:emergency|back-?up|back up|second(?:ary)?|another|one more|extra) contact\b"
         r"(?! (?:number|details|e-?mail|phone|address))|\bcontact person\b", {PERSON, PHONE_NUMBER}),  # "a backup contact"
        (("address", "live", "street", "town", "city", "house", "deliver", "send", "post"),
         r"\b(?:street address|home address|mailing address|billing address|shipping address|(?<!mail )(?<! i )(?<! we )address|"
         r"where do you live|street|(?:which|what|and the) (?:town|city)|town or city|house name|flat or a house)\b"
         # "where should the courier deliver the new handset"
         r"|\bwhere (?:should|shall|do|will|can|would) (?:we|i|the \w+|it|they|you want (?:it|us|the \w+) to) "
         r"(?:deliver|send|post)\b", {STREET_ADDRESS, ZIP_CODE}),  # the postcode ends an address
        (("name", "speaking", "who", "holder", "anyone", "address", "call"),
         r"\b(?:your (?:(?:full|first|last|given|family|middle) |sur|fore)?name|(?:the )?(?:sur|fore)name|maiden name|who am i speaking (?:with|to)|name on the account|"
         r"name please|(?:the|your) (?:first|last|full|family|given|middle) names?|names? (?:as )?on the passport)\b"
         # "a name for the booking", "what name is it under", "who's the account holder", "the passenger's name", "anyone else on
         # the policy", "who should the vet ask for", "how should i address you", "who did you speak to" (a person's name)
         r"|\b(?:a|the) name (?:for|on) the\b|\bwhat name\b|\bwhose name\b|\bwhat(?:['’]s| is| was) the name\b(?! of)|\bthe name again\b"
         r"|\bwho(?:'s| is| was) the (?:\w+ )?(?:holder|policyholder|member|owner|patient|driver|passenger|guest)\b"
         r"|\b(?:holder|policyholder|member|owner|patient|driver|passenger|guest|customer|caller)(?:['’]?s)? (?:(?:full|first|last) )?name\b"
         r"|\banyone else (?:on|named on) the\b|\bwho (?:should|shall|do|will) (?:we|i|they|the \w+) ask for\b"
         r"|\bwho (?:(?:did|were|have) you|you(?:['’]ve| have)?) (?:spoke|spoken|speak|speaking|talk|talked|talking|deal|dealt|dealing"
         r"|chat|chatted|chatting) (?:to|with)\b"
         r"|\b(?:how|what) (?:should|shall|can|do|may) (?:i|we) (?:address|call) you\b|\bwhat do you (?:like|prefer) to be called\b", {PERSON}),
        # "and the last four digits" with no owner named: a four-digit fragment of something personal.
        (("last", "final"),
         r"\b(?:last|final) (?:four|4)(?: digits| numbers)?\b", {EXPECT_SSN_LAST4}),
        # "which number are you bringing across", "what number should the clinic call", "the number ending
        # in what?": a number no noun names, a phone number or an account (either answer is personal).
        (("number",), _WHAT_NUMBER + r"|\bnumber ending\b", {PHONE_NUMBER, ACCOUNT_NUMBER}),
        # Any other "<noun> reference" or "<noun> number" names an identifier the rules above do not list
        # ("your donor reference", "the microchip number", "unique taxpayer reference"); it runs last, on
        # what earlier rules left, and words that count, rank or place something are no identifier.
        (("reference", "ref", "number"),
         rf"\b(?!(?:{_NOT_ID_NOUNS})\b)[a-z]{{3,}}(?:-[a-z]+)? (?:reference|ref)(?: number| no)?\b"
         rf"|\b(?!(?:{_NOT_ID_NOUNS})\b)[a-z]{{3,}}(?:-[a-z]+)? number\b", {ACCOUNT_NUMBER}),
    )
)
