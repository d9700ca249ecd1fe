"""Thirtieth development template family (``dev_ad``), written blind: callers and chat customers with mainland
Chinese (pinyin), Southeast Asian Chinese, Korean, Japanese or Mongolian names, English given names with short East
Asian surnames, and an English reference group (``_names_dev_ad``), at home in Malaysia, Singapore, Indonesia, the
Philippines, Mongolia or Korea, or in Canada, Australia, the US or the UK. ASR half: a telephony engine's text (lower
case, no punctuation, numbers as words, fillers, joined given names printed as syllables, short parts run together,
syllables heard as English words); chat half: typed, cased or not. Names with no cue at all, opening a turn, after
``thank you``, as whose name an account is under, as the agent of an earlier chat, read back by the agent, spelled
letter by letter, said once or twice, surname first or given first, a third person, agents introducing themselves;
beside look-alikes (``Ah Kow Kopitiam``, ``the Sakura rewards card``, ``she said no``). Five domains
(``_domains_dev_ad``); values: ``_profile_dev_ad``; assembly: ``_assemble_dev_ad``.
"""
from __future__ import annotations

from benchmarks._domains_dev_ad import DOMAINS
from benchmarks._staged_assembly import family_glue

NAME_ASR = (
    (("a", "Sorry, the line is crackly. Who have I got?"), ("c", "{NAME}. {NAME}.")),
    (("a", "Could you give me the family name, one letter at a time?"), ("c", "Sure thing, {SPELT}, same as on the card.")),
    (("a", "And your given name, spelled out for me?"), ("c", "{GIVEN}. Spelled {GSPELT}.")),
    (("a", "On your ID, which name comes first?"), ("c", "The surname, {SURNAME}, then {GIVEN}.")),
    (("a", "So I have {NAME} on the screen. Is that you?"), ("c", "{yes}, you've got me.")),
    (("a", "Can anybody else speak to us about this account?"), ("c", "My {kin} can, {THIRD}.")),
    (("a", "Have you been in touch with us about this already?"), ("c", "Twice. The last time I spoke to {PREV}.")),
    (("a", "I only caught part of that. The name again?"), ("c", "{GIVEN}. {SURNAME}. {NAME}.")),
    (("a", "Are you the main person on the bill?"), ("c", "Yes, {NAME}. Most people just say {GIVEN}.")),
    (("a", "Who set the account up originally?"), ("c", "{THIRD} did, but it's mine now.")),
)
VERIFY_ASR = (
    (("a", "First a quick security check: your date of birth, please?"), ("c", "That would be {DOB}.")),
    (("a", "What mobile number should we use to reach you?"), ("c", "Use {TEL}, that one is always on.")),
    (("a", "And the email on the account?"), ("c", "I use {MAIL} for everything.")),
    (("a", "Can you confirm the service address and the {postname}?"), ("c", "It's {ADDR} in {city}, {POST}.")),
    (("a", "Do you have your account number nearby?"), ("c", "One moment. Okay, {ACCT}.")),
    (("a", "We just texted you a code. Can you read it out?"), ("c", "Yes, the code is {OTP}.")),
)
VERIFY_CHAT = (
    (("a", "Before we go on, could you confirm your date of birth and your mobile number?"), ("c", "born {DOB}, my cell is {TEL}")),
    (("a", "What's the email address on file?"), ("c", "it is probably {MAIL}")),
    (("a", "Please type the full address with the {postname}."), ("c", "{ADDR}, {city} {POST}")),
    (("a", "Would you mind spelling the surname for me?"), ("c", "{SPELT}")),
    (("a", "And the given name, spelled?"), ("c", "given name is {GSPELT}")),
    (("a", "What is the account number, please?"), ("c", "acct no. {ACCT} i think")),
    (("a", "I've sent you a one-time code. What does it say?"), ("c", "code {OTP}")),
    (("a", "Is there a second contact on this account?"), ("c", "my {kin} {THIRD}, number {ALT}")),
    (("a", "Did someone on our team already look at this?"), ("c", "my previous chat with {PREV} ended without a fix")),
    (("a", "Which part of the name is the family name?"), ("c", "family name {SURNAME}, given name {GIVEN}")),
    (("a", "Who should I address the letter to?"), ("c", "{NAME}")),
)
STEPS_ASR = {
    "card": ((("a", "I can take that payment now. What's the card number?"), ("c", "Right, the number is {CARD}.")),
             (("a", "And when does the card expire?"), ("c", "Expiry date, {EXP}."))),
    "alt": ((("a", "Is there a second number in case we can't reach you?"), ("c", "You could ring my {kin}, {THIRD}, on {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "You can pay here. Please type the card number and the expiry date."), ("c", "card {CARD}, valid till {EXP}")),),
    "alt": ((("a", "Who else can we call about this?"), ("c", "{THIRD}, my {kin}, {ALT}")),),
}
CLOSINGS_ASR = (
    (("a", "That's everything done on my side. Anything else?"), ("c", "Nope, that's everything. Thank you so much {STAFF}.")),
    (("a", "You're all set, {GIVEN}. Take care, {GIVEN}."), ("c", "Brilliant, thanks, {bye}.")),
    (("a", "Thank you for waiting, {title} {SURNAME}. The number again is {helpline}."), ("c", "Got it, {bye}.")),
    (("a", "Is there anything more I can do today?"), ("c", "Nothing else. You've been very helpful, {STAFFNAME}, thank you.")),
)
CLOSINGS_CHAT = (
    (("a", "Is there anything else on your list today?"), ("c", "no that's it, thank you {STAFF}")),
    (("a", "All fixed, {GIVEN}. Have a great day!"), ("c", "thanks heaps, {bye}")),
    (("a", "I'm going to end the chat here, {title} {SURNAME}. Our line {helpline} is open all day."), ("c", "ok great, thanks a bunch")),
)
SMALLTALK_ASR = (
    (("c", "Sorry about the noise, I'm sitting in {venue}."), ("a", "That's alright, I can hear you.")),
    (("a", "Got anything planned for the long weekend?"), ("c", "We're driving up to {place}, {phrase}.")),
)
SMALLTALK_CHAT = (
    (("c", "typing from {venue} so sorry for the delay"), ("a", "No rush, I'm here.")),
    (("c", "just flew back from {place}, {phrase}"), ("a", "Welcome back! Let me sort this out.")),
)
FAIRNESS_ASR = (
    "{NAME} calling, the meter reading looks wrong.",
    "The policy is in the name of {NAME}.",
    "I already spoke to {PREV} about it last week.",
    "Okay thank you {NAME}, that's everything.",
    "The account is shared between me and {NAME}.",
)
FAIRNESS_CHAT = (
    "{NAME} here, the refund still hasn't arrived",
    "account is under {NAME}",
    "my previous chat with {PREV} didn't fix it",
    "thank you {STAFF}, that helped a lot",
    "{NAME}! {NAME}! is anyone there",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("mainland", "nanyang", "korean", "japanese", "mongolian", "english")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Give me a second to bring that account up.",), "customer": ("No problem, I'll hold.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_ad import NameSourceAD
    from benchmarks._profile_dev_ad import ProfileAD

    return ProfileAD, NameSourceAD


conversation, render = family_glue("dev_ad", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Okay thank you")
