"""Nineteenth development template family (``dev_s``), written blind: callers and chat customers with East Asian
or diaspora names (Chinese: Mandarin pinyin, Cantonese, Taiwanese Wade-Giles; Korean; Japanese; Vietnamese; a
Western given name with an East Asian surname) in US / UK / Canadian / Australian contact centres. ASR half: a
telephony speech engine's output (lower case, no punctuation, numbers as words, fillers, names merged, split or
heard as English words in part); chat half: a web chat, cased or typed in lower case. Names surname first or given
first, spelled, as bare answers after no cue, and beside neutral look-alikes (``Hong Kong``, ``Golden Dragon``,
``the long one``, ``young people``). Five domains (``_domains_dev_s``); slots and values: ``_profile_dev_s``;
assembly: ``_assemble_dev_s``.
"""
from __future__ import annotations

from benchmarks._domains_dev_s import DOMAINS

NAME_ASR = (
    (("a", "And who is the account holder?"), ("c", "{NAME}")),
    (("a", "How do you spell the surname, letter by letter?"), ("c", "Yeah it's {SPELT}.")),
    (("a", "Sorry, the line cut out, your surname again?"), ("c", "{SURNAME}, {SPELT}.")),
    (("a", "And is it okay if I call you {GIVEN}?"), ("c", "Yeah {GIVEN} is fine.")),
    (("a", "Is there anyone else on the account?"), ("c", "My {kin}, {THIRD}.")),
)
VERIFY_ASR = (
    (("a", "For security, what's your date of birth?"), ("c", "Mm, that'd be {DOB}.")),
    (("a", "And the mobile number on the account?"), ("c", "{TEL}.")),
    (("a", "What email should I send the confirmation to?"), ("c", "Send it to {MAIL}.")),
    (("a", "Can you confirm the first line of the address and the {postname}?"), ("c", "{ADDR}, {city}, {POST}.")),
    (("a", "Can I take the account number please?"), ("c", "Hang on, it's {ACCT}.")),
    (("a", "I've sent a six-digit passcode to your phone, can you read it out?"), ("c", "Got it, {OTP}.")),
)
VERIFY_CHAT = (
    (("a", "To verify the account, please send your date of birth and the mobile number we have on file."), ("c", "DOB {DOB}, mobile {TEL}")),
    (("a", "What's the best email to reach you on?"), ("c", "{MAIL}")),
    (("a", "Please confirm the billing address, including the {postname}."), ("c", "{ADDR}\n{city} {POST}")),
    (("a", "Could you type your surname letter by letter so I can match the record?"), ("c", "{SPELT}")),
    (("a", "And your account number, please?"), ("c", "acct no. {ACCT}")),
    (("a", "I've texted you a one-time code. What is it?"), ("c", "{OTP}")),
    (("a", "Is anyone else authorised on the account?"), ("c", "yes my {kin} {THIRD}, her number is {ALT}")),
)
STEPS_ASR = {
    "card": ((("a", "Which card is it, can you read me the long number?"), ("c", "Right, it's {CARD}, sorry that took a while.")),
             (("a", "What's the expiry on that card, month and year?"), ("c", "{EXP}."))),
    "alt": ((("a", "Is there another number we can reach you on?"), ("c", "Try my {kin} {THIRD}, {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "Please send the card number and expiry date so I can find the transactions."), ("c", "{CARD} exp {EXP}")),),
    "alt": ((("a", "Do you have a second contact number in case we can't reach you?"), ("c", "{ALT}, that's {THIRD}'s phone")),),
}
CLOSINGS_ASR = (
    (("a", "Alright {GIVEN}, that's all sorted. Anything else today?"), ("c", "No that's everything, {thanks}.")),
    (("a", "Thanks for your patience, {title} {SURNAME}. You'll get a text shortly."), ("c", "Okay, {bye}.")),
    (("a", "If you need us again the number is {helpline}. Have a good one."), ("c", "Will do, {thanks}, {bye}.")),
)
CLOSINGS_CHAT = (
    (("a", "Anything more I can do for you today, {GIVEN}?"), ("c", "nope that's all, thanks {STAFF}!")),
    (("a", "You're all set. Thanks for chatting with us, {title} {SURNAME}!"), ("c", "thank you, {bye}")),
    (("a", "I'll close the chat now. For anything else call {helpline}."), ("c", "ok thx 👍")),
)
SMALLTALK_ASR = (
    (("c", "Sorry it's loud here, I'm at {venue}."), ("a", "No worries, I can hear you fine.")),
    (("a", "Are you calling from abroad?"), ("c", "No no, I was in {place} last month but I'm back home now.")),
    (("c", "I always pick {phrase} when they ask, sorry, go on."), ("a", "That's alright.")),
)
SMALLTALK_CHAT = (
    (("c", "sorry for the slow replies, I'm at {venue} with the kids"), ("a", "No problem at all, take your time.")),
    (("c", "my cousin in {place} had the same issue lol"), ("a", "Ha, let's get yours fixed then!")),
)
FAIRNESS_ASR = (
    "Yeah hi um this is {NAME} calling about my account.",
    "{NAME}",
    "Okay thank you {title} {SURNAME}, one moment while I pull that up.",
    "It's actually under my {kin} {THIRD}, is that okay?",
)
FAIRNESS_CHAT = (
    "Hi, my name is {NAME} and I need help with a payment please",
    "name on the account: {NAME}",
    "thanks {GIVEN}, that sorted it",
    "you can also speak to {THIRD}, my {kin}, they know the details",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("chinese", "korean", "japanese", "vietnamese", "western_given_east_asian_surname")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Bear with me one sec while that loads.",), "customer": ("Sure, I'll hold.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_s import NameSourceS
    from benchmarks._profile_dev_s import ProfileS

    return ProfileS, NameSourceS


def conversation(index: int, split: str, style: str, names, rng) -> dict:
    from benchmarks._assemble_dev_s import assemble

    return assemble(index, split, style, names, rng)


def render(template: str, profile, rng, filler_rate: float = 0.0):
    """One fairness frame filled in this family's style (``generate_fairness`` uses it)."""
    from benchmarks._assemble_dev_s import render_turn

    frames = FAIRNESS_ASR if profile.asr else FAIRNESS_CHAT
    frame = frames[FAIRNESS_FRAMES.index(template) % len(frames)]
    profile.speaker = "agent" if "thank you {title}" in frame else "customer"
    return render_turn(frame, profile, rng, fillers=False)
