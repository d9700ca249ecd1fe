"""Seventeenth development template family (``dev_q``), written blind: Latin American and US Hispanic customers
(Mexico, Colombia, Brazil, Argentina, Chile) of companies with English-language support, Spanish and Portuguese
code-switching (``oye``, ``o sea``, ``pues``, ``tipo``, ``né``, ``obrigado``, ``ahorita``), two family names,
particles (``de``, ``del``, ``da``, ``dos``) and nicknames (``Lupita``, ``Paco``, ``Chema``, ``Zé``).
ASR half: an Otter.ai style plain-text export (``Speaker Name  0:02`` then the paragraph); chat half: a Teams / Zoom
chat text export (``[10:02 AM] Ana López`` or ``10:02:33 From Ana López to Everyone:``, quoted replies, reactions,
``(edited)``). Five domains (``_domains_dev_q``); slot grammar: ``_profile_dev_q``; assembly: ``_assemble_dev_q``.
"""
from __future__ import annotations

from benchmarks._domains_dev_q import DOMAINS

VERIFY_ASR = (
    (("a", "Perfect. To verify the account, can you give me your {idname}?"), ("c", "Claro que sí, it's {ID}.")),
    (("a", "Okay, let me read it back, {ID_RB}, sí?"), ("c", "{yes}.")),
    (("a", "And your fecha de nacimiento, your date of birth?"), ("c", "Born on {DOB}, {filler}.")),
    (("a", "Can you spell the apellido for me, letter by letter?"), ("c", "{SURNAME}, {SPELT}.")),
    (("a", "What's a good cell number for you, ideally one with WhatsApp?"), ("c", "Sí, this one has WhatsApp, {TEL}.")),
    (("a", "Let me repeat, {TEL_RB}, is that correct?"), ("c", "{yes}, that is my celular.")),
    (("a", "And which correo, I mean email, do we have on file for you?"), ("c", "{MAIL}, all lowercase.")),
    (("a", "Could you confirm the address where you live now, con número y todo?"), ("c", "Sure, {ADDR}, in {city}, {zipcue} {ZIP}.")),
)
VERIFY_CHAT = (
    (("a", "Thanks! For security, please send me your {idname} and date of birth."), ("c", "{mi} {idname}: {ID}\n{dobcue} {DOB}")),
    (("a", "Could you confirm the phone number and email linked to the account?"), ("c", "cel/WhatsApp {TEL}\ncorreo {MAIL}")),
    (("a", "What's the full address with the postal code, please?"), ("c", "{ADDR}, {city}, {zipcue} {ZIP}")),
    (("a", "Is the account in your name or in your company's? If it's a company, I need the {taxname}."),
     ("c", "it's my little business, {taxname} {TAX}")),
)
CONTACT_ASR = (
    (("c", "If I don't pick up, {oye}, call my {kin} {THIRD}, the number is {ALT}."),
     ("a", "Got it, I'll add that contact as a secondary one on the account.")),
    (("a", "Is there a teléfono fijo, a landline, at home too?"), ("c", "At home, {LAND}, but nobody answers it, {filler}.")),
)
CONTACT_CHAT = (
    (("c", "if I don't answer you can call {THIRD}, my {kin}, {ALT}"), ("a", "Noted, that number is now the alternate contact.")),
)
STEPS_ASR = {
    "step_card": ((("a", "Which tarjeta was it? Read me the long number on the front."), ("c", "Let me grab it, {filler}, the card is {CARD}.")),
                  (("a", "And the fecha de vencimiento, plus the three digits on the back?"), ("c", "Vence {EXP}, and the little code is {CVV}."))),
    "step_acct": ((("a", "Where should we deposit the refund? I need the {acctname}."), ("c", "It's at {bank}, the number is {ACCT}.")),),
    "step_iban": ((("a", "Since it's an international transfer, I need the IBAN of your account in Brazil."), ("c", "The IBAN, tá, it's {IBAN}, obrigado.")),),
    "step_otp": ((("a", "I just sent you a code by text message, can you read it to me?"), ("c", "Ya llegó, it's {OTP}.")),),
}
STEPS_CHAT = {
    "step_card": ((("a", "Please share the card number so I can locate the transactions."), ("c", "{card} {CARD}\nvence {EXP}")),),
    "step_acct": ((("a", "For the refund, please send the bank and the {acctname}."), ("c", "{bankcue}: {bank}\n{acctname} → {ACCT}")),),
    "step_iban": ((("a", "Your bank is in Brazil, so please send the IBAN for the transfer."), ("c", "here it is 🇧🇷 IBAN {IBAN}")),),
    "step_otp": ((("a", "I've sent a verification code to your phone. What does it say?"), ("c", "{code} {OTP}")),),
}
CLOSINGS_ASR = (
    (("a", "That's all set. Anything else, you can call us at {helpline}. Have a great day!"), ("c", "{thanks}, {bye}.")),
    (("a", "You'll get a confirmation by email in {span}. Thanks for your patience, {title} {SURNAME}."), ("c", "{ok}, {thanks}.")),
)
CLOSINGS_CHAT = (
    (("a", "Is there anything else I can help you with today? 😊"), ("c", "no, that's all, {thanks} {STAFF}!")),
    (("a", "I'll close this chat now. If you need us again, call {helpline}. Take care, {GIVEN}!"), ("c", "{bye} 👋 {wish}")),
)
FAIRNESS_ASR = (
    "Hi, good morning, this is {NAME}, I'm calling about my bill, pues.",
    "Thank you, {title} {SURNAME}, give me just one second.",
    "The account is actually under my {kin} {THIRD}, is that a problem?",
    "Hola, it's {GIVEN} again, I called yesterday and nobody called me back, o sea, nothing.",
)
FAIRNESS_CHAT = (
    "hi, my name is {NAME}, can someone help me with my order please 🙏",
    "gracias {GIVEN}, that works for me",
    "Titular de la cuenta: {NAME}",
    "you can also talk to {THIRD}, my {kin}, who knows everything about the account",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("hispanic", "brazilian")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[1], d[2]))
IDENTITY = VERIFY_ASR + VERIFY_CHAT + CONTACT_ASR + CONTACT_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[3], d[4]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Un momentito, I'm checking that in the system.",), "customer": ("Sí, sure, I'll wait.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_q import NameSourceQ
    from benchmarks._profile_dev_q import ProfileQ

    return ProfileQ, NameSourceQ


def conversation(index: int, split: str, style: str, names, rng) -> dict:
    from benchmarks._assemble_dev_q import assemble

    return assemble(index, split, style, names, rng)


def render(template: str, profile, rng, filler_rate: float = 0.0):
    """One fairness frame filled in this family's style (``generate_fairness`` uses it)."""
    from benchmarks._assemble_dev_q import render_one
    from benchmarks._export_dev_q import chat_message, otter_paragraph

    frames = FAIRNESS_ASR if profile.asr else FAIRNESS_CHAT
    frame = frames[FAIRNESS_FRAMES.index(template) % len(frames)]
    turn = dict(zip(("text", "spans", "distractors"), render_one(frame, profile, rng)))
    if profile.asr:
        otter_paragraph(turn, "Unknown Speaker", None, rng.randint(5, 900), rng)
    else:
        chat_message(turn, "teams", None, (10, rng.randint(0, 59), 0), rng, quote=None)
    turn["distractors"] = []
    return turn["text"], turn["spans"], turn["distractors"]
