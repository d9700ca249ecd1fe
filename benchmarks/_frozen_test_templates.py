"""FROZEN test template family: utilities, travel, healthcare, telecom roaming and government services.

Written for the frozen split before any figure on it was seen; never edit it to move a score (a test pins
the generated file's SHA-256). Shares no template with the dev families (a test asserts it).

Placeholders: UPPERCASE slots are personal values (labelled), lowercase slots are distractors. Person
slots: FULL (given + family name), THREE (with a middle name), INITIAL (middle initial), FIRST, LAST,
SPELLED (family name spelled), SPELLEDFULL, AGENT (agent's given name), OTHER / OTHERFIRST (a third
person), WORDNAME (a name that is also an English word).
"""

GREETINGS = (
    (("a", "Northgate Energy, you're speaking with {AGENT}."), ("c", "{FULL}, I'm ringing about my meter.")),
    (("c", "{FIRST} here, my train got cancelled and nobody's answering at the station."),
     ("a", "Sorry to hear that, I'm {AGENT} from the rail helpdesk. Can I take your full name?"),
     ("c", "{THREE}.")),
    (("a", "Surgery reception, {AGENT} speaking."),
     ("c", "Morning, it's {INITIAL}, I had a blood test last week.")),
    (("c", "hi"), ("a", "Hi! You're chatting with {AGENT} from roaming support. Who am I talking to?"),
     ("c", "{FULL}")),
    (("a", "Council tax team, how can I help?"),
     ("c", "{FULL} again, the direct debit still hasn't gone through.")),
    (("a", "Passport enquiries, {AGENT} on the line."),
     ("c", "Hello, I'm calling on behalf of my mum, {OTHER}, she's applying for a renewal.")),
    (("c", "Hello, I was speaking to {OTHERFIRST} earlier and we got cut off."),
     ("a", "Apologies for that. I'm {AGENT}, I can pick it up. What's the name on the account?"),
     ("c", "{WORDNAME}")),
)

IDENTITY = (
    (("a", "Can you confirm your date of birth for me?"), ("c", "{DOB}")),
    (("a", "Lovely, and what birth date have we got for you?"), ("c", "It's {DOB}.")),
    (("a", "Can I take a date of birth from you?"), ("c", "{DOB}")),
    (("a", "What's the postcode at the property?"), ("c", "{POSTCODE}")),
    (("a", "And the postcode?"), ("c", "Yeah it's {POSTCODE}")),
    (("a", "Which postcode is registered with the practice?"), ("c", "{POSTCODE}, I think.")),
    (("a", "Could you spell your surname for me?"), ("c", "{SPELLED}")),
    (("a", "Spell out your full name as it appears on the passport, please."), ("c", "{SPELLEDFULL}")),
    (("a", "Who is the account holder?"), ("c", "{THREE}")),
    (("a", "The order is under which name?"), ("c", "The order is under {LAST}.")),
    (("a", "What name is the booking under?"), ("c", "It should be under {FULL}.")),
    (("a", "Best number to reach you while you're abroad?"), ("c", "{PHONE}")),
    (("a", "Is the mobile still {PHONE}?"), ("c", "Yes that's right.")),
    (("a", "Which email should the e-ticket go to?"), ("c", "{EMAIL}")),
    (("a", "First line of the address?"), ("c", "{ADDRESS}")),
    (("a", "Have you got your meter serial number to hand?"), ("c", "Hang on. Right, {METER}.")),
    (("a", "What's the booking reference?"), ("c", "{BOOKING}")),
    (("a", "Do you know your customer number? It starts with two letters."), ("c", "I think it's {CUSTOMER}.")),
    (("a", "Can I have your NHS number?"), ("c", "{NHS}")),
    (("a", "We've sent a code to your phone, can you read it out?"), ("c", "{CODE}")),
    (("a", "Have you been in touch with us before about this?"),
     ("c", "Yes, my previous chat with {OTHERFIRST} didn't sort it out.")),
    (("a", "And who am I speaking with today?"), ("c", "{WORDNAME}, the account's in my name.")),
)

ISSUES = (
    (("c", "The card ends in a different number, here's the full one: {CARD}."),
     ("a", "And the expiry date on it?"), ("c", "{EXPIRY}"),
     ("a", "Last thing, the three digits on the back."), ("c", "{CVV}")),
    (("c", "I'd like to pay the balance of {price} by card."), ("a", "Go ahead with the long number."),
     ("c", "{CARD}, expiry {EXPIRY}, security code {CVV}.")),
    (("c", "I got charged {price} for data in {city} even though I bought the {plan} bundle."),
     ("a", "I can see those sessions, I'll refund them within {duration}.")),
    (("c", "Roaming stopped working after {time}."), ("a", "Try restarting, then {menu} if it's still down.")),
    (("c", "The bill went up {percent} and I haven't used more gas."),
     ("a", "Let me check the last reading against {METER}.")),
    (("c", "Please refund it to my bank, the IBAN is {IBAN}."),
     ("a", "Thanks {FIRST}, refunds take {duration}.")),
    (("a", "Your outbound train is at {time}, platform change pending."),
     ("c", "Fine, can you put my partner {OTHER} on the same booking?")),
    (("c", "I need to move my appointment, the one with Dr {OTHER}."),
     ("a", "No problem, I can offer {time} on Thursday.")),
    (("c", "My husband {OTHERFIRST} is the one who set up the direct debit."),
     ("a", "I'll need him to call us himself, I'm afraid.")),
    (("c", "The letter was addressed to {INITIAL} but I moved to {ADDRESS}."),
     ("a", "I'll update it. Postcode for the new address?"), ("c", "{POSTCODE}")),
    (("c", "Thank you, {AGENT}, that's much clearer now."), ("a", "You're welcome.")),
    (("c", "{FIRST} {LAST}, that's me, I'm the lead passenger."),
     ("a", "Got it, and the {model} you mentioned is covered as hand luggage.")),
    (("c", "There are {count} on the contract and only one works abroad."),
     ("a", "I'll turn roaming on for all of them.")),
    (("a", "The refund of {price} has been approved."), ("c", "Brilliant, thanks.")),
    (("c", "Can you send the repair engineer between {time} and five?"),
     ("a", "I've booked it, the slot lasts {duration}.")),
    (("c", "Text me on {PHONE} when the vehicle tax is processed."),
     ("a", "Will do, it usually takes {duration}.")),
    (("c", "Just so you know, {OTHER} used to live here, post keeps arriving for them."),
     ("a", "I'll flag the old name on the account.")),
)

CLOSINGS = (
    (("a", "Is there anything else, {FIRST}?"), ("c", "No that's all, thank you, {AGENT}.")),
    (("a", "Thanks for calling, {FIRST}. Have a safe trip."), ("c", "Cheers, bye.")),
    (("c", "Thank you, {AGENT}, you've been really helpful."), ("a", "Take care {FIRST}.")),
    (("a", "I've noted everything, {LAST} household is sorted."), ("c", "Lovely, goodbye.")),
    (("c", "cheers {AGENT} bye"), ("a", "Bye now.")),
)

BRIDGES = {
    "agent": ("Mm-hm.", "One second.", "Lovely.", "Bear with me."),
    "customer": ("Righto.", "Yeah, go on.", "Uh-huh.", "Mhm, okay then."),
}

# One name per utterance for the fairness set; the generic contexts that make names hard are all here.
FAIRNESS_FRAMES = (
    "{FULL}",
    "{FULL}, calling about the gas bill",
    "thank you, {FIRST}",
    "my previous chat with {FULL} went nowhere",
    "the order is under {FULL}",
    "the booking is in the name of {FULL}",
    "{FIRST} here, my flight was moved",
    "is that {FULL} on the line?",
    "it's {FULL}, I changed my surname last year",
    "Please put {FULL} down as the second driver.",
    "Dr {FULL} referred me to the clinic",
    "the prescription is for {FULL}",
    "Hi, {FULL} from flat two.",
    "yes {FULL} speaking",
    "the letter came addressed to {FULL}",
    "I'm {FULL} and my roaming isn't working",
)
