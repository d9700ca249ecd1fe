"""Tenth development template family (``dev_j``): whole call flows per domain (breakdown recovery, flood claims,
mortgage payment holidays, school admissions, council tax, hearing-aid clinic, gas safety checks, lottery prize
claims, funeral plans, removals, bike repairs, dental practices, recruitment, theatre box office, courier
redelivery). Written blind (before any system ran on it).

A call is: the domain's opening, identification (name, spelled surname, a wrong read-back corrected),
security checks (birth date, postcode, address), the domain's middle section with small talk and neutral
look-alikes, contact details, the payment / bank / national-id step, a recap that says the values again and
a closing with the caller's name as a vocative. Slot grammar: ``_profile_dev_j``.
"""
from __future__ import annotations

from benchmarks._domains_dev_j import DOMAINS

IDENTIFY = (
    (("a", "How would you spell that surname for me?"), ("c", "{SPELT}"), ("a", "Thank you, {SURNAME}, that's typed in.")),
    (("a", "I've brought up {WRONGNAME}, is that you?"), ("c", "nearly, it goes {SPELT}"),
     ("a", "Ah, one letter out, fixed now.")),
    (("a", "Sorry, could you give me your first name once more?"), ("c", "{GIVEN}"), ("a", "And the last name to go with that?"),
     ("c", "{SURNAME}, spelt like it sounds")),
    (("c", "most folk just say {NICK} by the way"), ("a", "No problem {NICK}, I'll pop that on the notes.")),
    (("a", "Is it alright if I go with {GIVEN} for the rest of the call?"), ("c", "course, everyone does")),
)
VERIFY = (
    (("a", "Before I go into {thing} I need to check a couple of things, your date of birth?"), ("c", "{DOB}"),
     ("a", "Thanks, and the postcode we'd have on file for you?"), ("c", "{POST}")),
    (("a", "Can you confirm the day and the month of your birthday?"), ("c", "{DOB_DM}"), ("a", "And which year was that in?"),
     ("c", "{DOB_Y}"), ("a", "Great, all of that matches our side.")),
    (("a", "Starting with the house, what's the first line of the address?"), ("c", "{ADDR_L1}"), ("a", "Which town does that road sit in?"),
     ("c", "{ADDR_TOWN}"), ("a", "And just the first part of the postcode, before the gap?"), ("c", "{POST_1}"),
     ("a", "Then the last part after the gap?"), ("c", "{POST_2}")),
    (("a", "Which address should {thing} sit against?"), ("c", "{ADDR}, and the postcode there is {POST}"),
     ("a", "So the postcode I'm reading is {POST_RB}?"), ("c", "that's right yeah, the one on the letters")),
    (("a", "I have you born on {DOB}, does that sound right?"), ("c", "spot on, well remembered")),
    (("c", "do you need my birthday, it's {DOB}"), ("a", "Please, and that matches what we hold.")),
    (("a", "As an extra check, your national insurance or PPS number?"), ("c", "{NI}"),
     ("a", "Sorry, the last bit of that number again?"), ("c", "{NI_2}")),
)
CONTACT = (
    (("a", "Which phone number is best for reaching you this week?"), ("c", "{TEL}"),
     ("a", "I'll say it back to you, {TEL_RB}."), ("c", "yes, that's the mobile")),
    (("a", "Is there an email the confirmation can land in?"), ("c", "{MAIL}"), ("a", "Reading it back, that's {MAIL_RB}?"),
     ("c", "perfect, that one's checked daily")),
    (("c", "my mobile's changed actually, it's {TEL} now"), ("a", "Okay, swapped, we ring between {time} and {time}.")),
    (("a", "We'd text you on {TEL_RB}, still current?"), ("c", "no that's my old phone, use {TEL2}")),
    (("a", "Where should the paperwork go by email?"), ("c", "it's {MAIL}, all of it lower case")),
)
STEPS = {
    "card": (
        (("a", "That comes to {money} today, what's the long number on the card?"), ("c", "{CARD}"),
         ("a", "And the expiry date printed on it?"), ("c", "{EXP}"), ("a", "Lastly the three digits by the signature strip?"), ("c", "{CVV}")),
        (("a", "Go ahead with the first four digits of the card."), ("c", "{CARD_1}"), ("a", "Go on with the next four after those?"),
         ("c", "{CARD_2}"), ("a", "And the rest of the card through to the end?"), ("c", "{CARD_3}"), ("a", "When does that card expire?"),
         ("c", "{EXP}, no hang on, {EXP_WRONG}"), ("a", "Let me check, it shows {EXP_RB} here."), ("c", "oh yes you're right, I misread the little print")),
        (("c", "it's {CARD_WRONG}, wait sorry I misread, {CARD}"), ("a", "Okay so the one ending {CARD_END4}?"),
         ("c", "that's the one I mean"), ("a", "The security code on that card?"), ("c", "{CVV}")),
        (("a", "A code has just gone to your phone for the payment, what does it say?"), ("c", "{CODE}"),
         ("a", "That's gone through, {money} taken, thank you.")),
    ),
    "bank": (
        (("a", "Where should the money be paid, sort code first?"), ("c", "{SORT}"), ("a", "And the account number below it?"),
         ("c", "{ACCT}"), ("a", "So account {ACCT_RB} at sort code {SORT_RB}."), ("c", "yep, that's my current account")),
        (("c", "it's a euro account, the IBAN is {IBAN}"), ("a", "Thanks, transfers abroad take a few days longer.")),
        (("a", "Jot this down, your claim reference is {REF}."), ("c", "hang on let me write it down, {REF_RB}?"), ("a", "Exactly that, you've got it word for word.")),
        (("a", "To approve the change I've sent a one-time passcode."), ("c", "it says {CODE}, oh no {CODE2}, that's the newer text")),
    ),
    "natid": (
        (("a", "For the checks I need your national insurance number."), ("c", "{NI}"), ("a", "Thank you, {NI_RB}, the form goes out within {days}.")),
        (("a", "Can I have the first half of the ID number?"), ("c", "{NI_1}"), ("a", "And the second half after that?"), ("c", "{NI_2}")),
        (("c", "I lived in the States for years, I still have a social security number, {SSN}"),
         ("a", "We only need that for the tax form, I've noted it.")),
        (("a", "What's the customer reference on the letter?"), ("c", "{REF_1}"), ("a", "Go on, I'm typing as you speak"), ("c", "{REF_2}")),
        (("a", "Have you a telephone PIN set up?"), ("c", "yes, I chose {PIN}")),
        (("a", "Prizes and refunds go by bank transfer, have you got your IBAN handy?"), ("c", "yeah I've the app open, it's {IBAN}"),
         ("a", "Lovely, that's saved against {thing}.")),
    ),
    "none": (
        (("a", "Your reference for {thing} is {REF}."), ("c", "let me repeat it, {REF_RB}")),
        (("a", "I'll send a code to confirm, read it to me when it comes."), ("c", "got it, the text says {CODE}")),
    ),
}
RECAP = (
    (("a", "So to recap, {GIVEN}, it's {thing} at {POST_RB} and we'll ring {TEL_RB}."), ("c", "brilliant, thank you for sorting it")),
    (("a", "Just so I've got it right, that's {NAME} born {DOB}."), ("c", "that's me all right")),
    (("c", "sorry can you give me that reference once more slowly"), ("a", "Of course, slowly then, {REF_RB}.")),
    (("a", "Everything will go to {MAIL_RB}, {title} {SURNAME}."), ("c", "lovely, that inbox is fine")),
)
SMALLTALK = (
    (("c", "sorry the dog's going mad at the postman"), ("a", "Ha, no worries, mine barks at the wind.")),
    (("a", "Terrible weather for it today, isn't it?"), ("c", "don't get me started, it's been raining since {event}")),
    (("c", "you've been really patient with me today"), ("a", "Not at all, we get there in the end.")),
)
CLOSINGS = (
    (("a", "Is there anything else I can sort today, {GIVEN}?"), ("c", "no you've been great {STAFF}, bye for now")),
    (("c", "thanks {STAFF}, have a good rest of your shift"), ("a", "You too {NICK}, take care on the roads.")),
    (("a", "That's all sorted {title} {SURNAME}, you'll get a text shortly."), ("c", "cheers, speak {event} then, ta-ra")),
)
GREETINGS = tuple(b for d in DOMAINS.values() for b in d[1])
IDENTITY = IDENTIFY + VERIFY + CONTACT + RECAP + tuple(b for s in STEPS.values() for b in s)
ISSUES = tuple(b for d in DOMAINS.values() for b in d[2]) + SMALLTALK
FAIRNESS_FRAMES = (
    "the van driver was {NAME} i think, the tall one",
    "{GIVEN} {SURNAME} here ringing from flat six",
    "Could you pass a message on to {title} {SURNAME} please",
    "my brother in law {THIRD} sorted the insurance",
    "{NAME}, from the flat upstairs",
    "right {GIVEN} lets get this one booked in",
    "The engineer asked for {NAME} at the door.",
    "thanks so much {GIVEN} you're a proper star",
    "it was {THIRDGIVEN} who took the call last time",
    "Booking under {SURNAME}, first name {GIVEN}, two adults.",
)
BRIDGES = {"agent": ("Okay, one sec while that saves to the file.", "Mm, just typing that into the notes."),
           "customer": ("mm hm, still here", "okay yep, carry on")}
FAIRNESS_ORIGINS = ("frequent", "common", "uncommon", "rare")


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_j import NameSourceJ
    from benchmarks._profile_dev_j import ProfileJ

    return ProfileJ, NameSourceJ


def conversation(index: int, split: str, style: str, names, rng) -> dict:
    """One call in order: opening, identify, verify, middle, contact, step, recap, closing."""
    from benchmarks._assemble_dev_j import assemble

    return assemble(index, split, style, names, rng)
