"""Twenty-fifth development template family (``dev_y``), written blind: callers and chat customers with Persian,
Turkish, Nepali or Sinhala names, English given names with one of those surnames, and an English reference group
(``_names_dev_y``), in UK / US / Canadian / Australian contact centres or at home in Iran, Turkey, Nepal or Sri Lanka.
ASR half: a telephony engine's text (lower case, no punctuation, numbers as words, fillers, long name parts broken,
short parts run together, parts heard as English words); chat half: typed, cased or not. Names with no cue at all,
opening a turn, after ``thank you``, as whose name a booking is under, as the agent of an earlier chat, read back by
the agent, spelled letter by letter, said once or twice, surname first or given first, a third person, agents
introducing themselves; beside look-alikes (``a silver lining``, ``Silva's Bakery``, ``the Everest Saver plan``).
Five domains (``_domains_dev_y``); values: ``_profile_dev_y``; assembly: ``_assemble_dev_y``.
"""
from __future__ import annotations

from benchmarks._domains_dev_y import DOMAINS
from benchmarks._staged_assembly import family_glue

NAME_ASR = (
    (("a", "Sorry, whose line am I speaking to?"), ("c", "{NAME}.")),
    (("a", "Can you take me through the surname one letter at a time?"), ("c", "Right, that's {SPELT}.")),
    (("a", "And the first name, letter by letter if you would?"), ("c", "{GIVEN}, so that's {GSPELT}.")),
    (("a", "Which part goes first on your passport, the family name or the given name?"), ("c", "Family name {SURNAME}, and then {GIVEN}.")),
    (("a", "Let me read that back: {NAME}. Have I got it right?"), ("c", "{yes}, spot on.")),
    (("a", "Is there another person allowed on the account?"), ("c", "There is, {THIRD}, that's my {kin}.")),
    (("a", "Did you ring us about this before today?"), ("c", "I did, I had {PREV} on the phone last Tuesday.")),
    (("a", "The line broke up, could you repeat the name?"), ("c", "{NAME}, I said {NAME}.")),
    (("a", "And the account holder is you yourself?"), ("c", "That's me, {GIVEN} {SURNAME}. {GIVEN} is what people call me.")),
)
VERIFY_ASR = (
    (("a", "To get into the account I'll need your date of birth."), ("c", "Sure, that's {DOB}.")),
    (("a", "Best number to call you back on?"), ("c", "Call me on {TEL} please.")),
    (("a", "Could I take the email you registered with?"), ("c", "Yes it's {MAIL}.")),
    (("a", "And your home address with the {postname}?"), ("c", "We live at {ADDR}, {city}, {POST}.")),
    (("a", "What's the account number you have there?"), ("c", "Hang on. Right, {ACCT}.")),
    (("a", "I've sent a six digit code by text, what does it say?"), ("c", "The text says {OTP}.")),
)
VERIFY_CHAT = (
    (("a", "To verify you, please share your date of birth and a contact number."), ("c", "birthday {DOB} and my mobile is {TEL}")),
    (("a", "Which email address should I look up?"), ("c", "try {MAIL}")),
    (("a", "And your full address including the {postname}, please."), ("c", "{ADDR}, {city}, {POST}")),
    (("a", "Could you spell your family name for me?"), ("c", "sure it's {SPELT}")),
    (("a", "How do you spell your first name?"), ("c", "first name: {GSPELT}")),
    (("a", "Please type the account number."), ("c", "acct {ACCT}")),
    (("a", "A verification code has been sent. What is it?"), ("c", "got it: {OTP}")),
    (("a", "Is anyone else authorised on this account?"), ("c", "yes my {kin} {THIRD}, you can call them on {ALT}")),
    (("a", "Have you chatted with us about this issue before?"), ("c", "yeah my previous chat with {PREV} on {date} went nowhere")),
    (("a", "Which one is your surname, just so I file it correctly?"), ("c", "{SURNAME} is the family name, {GIVEN} is my first")),
)
STEPS_ASR = {
    "card": ((("a", "I can take the payment now, what's the long card number?"), ("c", "Right so it's {CARD}.")),
             (("a", "And the expiry on the front of the card?"), ("c", "It runs out {EXP}."))),
    "alt": ((("a", "Who else can we contact if you're unavailable?"), ("c", "My {kin}, {THIRD}, on {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "Send me the card number and its expiry and I'll process it."), ("c", "card is {CARD}, expires {EXP}")),),
    "alt": ((("a", "Could you give me a backup contact?"), ("c", "{kin} - {THIRD} - {ALT}")),),
}
CLOSINGS_ASR = (
    (("a", "That's all sorted now. Is there anything else at all?"), ("c", "No, that's it, thank you, {STAFF}.")),
    (("a", "Lovely, {GIVEN}, you're all done. Bye for now, {GIVEN}."), ("c", "Okay, thanks, {bye}.")),
    (("a", "Thanks for your patience, {title} {SURNAME}. If anything changes, call {helpline}."), ("c", "Will do, {bye}.")),
    (("a", "Anything more I can look at for you?"), ("c", "Nothing more, thank you {STAFFNAME}, you were great.")),
)
CLOSINGS_CHAT = (
    (("a", "Is there anything else you need today?"), ("c", "nope all good, thank you {STAFF}!")),
    (("a", "Done and dusted, {GIVEN}. Have a lovely evening!"), ("c", "thank you so much, {bye}")),
    (("a", "Closing this chat now, {title} {SURNAME}. Our number is {helpline} if you need anything."), ("c", "perfect, cheers for that")),
)
SMALLTALK_ASR = (
    (("c", "Excuse the background, I'm just outside {venue}."), ("a", "No worries, you're coming through fine.")),
    (("a", "Got anything nice planned?"), ("c", "Off to {place} soon, {phrase}.")),
)
SMALLTALK_CHAT = (
    (("c", "sorry if i'm slow, queueing at {venue}"), ("a", "Take your time.")),
    (("c", "only just back from {place} tbh, {phrase}"), ("a", "Hope it was a good trip! Let's fix this.")),
)
FAIRNESS_ASR = (
    "{NAME} here, the router light has been red all week.",
    "The reservation should be under {NAME}.",
    "I had a previous chat with {PREV} and nothing changed.",
    "Right, thank you {NAME}, that clears it up.",
    "Both {NAME} and I pay into the account.",
)
FAIRNESS_CHAT = (
    "{NAME} - still no refund on my card",
    "should be under {NAME}, please check",
    "my previous chat with {PREV} was on friday and nobody followed up",
    "thank you, {STAFF}, really appreciate it",
    "{NAME}. {NAME}. that's the account holder",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("persian", "turkish", "nepali", "sinhala", "diaspora", "english")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Bear with me, the system is a bit slow today.",), "customer": ("Fine, I can wait a bit.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_y import NameSourceY
    from benchmarks._profile_dev_y import ProfileY

    return ProfileY, NameSourceY


conversation, render = family_glue("dev_y", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Right, thank you")
