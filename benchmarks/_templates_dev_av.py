"""Forty-eighth development template family (``dev_av``), written blind: professional and household services.
Accountants and tax returns (a client's spouse or business partner named, a bookkeeper named by first name only),
conveyancing (buyer and seller named, the other side's solicitor named by role then name), interpreters booked for a
relative, tradespeople (a plumber or electrician named by first name, a quote for a neighbour, a key left with
someone), nanny, cleaning and home-help agencies (a nanny named by the parent, a cover worker), locksmiths and
removals. The person talked about is named before the caller; people are named without a cue; one person is named
several ways; a name is spelled with NATO words. Speech about half, typed chats, forms and e-mails the rest.
Look-alikes that are not personal data: firm and agency names, trade names, job times, towns, roles, everyday uses
of the word names, public figures as NEUTRAL spans. Values of eight home countries (``_services_dev_av``).
"""
from __future__ import annotations

import importlib

from benchmarks._staged_assembly import family_glue

ORGS = {"tax": ("Hale & Barton Accountants", "Northgate Tax Services"),
        "conveyancing": ("Kingfisher Conveyancing", "Ashdown Property Lawyers"),
        "interpreting": ("LinguaLink Interpreting", "Bridgeword Translation"),
        "trades": ("Brightside Plumbing", "Volt Electrical Services"),
        "nanny": ("Little Acorns Nanny Agency", "HomeHelp Direct"),
        "keys": ("KeyFast Locksmiths", "Careful Movers")}
OPEN_ASR = (  # the person talked about first, the caller's own name often late
    (("a", "{org}, you're through to {STAFF}."), ("c", "hi there it's about my {kin} {KINF} {hisK} tax return hasn't gone in yet")),
    (("a", "Good morning, {org}, {STAFFNAME} on the phone."), ("c", "morning we're buying a flat off {JF} and i want to know where the searches are up to")),
    (("a", "{org} bookings, {STAFF} speaking, go ahead."), ("c", "hello i need an interpreter for {KINF} {heK} has a hospital appointment next week")),
    (("a", "Hiya, {org}, {STAFFNAME}, what's the job?"), ("c", "yeah hi it's {KINF}'s house really the boiler's leaking and {heK} is away")),
    (("a", "{org}, {STAFF} in placements, how can I help today?"), ("c", "hi our nanny {JF} has handed in {hisJ} notice and my {kin} {KINF} asked me to ring")),
    (("a", "You're through to {org}, {STAFFNAME} here."), ("c", "hi {KINF} is locked out of the house and i've only got a spare key for the back")),
)
OPEN_CHAT = (
    (("c", "Hello, I'm chasing the accounts for my {kin}, {KINF}. Nobody has replied since March."), ("a", "Hi, {STAFFNAME} from the client team here. Let me look that up.")),
    (("c", "Purchase of property\nJoint buyer: {KINFORM}\nSeller: {JF}\nInstructing client: {NAME}"), ("a", "Thanks for the details, I'm {STAFF}, I'll be handling the file.")),
    (("c", "Interpreter request\nClient: {KINFORM}\nLanguage: see notes\nBooked by: {NAME} ({relation})"), ("a", "Thank you, {STAFF} here in bookings. I've got your request up.")),
    (("c", "Hi,\n\nCould someone come and look at {KINF}'s fuse box? It keeps tripping.\n\nThanks,\n{NAME}"), ("a", "Hello {GIVEN},\nThis is {STAFFNAME} from the scheduling team, we can get an electrician out.")),
    (("a", "Hi, welcome to {org}, {STAFFNAME} on chat."), ("c", "hi, {JF} has been our nanny for two years and we need cover while {heJ}'s off. i'm {KINF}'s {relation}")),
    (("c", "Hi\n\n> On {date}, {PREV} wrote:\n> Your moving date is confirmed and the crew will arrive at eight.\n\nThe crew never came and {KINF} had already handed the keys back."), ("a", "I'm so sorry. {STAFF} here, I've taken this over from {PREVG}.")),
)
OPENS = {"tax": ((0,), (0,)), "conveyancing": ((1,), (1,)), "interpreting": ((2,), (2,)), "trades": ((3,), (3,)),
         "nanny": ((4,), (4,)), "keys": ((5,), (5,))}
LATE_NAME = (
    (("a", "Sorry, and your name is?"), ("c", "{NAME} i'm {hisK} {relation}")),
    (("a", "Who's calling today, please?"), ("c", "oh it's {NAME}")),
    (("a", "Whose name is the account under?"), ("c", "{FORM}")),
    (("a", "Is that {KIN} I'm talking to?"), ("c", "no no it's {NAME} the {relation}")),
)
ID_STEPS = (
    (("a", "I'll need {KIN}'s date of birth to find the file."), ("c", "{KDOB}")),
    (("a", "Have you got {hisK} tax or ID number to hand?"), ("c", "one sec yes {KNID}")),
    (("a", "And yours, for the authority form?"), ("c", "{NID}")),
    (("a", "Which address is the job at, with the {postname}?"), ("c", "{ADDR}, {POST}")),
    (("a", "Can we still call you on {TEL}?"), ("c", "{no} that's the old one use {ALT}")),
    (("a", "What e-mail should the paperwork go to?"), ("c", "{MAIL}")),
    (("a", "Could you spell {hisK} surname, letter by letter?"), ("c", "{KINSPELT}")),
    (("a", "Your own date of birth as well, please."), ("c", "{DOB}")),
)
LINE_STEPS = {
    "tax": (("a", "Is there a client reference on our letters?"), ("c", "{CLIENT}")),
    "conveyancing": (("a", "What's the matter number on the letter from us?"), ("c", "{MATTER}")),
    "interpreting": (("a", "Did the confirmation have a booking number?"), ("c", "{BOOK}")),
    "trades": (("a", "Have you got the job number from the quote?"), ("c", "{JOB}")),
    "keys": (("a", "Can you read me the quote number?"), ("c", "{QUOTE}")),
}
STORY = {
    "tax": ((("c", "{MF} does {hisK} books but we only ever deal with {M} by email"), ("a", "I'll ask {M} where the figures are."), ("c", "lovely that helps")),
            (("c", "{KIN} and {BF} run the business together so it's a partnership return"), ("a", "Then I'll need both partners' details.")),
            (("c", "{A} is my spouse but {heA} files separately"), ("a", "Fine, we only need {KIN}'s figures for this one.")),
            (("c", "last year {PREV} said the payment on account would drop"), ("a", "Let me check what was agreed."))),
    "conveyancing": ((("c", "their solicitor {MF} hasn't answered the enquiries"), ("a", "I'll chase {M} this afternoon.")),
                     (("c", "the sellers are {JF} and {WF} they're splitting up so it's slow"), ("a", "Understood, both of them have to sign the transfer.")),
                     (("c", "{KIN}'s name goes on the deeds with mine"), ("a", "Noted, a joint purchase then.")),
                     (("c", "{J} wants to leave the curtains and the shed"), ("a", "We'll put that on the fittings form."))),
    "interpreting": ((("c", "last time the interpreter was {MF} and {KIN} got on really well with {himM}"), ("a", "I can ask for {M} again if {heM}'s free.")),
                     (("c", "{B} will meet {KIN} at the hospital but {heB} doesn't speak much of the language"), ("a", "That's fine, the interpreter will wait at reception.")),
                     (("c", "the consultant is {WF} on the letter"), ("a", "I'll put that in the booking notes."))),
    "trades": ((("c", "{MF} came out last time and fixed the ballcock"), ("a", "I'll see if {M} is free to go back.")),
               (("c", "can you quote {WF} next door while you're there {heW} needs a new socket"), ("a", "Sure, we'll knock on for {W} as well.")),
               (("c", "the key is with {WF} at number nine"), ("a", "Okay, so the engineer collects it from {W}."), ("c", "yeah {heW}'s expecting you")),
               (("c", "{B} will be in from two to let your lad in"), ("a", "Great, I'll note {B} as the contact on site."))),
    "nanny": ((("c", "the kids adore {J} so it's a shame"), ("a", "I understand, {J} has been with you a long time.")),
              (("c", "the cover worker {MF} was great can {heM} stay on"), ("a", "I'll ask {M} about the hours.")),
              (("c", "{B} picks the children up on wednesdays so the nanny only needs four days"), ("a", "Got it, four days a week.")),
              (("c", "{WF} down the road recommended you {heW} uses your cleaner"), ("a", "Lovely, thanks for the word of mouth."))),
    "keys": ((("c", "the locksmith {MF} changed the barrel but the key sticks"), ("a", "I'll send {M} back at no charge.")),
             (("c", "{KIN}'s moving in with {A} and me so it's two houses into one"), ("a", "Then it's a bigger van, let me re-quote.")),
             (("c", "{WF} is holding the spare key until the van comes"), ("a", "Right, the foreman will ring {W} on the day.")),
             (("c", "{JF} the foreman said the piano was extra"), ("a", "Yes, {J} is right, pianos are priced on their own."))),
}
FOLLOW = (
    (("a", "Could you spell {W}'s surname for the notes?"), ("c", "{WSPELT}")),
    (("a", "Is there a mobile for {KIN} in case we need {himK}?"), ("c", "{KTEL}")),
    (("a", "Spell out {A}'s name for me, please."), ("c", "{ASPELT}")),
    (("a", "I'll copy in {LS}, who runs the office."), ("c", "{yes} that's {LMAIL}")),
)
RECAP = (
    (("a", "So the paperwork is for {KIN}, and you're the contact."), ("c", "{yes}")),
    (("a", "And {J} is on the file as well."), ("c", "{thanks}")),
    (("a", "{M} will ring you to confirm a time."), ("c", "{thanks}")),
    (("a", "I'll update {PREVG}'s notes on this."),),
)
CLOSE_ASR = (
    (("a", "That's booked, {title} {SURNAME}, you'll get a text the day before."), ("c", "perfect thanks {STAFF} bye now")),
    (("a", "Pass our best on to {KIN}."), ("c", "i'll tell {himK} thanks bye")),
    (("a", "Right, that's all sorted for now."), ("c", "cheers {STAFF} you've been a star")),
    (("a", "Speak soon, {GIVEN}."), ("c", "yeah speak soon bye")),
)
CLOSE_CHAT = (
    (("a", "I've updated everything, {GIVEN}. Is there anything more?"), ("c", "No that's all, thanks {STAFF}.\n\n{NAME}")),
    (("a", "A copy of the quote will come by post."), ("c", "Thank you.\n\nBest regards,\n{NAME}\n{ADDR}\n{POST}")),
    (("a", "With best wishes,\n{STAFFNAME}\n{staffrole}, {org}"), ("c", "Much appreciated\n\n{SURNAME}")),
    (("c", "Many thanks from the pair of us,\n{NAME} and {KINF}"), ("a", "You're welcome, have a good week.")),
    (("a", "Thanks {title} {SURNAME}, it's all on the file now."), ("c", "Brilliant, thank you {STAFF}!")),
)
SMALLTALK = (
    (("c", "{phrase}, that's what {KIN} calls it."), ("a", "Ha, that's a good one.")),
    (("c", "{heK} grew up near {place}"), ("a", "Oh really, I've heard it's lovely.")),
    (("c", "we went with {firm} last time."), ("a", "Ah, a lot of people switch from them.")),
    (("c", "could they come {slot}"), ("a", "I'll see what the diary says.")),
    (("c", "i've been on the phone to {venue} all morning"), ("a", "Oh no, that's never quick.")),
    (("c", "do we need {product} for this"), ("a", "Yes, if you can dig it out.")),
    (("c", "i saw {FIGURE} say on telly you should always get three quotes."), ("a", "Ha, that's fair advice.")),
    (("a", "For emergencies out of hours it's {helpline}."), ("c", "ok noted")),
    (("c", "{role} told me to phone you."), ("a", "Yes, we can deal with that here.")),
    (("c", "the estimate was {money}."), ("a", "That sounds about right to me.")),
    (("c", "i bought the parts myself, order {order}"), ("a", "That's fine, the engineer can fit them.")),
    (("c", "the letter dated {date} says the fee went up."), ("a", "Yes, our prices changed in April.")),
)
FAIRNESS_ASR = (
    "the quote is for {NAME} at number twelve",
    "our accountant is {NAME} and we trust them",
    "{GIVEN} has the spare key if you need it",
    "we're buying the house from {NAME}",
    "the interpreter last time was {NAME}",
    "the nanny {NAME} starts on monday",
)
FAIRNESS_CHAT = (
    "Seller: {NAME}",
    "Client: {NAME}",
    "The return is in {NAME}'s name, I only sign it.",
    "Best regards,\n{NAME}\nConveyancing Assistant",
    "{GIVEN} will let the electrician in on Tuesday.",
    "Our plumber was {NAME}.",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("hawaiian", "kazakh", "xhosa", "hungarian", "sinhalese", "tigrinya", "word_given", "english_reference")
GREETINGS = OPEN_ASR + OPEN_CHAT
IDENTITY = LATE_NAME + ID_STEPS + tuple(LINE_STEPS.values()) + FOLLOW + SMALLTALK + RECAP
ISSUES = tuple(b for v in STORY.values() for b in v)
CLOSINGS = CLOSE_ASR + CLOSE_CHAT
BRIDGES = {"agent": ("Right, carry on with that.",), "customer": ("mhm yes",)}
CHAT_IN_TWENTY = (1, 3, 5, 8, 10, 13, 15, 17, 19)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_av import NameSourceAV
    from benchmarks._profile_dev_av import ProfileAV

    return ProfileAV, NameSourceAV


def style_of(index: int) -> str:
    """Nine conversations in twenty are typed chats, forms or e-mails (45 %), eleven spoken."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_av", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Best regards")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_av").assemble(index, split_name, style_of(index), names, rng)
