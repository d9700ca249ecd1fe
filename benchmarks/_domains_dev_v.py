"""The five ``dev_v`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented; each serves customers in the US, the UK, Canada, Senegal and Zambia. Openings vary where
the name comes: opening the turn, after no cue, after ``thank you``, or as whose name an order is under.
"""
from __future__ import annotations

DOMAINS = {
    "remittance": (
        "Kinlink Money Transfer",
        (("a", "Kinlink Money Transfer, good afternoon, you're through to {STAFF}. And you are?"),
         ("c", "{NAME}, I sent money home on Friday and it still says pending.")),
        (("a", "Hi there, {STAFFNAME} at Kinlink. Which name did you send the transfer under?"),
         ("c", "the transfer is under {NAME}, sent from my phone")),
        (("c", "I sent {money} to my mother near {place} on {date} and she can't collect it."),
         ("a", "I can see it was held for a name check. I've released it, she can collect it within the hour.")),
        (("c", "the app took {money} twice for one transfer to {place}, ref {order}"),
         ("a", "You're right, the second one is a duplicate. I've reversed it, it'll be back in three to five days.")),
    ),
    "mobile": (
        "Orbitel Mobile",
        (("a", "Thanks for calling Orbitel Mobile, {STAFF} speaking, who do I have on the line?"),
         ("c", "Morning, {NAME} speaking. My data stopped working when I landed.")),
        (("a", "Orbitel support here, my name's {STAFFNAME}. Whose line is this about?"),
         ("c", "thank you for picking up, {STAFF}. the line is {NAME}'s, mine")),
        (("c", "I was travelling to {place} and got a bill for {money} in roaming, nobody told me."),
         ("a", "That roaming pack should have capped at ten. I'll take the extra off your next bill.")),
        (("c", "since {date} I've had no signal at home, I'm on {product}"),
         ("a", "There's a mast fault near you. It should be fixed by Thursday, and I've added free data meanwhile.")),
    ),
    "electronics": (
        "Voltbay Electronics",
        (("a", "Voltbay Electronics, order desk, {STAFF} here. Whose name is the order in?"),
         ("c", "The order is under {NAME}, it's a laptop.")),
        (("a", "Welcome to Voltbay! I'm {STAFFNAME}. Can I take the name on the order?"),
         ("c", "{NAME}. the laptop came with a cracked screen")),
        (("c", "It came on {date} and the box was crushed, I paid {money} for it."),
         ("a", "I'm sorry. I'll send a courier for it tomorrow and ship a new one the same day.")),
        (("c", "I ordered {product} and got a kettle instead 😅 order {order}"),
         ("a", "Oh no! Keep the kettle, the right item goes out today by express.")),
    ),
    "bank": (
        "Northmere Credit Union",
        (("a", "Northmere Credit Union, {STAFF} speaking. Could I have your full name please?"),
         ("c", "Yes, it's {NAME}, my card got declined at the shop.")),
        (("a", "Hello, {STAFFNAME} from Northmere here. Whose account are we looking at today?"),
         ("c", "{NAME} here. my card is blocked and i didn't do anything")),
        (("c", "It got declined at {venue} on {date}, for {money}, and there's money in the account."),
         ("a", "Our fraud check stopped it because of the new location. I've lifted the block now.")),
        (("c", "there's a payment of {money} to {venue} i never made"),
         ("a", "I've frozen the card and opened a dispute, a new card will be posted to you.")),
    ),
    "parcels": (
        "Swiftroute Parcels",
        (("a", "Swiftroute Parcels, this is {STAFF}. Who's the parcel addressed to?"),
         ("c", "It's addressed to me, {NAME}, and it's been stuck for a week.")),
        (("a", "Hi, {STAFFNAME} with Swiftroute. What name is the delivery under?"),
         ("c", "under {NAME}. tracking hasn't moved since monday")),
        (("c", "The tracking says delivered on {date} but nobody came, and I was home all day near {venue}."),
         ("a", "The driver's scan is from the depot, not your door. I'll have it redelivered tomorrow morning.")),
        (("c", "you charged me {money} customs on a gift from {place}, is that right?"),
         ("a", "Gifts under that value are exempt. I've cancelled the charge and released the parcel.")),
    ),
}
