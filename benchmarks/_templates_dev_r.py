"""Eighteenth development template family (``dev_r``), written blind: continental European callers (Germany, France,
Italy, Spain, Poland, the Netherlands, Belgium, Sweden) speaking English as a second language to a pan-European
contact centre, code-switching (``ja``, ``genau``, ``d'accord``, ``allora``, ``vale``, ``tak``, ``precies``), names
with particles and double-barrelled or two family names, national identifiers (Steuer-ID, NIR, codice fiscale, DNI /
NIE, PESEL, numéro national, BSN, personnummer), VAT numbers, EU IBANs, local phone, postcode and address forms.
ASR half: caption exports of the call recording as TTML / DFXP XML (``<p begin=... end=... ttm:agent=...>``, XML
entities, ``<br/>``) or YouTube SBV cues (``0:01:02.340,0:01:05.120``, ``>>`` speaker changes); chat half: a Slack
Connect channel export (JSON, ``\\uXXXX`` and ``\\/`` escapes, ``&lt;`` / ``&amp;``, ``<mailto:...|...>`` links,
``user_profile``) or an Intercom conversation-parts export (JSON lines, HTML ``<p>`` bodies, author name and e-mail).
Five domains (``_domains_dev_r``); slot grammar: ``_profile_dev_r``; exports: ``_export_dev_r``; assembly:
``_assemble_dev_r``.
"""
from __future__ import annotations

from benchmarks._domains_dev_r import DOMAINS

VERIFY_ASR = (
    (("a", "For the security check I need your {idname}, please."), ("c", "{yes_word}, my {idname} is {ID}.")),
    (("a", "Let me read it back to you: {ID_RB}. Is that right?"), ("c", "{yes_word}, exactly that.")),
    (("a", "And what's your date of birth?"), ("c", "I was born {DOB}, {filler}.")),
    (("a", "Could you spell the family name for me?"), ("c", "Of course, {SURNAME}, that is {SPELT}.")),
    (("a", "Which mobile number can we reach you on?"), ("c", "My mobile is {TEL}, {filler}.")),
    (("a", "I repeat, {TEL_RB}, correct?"), ("c", "{yes_word}, that's my handy.")),
    (("a", "What e-mail address should the confirmation go to?"), ("c", "Please write it to {MAIL}.")),
    (("a", "And your home address, with the postal code?"), ("c", "{ADDR}, {ZIP} {city}.")),
)
VERIFY_CHAT = (
    (("a", "For verification, please send your {idname} and your date of birth."), ("c", "{idname}: {ID}\n{dobcue} {DOB}")),
    (("a", "Could you confirm your mobile number and e-mail address?"), ("c", "mobile {TEL}\nmail {MAIL}")),
    (("a", "What is the postal address, please?"), ("c", "{ADDR}\n{ZIP} {city}")),
    (("a", "Is it a private or a business contract? For business I need the VAT number."),
     ("c", "business, I'm self-employed, {taxname} {TAX}")),
)
CONTACT_ASR = (
    (("c", "If I'm not reachable please call my {kin} {THIRD} on {ALT}, {filler}."),
     ("a", "No problem, I've saved that as a second contact.")),
    (("a", "Do you also have a landline number?"), ("c", "At home it's {LAND}, but I'm rarely there.")),
)
CONTACT_CHAT = (
    (("c", "second contact is my {kin} {THIRD}, {ALT}"), ("a", "Thanks, I've added the second contact to the account.")),
)
STEPS_ASR = {
    "step_card": ((("a", "Can you read me the card number, please?"), ("c", "{ok}, the card is {CARD}.")),
                  (("a", "And the expiry date and the three digits on the back?"), ("c", "It expires {EXP}, the code is {CVV}."))),
    "step_acct": ((("a", "Do you have your {acctname} at hand?"), ("c", "{yes_word}, the {acctname} is {ACCT}.")),),
    "step_iban": ((("a", "For the refund I need your IBAN, please."), ("c", "It's {IBAN}, at {bank}.")),),
    "step_otp": ((("a", "I've just sent you a text with a code. Can you read it to me?"), ("c", "{yes_word}, it says {OTP}.")),),
}
STEPS_CHAT = {
    "step_card": ((("a", "Please share the card number so I can find the payment."), ("c", "card {CARD}, valid until {EXP}")),),
    "step_acct": ((("a", "Could you give me your {acctname}? It's on every invoice."), ("c", "{acctname} {ACCT}")),),
    "step_iban": ((("a", "Where should we send the refund? Please share the IBAN."), ("c", "IBAN {IBAN} ({bank})")),),
    "step_otp": ((("a", "We've sent a verification code to your phone, what does it say?"), ("c", "code is {OTP}")),),
}
CLOSINGS_ASR = (
    (("a", "Everything is done. If you need us again the number is {helpline}. Have a nice day!"), ("c", "{thanks}, {bye}.")),
    (("a", "You'll get an e-mail within {span}. Thank you for your patience, {title} {SURNAME}."), ("c", "{ok}, {thanks}.")),
)
CLOSINGS_CHAT = (
    (("a", "Is there anything else I can do for you?"), ("c", "no that's all, {thanks} {STAFF}!")),
    (("a", "I'll close the conversation now. For urgent things call {helpline}. Bye, {GIVEN}!"), ("c", "{bye} 👋")),
)
FAIRNESS_ASR = (
    "Good afternoon, my name is {NAME}, I call about my contract.",
    "Thank you very much, {title} {SURNAME}, one moment please.",
    "The contract is on the name of my {kin}, {THIRD}, is it a problem?",
    "Hello again, it's {GIVEN}, we spoke this morning about the refund.",
)
FAIRNESS_CHAT = (
    "hello, I am {NAME} and I need help with my invoice please",
    "perfect, thanks {GIVEN} 🙏",
    "Account holder: {NAME}",
    "you can also ask {THIRD}, my {kin}, who knows all the details",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("german", "french", "italian", "spanish", "polish")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = VERIFY_ASR + VERIFY_CHAT + CONTACT_ASR + CONTACT_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("One moment, I'm checking the system for you.",), "customer": ("Okay, I wait, no problem.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_r import NameSourceR
    from benchmarks._profile_dev_r import ProfileR

    return ProfileR, NameSourceR


def conversation(index: int, split: str, style: str, names, rng) -> dict:
    from benchmarks._assemble_dev_r import assemble

    return assemble(index, split, style, names, rng)


def render(template: str, profile, rng, filler_rate: float = 0.0):
    """One fairness frame filled in this family's style (``generate_fairness`` uses it)."""
    from benchmarks._assemble_dev_r import render_fairness

    return render_fairness(template, profile, rng)
