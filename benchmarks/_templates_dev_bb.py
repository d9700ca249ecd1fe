"""Fifty-fourth development template family (``dev_bb``), written blind: travel disruption and transport services.
Rail, coach and ferry operators (delay repay claims for a family's tickets, a railcard or season ticket in someone
else's name, a ferry or coach booking changed after a cancellation), lost property offices (a bag left by a named
relative, the finder named), passenger assistance bookings for a disabled or elderly traveller (the companion named),
taxi and private-hire complaints (the driver by first name and badge number), school transport for a child (the escort
and the driver). The person talked about is named before the caller; people are named without a cue; one person is
named several ways (the name on a ticket or railcard, the full name, the name on a passport); a name is spelled letter
by letter or with NATO words. Speech about half, typed chats, forms and e-mails the rest. Look-alikes that are not
personal data: stations, trains and ships named after people, operators, routes, towns, roles, everyday uses of the
word names; public figures as NEUTRAL spans. Values of eight home countries (``_transport_dev_bb``).
"""
from __future__ import annotations

import importlib

from benchmarks._staged_assembly import family_glue

ORGS = {"rail": ("Northline Rail", "Coastway Trains"),
        "ferry": ("Westbay Ferries", "Coastway Coaches"),
        "lost": ("the Northline lost property office", "Harbourlink lost property"),
        "assist": ("RailAssist", "Northline passenger assistance"),
        "taxi": ("the council taxi licensing team", "Citycab Private Hire"),
        "school": ("the county school transport team", "Harbourlink school buses")}
OPEN_ASR = (  # the person talked about first, the caller's own name often late
    (("a", "{org} customer relations, {STAFF} on the line."), ("c", "hiya so {KINF} and the kids were on the six fifteen that got cancelled and i'm claiming for all four tickets")),
    (("a", "Morning, {org}, {STAFFNAME} speaking, how can I help?"), ("c", "hello the railcard's in {KINF}'s name but i'm the one who bought the season ticket with it")),
    (("a", "{org} lost property, {STAFF} here."), ("c", "hi {KINF} left a black holdall on the two o'clock ferry and {WF} handed it in apparently")),
    (("a", "{org} assisted travel, you're through to {STAFF}."), ("c", "hello i need to book help for {KINF} {heK} uses a wheelchair and {WF} will be travelling with {himK}")),
    (("a", "Licensing, {STAFFNAME} speaking."), ("c", "hi the driver last night was called {M} and wouldn't take {KINF}'s guide dog")),
    (("a", "{org} school travel, {STAFF} speaking."), ("c", "hiya {B}'s bus didn't turn up again this morning and {MF} the escort didn't ring me")),
    (("a", "{org} bookings, {STAFFNAME}."), ("c", "good morning {KINF}'s crossing was cancelled with the storm and {heK} needs moving to thursday")),
    (("a", "Hello, {org}, {STAFF} here."), ("c", "hi {JF} booked our tickets but {heJ} can't travel now so i'm sorting the refund")),
)
OPEN_CHAT = (
    (("c", "Delay Repay claim\nLead passenger: {KINFORM}\nClaimed by: {NAME}\nJourney: 17:42 service, 64 min late"), ("a", "Thanks, {STAFF} from customer relations has your claim.")),
    (("c", "Hi, my season ticket is linked to the railcard of {KINF}. We've split up the cost but the renewal went to {hisK} e-mail."), ("a", "Hello, {STAFFNAME} from the ticket office team, let me look.")),
    (("c", "Lost property report\nItem: blue rucksack\nOwner: {KINFORM}\nReported by: {NAME}\nFound by: {WF}"), ("a", "Thank you, {STAFF} at lost property here.")),
    (("c", "Assistance request\nPassenger: {KINFORM}\nTravelling companion: {WF}\nNeeds: ramp at both ends"), ("a", "Received, {STAFF} in passenger assistance.")),
    (("c", "Dear licensing team,\n\nI'm writing about a driver called {M}, badge {BADGE}, who refused to take my mother {KINF} on Friday.\n\n{NAME}"), ("a", "Dear {GIVEN},\n{STAFFNAME} here; I'm sorry to hear this and will look into it.")),
    (("c", "School transport query\nPupil: {B}\nParent: {NAME}\nEscort: {MF}"), ("a", "Hi, {STAFF} from school transport has picked this up.")),
    (("c", "Hello, our ferry to Roscoff was cancelled. The booking is under {KINF}, but {JF} was travelling with us too.\n\n{NAME}"), ("a", "Sorry for the disruption. {STAFFNAME} in the bookings team.")),
    (("a", "Hi, {STAFFNAME} at {org} refunds, what can I do for you today?"), ("c", "hi, {JF} is the name on the tickets but the refund should come to me")),
)
OPENS = {"rail": ((0, 1, 7), (0, 1, 7)), "ferry": ((6,), (6,)), "lost": ((2,), (2,)), "assist": ((3,), (3,)),
         "taxi": ((4,), (4,)), "school": ((5,), (5,))}
LATE_NAME = (
    (("a", "Sorry, who am I talking to on this call?"), ("c", "{NAME} i'm {hisK} {relation} i booked the travel")),
    (("a", "Can I get your own name for the claim, please?"), ("c", "yes sorry it's {NAME}")),
    (("a", "Which passenger is the booking held under?"), ("c", "{FORM}")),
    (("a", "Is that {KIN} I'm speaking to?"), ("c", "no this is {hisK} {relation} {NAME} speaking")),
)
ID_STEPS = (
    (("a", "What's {KIN}'s date of birth, for the railcard check?"), ("c", "{KDOB}")),
    (("a", "We also need {hisK} ID number to release the item."), ("c", "hold on it's printed on {hisK} card {KNID}")),
    (("a", "And your own ID number for the refund, please."), ("c", "{NID}")),
    (("a", "Which address should the replacement go to, with the {postname}?"), ("c", "{ADDR}, {POST}")),
    (("a", "Shall we text {TEL} when it's ready?"), ("c", "{no} that one's old try {ALT}")),
    (("a", "Which e-mail should the confirmation go to?"), ("c", "{MAIL}")),
    (("a", "Can you spell the surname as it's on the ticket?"), ("c", "{KINSPELT}")),
    (("a", "And your date of birth for the account?"), ("c", "{DOB}")),
    (("a", "Is there a railcard number on the card itself?"), ("c", "{RAILCARD}")),
)
LINE_STEPS = {
    "rail": (("a", "Do you have the claim reference from the first e-mail?"), ("c", "{CLAIM}")),
    "ferry": (("a", "What's the booking reference on the boarding card?"), ("c", "{FERRY}")),
    "lost": (("a", "Have you got the lost property reference number?"), ("c", "{LOST}")),
    "assist": (("a", "Can you read me the assistance booking number?"), ("c", "{ASSIST}")),
    "taxi": (("a", "Did you get the badge number of the car?"), ("c", "{BADGE}")),
    "school": (("a", "What's the travel pass number on the pupil's card?"), ("c", "{SCHOOLREF}")),
}
STORY = {
    "rail": ((("c", "the tickets were bought on {A}'s card but we all travelled together"), ("a", "I can pay the claim to the card that bought them.")),
             (("c", "the ticket says {KINDISP} but {hisK} proper name is {KINF}"), ("a", "That's fine, I'll note both on the claim.")),
             (("c", "{hisK} passport still says {KINBORN} so the railcard doesn't match"), ("a", "We'll accept the passport with a marriage certificate.")),
             (("c", "{WF} was on the same train and got the refund straight away"), ("a", "Claims are checked one by one, sorry for the wait.")),
             (("c", "we were stuck outside {station} for an hour {JF} missed {hisJ} connection"), ("a", "I'll add the missed connection to the claim."))),
    "ferry": ((("c", "{JF} and {A} are on the booking as well"), ("a", "I'll move all the passengers together.")),
              (("c", "the booking shows {KINDISP} but the passport says {KINF}"), ("a", "The names must match the passports; I'll fix it.")),
              (("c", "{hisK} old passport is in {KINBORN} and it's still valid"), ("a", "Please travel on the passport named on the booking."))),
    "lost": ((("c", "a lady called {WF} found it under the seat and gave it to the guard"), ("a", "That's kind of {W}; it's logged here.")),
             (("c", "{B} left a purple scooter on the platform too"), ("a", "I'll search for the scooter as well.")),
             (("c", "the label inside says {KINBORN} that's {hisK} maiden name"), ("a", "I'll add that name to the search.")),
             (("c", "{MF} at the ticket office said it went to the depot"), ("a", "Yes, items go to the depot after a day."))),
    "assist": ((("c", "{WF} is {hisK} carer and sits with {himK} on the train"), ("a", "The companion travels with the same booking.")),
               (("c", "{hisK} railcard is in {KINDISP} because the form ran out of room"), ("a", "I'll put the full name {KINF} on the booking.")),
               (("c", "last time nobody met {himK} off the train and {MF} had to help"), ("a", "I'm sorry, I'll flag it for the staff at the station."))),
    "taxi": ((("c", "the driver {M} said the dog wasn't allowed and drove off"), ("a", "Drivers must carry assistance dogs; this is serious.")),
             (("c", "{WF} was with {himK} and saw the whole thing"), ("a", "We may ask {W} for a statement.")),
             (("c", "{JF} booked the car through the app in {hisJ} name"), ("a", "The app account helps us find the driver."))),
    "school": ((("c", "{B} waited at the stop with {WF}'s little girl for forty minutes"), ("a", "I'm sorry, I'll check with the operator.")),
               (("c", "the driver {M} told {B} the route has changed"), ("a", "It hasn't; I'll speak to the driver's company.")),
               (("c", "the parent on {B}'s pass is still {KINBORN} that's {hisK} old name"), ("a", "We'll print a new pass with the right parent."))),
}
FOLLOW = (
    (("a", "How does {W} spell that surname, for the report?"), ("c", "{WSPELT}")),
    (("a", "Is there a mobile for {KIN} in case the train is late?"), ("c", "{KTEL}")),
    (("a", "Could you spell out {A}'s name, please?"), ("c", "{ASPELT}")),
    (("a", "I'm passing this to {LS}, our team leader."), ("c", "{yes} {heL} wrote to me already from {LMAIL}")),
)
RECAP = (
    (("a", "Noted that you're acting for {KIN} on this."), ("c", "{yes}")),
    (("a", "I've added {J} as a passenger."), ("c", "{thanks}")),
    (("a", "I'll pass that on to {M} myself."), ("c", "{thanks}")),
    (("a", "I can see {PREVG} logged the first call."),),
)
CLOSE_ASR = (
    (("a", "That's the claim in, {title} {SURNAME}; you'll hear within twenty-eight days."), ("c", "lovely cheers {STAFF} bye")),
    (("a", "I hope {KIN} gets the bag back soon."), ("c", "me too thanks very much bye")),
    (("a", "Everything's booked for the journey."), ("c", "brilliant that's a weight off thanks {STAFF}")),
    (("a", "Safe travels, {GIVEN}."), ("c", "thanks you too ta ra")),
)
CLOSE_CHAT = (
    (("a", "Is there anything else on the journey, {GIVEN}?"), ("c", "Nothing else, thanks {STAFF}.\n\n{NAME}"), ),
    (("a", "The confirmation is on its way by e-mail."), ("c", "Thanks.\n\nKind regards,\n{NAME}\n{ADDR}\n{POST}")),
    (("a", "Kind regards from the travel team,\n{STAFFNAME}\n{staffrole}, {org}"), ("c", "Thanks for sorting the journey out\n\n{SURNAME}")),
    (("c", "Thanks again from both of us,\n{NAME} and {KINF}"), ("a", "You're welcome, safe travels to you both.")),
    (("a", "Cheers {title} {SURNAME}, it's all logged."), ("c", "Great stuff, {STAFF}!")),
)
SMALLTALK = (
    (("c", "we changed at {station}"), ("a", "That's always busy.")),
    (("c", "{heK} was born near {place} so {heK} goes back every summer"), ("a", "That's a long trip.")),
    (("c", "we waited in {venue} for ages"), ("a", "Sorry about that.")),
    (("c", "do i need {product} for that"), ("a", "Yes, please bring it along.")),
    (("c", "we passed {phrase} on the way"), ("a", "Ha, that's a new one.")),
    (("c", "the kids wanted to see {train}"), ("a", "It's a lovely old thing.")),
    (("c", "{KIN} loves those programmes with {FIGURE}"), ("a", "They're popular with our passengers.")),
    (("a", "The new bridge is named after {FIGURE}, you know."), ("c", "oh is it")),
    (("c", "i think {FIGURE} opened that line"), ("a", "Not sure about that one!")),
    (("a", "Out of hours, the number to ring is {helpline}."), ("c", "okay i've got a pen")),
    (("c", "{role} said to call this number"), ("a", "Yes, that's us.")),
    (("c", "the fare was {money}"), ("a", "I can see the payment.")),
    (("c", "there's an old order number {order}"), ("a", "That one's already closed.")),
    (("c", "the e-mail from {date} said it was fixed"), ("a", "Apologies, it wasn't.")),
    (("c", "we normally travel with {firm}"), ("a", "Understandable.")),
)
FAIRNESS_ASR = (
    "{NAME} left the bag on the train",
    "the railcard is in the name of {NAME}",
    "{GIVEN} will be travelling with my dad",
    "{NAME} was the driver who picked us up",
    "the claim is for {NAME} and the kids",
    "the escort on the school bus is {NAME}",
)
FAIRNESS_CHAT = (
    "Lead passenger: {NAME}",
    "Found by: {NAME}",
    "Travelling companion: {GIVEN}.",
    "Kind regards,\n{NAME}\nPassenger Assistance Coordinator",
    "{GIVEN} handed the wallet in at the ticket office.",
    "The season ticket belongs to {NAME}.",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("ossetian", "kalmyk", "frisian", "breton", "mende", "navajo", "word_given", "english_reference")
GREETINGS = OPEN_ASR + OPEN_CHAT
IDENTITY = LATE_NAME + ID_STEPS + tuple(LINE_STEPS.values()) + FOLLOW + SMALLTALK + RECAP
ISSUES = tuple(b for v in STORY.values() for b in v)
CLOSINGS = CLOSE_ASR + CLOSE_CHAT
BRIDGES = {"agent": ("Right, bear with me.",), "customer": ("so yeah",)}
CHAT_IN_TWENTY = (1, 3, 5, 8, 10, 12, 15, 17, 19)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_bb import NameSourceBB
    from benchmarks._profile_dev_bb import ProfileBB

    return ProfileBB, NameSourceBB


def style_of(index: int) -> str:
    """Nine conversations in twenty are typed chats, forms or e-mails (45 %), eleven spoken."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_bb", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Kind regards")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_bb").assemble(index, split_name, style_of(index), names, rng)
