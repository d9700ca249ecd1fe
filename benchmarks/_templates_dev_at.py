"""Forty-sixth development template family (``dev_at``), written blind: health and care. Community pharmacies (a
repeat prescription collected by someone else, a named GP on the label), GP surgeries' appointment lines, hospital
patient transport, home-care agencies (carers named by the family, rota changes), dental practices and opticians. A
relative or carer calls for the person cared for and names them first; clinicians are named by role then name (``the
practice nurse ...``, ``doctor ...`` corrected to the surname); patients and neighbours are named mid-story with no
cue; a name is spelled with NATO words; one person is named several ways. Speech about half, typed chats, forms and
e-mails the rest. Look-alikes that are not personal data: medicines and doses, appointment times, clinics and
pharmacies, towns, roles, everyday uses of the word names, public figures as NEUTRAL spans. Values of ten home
countries (``_care_dev_at``).
"""
from __future__ import annotations

import importlib

from benchmarks._staged_assembly import family_glue

ORGS = {"pharmacy": ("Brookside Pharmacy", "Kingsmead Chemist"),
        "gp": ("the Elmgrove Surgery", "Riverbank Health Centre appointments"),
        "transport": ("patient transport bookings", "the hospital transport desk"),
        "homecare": ("Northfield Home Care", "CareWell Homecare"),
        "dental": ("Bridge Street Dental", "Orchard Lane dental practice"),
        "optician": ("ClearView Opticians", "the Marketgate eye clinic")}
OPEN_ASR = (  # the person cared for first, the caller's own name often late
    (("a", "{org} dispensary, {STAFF} speaking."), ("c", "hiya i'm calling for my {kin} {KINF} {heK} needs {hisK} repeat prescription sorting")),
    (("a", "Good morning, {org}. Who's calling please?"), ("c", "it's {NAME} i look after my {kin} {KINF} and {heK} has an appointment next week")),
    (("a", "You're through to {org}, my name is {STAFFNAME}."), ("c", "oh hello it's about {KINF} {heK}'s meant to be picked up for the clinic on thursday")),
    (("a", "Hello, {org}, {STAFF} on the desk."), ("c", "hi the carer didn't turn up this morning for {KINF} that's my {kin}")),
    (("a", "Thank you for calling {org}. How can I help today?"), ("c", "hello i'd like to book {KINF} in {heK} broke a tooth on sunday")),
    (("a", "{org}, you're speaking with {STAFF}."), ("c", "yes hello {KINF} had {hisK} eye test with you and the glasses still aren't ready")),
)
OPEN_CHAT = (
    (("c", "Hi, I'm collecting my {kin}'s prescription tomorrow. Name on it is {KINF}."), ("a", "Hi, I'm {STAFFNAME}. Let me check it's been signed off.")),
    (("c", "Appointment request\nPatient: {KINFORM}\nDate of birth: {KDOB}\nBooked by: {NAME}\nRelationship: {kin}"), ("a", "Thanks for the request. I'm {STAFF} at the surgery.")),
    (("c", "Hello,\n\nI'm writing about the transport for {KINF} to the renal unit. {KIN} can't manage the bus.\n\nThanks,\n{NAME}"), ("a", "Hi {GIVEN},\nI'm {STAFFNAME} from the transport desk and I can look at that.")),
    (("c", "Care package change\nClient: {KINFORM}\nFamily contact: {NAME}\nPreferred carer: {JF}"), ("a", "Thank you. I'm {STAFF}, the coordinator for your area.")),
    (("a", "Hello from {org} chat, {STAFFNAME} here to help."), ("c", "hi, can i move my {kin}'s check-up? it's {KINF}")),
    (("c", "Hi\n\n> On {date}, {PREV} wrote:\n> Your glasses will be ready to collect in ten days.\n\nThat was three weeks ago. They're for my {kin} {KINF}."), ("a", "Sorry about the wait. I'm {STAFF}, I've taken this over from {PREVG}.")),
)
OPENS = {"pharmacy": ((0,), (0,)), "gp": ((1,), (1, 4)), "transport": ((2,), (2,)), "homecare": ((3,), (3,)),
         "dental": ((4,), (4,)), "optician": ((5,), (5,))}
LATE_NAME = (
    (("a", "And your own name, for the notes?"), ("c", "oh yeah it's {NAME} i'm {hisK} {relation}")),
    (("a", "Who am I speaking to, sorry?"), ("c", "sorry it's {NAME}")),
    (("a", "Could you give me your full name as the contact on file?"), ("c", "{FORM}")),
    (("a", "Is that {KIN} I'm speaking with?"), ("c", "no it's {hisK} {relation} {NAME}")),
)
ID_STEPS = (
    (("a", "Can I take {KIN}'s date of birth please?"), ("c", "{KDOB}")),
    (("a", "Have you got {hisK} health number handy?"), ("c", "yes it's {KNID}")),
    (("a", "And your own health service number, if you have it?"), ("c", "{NID}")),
    (("a", "Can I check the home address, with the {postname}?"), ("c", "{ADDR}, {POST}")),
    (("a", "We've got {TEL} as your number, is that current?"), ("c", "{no}, that's changed, it's {ALT}")),
    (("a", "Which email would you like the appointment details sent to?"), ("c", "{MAIL}")),
    (("a", "How is {hisK} surname spelled?"), ("c", "{KINSPELT}")),
    (("a", "And your date of birth, for the contact record?"), ("c", "{DOB}")),
)
LINE_STEPS = {
    "pharmacy": (("a", "Do you have the prescription reference from the slip?"), ("c", "{RXREF}")),
    "gp": (("a", "Is there a patient number on the letter?"), ("c", "{PATREF}")),
    "transport": (("a", "What's the booking reference for the journey?"), ("c", "{BOOK}")),
    "homecare": (("a", "Have you got the client number from the care plan?"), ("c", "{BOOK}")),
    "optician": (("a", "The patient number is on the receipt, top right."), ("c", "{PATREF}")),
}
STORY = {
    "pharmacy": ((("c", "the label says doctor {M} sorry doctor {MS} but {heM} changed the dose last month"), ("a", "I'll check with the surgery. Is the new dose on the slip?"), ("c", "no that's the thing")),
                 (("c", "my neighbour {WF} usually fetches it for {himK} but {heW}'s away"), ("a", "That's fine, you can collect as long as you know the name and address.")),
                 (("c", "{B} picked up the last lot and they gave {himB} someone else's bag"), ("a", "I'm so sorry. Do you still have that bag?"), ("c", "{yes} it had {medicine} in it")),
                 (("c", "the pharmacist {MF} said i could ring for the blister packs"), ("a", "Yes, {M} set that up. I can see it here."))),
    "gp": ((("c", "the practice nurse {MF} wanted to see {himK} again for the bloods"), ("a", "Okay, {M} has clinics on Tuesday and Thursday.")),
           (("c", "{KIN} won't go on {hisK} own since the fall so {B} or me go with {himK}"), ("a", "No problem, I'll note that a relative attends.")),
           (("c", "doctor {MS} that's who {heK} normally sees is {heM} in this week"), ("a", "{M} is in on Wednesday morning, shall I look there?")),
           (("c", "{WF} from next door found {himK} on the floor and rang the ambulance"), ("a", "Thank goodness {W} was there. Has {heK} been seen since?"), ("c", "yes {heK} was in for two nights"))),
    "transport": ((("c", "{heK} has to be at the unit for {slot} and last time the driver came at nine"), ("a", "I'll put a note on for an earlier pickup.")),
                  (("c", "can {B} travel with {himK} {heB} has to translate for {himK}"), ("a", "Yes, an escort can come if the clinic agrees.")),
                  (("c", "the ward sister {MF} said you'd have it booked already"), ("a", "I'll check what {M} sent us.")),
                  (("c", "{KIN} uses a wheelchair now so {heK} can't do the steps at {venue}"), ("a", "I'll book a vehicle with a ramp."))),
    "homecare": ((("c", "{JF} has been coming for months and {KIN} really trusts {himJ}"), ("a", "That's good to hear. I'll try to keep {J} on the rota.")),
                 (("c", "they sent a new one instead of {J} and {heK} wouldn't let {himJ} in"), ("a", "I'm sorry, that shouldn't happen without warning.")),
                 (("c", "can {J} do the tuesday lunch and {WF} the evenings"), ("a", "I'll ask {W} about evenings and confirm with {J}.")),
                 (("c", "the district nurse {MF} comes on fridays for the dressings"), ("a", "Okay, I'll make sure the carers know {M} is in on Fridays."))),
    "dental": ((("c", "{heK} saw {MF} last time the dentist with the glasses"), ("a", "That's {M}, yes. I'll see if {heM} has a slot.")),
               (("c", "{B} had the same problem and doctor {MS} sorted it in one go"), ("a", "I'll see if {M} can see {KIN} this week.")),
               (("c", "{heK} takes {medicine} does that matter for the extraction"), ("a", "The dentist will ask at the start, but please bring the list."))),
    "optician": ((("c", "the optometrist {MF} said the left lens was wrong"), ("a", "I'll look at {M}'s notes on the prescription.")),
                 (("c", "{B} can collect them for {himK} if that's easier"), ("a", "Yes, {B} can collect with the receipt.")),
                 (("c", "{KIN} needs them for reading {heK} can't see the letters from the hospital"), ("a", "I'll chase the lab today."))),
}
FOLLOW = (
    (("a", "And how do you spell {W}'s surname, for the note?"), ("c", "{WSPELT}")),
    (("a", "What's the best number to reach {KIN} on?"), ("c", "{KTEL}")),
    (("a", "Could you spell {A}'s name for me?"), ("c", "{ASPELT}")),
    (("a", "I'll copy {LS} in, the care coordinator."), ("c", "{yes} {hisL} email is {LMAIL}")),
)
RECAP = (
    (("a", "Right: {KIN} is the patient and you're collecting on {hisK} behalf."), ("c", "{yes}")),
    (("a", "I've put {J} down as the preferred carer."), ("c", "{thanks}")),
    (("a", "I'll ask {M} to ring you back after clinic."), ("c", "{thanks}")),
    (("a", "I'll add a note for {PREVG} as well."),),
)
CLOSE_ASR = (
    (("a", "Thanks {title} {SURNAME}, we'll text you when it's ready."), ("c", "lovely thanks {STAFF} bye now")),
    (("a", "Give our best to {KIN}."), ("c", "i will thank you bye")),
    (("a", "Look after yourself, goodbye."), ("c", "thanks {STAFF} you've been ever so helpful")),
    (("a", "Bye for now, {GIVEN}."), ("c", "bye bye")),
)
CLOSE_CHAT = (
    (("a", "That's sorted, {GIVEN}. Anything else today?"), ("c", "No that's everything, thanks {STAFF}.\n\n{NAME}")),
    (("a", "We'll post the letter to the address on file."), ("c", "Thank you.\n\nBest wishes,\n{NAME}\n{ADDR}\n{POST}")),
    (("a", "Best wishes,\n{STAFFNAME}\n{staffrole}, {org}"), ("c", "Many thanks\n\n{SURNAME}")),
    (("c", "Thanks from both of us,\n{NAME} and {KINF}"), ("a", "You're welcome, take care both.")),
    (("a", "Thanks {title} {SURNAME}, all noted."), ("c", "Thanks {STAFF}!")),
)
SMALLTALK = (
    (("c", "{phrase}, my {kin} always says."), ("a", "Ha, that's lovely.")),
    (("c", "{heK} grew up near {place}."), ("a", "Oh really? I've heard it's lovely there.")),
    (("c", "{heK} is on {medicine} as well, is that on your list?"), ("a", "Yes, I can see that one.")),
    (("c", "The last appointment was at {slot}."), ("a", "Okay, I'll try for a similar time.")),
    (("c", "We used to go to {venue} before."), ("a", "That's fine, the records came across.")),
    (("c", "{heK} has {product} now."), ("a", "That should help with the tablets.")),
    (("c", "My {kin} watches {FIGURE} on the telly every morning."), ("a", "Ha, good for {himK}.")),
    (("a", "Out of hours the number to ring is {helpline}."), ("c", "ok i'll put that on the fridge")),
    (("c", "{role} said to phone you about it."), ("a", "Good, this is the team that does that.")),
    (("c", "The parking was {money} last time."), ("a", "There's a blue badge bay by the entrance.")),
    (("c", "I ordered {hisK} hearing aid batteries online, order {order}."), ("a", "Those come from the audiology people, not us.")),
    (("c", "The letter from {date} says the clinic moved."), ("a", "Yes, it's in the new wing now.")),
)
FAIRNESS_ASR = (
    "i'm ringing on behalf of {NAME}",
    "the practice nurse {NAME} said to call",
    "{GIVEN} from next door collects it for us",
    "the carer we want is {NAME}",
    "doctor {NAME} changed the tablets",
    "can you book {NAME} in for next week",
)
FAIRNESS_CHAT = (
    "Patient: {NAME}",
    "Preferred carer: {NAME}",
    "The repeat prescription is for {NAME}, I'm collecting.",
    "Best wishes,\n{NAME}\nCare Coordinator",
    "{GIVEN} will collect the glasses on Friday.",
    "The dentist we saw was {NAME}.",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("kurdish", "albanian", "lao", "punjabi_sikh", "andean", "maltese", "word_given", "english_reference")
GREETINGS = OPEN_ASR + OPEN_CHAT
IDENTITY = LATE_NAME + ID_STEPS + tuple(LINE_STEPS.values()) + FOLLOW + SMALLTALK + RECAP
ISSUES = tuple(b for v in STORY.values() for b in v)
CLOSINGS = CLOSE_ASR + CLOSE_CHAT
BRIDGES = {"agent": ("Right, go on.",), "customer": ("mm go on",)}
CHAT_IN_TWENTY = (1, 3, 5, 8, 10, 12, 15, 17, 19)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_at import NameSourceAT
    from benchmarks._profile_dev_at import ProfileAT

    return ProfileAT, NameSourceAT


def style_of(index: int) -> str:
    """Nine conversations in twenty are typed chats, forms or e-mails (45 %), eleven spoken."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_at", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Best wishes")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_at").assemble(index, split_name, style_of(index), names, rng)
