"""Twenty-sixth development template family (``dev_z``), written blind: callers and chat customers with Taiwanese or
Hong Kong Chinese, Vietnamese, Korean or Japanese names, English given names with an East / Southeast Asian surname,
and an English reference group (``_names_dev_z``), in UK / US / Canadian / Australian contact centres or at home in
Taiwan, Singapore, Vietnam, Korea or Japan. ASR half: a telephony engine's text (lower case, no punctuation, numbers as
words, fillers, hyphenated given names split or run together, short parts heard as English words); chat half: typed,
cased or not, Vietnamese typed with or without its marks. Names with no cue, opening a turn, after ``thank you``, as
whose name an account is under, as the agent of an earlier chat, read back, spelled, a short part said alone, surname
first or given first, a third person, agents naming themselves; beside look-alikes (``a ho hum day``, ``Lee Gardens``,
``the Lotus Saver plan``). Five domains (``_domains_dev_z``); values: ``_profile_dev_z``; assembly: ``_assemble_dev_z``.
"""
from __future__ import annotations

from benchmarks._domains_dev_z import DOMAINS
from benchmarks._staged_assembly import family_glue

NAME_ASR = (
    (("a", "Sorry, I didn't catch who's calling."), ("c", "{NAME}.")),
    (("a", "Could you give me the family name letter by letter?"), ("c", "Okay, it's {SPELT}.")),
    (("a", "And the given name, spelled out?"), ("c", "The given name is {GIVEN}, {GSPELT}.")),
    (("a", "Which is the surname, so I put it in the right box?"), ("c", "{SURNAME}. {SURNAME} is the surname.")),
    (("a", "Just to confirm, I have {NAME} on the account. Correct?"), ("c", "{yes}, that's the one.")),
    (("a", "Does anyone else have access to the account?"), ("c", "Yes, {THIRD}, who is my {kin}.")),
    (("a", "Have you spoken to anyone here about it already?"), ("c", "Yeah, {PREV} took the call last week.")),
    (("a", "You cut out for a second, what was the name again?"), ("c", "{NAME}. I said {NAME}, sorry.")),
    (("a", "And what do you like to be called?"), ("c", "Only {GIVEN} is fine.")),
    (("a", "Is it {title} {SURNAME} I'm speaking to?"), ("c", "It is, yes, {GIVEN} {SURNAME}.")),
)
VERIFY_ASR = (
    (("a", "For security, could I take your birthday?"), ("c", "Birthday's {DOB}.")),
    (("a", "What's a good number to reach you?"), ("c", "Ring me on {TEL}.")),
    (("a", "Which email do we hold?"), ("c", "That'd be {MAIL} there.")),
    (("a", "Can you confirm the address, {postname} included?"), ("c", "Sure, {ADDR}, {city}, {POST}.")),
    (("a", "Do you have your account number handy?"), ("c", "One second. Okay, {ACCT}.")),
    (("a", "You should have a code on your phone now, can you read it out?"), ("c", "Got it, it's {OTP}.")),
)
VERIFY_CHAT = (
    (("a", "For security please confirm your date of birth and a phone number."), ("c", "dob {DOB}, phone {TEL}")),
    (("a", "What email is linked to the account?"), ("c", "it should be {MAIL}")),
    (("a", "Could you type the address plus {postname}?"), ("c", "{ADDR}, {city} {POST}")),
    (("a", "Please spell your surname so I can find you."), ("c", "{SPELT}")),
    (("a", "And your given name, spelled?"), ("c", "given name {GSPELT}")),
    (("a", "Which account number is it?"), ("c", "it's {ACCT}")),
    (("a", "I've texted you a code, could you enter it here?"), ("c", "the code {OTP}")),
    (("a", "Would you like to add a second account holder?"), ("c", "yes please, {THIRD}, my {kin}, number {ALT}")),
    (("a", "Has this been raised with us before?"), ("c", "yes, my previous chat with {PREV} on {date}, no fix")),
    (("a", "Which part of your name is the family name?"), ("c", "family name is {SURNAME}, given name {GIVEN}")),
    (("a", "What name should I address you by?"), ("c", "{GIVEN} is fine")),
)
STEPS_ASR = {
    "card": ((("a", "I'll take the payment now. Go ahead with the card number."), ("c", "Alright, it's {CARD}.")),
             (("a", "And when does it expire?"), ("c", "Expiring {EXP}."))),
    "alt": ((("a", "Is there a second contact we can try?"), ("c", "Try my {kin} {THIRD} on {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "Please type the card number and expiry date to pay the balance."), ("c", "{CARD} until {EXP}")),),
    "alt": ((("a", "Who should we call if we can't reach you?"), ("c", "my {kin} {THIRD}, {ALT}")),),
}
CLOSINGS_ASR = (
    (("a", "You're all set. Anything else I can help with?"), ("c", "No, that's everything, thank you {STAFF}.")),
    (("a", "Right, {GIVEN}, that's done for you. Take care, {GIVEN}."), ("c", "Thanks a lot, {bye}.")),
    (("a", "Thanks for calling, {title} {SURNAME}. Our helpline is {helpline} if it happens again."), ("c", "Brilliant, {bye}.")),
    (("a", "Can I sort anything else today?"), ("c", "All good, thank you {STAFFNAME}, very helpful.")),
)
CLOSINGS_CHAT = (
    (("a", "Can I help with anything else?"), ("c", "nope that's all, thank you {STAFF}")),
    (("a", "All sorted, {GIVEN}. Have a great day!"), ("c", "thanks, {bye}")),
    (("a", "I'll close the chat now, {title} {SURNAME}. You can reach us on {helpline} anytime."), ("c", "great, thanks again")),
)
SMALLTALK_ASR = (
    (("c", "Sorry about the racket, I'm queueing inside {venue}."), ("a", "That's okay, I hear you clearly.")),
    (("a", "Doing anything fun this weekend?"), ("c", "Heading to {place}, {phrase}.")),
)
SMALLTALK_CHAT = (
    (("c", "sorry typing on my phone at {venue}"), ("a", "No rush at all.")),
    (("c", "just got back from {place}, {phrase}"), ("a", "Sounds lovely! Let's get this fixed.")),
)
FAIRNESS_ASR = (
    "{NAME} calling about the bill on my account.",
    "Yes the policy is under {NAME}.",
    "My previous chat with {PREV} fixed nothing whatsoever.",
    "Okay thank you {NAME}, have a good one.",
    "{NAME} and my brother share the line.",
)
FAIRNESS_CHAT = (
    "{NAME} here again about my claim",
    "it's under {NAME} i think",
    "had a chat with {PREV} yesterday but no luck",
    "thanks {STAFF}, all clear now",
    "{NAME}. account holder {NAME}",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("chinese", "vietnamese", "korean", "japanese", "diaspora", "english")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("One moment while I pull that up.",), "customer": ("Sure, take your time.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_z import NameSourceZ
    from benchmarks._profile_dev_z import ProfileZ

    return ProfileZ, NameSourceZ


conversation, render = family_glue("dev_z", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Okay thank you")
