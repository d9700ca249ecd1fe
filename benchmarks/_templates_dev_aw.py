"""Forty-ninth development template family (``dev_aw``), written blind: motoring. Car dealerships and sales (a car
bought for or with someone else, a part-exchange, finance in a partner's name), garages and service / MOT bookings (a
car dropped off by a neighbour or a relative, the mechanic named by first name), breakdown call-outs (the driver and
passengers named, someone else's car), car hire with named extra drivers, parking permits and penalty appeals (the
registered keeper vs the driver), driving licences and vehicle registration. The person talked about is named before
the caller; people are named without a cue; one person is named several ways; a name is spelled with NATO words.
Speech about half, typed chats, forms and e-mails the rest. Look-alikes that are not personal data: car makes and
models that are also names, company and courtesy car plates, dealerships and garages, towns, roads, roles, everyday
uses of the word names, public figures as NEUTRAL spans. Values of ten home countries (``_motoring_dev_aw``).
"""
from __future__ import annotations

import importlib

from benchmarks._staged_assembly import family_glue

ORGS = {"dealer": ("Northway Motors", "Kestrel Car Sales"),
        "garage": ("Ashgrove Garage", "QuickFit Autocentre"),
        "breakdown": ("RoadAssist", "Swift Rescue"),
        "hire": ("Sunline Car Hire", "Motorvate Rentals"),
        "parking": ("CityPark Enforcement", "Eastborough Council Parking"),
        "licensing": ("the Vehicle Licensing Centre", "DriveRight Licensing Services")}
OPEN_ASR = (  # the person talked about first, the caller's own name often late
    (("a", "{org} sales, this is {STAFF}."), ("c", "hiya i'm ringing about the car {KINF} put a deposit on {heK} wants it in my name as well")),
    (("a", "{org} workshop, {STAFFNAME} speaking."), ("c", "morning {WF} from next door dropped my {kin}'s car off with you for the mot")),
    (("a", "{org} rescue line, {STAFF} here, is everyone safe?"), ("c", "yeah we're on the hard shoulder it's {KINF}'s car and {heK} was driving")),
    (("a", "Thanks for calling {org}, {STAFFNAME} on the rental desk."), ("c", "hi i need to add {KINF} as a second driver on the hire")),
    (("a", "{org} appeals, you're speaking with {STAFF}."), ("c", "hello i got a parking ticket but it was {KINF} driving not me")),
    (("a", "{org}, {STAFFNAME} on the licensing line."), ("c", "hi there {KINF} has lost {hisK} driving licence and asked me to sort the new one")),
)
OPEN_CHAT = (
    (("c", "Hi, my {kin} {KINF} is part-exchanging {hisK} old car with you and the finance is going in my name."), ("a", "Hello, {STAFFNAME} from the sales team. Happy to help with that.")),
    (("c", "Service booking\nVehicle keeper: {KINFORM}\nDropped off by: {WF}\nContact: {NAME}"), ("a", "Thanks, {STAFF} here at the service desk. I've found the booking.")),
    (("c", "Breakdown report\nDriver: {KINFORM}\nPassengers: {AF}, {BF}\nMember: {NAME}"), ("a", "Thank you, {STAFF} on the rescue team. A patrol is being assigned now.")),
    (("c", "Hello,\n\nPlease add {JF} as an additional driver to my rental. The car will be collected by {J} on Friday.\n\nRegards,\n{NAME}"), ("a", "Dear {GIVEN},\nThis is {STAFFNAME} from reservations; I can add a driver for you.")),
    (("a", "Welcome to {org} online appeals, {STAFFNAME} here."), ("c", "hi, the car is registered to me but {KINF} had it that day, {heK} parked it outside the school")),
    (("c", "Hi\n\n> On {date}, {PREV} wrote:\n> Your replacement licence application has been received.\n\nIt's been six weeks and {KINF} still hasn't got {hisK} licence back."), ("a", "Apologies for the wait. {STAFF} here, I'm picking this up from {PREVG}.")),
)
OPENS = {"dealer": ((0,), (0,)), "garage": ((1,), (1,)), "breakdown": ((2,), (2,)), "hire": ((3,), (3,)),
         "parking": ((4,), (4,)), "licensing": ((5,), (5,))}
LATE_NAME = (
    (("a", "And can I take your name?"), ("c", "{NAME} i'm {hisK} {relation} by the way")),
    (("a", "Sorry, who am I speaking with about the car?"), ("c", "it's {NAME} here")),
    (("a", "What name is on the booking?"), ("c", "{FORM}")),
    (("a", "Are you {KIN} yourself?"), ("c", "no i'm the {relation} my name's {NAME}")),
)
ID_STEPS = (
    (("a", "What's {KIN}'s date of birth, for the driver record?"), ("c", "{KDOB}")),
    (("a", "Do you have {hisK} licence or ID number there?"), ("c", "hang on yeah it's {KNID}")),
    (("a", "And your own licence or ID number, please."), ("c", "{NID}")),
    (("a", "Where is the car kept, with the {postname}?"), ("c", "{ADDR}, {POST}")),
    (("a", "Is {TEL} still a good number to ring you back on?"), ("c", "{no} try {ALT} instead")),
    (("a", "Which e-mail shall the documents go to?"), ("c", "{MAIL}")),
    (("a", "Can you spell {hisK} surname for the paperwork?"), ("c", "{KINSPELT}")),
    (("a", "And your date of birth too, please."), ("c", "{DOB}")),
)
LINE_STEPS = {
    "dealer": (("a", "Have you got the finance agreement number?"), ("c", "{FIN}")),
    "garage": (("a", "Do you have the booking reference from the text?"), ("c", "{SRV}")),
    "breakdown": (("a", "I'll give you a job number for this call-out."), ("c", "go on i'll write it down {JOB}")),
    "hire": (("a", "What's the rental agreement number?"), ("c", "{HIRE}")),
    "parking": (("a", "Can you read me the penalty notice number?"), ("c", "{PCN}")),
    "licensing": (("a", "Is there an application reference on the letter?"), ("c", "{LIC}")),
}
STORY = {
    "dealer": ((("c", "{MF} showed us round the cars and {heM} said the trade-in price would hold"), ("a", "I'll check that with {M} before we sign anything.")),
               (("c", "the finance is going in {A}'s name because {heA} has the better credit score"), ("a", "Then {A} will need to sign the agreement too.")),
               (("c", "{JF} had the car before us so the logbook still shows {hisJ} name"), ("a", "That's normal, the keeper changes once it's sold.")),
               (("c", "{KIN} test drove it with {B} on saturday"), ("a", "Lovely, I'll note the test drive on the file."))),
    "garage": ((("c", "{MF} did the brakes last time and we'd like {himM} again"), ("a", "I'll ask for {M} on your job card.")),
               (("c", "{B} will collect it after work as i'm away"), ("a", "Fine, {B} can sign for the keys.")),
               (("c", "{WF} has the spare key so ring {himW} if you need it"), ("a", "Okay, we'll call {W} if it comes to that."), ("c", "yeah {heW} knows you might")),
               (("c", "the courtesy car went back with {J} on tuesday"), ("a", "Thanks, I'll mark it returned."))),
    "breakdown": ((("c", "{A} and {BF} are in the car with me"), ("a", "Keep everyone behind the barrier, please.")),
                  (("c", "it's not my car it belongs to {WF} {heW} lent it for the weekend"), ("a", "That's fine, your cover is personal so it still counts.")),
                  (("c", "the patrol last time was {MF} and {heM} said the battery was on its way out"), ("a", "I'll add a note for the patrol about the battery."))),
    "hire": ((("c", "{JF} and {A} will both be driving"), ("a", "Both extra drivers need their licences at the counter.")),
             (("c", "{B} is picking the car up because my flight lands late"), ("a", "Then {B} needs to bring the card it was booked on.")),
             (("c", "{MF} at the desk said the upgrade was free"), ("a", "I'll check with {M} what was promised."))),
    "parking": ((("c", "i'm the registered keeper but {KIN} was driving so it should go to {himK}"), ("a", "You can name the driver on the appeal form.")),
                (("c", "{WF} said we could park on {hisW} drive so we weren't on the street at all"), ("a", "A letter from {W} would help the appeal.")),
                (("c", "the warden {MF} told {A} it was fine to wait there"), ("a", "I'll put that in the notes for the appeals officer.")),
                (("c", "{B} needs a visitor permit when {heB} comes to help with mum"), ("a", "Visitor permits are bought in books of ten."))),
    "licensing": ((("c", "{KIN} moved house in the spring and the licence still shows the old address"), ("a", "We can change the address on {hisK} licence for free.")),
                  (("c", "the car was bought from {JF} but {heJ} never sent the logbook off"), ("a", "Then {J} is still shown as the keeper.")),
                  (("c", "{MF} at the test centre said the photo was fine"), ("a", "I'll check it against what {M} entered."))),
}
FOLLOW = (
    (("a", "How would {W}'s surname be spelled, for the form?"), ("c", "{WSPELT}")),
    (("a", "Is there a mobile we can reach {KIN} on?"), ("c", "{KTEL}")),
    (("a", "And {A}'s name letter by letter, please."), ("c", "{ASPELT}")),
    (("a", "I'll copy my manager {LS} into the e-mail."), ("c", "{yes} {heL} uses {LMAIL}")),
)
RECAP = (
    (("a", "So the car is {KIN}'s and you're dealing with it for {himK}."), ("c", "{yes}")),
    (("a", "And {J} stays on the record as well."), ("c", "{thanks}")),
    (("a", "{M} will be in touch about the time."), ("c", "{thanks}")),
    (("a", "I'll add this to {PREVG}'s note from before."),),
)
CLOSE_ASR = (
    (("a", "You're all set, {title} {SURNAME}; a reminder text comes the day before."), ("c", "great thanks {STAFF} bye bye")),
    (("a", "Tell {KIN} we said hello."), ("c", "will do ta bye")),
    (("a", "Okay, that's done and dusted."), ("c", "cheers {STAFF} appreciate it")),
    (("a", "Drive safely, {GIVEN}."), ("c", "you too thanks bye")),
)
CLOSE_CHAT = (
    (("a", "That's everything updated, {GIVEN}. Anything else today?"), ("c", "No, that's it. Thank you {STAFF}.\n\n{NAME}")),
    (("a", "The documents are in the post to you."), ("c", "Thanks a lot.\n\nKind regards,\n{NAME}\n{ADDR}\n{POST}")),
    (("a", "Kind regards from all of us,\n{STAFFNAME}\n{staffrole}, {org}"), ("c", "Thanks again for sorting the car\n\n{SURNAME}")),
    (("c", "Thanks from the two drivers,\n{NAME} and {KINF}"), ("a", "My pleasure, safe travels.")),
    (("a", "Thank you {title} {SURNAME}, the file is updated."), ("c", "Great stuff, cheers {STAFF}!")),
)
SMALLTALK = (
    (("c", "{phrase} as {KIN} would say"), ("a", "Ha, I like that one, never heard it.")),
    (("c", "{heK} learned to drive in {place}"), ("a", "Oh, that must have been an adventure.")),
    (("c", "we nearly bought {car} instead"), ("a", "They hold their value well, to be fair.")),
    (("c", "the courtesy car was {plate}"), ("a", "Yes, that's one of ours.")),
    (("c", "can you do {slot}"), ("a", "Let me check the workshop diary.")),
    (("c", "i was stuck at {venue} for an hour"), ("a", "Oh dear, that's no fun.")),
    (("c", "do you need {product} as well"), ("a", "Yes please, bring that along.")),
    (("c", "i watched {FIGURE} review this car once."), ("a", "Ha, hopefully a good review.")),
    (("a", "Even {FIGURE} must get a parking ticket now and then."), ("c", "ha probably")),
    (("c", "{KIN} drives like {heK} thinks {heK}'s {FIGURE}"), ("a", "Ha, as long as it's not on the motorway.")),
    (("a", "For a breakdown out of hours, call {helpline}."), ("c", "okay got it")),
    (("c", "{role} said to ring you about the car."), ("a", "Yes, you've come to the right desk for that.")),
    (("c", "they quoted {money} for it."), ("a", "That's about the going rate.")),
    (("c", "we got the wipers online, order {order}"), ("a", "No problem, we can fit those.")),
    (("c", "the letter from {date} says the charge doubled."), ("a", "It does if it isn't paid in fourteen days.")),
    (("c", "we went to {firm} first"), ("a", "Ah, a few people come to us from there.")),
)
FAIRNESS_ASR = (
    "the car is registered to {NAME} not me",
    "{NAME} was driving when it broke down",
    "put {GIVEN} down as the second driver",
    "we bought the car off {NAME} last year",
    "the mechanic was {NAME} i think",
    "{NAME} parked it there on tuesday",
)
FAIRNESS_CHAT = (
    "Driver: {NAME}",
    "Registered keeper: {NAME}",
    "The finance is in {NAME}'s name, not mine.",
    "Kind regards,\n{NAME}\nService Advisor",
    "{GIVEN} will drop the keys off before nine.",
    "The extra driver is {NAME}.",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("uzbek", "azerbaijani", "latvian", "yemeni", "amazigh", "bosnian", "word_given", "english_reference")
GREETINGS = OPEN_ASR + OPEN_CHAT
IDENTITY = LATE_NAME + ID_STEPS + tuple(LINE_STEPS.values()) + FOLLOW + SMALLTALK + RECAP
ISSUES = tuple(b for v in STORY.values() for b in v)
CLOSINGS = CLOSE_ASR + CLOSE_CHAT
BRIDGES = {"agent": ("Okay, go on with that.",), "customer": ("mm right",)}
CHAT_IN_TWENTY = (1, 3, 5, 8, 10, 13, 15, 17, 19)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_aw import NameSourceAW
    from benchmarks._profile_dev_aw import ProfileAW

    return ProfileAW, NameSourceAW


def style_of(index: int) -> str:
    """Nine conversations in twenty are typed chats, forms or e-mails (45 %), eleven spoken."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_aw", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Kind regards")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_aw").assemble(index, split_name, style_of(index), names, rng)
