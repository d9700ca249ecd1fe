"""The five ``dev_w`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented; each serves customers in the US, the UK, Canada and Australia. Openings vary where the name
comes: opening the turn with no cue, after ``thank you``, as whose name a booking is under, said twice.
"""
from __future__ import annotations

DOMAINS = {
    "streaming": (
        "Lumora TV",
        (("a", "Lumora TV help line, {STAFF} on the phone today. Who am I speaking with?"),
         ("c", "{NAME}. My subscription renewed twice this month.")),
        (("a", "Hey, it's {STAFFNAME} from Lumora. What can I do for you?"),
         ("c", "{NAME} - the app keeps logging me out on the smart tv")),
        (("c", "I got charged {money} on {date} and again two days later, same plan."),
         ("a", "I see both charges. The second was a billing retry that shouldn't have gone through, I've refunded it.")),
        (("c", "every film stops after ten minutes since {date}, i'm on {product}"),
         ("a", "There was a bad app update on some TVs. I've pushed the fixed version to your account, please restart the TV.")),
    ),
    "dental": (
        "Brightsmile Dental",
        (("a", "Brightsmile Dental, {STAFF} at reception, how can I help?"),
         ("c", "Hi, the appointment's under {NAME}, I need to move it.")),
        (("a", "Hello from Brightsmile Dental, I'm {STAFFNAME}. Which patient is this for?"),
         ("c", "thank you {STAFF}. it's for me, {NAME}, cleaning on friday")),
        (("c", "I was booked for {date} but I'll be in {place} that week for work."),
         ("a", "No problem. I've moved you to the Tuesday after, same time, with the same hygienist.")),
        (("c", "the bill says {money} but my insurance was supposed to cover the checkup"),
         ("a", "You're right, it was sent to the wrong insurer. I've resubmitted it, you don't owe anything.")),
    ),
    "furniture": (
        "Oakhaven Home",
        (("a", "Oakhaven Home deliveries, you've got {STAFF}. Can I take a name?"),
         ("c", "Yes it's {NAME}, {NAME}, I ordered a sofa.")),
        (("a", "Hi! {STAFFNAME} here at Oakhaven. Whose order are we checking on?"),
         ("c", "it's under {NAME}, a bookcase and two chairs")),
        (("c", "The delivery was set for {date}, nobody turned up and I took the day off."),
         ("a", "I'm so sorry. The van broke down. I've booked you the first slot tomorrow and refunded the delivery fee.")),
        (("c", "one chair came with a broken leg, order {order}, i paid {money} for the pair"),
         ("a", "That shouldn't happen. A replacement chair ships on Monday and the driver takes the broken one away.")),
    ),
    "gym": (
        "Pulsefit Gyms",
        (("a", "Pulsefit membership team, {STAFF} speaking. Your name please?"),
         ("c", "{NAME} speaking, hi. I want to freeze my membership.")),
        (("a", "Welcome to Pulsefit chat, you're with {STAFFNAME}. Who's the member?"),
         ("c", "hi {STAFF}, member is {NAME}. cancel please")),
        (("c", "I'm having surgery on {date} and can't train for two months, but I don't want to lose my rate."),
         ("a", "Understood. I've frozen it for eight weeks from that date at no charge, and the rate stays the same.")),
        (("c", "you took {money} after i cancelled at {venue} in person"),
         ("a", "The cancellation was never entered. I've closed the membership and refunded that payment.")),
    ),
    "insurance": (
        "Harbourline Insurance",
        (("a", "Harbourline Insurance claims, this is {STAFF}. Who's the policy holder?"),
         ("c", "Policy holder is {NAME}. Someone hit my parked car.")),
        (("a", "Hi, I'm {STAFFNAME} with Harbourline claims. Whose policy is it?"),
         ("c", "mine, {NAME}. my flat got water damage from upstairs")),
        (("c", "It happened on {date} outside {venue}, the other driver left a note with a number."),
         ("a", "That helps a lot. I've opened the claim and a repair shop near you will call to book the car in.")),
        (("c", "the assessor said {money} but the quote from the builder is double"),
         ("a", "Send me the builder's quote and I'll ask the assessor to review it, usually within five working days.")),
    ),
}
