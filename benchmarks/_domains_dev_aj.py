"""The five ``dev_aj`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Invented UK / Irish organisations: a building society, a water and energy supplier, a GP surgery with its pharmacy,
a council's services and a travel agent. Openings vary where the name comes: after ``who am I speaking with``, ``can
I take your full name``, given with a hesitation, a relative by first name, the agent giving their own name.
"""
from __future__ import annotations

DOMAINS = {
    "bank": (
        "Harbourside Building Society",
        (("a", "Good morning, Harbourside Building Society, you're through to {STAFFNAME}, who am I speaking with?"),
         ("c", "Oh hiya, it's erm {NAME}, I've had a letter about my savings account.")),
        (("a", "Hello and welcome to Harbourside chat, my name is {STAFF}. Who do I have the pleasure of chatting with today?"),
         ("c", "{NAME}. I cant see my last payment in the app")),
        (("c", "There's {money} come out twice on {date} and I've only bought the one thing."),
         ("a", "The card machine sent the payment through twice. I've reversed the second one and it will be back tomorrow.")),
        (("c", "moved {money} across on {date} ref {order} and its still not showing"),
         ("a", "It went to your old savings account. I've moved it across and it shows now.")),
    ),
    "utility": (
        "Brightwell Energy and Water",
        (("a", "Brightwell Energy and Water, {STAFF} speaking, can I take your full name please?"),
         ("c", "Yeah it's {FALSE}, I'm ringing about the meter.")),
        (("a", "Brightwell online help here, {STAFFNAME}. What's the name on the bill?"),
         ("c", "its in my {kin}s name, {KIN1}, but I pay it. im {NAME}")),
        (("c", "The bill says {money} and we've been away the whole of {date}, so that can't be right."),
         ("a", "That was an estimated reading. I've put your real reading on and the bill has come down.")),
        (("c", "direct debit taken on {date} for {money}, thats double what it should be"),
         ("a", "The debit was set from an old estimate. I've refunded the difference and reset the amount.")),
    ),
    "surgery": (
        "Elmfield Medical Practice",
        (("a", "Elmfield Medical Practice, {STAFF} on reception, who's calling please?"),
         ("c", "Hiya, it's um {GIVEN}, {GIVEN} {SURNAME}, I need my repeat prescription sorting.")),
        (("a", "Elmfield Practice online. Please give the patient's full name."),
         ("c", "its for my {kin} {KIN1} actually, im {NAME}, i look after the prescriptions")),
        (("c", "The pharmacy said the prescription never came through, and I've run out since {date}."),
         ("a", "The request was stuck waiting for the doctor to sign. It's signed now and sent to the pharmacy.")),
        (("c", "booked online for {date} but got a text cancelling it"),
         ("a", "That slot was taken off when the doctor's rota changed. I've booked you the same time with another doctor.")),
    ),
    "council": (
        "Ashby and Carrowmore Council",
        (("a", "Council services, you're speaking to {STAFFNAME}. Can I start with your name?"),
         ("c", "It's {GIVEN}. {GIVEN} er {SURNAME}. It's about the bins again.")),
        (("a", "Hi, you're chatting with {STAFF} from the council. Whose name is the council tax account in?"),
         ("c", "mine, {NAME}")),
        (("c", "I was charged {money} for the garden waste and nobody has collected it since {date}."),
         ("a", "Your street was missed off the new round. I've added it back and credited the missed weeks.")),
        (("c", "got a reminder for {money} but I paid on {date}"),
         ("a", "Your payment went against last year's bill. I've moved it over and cancelled the reminder.")),
    ),
    "travel": (
        "Lanterne Travel",
        (("a", "Lanterne Travel, {STAFF} here. Who am I speaking with today?"),
         ("c", "{NAME}, hiya, I'm calling about our flights.")),
        (("a", "Lanterne Travel live chat. Which name is the holiday booked under?"),
         ("c", "{NAME}, for me and my {kin}")),
        (("c", "We paid {money} for the hotel in {place} and they've not got us down at all."),
         ("a", "The hotel had your booking under a misspelt name. I've had it corrected and they've confirmed the room.")),
        (("c", "flight changed from {date} and nobody told us"),
         ("a", "The airline moved the flight. I've put you back on the original day at no cost.")),
    ),
}
