"""Twentieth development template family (``dev_t``), written blind: callers and chat customers of contact centres
in South Africa, Kenya, Ghana, Uganda and Tanzania with names of those countries (``_names_dev_t``), their ID numbers
(South African ID, KRA PIN, Ghana Card, Ugandan NIN, NIDA number), phones, addresses (postal codes, P.O. Boxes,
GhanaPost GPS codes) and dates. ASR half: a telephony speech engine's text (lower case, no punctuation, numbers as
words) exported as an Amazon Connect Contact Lens transcript or a Genesys Cloud transcript JSON; chat half: a
Zendesk Support ticket's comments JSON (``body``, ``html_body``, ``plain_body``). Five domains (``_domains_dev_t``);
values: ``_profile_dev_t``; assembly: ``_assemble_dev_t``; exports: ``_export_dev_t``.
"""
from __future__ import annotations

from benchmarks._domains_dev_t import DOMAINS

NAME_ASR = (
    (("a", "Whose name is the account registered under?"), ("c", "{NAME}")),
    (("a", "Please spell the surname for me slowly."), ("c", "Okay, {SPELT}.")),
    (("a", "Sorry you are breaking up, can you repeat the surname?"), ("c", "{SURNAME}. {SPELT}.")),
    (("a", "Can I just call you {GIVEN}?"), ("c", "Yes, {GIVEN} is okay.")),
    (("a", "Who else is listed on this account with you?"), ("c", "Only my {kin}, {THIRD}.")),
)
VERIFY_ASR = (
    (("a", "For verification, give me your date of birth please."), ("c", "I was born {DOB}.")),
    (("a", "Which cell number is registered on the profile?"), ("c", "It's {TEL}.")),
    (("a", "Where should I send the email confirmation?"), ("c", "Use {MAIL}.")),
    (("a", "Kindly confirm your physical address and the {postname}."), ("c", "{ADDR}, {city}, {POST}.")),
    (("a", "May I have your {idname}?"), ("c", "Eh, let me check, it's {IDNO}.")),
    (("a", "I need the account number as well."), ("c", "The account number is {ACCT}.")),
    (("a", "We have just sent a one-time PIN to your phone, please read it to me."), ("c", "Yes it came, {OTP}.")),
)
VERIFY_CHAT = (
    (("a", "For security purposes, please type your date of birth and registered cellphone number."), ("c", "born {DOB}, cell {TEL}")),
    (("a", "Which email address can we use for updates?"), ("c", "{MAIL}")),
    (("a", "Kindly share your residential address with the {postname}."), ("c", "{ADDR}, {city}\n{POST}")),
    (("a", "Please type your surname letter by letter."), ("c", "{SPELT}")),
    (("a", "May I also have your {idname} for the record?"), ("c", "{idname}: {IDNO}")),
    (("a", "What's the account number?"), ("c", "account {ACCT}")),
    (("a", "We've sent you an OTP by SMS, kindly share it here."), ("c", "the OTP: {OTP}")),
    (("a", "Is there another person who can be contacted on the account?"), ("c", "my {kin} {THIRD}, on {ALT}")),
)
STEPS_ASR = {
    "card": ((("a", "Can you read me the sixteen digits on the front of the card?"), ("c", "Okay it's {CARD}.")),
             (("a", "Okay, and which month and year does it expire?"), ("c", "It says {EXP}."))),
    "alt": ((("a", "Is there someone else we can call if we don't reach you?"), ("c", "My {kin} {THIRD}, the number is {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "Please type the full card number and the expiry so I can trace the debit."), ("c", "{CARD} expiry {EXP}")),),
    "alt": ((("a", "Kindly share an alternative number where we can reach you."), ("c", "{ALT} it's my {kin} {THIRD}")),),
}
CLOSINGS_ASR = (
    (("a", "Okay {GIVEN}, that one is done. Is there anything more I can help with?"), ("c", "No, that's all, {thanks}.")),
    (("a", "Thank you for holding, {title} {SURNAME}. You will get an SMS shortly."), ("c", "Alright, {bye}.")),
    (("a", "If there is any problem you can reach us on {helpline}. Enjoy your day."), ("c", "Okay, {thanks}, {bye}.")),
)
CLOSINGS_CHAT = (
    (("a", "Is there anything else I can assist with today, {GIVEN}?"), ("c", "no that's all, thank you {STAFF}")),
    (("a", "Your request has been logged. Thank you for your patience, {title} {SURNAME}."), ("c", "ok thanks, {bye}")),
    (("a", "I'll go ahead and close this ticket. You can also call us on {helpline}."), ("c", "sure 🙏🏾")),
)
SMALLTALK_ASR = (
    (("c", "Sorry for the noise, I'm in a taxi going past {place}."), ("a", "It's fine, I can hear you well.")),
    (("a", "How is the weather on your side?"), ("c", "Hot hot, but {phrase} it will rain this week.")),
    (("c", "I just came from {venue}, {excl}, the queue was long."), ("a", "Haha, I know the feeling.")),
)
SMALLTALK_CHAT = (
    (("c", "pls bear with me I'm typing from {venue}"), ("a", "No worries at all, take your time.")),
    (("c", "{phrase} this gets sorted today, I'm travelling to {place} on friday"), ("a", "Let's make sure it is!")),
)
FAIRNESS_ASR = (
    "Hello good morning, my name is {NAME}, I'm calling about a problem.",
    "{NAME}",
    "Thank you {title} {SURNAME}, please hold on as I check.",
    "The account is for my {kin} {THIRD}, can I still ask?",
)
FAIRNESS_CHAT = (
    "Good day, I am {NAME} and I need assistance with my account",
    "full names: {NAME}",
    "asante {GIVEN}, it's working now",
    "if I'm not reachable call {THIRD}, my {kin}",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("south_african", "kenyan", "ghanaian", "ugandan", "tanzanian")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Just a moment while the system loads.",), "customer": ("Okay, I'm holding.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_t import NameSourceT
    from benchmarks._profile_dev_t import ProfileT

    return ProfileT, NameSourceT


def conversation(index: int, split: str, style: str, names, rng) -> dict:
    from benchmarks._assemble_dev_t import assemble

    return assemble(index, split, style, names, rng)


def render(template: str, profile, rng, filler_rate: float = 0.0):
    """One fairness frame in this family's style (``generate_fairness`` uses it)."""
    from benchmarks._assemble_dev_t import render_fairness

    return render_fairness(template, profile, rng)
