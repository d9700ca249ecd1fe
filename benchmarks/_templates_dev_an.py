"""Fortieth development template family (``dev_an``), written blind: bookings for several people and the name forms
they bring. An airline's and a travel agent's booking changes (names that must match passports, a misspelt name
corrected letter by letter, an infant added, frequent-flyer and passport numbers, dates of birth), hotel and holiday-let
reservations (guest lists, "the booking is under ...", arrival dates, the card on file and its expiry), event / wedding
/ conference ticketing and seating lists, a coach / rail operator's group bookings and assisted travel, and a travel
insurance / visa helpline (policies, medical declarations naming relatives). Names with initials (``R. Lakshmi``,
``K S Raghavan``), titles and surnames (``Mrs Ní Bhriain``), particles, surname first as on a passport (``NAGY ESZTER
MS``), three- and four-part names, lists of passengers and guests, sign-offs. Speech 55 %, typed chats and e-mails 45 %.
Look-alikes that are not personal data: airlines, hotels, places and airports, job titles, flight and seat numbers,
public figures as NEUTRAL spans, ``grace period``, ``the bill``. Values of eleven home countries (``_homes_dev_an``).
"""
from __future__ import annotations

import importlib

from benchmarks._staged_assembly import family_glue

ORGS = {"airline": ("Northwind Airways", "Cobalt Air"), "agent": ("Wanderwell Travel", "Hollis and Greer Holidays"),
        "hotel": ("Harbourview Hotel", "Lakeside Lodges holiday lets"),
        "event": ("Brightstage Tickets", "Ashcombe Manor weddings", "EuroMed Conference registrations"),
        "rail": ("Greenline Coaches group bookings", "Western Rail assisted travel"),
        "insurance": ("Safeguard Travel Insurance", "Visa Assist")}
OPEN_ASR = (
    (("a", "Good afternoon, {org}, you're speaking with {STAFF}."), ("c", "hi the booking is under {NAME} and I need to change a name on it")),
    (("a", "{org}, {STAFF} here, how can I help?"), ("c", "{GIVEN} here I'm ringing about our booking for the {date}")),
    (("a", "Thanks for calling {org}, this is {STAFFNAME}, can I take the lead passenger's name?"), ("c", "{PASS}"), ("a", "Lovely, and that's {title} {SURNAME} travelling?"), ("c", "{yes}")),
    (("a", "Hello, {org}, who've I got on the line?"), ("c", "{NAME} calling for my {kin}, {hisK} name's {KINF}")),
    (("a", "You're through to {org}, {STAFF} speaking, have you got a reference?"), ("c", "yes it's {REF} and it's under my {partnerA}'s name {AF}")),
)
OPEN_CHAT = (
    (("a", "Hi, you're chatting with {STAFF} at {org}. What can I do for you?"), ("c", "Hi, booking under {NAME}, ref {REF}. One of the names is spelt wrong.")),
    (("c", "Dear {org},\n\nI booked for four of us and the names must match the passports.\n\nSURNAME: {SURUP}\nGIVEN NAMES: {GIVUP}"), ("a", "Dear {title} {SURNAME},\nThank you for your email. I can help with that.")),
    (("a", "Welcome to {org} live chat. Please give the lead guest's name and your booking reference."), ("c", "{PASS} {ptitle}, {REF}")),
    (("c", "Hello\n\n> On {date}, {PREV} wrote:\n> Your booking is confirmed for all guests.\n\nIt isn't, one name is missing."), ("a", "Hello, I'm {STAFFNAME}. I've picked this up from {PREVG}.")),
    (("c", "hi its {GIVEN}, booking is under my {partnerA} {AF}"), ("a", "Hi {GIVEN}, thanks. I'm {STAFF} and I've found it.")),
)
ID_STEPS = (  # identity and booking steps (both styles)
    (("a", "Could you spell the surname as it's printed on the passport?"), ("c", "{SPELT}")),
    (("a", "And the lead passenger's date of birth?"), ("c", "{DOB}")),
    (("a", "What's the billing address and {postname}?"), ("c", "{ADDR}, {POST}")),
    (("a", "Is {TEL} the best contact number while you're away?"), ("c", "{no}, use {ALT}")),
    (("a", "And the email for the confirmation?"), ("c", "{MAIL}")),
    (("a", "Can I have the booking reference, please?"), ("c", "{REF}")),
    (("a", "Just the given names on the passport, please."), ("c", "{GIVUP}")),
)
DOMAIN_STEPS = {
    "airline": (("a", "What's the passport number for {AF}?"), ("c", "{PASSNO}, it expires {month}")),
    "agent": (("a", "Have you a frequent flyer number to add for {A}?"), ("c", "{FF}")),
    "hotel": (("a", "The card on file ends {CARD4}, is the expiry still {EXP}?"), ("c", "{yes}")),
    "insurance": (("a", "And the date of birth of your {kin}, {KINF}?"), ("c", "{KDOB}")),
}
STORY = {  # the people on the booking: lists, corrections, forms of the same name; most without a cue phrase
    "airline": ((("c", "There's four of us, me, {AF}, and the two kids {D} and {B}."), ("a", "And {B} is also a child?"), ("c", "no {B}'s a friend, {BF}, sorry")),
                (("c", "My {kin}'s first name is wrong on the ticket, it should be {KGSPELT}."), ("a", "So {KINF}, as on the passport?"), ("c", "{yes}")),
                (("c", "We need to add an infant, {EF}, born {DDOB}."), ("a", "Will {E} travel on your lap or {AF}'s?"), ("c", "mine")),
                (("a", "I have {APASS} {atitle} on the booking, is that right?"), ("c", "yes that's {A}, my {partnerA}")),
                (("c", "{A} and I are in {flight} but {B} got moved."), ("a", "I'll seat {BF} next to you.")),
                (("c", "The purser, {C}, said you'd fix it, {heC} wrote down the booking."), ("a", "I'll add a note that {CF} was told."))),
    "agent": ((("c", "It's me, {AF} and our friends {BF} and {C}."), ("a", "Is {CS} on the same room?"), ("c", "no {C} has {hisC} own")),
              (("c", "{A} booked it with the old passport, the new one reads {APASS}."), ("a", "I'll need the new passport details for {A} then.")),
              (("c", "{B} can't come now, can {KINF} take the place?"), ("a", "A name change for {B} is possible, there's a fee.")),
              (("c", "Put {D} in with me and {A}, {heD}'s only small."),)),
    "hotel": ((("c", "The guests are {AF}, {BF} and me, arriving {date}."), ("a", "And who's in the second room?"), ("c", "{B} and my {kin} {KIN}")),
              (("c", "It's booked under {A}, {AS}, not my name."), ("a", "Found it under {AS}, yes.")),
              (("c", "The concierge, {C}, promised a cot for {D}."), ("a", "I'll remind {C}.")),
              (("c", "{A} will check in first, {B} comes later."), ("a", "Noted, {BF} arriving late.")),
              (("c", "Ask for {CF} at reception, {heC} knows us."),)),
    "event": ((("c", "Table four is {AF}, {BF}, {KINF} and {DF}."), ("a", "And you're on the top table?"), ("c", "yes with {A}")),
              (("c", "The badge should read {title} {SURNAME}, not {GIVEN}."), ("a", "I'll reprint it as {title} {SURNAME}.")),
              (("c", "Two tickets under {AF} and one for {B}."), ("a", "Is {BS} collecting in person?"), ("c", "no {A} is")),
              (("c", "{C} from your team seated my {kin} {KIN} at the back again."), ("a", "I'm sorry, I'll move {KINF}.")),
              (("c", "Even {FIGURE} would have got a better seat."),)),
    "rail": ((("c", "The group is me, {AF}, {BF} and {DF}."), ("a", "Who needs assistance?"), ("c", "{KIN}, {heK} uses a wheelchair")),
             (("c", "My {kin} {KINF} is travelling alone, {A} will meet {hisK} train."), ("a", "Does {KIN} need a ramp at the station?"), ("c", "{yes}")),
             (("c", "The guard, {C}, was very kind to {KIN} last time."), ("a", "I'll pass that on to {CF}.")),
             (("c", "{B} lost the ticket, it was in {BF}'s name."),)),
    "insurance": ((("c", "The policy covers me, {A} and {D}."), ("a", "Any medical conditions to declare?"), ("c", "my {kin} {KINF} has a heart condition but {heK}'s not on it")),
                  (("c", "{A} had surgery in {month}, does {heA} need to declare that?"), ("a", "Yes, for {AF} I'll add it.")),
                  (("c", "The visa letter needs {APASS} {atitle} exactly as printed."), ("a", "I'll use the passport form for {A}.")),
                  (("c", "The claims handler, {C}, never rang {D} back."),)),
}
FOLLOW = (
    (("a", "Have you got a mobile for {A} in case of changes?"), ("c", "{CTEL}")),
    (("a", "Shall I copy {AF} in by email?"), ("c", "yes {CMAIL}")),
)
RECAP = (
    (("a", "So that's {AF}, {BF} and yourself, all names as on the passports?"), ("c", "{yes}")),
    (("a", "I've corrected it for {KINF} and noted {CF}."), ("c", "{thanks}")),
    (("a", "I'll email {PREVG} on our side as well."),),
)
CLOSE_ASR = (
    (("a", "Thank you {title} {SURNAME}, you'll get the new confirmation shortly."), ("c", "right cheers {STAFF}")),
    (("a", "Anything else today, {title} {SURNAME}?"), ("c", "no that's all thanks {STAFF} bye")),
    (("a", "Enjoy the trip."), ("c", "thank you {STAFF} bye now")),
)
CLOSE_CHAT = (
    (("a", "Thanks {GIVEN}, it's all updated."), ("c", "Thanks, {STAFF}.\n\n- {GIVEN}")),
    (("a", "You'll receive a new confirmation by email."), ("c", "Many thanks\n\nBest wishes,\n{NAME}\n{TEL}")),
    (("a", "Is there anything else I can help with?"), ("c", "no thats everything, thanks {STAFF}")),
    (("a", "Kind regards,\n{STAFFNAME}\nBookings team"), ("c", "Regards,\n\n{NAME}")),
)
SMALLTALK = (
    (("c", "{phrase}, to be honest."), ("a", "Fair enough.")),
    (("c", "We're flying into {place} and then on to {place}."), ("a", "Oh lovely, sounds like a good trip.")),
    (("c", "Last time we went with {brand} and they lost a bag."), ("a", "Sorry to hear that.")),
    (("c", "We've stayed at {venue} before but it was full."), ("a", "That happens in summer.")),
    (("c", "The {role} told us to ring you."), ("a", "No bother, go on.")),
    (("c", "I bought {product} for the trip."), ("a", "Good idea.")),
    (("c", "It all costs {money} extra apparently."), ("a", "I'll check that for you.")),
    (("a", "If it helps, the {role} is on {helpline} as well."), ("c", "grand")),
    (("c", "Can I also ask about order {order}?"), ("a", "That's a separate booking, but yes.")),
)
FAIRNESS_ASR = (
    "yeah the booking is under {NAME}",
    "{GIVEN} is travelling with me on the way back",
    "can you add {NAME} to the room as well",
    "so {GIVEN} rang the hotel yesterday",
    "the passport says {NAME} exactly",
    "lovely thanks {GIVEN} bye",
)
FAIRNESS_CHAT = (
    "{GIVEN} and I arrive on the Friday",
    "Best wishes,\n{NAME}",
    "Please add {NAME} to table six.",
    "Passenger name should read {NAME}",
    "{NAME}",
    "that's me, {GIVEN} and the two kids, all on one booking",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("south_indian", "greek", "italian", "irish", "nordic", "hungarian", "english_reference")
GREETINGS = OPEN_ASR + OPEN_CHAT
IDENTITY = ID_STEPS + tuple(DOMAIN_STEPS.values()) + FOLLOW + SMALLTALK + RECAP
ISSUES = tuple(b for v in STORY.values() for b in v)
CLOSINGS = CLOSE_ASR + CLOSE_CHAT
BRIDGES = {"agent": ("Right, go ahead.",), "customer": ("mm hmm",)}
CHAT_IN_TWENTY = (0, 2, 5, 7, 9, 11, 14, 16, 18)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_an import NameSourceAN
    from benchmarks._profile_dev_an import ProfileAN

    return ProfileAN, NameSourceAN


def style_of(index: int) -> str:
    """Nine conversations in twenty are typed chats or e-mails (45 %), eleven spoken."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_an", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Thank you")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_an").assemble(index, split_name, style_of(index), names, rng)
