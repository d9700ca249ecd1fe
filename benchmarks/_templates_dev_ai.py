"""Thirty-fifth development template family (``dev_ai``), written blind: the contexts where names were missed on
third-party data, with populations the recent splits did not centre on. Callers and chat customers with Hispanic,
lusophone, Arabic, Filipino, Dutch / German, South Asian or English names (``_names_dev_ai``), in US / UK / Canadian /
Australian contact centres or at home in fourteen countries. Name forms: no cue at all, ``thank you, ___``, ``my
previous chat with ___``, ``the order / booking / account is under ___``, a name opening the turn, three-part names,
particles (``de la``, ``dos``, ``van der``, ``bin``, ``al-``), names that are English words (``Grace``, ``Sunny``,
``Baker``), initials (``K. S. Rao``), hyphenated surnames, a relative by first name only, the agent's own name, and a
name repeated later in another form (first name only, surname only, ``Mr`` / ``Mrs`` / ``Dr`` with the surname);
beside look-alikes (``Santa Cruz``, ``Baker Street Pharmacy``, ``the Grace Period plan``, ``foot the bill``). ASR half:
lower case, numbers as words, moderate noise on name words. Chat half: cased or lower case, accents left out, typos.
Five domains (``_domains_dev_ai``); values: ``_profile_dev_ai``; assembly: ``_assemble_dev_ai``.
"""
from __future__ import annotations

from benchmarks._domains_dev_ai import DOMAINS
from benchmarks._staged_assembly import family_glue

NAME_ASR = (
    (("a", "Can I take the full name on the account, please?"), ("c", "Yeah, it's {NAME}.")),
    (("a", "And how would you spell the surname for me?"), ("c", "{SPELT}. {SURNAME}, all of it.")),
    (("a", "Is it alright if I call you {GIVEN}?"), ("c", "{yes}, that's what everyone calls me.")),
    (("a", "Just so I've got it right, that's {title} {SURNAME}?"),
     ("c", "That's right. On the card it's printed {INITS}, if that helps.")),
    (("a", "Have you spoken to anyone here about this before?"),
     ("c", "I had a chat with {PREV} on Monday and nothing happened after it.")),
    (("a", "Is anybody else named on the account with you?"),
     ("c", "Just my {kin}, {KIN1}. {KIN1} opened it in the first place.")),
    (("a", "Sorry, the line dropped for a second there. Your name again?"), ("c", "{NAME}. {GIVEN} is fine.")),
    (("a", "Thanks. And who do I have on the phone today?"), ("c", "{NAME}, I'm phoning for my {kin} {THIRD}.")),
    (("a", "For security, can you confirm the name the account was opened in?"),
     ("c", "{NAME}. It's been under that name since the day I opened it.")),
    (("a", "Great, thank you {GIVEN}. Was it you who rang us yesterday as well?"),
     ("c", "No, that would've been my {kin}, {KIN1}.")),
)
VERIFY_ASR = (
    (("a", "Could I have your date of birth, please?"), ("c", "Sure, I was born {DOB}.")),
    (("a", "Which mobile number should we use for you?"), ("c", "Best to use my mobile, {TEL}.")),
    (("a", "What's the email address you registered with?"), ("c", "It's {MAIL}, all lower case.")),
    (("a", "And the address with the {postname}, please?"), ("c", "{ADDR}, {city}, and the {postname} is {POST}.")),
    (("a", "Do you have the account number handy?"), ("c", "Hang on [noise] yes, {ACCT}.")),
    (("a", "I've just texted you a code, what does it say?"), ("c", "The code in the text is {OTP}.")),
    (("a", "Thank you. Who should we ask for if we call back?"), ("c", "Ask for {GIVEN}, or {KIN1} if I'm out.")),
)
VERIFY_CHAT = (
    (("a", "Please confirm your date of birth."), ("c", "{DOB}")),
    (("a", "What mobile number can we reach you on?"), ("c", "{TEL}, thats my mobile")),
    (("a", "Which email is the account registered to?"), ("c", "{MAIL}")),
    (("a", "Could you type the address and {postname}?"), ("c", "{ADDR}, {city} {POST}")),
    (("a", "How do you spell your surname?"), ("c", "{SPELT}")),
    (("a", "And your account number?"), ("c", "its {ACCT}")),
    (("a", "Type in the code we just sent by SMS, please."), ("c", "{OTP}")),
    (("a", "What is the full name on the account?"), ("c", "{NAME}")),
    (("a", "Is the name on the card the same as on the account?"), ("c", "card says {INITS}")),
    (("a", "Did someone from our team help you before?"), ("c", "my previous chat with {PREV} didnt sort it")),
    (("a", "Who can we speak to if you're not available?"), ("c", "my {kin} {KIN1}, same number")),
    (("a", "Thanks {GIVEN}. Can I check the surname is {SURNAME}?"), ("c", "yes {SURNAME}")),
)
STEPS_ASR = {
    "card": ((("a", "I can take the payment now if you'd like, what's the card number?"), ("c", "Right, the long number is {CARD}.")),
             (("a", "And the expiry date on that card?"), ("c", "It runs out at the end of {EXP}, I believe."))),
    "alt": ((("a", "Is there another number we could try if we can't get you?"), ("c", "You can try {KIN1}, my {kin}, on {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "You can settle it here, please type the card number and expiry date."), ("c", "card number {CARD}, it expires {EXP}")),),
    "alt": ((("a", "Could you give us a second contact number?"), ("c", "{ALT}, thats {THIRD}, my {kin}")),),
}
CLOSINGS_ASR = (
    (("a", "Okay {title} {SURNAME}, that's all sorted now. Anything else?"), ("c", "No, thank you, {STAFF}, you've been a star.")),
    (("a", "You're all set. Is there anything more I can do?"), ("c", "That's everything. Thank you {STAFF}, {bye}.")),
    (("a", "Thanks for calling, {GIVEN}. If it happens again, ring {helpline}."), ("c", "Will do, thanks again, {bye}.")),
    (("a", "It's done, the confirmation is on its way. My name's {STAFFNAME} if you need me."), ("c", "Lovely, cheers, {bye}.")),
)
CLOSINGS_CHAT = (
    (("a", "Is there anything else I can help you with?"), ("c", "nope thank you {STAFF}!")),
    (("a", "All done, {title} {SURNAME}. Have a lovely day."), ("c", "cheers for that, {bye}")),
    (("a", "You're welcome, {GIVEN}. Our helpline is {helpline} if anything changes."), ("c", "great thank you")),
)
SMALLTALK_ASR = (
    (("c", "Sorry about the racket, I'm stood in the queue at {venue}."), ("a", "Don't worry, I can hear you just fine.")),
    (("a", "Doing anything nice this week?"), ("c", "Going to {place}, and the weather says {phrase}, so fingers crossed.")),
    (("c", "I nearly got {product} instead, {phrase}."), ("a", "Ha, well, let's get this one working for you.")),
)
SMALLTALK_CHAT = (
    (("c", "sorry if slow, typing from {venue}"), ("a", "No worries, whenever you are ready.")),
    (("c", "back from {place} yesterday, {phrase}"), ("a", "Welcome home! Let's sort this out.")),
)
FAIRNESS_ASR = (
    "{NAME} again I rang earlier about the refund",
    "Thank you {NAME}, I've put a note on the account",
    "the booking should be under {NAME} I think",
    "I had a chat with {PREV} last week and it's still not fixed",
    "hello yes it's {NAME} calling from the flat upstairs",
)
FAIRNESS_CHAT = (
    "{NAME} - order still hasnt arrived",
    "Thank you, {NAME}. The voucher has been reissued.",
    "the account is under {NAME} not my husband",
    "my previous chat with {PREV} ended before anything was fixed",
    "hi its {NAME}, can someone call me back",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("hispanic", "lusophone", "arabic", "filipino", "dutch_german", "south_asian", "english")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Sure, let me have a look.",), "customer": ("Okay, no problem.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_ai import NameSourceAI
    from benchmarks._profile_dev_ai import ProfileAI

    return ProfileAI, NameSourceAI


conversation, render = family_glue("dev_ai", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Thank you")
