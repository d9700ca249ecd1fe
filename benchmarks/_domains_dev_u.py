"""The five ``dev_u`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented; each serves customers in the US, the UK, Canada and Australia. Openings vary where the
name comes: opening the turn, after no cue, after ``thank you``, or as whose name an order is under.
"""
from __future__ import annotations

DOMAINS = {
    "grocery": (
        "FreshCrate Grocers",
        (("a", "FreshCrate Grocers delivery line, {STAFF} here. Who's calling?"),
         ("c", "{NAME}. My groceries came with half the bags missing.")),
        (("a", "Hey! {STAFFNAME} from FreshCrate here. Which name is the order under?"),
         ("c", "the order is under {NAME}")),
        (("c", "The driver left {product} and two bags at the wrong door on {date}, it came to {money}."),
         ("a", "Sorry about that. I've refunded the missing bags and flagged the driver's route.")),
        (("c", "I got someone else's shopping, the receipt says {venue} on it, my order was {order}"),
         ("a", "Thanks for telling us. Keep the items, and I'll send your order out again this evening.")),
    ),
    "telecom": (
        "Bluepeak Broadband",
        (("a", "You've reached Bluepeak Broadband, I'm {STAFF}. Can I get the name on the plan?"),
         ("c", "Yeah, {NAME}, the internet's been dropping every night.")),
        (("a", "Welcome to Bluepeak chat. I'm {STAFFNAME}. Whose broadband account are we looking at?"),
         ("c", "{NAME} - and my previous chat with {PREV} went nowhere")),
        (("c", "It drops every evening around eight, I'm on {product} and I pay {money} for it."),
         ("a", "I can see errors on the line. I'll book an engineer and credit this month.")),
        (("c", "the router keeps restarting since {date}, we tried everything, even {phrase} lol"),
         ("a", "Let me push a firmware reset. If it happens again, we'll swap the router for free.")),
    ),
    "airline": (
        "Pacific Crest Airways",
        (("a", "Pacific Crest Airways reservations, my name is {STAFF}. May I have the passenger's full name as on the passport?"),
         ("c", "It's {NAME}, I need to change my flight.")),
        (("a", "Hello from Pacific Crest Airways! You're chatting with {STAFFNAME}. Whose booking is it?"),
         ("c", "thank you, {STAFF}. booking is for {NAME}")),
        (("c", "I'm flying to {place} on {date} but my mum's in hospital, can I move it a week?"),
         ("a", "I'm sorry to hear that. I can move it with no fee, the fare difference is {money}.")),
        (("c", "the app shows my name wrong on the ticket to {place}, does that matter?"),
         ("a", "It must match the passport. I'll correct it now and reissue the ticket.")),
    ),
    "pharmacy": (
        "Wellspring Pharmacy",
        (("a", "Wellspring Pharmacy, this is {STAFF} speaking. Whose prescription is it for?"),
         ("c", "For my {kin}, {THIRD}. I'm {NAME}, I usually pick it up.")),
        (("a", "Hi, {STAFFNAME} from Wellspring Pharmacy here. Who is the prescription for?"),
         ("c", "{NAME}. it's been ready since monday apparently")),
        (("c", "The refill was meant to be ready on {date} but the shop near {venue} says it never arrived."),
         ("a", "I see it went to the wrong branch. I'll transfer it, it'll be ready in an hour.")),
        (("c", "you charged me {money} for the repeat and last time it was free"),
         ("a", "The exemption lapsed on your file. I've renewed it and refunded the charge.")),
    ),
    "rental": (
        "Roadway Car Hire",
        (("a", "Roadway Car Hire, {STAFF} here, how can I help?"),
         ("c", "Hi, yeah, it's {NAME} calling, I booked a car and the desk was closed.")),
        (("a", "Thanks for contacting Roadway Car Hire, I'm {STAFFNAME}. What name is the rental under?"),
         ("c", "under {NAME}, pick up was at the airport")),
        (("c", "I got there on {date} with my kids and nobody was at the desk, I paid {money} already."),
         ("a", "I'm sorry. The desk closed early that day. I'll refund you in full.")),
        (("c", "there's a scratch fee of {money} on my card but the car was fine when I dropped it at {place}"),
         ("a", "I've checked the return photos, there's no damage. I'm removing the fee now.")),
    ),
}
