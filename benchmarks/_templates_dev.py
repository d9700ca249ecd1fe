"""Dev template family: telecom and online-retail support calls and chats.

Placeholders: UPPERCASE slots are personal values (labelled), lowercase slots are distractors (never
labelled). ``a`` = agent turn, ``c`` = customer turn. The second dev family lives in
``_templates_dev_b`` and shares no phrasings with this one; the frozen test split has its own templates.
"""

GREETINGS = (
    (("a", "Thank you for calling, my name is {AGENT}. Who am I speaking with today?"),
     ("c", "Hi {AGENT}, this is {FULL}.")),
    (("a", "Thanks for contacting support, you're chatting with {AGENT}. May I have your full name?"),
     ("c", "Sure, it's {FULL}.")),
    (("a", "Hello and welcome, I'm {AGENT}. Can I get your first and last name please?"),
     ("c", "Yes, {FULL}.")),
    (("a", "Good afternoon, {AGENT} speaking. How can I help you?"),
     ("c", "Hi, my name is {FULL} and I have a question about my bill."),
     ("a", "Happy to help with that.")),
)

IDENTITY = (
    (("a", "Can I get the last four of your social?"), ("c", "{SSN4}")),
    (("a", "For verification, what are the last four digits of your social security number?"),
     ("c", "It's {SSN4}.")),
    (("a", "Could you spell your last name for me?"), ("c", "{SPELLED}")),
    (("a", "And how do you spell that last name?"), ("c", "Sure, {SPELLED}.")),
    (("a", "And your date of birth?"), ("c", "{DOB}")),
    (("a", "Can you confirm your date of birth please?"), ("c", "Yeah, it's {DOB}.")),
    (("a", "What's the best number to reach you?"), ("c", "{PHONE}")),
    (("a", "Is the phone number on the account still current?"),
     ("c", "No, the new one is {PHONE}.")),
    (("a", "What email address do you have on file?"), ("c", "{EMAIL}")),
    (("a", "Can I get your zip code?"), ("c", "{ZIP}")),
    (("a", "What's the service address?"), ("c", "{ADDRESS}, {city}.")),
    (("a", "And the billing zip?"), ("c", "It's {ZIP}.")),
    (("a", "I just sent a one-time code to your phone. Can you read it to me?"), ("c", "{CODE}")),
    (("a", "What's your account PIN?"), ("c", "{PIN}")),
    (("a", "Could I have your account number?"), ("c", "Sure, it's {ACCOUNT}.")),
    (("a", "I'll need your full social security number to open the new line."),
     ("c", "Okay, {SSN}.")),
)

ISSUES = (
    (("c", "I was charged {price} twice this month on my {plan} plan."),
     ("a", "I see that, I'll refund the duplicate charge within {duration}.")),
    (("c", "My {model} keeps dropping calls since the update."),
     ("a", "Let's try a reset. Go to settings and {menu} for network options.")),
    (("c", "I want to add {count} to my plan."),
     ("a", "Sure, that's {price} per month each with {percent} off for the first year.")),
    (("c", "I'm calling about order {ORDER}, it never arrived."),
     ("a", "I see it shipped to {city}. It should arrive by {time} tomorrow.")),
    (("a", "Can you give me the order number?"), ("c", "{ORDER}")),
    (("c", "I'd like to pay the balance with my card."), ("a", "Go ahead with the card number."),
     ("c", "{CARD}")),
    (("c", "Can you update my email to {EMAIL}?"), ("a", "Done, it can take {duration} to update.")),
    (("c", "I moved, the new address is {ADDRESS}."), ("a", "Thanks, and the zip code?"),
     ("c", "{ZIP}")),
    (("c", "The refund should go to my bank account, IBAN {IBAN}."),
     ("a", "Got it, allow {duration} for the transfer.")),
    (("c", "My ticket number from last time is {TICKET}."),
     ("a", "Thanks, I see the notes. The technician visit is at {time}.")),
    (("a", "Our {plan} plan is {price} a month, about {percent} less than what you pay now."),
     ("c", "That sounds good, I only use {count} anyway.")),
    (("c", "I'm in {city} this week and my {model} has no signal."),
     ("a", "There's an outage there, it should be fixed in {duration}.")),
)

CLOSINGS = (
    (("a", "Is there anything else I can help you with, {FIRST}?"), ("c", "No, that's all, thanks.")),
    (("a", "Alright {FIRST}, you're all set. Have a great day."), ("c", "Thanks {AGENT}, you too.")),
    (("c", "Thank you so much for your help."), ("a", "My pleasure, {FIRST}. Take care.")),
)

FAIRNESS_FRAMES = (
    "My name is {FULL}.",
    "Hi, this is {FULL} calling about my bill.",
    "The account is under {FULL}.",
    "Yes, {FIRST} speaking.",
    "Can I talk to {FIRST} please?",
    "{FULL} here, I need to reset my password.",
    "I spoke with {FIRST} yesterday and she said it was fixed.",
    "It's {FULL}, the primary account holder.",
)

# Backchannels that keep agent/customer turns alternating between blocks.
BRIDGES = {
    "agent": ("Okay.", "Got it, thank you.", "Alright.", "Perfect."),
    "customer": ("Okay.", "Sure.", "Alright, thanks."),
}
