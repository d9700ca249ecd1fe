"""The five ``dev_y`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented; each serves customers in the UK, the US, Canada, Australia and abroad. Openings vary where the
name comes: opening the turn, after no cue, after ``thank you``, as whose name a booking is under, or an agent
introducing themselves.
"""
from __future__ import annotations

DOMAINS = {
    "mobile": (
        "Lanternfield Mobile",
        (("a", "You're through to Lanternfield Mobile, I'm {STAFFNAME}. Who do I have on the line?"),
         ("c", "{NAME}. My roaming was switched off without warning.")),
        (("a", "Hi there, {STAFF} from Lanternfield here. Whose phone contract is this about?"),
         ("c", "hi {STAFF}, it's under {NAME}, the sim stopped working abroad")),
        (("c", "I was in {place} on {date} and got charged {money} for data I never used."),
         ("a", "That came from a roaming bolt-on that didn't apply. I've credited the charge back to your bill.")),
        (("c", "bill says {money} this month, normally it's half that. plan is {product}"),
         ("a", "The discount lapsed at renewal. I've put it back on and adjusted this month's bill.")),
    ),
    "carhire": (
        "Roadwise Car Hire",
        (("a", "Roadwise Car Hire, {STAFF} speaking. Can I take a name for the rental?"),
         ("c", "Yes, {NAME}, {NAME}. The car I booked wasn't at the desk.")),
        (("a", "Good afternoon, you're chatting with {STAFFNAME} at Roadwise. Which booking is it?"),
         ("c", "{NAME} - picked up the car yesterday and there's a charge i don't recognise")),
        (("c", "I collected it at {place} on {date} and they took a deposit of {money} twice."),
         ("a", "The second hold is a duplicate. I've released it, it should drop off within three working days.")),
        (("c", "you charged {money} for fuel but i returned it full, booking ref {order}"),
         ("a", "The fuel gauge reading was logged wrongly. I've refunded the fuel charge.")),
    ),
    "bank": (
        "Copperleaf Bank",
        (("a", "Copperleaf Bank, {STAFF} here. Before anything, who am I speaking with?"),
         ("c", "{NAME} speaking, there's a payment on my account I didn't make.")),
        (("a", "Welcome to Copperleaf chat, I'm {STAFFNAME}. May I have the account holder's name?"),
         ("c", "thanks {STAFFNAME}. account holder is {NAME}")),
        (("c", "There's {money} gone out on {date} to a shop I've never heard of."),
         ("a", "I've blocked the card and raised a dispute. A new card will be posted today.")),
        (("c", "transfer of {money} to my sister hasn't arrived, reference {order}"),
         ("a", "It was held for a routine check. It's been released and will land within the hour.")),
    ),
    "holidays": (
        "Meridian Holidays",
        (("a", "Meridian Holidays, my name's {STAFFNAME}. Who's the lead passenger?"),
         ("c", "That's me. It's under {NAME}, we fly next month.")),
        (("a", "Hello, {STAFF} at Meridian. What name is the holiday booked in?"),
         ("c", "booked in {NAME}, the hotel changed and no one told us")),
        (("c", "We booked {place} for {date} and now the hotel is a different one further out."),
         ("a", "The original hotel overbooked. I've upgraded you to its sister hotel on the seafront at no charge.")),
        (("c", "the transfer from the airport cost us {money} because nobody turned up"),
         ("a", "I'm sorry about that. I've approved a refund for the taxi fare.")),
    ),
    "parcels": (
        "Swiftcrate Parcels",
        (("a", "Swiftcrate Parcels, {STAFF} on the line. Who's the parcel addressed to?"),
         ("c", "Thank you for picking up. It's addressed to {NAME}, and it says delivered but it isn't.")),
        (("a", "Hi, {STAFFNAME} from Swiftcrate. Who's sending or receiving?"),
         ("c", "{NAME} here, receiving. tracking shows it went back to the depot")),
        (("c", "It was meant to come on {date} and I paid {money} for next day delivery."),
         ("a", "The driver scanned it at the wrong address. It's on today's van and I've refunded the express fee.")),
        (("c", "parcel {order} says left with neighbour but none of them have it"),
         ("a", "I've opened a trace with the driver and booked a redelivery for tomorrow morning.")),
    ),
}
