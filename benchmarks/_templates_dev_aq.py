"""Forty-third development template family (``dev_aq``), written blind: homes. Letting agents, private landlords'
property managers, housing associations and council repairs teams, and energy, water and broadband providers
booking engineers into homes: meter readings, gas safety checks, boiler repairs, leaks, damp and mould, broadband
installs, deposit disputes, rent arrears, moving in and out, key collection. A tenant names the joint tenant or a
household member before themselves ("the tenancy's in my name and my partner Radu's"), a neighbour reports a leak and
names the upstairs tenant, an engineer is named by role then name, household members are listed, access is arranged
through a named neighbour or relative, a surname is spelled with NATO words, a person is named mid-story with no cue.
Speech 55 %, typed portal messages, repair forms, chats and e-mails 45 %. Look-alikes that are not personal data:
providers and agents, places, boiler makes, rooms and parts, job titles, public figures as NEUTRAL spans, ``rose`` /
``dawn`` / ``victoria`` / ``florin`` (the coin). Values of eleven home countries (``_homes_dev_aq``).
"""
from __future__ import annotations

import importlib

from benchmarks._staged_assembly import family_glue

ORGS = {"lettings": ("Brightmoor Lettings", "Castlegate Estates lettings team"),
        "landlord": ("Brightmoor Lettings landlord services", "Castlegate Estates property management"),
        "housing": ("Northvale Homes housing association", "Riverside Community Housing"),
        "repairs": ("the council housing repairs line", "Eastfield Homes repairs centre"),
        "energy": ("Lumen Energy", "Harbour Gas and Power"),
        "water": ("Severnside Water", "Kilmore Water Services"),
        "broadband": ("Fibrelink broadband", "Netwave home installs")}
OPEN_ASR = (  # someone else first, the caller's own name late
    (("a", "{org}, {STAFF} speaking, what can I do for you today?"), ("c", "hi it's about flat four b the tenancy's in my name and my {partnerA}'s {AF}")),
    (("a", "Good afternoon, you're through to {org}, my name's {STAFFNAME}."), ("c", "hiya yeah i'm ringing for {AF} {heA}'s at work so {heA} asked me to sort the boiler")),
    (("a", "Hello, {org}, who am I speaking with?"), ("c", "it's {NAME} the tenant at {ADDR}")),
    (("a", "{org}, {STAFF} here, how can I help with your home?"), ("c", "hi i was talking to {PREV} last week about the damp and nobody came out")),
    (("a", "Thanks for calling {org}, this is {STAFF}."), ("c", "hello so {W} from upstairs had a leak and now it's coming through my ceiling")),
    (("a", "You're through to {org}. Can I start with your name?"), ("c", "yeah it's {NAME} but the account's under {AF}")),
)
OPEN_LANDLORD = (  # a landlord on the agent's landlord line: the tenant named first
    (("a", "{org}, {STAFF} on the landlord line."), ("c", "hi it's {NAME} i own the flat at {ADDR} {POST} it's about my tenant {W}")),
    (("c", "Hello,\n\nI am the owner of {ADDR}. My tenant {WF} reports a leak and I'd like it fixed this week.\n\nRegards,\n{NAME}\nLandlord"), ("a", "Dear {title} {SURNAME},\nThank you. I'm {STAFFNAME} and I'll arrange a contractor.")),
)
OPEN_CHAT = (
    (("c", "Hi,\n\nThe tenancy at {ADDR}, {POST} is in my name and {AF}'s. The bathroom extractor has stopped working.\n\nThanks,\n{NAME}"), ("a", "Dear {title} {SURNAME},\nThanks for letting us know. I'm {STAFFNAME} and I'll raise a repair.")),
    (("a", "Welcome to {org} live chat. You're chatting with {STAFFNAME}."), ("c", "hi, im writing for {A} as {hisA} english isnt great, its about the gas safety check")),
    (("c", "Repair request\nTenant: {FORM}\nOther occupants: {AF}, {BF}\nProblem: black mould in the back bedroom"), ("a", "Thanks, I've got your request. I'm {STAFF} from the repairs team.")),
    (("c", "Hi\n\n> On {date}, {PREV} wrote:\n> An engineer will be in touch to book a visit.\n\nNobody has been in touch."), ("a", "Hello, sorry about that. I'm {STAFF} and I've picked this up from {PREVG}.")),
    (("c", "HELLO THIS IS {GIVEN} FROM THE FLAT UNDER {WS}, WATER IS COMING THROUGH THE LIGHT"), ("a", "Hi {GIVEN}, thanks for telling us. Is the water still coming through now?")),
)
LATE_NAME = (
    (("a", "And who am I speaking to?"), ("c", "oh sorry it's {NAME} i'm {hisA} {partnerA}")),
    (("a", "Can I take your own name as well?"), ("c", "yeah {NAME}")),
    (("a", "Is the account holder on the line?"), ("c", "no that's {A} i'm {NAME} i live there too")),
    (("a", "Could I have the lead tenant's name as it is on the agreement?"), ("c", "{FORM}")),
)
ID_STEPS = (  # identity and booking steps (both styles)
    (("a", "Can I take your date of birth to find the tenancy?"), ("c", "{DOB}")),
    (("a", "Do you have the tenancy reference? It's at the top of the agreement."), ("c", "it's {TEN}")),
    (("a", "Could you spell your surname so I find the right tenancy?"), ("c", "{SPELT}")),
    (("a", "What's the full address with the {postname}?"), ("c", "{ADDR}, {POST}")),
    (("a", "Is {TEL} still the right mobile for the engineer?"), ("c", "{no}, the engineer should ring {ALT}")),
    (("a", "What email should the confirmation go to?"), ("c", "{MAIL}")),
    (("a", "And the customer account number?"), ("c", "{CUST}")),
    (("a", "Can you read me the meter serial number? It's on the front of the meter."), ("c", "{METER}")),
    (("a", "And the joint tenant's date of birth, for security?"), ("c", "{ADOB}")),
)
REFUND = {  # a deposit refund, by home country
    "UK": (("a", "For the deposit refund, what's the sort code?"), ("c", "{SORT}"), ("a", "And the account number for the refund?"), ("c", "{ACCT}")),
    "IBAN": (("a", "Which IBAN should the deposit go back to?"), ("c", "{IBAN}")),
    "other": (("a", "What account should we return the deposit to?"), ("c", "the account is {ACCT}")),
}
STORY = {  # the people of a home; many without a cue phrase
    "lettings": ((("c", "we're moving out on the thirtieth and {A} wants to know when the deposit comes back"), ("a", "The inventory clerk checks the flat first, then we release it.")),
                 (("c", "the keys can be collected by {KINF}, that's my {kin}, {hisK} number is {KTEL}"), ("a", "That's fine, {KIN} will need photo ID at the office.")),
                 (("c", "{JF} the property manager said {heJ} would fix the lock before we move in"), ("a", "I'll chase {J} about the lock today.")),
                 (("c", "it's me, my {partnerA} {A} and our {childB} {B} on the tenancy now"), ("a", "Thanks, I'll add {B} as a permitted occupier."))),
    "landlord": ((("c", "{WF} hasn't paid the rent since {date}, that's two months now"), ("a", "I'm sorry to hear that. Have you spoken to {WS} yourself?"), ("c", "{W} just doesn't answer")),
                 (("c", "the gas safety check is due and {WF} says {heW} can only do mornings"), ("a", "I'll offer {W} a morning slot.")),
                 (("c", "{W} moved {hisW} brother in without asking and now there's three of them in a one bed"), ("a", "I'll ask {L} from our team to visit."), ("c", "thanks {L} knows the flat")),
                 (("c", "my {partnerA} {A} co-owns the flat so you can speak to {himA} too"), ("a", "I'll add {A} as a contact on the landlord account."))),
    "housing": ((("c", "so {W} upstairs had the bath running and it came straight through my kitchen ceiling"), ("a", "I'm sorry. Do you know if {W} has reported it?"), ("c", "no {heW} said it's not {hisW} problem")),
                (("c", "the housing officer {LF} said the mould would be treated in two weeks"), ("a", "I'll message {L}. {L}'s email is {LMAIL} if you'd like to write too.")),
                (("c", "i'm behind on the rent because {A} lost {hisA} job in the spring"), ("a", "Thanks for telling us. We can set up a plan.")),
                (("c", "{B} has asthma and the damp is making it worse"), ("a", "I'll flag that on the repair so it's treated as urgent."))),
    "repairs": ((("c", "your plumber {MF} came out on {date} and the leak has started again"), ("a", "I'll send {M} back out. Was it under the sink?"), ("c", "{yes} under the sink")),
                (("c", "my neighbour {wtitle} {WS} has the spare key if I'm at work"), ("a", "Can I take a number for {wtitle} {WS}?"), ("c", "{KTEL}")),
                (("c", "{A} goes into the loft to check the tank and there's water everywhere"), ("a", "Please turn the stopcock off if you can.")),
                (("c", "the caretaker {J} said {heJ}'d reported the broken door entry weeks ago"), ("a", "I can't see a job from {J} on the system."))),
    "energy": ((("a", "Your engineer today is {M}, {heM}'ll call twenty minutes before arriving."), ("c", "lovely thank you")),
               (("c", "I need the gas safety check done, my landlord {JF} needs the certificate by friday"), ("a", "I'll book it and email the certificate to you and {J}.")),
               (("c", "{KINF} will let the engineer in, I'm on nights"), ("a", "No problem, I'll put {KIN} on the job notes.")),
               (("c", "the reading {B} sent in was wrong {heB} read the night rate twice"), ("a", "I'll correct the reading for you."))),
    "water": ((("c", "there's a leak in the street outside number twelve, {WF} at twelve noticed it first"), ("a", "Thanks, I'll send a technician.")),
              (("c", "{A} thinks the meter is running even with every tap off"), ("a", "That can mean a leak on the supply pipe.")),
              (("c", "the technician, {MF}, said {heM} would come back with a part"), ("a", "I can see {M}'s note, the part is ordered."))),
    "broadband": ((("a", "Our installer {MF} will be with you between eight and one."), ("c", "ok {A} will be in")),
                  (("c", "{B} works from home so we really need it by monday"), ("a", "I'll see if there's an earlier slot for {B}.")),
                  (("c", "the installer, {M}, said the socket was in the wrong room"), ("a", "I'll ask {M} to note where the line comes in."))),
}
FOLLOW = (
    (("a", "Can I get a number for {KIN} in case the engineer can't reach you?"), ("c", "{KTEL}")),
    (("a", "Shall I copy in {LS}?"), ("c", "{yes} please copy them in, it's {LMAIL}")),
    (("a", "How do you spell {W}'s surname?"), ("c", "{WSPELT}")),
    (("a", "And how is {A} spelled, so the engineer has it right?"), ("c", "{ASPELT}")),
)
RECAP = (
    (("a", "So I've noted that {KINF} has the key and will let the engineer in."), ("c", "{yes}")),
    (("a", "I'll pass this to {L} and call you back tomorrow."), ("c", "{thanks}")),
    (("a", "I've added a note for {PREVG} too."),),
    (("a", "So the occupants are you, {A} and {B}."), ("c", "yeah that's everyone")),
)
CLOSE_ASR = (
    (("a", "Thanks {title} {SURNAME}, you'll get a text with the slot."), ("c", "great cheers {STAFF}")),
    (("a", "Is there anything else I can do for you and {A} today?"), ("c", "no that's all thanks bye")),
    (("a", "Take care now, bye."), ("c", "thank you {STAFF} bye bye")),
)
CLOSE_CHAT = (
    (("a", "That's booked for you, {GIVEN}."), ("c", "Great, thanks {STAFF}.\n\n{NAME}")),
    (("a", "We'll confirm the visit by email."), ("c", "Thank you.\n\nKind regards,\n{NAME}\n{ADDR}\n{POST}")),
    (("a", "Kind regards,\n{STAFFNAME}\n{staffrole}\n{org}"), ("c", "Thanks!\n\n{SURNAME}")),
    (("a", "Is there anything else with the flat today?"), ("c", "no thats all ta {STAFF}")),
    (("c", "Many thanks,\n\n{AF}\n{NAME}"), ("a", "You're welcome, both of you.")),
)
SMALLTALK = (
    (("c", "{phrase}, anyway."), ("a", "Ha, fair enough.")),
    (("c", "We came over from {place} two years ago, the winters here are something else."), ("a", "I can imagine.")),
    (("c", "It's {boiler}, the one in {room}."), ("a", "Thanks, I'll put the make on the job.")),
    (("c", "We switched from {brand} last year."), ("a", "Okay, that won't affect this.")),
    (("c", "{role} was meant to come last week."), ("a", "I'll check who was booked.")),
    (("c", "Is the callout still {money}?"), ("a", "Let me check the callout charge.")),
    (("c", "{A} watches {FIGURE} every night and now wants to knock the kitchen through."), ("a", "Ha, maybe ask the landlord first.")),
    (("a", "For emergencies out of hours you can ring {helpline}."), ("c", "ok i'll save that")),
    (("c", "The water's off at the stopcock in {room} now."), ("a", "Good, that's the right thing to do.")),
    (("c", "Can I drop the keys at {venue} instead?"), ("a", "Yes, that's fine.")),
    (("c", "They fitted {product} last month, could that be it?"), ("a", "Possibly, I'll note it.")),
    (("c", "The new router came with order {order} but it never arrived."), ("a", "I'll chase the delivery.")),
)
FAIRNESS_ASR = (
    "so {GIVEN} goes up to check the boiler and the whole pipe comes off",
    "the tenancy's in my name and {NAME}'s",
    "{GIVEN} has the spare key if nobody's in",
    "your engineer today is {NAME}",
    "it's flat two the neighbour upstairs {NAME} had a leak",
    "{NAME} still hasn't paid the rent",
)
FAIRNESS_CHAT = (
    "{GIVEN} will be in to let the installer in.",
    "Kind regards,\n{NAME}\nProperty Manager",
    "Lead tenant: {NAME}",
    "Occupants: me and {NAME}",
    "{NAME}",
    "{GIVEN} says the boiler pressure keeps dropping",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("romanian", "thai", "lithuanian", "czech", "mexican", "portuguese", "english_reference")
GREETINGS = OPEN_ASR + OPEN_LANDLORD + OPEN_CHAT
IDENTITY = LATE_NAME + ID_STEPS + tuple(REFUND.values()) + FOLLOW + SMALLTALK + RECAP
ISSUES = tuple(b for v in STORY.values() for b in v)
CLOSINGS = CLOSE_ASR + CLOSE_CHAT
BRIDGES = {"agent": ("Okay, carry on.",), "customer": ("yeah okay",)}
CHAT_IN_TWENTY = (1, 3, 6, 8, 10, 13, 15, 17, 19)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_aq import NameSourceAQ
    from benchmarks._profile_dev_aq import ProfileAQ

    return ProfileAQ, NameSourceAQ


def style_of(index: int) -> str:
    """Nine conversations in twenty are typed chats, forms or e-mails (45 %), eleven spoken."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_aq", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "your engineer")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_aq").assemble(index, split_name, style_of(index), names, rng)
