"""Fifty-first development template family (``dev_ay``), written blind: technology support and account recovery.
Social media and e-mail account recovery lines (an account a son or daughter set up for a parent, the locked account of
someone who died, a friend named as a trusted contact), games platforms and app stores (a child's account on a parent's
card, a gifted subscription), phone and laptop repair shops (a device dropped off by a relative, the technician by
first name), smart-home and broadband installs (the installer named, a neighbour letting them in), online marketplace
disputes (the buyer or seller named). The person talked about is named before the caller; people are named without a
cue; one person is named several ways (a display name, the real name, a maiden name); a name is spelled with NATO
words. Speech about half, typed chats, forms and e-mails the rest. Look-alikes that are not personal data: gamer tags
and usernames that are no real name, devices, products, apps, shops, towns, roles, everyday uses of the word names,
public figures as NEUTRAL spans. Values of twelve home countries (``_tech_dev_ay``).
"""
from __future__ import annotations

import importlib

from benchmarks._staged_assembly import family_glue

ORGS = {"recovery": ("Postbox Mail", "Chirpline Social"),
        "games": ("Arcadia Games Store", "the Nimbus Play Network"),
        "repair": ("FixPoint Repairs", "Laptop Clinic"),
        "install": ("Brightline Broadband", "HomeHub Installs"),
        "market": ("Swapsy Marketplace", "Tradeloft")}
OPEN_ASR = (  # the person talked about first, the caller's own name often late
    (("a", "{org} account recovery, {STAFF} speaking, what's happened?"), ("c", "hiya so {KINF} can't get into {hisK} email at all and i set it up for {himK} years ago")),
    (("a", "Hello, {org} player support, you've got {STAFFNAME}."), ("c", "hi there's charges on my card from {KINF}'s games account and i never said yes to them")),
    (("a", "{org}, {STAFF} on the repair desk."), ("c", "morning {KINF} dropped a laptop off with you on monday and asked me to chase it")),
    (("a", "{org} bookings, you're through to {STAFFNAME}, how can I help?"), ("c", "hello your engineer is due tomorrow and {WF} from next door will be there to open up")),
    (("a", "Thanks for calling {org}, {STAFF} in disputes."), ("c", "hi a seller called {JF} took my money for a phone and then went quiet")),
)
OPEN_CHAT = (
    (("c", "Hi, my {kin} {KINF} passed away in the spring and {hisK} account is locked. We'd like to close it or keep the photos."), ("a", "I'm so sorry. {STAFFNAME} from the recovery team, I'll walk you through it.")),
    (("c", "Refund request\nAccount holder: {NAME}\nPlayer on the account: {KINFORM}\nCard holder: {AF}\nReason: purchases made without permission"), ("a", "Thanks for filling that in. {STAFF} here from player support.")),
    (("c", "Hello,\n\nMy {kin} {KINF} left a phone with you last week for a new screen and I'm collecting it for {himK}.\n\nThanks,\n{NAME}"), ("a", "Hi {GIVEN},\n{STAFFNAME} at the repair counter here; I can see the booking.")),
    (("a", "Hi, you're chatting with {STAFFNAME} from {org}."), ("c", "hi, {MF} from your install team is booked for friday but the old router still blinks orange")),
    (("c", "Dispute form\nBuyer: {NAME}\nSeller: {JF}\nItem: a games console, never arrived"), ("a", "Thanks, {STAFF} from trust and safety picking this up.")),
)
OPENS = {"recovery": ((0,), (0,)), "games": ((1,), (1,)), "repair": ((2,), (2,)), "install": ((3,), (3,)),
         "market": ((4,), (4,))}
LATE_NAME = (
    (("a", "Before I go further, who have I got on the line?"), ("c", "{NAME} i sort out {hisK} tech as {hisK} {relation}")),
    (("a", "And your own full name, for the case notes?"), ("c", "sure {NAME}")),
    (("a", "Which name is the account registered under?"), ("c", "{FORM}")),
    (("a", "Am I speaking with {KIN} then?"), ("c", "no this is {hisK} {relation} {NAME}")),
)
ID_STEPS = (
    (("a", "What date of birth did {KIN} put on the account?"), ("c", "{KDOB}")),
    (("a", "We ask for an ID number to verify {himK}; do you have it?"), ("c", "hang on yes {KNID}")),
    (("a", "And your own ID number for the check, please."), ("c", "{NID}")),
    (("a", "Which address is the account billed to, with the {postname}?"), ("c", "{ADDR}, {POST}")),
    (("a", "Is {TEL} still the recovery number?"), ("c", "{no} it's {ALT} these days")),
    (("a", "Which e-mail shall I send the reset link to?"), ("c", "{MAIL}")),
    (("a", "Can you spell the surname on the account?"), ("c", "{KINSPELT}")),
    (("a", "And your date of birth so I can match you?"), ("c", "{DOB}")),
)
LINE_STEPS = {
    "recovery": (("a", "Has the recovery case got a number yet?"), ("c", "{CASE}")),
    "games": (("a", "What's the order number on the receipt e-mail?"), ("c", "{GAME}")),
    "repair": (("a", "Have you got the repair ticket handy?"), ("c", "{TICKET}")),
    "install": (("a", "What's the job reference on your booking?"), ("c", "{JOB}")),
    "market": (("a", "Can you read me the order number from the listing?"), ("c", "{ORDERNO}")),
}
STORY = {
    "recovery": ((("c", "on there {heK} goes by {KINDISP} but the real name is {KINF}"), ("a", "Good, I'll note the display name and the legal name.")),
                 (("c", "the old address book has {himK} as {KINBORN}, the name from years back"), ("a", "That helps us match older sign-ins.")),
                 (("c", "{JF} is down as the trusted contact so maybe {heJ} got the code"), ("a", "The trusted contact does get a code, yes.")),
                 (("c", "{B} made the account for {himK} on {hisK} old tablet"), ("a", "Then {B}'s e-mail might be the backup.")),
                 (("c", "{A} and me both tried the reset and got nowhere"), ("a", "Too many tries locks it for a day, sorry."))),
    "games": ((("c", "{B} is eleven and bought loads of gems on my card"), ("a", "I'll look at what went through on {B}'s account.")),
              (("c", "{WF} gifted {himK} a subscription for christmas"), ("a", "A gift from {W} shows in the history separately.")),
              (("c", "{heK} plays as {handle} but the account name is {KINF}"), ("a", "Thanks, the gamer tag doesn't matter for this.")),
              (("c", "{A} set up the parental controls i think"), ("a", "Then {A} would have the parent PIN.")),
              (("c", "the family plan is me {A} {B} and {KINF}"), ("a", "Four members, yes, I can see them all."))),
    "repair": ((("c", "{MF} the technician rang about the battery"), ("a", "I'll see what {M} wrote on the job.")),
               (("c", "{B} took it in for me because i was at work"), ("a", "We'll need {B}'s name on the collection slip then.")),
               (("c", "it's {KINF}'s phone but the ticket was made under {JF}"), ("a", "No problem, I'll link both names to the ticket.")),
               (("c", "{heK} was {KINBORN} before so the warranty might be in that name"), ("a", "I'll search under the old surname too."))),
    "install": ((("c", "{WF} has a spare key and can let {MF} in"), ("a", "Great, I'll add {W} as the contact on the day.")),
                (("c", "the installer {MF} rang and said the socket might be in the wrong place"), ("a", "{M} can move it on a second visit.")),
                (("c", "{B} works nights so {heB} will be asleep upstairs"), ("a", "I'll ask {M} to keep the noise down.")),
                (("c", "the account is in {KINF}'s name but i'm the one living there"), ("a", "{KIN} would need to add you as an authorised user."))),
    "market": ((("c", "the seller goes by {handle} but the bank name said {JF}"), ("a", "I'll add the payee name to the dispute.")),
               (("c", "{WF} bought my old bike and now says it was broken"), ("a", "I'll ask {W} for photos of the damage.")),
               (("c", "{B} sent the parcel for me from the post office"), ("a", "Is the receipt in {B}'s name?"), ("c", "yes it is")),
               (("c", "the buyer's real name is {JF} on the delivery label"), ("a", "Thanks, that matches what I see."))),
}
FOLLOW = (
    (("a", "What's the spelling of {W}'s surname, please?"), ("c", "{WSPELT}")),
    (("a", "Is there a mobile for {KIN} we can text?"), ("c", "{KTEL}")),
    (("a", "Could you spell out {A}'s surname too?"), ("c", "{ASPELT}")),
    (("a", "My supervisor {LS} will review the case."), ("c", "{yes} {heL} wrote to me from {LMAIL}")),
)
RECAP = (
    (("a", "So you're asking on {KIN}'s behalf, that's noted."), ("c", "{yes}")),
    (("a", "I've put {J}'s name on the case as well."), ("c", "{thanks}")),
    (("a", "{M} will update you once it's done."), ("c", "{thanks}")),
    (("a", "This follows on from {PREVG}'s earlier note."),),
)
CLOSE_ASR = (
    (("a", "You're all set, {title} {SURNAME}; the e-mail should arrive in an hour."), ("c", "cheers {STAFF} appreciate it bye")),
    (("a", "Say hello to {KIN} for me."), ("c", "will do bye bye")),
    (("a", "That's the case logged on our side."), ("c", "perfect ta {STAFF}")),
    (("a", "Enjoy the rest of your day, {GIVEN}."), ("c", "you too thanks so much")),
)
CLOSE_CHAT = (
    (("a", "Anything else I can do today, {GIVEN}?"), ("c", "No that's it, thanks a million {STAFF}.\n\n{NAME}")),
    (("a", "You'll get an e-mail confirmation shortly."), ("c", "Great, thank you.\n\nKind regards,\n{NAME}\n{ADDR}\n{POST}")),
    (("a", "Best regards,\n{STAFFNAME}\n{staffrole}, {org}"), ("c", "Thanks for sorting it\n\n{SURNAME}")),
    (("c", "Cheers from both of us,\n{NAME} and {KINF}"), ("a", "Glad we could help, take care.")),
    (("a", "Thanks {title} {SURNAME}, the case is closed."), ("c", "Brilliant, thanks {STAFF}!")),
)
SMALLTALK = (
    (("c", "{phrase} that's what {KIN} says"), ("a", "Ha, that one made me smile.")),
    (("c", "{heK} grew up outside {place}"), ("a", "Oh nice, it's on my list of places to visit.")),
    (("c", "i took it to {venue} first"), ("a", "They send most repairs on to us anyway.")),
    (("c", "i've got {product} right here"), ("a", "Perfect, keep it nearby.")),
    (("c", "it's something to do with {app}"), ("a", "That's a common one, don't worry.")),
    (("c", "{KIN}'s username is {handle} if that helps"), ("a", "It might, I'll note it.")),
    (("c", "my lad thinks {FIGURE} invented the internet"), ("a", "Ha, not quite.")),
    (("a", "Even {FIGURE} forgets a password now and then."), ("c", "ha i bet he does")),
    (("c", "{KIN} reads everything about {FIGURE}"), ("a", "Ha, a fan then.")),
    (("a", "Outside opening hours the tech line is {helpline}."), ("c", "okay writing that down now")),
    (("c", "{role} told me to ring this number"), ("a", "Yes, that's right.")),
    (("c", "it was {money} for the repair quote"), ("a", "That's the standard diagnostic fee.")),
    (("c", "the first payment was order {order}"), ("a", "Thanks, I see it on the list.")),
    (("c", "the email on {date} said it was sorted"), ("a", "Sorry, it clearly wasn't.")),
    (("c", "i first asked {firm} about it"), ("a", "Ah, they pass those on to us.")),
)
FAIRNESS_ASR = (
    "{NAME} set the email up for me years ago",
    "the trusted contact on there is {NAME}",
    "{GIVEN} dropped the laptop off on monday",
    "{NAME} let the broadband man in this morning",
    "the seller on the app was {NAME}",
    "it was {NAME}'s card on the games account",
)
FAIRNESS_CHAT = (
    "Holder of the locked account: {NAME}",
    "Buyer: {NAME}",
    "The locked account belonged to {NAME}, who died in March.",
    "Best regards,\n{NAME}\nRepair Technician",
    "{GIVEN} has a spare key for the installer.",
    "The gift came from {NAME}.",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("tatar", "bashkir", "circassian", "cape_verdean", "mauritian", "sami", "word_given", "english_reference")
GREETINGS = OPEN_ASR + OPEN_CHAT
IDENTITY = LATE_NAME + ID_STEPS + tuple(LINE_STEPS.values()) + FOLLOW + SMALLTALK + RECAP
ISSUES = tuple(b for v in STORY.values() for b in v)
CLOSINGS = CLOSE_ASR + CLOSE_CHAT
BRIDGES = {"agent": ("Okay, carry on with the story.",), "customer": ("mhm right",)}
CHAT_IN_TWENTY = (1, 3, 5, 8, 10, 12, 15, 17, 19)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_ay import NameSourceAY
    from benchmarks._profile_dev_ay import ProfileAY

    return ProfileAY, NameSourceAY


def style_of(index: int) -> str:
    """Nine conversations in twenty are typed chats, forms or e-mails (45 %), eleven spoken."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_ay", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Best regards")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_ay").assemble(index, split_name, style_of(index), names, rng)
