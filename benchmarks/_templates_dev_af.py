"""Thirty-second development template family (``dev_af``), written blind: callers and chat customers with Taiwanese
(Wade-Giles / Tongyong), Hong Kong / Macau (Cantonese, English given names), Japanese, Korean (Revised Romanization)
or mainland Chinese (pinyin) names and an English reference group (``_names_dev_af``), at home in Taiwan, Hong Kong,
Japan or Korea, or in the US, Canada, the UK or Australia. Weighted to speech: the name spelled after being said,
the surname first then "family name", "my english name is ...", the agent reading the name back wrongly and the
caller correcting it, a husband or colleague named, a Japanese surname with "-san", names opening or closing a turn
with no cue; syllables heard as English words (``xu`` -> ``shoe``, ``wang`` -> ``one``). Chat half: the same
populations typed. Names after ``thank you``, as whose name a booking is under, as the agent of an earlier chat,
agents introducing themselves; beside look-alikes (``Wong's Noodle House``, ``a shoe box``, ``joe public``). Five
domains (``_domains_dev_af``); values: ``_profile_dev_af``; assembly: ``_assemble_dev_af``.
"""
from __future__ import annotations

from benchmarks._domains_dev_af import DOMAINS
from benchmarks._staged_assembly import family_glue

NAME_ASR = (
    (("a", "Sorry, the line is a bit faint. Your name again?"), ("c", "{NAME}. I'll say it once more, {NAME}.")),
    (("a", "Would you mind spelling out the family name?"), ("c", "{SURNAME}, {SPELT}.")),
    (("a", "And the given name, letter by letter please."), ("c", "Sure, {GSPELT}.")),
    (("a", "Which part is the surname?"), ("c", "{SURNAME} is the family name, {GIVEN} is my given name.")),
    (("a", "Okay, so I have {WRONG} on the booking, is that right?"), ("c", "No, no, it's {NAME}.")),
    (("a", "Do you use another name with us at all?"), ("c", "My English name is {ENG}, but the account has {NAME}.")),
    (("a", "Is anybody else listed on this account with you?"), ("c", "My {kin}, {THIRD}, can speak for me.")),
    (("a", "Has any of our staff dealt with this before?"), ("c", "Yes, a lady called {PREV}, she said she'd call back.")),
    (("a", "Understood, {SURNAME}-san. And may I confirm the full name?"), ("c", "It is {NAME}.")),
    (("a", "Could I take a name for the file?"), ("c", "{GIVEN}, just {GIVEN} is fine.")),
    (("a", "Who made the booking, if it wasn't you?"), ("c", "My {kin} {THIRD} booked it for me.")),
    (("a", "Let me read that back. {NAME}?"), ("c", "{yes}, you got it right.")),
)
VERIFY_ASR = (
    (("a", "Can you confirm your birthday for security?"), ("c", "My date of birth, {DOB}.")),
    (("a", "What mobile number should we call you back on?"), ("c", "Best to call {TEL} please.")),
    (("a", "What's the email on file?"), ("c", "Email would be {MAIL}.")),
    (("a", "And your home address including the {postname}?"), ("c", "It's {ADDR}, {city}, {postname} {POST}.")),
    (("a", "Would you have the account number with you right now?"), ("c", "One moment. Here, {ACCT}.")),
    (("a", "We've texted you a six digit code. Can you read it out?"), ("c", "Code is {OTP}.")),
)
VERIFY_CHAT = (
    (("a", "Could you tell me your full name to start?"), ("c", "{NAME}")),
    (("a", "What name is the account in?"), ("c", "it's in my name, {NAME}")),
    (("a", "Please type your family name first, then your given name."), ("c", "{SURNAME} / {GIVEN}")),
    (("a", "Do you go by an English name as well?"), ("c", "yes, {ENG}, but the ID says {NAME}")),
    (("a", "Just to check, is it {WRONG}?"), ("c", "no, {NAME}")),
    (("a", "Could you spell the family name so I search correctly?"), ("c", "{SPELT}")),
    (("a", "Who else can we discuss the account with?"), ("c", "my {kin} {THIRD}")),
    (("a", "Date of birth and best phone number?"), ("c", "{DOB}, {TEL}")),
    (("a", "Email address on the account?"), ("c", "{MAIL}")),
    (("a", "What's the address we have for you, with {postname}?"), ("c", "{ADDR}, {city} {POST}")),
    (("a", "Your account number please."), ("c", "the account is {ACCT} i think")),
    (("a", "Please type the code from the text message."), ("c", "{OTP}")),
    (("a", "Did someone from our team handle this before?"), ("c", "my previous chat with {PREV} ended with no fix")),
)
STEPS_ASR = {
    "card": ((("a", "I can put the fee on a card now if you like. The card number?"), ("c", "Okay, the number reads {CARD}.")),
             (("a", "Expiry date on the front?"), ("c", "Expires {EXP}."))),
    "alt": ((("a", "Is there a second number we could try if you're out?"), ("c", "My {kin} {THIRD} is on {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "You can pay the difference here. Card number and expiry?"), ("c", "card no {CARD}, valid till {EXP}")),),
    "alt": ((("a", "A second contact in case we can't reach you?"), ("c", "{THIRD} is my {kin}, try {ALT}")),),
}
CLOSINGS_ASR = (
    (("a", "All fixed on my side. Anything else today?"), ("c", "No that's it, thank you {STAFF}.")),
    (("a", "Take care, {GIVEN}, and sorry for the trouble."), ("c", "No problem, {bye}.")),
    (("a", "Thanks for your call, {title} {SURNAME}. If it happens again, ring {helpline}."), ("c", "Perfect, I'll keep that, {bye}.")),
    (("a", "Is there anything more I can look at?"), ("c", "Nothing else, thanks a lot {STAFFNAME}")),
    (("a", "You're all set. I'll note it on the file."), ("c", "Thanks. {NAME}")),
)
CLOSINGS_CHAT = (
    (("a", "Anything else you need from me today?"), ("c", "that's everything, cheers {STAFF}")),
    (("a", "All sorted, {GIVEN}. Take care!"), ("c", "great, {bye}")),
    (("a", "Thanks for chatting, {title} {SURNAME}. Our phone line is {helpline}."), ("c", "ok noted, thanks")),
    (("a", "Happy to help. Is there more I can do?"), ("c", "no thanks, {NAME}")),
)
SMALLTALK_ASR = (
    (("c", "Sorry it's noisy, I'm in the queue at {venue}."), ("a", "That's okay, you're coming through clearly.")),
    (("a", "Any trips coming up?"), ("c", "Visiting {place} soon, {phrase}.")),
)
SMALLTALK_CHAT = (
    (("c", "sorry typing slow, standing outside {venue}"), ("a", "Take your time, I'm here.")),
    (("c", "just back from {place}, {phrase}"), ("a", "Welcome back! Let me pull this up.")),
)
FAIRNESS_ASR = (
    "{NAME} calling about my bill.",
    "Yes the booking is under {NAME}.",
    "I talked to {PREV} on Monday and nothing happened.",
    "Alright thank you very much {NAME} bye now.",
    "My partner {THIRD} set up the account.",
    "The name is {NAME}, as on my passport.",
)
FAIRNESS_CHAT = (
    "{NAME} - still waiting on my refund",
    "hello this is {NAME}",
    "my previous chat with {PREV} was closed without an answer",
    "thanks {STAFF}, very helpful",
    "booking under {NAME} please check",
    "my colleague {THIRD} has the reference",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("taiwan", "hongkong", "japanese", "korean", "mainland", "english")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Give me a second to look at the account.",), "customer": ("Okay, thanks for looking into it.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_af import NameSourceAF
    from benchmarks._profile_dev_af import ProfileAF

    return ProfileAF, NameSourceAF


conversation, render = family_glue("dev_af", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Alright thank you very much")
