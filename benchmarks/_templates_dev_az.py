"""Fifty-second development template family (``dev_az``), written blind: food and hospitality. Restaurant and table
bookings for a group (the host and guests named, a dietary need per guest), takeaway and grocery delivery complaints
(the courier by first name, a neighbour who took the bag in), catering for weddings, wakes and birthdays (the couple,
the person the wake is for, the birthday child), hotel front desks and room service (a guest asking for another guest),
staffing agencies for bar and kitchen work. The person talked about is named before the caller; people are named
without a cue; one person is named several ways (the name on the app or loyalty card, the full name, an older name);
a name is spelled letter by letter or with NATO words. Speech about half, typed chats, forms and e-mails the rest.
Look-alikes that are not personal data: dishes and drinks named after people (a margherita, eggs benedict, beef
wellington), restaurants, hotels and caterers, towns, roles, everyday uses of the word names (basil pesto, plum
crumble), chefs as NEUTRAL spans. Values of ten home countries (``_hospitality_dev_az``).
"""
from __future__ import annotations

import importlib

from benchmarks._staged_assembly import family_glue

ORGS = {"booking": ("The Copper Ladle", "Saltmarsh Kitchen"),
        "delivery": ("Dashbasket", "GrocerGo"),
        "catering": ("Silverleaf Catering", "Hearth and Table Events"),
        "hotel": ("the Harbourview Hotel", "Larchmont House Hotel"),
        "agency": ("ShiftChef Staffing", "Barline Agency")}
OPEN_ASR = (  # the person talked about first, the caller's own name often late
    (("a", "{org} reservations, {STAFF} here, what can I book for you?"), ("c", "hiya it's for {KINF}'s sixtieth we need a big table on saturday night")),
    (("a", "You're through to {org} customer care, it's {STAFFNAME}."), ("c", "hi so i ordered the shopping for {KINF} and the driver left it with {WF} across the road")),
    (("a", "{org} events desk, {STAFF} speaking."), ("c", "hello {KINF} asked me to ring about the wake for {JF} on thursday you wanted numbers by today")),
    (("a", "Good evening, {org} front desk, {STAFFNAME} speaking."), ("c", "hi i'm trying to get hold of {KINF} {heK} checked in with you last night")),
    (("a", "{org}, {STAFF} on the placements desk."), ("c", "morning {KINF} did a bar shift through you last friday and still hasn't been paid")),
    (("a", "{org} party bookings, {STAFF} here."), ("c", "hi it's about the party for {KINF}'s little one {B} who turns five on sunday")),
)
OPEN_CHAT = (
    (("c", "Group booking request\nHost: {NAME}\nGuest of honour: {KINFORM}\nParty size: 14\nDietary: one vegan, two coeliac"), ("a", "Thanks for sending that over. {STAFF} from reservations here.")),
    (("c", "Hi, the grocery order for my {kin} {KINF} came without the frozen bits and the courier {MF} marked it delivered."), ("a", "So sorry about that. {STAFFNAME} from customer care, let me look.")),
    (("c", "Hello,\n\nWe'd like a quote for the wedding of {JF} and {WF} in June, about ninety guests. My {kin} {KINF} is paying, so please copy {himK} in.\n\nBest,\n{NAME}"), ("a", "Hi {GIVEN},\n{STAFFNAME} in events; congratulations to the couple!")),
    (("c", "Room service complaint\nGuest: {NAME}\nRoom booked by: {KINFORM}\nIssue: breakfast ordered for half seven came at nine"), ("a", "Apologies for that. {STAFF} from the front office here.")),
    (("a", "Hi, {STAFFNAME} from {org} here, how can I help?"), ("c", "hi, my {kin} {KINF} was sent to a kitchen job on monday and the manager {JF} sent {himK} home after an hour")),
    (("c", "Birthday party order\nOrdered by: {NAME}\nParent: {KINFORM}\nBirthday child: {B}\nNumbers: 20 children, 10 adults"), ("a", "Thanks, {STAFF} from the events team here.")),
)
OPENS = {"booking": ((0,), (0,)), "delivery": ((1,), (1,)), "catering": ((2, 5), (2, 5)), "hotel": ((3,), (3,)),
         "agency": ((4,), (4,))}
LATE_NAME = (
    (("a", "Sorry, I didn't catch who I'm speaking with?"), ("c", "{NAME} i'm sorting the food side as {hisK} {relation}")),
    (("a", "And what name shall I put you down under?"), ("c", "oh {NAME}")),
    (("a", "And the lead name for the booking, please?"), ("c", "{FORM}")),
    (("a", "Is this {KIN} I'm talking to?"), ("c", "no no {hisK} {relation} {NAME}")),
)
ID_STEPS = (
    (("a", "Could I take {KIN}'s date of birth for the record?"), ("c", "{KDOB}")),
    (("a", "We need an ID number for {himK} to check the account."), ("c", "one sec it's on {hisK} card {KNID}")),
    (("a", "And your own ID number, please, so I know it's you."), ("c", "{NID}")),
    (("a", "What's the address for the invoice, {postname} included?"), ("c", "{ADDR}, {POST}")),
    (("a", "Is {TEL} still good for the courier or the desk to ring?"), ("c", "{no} that one's gone try {ALT} now")),
    (("a", "Where should the confirmation go by e-mail?"), ("c", "{MAIL}")),
    (("a", "How is the surname on the booking spelled?"), ("c", "{KINSPELT}")),
    (("a", "Your date of birth as well, please, to match the account."), ("c", "{DOB}")),
)
LINE_STEPS = {
    "booking": (("a", "Have you a booking reference from the confirmation?"), ("c", "{TABLE}")),
    "delivery": (("a", "Which order number was it on the app?"), ("c", "{DELIV}")),
    "catering": (("a", "Is there an invoice number on the quote we sent?"), ("c", "{INVOICE}")),
    "hotel": (("a", "Could you read me the reservation number from the e-mail?"), ("c", "{STAY}")),
    "agency": (("a", "What's the worker number on the timesheet?"), ("c", "{SHIFT}")),
}
STORY = {
    "booking": ((("c", "{A} is coeliac and {B} won't touch anything with nuts"), ("a", "I'll flag both on the table plan.")),
                (("c", "{WF} and {JF} are driving down so they might be a bit late"), ("a", "No problem, we hold a table for twenty minutes.")),
                (("c", "on your app it's under {KINDISP} but {hisK} proper name's {KINF}"), ("a", "Got it, I'll put the full name on the booking.")),
                (("c", "the guest list so far is me {A} {B} {WF} and {KIN}"), ("a", "I'll leave room for a few more.")),
                (("c", "last time {heK} booked as {KINBORN} so look under that"), ("a", "I'll search the older name as well."))),
    "delivery": ((("c", "the app said {MF} dropped it off at six"), ("a", "I'll check {M}'s photo of the drop.")),
                 (("c", "{WF} next door took the bag in but the ice cream had all melted"), ("a", "I'll refund the frozen items, and thanks to {W} for taking it.")),
                 (("c", "{B} placed the order from my account"), ("a", "That's fine, {B}'s order shows on your history.")),
                 (("c", "it says {KINDISP} on the receipt but it's {KINF} who lives there"), ("a", "Understood, the app name doesn't change the drop.")),
                 (("c", "{KINF} can't lift heavy bags so the driver has to bring them in"), ("a", "I'll add that note for the courier."))),
    "catering": ((("c", "{MF} the chef came out to us for the tasting"), ("a", "{M} said it was a lovely visit.")),
                 (("c", "{WF} is doing the flowers so can {W} get in at ten"), ("a", "Yes, the room opens at nine for suppliers.")),
                 (("c", "{B} and the other little ones will want plain pasta"), ("a", "We'll do a children's platter."), ("c", "perfect")),
                 (("c", "{A} is vegan {B} eats halal and {KIN} can't have dairy"), ("a", "I'll mark three special meals.")),
                 (("c", "{KINF} used you before as {KINBORN}"), ("a", "I'll search under both names."))),
    "hotel": ((("c", "{KINF} is in room four twelve i think but {heK} isn't answering"), ("a", "I can't give out room numbers, but I can pass a message on.")),
              (("c", "the porter {MF} said {JF} on the late shift would sort the extra bed"), ("a", "{J} is on tonight, I'll remind {J}.")),
              (("c", "we ordered room service for {A} and {B} and it never turned up"), ("a", "I'll speak to the kitchen straight away.")),
              (("c", "{WF} from our party left a bag at reception for {KIN}"), ("a", "I'll let {KIN} know when {heK} comes down."))),
    "agency": ((("c", "{JF} the kitchen manager told {himK} not to come back"), ("a", "I'll ask {J} what happened on the day.")),
               (("c", "{MF} at your office put {himK} forward for the bar job"), ("a", "Yes, {M} handles the bar placements.")),
               (("c", "{heK} covered a double with {WF} on saturday"), ("a", "I'll check {W}'s timesheet against it.")),
               (("c", "the timesheet has {hisK} name as {KINDISP} so payroll can't find {himK}"), ("a", "I'll match it to the full name."))),
}
FOLLOW = (
    (("a", "Could I have the spelling of {W}'s surname?"), ("c", "{WSPELT}")),
    (("a", "Have you a mobile for {KIN} in case the driver or the desk needs {himK}?"), ("c", "{KTEL}")),
    (("a", "And how do you spell {A}'s surname?"), ("c", "{ASPELT}")),
    (("a", "I'll pass this to {LS}, our manager."), ("c", "{yes} {heL} e-mailed me from {LMAIL}")),
)
RECAP = (
    (("a", "Noted that you're arranging this for {KIN}."), ("c", "{yes}")),
    (("a", "I've added {J} to the notes too."), ("c", "{thanks}")),
    (("a", "{M} will be told about this today."), ("c", "{thanks}")),
    (("a", "I can see {PREVG} dealt with this last week."),),
)
CLOSE_ASR = (
    (("a", "That's all booked, {title} {SURNAME}; the confirmation will follow."), ("c", "lovely stuff thanks {STAFF} see you saturday")),
    (("a", "Give my best to {KIN}."), ("c", "i will ta ra")),
    (("a", "I've logged all of that for you."), ("c", "brilliant cheers {STAFF}")),
    (("a", "Have a good evening, {GIVEN}."), ("c", "and you thanks again")),
)
CLOSE_CHAT = (
    (("a", "Is there anything more I can help with, {GIVEN}?"), ("c", "That's everything, many thanks {STAFF}.\n\n{NAME}")),
    (("a", "A confirmation e-mail is on its way."), ("c", "Perfect, thanks.\n\nWarm regards,\n{NAME}\n{ADDR}\n{POST}")),
    (("a", "Warmest regards from all of us,\n{STAFFNAME}\n{staffrole}, {org}"), ("c", "Much obliged\n\n{SURNAME}")),
    (("c", "With thanks from us both,\n{NAME} and {KINF}"), ("a", "It's a pleasure, see you on the day.")),
    (("a", "Thank you {title} {SURNAME}, that's all sorted."), ("c", "Wonderful, thanks {STAFF}!")),
)
SMALLTALK = (
    (("c", "{KIN} always orders {dish}"), ("a", "It's one of our most popular plates.")),
    (("c", "{heK} was raised just outside {place} so {heK} knows good food"), ("a", "Oh lovely, I've always wanted to eat my way round there.")),
    (("c", "we had the last one in {venue}"), ("a", "That's a nice space for a group.")),
    (("c", "can you make sure there's {product}"), ("a", "Yes, I'll add it to the notes.")),
    (("c", "the kids still talk about {phrase}"), ("a", "Ha, that's good to hear.")),
    (("c", "{KIN} will want {drink} before anything else"), ("a", "We can have one waiting.")),
    (("c", "{KIN} watches {FIGURE} on the telly every night"), ("a", "Ha, we get a lot of fans in.")),
    (("a", "Our head chef trained under {FIGURE}, so you're in good hands."), ("c", "oh fancy")),
    (("c", "is it true {FIGURE} ate there once"), ("a", "So the story goes!")),
    (("a", "After ten the number to ring is {helpline}."), ("c", "got it ta")),
    (("c", "{role} said i should call you"), ("a", "Yes, we're the right team for that.")),
    (("c", "the deposit was {money}"), ("a", "Yes, I can see that's been paid.")),
    (("c", "there was an earlier order {order}"), ("a", "That one's closed now.")),
    (("c", "the e-mail from {date} said it was confirmed"), ("a", "Apologies for the mix-up.")),
    (("c", "we used {firm} last time"), ("a", "We hear that a lot!")),
    (("c", "i'll have {dish} myself"), ("a", "Good choice.")),
)
FAIRNESS_ASR = (
    "{NAME} took the shopping in for me",
    "the table's booked under {NAME}",
    "{GIVEN} is the one with the nut allergy",
    "{NAME} delivered it but it was all squashed",
    "the wake is for {NAME} on friday",
    "can you put me through to {NAME}'s room",
)
FAIRNESS_CHAT = (
    "Host: {NAME}",
    "Guest with a dietary need: {NAME}",
    "Please write Happy Birthday {GIVEN} on the cake.",
    "Kind regards,\n{NAME}\nEvents Coordinator",
    "{GIVEN} signed for the catering trays.",
    "Please leave a message for {NAME} at reception.",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("sakha", "buryat", "chamorro", "garifuna", "faroese", "romani", "word_given", "english_reference")
GREETINGS = OPEN_ASR + OPEN_CHAT
IDENTITY = LATE_NAME + ID_STEPS + tuple(LINE_STEPS.values()) + FOLLOW + SMALLTALK + RECAP
ISSUES = tuple(b for v in STORY.values() for b in v)
CLOSINGS = CLOSE_ASR + CLOSE_CHAT
BRIDGES = {"agent": ("Right, I'm with you so far.",), "customer": ("yeah so anyway",)}
CHAT_IN_TWENTY = (1, 3, 5, 8, 10, 12, 15, 17, 19)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_az import NameSourceAZ
    from benchmarks._profile_dev_az import ProfileAZ

    return ProfileAZ, NameSourceAZ


def style_of(index: int) -> str:
    """Nine conversations in twenty are typed chats, forms or e-mails (45 %), eleven spoken."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_az", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Kind regards")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_az").assemble(index, split_name, style_of(index), names, rng)
