"""The five ``dev_x`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented; each serves customers in the UK, the US, Canada and Nigeria. Openings vary where the name
comes: opening the turn, after no cue, after ``thank you``, or as whose name a booking is under.
"""
from __future__ import annotations

DOMAINS = {
    "airline": (
        "Skylark Air",
        (("a", "Skylark Air reservations, {STAFF} on the line. May I know who's calling?"),
         ("c", "{NAME}. My flight got moved and nobody emailed me.")),
        (("a", "Hello from Skylark Air, I'm {STAFFNAME}. Which passenger is the booking for?"),
         ("c", "booking's under {NAME}, flying out next week")),
        (("c", "I was meant to fly to {place} on {date} and now the app shows a seven hour wait."),
         ("a", "The aircraft was swapped. I've put you on the earlier departure at no cost, same seat row.")),
        (("c", "my bag never showed up in {place}, the claim tag says {order}"),
         ("a", "It's been traced to the transfer hub. It will be couriered to your address tomorrow.")),
    ),
    "power": (
        "Brightgrid Power",
        (("a", "Brightgrid Power, {STAFF} speaking, who am I talking to today?"),
         ("c", "Hi, it's {NAME} here, the prepaid meter stopped taking my token.")),
        (("a", "Good day, this is {STAFFNAME} at Brightgrid. Whose meter is it?"),
         ("c", "thanks for getting back {STAFF}. meter is registered to {NAME}")),
        (("c", "I bought {money} of units on {date} and the meter still shows zero."),
         ("a", "The token was issued against an old meter number. I've reissued it, you can key it in now.")),
        (("c", "got a bill for {money} and i'm on {product}, that can't be right"),
         ("a", "You're right, an estimate was used instead of the reading. I've corrected it.")),
    ),
    "insurance": (
        "Harbourline Insurance",
        (("a", "Harbourline Insurance claims, my name is {STAFF}. And your name is?"),
         ("c", "{NAME}, {NAME}. I'm calling about the car, someone hit it while parked.")),
        (("a", "Hi, {STAFFNAME} here at Harbourline. Who holds the policy?"),
         ("c", "{NAME} - i'm the policy holder, it's about my claim")),
        (("c", "It happened near {venue} on {date}, the other driver just left."),
         ("a", "I'm sorry to hear that. I've logged the claim and an assessor will call you within two days.")),
        (("c", "the garage quoted {money} and your assessor still hasn't come"),
         ("a", "I've escalated it and approved the garage's quote, they can start the repair.")),
    ),
    "grocery": (
        "Basketful Groceries",
        (("a", "Basketful Groceries, {STAFF} here, thanks for holding. Your name?"),
         ("c", "Hello, yes. Under {NAME}, a delivery for this morning, still not here.")),
        (("a", "Hey, {STAFFNAME} from Basketful. Whose account is the order on?"),
         ("c", "{NAME} here, half my order is missing")),
        (("c", "It was supposed to come on {date} and I'd paid {money} for it already."),
         ("a", "The van broke down. It's on the next round, and I've refunded the delivery fee.")),
        (("c", "the rice and palm oil never came, order {order}, paid {money}"),
         ("a", "Apologies, those were out of stock at the store. I've refunded both items.")),
    ),
    "school": (
        "Kestrel College",
        (("a", "Kestrel College student finance, {STAFF} speaking. Who's the student?"),
         ("c", "It's for my child. The student is {THIRD}, and I'm the one paying.")),
        (("a", "Hello, {STAFFNAME} from Kestrel College. What name is the fee account under?"),
         ("c", "it's under {NAME}, i paid the second term fees")),
        (("c", "I paid {money} on {date} and the portal still says the fees are outstanding."),
         ("a", "The transfer came in without a reference. I've matched it to the account now.")),
        (("c", "the portal charged a late fee of {money} but i paid before the deadline"),
         ("a", "I can see the payment date. I've waived the late fee.")),
    ),
}
