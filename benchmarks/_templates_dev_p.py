"""Sixteenth development template family (``dev_p``), written blind: callers in the UAE, Saudi Arabia, Qatar, Egypt
and Jordan speaking English with Arabic code-switching (``inshallah``, ``yalla``, ``khalas``, ``habibi``, ``wallah``;
Arabizi in chat: ``7amad``, ``3li``), Arab names with ``bin`` / ``bint`` / ``Al-`` and kunyas, South Asian expatriates
and agents. ASR half: a contact-centre analytics JSON export, one or more segment objects per turn (participant,
content, begin / end offset millis, sentiment); chat half: a helpdesk ticket HTML export (``<p>``, ``<br>``,
``&nbsp;``, ``mailto:`` links, quoted replies in ``<blockquote>``, signatures).
Five domains (``_domains_dev_p``); slot grammar: ``_profile_dev_p``; assembly: ``_assemble_dev_p``.
"""
from __future__ import annotations

from benchmarks._domains_dev_p import DOMAINS

AGENT_HELLO_ASR = (
    (("a", "Thank you for calling {company}, my name is {STAFF}, how may I assist you today?"),
     ("c", "Hello, {god}. This is {NAME} speaking.")),
    (("a", "Welcome to {company}, you are speaking with {STAFFNAME}. May I know your full name please?"),
     ("c", "Yes habibi, {NAME}.")),
    (("a", "{company}, good evening, {STAFF} here. Who do I have on the line?"),
     ("c", "It's {GIVEN}. Full name {NAME}. People call me {KUNYA}.")),
)
NAME_ASR = (
    (("a", "Sorry the line is breaking, can you spell the family name for me?"), ("c", "Sure, {SPELT}."),
     ("a", "Perfect, thank you {title} {SURNAME}.")),
    (("a", "Shall I address you as {title} {SURNAME}?"), ("c", "Yes, that's fine, or just {GIVEN}, no problem.")),
)
VERIFY_ASR = (
    (("a", "For security, may I have your {idname} number please?"), ("c", "One second, let me take out the card. Okay, {ID}."),
     ("a", "Thank you. And what is your date of birth?"), ("c", "{DOB}.")),
    (("a", "Can you confirm the mobile number on the account?"), ("c", "{TEL_1}"), ("a", "Yes, go on."),
     ("c", "{TEL_2}."), ("a", "Thank you, it matches.")),
    (("a", "Kindly confirm the date of birth on your file."), ("c", "In hijri it is {HIJRI}, in the normal calendar {DOB}."),
     ("a", "Noted, shukran.")),
    (("a", "Is there a landline we can reach you on?"), ("c", "The house number is {LAND}.")),
    (("a", "And the postal code of your national address?"), ("c", "{ZIP}, {city}.")),
)
CONTACT_ASR = (
    (("a", "Shall I email you the complaint reference?"), ("c", "Yes please, to {MAIL}."),
     ("a", "I will repeat it back, {MAIL}, yes?"), ("c", "{yes}.")),
    (("c", "If I don't answer, call my family member {THIRD} on {ALT}, {god}."), ("a", "Noted, I added the second contact.")),
)
STEPS_ASR = {
    "step_otp": ((("a", "I just sent a verification code by SMS. Can you read it to me?"), ("c", "Yes, it's {OTP}."),
                  ("a", "Thank you, you are verified.")),),
    "step_iban": ((("a", "The refund goes to your bank account. Which bank and what is the IBAN?"),
                   ("c", "{bank}, the IBAN is {IBAN}."), ("a", "Thank you, I will process it.")),),
    "step_acct": ((("a", "Can I have the account number on the bill as well?"), ("c", "Account number {ACCT}."),
                   ("a", "Reading back, {ACCT_RB}."), ("c", "{yes}.")),),
    "step_none": ((("a", "The courier will call the number ending {TEL_END4} before he comes. Is that okay?"),
                   ("c", "{ok}.")),),
}
CLOSINGS_ASR = (
    (("a", "I have logged a complaint, you will hear from us within {span}. Anything else I can help with?"),
     ("c", "No, {thanks}."), ("a", "Thank you for calling, {title} {SURNAME}. Have a nice day."), ("c", "{bye}.")),
    (("a", "All done. For anything else you can call {helpline} any time."), ("c", "{ok}, {thanks}, {STAFF}.")),
)
# Ticket half: every template is the body of one comment (greeting and signature are added by the assembler).
VERIFY_CHAT = (
    (("a", "Thank you for contacting us. For verification, please reply with your full name as on your {idname}, "
           "the {idname} number and your date of birth."),
     ("c", "Full name: {NAME}\n{idname}: {ID}\nDOB: {DOB}")),
    (("a", "Before we proceed, kindly confirm the mobile number and email address registered with us."),
     ("c", "Mobile {TEL}, email is this one {MAIL}. Khalas, please hurry.")),
    (("a", "Please confirm your mailing address including the postal code."), ("c", "{ADDR}, {city} {ZIP}")),
)
CONTACT_CHAT = (
    (("c", "If I am not reachable you can call my family member {THIRD} on {ALT}, same house."),
     ("a", "Noted, we have added the alternate contact to your profile.")),
)
STEPS_CHAT = {
    "step_otp": ((("a", "We have sent a one-time password to your mobile. Please reply with it within 10 minutes."),
                  ("c", "OTP is {OTP}")),),
    "step_iban": ((("a", "The refund will be credited to your bank account. Please share the bank name and IBAN."),
                   ("c", "{bank}\nIBAN: {IBAN}\nAccount holder is me.")),),
    "step_acct": ((("a", "Please also share the account number printed on the bill."), ("c", "Account no. {ACCT}")),),
    "step_none": ((("a", "We have booked a redelivery. The driver will call you 30 minutes before arrival."),
                   ("c", "Okay, shukran. Tell him to call first please, the building has no bell.")),),
}
CLOSINGS_CHAT = (
    (("a", "We have completed the review and resolved the issue. You will see the update within {span}. For "
           "anything else please call {helpline}."), ("c", "Received, jazakallah khair.")),
    (("a", "We are marking this ticket as solved. If the issue returns, simply reply to this email."),
     ("c", "Okay, khalas, thanks a lot.")),
)
FAIRNESS_ASR = (
    "Yes hello, {NAME} speaking, I'm calling about my account.",
    "Thank you {title} {SURNAME}, one moment please.",
    "The card is in the name of my family member {THIRD}, is that okay?",
    "{GIVEN} again, I called yesterday, wallah nobody called me back.",
)
FAIRNESS_CHAT = (
    "Dear support,\n\nPlease call me back today.\n\nRegards,\n{NAME}",
    "Hi {GIVEN},\n\nThank you for the quick reply.",
    "Name: {NAME}\nRelation: self",
    "Please contact {THIRD} if I don't answer, inshallah.",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("arab", "pakistani", "indian")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[2], d[3]))
IDENTITY = AGENT_HELLO_ASR + NAME_ASR + VERIFY_ASR + CONTACT_ASR + VERIFY_CHAT + CONTACT_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[4], d[5]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Please bear with me a moment while I check the system.",), "customer": ("Okay, I am waiting, take your time.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_p import NameSourceP
    from benchmarks._profile_dev_p import ProfileP

    return ProfileP, NameSourceP


def conversation(index: int, split: str, style: str, names, rng) -> dict:
    from benchmarks._assemble_dev_p import assemble

    return assemble(index, split, style, names, rng)


def render(template: str, profile, rng, filler_rate: float = 0.0):
    """One fairness frame filled in this family's style (``generate_fairness`` uses it)."""
    from benchmarks._assemble_dev_p import render_one
    from benchmarks._export_dev_p import html_body, segments

    frames = FAIRNESS_ASR if profile.asr else FAIRNESS_CHAT
    frame = frames[FAIRNESS_FRAMES.index(template) % len(frames)]
    turn = dict(zip(("text", "spans", "distractors"), render_one(frame, profile, rng)))
    if profile.asr:
        segments(turn, "customer", rng.randint(20, 400) * 1000, rng, rng.choice((0, 1)))
    else:
        html_body(turn)
    turn["distractors"] = []
    return turn["text"], turn["spans"], turn["distractors"]
