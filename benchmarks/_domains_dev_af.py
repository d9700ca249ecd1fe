"""The five ``dev_af`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented; each serves customers in Taiwan, Hong Kong, Japan, Korea, the US, Canada, the UK and
Australia. Openings vary where the name comes: opening the turn with no cue, alone, surname first then "family
name", after ``thank you``, as whose name a booking is under, or an agent introducing themselves.
"""
from __future__ import annotations

DOMAINS = {
    "airline": (
        "Kestrel Air",
        (("a", "Kestrel Air reservations, you've reached {STAFFNAME}. May I have the passenger's name?"),
         ("c", "{SURNAME}, that's the family name. Full name {NAME}. My flight got moved.")),
        (("a", "Welcome to Kestrel Air chat. I'm {STAFF}, whose booking should I open?"),
         ("c", "{NAME} booked the seats, the return leg vanished from my trip")),
        (("c", "The flight to {place} on {date} was rebooked to a red-eye and the seat I paid {money} for is gone."),
         ("a", "The schedule change dropped your seat selection. I've put you back in the same row and refunded the difference.")),
        (("c", "booking {order} shows only one way now, i paid {money} for the round trip"),
         ("a", "The return was split into a separate record by the schedule change. I've joined them again and re-issued the ticket.")),
    ),
    "power": (
        "Harbourlight Energy",
        (("a", "Harbourlight Energy, accounts team, this is {STAFF}."),
         ("c", "{NAME}. The meter reading on my bill can't be right.")),
        (("a", "Hello from Harbourlight Energy, {STAFFNAME} here. Whose name is the supply under?"),
         ("c", "under {NAME}, the bill tripled")),
        (("c", "This bill says {money} for {date} and we were abroad most of that time."),
         ("a", "The reading was an estimate, not a real one. I've cancelled it and booked a meter read for next week.")),
        (("c", "estimated reading again, {money}, account ref {order}"),
         ("a", "I've replaced the estimate with the reading from your smart meter, so the bill drops back to normal.")),
    ),
    "insurance": (
        "Lumen Mutual",
        (("a", "Lumen Mutual claims line. {STAFFNAME} speaking, who do I have?"),
         ("c", "Hi {STAFF}, {NAME}, I'm chasing a claim for a broken phone.")),
        (("a", "Hi, you're chatting with Lumen Mutual. My name is {STAFF}."),
         ("c", "thank you {STAFF}, {NAME} here, my claim has been open a month")),
        (("c", "I sent the repair receipt for {money} on {date} and nobody has come back to me."),
         ("a", "The receipt was attached to the wrong claim. I've moved it and approved the payout.")),
        (("c", "claim {order}, receipt uploaded {date}, still says pending"),
         ("a", "It was waiting for a second review that isn't needed under this amount. I've approved it now.")),
    ),
    "clinic": (
        "Bright Crane Clinics",
        (("a", "Bright Crane Clinics appointments, {STAFF} on the line."),
         ("c", "Hello, I'm calling for my {kin}, {THIRD}. The booking was cancelled.")),
        (("a", "Bright Crane Clinics online desk, {STAFFNAME} here. Patient name please?"),
         ("c", "patient is {NAME}")),
        (("c", "The appointment on {date} disappeared and the deposit of {money} was still taken."),
         ("a", "A doctor's leave cancelled the session. I've rebooked the same time next week and the deposit carries over.")),
        (("c", "deposit {money} taken, appointment ref {order} gone from the app"),
         ("a", "The app hid it after a clinic change. Your appointment stands at the other branch, same time.")),
    ),
    "telecom": (
        "Orbit Mobile",
        (("a", "Orbit Mobile, good afternoon, you're speaking with {STAFFNAME}."),
         ("c", "Good afternoon. Line is registered to {NAME}, the roaming charges are huge.")),
        (("a", "Orbit Mobile support here, {STAFF} at your service. Account holder?"),
         ("c", "{NAME}. got charged for roaming i never used")),
        (("c", "I was in {place} on {date} and I got charged {money} for roaming, I'm on {product}."),
         ("a", "The roaming pass failed to switch on. I've credited the charges and added the pass for your next trip.")),
        (("c", "roaming bill {money}, ref {order}, i had the travel pass"),
         ("a", "The pass was on your account but not linked to the SIM. I've linked it and reversed the charges.")),
    ),
}
