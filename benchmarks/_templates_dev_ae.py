"""Thirty-first development template family (``dev_ae``), written blind: callers and chat customers with Southern
African (Zulu, Xhosa, Sotho, Tswana, Venda, Tsonga), Zambian / Malawian, East African (Kikuyu, Luo, Kalenjin, Luhya,
Swahili coast, Kinyarwanda / Kirundi) or West / Central African (Cameroonian, Gabonese, Ghanaian, Sierra Leonean,
Liberian) names, English or faith given names with an African surname (diaspora), and an English reference group
(``_names_dev_ae``), at home in South Africa, Zambia, Kenya, Ghana, Ireland or Belgium, or in the UK, the US or Canada.
Weighted to chat: the customer types the name alone as the whole message, ``its me ...``, ``... here``, ``pls check
for ...``, after an order number, surname first in capitals, as initials, as a short form, across two messages, in
all capitals or WhatsApp-style; a mother or brother named in passing. ASR half: telephony text with prefixes and
long parts broken, short parts run together, parts heard as English words, names spelled. Names with no cue, opening
a turn, after ``thank you``, as whose name an account is under, as the agent of an earlier chat, read back, agents
introducing themselves; beside look-alikes (``Banda's Butchery``, ``the Zawadi rewards card``, ``a fairy tale
ending``). Five domains (``_domains_dev_ae``); values: ``_profile_dev_ae``; assembly: ``_assemble_dev_ae``.
"""
from __future__ import annotations

from benchmarks._domains_dev_ae import DOMAINS
from benchmarks._staged_assembly import family_glue

NAME_ASR = (
    (("a", "You're breaking up a little. Whose account is this?"), ("c", "{NAME}. Yes, {NAME}.")),
    (("a", "Would you spell the surname for me, letter by letter?"), ("c", "Okay. {SPELT}. That's the one.")),
    (("a", "And how is the first name spelled?"), ("c", "{GSPELT}, {GIVEN}.")),
    (("a", "Which one is the family name, so I capture it correctly?"), ("c", "Surname is {SURNAME}. {GIVEN} comes first.")),
    (("a", "Just to read it back, I have {NAME}. Correct?"), ("c", "{yes}, that's exactly it.")),
    (("a", "Is anyone else allowed to call in about this?"), ("c", "Just my {kin}, {THIRD}, nobody else.")),
    (("a", "Have you called us about this before?"), ("c", "Last week, I was helped by {PREV} but nothing changed.")),
    (("a", "Sorry, could you repeat the name slowly?"), ("c", "{SURNAME}. {GIVEN} {SURNAME}.")),
    (("a", "What name do you normally go by?"), ("c", "Everyone calls me {GIVEN}, the full name is {NAME}.")),
    (("a", "And the initial and surname as they appear on the bill?"), ("c", "It should say {INIT}.")),
)
VERIFY_ASR = (
    (("a", "For security, what is your date of birth?"), ("c", "My birthday is {DOB}.")),
    (("a", "Which cell number can we reach you on?"), ("c", "My number is {TEL}.")),
    (("a", "Can I get the email address you registered with?"), ("c", "Yes, it's {MAIL}.")),
    (("a", "And where do you stay, with the {postname}?"), ("c", "{ADDR}, {city}, {POST}.")),
    (("a", "Please give me the reference number on your statement."), ("c", "Hang on. It's {ACCT}.")),
    (("a", "I've sent a PIN to your phone. What does it say?"), ("c", "The PIN reads {OTP}.")),
)
VERIFY_CHAT = (
    (("a", "Hi! To find the account, what's your full name?"), ("c", "{NAME}")),
    (("a", "Who am I chatting with today?"), ("c", "its me {NAME}")),
    (("a", "Can I have the name on the account?"), ("c", "pls check for {NAME}")),
    (("a", "What's your order or reference number?"), ("c", "{order} {NAME}")),
    (("a", "Can you type your first name and surname?"), ("c", "{GIVEN}"), ("c", "{SURNAME}")),
    (("a", "How should I address you?"), ("c", "just {GIVEN} is fine thanks")),
    (("a", "Is the account in your name?"), ("c", "no its my {kin} {THIRD}")),
    (("a", "Please confirm your date of birth and a contact number."), ("c", "dob {DOB} and cell {TEL}")),
    (("a", "Which email address did you sign up with?"), ("c", "{MAIL}")),
    (("a", "Your street address and {postname}, please?"), ("c", "{ADDR} {city} {POST}")),
    (("a", "Could you spell the surname for me?"), ("c", "{SPELT}")),
    (("a", "What's the customer number?"), ("c", "my customer no is {ACCT}")),
    (("a", "Please enter the one-time PIN we just sent."), ("c", "pin is {OTP}")),
    (("a", "Has anyone from our side helped you with this already?"), ("c", "yes {PREV} said it would be sorted in 24hrs")),
    (("a", "How does the name appear on your bank card?"), ("c", "{INIT}")),
)
STEPS_ASR = {
    "card": ((("a", "I can take the payment over the phone. The long card number?"), ("c", "Sure, {CARD}.")),
             (("a", "And the month and year it expires?"), ("c", "Valid until {EXP}, I think."))),
    "alt": ((("a", "Do you have another number in case this one is off?"), ("c", "Try my {kin} {THIRD}, the number is {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "You can settle it here. Card number and expiry, please."), ("c", "card {CARD} and it expires {EXP}")),),
    "alt": ((("a", "Any other contact person we can try?"), ("c", "my {kin}"), ("c", "{THIRD} on {ALT}")),),
}
CLOSINGS_ASR = (
    (("a", "Right, that's sorted. Anything else I can help with?"), ("c", "No, that's all. Thank you very much, {STAFF}.")),
    (("a", "You're sorted, {GIVEN}. Enjoy the rest of your day, {GIVEN}."), ("c", "Lovely, thanks, {bye}.")),
    (("a", "Thanks for your patience, {title} {SURNAME}. If it happens again call {helpline}."), ("c", "I will, {bye}.")),
    (("a", "Is there something else on your mind today?"), ("c", "No. Thanks {STAFFNAME}, really appreciate it.")),
)
CLOSINGS_CHAT = (
    (("a", "Is there anything more I can sort out for you?"), ("c", "nope thank you {STAFF}")),
    (("a", "Done! Have a lovely day, {GIVEN}."), ("c", "thanks so much {bye}")),
    (("a", "I'll close the chat now, {title} {SURNAME}. You can also call {helpline}."), ("c", "ok great thank u")),
    (("a", "Glad I could help. Anything more?"), ("c", "thats all. - {INIT}")),
)
SMALLTALK_ASR = (
    (("c", "Excuse the noise, I'm outside {venue}."), ("a", "Not a problem, I can hear you well enough.")),
    (("a", "Are you going anywhere for the holidays?"), ("c", "Going home to {place}, {phrase}.")),
)
SMALLTALK_CHAT = (
    (("c", "sorry slow replies im at {venue}"), ("a", "No stress, take as long as you need.")),
    (("c", "been travelling from {place}, {phrase}"), ("a", "Hope the trip was good! Let me check this for you.")),
)
FAIRNESS_ASR = (
    "{NAME} on the line, the last bill is far too high.",
    "You can find it under {NAME}.",
    "Last time {PREV} picked up and promised a callback.",
    "Okay thanks so much {NAME}, I'll wait for the SMS.",
    "My {kin} {THIRD} is the one who opened the account.",
    "Hello, yes, {NAME} speaking.",
)
FAIRNESS_CHAT = (
    "{NAME} here, still no reply on my complaint",
    "its me {NAME}",
    "my previous chat with {PREV} went nowhere",
    "thanks {STAFF} u were a star",
    "pls check for {NAME}, order stuck",
    "{NAME}",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("southern", "zambezi", "eastern", "western", "diaspora", "english")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Bear with me while the system loads.",), "customer": ("Alright, thank you for checking.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_ae import NameSourceAE
    from benchmarks._profile_dev_ae import ProfileAE

    return ProfileAE, NameSourceAE


conversation, render = family_glue("dev_ae", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Okay thanks so much")
