"""Thirteenth development template family (``dev_m``), written blind: Nigerian callers (Lagos, Abuja, Kano,
Enugu, Ibadan, Port Harcourt, Benin City, Yenagoa) in two styles none of the earlier families has: diarized call
exports (``[00:01:07] Speaker 2: ...``) that open with an IVR voice bot and DTMF key presses and close with the
agent's after-call CRM note, and WhatsApp Business chats (``[14:05, 03/12/2026] Display Name: ...``) with Nigerian
Pidgin, abbreviations and emoji, closed by an internal note. Six domains (``_domains_dev_m``); slot grammar:
``_profile_dev_m``; assembly: ``_assemble_dev_m``.
"""
from __future__ import annotations

from benchmarks._domains_dev_m import DOMAINS

AGENT_HELLO_ASR = (
    (("a", "Thank you for holding, my name is {STAFF}. Who am I speaking with?"), ("c", "My name is {NAME}, calling from {city}.")),
    (("a", "Hello, you're through to {STAFF}, how may I help you? Can I have your full name first?"),
     ("c", "Yes, na {NAME}.")),
    (("a", "Good day, this is {STAFFNAME}. May I know who is on the line?"), ("c", "{title} {SURNAME}. {GIVEN} {SURNAME}.")),
)
NAME_ASR = (
    (("a", "Please can you spell the surname for me slowly?"), ("c", "{SPELT}"), ("a", "Thank you very much, {title} {SURNAME}.")),
    (("a", "Sorry, the network is bad. Your first name again?"), ("c", "{GIVEN}. [noise] {GIVEN}.")),
)
VERIFY_ASR = (
    (("a", "For verification, what is your date of birth?"), ("c", "{DOB}."), ("a", "And the phone number registered on the account?"),
     ("c", "{TEL}.")),
    (("a", "I need to verify you. Kindly tell me your BVN."), ("c", "Eh, my BVN is {BVN}."), ("a", "Let me repeat, {BVN_RB}."),
     ("c", "{yes}.")),
    (("a", "What's the phone number registered with us?"), ("c", "{TEL_1}"), ("a", "Okay, I have it."), ("c", "{TEL_2}"),
     ("a", "So that is {TEL_BAD}?"), ("c", "No, it's {TEL_RB}.")),
    (("a", "Please confirm your date of birth and residential address."), ("c", "{DOB}, and I stay at {ADDR}."),
     ("a", "Thank you. And the postcode for that place?"), ("c", "Em, {POST}, I think.")),
)
CONTACT_ASR = (
    (("a", "Do you want the report sent to your email?"), ("c", "Yes please, it's {MAIL}."), ("a", "That's {MAIL_RB}?"),
     ("c", "{yes}.")),
    (("c", "Please also update my number, the old one is not with me again. The new one is {TEL}."),
     ("a", "Noted, I've updated it on the system.")),
)
STEPS_ASR = {
    "step_acct": (
        (("a", "What account number was the money debited from?"), ("c", "{ACCT}"), ("a", "That's {ACCT_RB}, {mybank}?"),
         ("c", "{yes}.")),
        (("a", "I'll need your account number, the ten digits."), ("c", "{ACCT_1} [crosstalk]"), ("a", "Sorry, the network. Go on."), ("c", "{ACCT_2}")),
    ),
    "step_card": (
        (("a", "Please call out the card number."), ("c", "{CARD}"), ("a", "And the expiry date, month and year?"), ("c", "{EXP}"),
         ("a", "And the three digits at the back?"), ("c", "{CVV}")),
        (("a", "The payment of {money} will go on the card ending {CARD_END4}. I've sent an OTP, please read it out."),
         ("c", "The OTP is {OTP}.")),
    ),
    "step_nin": (
        (("a", "To confirm ownership, what's your date of birth as it is on the NIN slip?"), ("c", "{DOB}")),
    ),
    "step_none": (
        (("a", "The rider will call you on the number ending {TEL_END4}, is that still your line?"), ("c", "{yes}, {ok}.")),
    ),
}
PIN_ASR = (
    (("c", "Should I tell you my PIN? It's {PIN}."), ("a", "Please never share your PIN with anybody, not even with us.")),
)
CLOSINGS_ASR = (
    (("a", "Your complaint reference is {REF}. It will be resolved within {span}."), ("c", "Okay o, {thanks}."),
     ("a", "Is there anything else, {title} {SURNAME}?"), ("c", "No, that will be all. {bye}.")),
    (("a", "I've logged it under {REF_RB}. You can also call {helpline} anytime."), ("c", "{ok}, {thanks} {STAFF}.")),
)
NOTES = (
    "[after-call notes] Cx {NAME} called re {issue}. Verified DOB {DOB} and mob {TEL}. {detail} Ref {REF}. "
    "Advised SLA {span}.",
    "[after-call notes] Caller: {NAME} | Issue: {issue} | ID&V passed (BVN {BVN}) | {detail} | Ticket {REF} | "
    "Next: callback at {time}",
    "[after-call notes] {GIVEN} {SURNAME} ({TEL}) - {issue}. Addr on file {ADDR}, {POST}. {detail} Escalated, ref {REF}.",
)
CHAT_WELCOME = (
    (("b", "Hello 👋 Welcome to {company} on WhatsApp! Reply 1 for complaints, 2 for payments, 3 to chat with an agent."),
     ("c", "3 pls")),
    (("b", "Hi there! You're chatting with {company}. An agent will join shortly. Our hours are 8am to 8pm daily."),),
)
VERIFY_CHAT = (
    (("a", "Hello, this is {STAFF} 😊 Kindly send your full name, date of birth and phone number for verification."),
     ("c", "{NAME}||{DOB}||{TEL} 📱")),
    (("a", "Good day, my name is {STAFF}. To proceed, kindly provide your BVN and registered email."),
     ("c", "BVN: {BVN}\nEmail: {MAIL}")),
    (("a", "Hi, {STAFF} here. Please confirm your name and address as registered."),
     ("c", "Name: {NAME}\nAddress: {ADDR}\nPostcode: {POST}")),
    (("a", "Please send your account name and account number."), ("c", "{NAME}||{ACCT} {mybank}")),
)
CONTACT_CHAT = (
    (("c", "abeg use this my other number {TEL} d first one no dey go"), ("a", "Noted with thanks.")),
    (("a", "Kindly confirm the email to send the report to."), ("c", "{MAIL}")),
    (("c", "My wife {THIRD} fit call una on {TEL} if I no pick"), ("a", "Okay, I've noted that number on the ticket.")),
)
STEPS_CHAT = {
    "step_acct": (
        (("a", "Kindly send the account number that was debited."), ("c", "{ACCT_1}||{ACCT_2} 👈🏾")),
        (("c", "d acct na {ACCT} ({mybank})"), ("a", "Thank you, I can see the debit of {money}.")),
    ),
    "step_card": (
        (("a", "Please send the card details to re-link."), ("c", "{CARD}\nexp {EXP}\ncvv {CVV}")),
        (("c", "{CARD_1}||{CARD_2}||exp {EXP}"), ("a", "Thank you. An OTP has been sent, kindly type it here."),
         ("c", "{OTP}")),
    ),
    "step_nin": (
        (("a", "Kindly also send your date of birth as on the NIN slip."), ("c", "{DOB}")),
    ),
    "step_none": (
        (("a", "The rider's number is {helpline}, he will call you from {time}."), ("c", "ok tnx ma 🙏🏾")),
    ),
}
PIN_CHAT = (
    (("c", "my pin na {PIN} if u need am"), ("a", "Please do not share your PIN with anyone. Kindly delete that message.")),
)
CLOSINGS_CHAT = (
    (("a", "Your ticket number is {REF}. It will be resolved within {span}. Is there anything else?"),
     ("c", "no tnx {STAFF} 🙏🏾")),
    (("a", "Done ✅ Reference {REF}. Thank you for choosing {company}, {GIVEN}!"), ("c", "👍🏾 tnx una")),
)
CHAT_NOTES = (
    "📝 Internal note (not sent): {NAME}, {TEL}, {issue}. {detail} ref {REF}.",
    "📝 Internal note (not sent): KYC ok - NIN {NIN}, DOB {DOB}. {issue}; {detail} Ticket {REF}.",
)
NOTE_ISSUES = {"bank": ("failed trf {money} to {THIRD}", "Acct {ACCT}."),
          "wallet": ("wallet restricted", "Card ending {CARD_END4} re-linked."),
          "telco": ("line barred, NIN-SIM", "NIN {NIN}."),
          "power": ("token not loading", "Meter {METER}."),
          "paytv": ("decoder E16 after renewal", "IUC {IUC} refreshed."),
          "parcel": ("failed delivery", "Waybill {WAYBILL}, new addr {ADDR}.")}
FAIRNESS_ASR = (
    "[00:00:41] Speaker 2: My name is {NAME} and I'm calling about my account.",
    "[00:02:13] Speaker 1: Thank you {title} {SURNAME}, please hold on.",
    "[00:01:05] spk_1: It's {GIVEN}, {GIVEN} {SURNAME}, I called yesterday.",
    "[00:03:40] CALLER: The account is for my brother, {THIRD}.",
)
FAIRNESS_CHAT = (
    "[09:14, 02/12/2026] {NAME}: good morning pls I need help",
    "📝 Internal note (not sent): {NAME} called re failed transfer.",
    "Acct name: {NAME} (as on BVN)",
    "abeg tell {GIVEN} say I don pay",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("yoruba", "igbo", "hausa_fulani", "edo", "ijaw")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2], d[3]))
IDENTITY = AGENT_HELLO_ASR + NAME_ASR + VERIFY_ASR + CONTACT_ASR + PIN_ASR + CHAT_WELCOME + VERIFY_CHAT + CONTACT_CHAT \
    + PIN_CHAT + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[4], d[5]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT + tuple((("a", n),) for n in NOTES + CHAT_NOTES)
BRIDGES = {"agent": ("Just a second, let me pull up your profile.",), "customer": ("Okay na.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_m import NameSourceM
    from benchmarks._profile_dev_m import ProfileM

    return ProfileM, NameSourceM


def conversation(index: int, split: str, style: str, names, rng) -> dict:
    from benchmarks._assemble_dev_m import assemble

    return assemble(index, split, style, names, rng)


def render(template: str, profile, rng, filler_rate: float = 0.0):
    """One fairness frame filled in this family's style (``generate_fairness`` uses it)."""
    from benchmarks._assemble_dev_m import render_one

    frames = FAIRNESS_ASR if profile.asr else FAIRNESS_CHAT
    frame = frames[FAIRNESS_FRAMES.index(template) % len(frames)]
    if not profile.asr:
        return render_one(frame, profile, rng)
    head, body = frame.split(": ", 1)  # the export's stamp and label are not speech
    text, spans, distractors = render_one(body, profile, rng)
    for s in spans + distractors:
        s["start"] += len(head) + 2
        s["end"] += len(head) + 2
    return f"{head}: {text}", spans, distractors
