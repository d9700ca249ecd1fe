"""The five ``dev_t`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented; each runs contact centres in South Africa, Kenya, Ghana, Uganda and Tanzania.
"""
from __future__ import annotations

DOMAINS = {
    "mobile_money": (
        "Tumaini Pay",
        (("a", "Good afternoon, Tumaini Pay customer care, {STAFF} on the line. May I know who is calling?"),
         ("c", "Afternoon {STAFF}, {excl}, it is {NAME}, I sent money to the wrong number.")),
        (("a", "Karibu to Tumaini Pay support 👋 My name is {STAFFNAME}. Kindly share your names as on the wallet."),
         ("c", "hello, names are {NAME}")),
        (("c", "I was paying for {product} and I put one digit wrong, the {money} went to some stranger, the reference is {order}."),
         ("a", "I understand. I will place a hold on the receiving wallet and start the reversal request right away.")),
        (("c", "my wallet shows {money} less since {date} and I never sent anything. the code they sent me was {order}"),
         ("a", "Thank you for the details. I have blocked the wallet for now while our fraud desk reviews it.")),
    ),
    "prepaid_power": (
        "Sunrise Power",
        (("a", "Sunrise Power prepaid line, you are speaking to {STAFF}. Who do I have on the line please?"),
         ("c", "Yes hello, my name is {NAME}, my token is not loading on the meter.")),
        (("a", "Hi! You've reached Sunrise Power online help, I'm {STAFFNAME}. Who am I assisting today?"),
         ("c", "Good day. {NAME} this side.")),
        (("c", "I bought {money} of electricity on {date} and the meter keeps rejecting the token, it's {token}."),
         ("a", "Let me check the vending record. I can see the purchase, I will regenerate the token for you.")),
        (("c", "the token {token} says invalid. we have been in the dark since yesterday, {excl}"),
         ("a", "I'm so sorry about that. I've logged a fault and a technician will check the meter within 24 hours.")),
    ),
    "bank": (
        "Savanna Bank",
        (("a", "Savanna Bank card services, {STAFF} speaking. Before we start, may I have your full names?"),
         ("c", "It's {NAME}. Someone has been using my card, I think.")),
        (("a", "Welcome to Savanna Bank chat. You are chatting with {STAFFNAME}. Please provide your full names for verification."),
         ("c", "{NAME}")),
        (("c", "There is a debit of {money} from {venue} on {date}, I was at home the whole day."),
         ("a", "Thank you. I have stopped the card and logged a dispute, the case number is {order}.")),
        (("c", "why is there a charge at {venue} for {money}? i have never been to that place"),
         ("a", "I see it. I've cancelled the card and a new one will be ready at your branch in five working days.")),
    ),
    "medical_aid": (
        "Imara Health",
        (("a", "Imara Health medical cover, good morning, this is {STAFF}. Can I have the main member's names?"),
         ("c", "Morning, it is {NAME}, I'm phoning about a claim for my {kin} {THIRD}.")),
        (("a", "Hello, Imara Health chat here, {STAFFNAME} assisting. Who is the principal member on the cover?"),
         ("c", "principal member is {NAME}")),
        (("c", "The hospital sent us a bill of {money} from {date} and they say the cover on {product} didn't pay."),
         ("a", "I can see the claim. It's missing the pre-authorisation, I'll request it from the hospital today.")),
        (("c", "the pharmacy says my chronic medicine is not covered under {product} anymore. it was {money}"),
         ("a", "Let me look into it. The benefit renewed this month, I'll update the record so the pharmacy can try again.")),
    ),
    "courier": (
        "Haraka Express",
        (("a", "Haraka Express, {STAFF} here. To whom am I speaking?"),
         ("c", "Hi, I'm {NAME}, my parcel from {place} has been stuck for two weeks.")),
        (("a", "Thanks for reaching Haraka Express 📦 I'm {STAFFNAME}. May I get your name first?"),
         ("c", "hi {STAFF} it's {NAME}, my package is delayed")),
        (("c", "The waybill is {order}, it left {place} on {date} and now the tracking just says in transit."),
         ("a", "I've checked with the hub. It was held at customs, I'll push it through and call you when it moves.")),
        (("c", "tracking {order} hasn't changed since {date}. my {kin} sent it from {place}"),
         ("a", "Apologies for the delay. The parcel is at our sorting centre, it will go out on the next truck.")),
    ),
}
