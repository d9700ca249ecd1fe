"""The five ``dev_q`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented; each runs English-language support for Latin American and US Hispanic customers.
"""
from __future__ import annotations

DOMAINS = {
    "telecom": (
        "Cielo Móvil",
        (("a", "Thanks for calling Cielo Móvil, you're speaking with {STAFF}. Who do I have the pleasure of talking to?"),
         ("c", "Hola, hi, this is {NAME}. Everybody calls me {NICK}, {filler}.")),
        (("a", "Hi! Welcome to Cielo Móvil chat support, I'm {STAFFNAME}. Could you tell me your full name to get started?"),
         ("c", "hola {STAFF}! it's {NAME} 🙂")),
        (("c", "{oye}, my plan got charged twice, {money} and then again {money}, and ahorita I have no data at all."),
         ("a", "I'm so sorry about that. I can see two charges here, let me open a case for the refund.")),
        (("c", "the eSIM never activated 😩 I paid {money} on {date} and still nothing, o sea, no signal"),
         ("a", "Thanks for your patience. I'm escalating this to provisioning, it can take up to {span}.")),
    ),
    "bank": (
        "Banco Horizonte",
        (("a", "Banco Horizonte card services, this is {STAFF}, may I have your full name please?"),
         ("c", "Yes, {NAME}. Pues I'm calling because of a charge I don't recognize.")),
        (("a", "Good morning, you are chatting with {STAFFNAME} from Banco Horizonte. Who am I assisting today?"),
         ("c", "buenos días, {NAME} here")),
        (("c", "There's a purchase of {money} in a store I never went to, tipo, in another city, I was home."),
         ("a", "Understood. I'll block the card right now and file a dispute for that purchase.")),
        (("c", "someone used my card online 😡 {money} at like 3am, I was sleeping"),
         ("a", "I'm sorry to hear that. The card is blocked now and the dispute is open, case {order}.")),
    ),
    "airline": (
        "Aerovía Sur",
        (("a", "Aerovía Sur reservations, {STAFF} speaking. May I have the passenger's name?"),
         ("c", "Sure, the booking is under {NAME}, and my cousin {THIRD} is traveling with me.")),
        (("a", "Welcome to Aerovía Sur messaging. I'm {STAFFNAME}, what's the name on the booking?"),
         ("c", "{NAME}, booking {order}")),
        (("c", "They cancelled my flight to Bogotá for {date} and nobody told me nada, I found out at the airport."),
         ("a", "I apologise for that. I can rebook you for free or refund the fare of {money}, whichever you prefer.")),
        (("c", "my suitcase didn't arrive 😭 it's been {span} already, they told me tomorrow, mañana, and nothing"),
         ("a", "I'm really sorry. I've located the bag; it will be delivered to your address within {span}.")),
    ),
    "shop": (
        "Mercado Nube",
        (("a", "Hello, Mercado Nube customer care, my name is {STAFF}. Can I get your name, please?"),
         ("c", "Hi {STAFF}, I'm {NAME}, from {city}.")),
        (("a", "Hi there! 👋 This is {STAFFNAME} from Mercado Nube. Who do I have the pleasure of chatting with?"),
         ("c", "hi, {NAME} here, {filler} I have a problem with an order")),
        (("c", "My order {order} says delivered but I never got it, the doorman says nothing came, nada."),
         ("a", "That's frustrating, I understand. Let me check with the carrier and set up a replacement.")),
        (("c", "the blender arrived broken, like totally broken 🙃 I paid {money}"),
         ("a", "Oh no, sorry! I've created a return; the courier will pick it up and you'll get the refund in {span}.")),
    ),
    "insurance": (
        "Seguros Ámbar",
        (("a", "Seguros Ámbar claims line, you're speaking with {STAFF}. Who's the policyholder?"),
         ("c", "It's me, {NAME}. Well, my {spouse} {THIRD} too, but I'm the main one.")),
        (("a", "Seguros Ámbar digital assistance, {STAFFNAME} here. Please tell me the policyholder's name."),
         ("c", "good afternoon, the policy is under {NAME}")),
        (("c", "Somebody hit my car in the parking lot, the repair quote is {money}, and ahorita I need the car for work."),
         ("a", "I'm sorry about the accident. I've opened the claim and a loss adjuster will call you within {span}.")),
        (("c", "I sent the hospital invoice on {date} and the claim still says pending 😕"),
         ("a", "Thanks for following up. The claim is in review and should be approved within {span}.")),
    ),
}
