"""Eleventh development template family (``dev_k``), written blind: punctuated, cased speech-engine output
(Whisper-like) and messaging-app chat. Tenancy deposits, nursery places, dog rehoming, furniture delivery,
appliance repair, blood donation, MOT and tyres, meal kits, cruises, holiday parks, physiotherapy, swimming
lessons, pest control, alarm monitoring, ride-share lost property (``_domains_dev_k``); callers in the UK,
US, Australia, New Zealand and South Africa.

Stages: an opening (or a caller speaking for someone else), identification (``S as in Sugar``), security
checks, the domain's middle, contact details, a payment / bank / id step, a closing with the first name.
Speech and chat have their own stage variants: chat gets pasted forms, bot macros, values over two messages
and links with personal data in the query. Slot grammar: ``_profile_dev_k``; call order: ``_assemble_dev_k``.
"""
from __future__ import annotations

from benchmarks._domains_dev_k import DOMAINS

BOT_OPEN = (
    (("a", "Hi there 👋 You're chatting with our virtual assistant. What can we help with today?"),),
    (("a", "Welcome! An agent will be with you shortly. We're open until {time} today."),),
)
HANDOVER = (("a", "You're now connected to {STAFF} from our support team."),)
PROXY = (
    (("c", "Hi, I'm calling on behalf of my {rel}, {NAME}. They can't really manage the phone anymore."),
     ("a", "That's no problem. And your name is?"), ("c", "{CALLER}. I've got their details in front of me.")),
    (("c", "Hello, yes, um, I'm phoning for my {rel}, it's about {thing}."), ("a", "Okay. What's their full name, please?"),
     ("c", "{NAME}. They're sat right here, just, uh, hard of hearing."), ("a", "And who am I speaking to today?"),
     ("c", "I'm {CALLERGIVEN}. I do all the paperwork for them.")),
)
SPELL_ASR = (
    (("a", "Could you spell out the surname for me?"), ("c", "Yep, that's {SPELT}, like it looks."), ("a", "Thank you, {title} {SURNAME}, that's all on the screen now.")),
    (("a", "And how do you spell that last name, sorry?"), ("c", "It's {SPELT}. People always get it wrong."),
     ("a", "Got it. So the full name is {NAME}?"), ("c", "That's it, yeah, you've got it now.")),
    (("a", "Is that {SURNAME} with the usual spelling?"), ("c", "No, no, it's different. It's, um, {SPELT}.")),
)
VERIFY_ASR = (
    (("a", "For security, can I just take your date of birth?"), ("c", "Yeah, so, the birthday's {DOB}."),
     ("a", "And the postcode at that address, please?"), ("c", "{POST}.")),
    (("a", "Can you confirm the first line of the address for me, please?"), ("c", "It's {ADDR_L1}, uh, in {ADDR_TOWN}."),
     ("a", "Lovely, and your date of birth, please?"), ("c", "I- I think you've got it as {DOB}. Yeah, that's right.")),
    (("a", "What's the date of birth we'd have on the account?"), ("c", "The birthday on there should be {DOB}."), ("a", "And the zip or postcode on the account?"), ("c", "And the code there is {POST}, yeah.")),
    (("a", "Just to confirm it's you, what's your full address?"), ("c", "{ADDR}. And the postcode for that is {POST}.")),
)
VERIFY_CHAT = (
    (("a", "To verify your identity, please provide your full name, date of birth and the first line of your address."),
     ("c", "Name: {NAME}\nDOB: {DOB}\nAddress: {ADDR_L1}\nPostcode: {POST}")),
    (("a", "Could you confirm your date of birth for me please? 🙂"), ("c", "{DOB_1}||{DOB_2}"), ("a", "Thanks, that matches what I can see here ✅")),
    (("a", "🔒 For your security, please reply with your postcode and date of birth."), ("c", "{POST}||dob {DOB}")),
    (("c", "hi its {NAME}||acc holder||my dob is {DOB} if u need it"), ("a", "Thanks! And the address on the account?"),
     ("c", "{ADDR}")),
    (("a", "Can I grab the name on the account, please?"), ("c", "{GIVEN}||{SURNAME}||sorry hit enter too soon")),
)
CONTACT_ASR = (
    (("a", "What's the best number to reach you on during the day?"), ("c", "Yeah, so it's {TEL}, that's my mobile."), ("a", "So I've got {TEL_RB}, is that right?"), ("c", "Yeah, that's the one I always use.")),
    (("a", "And an email address we can send the confirmation to?"), ("c", "Uh, yeah, the email is {MAIL}."), ("a", "Let me just read that back to you. {MAIL_RB}."),
     ("c", "Perfect, yeah, that's the one I check.")),
    (("c", "Oh, and my number's changed. It's, um, {TEL} now."), ("a", "Thanks, I've updated that on the system now.")),
)
CONTACT_CHAT = (
    (("a", "What's the best mobile number for text updates?"), ("c", "{TEL}"), ("a", "Thanks, I've got {TEL_RB} 👍")),
    (("a", "And your email for the receipt, please? 📧"), ("c", "{MAIL}||thats my personal one")),
    (("c", "my no is {TEL_1}||{TEL_2}"), ("a", "Got it, thank you, that's saved to your profile.")),
    (("a", "Your tracking link: https://track.example-couriers.com/t/8KF2?email={MAIL_URL}&utm_source=sms"),
     ("c", "thx, that link has my email in it lol")),
    (("a", "Here's your booking link: https://book.example.com/confirm?first={URLGIVEN}&last={URLSURNAME}"), ("c", "ok got it, opening it now")),
    (("c", "the email u sent says https://app.example.net/welcome?name={URLNAME} but my name's spelled wrong"),
     ("a", "Sorry about that, I'll fix the spelling on our side.")),
)
STEPS = {
    "card": (
        (("a", "The total is {money}. Can I take the long card number, please?"), ("c", "Sure, one sec, it's {CARD}."),
         ("a", "And the expiry date on the front?"), ("c", "{EXP}."), ("a", "And the three digits on the back, the security code?"), ("c", "{CVV}.")),
        (("a", "Please enter the card number below. For your security, don't share your PIN."), ("c", "{CARD_1}||{CARD_2}"),
         ("c", "exp {EXP} cvv {CVV}"), ("a", "Thanks, payment taken from the card ending {CARD_END4}.")),
        (("a", "Which card would you like to pay with today?"), ("c", "The one ending in {CARD_END4}. Expiry {EXP}.")),
    ),
    "bank": (
        (("a", "Which bank account should the refund go to?"), ("c", "The {branch} is {BSB} and the account number's {ACCT}."),
         ("a", "Just reading back, {BSB_RB}, {ACCT_RB}?"), ("c", "Yes, correct, all of it.")),
        (("c", "Can you send it to this account||{BSB}||{ACCT}"), ("a", "Sure, please allow {days} for it to land.")),
        (("a", "For payments from abroad we'll need an IBAN."), ("c", "I've got it on the app, it's {IBAN}.")),
    ),
    "natid": (
        (("a", "For the tax form, I need your national ID or tax number."), ("c", "{NATID}."), ("a", "Thank you, I've put down {NATID_RB}.")),
        (("c", "do u need my id number||{NATID}"), ("a", "Yes, thanks, that's all we needed.")),
    ),
    "none": (
        (("a", "I've sent a six-digit code to your phone. Could you read it out?"), ("c", "Hang on, it's just come through, it's {CODE}.")),
        (("a", "Your reference for this is {REF}, keep hold of that."), ("c", "Sorry, can you say that again, slower?"), ("a", "Of course. Slowly this time, {REF_RB}.")),
        (("c", "I've got a reference from the last time, {REF}."), ("a", "Thanks, I've found the case notes from then.")),
    ),
}
CLOSINGS_ASR = (
    (("a", "Is there anything else at all I can help with today, {GIVEN}?"), ("c", "No, that's everything. Thanks a lot, {STAFF}.")),
    (("c", "Brilliant. Thanks so much for sorting that."), ("a", "You're very welcome, {title} {SURNAME}. Take care now.")),
)
CLOSINGS_CHAT = (
    (("a", "Thanks for chatting with us, {GIVEN}! Have a lovely day 😊"), ("c", "u too, bye 👋")),
    (("c", "thanks so much {STAFF}!! 🙌"), ("a", "You're welcome, {GIVEN}. This chat will now close.")),
    (("a", "Is there anything else I can do for you, {GIVEN}?"), ("c", "nope thats all||cheers")),
)
GREETINGS = tuple(b for d in DOMAINS.values() for b in d[2]) + PROXY + BOT_OPEN + (HANDOVER,)
IDENTITY = SPELL_ASR + VERIFY_ASR + VERIFY_CHAT + CONTACT_ASR + CONTACT_CHAT + tuple(b for s in STEPS.values() for b in s)
ISSUES = tuple(b for d in DOMAINS.values() for b in d[3])
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
FAIRNESS_FRAMES = (
    "The booking's under {NAME}, if that helps.",
    "I spoke to {GIVEN} yesterday and she said it was sorted.",
    "Hi, this is {NAME} calling back about the refund.",
    "Can you put it in my {rel}'s name? It's {THIRD}.",
    "Cheers, {GIVEN}. You've been a star.",
    "Full name: {NAME}",
    "My surname is {SURNAME}, first name {GIVEN}.",
    "{NAME}. Sorry, the line's a bit bad.",
    "The engineer was {THIRD}, I think.",
    "hiya its {GIVEN} from the flat upstairs",
)
BRIDGES = {"agent": ("Bear with me one second, the system's slow today.", "Mhm, okay, it's just loading on my end."), "customer": ("Mhm, mhm, I'm listening.", "Yep, go on, I've got a pen now.")}
FAIRNESS_ORIGINS = ("anglo", "hispanic", "south_asian", "east_asian", "middle_eastern")


def chat_only(block) -> bool:
    """Blocks that only make sense typed: several messages, pasted forms, links, on-screen prompts."""
    return any(m in t for _, t in block for m in ("||", "\n", "http", "below", "🔒"))


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_k import NameSourceK
    from benchmarks._profile_dev_k import ProfileK

    return ProfileK, NameSourceK


def conversation(index: int, split: str, style: str, names, rng) -> dict:
    from benchmarks._assemble_dev_k import assemble

    return assemble(index, split, style, names, rng)


def render(template: str, profile, rng, filler_rate: float = 0.0):
    """One template filled in this family's style (``generate_fairness`` uses it)."""
    from benchmarks._assemble_dev_k import render_one

    return render_one(template.replace("||", " "), profile, rng)
