"""The five ``dev_ag`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented: an energy supplier, an insurer, an airline, a family clinic and a telecom, each serving
customers in the US, the UK, Canada and Australia and abroad. Openings vary where the name comes: mid-sentence after
other content, opening the turn, after ``thank you``, as whose name an account is under, an agent introducing
themselves.
"""
from __future__ import annotations

DOMAINS = {
    "energy": (
        "Brightwater Energy",
        (("a", "Hello, Brightwater Energy, this is {STAFFNAME}, how can I help?"),
         ("c", "Hi, yeah, so the meter man came round on tuesday and left a card and now there's an estimate on the bill, and I'm {NAME} by the way, the account's mine.")),
        (("a", "Hi! You've reached Brightwater Energy chat, {STAFF} here. Whose account are we looking at?"),
         ("c", "account holder {NAME}, the direct debit doubled overnight")),
        (("c", "I sent a meter reading on {date} and the bill still says {money}, which is way more than we ever use."),
         ("a", "The reading arrived after the bill was built. I've rebilled on your actual reading and the new amount is lower.")),
        (("c", "why is my monthly payment {money} now?? nothing changed on {product}"),
         ("a", "The payment review used last winter's usage. I've reset it to match this year's readings.")),
    ),
    "insurance": (
        "Harbourstone Insurance",
        (("a", "Harbourstone Insurance claims line, you're speaking with {STAFF}. Can I take the policyholder's name?"),
         ("c", "Thank you. It's {NAME}, I'm ringing about the water damage claim.")),
        (("a", "Welcome to Harbourstone. I'm {STAFFNAME}. Which policy is this about?"),
         ("c", "thank you {STAFFNAME}. policy is under {NAME}, home contents")),
        (("c", "The plumber's report went in on {date} and the claim still says pending, the ceiling's been down for weeks."),
         ("a", "The report was filed against the wrong claim. I've moved it across and the assessor will call within two days.")),
        (("c", "renewal quote came in at {money}, last year it was a lot less and no claims"),
         ("a", "The no-claims discount was missing from the quote. I've applied it and sent a corrected renewal.")),
    ),
    "airline": (
        "Skylark Airways",
        (("a", "Skylark Airways reservations, my name is {STAFFNAME}. What name is the booking in?"),
         ("c", "It's in {NAME}. We're flying out to see family and the seats have vanished.")),
        (("a", "Hello from Skylark Airways! {STAFF} here. Can I have the lead passenger's name?"),
         ("c", "{NAME}. my bag didn't arrive and the tracker shows nothing")),
        (("c", "We were meant to fly to {place} on {date} and the app just says schedule change, nobody told us anything."),
         ("a", "The flight was retimed by three hours. I've kept your seats together and emailed the new times.")),
        (("c", "paid {money} for extra legroom and got a middle seat. booking {order}"),
         ("a", "The aircraft was swapped and your seat went with it. I've refunded the seat fee in full.")),
    ),
    "clinic": (
        "Fernhill Family Clinic",
        (("a", "Fernhill Family Clinic, {STAFF} speaking. Who's the appointment for?"),
         ("c", "It's for me, {NAME}. I was meant to see the nurse and the booking disappeared.")),
        (("a", "Good morning, this is {STAFFNAME} at Fernhill. Which patient are you messaging about?"),
         ("c", "morning, it's about my {kin} {THIRD}, the prescription hasn't come through")),
        (("c", "The repeat prescription was requested on {date} and the pharmacy says they've got nothing."),
         ("a", "The request was waiting for a signature. The doctor has signed it and it has gone to your pharmacy.")),
        (("c", "got a bill for {money} for a missed appointment but i cancelled it"),
         ("a", "Your cancellation is on file, so the fee was a mistake. I've removed it.")),
    ),
    "telecom": (
        "Kestrel Telecom",
        (("a", "Kestrel Telecom, {STAFF} on the line. Before I look anything up, who's calling?"),
         ("c", "{NAME}. The internet drops every evening around seven and I work from home.")),
        (("a", "Hi there, you're chatting with {STAFFNAME} from Kestrel. Who's the account holder?"),
         ("c", "{NAME}. my sim was blocked while i was travelling")),
        (("c", "Since {date} the broadband has gone off every night and the router lights just flash orange."),
         ("a", "Your line shows a fault at the cabinet. An engineer is booked and I've credited this month's line rental.")),
        (("c", "was charged {money} for calls abroad on {product}, i thought they were included"),
         ("a", "Those calls went to a number outside the bundle. As a one-off I've refunded the charge.")),
    ),
}
