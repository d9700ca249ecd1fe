"""Twenty-ninth development template family (``dev_ac``), written blind: callers and chat customers with Horn of
Africa names (Ethiopian / Eritrean with the father's name as the second name and ``Gebre-`` / ``Wolde-`` compounds;
Somali with three parts and nicknames), Francophone Central and West African names (Congolese French given names
with Bantu family names; Wolof, Fula and Bambara names with two-letter surnames), English or word first names with
one of those surnames, and an English reference group (``_names_dev_ac``), in UK / US / Canadian / French / Belgian
contact centres or at home in Ethiopia, Kenya, Somalia, the DR Congo or Senegal. ASR half: a telephony engine's text
(lower case, no punctuation, numbers as words, fillers, long name parts broken, short parts run together, parts heard
as English words); chat half, weighted to fast typing: most customers in lower case, little punctuation, short forms,
a third of them slipping on a name. Names with no cue at all, opening a turn, after ``thank you``, as whose name an
account is under, as the agent of an earlier chat, read back by the agent, spelled letter by letter, said once or
twice, surname first or given first, a third person, agents introducing themselves; beside look-alikes (``peace of
mind``, ``Chez Fatou``, ``the Baraka bundle``). Five domains (``_domains_dev_ac``); values: ``_profile_dev_ac``;
assembly: ``_assemble_dev_ac``.
"""
from __future__ import annotations

from benchmarks._domains_dev_ac import DOMAINS
from benchmarks._staged_assembly import family_glue

NAME_ASR = (
    (("a", "Who's the caller, please?"), ("c", "{NAME}.")),
    (("a", "How do you spell the last name?"), ("c", "Sure, it goes {SPELT}.")),
    (("a", "And the first name, can you spell it for me?"), ("c", "{GIVEN}, spelled {GSPELT}.")),
    (("a", "Sorry, which one is your surname and which is the first name?"), ("c", "{GIVEN} is the first, {SURNAME} is the last name, it's my father's name.")),
    (("a", "I have it down as {NAME}, is that correct?"), ("c", "{yes}, exactly.")),
    (("a", "Does anyone else manage the account?"), ("c", "Yes, {THIRD}, my {kin}, sometimes calls for me.")),
    (("a", "Did someone already help you with this?"), ("c", "Yes, last time it was {PREV}, they said it was fixed.")),
    (("a", "The line is breaking up, your name again please?"), ("c", "{NAME}. I said {NAME}.")),
    (("a", "Am I speaking with the account holder?"), ("c", "You are. {NAME}, but just {GIVEN} is fine.")),
)
VERIFY_ASR = (
    (("a", "Could I have your date of birth, just to check it is you?"), ("c", "I was born {DOB}, that should match.")),
    (("a", "Which phone number should we use to call you back?"), ("c", "My mobile is {TEL}.")),
    (("a", "And your email, please?"), ("c", "The email is {MAIL}.")),
    (("a", "Can I take the full address with the {postname}?"), ("c", "Yes, {ADDR}, {city}, {POST}.")),
    (("a", "Do you know your account number?"), ("c", "One second. It is {ACCT}.")),
    (("a", "We've texted you a code, can you read it out?"), ("c", "Got it, it says {OTP}.")),
)
VERIFY_CHAT = (
    (("a", "For security, could you send your date of birth and phone number?"), ("c", "dob {DOB} tel {TEL}")),
    (("a", "What email do you use with us?"), ("c", "{MAIL}")),
    (("a", "Please type your full address and {postname}."), ("c", "{ADDR} {city} {POST}")),
    (("a", "Could you spell out your last name?"), ("c", "{SPELT} thats the last name")),
    (("a", "And your first name spelled out, please."), ("c", "{GSPELT} ({GIVEN})")),
    (("a", "Can you give me the account number?"), ("c", "acc {ACCT}")),
    (("a", "I've sent a verification code by SMS, what is it?"), ("c", "{OTP}")),
    (("a", "Does a second person have access to this account?"), ("c", "yes my {kin} {THIRD} number {ALT}")),
    (("a", "Has this problem come up with us before?"), ("c", "yes i did a chat with {PREV} on {date} nothing happened")),
    (("a", "Sorry, which part is the family name?"), ("c", "family name {SURNAME} first name {GIVEN}")),
)
STEPS_ASR = {
    "card": ((("a", "What card would you like to pay with?"), ("c", "This one, {CARD}.")),
             (("a", "What is the expiry date on that card?"), ("c", "The expiry is {EXP}."))),
    "alt": ((("a", "Can we have a second contact in case we can't reach you?"), ("c", "Yes, my {kin}, {THIRD}, number {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "To pay the balance, please send the card number and expiry date."), ("c", "card no {CARD} valid till {EXP}")),),
    "alt": ((("a", "Do you want to add an emergency contact?"), ("c", "ok {THIRD} ({kin}) {ALT}")),),
}
CLOSINGS_ASR = (
    (("a", "Right, that is all fixed on my side. Can I help with anything else?"), ("c", "No, that's all, thank you {STAFF}.")),
    (("a", "Okay {GIVEN}, it's done. Take care, {GIVEN}."), ("c", "Thank you so much, {bye}.")),
    (("a", "Thank you for calling, {title} {SURNAME}. Our number is {helpline} if you need us."), ("c", "Okay thank you, {bye}.")),
    (("a", "Any other question while I have you on the line?"), ("c", "Nothing more, thanks {STAFFNAME}, really helpful.")),
)
CLOSINGS_CHAT = (
    (("a", "Is there something else you need from me today?"), ("c", "no thats it thx {STAFF}")),
    (("a", "You're all set, {GIVEN}. Have a good day!"), ("c", "ok merci {bye}")),
    (("a", "I'll close the chat now, {title} {SURNAME}. You can call {helpline} any time."), ("c", "ok thanks")),
)
SMALLTALK_ASR = (
    (("c", "Sorry for the noise, I'm at {venue} right now."), ("a", "Not a problem, your voice is coming through clearly.")),
    (("a", "Are you travelling anywhere this summer?"), ("c", "Yes, going back to {place}, {phrase}.")),
)
SMALLTALK_CHAT = (
    (("c", "sorry typing on the bus, at {venue} soon"), ("a", "No problem at all, whenever you are ready.")),
    (("c", "just came back from {place} {phrase}"), ("a", "Welcome back! Let me look into this.")),
)
FAIRNESS_ASR = (
    "Hi, this is {NAME}, my internet is down again.",
    "The account should be under {NAME}.",
    "I spoke to {PREV} about this on Friday.",
    "Okay, thanks {NAME}, I've made a note of that.",
    "It's a joint account, me and {NAME}.",
)
FAIRNESS_CHAT = (
    "hi {NAME} here cant pay my bill online",
    "account under {NAME} pls check",
    "already did a chat with {PREV} no help",
    "thx {STAFF} that worked",
    "{NAME}. yes {NAME}, main account holder",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("habesha", "somali", "congolese", "senegambian", "mixed", "english")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("One moment while I check that.",), "customer": ("Sure, I'm waiting.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_ac import NameSourceAC
    from benchmarks._profile_dev_ac import ProfileAC

    return ProfileAC, NameSourceAC


conversation, render = family_glue("dev_ac", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Okay, thanks")
