"""Twenty-fourth development template family (``dev_x``), written blind: callers and chat customers with Nigerian
names from a source no split had (long Yoruba names, Igbo names, Hausa names with the father's name, English given
names with a Nigerian surname and a native middle name, short Nigerian names that sound like English words) and an
English reference group (``_names_dev_x``), in UK / US / Canadian contact centres or at home in Nigeria. ASR half: a
telephony engine's text (lower case, no punctuation, numbers as words, fillers, name parts run together or heard as
English words); chat half: typed, cased or not. Names with no cue at all, opening a turn, after ``thank you``, as
whose name a booking is under, as the agent of an earlier chat, spelled letter by letter, said once or twice, surname
first or given first, a third person; beside look-alikes (``an easy one``, ``a sunny day``, ``the Obi Plus
bundle``). Five domains (``_domains_dev_x``); values: ``_profile_dev_x``; assembly: ``_assemble_dev_x``.
"""
from __future__ import annotations

from benchmarks._domains_dev_x import DOMAINS
from benchmarks._staged_assembly import family_glue

NAME_ASR = (
    (("a", "Who am I speaking with, sorry?"), ("c", "{NAME}.")),
    (("a", "Could you spell out the family name for me?"), ("c", "Okay so it's {SPELT}.")),
    (("a", "And the first name, how is that spelt?"), ("c", "{GIVEN}, you write it {GSPELT}.")),
    (("a", "Which is the surname and which is the first name?"), ("c", "{SURNAME} is the surname, my first name is {GIVEN}.")),
    (("a", "Just to confirm, I have {NAME} on the file, correct?"), ("c", "{yes}.")),
    (("a", "Does anyone else manage this account with you?"), ("c", "Yes, {THIRD}, my {kin}.")),
    (("a", "Have you spoken to anyone here about it before?"), ("c", "Yes I spoke to {PREV} on Monday and they said wait.")),
    (("a", "You cut out there, can you say the name again?"), ("c", "{NAME}. It's {NAME}.")),
    (("a", "And is it your account or someone else's?"), ("c", "Mine, {GIVEN} {SURNAME}, {GIVEN} is the first name.")),
)
VERIFY_ASR = (
    (("a", "For security, can you give me your date of birth please?"), ("c", "Yes, it's {DOB}.")),
    (("a", "What number can we reach you on?"), ("c", "You can use {TEL}.")),
    (("a", "What email address is on the account?"), ("c", "It should be {MAIL}.")),
    (("a", "And the address including the {postname}?"), ("c", "It's {ADDR}, {city}, {POST}.")),
    (("a", "Can I have your account number?"), ("c", "Let me check. It's {ACCT}.")),
    (("a", "A code has just gone to your phone, could you read it to me?"), ("c", "The code I got is {OTP}.")),
)
VERIFY_CHAT = (
    (("a", "Before we go on, can you confirm your date of birth and phone number?"), ("c", "born {DOB}, number is {TEL}")),
    (("a", "Which email do you normally use with us?"), ("c", "use {MAIL} please")),
    (("a", "What's the full address with {postname}?"), ("c", "{ADDR}, {city} {POST}")),
    (("a", "Can you type out your surname, letter by letter?"), ("c", "okay: {SPELT}")),
    (("a", "And spell the first name as well please."), ("c", "{GSPELT} is the first name")),
    (("a", "What's the account number on your statement?"), ("c", "account no {ACCT}")),
    (("a", "Please enter the code we just texted you."), ("c", "{OTP} is the code")),
    (("a", "Can anyone else discuss the account for you?"), ("c", "my {kin} can, {THIRD}. their number is {ALT}")),
    (("a", "Have you been in touch about this already?"), ("c", "yes, my previous chat with {PREV} was on {date} and nothing happened")),
    (("a", "Which part of your name is the surname?"), ("c", "surname is {SURNAME}, given name {GIVEN}")),
)
STEPS_ASR = {
    "card": ((("a", "Which card would you like to pay with, the full number please?"), ("c", "Okay, it's {CARD}.")),
             (("a", "And when is that card valid until?"), ("c", "It expires {EXP}."))),
    "alt": ((("a", "Is there a second contact we can call if we can't get you?"), ("c", "Try {THIRD}, that's my {kin}, on {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "Please send the card number and the expiry date."), ("c", "card {CARD} expiry {EXP}")),),
    "alt": ((("a", "Do you have a second contact number?"), ("c", "{THIRD} ({kin}) on {ALT}")),),
}
CLOSINGS_ASR = (
    (("a", "That's everything done on my side. Anything else I can help with?"), ("c", "No that's all, thank you, {STAFF}.")),
    (("a", "Alright {GIVEN}, it's all fixed now. Take care, {GIVEN}."), ("c", "Thank you, {bye}.")),
    (("a", "Thank you for calling, {title} {SURNAME}. Our line is {helpline} if you need us."), ("c", "Right then, {bye}.")),
    (("a", "Is there anything more for today?"), ("c", "No, thank you {STAFFNAME}, you've really helped.")),
)
CLOSINGS_CHAT = (
    (("a", "Anything else I can do for you?"), ("c", "no that's everything, thank you {STAFF} 🙏")),
    (("a", "You're all sorted, {GIVEN}. Enjoy the rest of your day!"), ("c", "thanks a lot, {bye}")),
    (("a", "I'll end the chat here, {title} {SURNAME}. You can reach us on {helpline} any time."), ("c", "ok thank you")),
)
SMALLTALK_ASR = (
    (("c", "Sorry about the noise, I'm walking past {venue}."), ("a", "That's fine, I can hear you.")),
    (("a", "Any plans for the weekend?"), ("c", "Going to {place}, {phrase}.")),
)
SMALLTALK_CHAT = (
    (("c", "sorry for the slow replies, I'm at {venue}"), ("a", "No problem at all.")),
    (("c", "just got back from {place} lol, {phrase}"), ("a", "Welcome back! Let's get this sorted.")),
)
FAIRNESS_ASR = (
    "{NAME} speaking, the meter hasn't worked since Sunday.",
    "So the booking, it's under {NAME}.",
    "My previous chat with {PREV} didn't fix anything.",
    "Okay, thank you, {NAME}, that's really helpful.",
    "Me and {NAME} are both on the account.",
)
FAIRNESS_CHAT = (
    "{NAME} - the refund still hasn't come through",
    "it's under {NAME}, should be on your system",
    "i spoke with {PREV} yesterday and they said someone would call",
    "thank you, {STAFF}, you've been brilliant",
    "{NAME}, {NAME}. that's the name on the policy",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("yoruba", "igbo", "hausa", "christian", "short", "english")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("One second, the page is still loading.",), "customer": ("Okay, I'll hold.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_x import NameSourceX
    from benchmarks._profile_dev_x import ProfileX

    return ProfileX, NameSourceX


conversation, render = family_glue("dev_x", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Okay, thank you,")
