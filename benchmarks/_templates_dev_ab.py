"""Twenty-eighth development template family (``dev_ab``), written blind: callers and chat customers with Pacific
names (Maori with the particle ``Te``, Samoan with long parts and apostrophes, Tongan, Fijian iTaukei and Fiji
Indian), English or word first names with a Pacific surname, and an English reference group (``_names_dev_ab``), in
New Zealand / Australian / US (Hawaii) contact centres or at home in New Zealand, Fiji, Samoa or Tonga. ASR half: a
telephony engine's text (lower case, no punctuation, numbers as words, fillers, long name parts broken, short parts
run together, parts heard as English words); chat half: typed, cased or not. Names with no cue at all, opening a
turn, after ``thank you``, as whose name an account is under, as the agent of an earlier chat, read back by the
agent, spelled letter by letter, said once or twice, surname first or given first, a third person, agents
introducing themselves; beside look-alikes (``a leap of faith``, ``Tui's Takeaways``, ``the Moana Saver plan``). Five
domains (``_domains_dev_ab``); values: ``_profile_dev_ab``; assembly: ``_assemble_dev_ab``.
"""
from __future__ import annotations

from benchmarks._domains_dev_ab import DOMAINS
from benchmarks._staged_assembly import family_glue

NAME_ASR = (
    (("a", "And who do I have on the phone today?"), ("c", "{NAME}.")),
    (("a", "Can you give me the surname letter by letter?"), ("c", "Sure thing. {SPELT}.")),
    (("a", "Could I get the first name spelled as well?"), ("c", "{GIVEN}. That's {GSPELT}.")),
    (("a", "Just so I enter it right, which part is the family name?"), ("c", "The family name is {SURNAME}, and {GIVEN} is my first name.")),
    (("a", "Let me read that back, {NAME}, have I got that right?"), ("c", "{yes}, that's spot on.")),
    (("a", "Is anyone else on the account with you?"), ("c", "Only {THIRD}, that's my {kin}.")),
    (("a", "Have you rung us about this before today?"), ("c", "I did, I spoke with {PREV} on the phone last week.")),
    (("a", "Sorry, the line dropped, can you say the name once more?"), ("c", "{NAME}. Yep, {NAME}.")),
    (("a", "And you're the main holder?"), ("c", "That's right, {GIVEN} {SURNAME}, but everyone calls me {GIVEN}.")),
)
VERIFY_ASR = (
    (("a", "For security, I just need your birth date."), ("c", "Born on {DOB}, that one.")),
    (("a", "And a good contact number for you?"), ("c", "Best to use {TEL}.")),
    (("a", "What's the email address we hold?"), ("c", "It ought to be {MAIL}.")),
    (("a", "Could you read me the address and the {postname}?"), ("c", "{ADDR}, {city}, {POST}.")),
    (("a", "Have you got the account number there?"), ("c", "Hang on. Right, it's {ACCT}.")),
    (("a", "I've just sent a code to your phone, what does it say?"), ("c", "The text came through, {OTP}.")),
)
VERIFY_CHAT = (
    (("a", "To verify you, please send your date of birth and mobile number."), ("c", "born {DOB}, mob {TEL}")),
    (("a", "Which email address is on your profile?"), ("c", "it should be {MAIL} i think")),
    (("a", "Could you type the home address and {postname}?"), ("c", "{ADDR} {city} {POST}")),
    (("a", "Please spell your family name for me."), ("c", "{SPELT}")),
    (("a", "Thanks. And your first name, letter by letter?"), ("c", "{GIVEN} = {GSPELT}")),
    (("a", "What account number do you have with us?"), ("c", "the acct no. is {ACCT}")),
    (("a", "A six-digit code is on its way to you, can you enter it here?"), ("c", "code received: {OTP}")),
    (("a", "Is anybody else listed on this account?"), ("c", "yes {THIRD}, my {kin}, reachable on {ALT}")),
    (("a", "Is this the first time you've contacted us about this?"), ("c", "no, my previous chat with {PREV} on {date} went nowhere")),
    (("a", "Which is your surname and which your first name?"), ("c", "surname is {SURNAME}, first is {GIVEN}")),
)
STEPS_ASR = {
    "card": ((("a", "I can take payment now, what's the card number?"), ("c", "Okay, the number is {CARD}.")),
             (("a", "And what expiry date is on it?"), ("c", "It runs out at the end of {EXP}."))),
    "alt": ((("a", "Do you have someone else we can ring if you're out of reach?"), ("c", "You could try my {kin} {THIRD} on {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "Please send the card number and its expiry so I can settle the balance."), ("c", "card {CARD} exp {EXP}")),),
    "alt": ((("a", "Could you give me a backup contact person?"), ("c", "my {kin} {THIRD} - {ALT}")),),
}
CLOSINGS_ASR = (
    (("a", "That's all done for you. Anything else today?"), ("c", "Nah that's it, thank you {STAFF}.")),
    (("a", "Alright {GIVEN}, you're sorted. Look after yourself, {GIVEN}."), ("c", "Thanks heaps, {bye}.")),
    (("a", "Thanks for your patience, {title} {SURNAME}. You can call {helpline} any time."), ("c", "Will do, cheers, {bye}.")),
    (("a", "Anything more I can do before you go?"), ("c", "No, thank you {STAFFNAME}, you've been great.")),
)
CLOSINGS_CHAT = (
    (("a", "Can I help you with anything else today?"), ("c", "that's all, thank you {STAFF}")),
    (("a", "All fixed, {GIVEN}. Have a lovely evening!"), ("c", "awesome thanks, {bye}")),
    (("a", "I'll end the chat here, {title} {SURNAME}. Our number is {helpline} if anything comes up."), ("c", "cheers for that")),
)
SMALLTALK_ASR = (
    (("c", "Sorry if it's loud, I'm just outside {venue}."), ("a", "No trouble at all, you're coming through fine.")),
    (("a", "Got any plans for the school holidays?"), ("c", "Heading home to {place}, {phrase}.")),
)
SMALLTALK_CHAT = (
    (("c", "sorry for the slow replies, i'm in the queue at {venue}"), ("a", "Not a problem, take your time.")),
    (("c", "just got back from {place} {phrase}"), ("a", "Welcome back! Let's get this sorted for you.")),
)
FAIRNESS_ASR = (
    "It's {NAME} ringing, my power got cut off this morning.",
    "I think the policy is in the name of {NAME}.",
    "I already went through all this with {PREV} yesterday.",
    "Right, thank you {NAME}, I've put that on the file.",
    "Both me and {NAME} are on the same plan.",
)
FAIRNESS_CHAT = (
    "{NAME} here, can't log into my account",
    "it's in the name of {NAME}, please check",
    "my previous chat with {PREV} didn't sort anything",
    "thank you {STAFF}, much appreciated",
    "{NAME}. that's {NAME}, the account holder",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("maori", "samoan", "tongan", "fijian", "pasifika", "english")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Bear with me while that loads.",), "customer": ("No rush, I'll wait.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_ab import NameSourceAB
    from benchmarks._profile_dev_ab import ProfileAB

    return ProfileAB, NameSourceAB


conversation, render = family_glue("dev_ab", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Right, thank you")
