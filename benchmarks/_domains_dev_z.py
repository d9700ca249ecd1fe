"""The five ``dev_z`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented; each serves customers in the UK, the US, Canada, Australia and in Taiwan, Singapore, Vietnam,
Korea or Japan. Openings vary where the name comes: opening the turn, with no cue, after ``thank you``, as whose name
an account is under, or an agent naming themselves.
"""
from __future__ import annotations

DOMAINS = {
    "energy": (
        "Brightwater Energy",
        (("a", "Brightwater Energy, this is {STAFFNAME}, how can I help?"),
         ("c", "{NAME}, my meter reading came out way too high this quarter.")),
        (("a", "Hello and welcome to Brightwater, {STAFF} at your service. Who holds the energy account?"),
         ("c", "{NAME}. bill doubled overnight and i have no idea why")),
        (("c", "The estimate on {date} says I owe {money}, but I was away for a month."),
         ("a", "The bill used an estimated reading. I've swapped in your real reading and the balance is lower now.")),
        (("c", "direct debit on {product} went up to {money} and nobody asked me"),
         ("a", "The review set it too high. I've reset the monthly amount and refunded the difference.")),
    ),
    "insurance": (
        "Harbourline Insurance",
        (("a", "Harbourline Insurance claims, {STAFF} speaking. Whose policy is the claim on?"),
         ("c", "The policy's under {NAME}. Someone reversed into my car at the shops.")),
        (("a", "Hi, you've reached Harbourline online claims, I'm {STAFFNAME}. Name on the policy please?"),
         ("c", "policy is under {NAME}, water leak in the kitchen")),
        (("c", "It happened near {place} on {date} and the garage wants {money} upfront."),
         ("a", "You won't pay the garage. I've booked an approved repairer and sent them the claim number.")),
        (("c", "the plumber quoted {money}, claim ref {order}"),
         ("a", "That quote is within your cover. I've approved it and the excess will come off the payout.")),
    ),
    "airline": (
        "Skylark Airways",
        (("a", "Skylark Airways reservations, my name is {STAFFNAME}. May I have the passenger's name?"),
         ("c", "Hi, yes, {NAME}. My connecting flight got cancelled.")),
        (("a", "Skylark chat support here, {STAFF} speaking. Which passenger am I helping?"),
         ("c", "thanks {STAFF}, passenger is {NAME}, the seat i paid for vanished")),
        (("c", "I was meant to fly out of {place} on {date} and the rebooking fee was {money}."),
         ("a", "That fee shouldn't apply to a cancellation. I've waived it and rebooked you on the morning flight.")),
        (("c", "charged {money} for a bag that was included, booking {order}"),
         ("a", "Your fare includes one checked bag. The charge has been refunded to the original card.")),
    ),
    "clinic": (
        "Willowbank Clinics",
        (("a", "Willowbank Clinics appointments, you're speaking with {STAFF}. Who's the appointment for?"),
         ("c", "For me. {NAME}. I need to move my blood test.")),
        (("a", "Good morning from Willowbank, {STAFFNAME} here. Could I have the patient's name?"),
         ("c", "{NAME} here, need to cancel tomorrow's appointment")),
        (("c", "They booked me in {place} on {date} but I moved house and the invoice says {money}."),
         ("a", "I've moved the appointment to the clinic nearest your new address and cancelled the invoice.")),
        (("c", "got a no-show fee of {money} but i did turn up, ref {order}"),
         ("a", "The reception log shows you checked in. I've removed the fee from your account.")),
    ),
    "telecom": (
        "Kestrel Fibre",
        (("a", "Kestrel Fibre, {STAFFNAME} on the line. Whose broadband is it?"),
         ("c", "Thank you for answering so fast, it's {NAME}. The internet drops every evening.")),
        (("a", "Hi there, {STAFFNAME} from Kestrel chat. Whose name is the line under?"),
         ("c", "under {NAME}. wifi keeps cutting out")),
        (("c", "I'm on {product}, an engineer came on {date} and I still got charged {money} for the visit."),
         ("a", "Fault visits are free when the fault is on our side. I've reversed the charge.")),
        (("c", "i was promised {money} off for the outage but it's not on the bill, ticket {order}"),
         ("a", "The credit wasn't applied. I've added it to this month's bill.")),
    ),
}
