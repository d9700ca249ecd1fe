"""The five ``dev_ak`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

An outsourced multilingual contact centre answering for a telecom, an online shop's returns desk, an airline, an
insurer and a card issuer, for callers in Canada, Europe, the Gulf, South / Southeast Asia and East Africa. Openings
code-switch: the caller greets and gives the name in their other language (``{hello}``, ``{myname}``).
"""
from __future__ import annotations

DOMAINS = {
    "telecom": (
        "Orbisel Mobile",
        (("a", "Orbisel Mobile, this is {STAFFNAME} on the support line, may I have the account holder's name?"),
         ("c", "{hello}, yes, {myname} {NAME}{nameend}, the internet is not working since morning.")),
        (("a", "Welcome to Orbisel chat! I'm {STAFF}. Whose name is the line registered under?"),
         ("c", "{hello} pls, line is under {NAME}{emoji}")),
        (("c", "{filler} the bill came {money} and my plan is unlimited only, I was travelling to {place} also."),
         ("a", "The roaming add-on was charged by mistake. I've removed it and the credit shows on your next bill.")),
        (("c", "data finished after 2 days?? i paid {money} on {date}"),
         ("a", "Your bundle was applied to the old SIM. I have moved it to the new one, please restart the phone.")),
    ),
    "returns": (
        "Parcelia Returns",
        (("a", "Parcelia returns desk, {STAFF} speaking. Who do I have on the line today?"),
         ("c", "{hello}, {filler}, it's {FALSE}, calling about a jacket I sent back.")),
        (("a", "Hi, you've reached Parcelia returns. Can I get the name on the order please?"),
         ("c", "{hello}, its for my order, name is {NAME}{tag}")),
        (("c", "I sent it back on {date} and still no refund, it was {money}."),
         ("a", "The parcel reached our depot but the scan was missed. I've released the refund now, three to five days.")),
        (("c", "return label not working, says error. order was {money}"),
         ("a", "The label expired after fourteen days. I've emailed you a new one that is valid until the end of the month.")),
    ),
    "airline": (
        "Skylance Airways",
        (("a", "Skylance Airways reservations, my name is {STAFFNAME}. Can I have the passenger's full name please?"),
         ("c", "{myname} {NAME}{nameend}, I'm booked on {order} next week.")),
        (("a", "Skylance Airways here, {STAFF} with you. Which passenger name is on the booking?"),
         ("c", "pls, booking under {NAME}{tag}")),
        (("c", "the flight {order} was moved and now I miss my sister's wedding in {place}, {filler}"),
         ("a", "The schedule change broke your connection. I've rebooked you on the earlier flight at no cost.")),
        (("c", "charged {money} for seat but i didnt choose any seat"),
         ("a", "A seat was auto-assigned and charged by mistake. The seat charge goes back to your card.")),
    ),
    "insurance": (
        "Halvane Assurance",
        (("a", "Halvane Assurance claims, you're speaking with {STAFF}. Who's calling today?"),
         ("c", "{hello}, {filler}, my {kin} {KIN1} will call also, but I'm {NAME}, the policy is mine.")),
        (("a", "Halvane Assurance, live chat. Could you give the policyholder's full name?"),
         ("c", "{NAME}. Claim for my phone, screen broken{emoji}")),
        (("c", "The car was hit while parked near {venue} on {date}, and the garage wants {money}."),
         ("a", "Your cover includes parking damage. I've opened the claim and approved the garage up to that amount.")),
        (("c", "claim rejected but i sent photos on {date}??"),
         ("a", "The photos were attached to an older claim. I've moved them across and the claim is back in review.")),
    ),
    "cards": (
        "Meridia Card Services",
        (("a", "Meridia Card Services, {STAFFNAME} speaking, can you confirm the cardholder's name for me?"),
         ("c", "{yes}, {filler}, {GIVEN}, {GIVEN} {SURNAME}, it's about a payment I don't know.")),
        (("a", "Meridia Cards chat, I'm {STAFF}. Please type the cardholder name as on the card."),
         ("c", "{NAME}")),
        (("c", "There's a payment of {money} at {venue} and I was not even in {place} that day."),
         ("a", "That looks like a copied card. I've blocked it, refunded the payment and a new card is on its way.")),
        (("c", "card declined at {venue} but i have balance, {filler}"),
         ("a", "A security hold was placed after an unusual payment. I've lifted it and the card works again.")),
    ),
}
