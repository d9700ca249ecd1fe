"""The five ``dev_ad`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented; each serves customers in Malaysia, Singapore, Indonesia, the Philippines, Mongolia, Korea,
Canada, Australia and the US. Openings vary where the name comes: opening the turn, after no cue, after ``thank
you``, as whose name an account is under, or an agent introducing themselves.
"""
from __future__ import annotations

DOMAINS = {
    "power": (
        "Brightwater Energy",
        (("a", "Brightwater Energy, good morning, this is {STAFFNAME}. Who's the account holder I'm talking to?"),
         ("c", "{NAME}. We had no power from midnight and the meter is blinking.")),
        (("a", "Hi, {STAFF} with Brightwater here. Which electricity account are we looking at?"),
         ("c", "{NAME}, the bill doubled overnight and nobody came to read the meter")),
        (("c", "The bill from {date} says {money}, and we were away in {place} that whole month."),
         ("a", "The reading was estimated, not real. I've booked a meter read and put a credit on the account.")),
        (("c", "paid {money} by transfer and it still says overdue, ref {order}"),
         ("a", "The payment was matched to an old account number. I've moved it across and cleared the overdue flag.")),
    ),
    "cover": (
        "Harbourstone Insurance",
        (("a", "Harbourstone Insurance claims line, {STAFF} speaking. Whose policy is the claim on?"),
         ("c", "The policy's under {NAME}. Our car was hit in the car park on Saturday.")),
        (("a", "Welcome to Harbourstone, you're chatting with {STAFFNAME}. Can I get the policyholder's name?"),
         ("c", "thank you {STAFF}. policyholder {NAME}, need to make a claim")),
        (("c", "The repair quote came to {money} and the garage in {place} wants it paid by {date}."),
         ("a", "I've approved the quote and sent the garage a payment guarantee, so you won't have to pay upfront.")),
        (("c", "claim {order} has been open since {date} with no update"),
         ("a", "It was waiting on a photo that had already arrived. I've closed that step and passed it for payment.")),
    ),
    "flights": (
        "Skylark Air",
        (("a", "Skylark Air reservations, I'm {STAFFNAME}, how can I help?"),
         ("c", "Hi, yes, thank you, {NAME} here, my flight was moved and I missed the connection.")),
        (("a", "Hello from Skylark Air, {STAFF} here. Who is travelling?"),
         ("c", "{NAME}. flight got cancelled and the app wont rebook me")),
        (("c", "I was meant to fly out of {place} on {date} and ended up paying {money} for a hotel."),
         ("a", "The delay was on our side, so the hotel is covered. I've raised the refund and rebooked you on the morning flight.")),
        (("c", "charged {money} for a bag that was already in my fare, booking {order}"),
         ("a", "The fare did include one bag. I've reversed the extra charge.")),
    ),
    "clinic": (
        "Greenpine Family Clinic",
        (("a", "Greenpine Family Clinic, front desk, {STAFF} speaking. Whose appointment is it?"),
         ("c", "It's for {NAME}, I need to move the check-up.")),
        (("a", "Hi, this is {STAFFNAME} at Greenpine. Which patient are you writing about?"),
         ("c", "patient is {NAME}, the lab results never came through")),
        (("c", "We were billed {money} for the visit on {date} but it should go to the insurer."),
         ("a", "The claim wasn't sent because the policy number was missing. I've added it and resubmitted to the insurer.")),
        (("c", "clinic charged {money} twice for the same blood test, invoice {order}"),
         ("a", "The second charge is a duplicate and has been voided.")),
    ),
    "fibre": (
        "Kitefibre Broadband",
        (("a", "Kitefibre Broadband, you're speaking to {STAFFNAME}. Who's the account under?"),
         ("c", "Under {NAME}. The internet keeps dropping every evening.")),
        (("a", "Hey there, {STAFF} at Kitefibre. Whose broadband is it?"),
         ("c", "{NAME} - wifi is down since the storm")),
        (("c", "Since {date} it cuts out at eight every night and I work from home, I'm on {product}."),
         ("a", "There's a faulty port at your street cabinet. An engineer will swap it tomorrow morning.")),
        (("c", "you charged {money} for an install visit that never happened, order {order}"),
         ("a", "The visit was cancelled on our side. The charge is refunded.")),
    ),
}
