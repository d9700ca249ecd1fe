"""Twenty-second development template family (``dev_v``), written blind: callers and chat customers with Senegalese
/ Gambian (Wolof, Serer, Pulaar, Diola) names with honorific prefixes and compound given names, francophone
Senegalese names, African-American given names, given names that are English words (``Blessing``, ``Memory``,
``Given``) and an English reference group (``_names_dev_v``), in US / UK / Canadian contact centres or at home in
Senegal, Zambia or Ethiopia. ASR half: a telephony engine's text (lower case, no punctuation, numbers as words, fillers,
name parts run together, split or heard as English words); chat half: typed, cased or not. Names with no cue at
all, opening a turn, after ``thank you``, as whose name an order is under, as the agent of an earlier chat, spelled
letter by letter, said once or again, surname first or given first, in two to four parts; beside look-alikes
(``a blessing in disguise``, ``Mercy Hospital``). Five domains (``_domains_dev_v``); values: ``_profile_dev_v``;
assembly: ``_assemble_dev_v``.
"""
from __future__ import annotations

from benchmarks._domains_dev_v import DOMAINS
from benchmarks._staged_assembly import family_glue

NAME_ASR = (
    (("a", "And whose name should I put down?"), ("c", "{NAME}.")),
    (("a", "Can you spell the surname for me, slowly?"), ("c", "Yes of course, {SPELT}.")),
    (("a", "And how do you write the first name?"), ("c", "It's {GIVEN}, so {GSPELT}.")),
    (("a", "Which one is your surname there?"), ("c", "The surname is {SURNAME}, and {GIVEN} is what people call me.")),
    (("a", "Let me read that back, {NAME}, have I got it?"), ("c", "{yes}.")),
    (("a", "Is there a second person on the account?"), ("c", "My {kin} is on it too, {THIRD}.")),
    (("a", "Did someone help you with this already?"), ("c", "Two days ago, with {PREV}, they said it was fixed.")),
    (("a", "Sorry, the line broke up, your name again?"), ("c", "{NAME}, {NAME}.")),
)
VERIFY_ASR = (
    (("a", "Quick security check: your date of birth?"), ("c", "Born on {DOB}.")),
    (("a", "What's the best number for you?"), ("c", "Best is {TEL}.")),
    (("a", "And the email we have for you?"), ("c", "I think it's {MAIL}.")),
    (("a", "Can I get the address, with the {postname}?"), ("c", "Yeah, {ADDR}, {city}, {POST}.")),
    (("a", "Do you have your member number there?"), ("c", "Hold on. Okay, {ACCT}.")),
    (("a", "I've just texted you a code, can you read it out?"), ("c", "It says {OTP}.")),
)
VERIFY_CHAT = (
    (("a", "To confirm it's you, what's your date of birth, and your mobile?"), ("c", "dob {DOB}, mobile {TEL}")),
    (("a", "Which email should we have for you?"), ("c", "{MAIL} is the one")),
    (("a", "Could you type your address with the {postname}?"), ("c", "{ADDR} {city}, {POST}")),
    (("a", "Please spell your surname letter by letter."), ("c", "{SPELT}")),
    (("a", "And your first name, letter by letter too?"), ("c", "first name is {GSPELT}")),
    (("a", "What's your member number?"), ("c", "member number {ACCT}")),
    (("a", "I've texted a six-digit code, what does it say?"), ("c", "the code says {OTP}")),
    (("a", "Is anyone else allowed to speak for you?"), ("c", "yes my {kin} {THIRD}, you can reach them on {ALT}")),
    (("a", "Did you contact us before about this?"), ("c", "yeah, in my previous chat with {PREV} on {date} they promised a callback")),
    (("a", "Sorry, which part is the surname?"), ("c", "{SURNAME} is my family name, {GIVEN} my first")),
)
STEPS_ASR = {
    "card": ((("a", "Can I take the long number on the card?"), ("c", "Right, it's {CARD}.")),
             (("a", "What expiry is printed on it?"), ("c", "That's {EXP}."))),
    "alt": ((("a", "Is there another person we can ring if we can't reach you?"), ("c", "Yes, {THIRD}, my {kin}, the number is {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "Please type the card number and its expiry."), ("c", "{CARD}, valid to {EXP}")),),
    "alt": ((("a", "Is there a backup contact number?"), ("c", "my {kin} {THIRD}: {ALT}")),),
}
CLOSINGS_ASR = (
    (("a", "That's all sorted now. Is there anything else?"), ("c", "No, thank you, {STAFF}, bye now.")),
    (("a", "Okay {GIVEN}, you're all set. Have a good evening, {GIVEN}."), ("c", "You too, {bye}.")),
    (("a", "Thanks for your patience, {title} {SURNAME}. If you need us, it's {helpline}."), ("c", "Okay then, {bye}.")),
    (("a", "Anything more I can do for you today?"), ("c", "That's it. Thank you {STAFFNAME}, really.")),
)
CLOSINGS_CHAT = (
    (("a", "Is there anything else today?"), ("c", "nope, thank you, {STAFF}!")),
    (("a", "All done, {GIVEN}. Have a great day!"), ("c", "thank you so much {bye}")),
    (("a", "I'll close the chat now, {title} {SURNAME}. Our number is {helpline} if anything comes up."), ("c", "great thanks")),
)
SMALLTALK_ASR = (
    (("c", "Sorry it's noisy, I'm standing outside {venue}."), ("a", "No problem, I can hear you fine.")),
    (("a", "Are you doing anything nice this weekend?"), ("c", "Off to {place}, honestly {phrase}.")),
)
SMALLTALK_CHAT = (
    (("c", "sorry, typing on the bus past {venue}"), ("a", "No worries, take your time.")),
    (("c", "just back from {place}, {phrase} haha"), ("a", "Glad to hear it! Now let's fix this.")),
)
FAIRNESS_ASR = (
    "{NAME} calling, my money transfer never arrived.",
    "It's under {NAME}, the parcel I mean.",
    "Last time I went through it all with {PREV} and nothing changed.",
    "Alright then, thank you, {NAME}, have a good one.",
    "Right so {NAME} and I moved house in June.",
)
FAIRNESS_CHAT = (
    "{NAME} here - the money never reached my sister",
    "the order's under {NAME} if that helps",
    "i already went over this in my previous chat with {PREV}",
    "thank you, {STAFF}, that was quick",
    "hi again {NAME} any update on the refund?",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("wolof", "francophone", "habesha", "african_american", "word_given", "english")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Bear with me a moment while the system loads.",), "customer": ("Sure, no rush.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_v import NameSourceV
    from benchmarks._profile_dev_v import ProfileV

    return ProfileV, NameSourceV


conversation, render = family_glue("dev_v", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Alright then, thank you")
