"""Twenty-first development template family (``dev_u``), written blind: callers and chat customers with Korean,
Vietnamese, Hong Kong Cantonese, Taiwanese or Singapore / Malaysian Hokkien names (and an English reference group) in US / UK / Canadian /
Australian contact centres (``_names_dev_u``). ASR half: a telephony engine's text (lower case, no punctuation,
numbers as words, fillers, name parts run together or heard as English words); chat half: typed, cased or not.
Names with no cue at all, opening a turn, after ``thank you``, as whose name an order is under, as the agent of an
earlier chat, spelled letter by letter, said once or again and again, surname first or given first, in two or three
parts; beside look-alikes (``the long weekend``, ``Sun Kee Cafe``). Five domains (``_domains_dev_u``); values:
``_profile_dev_u``; assembly: ``_assemble_dev_u``.
"""
from __future__ import annotations

from benchmarks._domains_dev_u import DOMAINS
from benchmarks._staged_assembly import family_glue

NAME_ASR = (
    (("a", "Okay and the name on the booking?"), ("c", "{NAME}")),
    (("a", "Could you give me the surname one letter at a time?"), ("c", "Sure thing, it goes {SPELT}.")),
    (("a", "And the first name, how is that spelled?"), ("c", "{GIVEN}, that's {GSPELT}.")),
    (("a", "Sorry, was that the family name or the first name?"), ("c", "{SURNAME} is the family name, {GIVEN} is my first name.")),
    (("a", "Got it. So I've got {NAME}, is that right?"), ("c", "{yes}.")),
    (("a", "Does anybody else use the account?"), ("c", "{THIRD}, my {kin}.")),
    (("a", "Have you spoken to us about this before?"), ("c", "Yeah, last week, I talked to {PREV} and nothing happened.")),
)
VERIFY_ASR = (
    (("a", "Just to check it's you, the date of birth please?"), ("c", "Yep, that's {DOB} for me.")),
    (("a", "And a good number to call you back on?"), ("c", "You can get me on {TEL}.")),
    (("a", "Which email address is on the file?"), ("c", "Should be {MAIL}.")),
    (("a", "And the address with the {postname}?"), ("c", "That's {ADDR}, {city}, {POST}.")),
    (("a", "Have you got the customer number handy?"), ("c", "One sec. Right, {ACCT}.")),
    (("a", "You should have a text with a code now, what does it say?"), ("c", "Um, {OTP}.")),
)
VERIFY_CHAT = (
    (("a", "Can you confirm your date of birth and the phone number on the account?"), ("c", "{DOB} and {TEL}")),
    (("a", "Which email do you use with us?"), ("c", "it's {MAIL}")),
    (("a", "What's the full address, {postname} included?"), ("c", "{ADDR}, {city} {POST}")),
    (("a", "Could you spell the last name for me, one letter at a time?"), ("c", "{SPELT}")),
    (("a", "And your first name spelled out, so the record matches?"), ("c", "{GSPELT}")),
    (("a", "Please share the customer number from your emails."), ("c", "customer no {ACCT}")),
    (("a", "I've sent a code to your phone, could you paste it here?"), ("c", "{OTP} 👍")),
    (("a", "Who else can we talk to about the account?"), ("c", "{THIRD} (my {kin}) - number {ALT}")),
    (("a", "Have you chatted with us about this before?"), ("c", "yes, my previous chat with {PREV} on {date}")),
)
STEPS_ASR = {
    "card": ((("a", "Which card did you pay with, the full number please?"), ("c", "Okay so it's {CARD}.")),
             (("a", "And when does that card run out?"), ("c", "Uh, {EXP}."))),
    "alt": ((("a", "If we can't get hold of you, who should we try?"), ("c", "Call {THIRD}, my {kin}, on {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "Which card was charged? The full number and the expiry, please."), ("c", "{CARD}, expires {EXP}")),),
    "alt": ((("a", "Any other number we could try if you're busy?"), ("c", "{THIRD} on {ALT}, {kin}")),),
}
CLOSINGS_ASR = (
    (("a", "Right, that's all done for you. Anything else?"), ("c", "No, that's it, thank you {STAFF}.")),
    (("a", "Thanks {GIVEN}, you'll get an email shortly. Take care, {GIVEN}."), ("c", "Cheers, {bye}.")),
    (("a", "All sorted, {title} {SURNAME}. Our number again is {helpline}."), ("c", "Great, {bye}.")),
    (("a", "Is there anything more today?"), ("c", "No. Thank you, {STAFFNAME}, you've been great.")),
)
CLOSINGS_CHAT = (
    (("a", "Anything else I can help with?"), ("c", "no that's all, thank you, {STAFF}")),
    (("a", "Done! Thanks for your patience, {GIVEN}."), ("c", "thanks {bye}")),
    (("a", "Closing this chat now, {title} {SURNAME}. If you need us, ring {helpline}."), ("c", "ok 🙏")),
)
SMALLTALK_ASR = (
    (("c", "Sorry, there's a lot going on, I'm outside {venue}."), ("a", "That's fine, take your time.")),
    (("a", "Have you got anything nice planned?"), ("c", "Going to {place} for {phrase}, can't wait.")),
)
SMALLTALK_CHAT = (
    (("c", "sorry if I'm slow, grabbing lunch at {venue}"), ("a", "No rush at all!")),
    (("c", "we just got back from {place}, {phrase}"), ("a", "Sounds lovely! Let's get this sorted.")),
)
FAIRNESS_ASR = (
    "{NAME} here, I'm ringing about a charge I don't recognise.",
    "The order should be under {NAME}, I think.",
    "Yeah so I spoke to {PREV} yesterday and they said to call back.",
    "Okay, thank you, {NAME}, bye now.",
)
FAIRNESS_CHAT = (
    "{NAME} - I can't log in to my account",
    "the booking is under {NAME}",
    "in my previous chat with {PREV} I was told it would be refunded",
    "thank you, {GIVEN}!",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("korean", "vietnamese", "cantonese", "taiwanese", "hokkien", "english")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Give me a second, the page is slow today.",), "customer": ("No problem, I'll wait.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_u import NameSourceU
    from benchmarks._profile_dev_u import ProfileU

    return ProfileU, NameSourceU


conversation, render = family_glue("dev_u", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Okay, thank you")
