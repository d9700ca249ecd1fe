"""Third development template family (``dev_c``): insurance claims, pharmacy refills, car rental, broadband
installs, pensions, food delivery, school admissions and card fraud, in the ways callers really talk.

Written to predict unseen data better than ``dev``/``dev_b`` (issue 12): corrections ("no sorry"),
read-backs, names with no cue, after "thank you", "under", "for", third persons (a child, a spouse), spelled
names in irregular chunks, postcodes (UK/CA/IE/NL), card expiry and CVV, references, many date orders.
Names come from a source the lexicon never read (``_names_dev_c``); values from ``_values_dev_c``.
Shares no phrasing with the other families (tests). Placeholders as in ``_templates_dev``.
"""

GREETINGS = (
    (("a", "Claims team, {AGENT} speaking."), ("c", "Oh hi, yeah, {FULL}, I'm ringing about the car.")),
    (("a", "Good morning, you're through to Harbour Pharmacy, it's {AGENT}."),
     ("c", "Morning, {FIRST} here, well, {FULL}, I've got a refill to sort out.")),
    (("c", "{FULL} speaking."), ("a", "Sorry, who's calling?"), ("c", "{FULL}, I said, about my pension.")),
    (("a", "Thanks for holding, this is {AGENT} at rentals. Can I take a name for the booking?"),
     ("c", "It should be under {LAST}, {FIRST} {LAST}.")),
    (("a", "Broadband installs, {AGENT}. Who's the account holder?"),
     ("c", "That'd be my husband, {OTHER}, but I'm {FIRST}, I'm on it too.")),
    (("a", "Hiya, you've reached the admissions office."),
     ("c", "Hi, I'm calling for my son, {OTHER}, he starts in September."),
     ("a", "Lovely, and your name?"), ("c", "{FULL}, I'm his mum.")),
    (("c", "Hello? Hello, yes, it's {FULL}, someone called me about a fraud alert."),
     ("a", "Thanks {FIRST}, you're speaking with {AGENT} from the fraud team.")),
    (("a", "Delivery support, how can I help?"), ("c", "Yeah hi, order for {FIRST}, it never turned up.")),
)

IDENTITY = (
    (("a", "Can you spell the surname for me?"), ("c", "{SPELLED}"), ("a", "Got it, thank you.")),
    (("a", "And the first name, how's that spelt?"), ("c", "Yeah so it's {SPELLFIRST}.")),
    (("a", "Sorry, the line's bad, spell the last name again?"), ("c", "Sure, {LAST}, that's {SPELLED}.")),
    (("a", "Date of birth on the claim?"), ("c", "{DOB}")),
    (("a", "What's your birthday, just for security?"), ("c", "It's {DOB_OOPS}, no sorry, {DOB}.")),
    (("a", "Can I have the date of birth of the member?"), ("c", "Um, {DOB} I think, yeah, {DOB}.")),
    (("a", "What's a good contact number?"), ("c", "My mobile, {PHONE}.")),
    (("a", "Best number for the engineer to ring?"), ("c", "{PHONE_OOPS}, no wait, that's the old one, {PHONE}.")),
    (("a", "Let me read that back, {PHONE}?"), ("c", "That's it, yeah.")),
    (("a", "And an email for the receipt?"), ("c", "Yeah it's {EMAIL}.")),
    (("a", "Which email should the documents go to?"), ("c", "{EMAIL}, all lower case.")),
    (("a", "What's the postcode of the property?"), ("c", "{POSTCODE}")),
    (("a", "And the first line of the address?"), ("c", "{ADDRESS}"), ("a", "And the postcode there?"),
     ("c", "It's {POSTCODE}.")),
    (("a", "Where are we delivering to?"), ("c", "{ADDRESS}, the buzzer doesn't work though.")),
    (("a", "Have you got the claim reference?"), ("c", "Yes, {CLAIM}.")),
    (("a", "What's the booking reference? Six characters."), ("c", "{BOOKING}")),
    (("a", "Could you read me the prescription number off the label?"), ("c", "It says {RX}.")),
    (("a", "Sort code and account number for the pension payments?"), ("c", "{SORTACCT}")),
    (("a", "National Insurance or member number, whichever you have."), ("c", "Member number, {MEMBER}.")),
    (("a", "We'll text you a code, read it out when it arrives."), ("c", "Okay it's here, {CODE}.")),
    (("a", "What's the long number across the front of the card?"), ("c", "{CARD}")),
    (("a", "And the expiry?"), ("c", "{EXPIRY}"), ("a", "Three digits on the back?"), ("c", "{CVV}")),
    (("a", "Which card did you pay with?"), ("c", "The one ending {CARD4}, expires {EXPIRY}.")),
    (("a", "Is the policy under your name?"), ("c", "No, it's under {OTHER}, my wife.")),
    (("a", "Who's the named driver?"), ("c", "Just me and {OTHERFIRST}."), ("a", "{OTHERFIRST}'s full name?"),
     ("c", "{OTHER}.")),
)

ISSUES = (
    (("c", "Someone took {price} out at {time} and it wasn't me."),
     ("a", "I've blocked the card, a new one takes {duration}.")),
    (("c", "The engineer never showed, I took {duration} off work."),
     ("a", "I'm sorry, I can rebook you for {time} tomorrow.")),
    (("c", "My daughter {OTHERFIRST} needs a place in year seven."),
     ("a", "Applications close in {duration}, I'll email the form to {EMAIL}.")),
    (("c", "The rider left it at {ADDRESS} which isn't even my flat."),
     ("a", "I'll refund the {price} now.")),
    (("c", "Can you send the pension statement to my new place, {ADDRESS}, {POSTCODE}?"),
     ("a", "Updated, it goes out in {duration}.")),
    (("c", "The pharmacist said to ask for {OTHER} about the dosage."),
     ("a", "She's in at {time}, I'll pass it on.")),
    (("c", "I was charged {percent} more than the quote."), ("a", "That's the {plan} excess, sorry.")),
    (("a", "Is {PHONE} still the best number?"), ("c", "Yep, same number.")),
    (("c", "The car had a scratch when I collected it in {city}."),
     ("a", "Noted on booking {BOOKING}, no charge for that.")),
    (("c", "My neighbour {OTHER} can sign for it if I'm out."), ("a", "No problem, I've added a note.")),
    (("c", "Thank you {AGENT}, really, that's a weight off."), ("a", "You're very welcome, honestly.")),
    (("c", "Put the refund on the card ending {CARD4}."), ("a", "Done, {duration} to show.")),
    (("a", "For the transfer I'll need the IBAN."), ("c", "Sure, it's {IBAN}.")),
    (("c", "Option {menu} kept cutting me off."), ("a", "Sorry about that, you've got me now.")),
    (("c", "Last time I spoke to {OTHERFIRST} and she said it was sorted."),
     ("a", "I can see the notes, let me check.")),
)

CLOSINGS = (
    (("a", "Was there anything else at all, {FIRST}?"), ("c", "No that's everything, cheers.")),
    (("c", "Right, thanks."), ("a", "Thank you {FIRST}, take care.")),
    (("a", "Okay {FULL}, that's all booked."), ("c", "Brilliant, thank you {AGENT}.")),
    (("c", "Thanks for your help, bye."), ("a", "Bye now {FIRST}.")),
)

FAIRNESS_FRAMES = (
    "{FULL}, calling about a claim.",
    "Ah thank you {FIRST}, appreciated.",
    "The van hire is booked under {FULL}.",
    "Yeah the appointment is for {FULL}.",
    "Is {FIRST} about, could I have a word?",
    "My name's {FULL}, I had a missed call.",
    "The prescription's for {FULL}.",
    "{FIRST} spoke to me last week about it.",
)

BRIDGES = {
    "agent": ("Okay.", "Lovely stuff.", "Bear with me a sec.", "Right, got that."),
    "customer": ("Mhm.", "Yeah.", "Okay."),
}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_c import NameSourceC
    from benchmarks._profile_dev_c import ProfileC

    return ProfileC, NameSourceC
