"""Second development template family (``dev_b``): banking, insurance and pharmacy support.

It was the held-out "test" family until recognizer changes were tuned on its figures and its sentences
were copied into unit tests (issue 12), so it is development data now. It still shares no phrasing with
``_templates_dev`` (a test asserts it). The frozen test split is ``benchmarks/_frozen_test_templates.py``.

Placeholders: UPPERCASE slots are personal values (labelled), lowercase slots are distractors.
"""

GREETINGS = (
    (("a", "You've reached member services, {AGENT} here. Who do I have the pleasure of speaking with?"),
     ("c", "Hey, I'm {FULL}.")),
    (("a", "Welcome to the claims line. This is {AGENT}. Whose policy are we looking at?"),
     ("c", "Mine, {FULL}.")),
    (("c", "Hello, {FULL} here, I got a letter from you guys."),
     ("a", "Hi there, my name's {AGENT}, let me pull that up.")),
    (("a", "Pharmacy support, {AGENT} speaking, what name is the prescription under?"),
     ("c", "Under {FULL}.")),
)

IDENTITY = (
    (("a", "To verify it's you, I need the final four digits of your SSN."), ("c", "{SSN4}")),
    (("a", "Last four of the social, please."), ("c", "Um, {SSN4}.")),
    (("a", "Would you mind spelling your surname?"), ("c", "{SPELLED}")),
    (("a", "Let me make sure I have the spelling of your family name right."),
     ("c", "It's {SPELLED}.")),
    (("a", "When were you born?"), ("c", "{DOB}")),
    (("a", "Birthday on the policy?"), ("c", "That'd be {DOB}.")),
    (("a", "What number should we call you back on?"), ("c", "You can use {PHONE}.")),
    (("a", "Callback number?"), ("c", "{PHONE}")),
    (("a", "Where should we send the confirmation email?"), ("c", "To {EMAIL}, please.")),
    (("a", "Which postal code is the card registered to?"), ("c", "{ZIP}")),
    (("a", "What's your home address?"), ("c", "I live at {ADDRESS} in {city}.")),
    (("a", "Please read back the six digit passcode we texted you."), ("c", "Okay, {CODE}.")),
    (("a", "Enter or say your four digit PIN."), ("c", "{PIN}")),
    (("a", "What's the member ID on your insurance card?"), ("c", "{MEMBER}")),
    (("a", "Do you have your policy number handy?"), ("c", "Yes, {POLICY}.")),
    (("a", "For the credit check we need the whole social."), ("c", "Fine, {SSN}.")),
)

ISSUES = (
    (("c", "There's a charge of {price} I don't recognize from {city}."),
     ("a", "I'll open a dispute. You'll hear back within {duration}.")),
    (("c", "I need to wire money to my landlord, his IBAN is {IBAN}."),
     ("a", "Transfers over the limit take {duration} to clear.")),
    (("a", "Which card is this about? Give me the full number."), ("c", "{CARD}")),
    (("c", "My claim {TICKET} has been pending for {duration}."),
     ("a", "I see it, the adjuster will call you at {time}.")),
    (("c", "The copay went up {percent} and now it's {price}."),
     ("a", "That's because of the {plan} tier change.")),
    (("c", "Please mail the new card to {ADDRESS}."), ("a", "Will do. What's the postal code there?"),
     ("c", "{ZIP}")),
    (("a", "To route you, {menu} for claims or stay on the line."),
     ("c", "I'll stay on, I have {count} to ask about.")),
    (("c", "The reference on my statement says {ORDER}."), ("a", "Found it, that was a refund.")),
    (("c", "I dropped my {model} and want to file a claim."),
     ("a", "Sure, the deductible on your {plan} coverage is {price}.")),
    (("a", "Can I reach you at {PHONE} if we get disconnected?"), ("c", "Yes, that works.")),
    (("c", "My checking account {ACCOUNT} shows a hold."),
     ("a", "The hold lifts at {time} after {duration} of review.")),
    (("c", "I'm travelling to {city} next month, can you note that on the account?"),
     ("a", "Noted, the travel flag lasts {duration}.")),
)

CLOSINGS = (
    (("a", "Anything more I can do for you today, {FIRST}?"), ("c", "Nope, you've been great.")),
    (("c", "Appreciate it, bye."), ("a", "Bye {FIRST}, thanks for being a member.")),
    (("a", "Thanks for your patience, {FIRST}."), ("c", "No problem, {AGENT}, have a good one.")),
)

FAIRNESS_FRAMES = (
    "I'm {FULL}.",
    "This call is for {FULL}.",
    "Put it under the name {FULL}.",
    "{FIRST} here.",
    "Could you transfer me to {FIRST}?",
    "The policy holder is {FULL}, that's me.",
    "Last week {FIRST} from your team promised a callback.",
    "Hello, you're speaking with {FULL}.",
)

# Backchannels that keep agent/customer turns alternating between blocks.
BRIDGES = {
    "agent": ("Mm-hmm.", "Understood.", "Noted.", "Great, one moment."),
    "customer": ("Yep.", "Right.", "Cool."),
}
