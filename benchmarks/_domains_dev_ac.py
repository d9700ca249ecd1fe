"""The five ``dev_ac`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented (a money-transfer service, a housing association, a long-haul airline's baggage desk, a
dental clinic, a broadband and TV provider); each serves customers in the UK, the US, Canada, France and Belgium and
families back home in Ethiopia, Kenya, Somalia, the DR Congo and Senegal. Openings vary where the name comes: opening
the turn, after no cue, after ``thank you``, as whose name an account is under, or an agent introducing themselves.
"""
from __future__ import annotations

DOMAINS = {
    "remittance": (
        "Hawala Bridge Transfers",
        (("a", "Hawala Bridge Transfers, this is {STAFFNAME}. Who is sending money today?"),
         ("c", "{NAME}. My transfer to my mother is stuck since Monday.")),
        (("a", "Welcome to Hawala Bridge chat, {STAFF} here. Which sender profile is this about?"),
         ("c", "{NAME} sender profile. money not arrived")),
        (("c", "I sent {money} on {date} to {place} and the collection code does not work."),
         ("a", "The payout agent flagged a spelling check on the receiver. I have cleared it, she can collect today.")),
        (("c", "transfer ref {order} says on hold, fee was {money} already"),
         ("a", "The hold was a routine compliance review. It is released now and your fee stays the same.")),
    ),
    "housing": (
        "Northgate Homes Association",
        (("a", "Northgate Homes, repairs line, {STAFF} speaking. Whose tenancy is this?"),
         ("c", "The tenancy is under {NAME}. The boiler died again last night.")),
        (("a", "Hi, you are through to {STAFFNAME} at Northgate Homes. Can I take the tenant name?"),
         ("c", "tenant is {NAME} the kitchen ceiling is leaking")),
        (("c", "The engineer promised to come on {date}, we waited all day, we are near {venue}."),
         ("a", "I am sorry about that. I have booked an emergency slot for tomorrow morning and logged a complaint.")),
        (("c", "rent statement shows arrears of {money} but i paid. ref {order}"),
         ("a", "Your payment was matched to an old account number. I have moved it across and cleared the arrears.")),
    ),
    "airline": (
        "Sahel Horizon Airways",
        (("a", "Sahel Horizon Airways baggage services, you are speaking with {STAFF}. What name is the bag tag under?"),
         ("c", "Thank you. It's {NAME}, I came in from {place} yesterday.")),
        (("a", "Bonjour and welcome to Sahel Horizon chat, my name is {STAFFNAME}. Who am I helping?"),
         ("c", "thank you {STAFF} its {NAME} my suitcase never showed up")),
        (("c", "My bag was checked through on {date} and the tracker still shows it in transit."),
         ("a", "It was left behind on the connection. It is on tonight's flight and we will deliver it to your door.")),
        (("c", "file {order} i bought clothes for {money} while waiting, can i claim that"),
         ("a", "Yes, essential purchases are covered. I have opened the claim, please upload the receipts.")),
    ),
    "dental": (
        "Brightsmile Dental Studio",
        (("a", "Brightsmile Dental, reception, {STAFF} here. Who is the appointment for?"),
         ("c", "For me, {NAME}. I have a broken filling.")),
        (("a", "Hello, {STAFFNAME} from Brightsmile here. Patient name please?"),
         ("c", "{NAME}. need to move my appointment")),
        (("c", "I was charged {money} on {date} for a check-up that was meant to be free."),
         ("a", "You are right, the check-up was part of your plan. I have refunded the charge.")),
        (("c", "my son had a cleaning booked ref {order}, can we go after school"),
         ("a", "I have moved it to four fifteen on the same day.")),
    ),
    "broadband": (
        "Meridian Fibre & TV",
        (("a", "Meridian Fibre and TV, you are through to {STAFFNAME}. Can I start with the account holder's name?"),
         ("c", "Account holder is {NAME}. The internet keeps dropping every evening.")),
        (("a", "You are chatting with {STAFF} at Meridian. Whose account are we looking at?"),
         ("c", "hi its under {NAME} tv package wont load")),
        (("c", "Since {date} the router blinks red and I am paying {money} a month for nothing."),
         ("a", "There is a fault on the line at the cabinet. An engineer fixes it tomorrow and I have credited a month.")),
        (("c", "order {order}, the international channels are missing, i use {product}"),
         ("a", "The add-on was not switched on after the upgrade. It is active now, restart the box.")),
    ),
}
