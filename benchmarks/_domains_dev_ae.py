"""The five ``dev_ae`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented; each serves customers in South Africa, Zambia, Kenya, Ghana, Ireland, Belgium, the UK, the US
and Canada. Openings vary where the name comes: opening the turn, alone, after ``thank you``, as whose name an account
is under, or an agent introducing themselves.
"""
from __future__ import annotations

DOMAINS = {
    "remit": (
        "Kudu Money Transfer",
        (("a", "Kudu Money Transfer, my name is {STAFFNAME}. Who am I speaking with?"),
         ("c", "{NAME} speaking. I sent money home on Friday and it hasn't been collected.")),
        (("a", "Hi, you're chatting with {STAFF} from Kudu. How can I help?"),
         ("c", "hi {STAFF}"), ("c", "{NAME} here, my transfer is on hold")),
        (("c", "I sent {money} to {place} on {date} and the family at the other end says nothing came through."),
         ("a", "The transfer was held for a name check on the receiver. I've released it, it should land within the hour.")),
        (("c", "transfer {order} says pending since {date}, i paid {money} in fees"),
         ("a", "It was stuck on a bank holiday at the receiving end. It's gone through now and the fee stays the same.")),
    ),
    "funeral": (
        "Umoya Family Cover",
        (("a", "Good day, Umoya Family Cover, {STAFF} speaking."),
         ("c", "Good day. The policy is under {NAME}, I need to add my mother to it.")),
        (("a", "Welcome to Umoya! I'm {STAFFNAME}. Whose policy are we looking at?"),
         ("c", "{NAME}")),
        (("c", "The premium went up to {money} from {date} and nobody told us why."),
         ("a", "The yearly increase was applied, but the letter never went out. I've sent it now and frozen the increase for three months.")),
        (("c", "the debit order of {money} went off twice this month, policy {order}"),
         ("a", "One of the two debits was an error on our side. It will be refunded within five working days.")),
    ),
    "airtime": (
        "Tandem Mobile",
        (("a", "Tandem Mobile, thank you for holding. This is {STAFFNAME}."),
         ("c", "Thank you, {STAFF}. {NAME} here, my data disappears overnight.")),
        (("a", "Hello from Tandem Mobile, {STAFF} here."),
         ("c", "thank you {STAFF}. number is on {NAME}, my airtime keeps vanishing")),
        (("c", "I loaded {money} on {date} and by the morning it was all gone, I'm on {product}."),
         ("a", "A subscription service was billing you. I've blocked it and put the airtime back.")),
        (("c", "bought a bundle for {money} ref {order} and it never showed"),
         ("a", "The bundle failed to attach to your number. I've added it manually.")),
    ),
    "coach": (
        "Springbok Lines Coaches",
        (("a", "Springbok Lines bookings, {STAFF} here. Whose booking is it?"),
         ("c", "{NAME}. The coach left without me even though I was at the station.")),
        (("a", "Hi there, this is {STAFFNAME} at Springbok Lines. Can I get the passenger name?"),
         ("c", "{NAME} - my ticket was cancelled but im still charged")),
        (("c", "The ticket to {place} on {date} cost {money} and the departure was moved without a message."),
         ("a", "The time was changed and the SMS didn't go out. I've refunded the ticket in full.")),
        (("c", "booking {order} for {date} disappeared from the app, paid {money}"),
         ("a", "The booking is there, it was hidden by an app update. I've re-sent the ticket by email.")),
    ),
    "solar": (
        "Lumo Solar Home",
        (("a", "Lumo Solar Home support, you're through to {STAFFNAME}."),
         ("c", "Hi, it's {NAME}, the panel stopped charging the battery.")),
        (("a", "Hey! {STAFF} with Lumo here. Who's the account holder?"),
         ("c", "account holder {NAME}. system is locked even tho i paid")),
        (("c", "I paid {money} on {date} and the unit still says locked, I'm on {product}."),
         ("a", "The payment arrived but the unlock code wasn't sent. I've pushed the code to the unit now.")),
        (("c", "paid {money} through mobile money, ref {order}, still locked"),
         ("a", "The payment was matched to another account. I've moved it and unlocked your system.")),
    ),
}
