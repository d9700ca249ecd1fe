"""Fifteenth development template family (``dev_o``), written blind: callers in Singapore and Malaysia, Singlish /
Manglish (``lah``, ``leh``, ``lor``, ``can or not``, ``alamak``, ``boleh``, ``sudah``), Chinese, Malay and Indian
names as written there. ASR half: a WebVTT export (``WEBVTT`` header, cue timings ``00:01:02.340 -->
00:01:05.120``, voice tags ``<v Agent>``); chat half: an e-mail support ticket thread exported as plain text
(``From:`` / ``Sent:`` / ``Subject:`` headers, greetings, signature blocks, quoted previous messages).
Five domains (``_domains_dev_o``); slot grammar: ``_profile_dev_o``; assembly: ``_assemble_dev_o``.
"""
from __future__ import annotations

from benchmarks._domains_dev_o import DOMAINS

AGENT_HELLO_ASR = (
    (("a", "Hi, good afternoon, {company}, you're speaking with {STAFF}. How can I help you today?"),
     ("c", "Hi ah, my name is {NAME}.")),
    (("a", "Thanks for holding, this is {STAFFNAME} from {company}. May I have your full name as in your IC?"),
     ("c", "Ya, it's {NAME}.")),
    (("a", "{company} hotline, {STAFF} here. Who am I speaking to ah?"), ("c", "{GIVEN} here. Full name {NAME}.")),
)
NAME_ASR = (
    (("a", "Sorry, the line a bit soft. Can spell the last part of your name for me?"), ("c", "Spelling is {SPELT}."),
     ("a", "Got it, thank you {title} {SURNAME}.")),
    (("a", "Just to confirm, I should address you as {title} {SURNAME}, is it?"), ("c", "Can, can. {SURNAME} also okay.")),
)
VERIFY_ASR = (
    (("a", "For verification, can I have your IC number?"), ("c", "Wait ah, let me take out my wallet. Okay, {IC}."),
     ("a", "Thank you. And your date of birth?"), ("c", "{DOB}.")),
    (("a", "Can I have the mobile number registered with us?"), ("c", "{TEL_1}"), ("a", "Mm hmm, continue."),
     ("c", "{TEL_2}."), ("a", "Thank you, that matches.")),
    (("a", "Before I proceed, please confirm your mailing address with us."),
     ("c", "Address is {ADDR}."), ("a", "Postcode there is what ah?"), ("c", "{ZIP}, {town}.")),
)
CONTACT_ASR = (
    (("a", "Should I send the case summary to your email?"), ("c", "Ya, send to {MAIL}."),
     ("a", "Let me repeat, {MAIL}, correct?"), ("c", "{yes}, that one.")),
    (("c", "If cannot reach me, call my relative, {THIRD}, the number is {ALT}."), ("a", "Okay, I've added that as a second contact.")),
)
STEPS_ASR = {
    "step_otp": ((("a", "I've sent a six-digit code to your phone. Can read it out?"), ("c", "Okay, {OTP}."),
                  ("a", "Thank you, verified already.")),),
    "step_acct": ((("a", "We'll refund to your bank account. Which bank and account number?"),
                   ("c", "{bank}, account {ACCT}."), ("a", "Reading back: {ACCT_RB}."), ("c", "{yes}, that one.")),),
    "step_none": ((("a", "The driver will call the number ending {TEL_END4} before he comes up. Okay with you?"),
                   ("c", "{ok}, no problem.")),),
}
CLOSINGS_ASR = (
    (("a", "I've logged this, you should hear from us within {span}. Anything else I can help?"),
     ("c", "No more already, {thanks}."), ("a", "Thank you for calling, {title} {SURNAME}. Have a good day."),
     ("c", "{bye}, take care.")),
    (("a", "Done. If got any issue, you can call {helpline} anytime."), ("c", "{ok}, {thanks}, {STAFF}.")),
)
# E-mail half: every template is the body of one e-mail (greeting and signature are added by the assembler).
VERIFY_CHAT = (
    (("a", "Thank you for writing in. For verification, please reply with your full name as per NRIC or MyKad, "
           "the IC number and your date of birth."),
     ("c", "Full name: {NAME}\nIC: {IC}\nDOB: {DOB}")),
    (("a", "Before we can look into this, could you confirm the mobile number and email address registered with "
           "the account?"), ("c", "Registered mobile is {TEL} and the email is this one, {MAIL}.")),
)
CONTACT_CHAT = (
    (("c", "Also, if I don't answer, you can contact my relative {THIRD} at {ALT}. Staying with me one."),
     ("a", "Noted, we have added your relative as an alternate contact.")),
)
STEPS_CHAT = {
    "step_otp": ((("a", "We have sent a one-time password by SMS. Please reply with the code within 10 minutes."),
                  ("c", "The code is {OTP}.")),),
    "step_acct": ((("a", "The refund will be credited to your bank account. Please provide the bank name and "
                         "account number."), ("c", "{bank} account number {ACCT}, under my name.")),),
    "step_none": ((("a", "We have arranged a redelivery. The driver will call you about 30 minutes before arrival."),
                   ("c", "Okay noted, thank you. Please make sure he call first ya.")),),
}
CLOSINGS_CHAT = (
    (("a", "We have completed the review and resolved the matter. You should see the update within {span}. "
           "Please do not hesitate to contact us at {helpline} if you need anything else."),
     ("c", "Received, thank you for the help.")),
    (("a", "We are closing this ticket now. If the issue comes back, simply reply to this e-mail."),
     ("c", "Ok sudah settle, thanks a lot.")),
)
FAIRNESS_ASR = (
    "Hi ah, this is {NAME}, calling about my account.",
    "Okay, thank you {title} {SURNAME}, please hold on ah.",
    "The payment is for my cousin, {THIRD}, can or not?",
    "{GIVEN} here. I called yesterday also, alamak.",
)
FAIRNESS_CHAT = (
    "Dear team,\n\nPlease call me back when free.\n\nRegards,\n{NAME}",
    "Hi {GIVEN},\n\nThanks for the quick reply.",
    "Full name: {NAME}\nRelationship: self",
    "> If you cannot reach me, please call {THIRD} on the other line.",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("chinese", "malay", "indian")
GREETINGS = tuple(b for d in DOMAINS.values() for b in (d[2], d[3]))
IDENTITY = AGENT_HELLO_ASR + NAME_ASR + VERIFY_ASR + CONTACT_ASR + VERIFY_CHAT + CONTACT_CHAT \
    + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v)
ISSUES = tuple(b for d in DOMAINS.values() for b in (d[4], d[5]))
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
BRIDGES = {"agent": ("Give me one moment ah, I check the system for you.",), "customer": ("Okay, I wait, no rush lah.",)}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_o import NameSourceO
    from benchmarks._profile_dev_o import ProfileO

    return ProfileO, NameSourceO


def conversation(index: int, split: str, style: str, names, rng) -> dict:
    from benchmarks._assemble_dev_o import assemble

    return assemble(index, split, style, names, rng)


def render(template: str, profile, rng, filler_rate: float = 0.0):
    """One fairness frame filled in this family's style (``generate_fairness`` uses it)."""
    from benchmarks._assemble_dev_o import render_one, vtt_cue

    frames = FAIRNESS_ASR if profile.asr else FAIRNESS_CHAT
    frame = frames[FAIRNESS_FRAMES.index(template) % len(frames)]
    turn = dict(zip(("text", "spans", "distractors"), render_one(frame, profile, rng)))
    if profile.asr:
        vtt_cue(turn, rng.choice(("Customer", "Speaker 2", "Caller")), rng.randint(20, 400) * 1000, rng)
    turn["distractors"] = []
    return turn["text"], turn["spans"], turn["distractors"]
