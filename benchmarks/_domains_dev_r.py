"""The five ``dev_r`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented; each runs an English-language pan-European contact centre (Lisbon, Dublin, Berlin, Warsaw).
"""
from __future__ import annotations

DOMAINS = {
    "energy": (
        "Voltaria Energie",
        (("a", "Voltaria Energie, customer line for all of Europe, my name is {STAFF}. Who am I talking to today?"),
         ("c", "{hello}, {NAME} speaking. I call because of my electricity bill, {yes_word}.")),
        (("a", "Welcome to Voltaria chat! I'm {STAFFNAME}. May I have the account holder's name?"),
         ("c", "{hello}! {NAME}, the contract is in my name")),
        (("c", "The advance payment went up to {money} a month, before it was {money}, and my flat is small, {filler}."),
         ("a", "I understand. The new amount follows the meter reading from {date}; I can lower it to the average.")),
        (("c", "my meter reading is not correct on the bill 🙁 you took {money} and the technician came on {date}"),
         ("a", "Thanks for telling us. I've corrected the reading; the difference comes back within {span}.")),
    ),
    "rail": (
        "EuroRail Pass",
        (("a", "EuroRail Pass bookings, {STAFF} speaking, how can I help?"),
         ("c", "{hello}, this is {NAME}, I travel with my {kin} {THIRD} and the train was cancelled.")),
        (("a", "Hi, this is {STAFFNAME} from EuroRail Pass support 🚆 Whose booking is it?"),
         ("c", "booking of {NAME}, ref {order}")),
        (("c", "The night train to {place} on {date} was cancelled and I paid {money} for a hotel, {filler}."),
         ("a", "I'm sorry. Cancellations give you a full refund and we cover the hotel up to {money}.")),
        (("c", "my pass does not scan at the gate 😤 ticket {order}, I missed the {time} train"),
         ("a", "Apologies! I've reissued the pass; it works from now and your next seat is reserved.")),
    ),
    "parcel": (
        "Paketo Logistics",
        (("a", "Paketo Logistics, you're through to {STAFF}. Could I have your name, please?"),
         ("c", "Yes, {NAME}. My parcel is stuck since a week, {filler}.")),
        (("a", "Paketo support here, I'm {STAFFNAME}. Who is the recipient of the parcel?"),
         ("c", "it's for me, {NAME}")),
        (("c", "The tracking {order} says delivered to the neighbour, but which one? Nobody has it, {filler}."),
         ("a", "Let me check the driver's photo and our depot in {place}; I'll open an investigation.")),
        (("c", "the courier came at {time} when I was at work and now it's back in {place} 🙄"),
         ("a", "Sorry about that! I've booked a new delivery for {date}, between 8:00 and 12:00.")),
    ),
    "telecom": (
        "Nordlicht Mobile",
        (("a", "Nordlicht Mobile roaming support, {STAFF} here. What's your name, please?"),
         ("c", "{hello}, it's {NAME}, I have a problem with roaming charges.")),
        (("a", "Nordlicht Mobile chat 📱 you're talking to {STAFFNAME}. Who's the line holder?"),
         ("c", "hi {STAFF}, {NAME} here")),
        (("c", "I was one week in {place} and now the bill says {money} for data, but roaming is free in the EU, {filler}."),
         ("a", "You're right, that looks wrong. I'm removing the charge and checking the fair-use counter.")),
        (("c", "I ordered the {product} on {date} and it still isn't here, you charged {money} already"),
         ("a", "Let me look. The {product} left our warehouse in {place} and arrives within {span}.")),
    ),
    "insurance": (
        "Alpina Assurances",
        (("a", "Alpina Assurances claims service, my name is {STAFF}. May I take the policyholder's name?"),
         ("c", "{hello}, it's {NAME}. My {kin} {THIRD} is also on the policy.")),
        (("a", "Alpina claims chat, this is {STAFFNAME}. Please tell me the policyholder's name."),
         ("c", "good morning, policy holder is {NAME}")),
        (("c", "Somebody broke into my car in {place} on {date}, the window costs {money}, {filler}."),
         ("a", "I'm sorry to hear that. I've opened the claim; an assessor will call you within {span}.")),
        (("c", "the dentist invoice of {money} is still not reimbursed 😕 I sent it on {date}"),
         ("a", "Thanks for following up. The invoice is approved now and the money arrives in {span}.")),
    ),
}
