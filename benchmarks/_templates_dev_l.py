"""Twelfth development template family (``dev_l``), written blind: a telephony speech engine's raw output
(lower case, no punctuation, numbers as words or bare digits, ``<unk>`` / ``[inaudible]``, cut-off words,
self-corrections inside values, values over several short turns, hold and transfer notes) and support tickets /
e-mail threads pasted into a chat tool (quoted history, signatures, ``key = value`` and table forms,
Spanish-English and Hinglish, typing slips). Callers in the US, Canada, India, Ireland and Scotland; eight
domains (``_domains_dev_l``). Slot grammar: ``_profile_dev_l``; call order: ``_assemble_dev_l``.
"""
from __future__ import annotations

from benchmarks._domains_dev_l import DOMAINS

HOLD = (
    (("a", "okay i'm just going to pop you on hold for a sec [hold music] thanks for holding"), ("c", "no bother")),
    (("a", "let me transfer you to billing one moment [transfer] hi there this is {STAFF} in billing"), ("c", "hi again")),
)
NAME_ASR = (
    (("a", "and can you spell the surname for me"), ("c", "{SPELT}"), ("a", "{SPELT} perfect thank you")),
    (("a", "sorry the line cut out was that {SURNAME}"), ("c", "{yes} {SURNAME} {SPELT}")),
    (("a", "could i get your first name again please"), ("c", "{GIVEN}"), ("a", "and the last name"), ("c", "{SURNAME}")),
    (("a", "is the card in your own name as well"), ("c", "no it's in my partner's name {THIRD} is that a problem"),
     ("a", "that's fine as long as they're okay with it")),
)
VERIFY_ASR = (
    (("a", "can i just confirm your date of birth"), ("c", "it's {DOB}"), ("a", "and the {postname}"), ("c", "{POST}")),
    (("a", "what's the first line of the address please"), ("c", "{ADDR_L1}"), ("a", "mm-hmm"), ("c", "in {ADDR_TOWN}"),
     ("a", "and the {postname} there"), ("c", "it's {POST} i think yeah {POST}")),
    (("a", "for security what's your date of birth"), ("c", "um {DOB}"), ("a", "sorry i didn't catch the year"), ("c", "{DOB_RB}")),
    (("a", "and your full address with the {postname}"), ("c", "{ADDR} {POST}")),
    (("a", "house number and street first"), ("c", "{ADDR_L1}"), ("a", "uh-huh and the town"), ("c", "{ADDR_TOWN}"),
     ("a", "and last the {postname}"), ("c", "{POST_1}"), ("a", "go on"), ("c", "{POST_2}")),
)
CONTACT_ASR = (
    (("a", "what's the best number to reach you"), ("c", "{TEL_A}"), ("a", "mm-hmm"), ("c", "{TEL_B}"), ("a", "go on"), ("c", "{TEL_C}"),
     ("a", "so that's {TEL_BAD}"), ("c", "no no it's {TEL_RB}"), ("a", "{TEL_RB} got it sorry about that")),
    (("a", "and a phone number in case we get cut off"), ("c", "{TEL}"), ("a", "lovely")),
    (("a", "can i get an email address for the confirmation"), ("c", "{MAIL}"), ("a", "that's {MAIL_RB}"), ("c", "{yes} that's right")),
    (("c", "oh and my email's changed it's {MAIL} now"), ("a", "okay let me update that [inaudible] done")),
)
STEPS_ASR = {
    "card": (
        (("a", "the total today is {money} can i take the long number on the card"), ("c", "{CARD_1}"), ("a", "mm-hmm"),
         ("c", "{CARD_2}"), ("a", "and the expiry"), ("c", "{EXP}"), ("a", "and the three digit code on the back"), ("c", "{CVV}")),
        (("a", "which card would you like to use"), ("c", "the one ending {CARD_END4}"), ("a", "and can you confirm the expiry on that one"),
         ("c", "{EXP}")),
        (("c", "can i pay by card now"), ("a", "sure go ahead with the card number"), ("c", "{CARD}"), ("a", "and the security code"),
         ("c", "{CVV}")),
    ),
    "bank": (
        (("a", "the refund goes back by bank transfer can i get the {branch}"), ("c", "{BRANCH}"), ("a", "and the account number"),
         ("c", "{ACCT_1}"), ("a", "go on"), ("c", "{ACCT_2}"), ("a", "so {ACCT_RB}"), ("c", "{yes}")),
        (("c", "do you want my bank details for the refund"), ("a", "please yeah the {branch} and account"), ("c", "{BRANCH} and {ACCT}")),
    ),
    "iban": (
        (("a", "for the refund i'll need your IBAN"), ("c", "okay it's {IBAN_A}"), ("a", "mm-hmm"), ("c", "{IBAN_B}"), ("a", "yep"),
         ("c", "{IBAN_C}")),
    ),
    "natid": (
        (("a", "for the tax form i need your {idname}"), ("c", "{NATID}"), ("a", "let me read that back {NATID_RB}"), ("c", "{yes}")),
        (("a", "we have to verify with your {idname} can you give me that"), ("c", "{NATID_1}"), ("a", "uh-huh"), ("c", "{NATID_2}")),
    ),
    "none": (
        (("a", "i've texted you a six digit code can you read it out"), ("c", "one sec it's {CODE}"), ("a", "was that {CODE_RB}"), ("c", "{yes}")),
        (("a", "your reference number is {REF}"), ("c", "sorry could you repeat that"), ("a", "{REF_RB}")),
        (("c", "i have an old reference from the last call {REF}"), ("a", "thanks that's pulled up the notes")),
    ),
}
CLOSINGS_ASR = (
    (("a", "anything else i can help with today {GIVEN}"), ("c", "no that's it {thanks} {STAFF}"), ("a", "{bye}")),
    (("c", "{thanks} you've been a great help"), ("a", "you're welcome {title} {SURNAME} take care")),
    (("a", "if it happens again just ring us on {helpline} okay {GIVEN}"), ("c", "{ok} {bye}")),
)
VERIFY_CHAT = (
    (("a", "To verify the account, please send your full name, date of birth and the {postname} on file."),
     ("c", "name = {NAME}\ndob = {DOB}\n{postname} = {POST}")),
    (("a", "Could you confirm the address and date of birth on the account?"),
     ("c", "| Name | {NAME} |\n| Address | {ADDR} |\n| Postcode/ZIP | {POST} |\n| DOB | {DOB} |")),
    (("a", "Can I get your date of birth to confirm it's you?"), ("c", "its {DOB}")),
    (("c", "mera account {NAME} ke naam pe hai, DOB {DOB}"), ("a", "Thank you, that matches our records.")),
    (("c", "la cuenta está a nombre de {NAME}, fecha de nacimiento {DOB}"), ("a", "Thanks, I've found the account.")),
    (("a", "Please confirm the name and phone number on the account."), ("c", "Saludos,\n{NAME}\nTel. {TEL}")),
)
CONTACT_CHAT = (
    (("a", "What's the best phone number and email for updates?"),
     ("c", "you can reach me here:\n\n--\n{NAME}\nM: {TEL}\nE: {MAIL}\n{ADDR}\n{POST}")),
    (("c", "my number changed, new one is {TEL}||and email {MAIL}"), ("a", "Updated both, thanks!")),
    (("a", "Is the email we have on file still current?"), ("c", "no thats old, use {MAIL} plz")),
    (("c", "> On {header}, {NAME} <{MAIL}> wrote:\n> Please call me on {TEL} if anything's unclear.\n\nsame number still"),
     ("a", "Got it, I've noted the number on the ticket.")),
    (("c", "mera naya number {TEL} hai, please update kar dijiye"), ("a", "Done, updated.")),
    (("c", "we moved!! new address below\n\n{NAME}\n{ADDR}\n{POST}\n\nSent from my phone"), ("a", "Congrats on the move, address updated.")),
)
STEPS_CHAT = {
    "card": (
        (("a", "Your total is {money}. Please send the card details to complete the payment."),
         ("c", "card no = {CARD}\nexpiry = {EXP}\ncvv = {CVV}")),
        (("c", "{CARD_1}||{CARD_2}||exp {EXP} cvc {CVV}"), ("a", "Thanks, payment of {money} taken from the card ending {CARD_END4}.")),
        (("a", "Which card should we charge?"), ("c", "same as last time, ending {CARD_END4}, exp {EXP}")),
    ),
    "bank": (
        (("a", "For the refund, please share your {branch} and account number."), ("c", "{branch}: {BRANCH}\nacct: {ACCT}")),
        (("c", "refund to this acount pls||{BRANCH} / {ACCT}"), ("a", "Thanks, the refund will arrive in 3-5 working days.")),
    ),
    "iban": (
        (("a", "For the refund, please share your IBAN."), ("c", "IBAN: {IBAN}")),
        (("c", "here's my IBAN for the refund\n{IBAN}"), ("a", "Thanks, refund on its way.")),
    ),
    "natid": (
        (("a", "We need your {idname} for the tax receipt."), ("c", "{idname} = {NATID}")),
        (("c", "do u need my {idname}? its {NATID}"), ("a", "Yes, thank you, that's added.")),
        (("a", "Our tax form export is below, please check the id is right."), ("c", "field,value\nname,{NAME}\nid,{NATID}\n\nyes thats right")),
    ),
    "none": (
        (("a", "I've sent a one-time code to your phone, please paste it here."), ("c", "{CODE}")),
        (("a", "Your case reference is {REF}."), ("c", "thx, noted {REF_RB}")),
        (("c", "Ref from last time: {REF}"), ("a", "Thanks, I can see the history now.")),
    ),
}
CLOSINGS_CHAT = (
    (("a", "Is there anything else I can help with, {GIVEN}?"), ("c", "no thats all, thanks {STAFF}!")),
    (("c", "thanks for sorting it 🙏"), ("a", "You're welcome, {GIVEN}. Best,\n{STAFFNAME}\nCustomer Care")),
    (("a", "All done! Have a great day, {title} {SURNAME}."), ("c", "gracias, bye!")),
    (("a", "I'll close this ticket now. Our phone line is {helpline} if you need us again, {GIVEN}."), ("c", "ok ty")),
)
GREETINGS = tuple(b for d in DOMAINS.values() for b in d[2] + d[3])
IDENTITY = (NAME_ASR + VERIFY_ASR + CONTACT_ASR + VERIFY_CHAT + CONTACT_CHAT + HOLD
            + tuple(b for s in (STEPS_ASR, STEPS_CHAT) for v in s.values() for b in v))
ISSUES = tuple(b for d in DOMAINS.values() for b in d[4] + d[5])
CLOSINGS = CLOSINGS_ASR + CLOSINGS_CHAT
FAIRNESS_FRAMES = (
    "the account's in the name of {NAME}",
    "yeah so my name is {NAME} calling about my order",
    "it was {THIRD} who took the booking i think",
    "{thanks} {STAFF} bye now",
    "From: {NAME}\nSent: Tuesday\nSubject: my booking",
    "customer_name = {NAME}",
    "Regards,\n{NAME}",
    "hi its {GIVEN} again, any update?",
    "surname {SURNAME} first name {GIVEN}",
    "Mi nombre es {NAME}, gracias",
)
BRIDGES = {"agent": ("bear with me the screen's loading",), "customer": ("mm-hmm yeah",)}
FAIRNESS_ORIGINS = ("anglo", "hispanic", "south_asian", "east_asian", "middle_eastern")


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_l import NameSourceL
    from benchmarks._profile_dev_l import ProfileL

    return ProfileL, NameSourceL


def conversation(index: int, split: str, style: str, names, rng) -> dict:
    from benchmarks._assemble_dev_l import assemble

    return assemble(index, split, style, names, rng)


def render(template: str, profile, rng, filler_rate: float = 0.0):
    """One template filled in this family's style (``generate_fairness`` uses it)."""
    from benchmarks._assemble_dev_l import render_one

    from benchmarks._assemble_dev_l import capitalise

    text, spans, distractors = render_one(template.replace("||", "\n"), profile, rng)
    return capitalise(text, profile), spans, distractors
