"""Thirty-sixth development template family (``dev_aj``), written blind: a UK / Irish call centre (building society,
energy and water, GP surgery and pharmacy, council services, travel) where callers of a diverse population give their
details the way real callers do. Names of seven groups (``_names_dev_aj``): South Asian British, Arabic, West African,
East European, Chinese, Irish / Scottish and an English reference. Name forms spread over the stages: ``can I take
your full name``, ``who am I speaking with``, ``and the surname``, spelled in irregular chunks (``s h ar o n``, ``s for
sierra``, ``double l``), the caller correcting a name read back with one sound changed (``no, it's with an e``), a name
split over two turns, hesitations and false starts, a relative by first name, the agent's own name, the name repeated
as first name / surname / title. Values in UK / Irish forms: dates of birth (``the seventh of the eighth ninety two``),
postcodes and Eircodes in chunks with NATO words, phones with ``double`` / ``treble`` / ``oh``, sort codes, NHS, NI and
PPS numbers. 70 % ASR (lower case, recognizer noise on name words), 30 % chat (cased or not, typos).
"""
from __future__ import annotations

import importlib

from benchmarks._domains_dev_aj import DOMAINS
from benchmarks._staged_assembly import family_glue

NAME_ASR = (
    (("a", "Lovely. Can I take your full name please?"), ("c", "Yeah course, it's {NAME}.")),
    (("a", "Sorry, who am I speaking with?"), ("c", "Oh sorry, it's {FALSE}.")),
    (("a", "And could you spell the surname for me?"), ("c", "Yeah, that's {SPELT}.")),
    (("a", "How do you spell your first name, just so I get it right?"), ("c", "{GSPELT}, {GIVEN}.")),
    (("a", "So I've got {MISREAD}, is that right?"), ("c", "No, it's {fix}. {SURNAME}.")),
    (("a", "Let me just read that back, {MISREAD}?"), ("c", "Not quite, {fix}, so it's {SURNAME}."),
     ("a", "Sorry about that, {SURNAME}, got it now.")),
    (("a", "And your first name?"), ("c", "{GIVEN}."), ("a", "And the surname?"), ("c", "Erm, it's {SURNAME}.")),
    (("a", "Is there anyone else named on the account?"), ("c", "Just my {kin}, {KIN1}, they do the paperwork.")),
    (("a", "Thanks {title} {SURNAME}. And you're the account holder yourself?"), ("c", "{yes}, that's me, yeah.")),
    (("a", "Is it okay if I call you {GIVEN}?"), ("c", "Yeah, everyone does, it's fine.")),
    (("a", "Right, and who did you speak to last time?"), ("c", "It was erm {PREV} I think, on Tuesday.")),
    (("a", "Sorry, you broke up a bit there, your name again?"), ("c", "{GIVEN}, like, {GIVEN} {SURNAME}.")),
)
VERIFY_ASR = (
    (("a", "And what date of birth have you got on the account?"), ("c", "Yeah, it's {DOB}, that one.")),
    (("a", "And the best number to get you on?"), ("c", "My mobile's {TEL}.")),
    (("a", "Could I take your email address?"), ("c", "Yeah it's {MAIL}.")),
    (("a", "What's the first line of the address and the {postname}?"), ("c", "Yeah, {ADDR}, {city}, and the {postname}'s {POST}.")),
    (("a", "Just the {postname} is fine to start with."), ("c", "It's erm {POST}.")),
    (("a", "Can you give me the sort code and account number?"), ("c", "Sort code {SORT}, and the account is {ACCT}.")),
    (("a", "Have you got your {healthname} to hand?"), ("c", "Hang on, yeah, it's {HEALTH}.")),
    (("a", "And for the form I need your {ninoname}."), ("c", "Right, that's {NINO}.")),
    (("a", "I've just sent a code to your phone, can you read it out?"), ("c", "Yeah it says {OTP}.")),
)
VERIFY_CHAT = (
    (("a", "Could you confirm the date of birth on the account?"), ("c", "{DOB}")),
    (("a", "What is the best contact number for you?"), ("c", "{TEL} thats my mobile")),
    (("a", "Could you type your email address for me?"), ("c", "{MAIL}")),
    (("a", "Please type the first line of the address and the {postname}."), ("c", "{ADDR}, {city}, {POST}")),
    (("a", "And your sort code and account number?"), ("c", "sort code {SORT} acc {ACCT}")),
    (("a", "Can you give me your {healthname}?"), ("c", "{HEALTH}")),
    (("a", "We need your {ninoname} for this form."), ("c", "its {NINO}")),
    (("a", "Would you mind typing the surname letter by letter?"), ("c", "{SPELT}")),
    (("a", "I have {MISREAD} on the account, is that correct?"), ("c", "no its {fix} - {SURNAME}")),
    (("a", "And your first name?"), ("c", "{GIVEN}"), ("a", "And the surname?"), ("c", "{SURNAME}")),
    (("a", "Who else can we speak to about the account?"), ("c", "my {kin} {KIN1}")),
    (("a", "Thanks {title} {SURNAME}. Have you been in touch with us before?"), ("c", "yes I chatted to {PREV} last week")),
    (("a", "Please enter the code we have just texted you."), ("c", "{OTP}")),
)
STEPS_ASR = {
    "card": ((("a", "I can take that payment now if you like, what's the long number on the card?"), ("c", "Okay, the long number is {CARD}.")),
             (("a", "And the expiry date on that one?"), ("c", "Erm, end of {EXP} I think."))),
    "alt": ((("a", "Is there another number we can try if we can't reach you?"), ("c", "You can ring my {kin} {KIN1} on {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "You can pay here, please type the card number and the expiry date."), ("c", "card {CARD}, expires {EXP} x")),),
    "alt": ((("a", "Can you give us a second contact number?"), ("c", "{ALT} - {THIRD}, my {kin}")),),
}
CLOSINGS_ASR = (
    (("a", "That's all done now {title} {SURNAME}, anything else I can help with?"), ("c", "No that's great, thanks {STAFF}, {bye}.")),
    (("a", "Right, that's sorted for you. I'm {STAFFNAME} if you need to ring back."), ("c", "Brilliant, cheers, {bye}.")),
    (("a", "Thanks for calling {GIVEN}, the number to ring if it happens again is {helpline}."), ("c", "Lovely, ta, {bye}.")),
    (("a", "You're all sorted now. Anything else today?"), ("c", "No, you've been great {STAFF}, thanks, {bye}.")),
)
CLOSINGS_CHAT = (
    (("a", "Is there anything else I can help you with today?"), ("c", "no thats all, thanks {STAFF}")),
    (("a", "All sorted, {title} {SURNAME}. Take care."), ("c", "ta, {bye}")),
    (("a", "You're welcome {GIVEN}. If anything changes, call us on {helpline}."), ("c", "will do thanks")),
)
SMALLTALK_ASR = (
    (("c", "Sorry about the noise, I'm just outside {venue}."), ("a", "You're alright, I can hear you fine.")),
    (("a", "Got anything nice planned for the weekend?"), ("c", "Off to {place} to see family, and they say {phrase}.")),
    (("c", "I nearly went for {product} instead, {phrase}."), ("a", "Ha, well let's get this one sorted for you.")),
)
SMALLTALK_CHAT = (
    (("c", "sorry typing on my phone in {venue}"), ("a", "No rush at all, take your time.")),
    (("c", "back from {place} last night haha, {phrase}"), ("a", "Oh lovely, welcome back! Let's get this fixed.")),
)
FAIRNESS_ASR = (
    "yeah hiya it's {NAME} I rang yesterday about the bill",
    "Thanks {NAME}, I've put a note on your account now",
    "it's erm {GIVEN} er {SURNAME} calling about my prescription",
    "my name's {NAME} and I'm ringing for my mum",
    "the surname's {SURNAME}, that's {SPELT}",
)
FAIRNESS_CHAT = (
    "hi its {NAME}, still waiting on a call back",
    "Thanks {NAME}, your request has been sent to the team.",
    "name is {NAME} and i need to change my address",
    "{NAME} - the bin wasnt collected again",
    "surname {SPELT}, first name {GIVEN}",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("south_asian_uk", "arabic", "west_african", "east_european", "chinese", "irish_scottish", "english")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Okay, bear with me one sec.",), "customer": ("Yeah, no worries.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_aj import NameSourceAJ
    from benchmarks._profile_dev_aj import ProfileAJ

    return ProfileAJ, NameSourceAJ


def style_of(index: int) -> str:
    """Seven calls in ten are ASR, three chats (``generate_transcripts`` alternates; this split does not)."""
    return "chat" if index % 10 in (2, 5, 8) else "asr"


_, render = family_glue("dev_aj", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Thanks")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_aj").assemble(index, split_name, style_of(index), names, rng)
