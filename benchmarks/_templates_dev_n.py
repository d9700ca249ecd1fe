"""Fourteenth development template family (``dev_n``), written blind: callers in the Philippines (Metro Manila,
Cavite, Cebu, Davao, Iloilo, Baguio) in two styles none of the earlier families has: a contact-centre platform's
caption export of the call recording as SRT subtitle cues (index line, ``00:00:05,120 --> 00:00:07,400``, a speaker
tag and up to two 42-character lines), in Taglish; and a Viber Business chat exported as CSV rows
(``03/12/2026,2:15 PM,Sender,+63 917 555 1234,"text"``) with quoted replies, pasted forms and e-mail signatures.
Five domains (``_domains_dev_n``); slot grammar: ``_profile_dev_n``; assembly: ``_assemble_dev_n``.
"""
from __future__ import annotations

from benchmarks._domains_dev_n import DOMAINS

AGENT_HELLO_ASR = (
    (("a", "Thank you for calling {company}, this is {STAFF}. May I know who I'm speaking with?"),
     ("c", "Hi {po}, this is {NAME}, from {city}.")),
    (("a", "Magandang umaga, you've reached {company}, my name is {STAFFNAME}. Can I get your full name, please?"),
     ("c", "Yes, {NAME} {po}.")),
    (("a", "{company}, {STAFF} speaking. Who's on the line, please?"), ("c", "{GIVEN} {po}. {GIVEN} {SURNAME}.")),
)
NAME_ASR = (
    (("a", "Can you spell your last name for me, {sir}?"), ("c", "{SPELT}"), ("a", "Thank you, {title} {GIVEN}.")),
    (("a", "Sorry, medyo choppy. Your last name again?"), ("c", "{SURNAME}. [inaudible] {SURNAME} {po}.")),
)
VERIFY_ASR = (
    (("a", "For security, can I have your birthday?"), ("c", "{DOB}."), ("a", "And your registered mobile number?"),
     ("c", "{TEL}.")),
    (("a", "To verify, may I have your SSS number?"), ("c", "Wait lang {po} ha, kukunin ko yung ID. Okay, {SSS}."),
     ("a", "I have {SSS_RB} here."), ("c", "{yes}.")),
    (("a", "What's the mobile number on the account?"), ("c", "{TEL_1}"), ("a", "Mm-hmm, go ahead."), ("c", "{TEL_2}"),
     ("a", "So that's {TEL_BAD}, tama?"), ("c", "Hindi {po}, {TEL_RB}.")),
    (("a", "Please confirm your date of birth and your home address."), ("c", "{DOB} {po}, and the address is {ADDR}."),
     ("a", "What's the ZIP code there?"), ("c", "Ano, {ZIP} {po}.")),
    (("a", "For the record, your PhilHealth number, please?"), ("c", "It's {PHIC} {po}."), ("a", "Thank you, noted that.")),
)
CONTACT_ASR = (
    (("a", "Should I send the confirmation to your email?"), ("c", "Yes please, sa {MAIL}."), ("a", "Let me confirm, {MAIL_RB}?"),
     ("c", "{yes}.")),
    (("c", "Can I also give an alternate number? Yung sa office, {ALT} {po}."), ("a", "No problem, I've added it.")),
)
STEPS_ASR = {
    "step_otp": (
        (("a", "I've sent a one-time PIN to your registered number. Can you read it to me?"), ("c", "{OTP}"),
         ("a", "Thank you, that's verified.")),
    ),
    "step_id": (
        (("a", "To complete this, I need one government ID number. Your TIN or SSS?"), ("c", "TIN {po}, {TIN}."),
         ("a", "Thank you, I've tagged it on your account.")),
    ),
    "step_acct": (
        (("a", "Where should we credit the refund? We can send it to your {mybank} account."), ("c", "Sige, it's {ACCT}."),
         ("a", "Let me read it back, {ACCT_RB}."), ("c", "{yes}.")),
        (("a", "To confirm the card is with you, the three digits at the back, please."), ("c", "{CVV}")),
    ),
    "step_none": (
        (("a", "The rider will call your number ending in {TEL_END4}. Is that okay?"), ("c", "{yes}, {ok}.")),
    ),
}
PIN_ASR = (
    (("c", "Do you need my PIN? It's {PIN} {po}."), ("a", "Please don't give your PIN to anyone, {sir}, not even to us.")),
)
CLOSINGS_ASR = (
    (("a", "Your reference number is {REF}. Please allow {span} for this."), ("c", "Okay po, {thanks}."),
     ("a", "Anything else I can help you with, {title} {SURNAME}?"), ("c", "Wala na {po}. {bye}.")),
    (("a", "I've logged it under {REF_RB}. You can also reach us at {helpline}."), ("c", "{ok}, {thanks}, {STAFF}.")),
)
CHAT_WELCOME = (
    (("a", "Hi! Thanks for messaging {company} 😊 Type 1 for account concerns, 2 for payments, 3 to talk to an agent."),
     ("c", "3 po")),
    (("a", "Welcome to {company} on Viber! An agent will be with you shortly. Our chat hours are 8 AM to 10 PM."),),
)
VERIFY_CHAT = (
    (("a", "Hello, this is {STAFF} from {company}. Please fill in the form below so I can verify your account:\n"
           "Full name:\nBirthday:\nMobile no.:"),
     ("c", "Full name: {NAME}\nBirthday: {DOB}\nMobile no.: {TEL}")),
    (("a", "Hi, {STAFF} here 👋 May I have your full name and SSS number for verification?"),
     ("c", "{NAME}||[Reply to: May I have your full name and SSS number] {SSS}")),
    (("a", "Good day! For verification, please send your complete name, birthday and registered email address."),
     ("c", "Sorry, I emailed you na pala, copying it here:\n\nHi, I have a concern since {date}, please help. Thank you.\n\n--\n"
           "{NAME}\n{DOB}\n{MAIL}\nSent from my iPhone")),
    (("a", "Please confirm your registered address and PhilHealth number."),
     ("c", "Address: {ADDR}\nZIP: {ZIP}||PhilHealth {PHIC}")),
)
CONTACT_CHAT = (
    (("c", "pls txt me na lang sa other number ko {ALT}, low batt na ito"), ("a", "Noted, salamat.")),
    (("a", "Where can we send the confirmation email?"), ("c", "{MAIL}")),
    (("c", "pwede rin kayo mag-message sa kapatid ko, {THIRD}, {ALT} kung di ako sumagot"), ("a", "Okay po, noted na.")),
)
STEPS_CHAT = {
    "step_otp": (
        (("a", "We sent a one-time PIN to your number. Please type it here."), ("c", "{OTP_1}||{OTP_2} po")),
        (("a", "Please enter the OTP we sent."), ("c", "[Reply to: Please enter the OTP we sent.] {OTP}")),
    ),
    "step_id": (
        (("a", "To proceed, kindly send one government ID number (TIN, SSS or PSN)."), ("c", "TIN: {TIN}")),
    ),
    "step_acct": (
        (("a", "Where should we credit the refund?"), ("c", "{mybank} {ACCT}||savings po")),
        (("c", "ito po yung details para sure:\n{CARD}\n{EXP}\nCVV {CVV}"),
         ("a", "Please don't send the CVV in chat. We have blocked the card.")),
    ),
    "step_none": (
        (("a", "The rider will call you from {helpline} later, around {time}."), ("c", "ok po tnx 🙏")),
    ),
}
PIN_CHAT = (
    (("c", "pin ko pala {PIN} if kailangan"), ("a", "Please never share your PIN. Kindly delete that message.")),
)
CLOSINGS_CHAT = (
    (("a", "Your ticket number is {REF}. We'll update you within {span}. Is there anything else?"),
     ("c", "wala na po, salamat {STAFF}!")),
    (("a", "All set ✅ Reference no. {REF}. Thank you for choosing {company}, {GIVEN}!"), ("c", "thank u po 👍")),
)
FAIRNESS_ASR = (
    "Hi, this is {NAME}, I'm calling about my account.",
    "Thank you, {title} {SURNAME}, please stay on the line.",
    "{GIVEN} {po}, {GIVEN} {SURNAME}. I called yesterday.",
    "The money is for my cousin, {THIRD}.",
)
FAIRNESS_CHAT = (
    "Hello po, si {NAME} ito, need help lang",
    "Full name: {NAME}\nBranch: Cubao",
    "[Reply to: Who is the beneficiary?] {THIRD}",
    "pakisabi kay {GIVEN} nabayaran ko na",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("spanish", "tagalog", "chinese", "anglo")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = AGENT_HELLO_ASR + NAME_ASR + VERIFY_ASR + CONTACT_ASR + PIN_ASR + CHAT_WELCOME + VERIFY_CHAT + CONTACT_CHAT \
    + PIN_CHAT + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Okay, let me check that for you. [hold music]",), "customer": ("Sige po, wait lang.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_n import NameSourceN
    from benchmarks._profile_dev_n import ProfileN

    return ProfileN, NameSourceN


def conversation(index: int, split: str, style: str, names, rng) -> dict:
    from benchmarks._assemble_dev_n import assemble

    return assemble(index, split, style, names, rng)


def render(template: str, profile, rng, filler_rate: float = 0.0):
    """One fairness frame filled in this family's style (``generate_fairness`` uses it)."""
    from benchmarks._assemble_dev_n import caption_cue, csv_row, render_one

    frames = FAIRNESS_ASR if profile.asr else FAIRNESS_CHAT
    frame = frames[FAIRNESS_FRAMES.index(template) % len(frames)]
    turn = dict(zip(("text", "spans", "distractors"), render_one(frame, profile, rng)))
    if profile.asr:
        who = rng.choice((("AGENT", "CUSTOMER"), ("Agent", "Caller")))[not frame.startswith("Thank you")]
        caption_cue(turn, f"{who}: ", rng.randint(3, 40), rng.randint(20, 400) * 1000, rng)
    else:
        csv_row(turn, "03/12/2026,9:14 AM", profile.customer.full, None, profile)
    turn["distractors"] = []
    return turn["text"], turn["spans"], turn["distractors"]
