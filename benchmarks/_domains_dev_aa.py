"""The five ``dev_aa`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented (a water and power utility, an airline, a clinic, an insurer, a telecom); each serves
customers in the UK, the US, Canada, Australia, South Africa and Ghana. Openings vary where the name comes: opening
the turn, after no cue, after ``thank you``, as whose name an account is under, or an agent introducing themselves.
"""
from __future__ import annotations

DOMAINS = {
    "utility": (
        "Brightwater Utilities",
        (("a", "Brightwater Utilities, you're speaking to {STAFFNAME}. Can I start with the account holder's name?"),
         ("c", "{NAME}. We've had no water pressure since the weekend.")),
        (("a", "Hi, this is {STAFF} with Brightwater. Which account are you messaging about?"),
         ("c", "{NAME} here, the meter reading on my bill is way off")),
        (("c", "The estimate says we used {money} worth of water up to {date}, and we were away most of that month."),
         ("a", "That was an estimated read. I've booked a meter reader and put the bill on hold until then.")),
        (("c", "my direct debit went out twice, {money} each time. ref {order}"),
         ("a", "The second collection was a bank resubmission. I've refunded it, allow two to three days.")),
    ),
    "airline": (
        "Kestrel Airways",
        (("a", "Thanks for calling Kestrel Airways, {STAFF} on the line. Whose booking is this?"),
         ("c", "Thank you. It's under {NAME}. My connection was cancelled.")),
        (("a", "Kestrel Airways chat, {STAFFNAME} helping you today. Passenger name, please?"),
         ("c", "thank you {STAFF}. passenger is {NAME}, my bag never arrived")),
        (("c", "I was flying to {place} on {date} and they moved me onto a flight eleven hours later."),
         ("a", "That delay qualifies for compensation. I've logged the claim and added a meal voucher to your booking.")),
        (("c", "bag tag {order}, still not delivered and i spent {money} on clothes"),
         ("a", "The bag has been traced to the transfer desk. It will be couriered to you and I've approved the expenses.")),
    ),
    "clinic": (
        "Fernhill Family Clinic",
        (("a", "Fernhill Family Clinic, {STAFF} speaking. Who is the appointment for?"),
         ("c", "For me, {NAME}, I need to move my check-up.")),
        (("a", "Hello from Fernhill, I'm {STAFFNAME}. Who is the patient?"),
         ("c", "patient's name is {NAME}, the online booking keeps failing")),
        (("c", "I was booked for {date} but the text said {place} branch, and I always go to the other one."),
         ("a", "The branch was set wrongly. I've moved you to your usual branch at the same time.")),
        (("c", "got charged {money} for a missed appointment i cancelled. ref {order}"),
         ("a", "I can see your cancellation came in on time. The fee has been taken off.")),
    ),
    "insurance": (
        "Oakmere Insurance",
        (("a", "Oakmere Insurance claims line, this is {STAFFNAME}. Name on the policy?"),
         ("c", "The policy's in my name, {NAME}. Someone reversed into my car.")),
        (("a", "Welcome to Oakmere. {STAFF} here, who's the policyholder?"),
         ("c", "{NAME}. renewal price jumped and nobody told me")),
        (("c", "It happened outside {venue} on {date}, the other driver gave me a fake number."),
         ("a", "I've opened the claim and asked for the camera footage from the car park.")),
        (("c", "renewal quote is {money}, last year it was much less. policy {order}"),
         ("a", "A no-claims discount was missed at renewal. I've applied it and sent the new quote.")),
    ),
    "telecom": (
        "Tallgrass Telecom",
        (("a", "Tallgrass Telecom, my name is {STAFFNAME}. Who have I got on the line?"),
         ("c", "Hi, {NAME}, my fibre keeps dropping every evening.")),
        (("a", "Hey there, {STAFF} at Tallgrass. Whose contract is it?"),
         ("c", "hi, contract's under {NAME}. porting my number failed")),
        (("c", "An engineer was meant to come on {date} and nobody showed. I took the day off for it."),
         ("a", "The visit wasn't confirmed on our side. I've rebooked it for the first slot and credited a day's fee.")),
        (("c", "the port code {order} expired and now i'm paying {money} for {product} on top of my old line"),
         ("a", "I've issued a new code and will refund the overlap once the port completes.")),
    ),
}
