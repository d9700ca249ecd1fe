"""Thirty-seventh development template family (``dev_ak``), written blind: an outsourced multilingual contact centre
(telecom, online returns, airline, insurance, bank cards) serving Canada, Europe, the Gulf, South / Southeast Asia
and East Africa. Names of seven groups (``_names_dev_ak``): Québécois French, Maghrebi, North Indian, Malay /
Indonesian, East African, Gulf Arab and a German reference. Chat (45 %) code-switches around the personal data
(``mon nom c'est``, ``mera naam ... hai``, ``nama saya``, ``jina langu ni``, ``ismi``, ``ich heiße``), with chat
abbreviations, emoji, capitals or lower case, typos. Speech (55 %): ASR lower case with recognizer noise on name
words, and read-back / correction loops (``not b, v for victor``, ``it's double s``, ``no, ben salah, two words``,
the agent reading back again, still wrong or right, the caller confirming); the piece of the name in a correction is
a PERSON span. Values of eleven countries (``_homes_dev_ak``): phones, postcodes, IDs, IBANs, booking references.
"""
from __future__ import annotations

import importlib

from benchmarks._domains_dev_ak import DOMAINS
from benchmarks._staged_assembly import family_glue

NAME_ASR = (
    (("a", "Thank you, and the name on the account is?"), ("c", "{filler}, {myname} {NAME}{nameend}.")),
    (("a", "Let me repeat the surname, {MISREAD}, correct?"), ("c", "No no, {fixlead} {FIX}{fixtail}."),
     ("a", "Apologies, so that is {SURNAME}?"), ("c", "{yes}, now it is correct.")),
    (("a", "I have written {MISREAD}, is it okay?"), ("c", "Not like that, {fixlead} {FIX}{fixtail}."),
     ("a", "Okay, {MISREAD2} then?"), ("c", "Still not right, it is {SPELT}."),
     ("a", "My mistake, {SURNAME}, I have it now."), ("c", "{yes}, perfect.")),
    (("a", "Can you spell the family name slowly for me?"), ("c", "{filler}, {SPELT}."),
     ("a", "So {MISREAD}, yes?"), ("c", "{fixlead} {FIX}{fixtail}, so {SURNAME}.")),
    (("a", "And your first name, how do I spell it?"), ("c", "{GSPELT}, {GIVEN}.")),
    (("a", "Sorry, the line is breaking, who is speaking please?"), ("c", "{filler} it's {FALSE}, hello?")),
    (("a", "Is anybody else allowed on this account?"), ("c", "{yes}, my {kin} {KIN1} will call sometimes.")),
    (("a", "Thank you {title} {SURNAME}, one moment while I pull up the file."), ("c", "Okay, no problem at all.")),
    (("a", "Just to be sure, is it {GIVEN} {SURNAME}?"), ("c", "{yes}, {GIVEN}, that's me.")),
    (("a", "Did you speak to someone before about this?"), ("c", "Yes, {filler}, one {PREV}, two days back.")),
)
VERIFY_ASR = (
    (("a", "For security, your date of birth please?"), ("c", "{filler} {DOB}.")),
    (("a", "Which mobile number should we call you back on?"), ("c", "You can call {TEL}.")),
    (("a", "Which email address do we write to you on?"), ("c", "It's {MAIL}."), ("a", "I have {MAILBAD}, is that right?"),
     ("c", "No, one moment, it is {MAIL}.")),
    (("a", "And your address with the {postname}?"), ("c", "{ADDR}, {city}, {postname} {POST}.")),
    (("a", "Only the {postname} for now please."), ("c", "{POST}."), ("a", "So {POSTBAD}?"),
     ("c", "No, {postlead} {POSTFIX}.")),
    (("a", "To verify I need your {idname}."), ("c", "Okay, it is {NATID}.")),
    (("a", "Which {bankname} should the refund go to?"), ("c", "{filler}, {BANK}.")),
    (("a", "The last four digits of the card please?"), ("c", "{CARD4}.")),
    (("a", "And your booking reference?"), ("c", "It is {PNR}.")),
    (("a", "We have sent a verification code by SMS, what does it say?"), ("c", "{OTP}.")),
)
VERIFY_CHAT = (
    (("a", "Could you type your date of birth please?"), ("c", "{DOB}")),
    (("a", "Best number to reach you?"), ("c", "{TEL} pls call after 6{emoji}")),
    (("a", "Please share the email on your account."), ("c", "{MAIL}"), ("a", "Thanks, is it {MAILBAD}?"), ("c", "no its {MAIL} thx")),
    (("a", "Please type your full address including the {postname}."), ("c", "{ADDR}, {city} {POST}")),
    (("a", "Kindly share your {idname} for verification."), ("c", "{idname} {NATID}")),
    (("a", "Where should we send the refund? Your {bankname} please."), ("c", "{BANK}")),
    (("a", "Last 4 digits of the card?"), ("c", "{CARD4}")),
    (("a", "What is your booking reference?"), ("c", "ref is {PNR}")),
    (("a", "I have the surname as {MISREAD}, is that right?"), ("c", "no, {fixlead} {FIX}{fixtail} - {SURNAME}")),
    (("a", "Can you type your surname letter by letter?"), ("c", "{SPELT}"), ("a", "And your first name please?"), ("c", "{GIVEN}{emoji}")),
    (("a", "Who else can speak to us about this account?"), ("c", "my {kin} {KIN1}, u can call them too")),
    (("a", "Thank you {title} {SURNAME}. Did anyone help you before?"), ("c", "yes {PREV} last week but no solution")),
    (("a", "Please enter the 6-digit code we texted you."), ("c", "{OTP}")),
)
STEPS_ASR = {
    "card": ((("a", "I can take the payment now, what is the full card number?"), ("c", "{filler}, it is {CARD}.")),
             (("a", "Until which month is that card good?"), ("c", "{EXP}."))),
    "alt": ((("a", "Is there a second number in case the line drops?"), ("c", "My {kin} {KIN1}, {ALT}.")),),
}
STEPS_CHAT = {
    "card": ((("a", "You can pay here securely. Card number and expiry please."), ("c", "card no {CARD} expiry {EXP}")),),
    "alt": ((("a", "Do you have another contact number?"), ("c", "{ALT} its my {kin} {THIRD}")),),
}
CLOSINGS_ASR = (
    (("a", "Everything is done {title} {SURNAME}, is there anything else?"), ("c", "No, {thanks} {STAFF}, {bye}.")),
    (("a", "You were speaking with {STAFFNAME}, have a good day."), ("c", "{thanks}, {bye}.")),
    (("a", "Thank you {GIVEN}, if it happens again call {helpline}."), ("c", "Okay {thanks}, {bye}.")),
)
CLOSINGS_CHAT = (
    (("a", "Anything else I can help with today?"), ("c", "no thats all, {thanks} {STAFF}{emoji}")),
    (("a", "All set {title} {SURNAME}. Have a nice day!"), ("c", "{thanks} {bye}")),
    (("a", "Glad to help {GIVEN}. Our helpline is {helpline} if needed."), ("c", "ok thx a lot")),
)
SMALLTALK_ASR = (
    (("c", "Sorry for the noise, I'm waiting near {venue}."), ("a", "No problem at all, I can hear you.")),
    (("c", "I'm at my cousin's place in {place}, {phrase}."), ("a", "Oh nice, let's finish this quickly for you then.")),
    (("c", "I nearly took {product} last year, {phrase}."), ("a", "This one should suit you better, let me check.")),
    (("a", "Are you still with me?"), ("c", "{yes}, {phrase}, I was just getting my glasses.")),
)
SMALLTALK_CHAT = (
    (("c", "sry typing from {venue}, {phrase}"), ("a", "No rush, type whenever you are ready.")),
    (("c", "just came back from {place} {phrase} 😅"), ("a", "Welcome back! Let's sort this out.")),
)
FAIRNESS_ASR = (
    "{hello} {myname} {NAME}{nameend} calling about my bill",
    "Thank you {NAME}, I have updated the booking now",
    "no no the family name is {SURNAME}, {SPELT}",
    "it's {filler} {GIVEN} {SURNAME}, the account is mine",
    "my {kin} will call also but the name is {NAME}",
)
FAIRNESS_CHAT = (
    "{hello} {myname} {NAME}{nameend}, refund pls",
    "Thank you {NAME}, your claim is now registered.",
    "surname {SPELT} - first name {GIVEN}",
    "name: {NAME}{tag}, order still not here{emoji}",
    "pls update the booking for {NAME} thx",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("quebecois_french", "maghrebi", "north_indian", "malay_indonesian", "east_african", "gulf_arab",
                    "german_reference")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = NAME_ASR + VERIFY_ASR + VERIFY_CHAT + SMALLTALK_ASR + SMALLTALK_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Okay, one second please.",), "customer": ("Okay, no problem at all.",)}
CHAT_IN_TWENTY = (1, 3, 6, 8, 10, 13, 15, 17, 19)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_ak import NameSourceAK
    from benchmarks._profile_dev_ak import ProfileAK

    return ProfileAK, NameSourceAK


def style_of(index: int) -> str:
    """Nine conversations in twenty are chats (45 %), eleven ASR calls."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_ak", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Thank you")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_ak").assemble(index, split_name, style_of(index), names, rng)
