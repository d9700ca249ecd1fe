"""The five ``dev_s`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented; each runs a contact centre for customers in the US, the UK, Canada and Australia.
"""
from __future__ import annotations

DOMAINS = {
    "mobile": (
        "Northwind Mobile",
        (("a", "Thank you for calling Northwind Mobile, my name is {STAFF}, who am I speaking with today?"),
         ("c", "Hi {STAFF}, yeah, it's {NAME}, I'm calling about my phone bill.")),
        (("a", "Hello and welcome to Northwind Mobile live chat! I'm {STAFFNAME}. May I have your name to begin?"),
         ("c", "hey, {NAME} here")),
        (("c", "So I went to {place} to see my parents and came back to a bill of {money}, I had {product} on the account."),
         ("a", "I can see the roaming charges, and it looks like the pack didn't apply. I'll credit that back for you.")),
        (("c", "My bill went up to {money} this month and I didn't change anything on {product}."),
         ("a", "Let me look. There was a price change on {date}, but I can move you to a cheaper plan today.")),
    ),
    "card": (
        "Harbourside Bank",
        (("a", "Harbourside Bank fraud team, you're through to {STAFF}. Can I take the name on the account?"),
         ("c", "Sure, the account holder is {NAME}.")),
        (("a", "Hi, you're chatting with {STAFFNAME} from Harbourside Bank. What's the account holder's name?"),
         ("c", "{NAME}")),
        (("c", "There's a payment of {money} at {venue} that I never made, I've never even been there."),
         ("a", "Thanks for flagging it. I've frozen the card and raised a dispute, reference {order}.")),
        (("c", "I see a charge of {money} from {venue} twice on {date}, I only paid once"),
         ("a", "I can see both. The duplicate will be refunded within five working days.")),
    ),
    "parcel": (
        "Swiftpost Couriers",
        (("a", "Swiftpost Couriers, {STAFF} speaking, how can I help?"),
         ("c", "Hi, yes, my name's {NAME}, I've got a parcel that says delivered but it isn't here.")),
        (("a", "Thanks for contacting Swiftpost! You're talking to {STAFFNAME}. Who do I have the pleasure of chatting with?"),
         ("c", "hi {STAFF}, this is {NAME}, my parcel is missing")),
        (("c", "The tracking for {order} says it was left at the door on {date}, but there was nothing, and I ordered {product}."),
         ("a", "I'm sorry about that. I'll open a trace with the driver and arrange a replacement if it doesn't turn up.")),
        (("c", "it was a gift from my aunt in {place}, order {order}, it says delivered but the box isn't anywhere"),
         ("a", "I've raised an investigation with the depot. You'll hear back within 48 hours.")),
    ),
    "insurance": (
        "Evergreen Health Cover",
        (("a", "Evergreen Health Cover, claims team, this is {STAFF}. Can I get the member's full name?"),
         ("c", "It's {NAME}. Well, the claim is for my {kin} {THIRD}, but the policy is under me.")),
        (("a", "Welcome to Evergreen Health Cover chat. My name is {STAFFNAME}. Who's the policy holder?"),
         ("c", "the policy holder is {NAME}")),
        (("c", "I sent in the dental invoice for {money} on {date} and it still says pending."),
         ("a", "I can see it. It's waiting for one document, I'll email you the form now.")),
        (("c", "my claim for the physio got rejected, it was {money}, they said physio isn't covered on {product}??"),
         ("a", "I've checked the policy and it should be covered. I'm sending it back for review.")),
    ),
    "energy": (
        "Brightline Energy",
        (("a", "Good morning, Brightline Energy, you're speaking with {STAFF}. Could I start with your full name?"),
         ("c", "Morning. {NAME}. I'm moving house and need to close my account.")),
        (("a", "Hi there, it's {STAFFNAME} at Brightline Energy. Can you tell me your full name please?"),
         ("c", "Hi! It's {NAME} 😊")),
        (("c", "We're moving out on {date}, the new people are from {place} I think, and there's still {money} on my balance."),
         ("a", "No problem. I'll book a final reading for that day and refund any credit to your bank.")),
        (("c", "my last bill was {money}, that's way more than usual. we were away most of the month"),
         ("a", "That does look high. Can you send a meter reading so I can correct the estimate?")),
    ),
}
