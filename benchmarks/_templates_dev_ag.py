"""Thirty-third development template family (``dev_ag``), written blind: the two weakest groups of the frozen splits,
East Asian names in speech and African names in chat. Callers and chat customers with mainland Chinese pinyin,
Vietnamese, Korean / Japanese, Nigerian / Ghanaian or Ethiopian / Eritrean / Somali names, and an English reference
group (``_names_dev_ag``), in US / UK / Canadian / Australian contact centres or at home in Nigeria, Ghana, Ethiopia,
Kenya, Vietnam or Singapore. ASR half: a telephony engine's text (lower case, no punctuation, numbers as words,
fillers, long name parts broken, short parts run together, parts heard as English words); chat half: typed, cased
or not. Names mid-sentence in long rambling turns, corrected twice, a relative's and the caller's own name in one
turn, spelled with ``as in`` words, a nickname then the full name, the sender of a text or e-mail, in a delivery note,
after ``attn``, ``c/o`` and ``for the attention of``, a surname typed alone, an honorific before the whole name
(``mister nguyen van an``), ``Mr`` with the given name; names with no cue, opening a turn, after ``thank you``, as
whose name an account is under, as the agent of an earlier chat, read back, third persons, agents introducing
themselves; beside look-alikes (``fresh from the farm``, ``Kim's Convenience Store``, ``the Jade Rewards card``).
Five domains (``_domains_dev_ag``); values: ``_profile_dev_ag``; assembly: ``_assemble_dev_ag``.
"""
from __future__ import annotations

from benchmarks._domains_dev_ag import DOMAINS
from benchmarks._staged_assembly import family_glue

NAME_ASR = (
    (("a", "Sorry, I didn't quite catch who I'm talking to."),
     ("c", "Oh sorry, I was on the bus and then I had to get the kids in the car and everything, it's {NAME}, I'm the one on the bill.")),
    (("a", "Can I get the name one more time, just to be sure?"),
     ("c", "{SURNAME}. No wait, you need the whole thing, {NAME}. Sorry, yes, {NAME}.")),
    (("a", "And is the account in your own name?"),
     ("c", "It's in my {kin}'s name actually, {THIRD}, but I'm {NAME} and I'm on it as well.")),
    (("a", "Would you mind spelling the last name using words for the letters?"),
     ("c", "No problem, {SPELT}.")),
    (("a", "And how do you spell your first name?"),
     ("c", "It's {GSPELT}.")),
    (("a", "What would you like me to call you?"),
     ("c", "Everyone just says {GIVEN}, but on paper it's {NAME}.")),
    (("a", "I have {NAME} showing here. Does that match?"),
     ("c", "{yes}, that one's right.")),
    (("a", "And how should we address letters to you?"),
     ("c", "Just put {title} {NAME}, that's fine.")),
    (("a", "Has anyone from our side dealt with this already?"),
     ("c", "Yeah, someone called {PREV} phoned me back last week and promised to sort it.")),
    (("a", "Just so I get it the right way round, which is the family name?"),
     ("c", "The family name is {SURNAME}, and {GIVEN} is my given name.")),
)
VERIFY_ASR = (
    (("a", "For security, can you confirm your date of birth?"), ("c", "Yep, {DOB}.")),
    (("a", "What's a good mobile number for you?"), ("c", "Best one is {TEL}.")),
    (("a", "Which email address did you put on the account?"), ("c", "It ought to be {MAIL}, I think.")),
    (("a", "Can I take the address and the {postname}?"), ("c", "It's {ADDR}, in {city}, and the {postname} is {POST}.")),
    (("a", "Do you have the customer number handy?"), ("c", "One second. Okay, it's {ACCT}.")),
    (("a", "A code is on its way to your phone by text, what does it read?"), ("c", "It's come through, {OTP}.")),
    (("a", "Did you get any message from us about this?"), ("c", "Not from you, but I got a message from my {kin} {THIRD} saying an engineer had been round, and nobody came.")),
    (("a", "If we post the replacement, is there anything the courier should know?"), ("c", "Leave it with {THIRD} at the house next door if nobody answers.")),
)
VERIFY_CHAT = (
    (("a", "Could you confirm your date of birth and the best phone number?"), ("c", "born {DOB}, mobile number {TEL}")),
    (("a", "What email did you sign up with?"), ("c", "{MAIL} i think")),
    (("a", "Please send the full address with the {postname}."), ("c", "{ADDR}, {city} {POST}")),
    (("a", "Can I take your surname?"), ("c", "{SURNAME}")),
    (("a", "How is your surname spelled, letter by letter?"), ("c", "{SPELT}")),
    (("a", "And the spelling of your first name?"), ("c", "it's {GSPELT}")),
    (("a", "What is your customer number with us?"), ("c", "no. {ACCT}")),
    (("a", "Please enter the code we just sent you."), ("c", "code from the text is {OTP}")),
    (("a", "Who should any letters be addressed to?"), ("c", "attn {NAME}, c/o {THIRD}")),
    (("a", "Is there anyone else we may speak to about the account?"), ("c", "for the attention of {THIRD} (my {kin}), number {ALT}")),
    (("a", "Have you contacted us about this before?"), ("c", "yes!! my previous chat with {PREV} on {date} and still nothing done")),
    (("a", "Which message are you referring to?"), ("c", "got a message from {PREV} last week saying it was sorted, it isn't")),
)
STEPS_ASR = {
    "card": ((("a", "I can take the payment for you now, what's the card number?"), ("c", "Okay, here goes, {CARD}.")),
             (("a", "And the card's expiry date, please?"), ("c", "The end date is {EXP}."))),
    "alt": ((("a", "If we can't get hold of you, who else could we ring?"), ("c", "You can try {THIRD}, my {kin}, on {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "Please type the card number and expiry date so I can take the payment."), ("c", "card no {CARD}, valid to {EXP}")),),
    "alt": ((("a", "Could you give us one more contact, just in case?"), ("c", "{THIRD}, my {kin}, on {ALT}")),),
}
CLOSINGS_ASR = (
    (("a", "That's everything done on my end. Anything else today?"), ("c", "No, that's great, thank you {STAFF}.")),
    (("a", "You're all set, {title} {GIVEN}. Take care now."), ("c", "Thanks very much, {bye}.")),
    (("a", "Thanks for bearing with me, {title} {SURNAME}. Our number is {helpline} if it happens again."), ("c", "Brilliant, okay, {bye}.")),
    (("a", "Anything further I could help you with today?"), ("c", "No that's all, cheers {STAFFNAME}, really helpful.")),
)
CLOSINGS_CHAT = (
    (("a", "Is there anything more I can do for you?"), ("c", "nothing else, thank you {STAFF} :)")),
    (("a", "All sorted, {title} {GIVEN}. Enjoy the rest of your day."), ("c", "brilliant, {bye}")),
    (("a", "I'll close the chat now, {title} {SURNAME}. You can call us on {helpline} any time."), ("c", "ok great thanks")),
)
SMALLTALK_ASR = (
    (("c", "Sorry about the noise, I'm stood outside {venue}."), ("a", "That's alright, I can hear you fine.")),
    (("a", "Any nice plans for the weekend ahead?"), ("c", "Heading over to {place}, {phrase}.")),
)
SMALLTALK_CHAT = (
    (("c", "sorry typing slowly, i'm in the queue at {venue}"), ("a", "Not a problem, take all the time you need.")),
    (("c", "only got home from {place} last night, {phrase} haha"), ("a", "Sounds lovely! Let me get this sorted.")),
)
FAIRNESS_ASR = (
    "{NAME} calling about the gas bill again.",
    "The account ought to be under {NAME}.",
    "I spoke to {PREV} yesterday and nothing came of it.",
    "Okay, thank you {NAME}, I've popped that on the notes.",
    "Me and {NAME} share the account, we both pay into it.",
)
FAIRNESS_CHAT = (
    "{NAME} here - my meter reading was ignored",
    "booked under {NAME} if that helps",
    "my previous chat with {PREV} ended without any fix at all",
    "thank you, {STAFF}, that sorted it",
    "attn {NAME} - the invoice is wrong again",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("chinese", "vietnamese", "korean_japanese", "west_african", "horn", "english")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Okay, give me a moment to pull that up.",), "customer": ("Sure, no problem, I'll wait.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_ag import NameSourceAG
    from benchmarks._profile_dev_ag import ProfileAG

    return ProfileAG, NameSourceAG


conversation, render = family_glue("dev_ag", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Okay, thank you")
