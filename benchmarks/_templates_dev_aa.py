"""Twenty-seventh development template family (``dev_aa``), written blind: callers and chat customers with African
names (Ganda and Acholi / Luo, Nguni and Sotho, Shona and Ndebele, Akan day names), English or word first names with an
African surname, and an English reference group (``_names_dev_aa``), in UK / US / Canadian / Australian contact
centres or at home in South Africa or Ghana. ASR half: a telephony engine's text (lower case, no punctuation, numbers
as words, fillers, long name parts broken, short parts run together, parts heard as English words); chat half: typed,
cased or not. Names with no cue at all, opening a turn, after ``thank you``, as whose name an account is under, as the
agent of an earlier chat, read back by the agent, spelled letter by letter, said once or twice, surname first or given
first, a third person, agents introducing themselves; beside look-alikes (``a blessing in disguise``, ``Moyo's
Butchery``, ``the Kente Saver bundle``). Five domains (``_domains_dev_aa``); values: ``_profile_dev_aa``; assembly:
``_assemble_dev_aa``.
"""
from __future__ import annotations

from benchmarks._domains_dev_aa import DOMAINS
from benchmarks._staged_assembly import family_glue

NAME_ASR = (
    (("a", "Who am I talking with today?"), ("c", "{NAME}.")),
    (("a", "Would you spell out your last name for me?"), ("c", "Okay. {SPELT}.")),
    (("a", "And your first name, could you spell that one too?"), ("c", "It's {GIVEN}. {GSPELT}.")),
    (("a", "Sorry, which is the surname and which is the first name?"), ("c", "{SURNAME} is the surname. First name {GIVEN}.")),
    (("a", "So I have {NAME} on the account. Is that correct?"), ("c", "{yes}, that's me on there.")),
    (("a", "Does anybody else manage this account with you?"), ("c", "Yes, {THIRD}. My {kin}.")),
    (("a", "Have you spoken to one of us about this already?"), ("c", "Twice. The last person was {PREV}, about a week ago.")),
    (("a", "You cut out there, what was the name again?"), ("c", "{NAME}. I said {NAME}, apologies.")),
    (("a", "Is the account holder yourself?"), ("c", "Yes, {GIVEN} {SURNAME}. Most people just say {GIVEN}.")),
)
VERIFY_ASR = (
    (("a", "To pass security, can I have your date of birth?"), ("c", "Born {DOB}.")),
    (("a", "Which number can we reach you on?"), ("c", "The best one is {TEL}.")),
    (("a", "What email do you have with us?"), ("c", "That one is {MAIL}.")),
    (("a", "Can you confirm the address, with the {postname}?"), ("c", "{ADDR}, {city}, {POST}.")),
    (("a", "Have you got your account number handy?"), ("c", "One second. Okay it's {ACCT}.")),
    (("a", "I've texted you a code, can you read it to me?"), ("c", "Yes. {OTP}.")),
)
VERIFY_CHAT = (
    (("a", "Before I go on, I need your date of birth and the mobile on the account."), ("c", "birth date {DOB}, my cell {TEL}")),
    (("a", "What's the email on your profile?"), ("c", "the email is {MAIL}")),
    (("a", "Please confirm your address and {postname}."), ("c", "{ADDR} {city} {POST}")),
    (("a", "Can you spell your surname so I find the right file?"), ("c", "{SPELT}")),
    (("a", "And the first name, spelled out?"), ("c", "{GSPELT} - {GIVEN}")),
    (("a", "Please share the account number."), ("c", "my account number: {ACCT}")),
    (("a", "I've just sent a one-time code, please type it here."), ("c", "the code i got is {OTP}")),
    (("a", "Who else is named on the account?"), ("c", "{THIRD}, my {kin}. their number is {ALT}")),
    (("a", "Have you been in touch about this before?"), ("c", "yes, my previous chat with {PREV} on {date} didn't fix it")),
    (("a", "Which part of your name is your family name?"), ("c", "family name {SURNAME}, first name {GIVEN}")),
)
STEPS_ASR = {
    "card": ((("a", "I'll take the card details now. The long number on the front?"), ("c", "Right, here it is, {CARD}.")),
             (("a", "And when does that expire?"), ("c", "End of {EXP}."))),
    "alt": ((("a", "Is there a second contact we can try if we can't reach you?"), ("c", "Yes, my {kin} {THIRD}, {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "Please enter the card number and expiry date to clear the balance."), ("c", "number {CARD}, valid until {EXP}")),),
    "alt": ((("a", "Can I take a second contact number?"), ("c", "{THIRD} who is my {kin}, on {ALT}")),),
}
CLOSINGS_ASR = (
    (("a", "You're all set. Is there anything else?"), ("c", "No that's everything, thank you {STAFF}.")),
    (("a", "Okay {GIVEN}, that's done. Take care, {GIVEN}."), ("c", "Lovely, thanks so much, {bye}.")),
    (("a", "Thank you for bearing with us, {title} {SURNAME}. Our line is {helpline} if you need us."), ("c", "Noted, {bye}.")),
    (("a", "Anything else before I let you go?"), ("c", "No, thank you {STAFFNAME}, really helpful.")),
)
CLOSINGS_CHAT = (
    (("a", "Is there anything more I can help with?"), ("c", "all sorted, thank you {STAFF}")),
    (("a", "That's everything done, {GIVEN}. Enjoy the rest of your day!"), ("c", "great, thanks, {bye}")),
    (("a", "I'll close the chat now, {title} {SURNAME}. You can reach us on {helpline} any time."), ("c", "ok thanks a lot")),
)
SMALLTALK_ASR = (
    (("c", "Sorry about the noise, I'm standing outside {venue}."), ("a", "That's fine, I can hear you clearly.")),
    (("a", "Doing anything nice this weekend?"), ("c", "Visiting family in {place}, {phrase}.")),
)
SMALLTALK_CHAT = (
    (("c", "apologies for the delay, i'm waiting at {venue}"), ("a", "No worries, I'm still here.")),
    (("c", "only just back from {place} {phrase}"), ("a", "Sounds lovely. Now, about your issue.")),
)
FAIRNESS_ASR = (
    "{NAME} calling, my statement never came this month.",
    "The account is under {NAME} I think.",
    "My previous chat with {PREV} went nowhere.",
    "Okay, thank you {NAME}, I'll note that down.",
    "My {kin} and {NAME} share the plan.",
)
FAIRNESS_CHAT = (
    "{NAME} - the app logs me out every time",
    "it's under {NAME}, can you look it up",
    "my previous chat with {PREV} ended without an answer",
    "thank you {STAFF}, that's really kind",
    "{NAME}, {NAME}. account holder",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("east_african", "south_african", "zimbabwean", "akan", "diaspora", "english")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("One moment while the page loads.",), "customer": ("Sure, take your time there.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_aa import NameSourceAA
    from benchmarks._profile_dev_aa import ProfileAA

    return ProfileAA, NameSourceAA


conversation, render = family_glue("dev_aa", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Okay, thank you")
