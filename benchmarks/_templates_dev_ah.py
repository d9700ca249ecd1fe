"""Thirty-fourth development template family (``dev_ah``), written blind: the two weakest groups of the frozen splits
(East Asian names in speech, African names in chat) under NOISE. Callers and chat customers with Chinese (pinyin,
Malaysian / Singaporean dialect romanizations), Korean, Japanese, East African (Kikuyu, Luo, Luganda, Swahili),
Southern / Central African (Zulu, Shona, Congolese, Kinyarwanda) or English names (``_names_dev_ah``), in US / UK /
Canadian / Australian contact centres or at home in Kenya, Uganda, Tanzania, South Africa, Zimbabwe, DR Congo, Rwanda,
Malaysia, Singapore, Korea or Japan. ASR half: a noisy telephony engine (lower case, numbers as words, fillers,
``[crosstalk]`` / ``[noise]``, name words heard as sound-alike English words, broken, merged, dropped; a name said
twice misheard differently; the agent mishearing and the caller correcting). Chat half: autocorrect turning a name
into a word or another name and the customer correcting it next message (``*Nkosi``), typos, missing capitals, a name
split across two messages, ``[voice message transcribed]`` inside the chat. Names with no cue, opening or closing a
turn, after ``thank you``, ``my previous chat with``, ``under``, third persons, agents naming themselves, read-backs,
in addresses and e-mails; beside look-alikes (``come out of nowhere``, ``Kim's Kimchi Bar``, ``the Simba Saver plan``).
Five domains (``_domains_dev_ah``); values: ``_profile_dev_ah``; assembly: ``_assemble_dev_ah``.
"""
from __future__ import annotations

from benchmarks._domains_dev_ah import DOMAINS
from benchmarks._staged_assembly import family_glue

NAME_ASR = (
    (("a", "Sorry, you cut out there, who am I speaking with?"),
     ("c", "[crosstalk] hang on, turn that down. Sorry, yeah, it's {NAME}, {NAME}.")),
    (("a", "Okay so I've put {MISHEARD}, is that right?"),
     ("c", "No no, not quite, it's {SURNAME}, let me spell it, {SPELT}.")),
    (("a", "And the first name, could you spell that out slowly for me?"),
     ("c", "Sure, {GSPELT}, and people call me {GIVEN}.")),
    (("a", "Just reading it back, {NAME}, have I got that?"),
     ("c", "{yes}, apart from the line being terrible, that's me.")),
    (("a", "Who else lives at the address, in case we need to reach someone?"),
     ("c", "My {kin} {THIRD}, but the account is in my name, {GIVEN} {SURNAME}.")),
    (("a", "Do you know who you spoke to the last time you called?"),
     ("c", "It was a {PREV}, I think, or something like that, the line kept breaking up.")),
    (("a", "Sorry, is {SURNAME} your surname or your first name?"),
     ("c", "Surname. {GIVEN} is the first name. Everyone gets it backwards.")),
    (("a", "What name do you want on the letters we send?"),
     ("c", "Put it as {title} {NAME} please, with the {title}.")),
    (("a", "[noise] sorry, could you repeat the name? Something's interfering on this line."),
     ("c", "{SURNAME}. I said {NAME}. Can you hear me now?")),
    (("a", "Okay, I have the account, it's under {NAME}, yes?"),
     ("c", "Under {NAME}, yeah, and my {kin} {THIRD} is a second holder.")),
)
VERIFY_ASR = (
    (("a", "Can I have your date of birth to confirm it's you?"), ("c", "Um yeah, {DOB}.")),
    (("a", "What number can we call you back on if we get cut off?"), ("c", "Call me on {TEL}, that's the mobile.")),
    (("a", "And the email on the account, please?"), ("c", "Should be {MAIL}, the one with my name in it.")),
    (("a", "Could you confirm the address and the {postname} for me?"), ("c", "Yeah, {ADDR}, {city}, {postname} {POST}.")),
    (("a", "Have you got your account number there?"), ("c", "Give me a sec [crosstalk] okay it's {ACCT}.")),
    (("a", "I've sent a six digit code by text, can you read it to me?"), ("c", "Right, got it, {OTP}.")),
    (("a", "Is anyone else allowed to talk to us about the account?"), ("c", "My {kin}, {THIRD}. {THIRD}. They ring sometimes when I'm at work.")),
    (("a", "Did anyone from our side contact you about this?"), ("c", "Someone texted, signed off as {PREV}, said it was fixed and it isn't.")),
)
VERIFY_CHAT = (
    (("a", "To verify, what is your date of birth?"), ("c", "dob {DOB}")),
    (("a", "And the best number to reach you on?"), ("c", "{TEL} whatsapp too")),
    (("a", "What email address is linked to the account?"), ("c", "its {MAIL}")),
    (("a", "Can you type the full address including the {postname}?"), ("c", "{ADDR}, {city}, {POST}")),
    (("a", "Could you confirm your surname for me?"), ("c", "{ACNAME}"), ("c", "*{FIXNAME} sorry autocorrect")),
    (("a", "Could you spell the surname out, one letter at a time?"), ("c", "{SPELT}")),
    (("a", "What's your account number?"), ("c", "acc no is {ACCT}")),
    (("a", "Please enter the verification code we texted you."), ("c", "{OTP}")),
    (("a", "What's your full name as it appears on the account?"), ("c", "{GIVEN}"), ("c", "{SURNAME} (surname)")),
    (("a", "You can also send a voice note if typing is easier."), ("c", "[voice message transcribed] hi yes this is {VNAME} calling about the account thank you")),
    (("a", "Have you been in touch with us about this before?"), ("c", "yeah my previous chat with {PREV} went nowhere")),
    (("a", "Who should the replacement be sent to?"), ("c", "send to {THIRD} my {kin}, same address")),
    (("a", "Is the name on the account {NAME}?"), ("c", "yes thats right")),
)
STEPS_ASR = {
    "card": ((("a", "I can take a card payment now if you like, what's the long number?"), ("c", "Yeah go on, {CARD}.")),
             (("a", "And the expiry on that card, please?"), ("c", "Expiry is {EXP}, I think."))),
    "alt": ((("a", "Is there a second number, maybe a family member, we could try?"), ("c", "Try my {kin}, {THIRD}, on {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "You can pay the balance here, please type the card number and expiry."), ("c", "card {CARD} expiring {EXP}")),),
    "alt": ((("a", "Do you have a backup contact we could use?"), ("c", "{THIRD} ({kin}) on {ALT} evenings")),),
}
CLOSINGS_ASR = (
    (("a", "Okay, that's all done for you now. Anything else I can help with?"), ("c", "No that's it, thank you {STAFF}, appreciate it.")),
    (("a", "Right, you're sorted, {title} {SURNAME}. Have a good evening."), ("c", "Cheers, you too, {bye}.")),
    (("a", "Thanks for your patience, {GIVEN}. If it happens again our line is {helpline}."), ("c", "Okay cool, {bye}.")),
    (("a", "Anything more I can look at for you today?"), ("c", "Nope, thanks a lot {STAFFNAME}, you've been great.")),
)
CLOSINGS_CHAT = (
    (("a", "Is there anything else I can help with today?"), ("c", "no thats all thanks {STAFF}")),
    (("a", "Glad that's fixed, {GIVEN}. Take care!"), ("c", "thank u so much, {bye}")),
    (("a", "I'll end the chat here, {title} {SURNAME}. Our helpline is {helpline} if you need us."), ("c", "ok thank u")),
)
SMALLTALK_ASR = (
    (("c", "Sorry if it's loud, I'm standing outside {venue}."), ("a", "No worries, I can hear you well enough.")),
    (("a", "Busy week?"), ("c", "Just back from {place}, {phrase}, you know how it is.")),
)
SMALLTALK_CHAT = (
    (("c", "sorry for slow replies im at {venue}"), ("a", "No rush at all, I'm here.")),
    (("c", "just got back from {place} lol {phrase}"), ("a", "Welcome back! Let's get this fixed.")),
)
FAIRNESS_ASR = (
    "[crosstalk] yeah it's {NAME} calling back about the bill",
    "it should be under {NAME} I think",
    "I was talking to {PREV} before and we got cut off",
    "Alright, thanks {NAME}, I've noted that down",
    "my {kin} and {NAME} both use this number",
)
FAIRNESS_CHAT = (
    "{NAME} here again, still no water",
    "its under {NAME} pls check",
    "my previous chat with {PREV} got disconnected",
    "thanks {STAFF} that fixed it",
    "pls send it to {NAME} at the same address",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("chinese", "korean", "japanese", "east_african", "southern_african", "english")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Okay, one moment while I check.",), "customer": ("Yeah sure, no rush.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_ah import NameSourceAH
    from benchmarks._profile_dev_ah import ProfileAH

    return ProfileAH, NameSourceAH


conversation, render = family_glue("dev_ah", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Alright, thanks")
