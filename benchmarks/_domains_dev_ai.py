"""The five ``dev_ai`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented: an energy supplier, a travel agency, a bank, a courier and a dental practice. Openings vary
where the name comes: opening the customer's turn with no cue, after ``thank you``, as whose name an order, booking
or account is under, a relative by first name only, an agent introducing themselves.
"""
from __future__ import annotations

DOMAINS = {
    "energy": (
        "Quayside Energy",
        (("a", "Quayside Energy, you're speaking with {STAFFNAME}, how can I help?"),
         ("c", "{NAME}, I'm ringing about a letter that says my supply gets cut off on Friday.")),
        (("a", "Hi there, Quayside Energy chat, {STAFF} here. Can I start with your name?"),
         ("c", "{NAME} here, the account is under my {kin} {KIN1} though")),
        (("c", "The bill came to {money} and the house was empty the whole of {date}, we were away."),
         ("a", "The meter reading was estimated. I've put in the real reading and the bill has dropped.")),
        (("c", "paid {money} on {date} and it still says overdue"),
         ("a", "The payment went to an old account number. I've moved it across and cleared the overdue flag.")),
    ),
    "travel": (
        "Farrowdale Travel",
        (("a", "Farrowdale Travel, this is {STAFF}. Which booking are you calling about?"),
         ("c", "The booking is under {NAME}, we fly out to {place} on {date}.")),
        (("a", "Welcome to Farrowdale Travel. What name is the booking under?"),
         ("c", "{NAME}")),
        (("c", "We paid {money} for the hotel in {place} and they've no record of us at all."),
         ("a", "The hotel received the booking under a misspelt name. I've had it corrected and they've confirmed your room.")),
        (("c", "flight moved from {date} and nobody told us, {money} for nothing"),
         ("a", "The airline changed the schedule. I've rebooked you on the original day and refunded the difference.")),
    ),
    "bank": (
        "Kestrel Mutual Bank",
        (("a", "Kestrel Mutual, {STAFF} speaking, thanks for holding."),
         ("c", "Thank you, {STAFF}. I'm {NAME} and there's a payment on my statement I never made.")),
        (("a", "Hello from Kestrel Mutual, I'm {STAFFNAME}. What can I do for you today?"),
         ("c", "hi {STAFF}, {NAME}. my card got declined twice this morning")),
        (("c", "There's {money} gone out to a shop in {place} and I've never been there in my life."),
         ("a", "That payment was flagged as fraud. I've blocked the card, refunded it and ordered a new one.")),
        (("c", "transfer of {money} on {date} never arrived, ref {order}"),
         ("a", "The transfer was held for a security check. It's been released and should land within the hour.")),
    ),
    "courier": (
        "Parcelwise",
        (("a", "Parcelwise deliveries, {STAFFNAME} here, have you got a tracking reference?"),
         ("c", "Not on me, but the order is under {NAME}, it was meant to come on {date}.")),
        (("a", "Parcelwise support, {STAFF} here. Whose name is the order under?"),
         ("c", "order is under {INITS}, was due {date}")),
        (("c", "The driver says he left it with a neighbour but none of the neighbours has got it."),
         ("a", "The photo shows a different door. I've sent a driver back to collect it and bring it round today.")),
        (("c", "parcel {order} stuck at the depot since {date}"),
         ("a", "The label was damaged at the depot. It's been relabelled and goes out on tomorrow's first van.")),
    ),
    "dental": (
        "Almond Tree Dental",
        (("a", "Almond Tree Dental, reception, {STAFF} speaking."),
         ("c", "Hi {STAFF}, {NAME} calling, I need to move my appointment, I'm stuck at work.")),
        (("a", "Almond Tree Dental online, {STAFFNAME}. Who is the appointment for?"),
         ("c", "for my {kin} {THIRD}, i booked it under my own name {NAME} by mistake")),
        (("c", "I was charged {money} for a check-up that my plan is supposed to cover."),
         ("a", "It was coded as a private visit. I've recoded it under your plan and refunded the charge.")),
        (("c", "the reminder text said {date} but the portal says a different day"),
         ("a", "The portal was showing an old slot. Your appointment is on the date in the text, I've fixed the portal.")),
    ),
}
