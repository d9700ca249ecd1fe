"""Twenty-third development template family (``dev_w``), written blind: callers and chat customers with mainland
Chinese pinyin names (two-syllable given names joined, split or hyphenated; one-syllable given names; compound
surnames), Japanese names in Hepburn, keyboard or ``oh`` spellings, Korean names with hyphenated given names, English
given names with East Asian surnames and an English reference group (``_names_dev_w``), in US / UK / Canadian /
Australian contact centres. ASR half: a telephony engine's text (lower case, no punctuation, numbers as words,
fillers, given names printed syllable by syllable, parts run together or heard as English words); chat half: typed,
cased or not. Names with no cue at all, opening a turn, after ``thank you``, as whose name a booking is under, as the
agent of an earlier chat, spelled letter by letter, said twice, surname first or given first; beside look-alikes
(``who knows``, ``way to go``, ``Sakura Ramen Bar``). Five domains (``_domains_dev_w``); values: ``_profile_dev_w``;
assembly: ``_assemble_dev_w``.
"""
from __future__ import annotations

from benchmarks._domains_dev_w import DOMAINS
from benchmarks._staged_assembly import family_glue

NAME_ASR = (
    (("a", "Sorry, could I get your name one more time?"), ("c", "{NAME}.")),
    (("a", "How is the family name spelled?"), ("c", "Okay so {SPELT}, that's the family name.")),
    (("a", "And your first name, can you spell that as well?"), ("c", "First name {GIVEN}, {GSPELT}.")),
    (("a", "Which is the first name and which is the last?"), ("c", "{SURNAME} comes first, that's the family name, then {GIVEN}.")),
    (("a", "So I have {NAME} here, is that correct?"), ("c", "{yes}, that's me.")),
    (("a", "Does anyone else use this account?"), ("c", "Just {THIRD}, my {kin}.")),
    (("a", "Have you spoken to one of us about this before?"), ("c", "Yeah, I had a chat with {PREV} last week about it.")),
    (("a", "I didn't quite catch that, the name again?"), ("c", "It's {NAME}. {NAME}.")),
    (("a", "What should I call you?"), ("c", "Just {GIVEN} is fine.")),
)
VERIFY_ASR = (
    (("a", "For verification, can you give me your date of birth?"), ("c", "Sure, it's {DOB}.")),
    (("a", "Which phone number is best for a callback?"), ("c", "Call me on {TEL}.")),
    (("a", "Which email address is on the account?"), ("c", "That would be {MAIL}.")),
    (("a", "And the address you're at, with the {postname}?"), ("c", "It's {ADDR}, in {city}, {POST}.")),
    (("a", "Could you read me the account number?"), ("c", "One sec. Here it is, {ACCT}.")),
    (("a", "You should have a code by text now. What does it say?"), ("c", "Yep, it reads {OTP}.")),
)
VERIFY_CHAT = (
    (("a", "For security, please type your date of birth and a phone number."), ("c", "born {DOB}, phone is {TEL}")),
    (("a", "What's the email on the account?"), ("c", "should be {MAIL}")),
    (("a", "And your address including the {postname}?"), ("c", "{ADDR}, {city} {POST}")),
    (("a", "Could you spell the last name for me?"), ("c", "sure: {SPELT}")),
    (("a", "And the first name spelled out, please?"), ("c", "{GSPELT} is my first name")),
    (("a", "Please send the account number."), ("c", "account no. {ACCT}")),
    (("a", "We sent a 6-digit code to your phone, what is it?"), ("c", "got {OTP}")),
    (("a", "Would you like to add an authorised person?"), ("c", "please add my {kin} {THIRD}, their number is {ALT}")),
    (("a", "Have you reached out to us before on this?"), ("c", "yes, my previous chat with {PREV} on {date} went nowhere")),
    (("a", "Just to check, which is your surname?"), ("c", "surname is {SURNAME}, first name {GIVEN}")),
)
STEPS_ASR = {
    "card": ((("a", "Okay, I'll need the card number for that."), ("c", "Alright, {CARD}.")),
             (("a", "And when does the card run out?"), ("c", "It runs to {EXP}."))),
    "alt": ((("a", "Is there someone else we can try if you're busy?"), ("c", "You can try {THIRD}, that's my {kin}, on {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "Please enter the card number and the expiry date."), ("c", "{CARD} expiring {EXP}")),),
    "alt": ((("a", "Do you have a second contact for us?"), ("c", "{THIRD} ({kin}) {ALT}")),),
}
CLOSINGS_ASR = (
    (("a", "Okay, that's done on my end. Anything else at all?"), ("c", "No that's it, thank you, {STAFF}.")),
    (("a", "Alright {GIVEN}, all fixed. Take care now, {GIVEN}."), ("c", "Lovely, cheers then, {bye}.")),
    (("a", "Thank you for calling, {title} {SURNAME}. Our line is {helpline} any time."), ("c", "Thanks, {bye}.")),
    (("a", "Anything further I can look at for you today?"), ("c", "No. Thank you {STAFFNAME}, you were great.")),
)
CLOSINGS_CHAT = (
    (("a", "Can I help with anything else while you're here?"), ("c", "no that's all, thank you, {STAFF} 🙏")),
    (("a", "You're all set, {GIVEN}! Have a lovely day."), ("c", "thx {bye}")),
    (("a", "Thanks for chatting, {title} {SURNAME}. You can also call {helpline}."), ("c", "will do")),
)
SMALLTALK_ASR = (
    (("c", "Sorry about the noise, I'm in the queue at {venue}."), ("a", "That's fine, I can hear you okay.")),
    (("a", "Any plans for the holidays?"), ("c", "Going back to {place} to see family, {phrase}.")),
)
SMALLTALK_CHAT = (
    (("c", "sorry for the slow replies, i'm at {venue}"), ("a", "No rush at all, take your time!")),
    (("c", "just got back from {place}, {phrase} lol"), ("a", "Sounds fun! Let's get this sorted.")),
)
FAIRNESS_ASR = (
    "{NAME} here, I'm calling about a refund.",
    "The booking should be under {NAME}, can you check?",
    "I went through all this before with {PREV} on the phone.",
    "Okay great, thank you, {NAME}, bye now.",
    "Yeah me and {NAME} share the account.",
)
FAIRNESS_CHAT = (
    "{NAME}. still waiting on that refund",
    "can you look it up under {NAME}",
    "this was all in my previous chat with {PREV} btw",
    "ok thank you, {STAFF}, appreciate it",
    "morning {NAME} is my order ready?",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("mandarin", "mandarin_short", "japanese", "korean", "anglo_asian", "english")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Give me a second to pull that up.",), "customer": ("Okay, I'll wait.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_w import NameSourceW
    from benchmarks._profile_dev_w import ProfileW

    return ProfileW, NameSourceW


conversation, render = family_glue("dev_w", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Okay great, thank you")
