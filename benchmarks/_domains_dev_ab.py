"""The five ``dev_ab`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented (a power and water utility, an airline, a medical centre, an insurer, a mobile network); each
serves customers in New Zealand, Australia, Hawaii, Fiji, Samoa and Tonga. Openings vary where the name comes:
opening the turn, after no cue, after ``thank you``, as whose name an account is under, or an agent introducing
themselves.
"""
from __future__ import annotations

DOMAINS = {
    "utility": (
        "Tidewater Power & Water",
        (("a", "Kia ora, Tidewater Power and Water, {STAFFNAME} here. Who's the bill payer I'm speaking with?"),
         ("c", "{NAME}. The power's been flickering on our street since Tuesday.")),
        (("a", "Hello, you're chatting with {STAFF} from Tidewater. What name is the connection under?"),
         ("c", "under {NAME}. prepay top-up didn't go through")),
        (("c", "I topped up {money} on {date} and the meter still shows the old credit."),
         ("a", "The top-up is sitting in a queue. I've pushed it through manually, it should show within the hour.")),
        (("c", "the water bill doubled, {money} this quarter. invoice {order}"),
         ("a", "The reading looks like a leak on your side of the meter. I've waived the excess and booked a plumber check.")),
    ),
    "airline": (
        "Frigatebird Air",
        (("a", "Frigatebird Air reservations, you've got {STAFF}. Can I take the lead passenger's name?"),
         ("c", "Thank you. {NAME}, flying out with the kids next week.")),
        (("a", "Talofa and welcome to Frigatebird Air chat, I'm {STAFFNAME}. Who's travelling?"),
         ("c", "thank you {STAFF}, it's {NAME}. my seat got changed")),
        (("c", "We were meant to leave for {place} on {date} but the app now says the flight's gone."),
         ("a", "That service was retimed. I've moved your family onto the morning departure at no charge.")),
        (("c", "booking ref {order}, they charged {money} for a bag that was inside the allowance"),
         ("a", "The bag was weighed against the wrong fare. I've refunded the charge to your card.")),
    ),
    "clinic": (
        "Lagoonside Medical Centre",
        (("a", "Lagoonside Medical Centre, {STAFF} on reception. Which patient is the booking for?"),
         ("c", "It's me, {NAME}. I need a repeat prescription sorted.")),
        (("a", "Hi, this is {STAFFNAME} from Lagoonside. Patient name, please?"),
         ("c", "{NAME}, trying to get a nurse appointment")),
        (("c", "The doctor wanted bloods done by {date}, but the lab in {place} had no slots."),
         ("a", "I've sent the form to our own nurse, she can take them here on Thursday morning.")),
        (("c", "charged {money} for a no-show but i rang to cancel. ref {order}"),
         ("a", "Your call is logged against the booking. I've reversed the fee.")),
    ),
    "insurance": (
        "Coralbay Insurance",
        (("a", "Coralbay Insurance, claims team, my name is {STAFFNAME}. Whose policy are we looking at?"),
         ("c", "It's under {NAME}. The cyclone took half our roof.")),
        (("a", "Coralbay chat here, {STAFF} speaking. Who is the policy holder?"),
         ("c", "{NAME} here. want to add my nephew to the car cover")),
        (("c", "The storm came through on {date} and the assessor still hasn't been, we're near {venue}."),
         ("a", "I've flagged your claim as urgent and an assessor will call you tomorrow to set a time.")),
        (("c", "policy {order}, premium went up to {money} and i never claimed"),
         ("a", "Your area was re-rated after the storms. I've applied the loyalty discount you were missing.")),
    ),
    "telecom": (
        "Outrigger Mobile",
        (("a", "Outrigger Mobile, {STAFF} speaking, how can I help? Who am I talking to?"),
         ("c", "Malo e lelei, {NAME} here. My roaming hasn't worked since I landed.")),
        (("a", "Bula! {STAFFNAME} at Outrigger Mobile. Which account holder are you?"),
         ("c", "account holder {NAME}, international calls keep failing")),
        (("c", "I bought the roaming pack on {date} and still got a bill for {money}."),
         ("a", "The pack was attached to the old SIM. I've moved it across and credited the charges.")),
        (("c", "sim swap order {order}, new sim arrived but says invalid. using {product}"),
         ("a", "The new SIM wasn't activated. I've activated it now, restart your phone in a few minutes.")),
    ),
}
